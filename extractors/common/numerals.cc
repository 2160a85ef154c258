#include "extractors/common/numerals.h"

#include <cmath>

#include <charconv>
#include <cstdint>
#include <system_error>

namespace pe::numerals {
namespace {

constexpr int64_t kMaxValue = 10'000'000'000'000'000;  // 1e16
constexpr double kMaxValueD = 1e16;
constexpr int kMaxTokens = 64;
constexpr size_t kMaxInputBytes = 256;

// Decodes one UTF-8 code point at s[i]; returns its byte length, 0 if invalid.
int DecodeUtf8(std::string_view s, size_t i, char32_t* out) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) {
    *out = b0;
    return 1;
  }
  int len;
  char32_t cp;
  if ((b0 & 0xE0) == 0xC0) {
    len = 2;
    cp = b0 & 0x1F;
  } else if ((b0 & 0xF0) == 0xE0) {
    len = 3;
    cp = b0 & 0x0F;
  } else if ((b0 & 0xF8) == 0xF0) {
    len = 4;
    cp = b0 & 0x07;
  } else {
    return 0;
  }
  if (i + len > s.size()) return 0;
  for (int k = 1; k < len; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b & 0x3F);
  }
  // Reject overlong encodings / surrogates / out of range.
  if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) ||
      (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
      (cp >= 0xD800 && cp <= 0xDFFF)) {
    return 0;
  }
  *out = cp;
  return len;
}

// ASCII value of an Arabic digit (ASCII or full-width), or -1.
int ArabicDigit(char32_t c) {
  if (c >= U'0' && c <= U'9') return static_cast<int>(c - U'0');
  if (c >= U'０' && c <= U'９') return static_cast<int>(c - U'０');
  return -1;
}

enum class Kind : uint8_t { kDigit, kArabic, kSmall, kBig, kPoint, kHalf };

// Digit token classes.
enum class DigitClass : uint8_t {
  kPlain,      // 〇零一二三四五六七八九 (usable digit-by-digit)
  kFormal,     // 壹贰叁肆伍陆柒捌玖
  kLiang,      // 两
  kComposite,  // the digit part of 廿 / 卅
};

struct Token {
  Kind kind;
  DigitClass cls;
  bool single;      // kArabic: exactly one digit
  bool is_decimal;  // kArabic: has a decimal point
  int64_t val;      // digit value / Arabic integer value / unit value
  uint16_t begin;   // kArabic: byte range in the input
  uint16_t end;
};

struct Tokens {
  Token t[kMaxTokens];
  int n = 0;
  bool Push(Kind k, int64_t v, DigitClass c = DigitClass::kPlain) {
    if (n >= kMaxTokens) return false;
    t[n++] = Token{k, c, false, false, v, 0, 0};
    return true;
  }
};

