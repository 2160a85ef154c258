// Converts UTF-8 byte offsets of one text into code-point offsets (the "char" half of every span):
// the count before every 256-byte block, and within it before every 16-byte chunk, so a lookup
// counts at most the 15 bytes before it in its chunk.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace pe {

class CharIndex {
 public:
  explicit CharIndex(std::string_view text);
  /// Code points in text[0, byte_offset). byte_offset must be on a code-point boundary.
  size_t ToChar(size_t byte_offset) const;

 private:
  static constexpr size_t kStep = 256, kChunk = 16;
  std::string_view text_;
  std::vector<size_t> checkpoints_;  // code points before byte i * kStep
  std::vector<uint8_t> within_;      // code points before byte i * kChunk, from its block's start
};

}  // namespace pe
