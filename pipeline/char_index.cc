#include "pipeline/char_index.h"

#include <algorithm>
#include <cstdint>

#include "pipeline/utf8.h"

namespace pe {
namespace {

// Code points in [p, end): bytes that are not UTF-8 continuation bytes (10xxxxxx), counted eight
// at a time.
size_t CountCodePoints(const char* p, const char* end) {
  size_t count = 0;
  constexpr uint64_t kHigh = 0x8080808080808080ULL, kSecond = 0x4040404040404040ULL;
  for (; end - p >= 8; p += 8) {
    uint64_t w;
    __builtin_memcpy(&w, p, 8);
    const uint64_t continuation = (w & kHigh) & ~((w & kSecond) << 1);
    // One bit per continuation byte, summed by a multiply (no popcount instruction on the
    // baseline x86-64 target).
    count += 8 - static_cast<size_t>(((continuation >> 7) * 0x0101010101010101ULL) >> 56);
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
    count += CountCodePoints(text.data() + i, text.data() + std::min(i + kStep, text.size()));
  }
  if (text.size() % kStep == 0) checkpoints_.push_back(count);
}

size_t CharIndex::ToChar(size_t byte_offset) const {
  if (byte_offset > text_.size()) byte_offset = text_.size();
  const size_t block = byte_offset / kStep;
  size_t from = block * kStep, count = checkpoints_[block];
  if (last_byte_ <= byte_offset && last_byte_ >= from) {  // closer: count on from the last query
    from = last_byte_;
    count = last_char_;
  }
  count += CountCodePoints(text_.data() + from, text_.data() + byte_offset);
  last_byte_ = byte_offset;
  last_char_ = count;
  return count;
}

}  // namespace pe