// Classifies a Chinese numeral code point. Returns false if not one.
// For 廿/卅 emits two tokens (digit + 十).
bool PushChinese(char32_t c, Tokens* out) {
  switch (c) {
    // ○ (U+25CB, a white circle) stands for 〇 in many older pages' years: 二○一○年.
    case U'〇': case U'○': case U'零': return out->Push(Kind::kDigit, 0);
    case U'一': return out->Push(Kind::kDigit, 1);
    case U'二': return out->Push(Kind::kDigit, 2);
    case U'三': return out->Push(Kind::kDigit, 3);
    case U'四': return out->Push(Kind::kDigit, 4);
    case U'五': return out->Push(Kind::kDigit, 5);
    case U'六': return out->Push(Kind::kDigit, 6);
    case U'七': return out->Push(Kind::kDigit, 7);
    case U'八': return out->Push(Kind::kDigit, 8);
    case U'九': return out->Push(Kind::kDigit, 9);
    case U'两': return out->Push(Kind::kDigit, 2, DigitClass::kLiang);
    case U'壹': return out->Push(Kind::kDigit, 1, DigitClass::kFormal);
    case U'贰': return out->Push(Kind::kDigit, 2, DigitClass::kFormal);
    case U'叁': return out->Push(Kind::kDigit, 3, DigitClass::kFormal);
    case U'肆': return out->Push(Kind::kDigit, 4, DigitClass::kFormal);
    case U'伍': return out->Push(Kind::kDigit, 5, DigitClass::kFormal);
    case U'陆': return out->Push(Kind::kDigit, 6, DigitClass::kFormal);
    case U'柒': return out->Push(Kind::kDigit, 7, DigitClass::kFormal);
    case U'捌': return out->Push(Kind::kDigit, 8, DigitClass::kFormal);
    case U'玖': return out->Push(Kind::kDigit, 9, DigitClass::kFormal);
    case U'十': case U'拾': return out->Push(Kind::kSmall, 10);
    case U'百': case U'佰': return out->Push(Kind::kSmall, 100);
    case U'千': case U'仟': return out->Push(Kind::kSmall, 1000);
    case U'万': case U'萬': return out->Push(Kind::kBig, 10'000);
    case U'亿': case U'億': return out->Push(Kind::kBig, 100'000'000);
    case U'廿':
      return out->Push(Kind::kDigit, 2, DigitClass::kComposite) &&
             out->Push(Kind::kSmall, 10);
    case U'卅':
      return out->Push(Kind::kDigit, 3, DigitClass::kComposite) &&
             out->Push(Kind::kSmall, 10);
    case U'点': return out->Push(Kind::kPoint, 0);
    case U'半': return out->Push(Kind::kHalf, 0);
    default: return false;
  }
}

// Scans an Arabic run starting at byte i; validates comma grouping and the
// decimal point. On success pushes a kArabic token and advances *i.
bool ScanArabic(std::string_view s, size_t* i, Tokens* out) {
  const size_t begin = *i;
  size_t p = *i;
  int group_len = 0, frac_len = 0, sig_digits = 0;
  bool seen_comma = false, seen_point = false;
  int64_t value = 0;
  while (p < s.size()) {
    char32_t c;
    const int len = DecodeUtf8(s, p, &c);
    if (len == 0) return false;
    const int d = ArabicDigit(c);
    if (d >= 0) {
      if (seen_point) {
        ++frac_len;
      } else {
        ++group_len;
        if (sig_digits > 0 || d != 0) ++sig_digits;
        if (sig_digits > 17) return false;
        value = value * 10 + d;
      }
    } else if (c == U',') {
      if (seen_point || group_len == 0) return false;
      if (seen_comma ? group_len != 3 : group_len > 3) return false;
      seen_comma = true;
      group_len = 0;
    } else if (c == U'.') {
      if (seen_point || group_len == 0) return false;
      if (seen_comma && group_len != 3) return false;
      seen_point = true;
    } else {
      break;
    }
    p += len;
  }
  if (seen_point ? frac_len == 0 : group_len == 0) return false;
  if (!seen_point && seen_comma && group_len != 3) return false;
  if (frac_len > 20) return false;
  if (value > kMaxValue) return false;
  if (out->n >= kMaxTokens) return false;
  Token& t = out->t[out->n++];
  t = Token{Kind::kArabic, DigitClass::kPlain, false, seen_point, value,
            static_cast<uint16_t>(begin), static_cast<uint16_t>(p)};
  t.single = !seen_point && !seen_comma && group_len == 1;
  *i = p;
  return true;
}

bool Tokenize(std::string_view s, Tokens* out) {
  if (s.empty() || s.size() > kMaxInputBytes) return false;
  size_t i = 0;
  while (i < s.size()) {
    char32_t c;
    const int len = DecodeUtf8(s, i, &c);
    if (len == 0) return false;
    if (ArabicDigit(c) >= 0) {
      if (!ScanArabic(s, &i, out)) return false;
      continue;
    }
    if (!PushChinese(c, out)) return false;
    i += len;
  }
  return out->n > 0;
}

// Writes the Arabic token's digits (no commas, ASCII) into buf.
bool AppendArabic(std::string_view s, const Token& t, char* buf, int cap,
                  int* len) {
  size_t p = t.begin;
  while (p < t.end) {
    char32_t c;
    const int l = DecodeUtf8(s, p, &c);
    if (l == 0) return false;
    p += l;
    if (c == U',') continue;
    if (*len >= cap) return false;
    const int d = ArabicDigit(c);
    buf[(*len)++] = d >= 0 ? static_cast<char>('0' + d) : '.';
  }
  return true;
}

bool CheckedMulAdd(int64_t a, int64_t m, int64_t add, int64_t* out) {
  int64_t r;
  if (__builtin_mul_overflow(a, m, &r)) return false;
  if (__builtin_add_overflow(r, add, &r)) return false;
  if (r > kMaxValue) return false;
  *out = r;
  return true;
}

struct IntOpts {
  bool allow_big;
  bool allow_colloquial;
  bool allow_arabic;
};

// Integer grammar over tokens [0, n). See header for accepted forms.
std::optional<int64_t> ParseIntTokens(const Token* t, int n, IntOpts o) {
  if (n <= 0) return std::nullopt;
  int64_t total = 0;    // the part multiplied by 亿
  int64_t group = 0;    // the 万 part below 亿
  int64_t section = 0;  // below 万 (built from 十百千)
  bool has_pend = false, pend_single = false, pend_after_zero = false;
  int64_t pend = 0;
  int64_t unit_before_pend = 0;  // unit token right before the pending coef
  bool zero_pend = false;
  bool zero_after_yi = false;  // 零 right after 亿 may skip the whole 万 part
  int64_t last_small = 10'000;  // units in a section must strictly decrease
  int64_t prev_unit = 0;        // unit value of the previous token, 0 if none
  bool wan_used = false, yi_used = false;

  // Value contributed by the pending coefficient when its section closes.
  auto trailing = [&](bool at_end, int64_t* v) -> bool {
    if (pend_after_zero) {
      // 零 marks an empty place; implied unit 1 must be >= 2 places lower.
      if (!pend_single || last_small < 100) return false;
      *v = pend;
      return true;
    }
    if (unit_before_pend == 0) {  // a lone coefficient: 五, 2500 (before 万)
      *v = pend;
      return true;
    }
    if (!at_end && unit_before_pend >= 10'000) {  // 一亿二万, 1亿2000万
      if (pend >= 10'000) return false;
      *v = pend;
      return true;
    }
    if (!pend_single) return false;
    if (unit_before_pend == 10) {
      *v = pend;
      return true;
    }
    // Colloquial: digit right after a unit = the next lower place.
    if (!o.allow_colloquial) return false;
    *v = pend * (unit_before_pend / 10);
    return true;
  };

  for (int i = 0; i < n; ++i) {
    const Token& k = t[i];
    switch (k.kind) {
      case Kind::kArabic:
        if (!o.allow_arabic || k.is_decimal) return std::nullopt;
        if (k.val == 0 && n > 1) return std::nullopt;
        [[fallthrough]];
      case Kind::kDigit:
        if (has_pend) return std::nullopt;
        if (k.kind == Kind::kDigit && k.val == 0) {
          if (n == 1) return 0;
          if (i == 0 || zero_pend || prev_unit == 0) return std::nullopt;
          zero_pend = true;
          zero_after_yi = prev_unit == 100'000'000;
          prev_unit = 0;
          break;
        }
        has_pend = true;
        pend = k.val;
        pend_single = k.kind == Kind::kDigit || k.single;
        pend_after_zero = zero_pend;
        unit_before_pend = zero_pend ? 0 : prev_unit;
        zero_pend = false;
        prev_unit = 0;
        break;
      case Kind::kSmall: {
        const int64_t u = k.val;
        int64_t coef = 1;
        if (has_pend) {
          if (!pend_single) return std::nullopt;
          // 零 marks an empty place: 一千零五十 ok, 一千零五百 is not.
          if (pend_after_zero && !zero_after_yi && u > last_small / 100) {
            return std::nullopt;
          }
          coef = pend;
        } else {
          // Bare 十 only at the start of the number or right after 万/亿.
          if (u != 10 || zero_pend || section != 0 ||
              !(i == 0 || prev_unit >= 10'000)) {
            return std::nullopt;
          }
        }
        if (u >= last_small) return std::nullopt;
        section += coef * u;
        last_small = u;
        has_pend = false;
        prev_unit = u;
        break;
      }
      case Kind::kBig: {
        if (!o.allow_big || zero_pend) return std::nullopt;
        int64_t sec = section;
        if (has_pend) {
          int64_t v;
          if (!trailing(/*at_end=*/false, &v)) return std::nullopt;
          sec += v;
          has_pend = false;
        }
        if (k.val == 10'000) {
          if (wan_used || sec <= 0) return std::nullopt;
          int64_t add;
          if (!CheckedMulAdd(sec, 10'000, 0, &add)) return std::nullopt;
          if (__builtin_add_overflow(group, add, &group)) return std::nullopt;
          wan_used = true;
        } else {
          if (yi_used) return std::nullopt;
          int64_t g;
          if (__builtin_add_overflow(group, sec, &g) || g <= 0) {
            return std::nullopt;
          }
          if (!CheckedMulAdd(g, 100'000'000, 0, &total)) return std::nullopt;
          yi_used = true;
          wan_used = false;
          group = 0;
        }
        section = 0;
        last_small = 10'000;
        prev_unit = k.val;
        break;
      }
      case Kind::kPoint:
      case Kind::kHalf:
        return std::nullopt;
    }
  }
  if (zero_pend) return std::nullopt;  // trailing 零
  if (has_pend) {
    int64_t v;
    if (!trailing(/*at_end=*/true, &v)) return std::nullopt;
    section += v;
  }
  int64_t r;
  if (__builtin_add_overflow(total, group, &r) ||
      __builtin_add_overflow(r, section, &r) || r > kMaxValue) {
    return std::nullopt;
  }
  return r;
}

// Parses a multiplier suffix like 万, 亿, 千万, 百万, 万亿, 十亿; returns the
// power of ten (0 for an empty chain) or -1 if malformed.
int ParseMultiplierChain(const Token* t, int n) {
  int i = 0, exp = 0;
  if (i < n && t[i].kind == Kind::kSmall) {
    exp += t[i].val == 10 ? 1 : t[i].val == 100 ? 2 : 3;
    ++i;
    // 十 alone as a multiplier (1.5十) is not a real form.
    if (exp == 1 && !(i < n && t[i].kind == Kind::kBig)) return -1;
  }
  if (i < n && t[i].kind == Kind::kBig && t[i].val == 10'000) {
    exp += 4;
    ++i;
  }
  if (i < n && t[i].kind == Kind::kBig && t[i].val == 100'000'000) {
    exp += 8;
    ++i;
  }
  return i == n ? exp : -1;
}

std::optional<double> ToDouble(const char* buf, int len) {
  double v = 0;
  const auto [ptr, ec] = std::from_chars(buf, buf + len, v);
  if (ec != std::errc() || ptr != buf + len) return std::nullopt;
  if (!(v >= 0) || v > kMaxValueD) return std::nullopt;
  return v;
}

// Appends "e<exp>" to buf.
bool AppendExp(int exp, char* buf, int cap, int* len) {
  if (exp == 0) return true;
  if (*len + 3 > cap) return false;
  buf[(*len)++] = 'e';
  const auto [ptr, ec] = std::to_chars(buf + *len, buf + cap, exp);
  if (ec != std::errc()) return false;
  *len = static_cast<int>(ptr - buf);
  return true;
}

std::optional<double> ParseDecimal(std::string_view s, const Token* t, int n) {
  char buf[96];
  int len = 0;
  int chain_start;
  if (t[0].kind == Kind::kArabic && t[0].is_decimal) {
    if (!AppendArabic(s, t[0], buf, sizeof(buf) - 8, &len)) return std::nullopt;
    chain_start = 1;
  } else {
    int p = 0;
    while (p < n && t[p].kind != Kind::kPoint) ++p;
    if (p == 0 || p == n) return std::nullopt;
    const auto ip = ParseIntTokens(
        t, p, IntOpts{/*allow_big=*/false, /*allow_colloquial=*/false,
                      /*allow_arabic=*/false});
    if (!ip) return std::nullopt;
    const auto [ptr, ec] = std::to_chars(buf, buf + 32, *ip);
    if (ec != std::errc()) return std::nullopt;
    len = static_cast<int>(ptr - buf);
    buf[len++] = '.';
    int i = p + 1;
    const int frac_begin = i;
    while (i < n && t[i].kind == Kind::kDigit &&
           (t[i].cls == DigitClass::kPlain || t[i].cls == DigitClass::kFormal)) {
      if (len >= 64) return std::nullopt;
      buf[len++] = static_cast<char>('0' + t[i].val);
      ++i;
    }
    if (i == frac_begin) return std::nullopt;
    chain_start = i;
  }
  for (int i = chain_start; i < n; ++i) {
    if (t[i].kind != Kind::kSmall && t[i].kind != Kind::kBig) {
      return std::nullopt;
    }
  }
  const int exp = ParseMultiplierChain(t + chain_start, n - chain_start);
  if (exp < 0) return std::nullopt;
  if (!AppendExp(exp, buf, sizeof(buf), &len)) return std::nullopt;
  return ToDouble(buf, len);
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         s.substr(s.size() - suffix.size()) == suffix;
}

bool IsIntegral(double v) { return v == static_cast<double>(static_cast<int64_t>(v)); }

// Chinese plain digit 1..9 for a single-code-point string, else -1.
int SingleChineseDigit(std::string_view s) {
  char32_t c;
  if (s.empty() || DecodeUtf8(s, 0, &c) != static_cast<int>(s.size())) return -1;
  switch (c) {
    case U'一': case U'壹': return 1;
    case U'二': case U'贰': case U'两': return 2;
    case U'三': case U'叁': return 3;
    case U'四': case U'肆': return 4;
    case U'五': case U'伍': return 5;
    case U'六': case U'陆': return 6;
    case U'七': case U'柒': return 7;
    case U'八': case U'捌': return 8;
    case U'九': case U'玖': return 9;
    default: {
      const int d = ArabicDigit(c);
      return d >= 1 ? d : -1;
    }
  }
}

// ParseNumber, but refusing 半 (only meaningful alone).
std::optional<double> ParseOperand(std::string_view s) {
  if (s.empty() || s == "半") return std::nullopt;
  return ParseNumber(s);
}

}  // namespace

std::optional<double> ParseNumber(std::string_view s) {
  // 仨, 俩: three and two with their 个 in one character (northern speech), numbers only alone.
  if (s == "仨") return 3.0;
  if (s == "俩") return 2.0;
  // Up to 16 ASCII digits (2200, 50, 007): one Arabic token whose value is the number.
  constexpr size_t kMaxPlainDigits = 16;  // below kMaxValue whatever the digits
  if (!s.empty() && s.size() <= kMaxPlainDigits) {
    int64_t v = 0;
    size_t i = 0;
    for (; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i) v = v * 10 + (s[i] - '0');
    if (i == s.size()) return static_cast<double>(v);
  }
  return ParseNumberByTokens(s);
}

std::optional<double> ParseNumberByTokens(std::string_view s) {
  Tokens toks;
  if (!Tokenize(s, &toks)) return std::nullopt;
  const Token* t = toks.t;
  const int n = toks.n;

  bool all_plain_digits = true, has_decimal = false;
  for (int i = 0; i < n; ++i) {
    const Token& k = t[i];
    if (k.kind == Kind::kHalf) {
      if (n == 1) return 0.5;
      return std::nullopt;
    }
    if (k.kind == Kind::kPoint || (k.kind == Kind::kArabic && k.is_decimal)) {
      has_decimal = true;
    }
    if (k.kind != Kind::kDigit || k.cls != DigitClass::kPlain) {
      all_plain_digits = false;
    }
  }
  if (has_decimal) return ParseDecimal(s, t, n);

  // Year style digit-by-digit: 二〇二五, 一九九八. Two digits ("三三") are
  // rejected as ambiguous/malformed.
  if (all_plain_digits && n >= 3) {
    if (n > 17) return std::nullopt;
    int64_t v = 0;
    for (int i = 0; i < n; ++i) v = v * 10 + t[i].val;
    if (v > kMaxValue) return std::nullopt;
    return static_cast<double>(v);
  }

  const auto v = ParseIntTokens(
      t, n, IntOpts{/*allow_big=*/true, /*allow_colloquial=*/true,
                    /*allow_arabic=*/true});
  if (!v) return std::nullopt;
  return static_cast<double>(*v);
}

std::optional<double> ParseFraction(std::string_view s) {
  if (s.empty() || s.size() > kMaxInputBytes) return std::nullopt;

  // Percent / permille / per-ten-thousand words.
  struct Prefix {
    std::string_view word;
    double denom;
  };
  static constexpr Prefix kPrefixes[] = {
      {"百分之", 100.0}, {"千分之", 1000.0}, {"万分之", 10000.0},
      // Incidence rates: 十万分之3.25 (per 100,000), 百万分之五 (百万 alone is no number ParseNumber reads).
      {"十万分之", 1e5}, {"百万分之", 1e6}, {"千万分之", 1e7}};
  for (const Prefix& p : kPrefixes) {
    if (s.starts_with(p.word)) {
      const std::string_view rest = s.substr(p.word.size());
      if (p.denom == 100.0 && rest == "百") return 1.0;  // 百分之百
      const auto v = ParseOperand(rest);
      if (!v) return std::nullopt;
      // 0.7 / 100 is 0.006999999999999999 in binary: rounded to the decimal a percentage is written as.
      return std::round(*v / p.denom * 1e12) / 1e12;
    }
  }

  // X分之Y.
  if (const size_t pos = s.find("分之"); pos != std::string_view::npos) {
    const auto den = ParseOperand(s.substr(0, pos));
    const auto num = ParseOperand(s.substr(pos + std::string_view("分之").size()));
    if (!den || !num || *den <= 0) return std::nullopt;
    return *num / *den;
  }

  // 折 (discount): 五折 0.5, 八五折 / 85折 0.85, 8.5折 0.85.
  if (EndsWith(s, "折")) {
    const std::string_view p = s.substr(0, s.size() - std::string_view("折").size());
    if (p.empty()) return std::nullopt;
    // Two plain digits: 八五, 七五, 85.
    char32_t c0;
    const int l0 = DecodeUtf8(p, 0, &c0);
    if (l0 > 0 && static_cast<size_t>(l0) < p.size()) {
      const int d1 = SingleChineseDigit(p.substr(0, l0));
      const int d2 = SingleChineseDigit(p.substr(l0));
      if (d1 > 0 && d2 > 0) return (10.0 * d1 + d2) / 100.0;
    }
    const auto v = ParseOperand(p);
    if (!v || *v <= 0) return std::nullopt;
    if (*v < 10) return *v / 10.0;
    return std::nullopt;
  }

  // 成: 七成 0.7, 七成五 0.75, 七成半 0.75.
  if (const size_t pos = s.find("成"); pos != std::string_view::npos && pos > 0) {
    const auto v = ParseOperand(s.substr(0, pos));
    if (!v || *v <= 0 || *v > 10) return std::nullopt;
    const std::string_view rest = s.substr(pos + std::string_view("成").size());
    if (rest.empty()) return *v / 10.0;
    if (!IsIntegral(*v) || *v >= 10) return std::nullopt;
    if (rest == "半") return *v / 10.0 + 0.05;
    const int d = SingleChineseDigit(rest);
    if (d <= 0) return std::nullopt;
    return *v / 10.0 + d / 100.0;
  }
  return std::nullopt;
}

namespace {

// A digit that may start or end a pair of neighbours (一 to 九, 两 = 2); -1 if none.
int NeighbourDigit(char32_t c) {
  switch (c) {
    case U'一': return 1; case U'二': case U'两': return 2; case U'三': return 3; case U'四': return 4;
    case U'五': return 5; case U'六': return 6; case U'七': return 7; case U'八': return 8; case U'九': return 9;
    default: return -1;
  }
}

// The value of a unit character (十 百 千 万 亿); 0 if none.
double UnitValue(char32_t c) {
  switch (c) {
    case U'十': return 10; case U'百': return 100; case U'千': return 1000; case U'万': return 1e4; case U'亿': return 1e8;
    default: return 0;
  }
}

}  // namespace

std::optional<std::pair<double, double>> ParseNeighbourRange(std::string_view s) {
  if (s.size() > kMaxInputBytes) return std::nullopt;
  // The code points, and where each starts.
  char32_t cs[kMaxTokens];
  size_t at[kMaxTokens + 1];
  int n = 0;
  for (size_t i = 0; i < s.size(); ++n) {
    if (n == kMaxTokens) return std::nullopt;
    const int len = DecodeUtf8(s, i, &cs[n]);
    if (len == 0) return std::nullopt;
    at[n] = i;
    i += static_cast<size_t>(len);
  }
  at[n] = s.size();
  // The first pair of neighbouring digits: 三四, 两三; 一两 for one or two, and 一二 beside a unit
  // (十一二, 一二十; alone it is rather a list: 一二线); 三五, the set phrase for three to five
  // (三五天, 三五百块).
  int k = 0;
  for (; k + 1 < n; ++k) {
    const int a = NeighbourDigit(cs[k]), b = NeighbourDigit(cs[k + 1]);
    const bool beside_unit = (k > 0 && UnitValue(cs[k - 1]) > 0) || (k + 2 < n && UnitValue(cs[k + 2]) > 0);
    if (a > 0 && b == a + 1 && (a != 1 || cs[k + 1] == U'两' || beside_unit)) break;
    if (a == 3 && b == 5) break;
  }
  if (k + 1 >= n) return std::nullopt;
  // After the pair only units (三四百, 三四万, 一两百), their product the digits' place.
  double place = 1;
  for (int i = k + 2; i < n; ++i) {
    const double u = UnitValue(cs[i]);
    if (u == 0) return std::nullopt;
    place *= u;
  }
  // Before it a whole number ending in the unit just above that place (十五六, 一百五六十), or
  // ending in 十 with the pair in its ones, the units after them multiplying the whole (十一二万:
  // 11 or 12 万).
  double base = 0, scale = 1;
  if (k > 0) {
    const double unit = UnitValue(cs[k - 1]);
    if (unit == 10 && place > 1) {
      scale = place;
      place = 1;
    } else if (unit != place * 10) {
      return std::nullopt;
    }
    const auto v = ParseNumber(s.substr(0, at[k]));
    if (!v) return std::nullopt;
    base = *v;
  }
  const double lo = (base + NeighbourDigit(cs[k]) * place) * scale, hi = (base + NeighbourDigit(cs[k + 1]) * place) * scale;
  if (hi > kMaxValueD) return std::nullopt;
  return std::make_pair(lo, hi);
}

bool IsChineseNumeralChar(char32_t c) {
  switch (c) {
    case U'一': case U'二': case U'三': case U'四': case U'五':
    case U'六': case U'七': case U'八': case U'九': case U'十':
    case U'百': case U'千': case U'万': case U'亿': case U'两':
    case U'零': case U'〇': case U'壹': case U'贰': case U'叁':
    case U'肆': case U'伍': case U'陆': case U'柒': case U'捌':
    case U'玖': case U'拾': case U'佰': case U'仟': case U'萬':
    case U'億': case U'廿': case U'卅': case U'半':
      return true;
    default:
      return false;
  }
}

}  // namespace pe::numerals
