#include "pipeline/char_index.h"

#include <emmintrin.h>

#include <algorithm>
#include <cstdint>

#include "pipeline/utf8.h"

namespace pe {
namespace {

// The sum of the 16 byte lanes of v.
size_t SumBytes(__m128i v) {
  const __m128i sums = _mm_sad_epu8(v, _mm_setzero_si128());
  return static_cast<size_t>(_mm_cvtsi128_si64(sums)) + static_cast<size_t>(_mm_extract_epi16(sums, 4));
}

// Code points in [p, end): bytes that are not UTF-8 continuation bytes (10xxxxxx, -128…-65 as
// signed bytes), counted 16 at a time with SSE2 (which every x86-64 has). Bytes from `readable`
// on may be read: a short tail is counted in one load that ends at `end` and starts before p.
size_t CountCodePoints(const char* p, const char* end, const char* readable) {
  size_t count = 0;
  const __m128i last_continuation = _mm_set1_epi8(-65), one = _mm_set1_epi8(1);
  const auto leads = [&](const char* at) {  // 1 in each lane holding a lead byte
    return _mm_and_si128(_mm_cmpgt_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(at)), last_continuation), one);
  };
  while (end - p >= 16) {
    // Per-byte counters for at most 255 blocks, then summed.
    const char* stop = p + 16 * std::min<size_t>(static_cast<size_t>(end - p) / 16, 255);
    __m128i counters = _mm_setzero_si128();
    for (; p < stop; p += 16) counters = _mm_add_epi8(counters, leads(p));
    count += SumBytes(counters);
  }
  if (p == end) return count;
  if (end - readable >= 16) {  // the last 16 bytes, only the last end - p of them counted
    alignas(16) static constexpr unsigned char kLast[32] = {0,    0,    0,    0,    0,    0,    0,    0,
                                                            0,    0,    0,    0,    0,    0,    0,    0,
                                                            0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
                                                            0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF};
    const __m128i keep = _mm_loadu_si128(reinterpret_cast<const __m128i*>(kLast + (end - p)));
    return count + SumBytes(_mm_and_si128(leads(end - 16), keep));
  }
  for (; p < end; ++p) count += utf8::IsLead(static_cast<unsigned char>(*p));
  return count;
}

}  // namespace

CharIndex::CharIndex(std::string_view text) : text_(text) {
  checkpoints_.reserve(text.size() / kStep + 1);
  size_t count = 0;
  for (size_t i = 0; i < text.size(); i += kStep) {
    checkpoints_.push_back(count);
    count += CountCodePoints(text.data() + i, text.data() + std::min(i + kStep, text.size()), text.data());
  }
  if (text.size() % kStep == 0) checkpoints_.push_back(count);
}

size_t CharIndex::ToChar(size_t byte_offset) const {
  if (byte_offset > text_.size()) byte_offset = text_.size();
  const size_t block = byte_offset / kStep;
  const size_t from = block * kStep;
  size_t count;
  // Count from the nearest known point: the checkpoint below, or the last query on either side
  // (spans come mostly in increasing order, but a mention's end is often past the next one's
  // start, and each list of spans starts over at the article's start).
  if (last_byte_ <= byte_offset && last_byte_ >= from) {
    count = last_char_ + CountCodePoints(text_.data() + last_byte_, text_.data() + byte_offset, text_.data());
  } else if (last_byte_ > byte_offset && last_byte_ - byte_offset < byte_offset - from) {
    count = last_char_ - CountCodePoints(text_.data() + byte_offset, text_.data() + last_byte_, text_.data());
  } else {
    count = checkpoints_[block] + CountCodePoints(text_.data() + from, text_.data() + byte_offset, text_.data());
  }
  last_byte_ = byte_offset;
  last_char_ = count;
  return count;
}

}  // namespace pe
