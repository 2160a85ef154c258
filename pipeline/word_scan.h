// Looking at text eight bytes at a time ("SIMD within a register"): the scans of the front stages
// test every byte of a 64-bit word at once and then look closer only at the bytes that matched.
// Each test gives a mask with the high bit of every matching byte set; all are exact (no carry or
// borrow crosses from one byte to the next).
#pragma once
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace pe::word_scan {

inline constexpr uint64_t kOnes = 0x0101010101010101ULL;
inline constexpr uint64_t kLow7 = 0x7F7F7F7F7F7F7F7FULL;
inline constexpr uint64_t kHigh = 0x8080808080808080ULL;

/// The eight bytes at p, the first in the lowest byte whatever the machine's byte order.
inline uint64_t Load(const void* p) {
  uint64_t w;
  std::memcpy(&w, p, 8);
  if constexpr (std::endian::native == std::endian::big) w = __builtin_bswap64(w);
  return w;
}

/// Bytes of w equal to b.
inline uint64_t BytesEqual(uint64_t w, unsigned char b) {
  const uint64_t x = w ^ (kOnes * b);
  return ~(((x & kLow7) + kLow7) | x) & kHigh;
}

/// Bytes of w below n (n <= 0x80).
inline uint64_t BytesBelow(uint64_t w, unsigned char n) {
  return ~(((w & kLow7) + kOnes * (0x80 - n)) | w) & kHigh;
}

/// Index (0..7) of the first byte a non-zero mask marks.
inline size_t FirstMarked(uint64_t mask) { return static_cast<size_t>(std::countr_zero(mask)) / 8; }

}  // namespace pe::word_scan
