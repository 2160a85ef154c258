#include "pipeline/utf8.h"

#include <simdjson.h>

#include <emmintrin.h>

#include <algorithm>

namespace pe::utf8 {

size_t SequenceLength(std::string_view s, size_t i) {
  const auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  const size_t n = s.size();
  const unsigned char c = b(i);
  if (c < 0x80) return 1;
  if (c < 0xC2) return 0;  // continuation byte or overlong 2-byte lead
  if (c < 0xE0) {
    return (i + 1 < n && (b(i + 1) & 0xC0) == 0x80) ? 2 : 0;
  }
  if (c < 0xF0) {
    if (i + 2 >= n) return 0;
    const unsigned char c1 = b(i + 1);
    if ((c1 & 0xC0) != 0x80 || (b(i + 2) & 0xC0) != 0x80) return 0;
    if (c == 0xE0 && c1 < 0xA0) return 0;   // overlong
    if (c == 0xED && c1 >= 0xA0) return 0;  // UTF-16 surrogate
    return 3;
  }
  if (c < 0xF5) {
    if (i + 3 >= n) return 0;
    const unsigned char c1 = b(i + 1);
    if ((c1 & 0xC0) != 0x80 || (b(i + 2) & 0xC0) != 0x80 || (b(i + 3) & 0xC0) != 0x80) return 0;
    if (c == 0xF0 && c1 < 0x90) return 0;  // overlong
    if (c == 0xF4 && c1 >= 0x90) return 0;  // above U+10FFFF
    return 4;
  }
  return 0;
}

char32_t Decode(std::string_view s, size_t& i) {
  const size_t len = SequenceLength(s, i);
  const auto b = [&](size_t k) { return static_cast<char32_t>(static_cast<unsigned char>(s[k])); };
  char32_t c;
  switch (len) {
    case 1: c = b(i); break;
    case 2: c = ((b(i) & 0x1F) << 6) | (b(i + 1) & 0x3F); break;
    case 3: c = ((b(i) & 0x0F) << 12) | ((b(i + 1) & 0x3F) << 6) | (b(i + 2) & 0x3F); break;
    case 4:
      c = ((b(i) & 0x07) << 18) | ((b(i + 1) & 0x3F) << 12) | ((b(i + 2) & 0x3F) << 6) | (b(i + 3) & 0x3F);
      break;
    default: ++i; return kInvalid;
  }
  i += len;
  return c;
}

size_t FirstInvalid(std::string_view s) {
  // Almost every page is valid: simdjson's SIMD validator says so at a fraction of the cost of the
  // scalar walk below, which stays for finding where a bad page goes wrong.
  if (simdjson::validate_utf8(s.data(), s.size())) return std::string_view::npos;
  size_t i = 0;
  const size_t n = s.size();
  while (i < n) {
    // ASCII fast path, 8 bytes at a time.
    while (i + 8 <= n) {
      uint64_t w;
      __builtin_memcpy(&w, s.data() + i, 8);
      if (w & 0x8080808080808080ULL) break;
      i += 8;
    }
    if (i >= n) break;
    if (static_cast<unsigned char>(s[i]) < 0x80) { ++i; continue; }
    const size_t len = SequenceLength(s, i);
    if (len == 0) return i;
    i += len;
  }
  return std::string_view::npos;
}

void Append(std::string& out, char32_t c) {
  if (c < 0x80) {
    out.push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (c >> 6)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (c >> 12)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (c >> 18)));
    out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

namespace {

// The sum of the 16 byte lanes of v.
size_t SumBytes(__m128i v) {
  const __m128i sums = _mm_sad_epu8(v, _mm_setzero_si128());
  return static_cast<size_t>(_mm_cvtsi128_si64(sums)) + static_cast<size_t>(_mm_extract_epi16(sums, 4));
}

}  // namespace

// Lead bytes are those above -65 as signed bytes (continuation bytes 10xxxxxx are -128…-65),
// counted 16 at a time with SSE2 (which every x86-64 has).
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
  for (; p < end; ++p) count += IsLead(static_cast<unsigned char>(*p));
  return count;
}

size_t CountCodePoints(std::string_view s) { return CountCodePoints(s.data(), s.data() + s.size(), s.data()); }

std::string Scrub(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    const size_t len = SequenceLength(s, i);
    if (len == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
    } else {
      out.append(s.substr(i, len));
      i += len;
    }
  }
  return out;
}

}  // namespace pe::utf8
