// Converts UTF-8 byte offsets of one text into code-point offsets (the "char" half of every span):
// the count before every 256-byte block, and within it before every 16-byte chunk, so a lookup
// counts at most the 15 bytes before it in its chunk.
#pragma once
#include <emmintrin.h>

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace pe {

class CharIndex {
 public:
  explicit CharIndex(std::string_view text);
  /// Code points in text[0, byte_offset). byte_offset must be on a code-point boundary.
  size_t ToChar(size_t byte_offset) const;
  /// {ToChar(start), ToChar(end)}, start <= end: the end of a range shorter than a chunk (a
  /// mention) counted from its start with one 16-byte count, not a second look-up.
  std::pair<size_t, size_t> ToChars(size_t start, size_t end) const {
    const size_t first = ToChar(start);
    if (end - start < kChunk && end >= kChunk && end <= text_.size()) {
      return {first, first + LeadsInLast(text_.data() + end, end - start)};
    }
    return {first, ToChar(end)};
  }

 private:
  static constexpr size_t kStep = 256, kChunk = 16;
  /// Lead bytes among the n < 16 bytes before end (the 16 before it readable).
  static size_t LeadsInLast(const char* end, size_t n) {
    alignas(16) static constexpr unsigned char kLast[32] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                                                            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(end - 16));
    const __m128i keep = _mm_loadu_si128(reinterpret_cast<const __m128i*>(kLast + n));
    const __m128i leads = _mm_and_si128(_mm_cmpgt_epi8(bytes, _mm_set1_epi8(-65)), keep);
    const __m128i sums = _mm_sad_epu8(leads, _mm_setzero_si128());
    return static_cast<size_t>(_mm_cvtsi128_si32(sums) + _mm_extract_epi16(sums, 4));
  }
  std::string_view text_;
  std::vector<size_t> checkpoints_;  // code points before byte i * kStep
  std::vector<uint8_t> within_;      // code points before byte i * kChunk, from its block's start
};

}  // namespace pe
