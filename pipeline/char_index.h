// Converts UTF-8 byte offsets of one text into code-point offsets (the "char" half of every span):
// the count before every 256-byte block, and within it before every 16-byte chunk, so a lookup
// counts at most the 15 bytes before it in its chunk.
#pragma once
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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
  // 16 zeros then 16 ones: kLast + n keeps the last n of 16 lanes (n = 16: all of them).
  alignas(16) static constexpr unsigned char kLast[32] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                                                          1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};

 public:
  /// Lead bytes among the 16 at p whose lane in `keep` (16 bytes of 0 or 1) is 1. Lead bytes are
  /// those above -65 as signed bytes (continuation bytes 10xxxxxx are -128…-65): SSE2, which every
  /// x86-64 has, with a plain loop elsewhere.
  static size_t LeadsIn16(const char* p, const unsigned char* keep) {
#if defined(__SSE2__)
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const __m128i lanes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(keep));
    const __m128i leads = _mm_and_si128(_mm_cmpgt_epi8(bytes, _mm_set1_epi8(-65)), lanes);
    const __m128i sums = _mm_sad_epu8(leads, _mm_setzero_si128());  // each half's sum
    return static_cast<size_t>(_mm_cvtsi128_si32(sums) + _mm_extract_epi16(sums, 4));
#else
    return LeadsIn16Plain(p, keep);
#endif
  }
  /// LeadsIn16 a byte at a time: the fallback without SSE2 (tested against it).
  static size_t LeadsIn16Plain(const char* p, const unsigned char* keep) {
    size_t n = 0;
    for (int i = 0; i < 16; ++i) n += keep[i] & (static_cast<signed char>(p[i]) > -65 ? 1 : 0);
    return n;
  }
  /// The keep mask of the last n <= 16 lanes.
  static const unsigned char* KeepLast(size_t n) { return kLast + n; }
  /// Lead bytes among the n <= 16 bytes before end (the 16 before it readable).
  static size_t LeadsInLast(const char* end, size_t n) { return LeadsIn16(end - 16, kLast + n); }

 private:
  std::string_view text_;
  std::vector<size_t> checkpoints_;  // code points before byte i * kStep
  std::vector<uint8_t> within_;      // code points before byte i * kChunk, from its block's start
};

}  // namespace pe
