#include "pipeline/char_index.h"

#include <algorithm>

#include "pipeline/utf8.h"

namespace pe {
namespace {

// Lead bytes in the n < 16 bytes before `end`, text starting at `base`.
size_t LeadsBefore(const char* base, const char* end, size_t n) {
  if (end - base < 16) return utf8::CountCodePoints(end - n, end, base);
  return CharIndex::LeadsInLast(end, n);
}

}  // namespace

CharIndex::CharIndex(std::string_view text) : text_(text) {
  constexpr size_t kPerBlock = kStep / kChunk;
  const size_t chunks = text.size() / kChunk;  // whole ones; an entry for each and for the end
  checkpoints_.reserve(chunks / kPerBlock + 1);
  within_.resize(chunks + 1);
  const unsigned char* all = kLast + 16;
  size_t count = 0;
  for (size_t block = 0; block <= chunks; block += kPerBlock) {
    checkpoints_.push_back(count);
    const size_t end = std::min(block + kPerBlock, chunks);
    size_t in_block = 0;  // at most 240 before the block's last chunk
    for (size_t c = block; c < end; ++c) {
      within_[c] = static_cast<uint8_t>(in_block);
      in_block += LeadsIn16(text.data() + c * kChunk, all);
    }
    if (end == chunks && chunks % kPerBlock) within_[chunks] = static_cast<uint8_t>(in_block);  // the end, mid-block
    count += in_block;
  }
}

size_t CharIndex::ToChar(size_t byte_offset) const {
  if (byte_offset > text_.size()) byte_offset = text_.size();
  const size_t chunk = byte_offset / kChunk, rest = byte_offset % kChunk;
  size_t count = checkpoints_[chunk / (kStep / kChunk)] + within_[chunk];
  if (rest) count += LeadsBefore(text_.data(), text_.data() + byte_offset, rest);
  return count;
}

}  // namespace pe
