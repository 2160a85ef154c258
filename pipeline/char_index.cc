#include "pipeline/char_index.h"

#include "pipeline/utf8.h"

namespace pe {

CharIndex::CharIndex(std::string_view text) : text_(text) {
  checkpoints_.reserve(text.size() / kStep + 1);
  size_t count = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (i % kStep == 0) checkpoints_.push_back(count);
    count += utf8::IsLead(static_cast<unsigned char>(text[i]));
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
  for (size_t i = from; i < byte_offset; ++i) count += utf8::IsLead(static_cast<unsigned char>(text_[i]));
  last_byte_ = byte_offset;
  last_char_ = count;
  return count;
}

}  // namespace pe
