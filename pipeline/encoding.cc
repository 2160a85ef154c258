#include "pipeline/encoding.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <bit>
#include <cctype>
#include <memory>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "pipeline/utf8.h"
#include "pipeline/word_scan.h"

namespace pe {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool IsUtf8Name(std::string_view cs) { return cs == "utf-8" || cs == "utf8"; }

// Legacy Chinese charsets are decoded as their superset GB18030 (GBK and GB2312 are subsets).
std::string CanonicalCharset(std::string_view cs) {
  const std::string l = Lower(cs);
  if (l == "gbk" || l == "gb2312" || l == "gb18030" || l == "cp936" || l == "x-gbk" || l == "euc-cn") {
    return "gb18030";
  }
  if (l == "big5" || l == "big5-hkscs") return "big5";
  return l;
}

std::optional<std::string> Transcode(std::string_view bytes, const std::string& charset) {
  UErrorCode status = U_ZERO_ERROR;
  UConverter* conv = ucnv_open(charset.c_str(), &status);
  if (U_FAILURE(status)) return std::nullopt;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> guard(conv, ucnv_close);
  icu::UnicodeString u(bytes.data(), static_cast<int32_t>(bytes.size()), conv, status);
  if (U_FAILURE(status)) return std::nullopt;
  std::string out;
  u.toUTF8String(out);
  return out;
}

bool IsControl(unsigned char c) { return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f'; }

// Share of control bytes (other than tab, LF, CR, FF) in the first 8 KB. Text has few bytes below
// 0x20 (mostly newlines), so blocks without any cost a handful of operations: sixteen bytes at a
// time with SSE2 (every x86-64 has it; half the instructions of the eight-byte loop), eight
// otherwise.
bool LooksBinary(std::string_view bytes) {
  const size_t n = std::min<size_t>(bytes.size(), 8192);
  if (n == 0) return false;
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  size_t control = 0, i = 0;
#if defined(__SSE2__)
  const __m128i max_control = _mm_set1_epi8(0x1F);
  for (; i + 16 <= n; i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    const __m128i below = _mm_cmpeq_epi8(_mm_min_epu8(v, max_control), v);  // v <= 0x1F, unsigned
    for (unsigned m = static_cast<unsigned>(_mm_movemask_epi8(below)); m != 0; m &= m - 1) {
      control += IsControl(p[i + static_cast<size_t>(std::countr_zero(m))]);
    }
  }
#endif
  for (; i + 8 <= n; i += 8) {
    for (uint64_t m = word_scan::BytesBelow(word_scan::Load(p + i), 0x20); m != 0; m &= m - 1) {
      control += IsControl(p[i + word_scan::FirstMarked(m)]);
    }
  }
  for (; i < n; ++i) control += IsControl(p[i]);
  return control * 10 > n;  // over 10%: an image, an archive, an executable
}

}  // namespace

std::optional<std::string> SniffHtmlCharset(std::string_view html) {
  const std::string head = Lower(html.substr(0, std::min<size_t>(html.size(), 2048)));
  size_t pos = head.find("charset");
  while (pos != std::string::npos) {
    size_t i = pos + 7;
    while (i < head.size() && (head[i] == ' ' || head[i] == '=' || head[i] == '"' || head[i] == '\'')) ++i;
    size_t j = i;
    while (j < head.size() && (std::isalnum(static_cast<unsigned char>(head[j])) || head[j] == '-' || head[j] == '_')) ++j;
    if (j > i && head.compare(pos, 7, "charset") == 0 && head[pos + 7] != '_') return head.substr(i, j - i);
    pos = head.find("charset", pos + 7);
  }
  return std::nullopt;
}

DecodeResult DecodeValidUtf8(std::string_view bytes) {
  DecodeResult r;
  if (LooksBinary(bytes)) {
    r.error_code = "binary";
    r.error = "looks like a binary file (over 10% control bytes in the first 8 KB); not a text page";
    return r;
  }
  r.ok = true;
  r.text = std::string(bytes);
  r.encoding = "utf-8";
  return r;
}

DecodeResult DecodeToUtf8(std::string_view bytes, std::optional<std::string_view> declared) {
  DecodeResult r;
  const auto starts = [&](std::string_view p) { return bytes.substr(0, p.size()) == p; };
  if (starts("\xFF\xFE") || starts("\xFE\xFF")) {
    const bool le = starts("\xFF\xFE");
    if (auto t = Transcode(bytes.substr(2), le ? "UTF-16LE" : "UTF-16BE")) {
      r.ok = true;
      r.text = std::move(*t);
      r.encoding = le ? "utf-16le" : "utf-16be";
      r.transcoded = true;
      return r;
    }
  }
  const size_t bad = utf8::FirstInvalid(bytes);
  if (bad == std::string_view::npos) return DecodeValidUtf8(bytes);
  // Mostly UTF-8 with a few broken bytes is damaged UTF-8, not a legacy encoding: transcoding it
  // would garble the whole page. Quarantine it with the offset of the first bad byte.
  size_t valid_multibyte = 0, invalid = 0;
  for (size_t i = 0; i < bytes.size();) {
    const unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    const size_t len = utf8::SequenceLength(bytes, i);
    if (len == 0) {
      ++invalid;
      ++i;
    } else {
      ++valid_multibyte;
      i += len;
    }
  }
  const bool damaged_utf8 = valid_multibyte >= 8 * invalid;
  // Not UTF-8: a declared charset first, then ICU's detector for the Chinese legacy encodings.
  std::string charset;
  if (declared && !IsUtf8Name(Lower(*declared))) charset = CanonicalCharset(*declared);
  if (charset.empty() && !damaged_utf8) {
    UErrorCode status = U_ZERO_ERROR;
    UCharsetDetector* det = ucsdet_open(&status);
    std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> guard(det, ucsdet_close);
    ucsdet_setText(det, bytes.data(), static_cast<int32_t>(std::min<size_t>(bytes.size(), 1 << 20)), &status);
    const UCharsetMatch* m = ucsdet_detect(det, &status);
    if (U_SUCCESS(status) && m) {
      const std::string name = CanonicalCharset(ucsdet_getName(m, &status));
      const int32_t confidence = ucsdet_getConfidence(m, &status);
      if (U_SUCCESS(status) && confidence >= 25 && (name == "gb18030" || name == "big5")) charset = name;
    }
  }
  if (!charset.empty() && !LooksBinary(bytes)) {
    if (auto t = Transcode(bytes, charset)) {
      r.ok = true;
      r.text = std::move(*t);
      r.encoding = charset;
      r.transcoded = true;
      return r;
    }
  }
  if (LooksBinary(bytes)) {
    r.error_code = "binary";
    r.error = "looks like a binary file (over 10% control bytes in the first 8 KB); not a text page";
    return r;
  }
  r.error_code = "invalid_utf8";
  r.error = "invalid UTF-8 at byte " + std::to_string(bad) +
            " and no declared or detectable Chinese legacy encoding (GBK/GB18030/Big5)";
  return r;
}

}  // namespace pe
