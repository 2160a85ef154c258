// Converts UTF-8 byte offsets of one text into code-point offsets (the "char" half of every span)
// with a checkpoint every 256 bytes, so each lookup costs at most a 256-byte count.
#pragma once
#include <cstddef>
#include <string_view>
#include <vector>

namespace pe {

class CharIndex {
 public:
  explicit CharIndex(std::string_view text);
  /// Code points in text[0, byte_offset). byte_offset must be on a code-point boundary. Queries
  /// in increasing order (as spans are emitted) count on from the previous one. Not thread-safe.
  size_t ToChar(size_t byte_offset) const;

 private:
  mutable size_t last_byte_ = 0, last_char_ = 0;
  static constexpr size_t kStep = 256;
  std::string_view text_;
  std::vector<size_t> checkpoints_;  // code points before byte i * kStep
};

}  // namespace pe
