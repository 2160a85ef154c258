#include "pipeline/char_index.h"

#include <algorithm>
#include <cstdint>

#include "pipeline/utf8.h"

namespace pe {
namespace {


}  // namespace

CharIndex::CharIndex(std::string_view text) : text_(text) {
  checkpoints_.reserve(text.size() / kStep + 1);
  size_t count = 0;
  for (size_t i = 0; i < text.size(); i += kStep) {
    checkpoints_.push_back(count);
    count += utf8::CountCodePoints(text.data() + i, text.data() + std::min(i + kStep, text.size()), text.data());
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
    count = last_char_ + utf8::CountCodePoints(text_.data() + last_byte_, text_.data() + byte_offset, text_.data());
  } else if (last_byte_ > byte_offset && last_byte_ - byte_offset < byte_offset - from) {
    count = last_char_ - utf8::CountCodePoints(text_.data() + byte_offset, text_.data() + last_byte_, text_.data());
  } else {
    count = checkpoints_[block] + utf8::CountCodePoints(text_.data() + from, text_.data() + byte_offset, text_.data());
  }
  last_byte_ = byte_offset;
  last_char_ = count;
  return count;
}

}  // namespace pe
