#include "extractors/common/quantity_numbers.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <optional>

#include "extractors/common/quantity_words.h"

namespace pe::quantity {
namespace {

// The ASCII digits from pos on.
size_t DigitsFrom(std::string_view text, size_t pos) {
  size_t n = 0;
  while (pos + n < text.size() && IsAsciiDigit(static_cast<unsigned char>(text[pos + n]))) ++n;
  return n;
}

}  // namespace

bool InsideUrl(std::string_view text, size_t pos) {
  size_t i = pos;
  const size_t limit = pos > 512 ? pos - 512 : 0;
  while (i > limit) {
    const unsigned char c = static_cast<unsigned char>(text[i - 1]);
    if (c <= ' ' || c >= 0x80 || c == '"' || c == '\'' || c == '<' || c == '>' || c == '(' || c == ')' || c == '[' ||
        c == ']') {
      break;
    }
    --i;
  }
  if (i == pos) return false;
  const std::string_view run = text.substr(i, pos - i);
  return run.find("://") != std::string_view::npos || run.find("www.") != std::string_view::npos ||
         run.find('@') != std::string_view::npos;
}

bool ContinuesNumberOnLeft(std::string_view text, size_t pos) {
  const char32_t before = CharBefore(text, pos);
  if (IsAsciiDigit(before)) return true;
  if (before == '.') return !ListItemNumberBefore(text, pos - 1);
  // A comma continues a number only before a group of three digits (12,345元); before others it
  // separates a CSV row's cells (286415.60,62.5%).
  if (before == ',' && DigitsFrom(text, pos) != 3) return false;
  return (before == '-' || before == ',' || before == ':' || before == '/') && IsAsciiDigit(CharBefore(text, pos - 1)) &&
         IsAsciiDigit(CharAt(text, pos));
}

NumberWords::NumberWords(const ContextWords& context)
    : not_after(context.Get("number_not_after", "all")),
      cn_not_after(context.Get("number_not_after", "cn")),
      after_ok(context.Get("number_after_ok", "all")),
      cn_after_ok(context.Get("number_after_ok", "cn")),
      range_joiners(context.Get("range_joiner", "all")) {}

bool NumberStartOk(std::string_view text, size_t pos, std::string_view number, const NumberWords& words) {
  const char32_t before = CharBefore(text, pos);
  // A2, 3G, N95: digits after a letter or digit are part of a code; a Chinese numeral is not
  // (A、B两个, CT三次).
  if (IsAsciiAlnum(before) && (IsAsciiDigit(before) || IsAsciiDigit(CharAt(text, pos)))) return false;
  // 210204********3517: the tail of a masked ID (not **5名**, Markdown bold).
  if (before == '*' && pos >= 3 && text.substr(pos - 3, 3) == "***") return false;
  if (before == '.' && !ListItemNumberBefore(text, pos - 1)) return false;  // 12.5, not "\n3.6岁以下"
  if ((before == '-' || before == '/') && IsAsciiDigit(CharBefore(text, pos - 1))) return false;
  // 1,000: a thousands group has three digits (18:00,24小时 is a time, a comma, 24 hours); 12:30:
  // minutes have two (问题2:5个 is a label, its colon, 5 items).
  if (before == ',' && IsAsciiDigit(CharBefore(text, pos - 1)) && DigitsFrom(text, pos) == 3) return false;
  if (before == ':' && IsAsciiDigit(CharBefore(text, pos - 1)) && DigitsFrom(text, pos) == 2) return false;
  // 第3次, and 第 1302587 位 (a page's visitor counter, spaced): an ordinal.
  size_t word_end = pos;
  while (word_end > 0 && text[word_end - 1] == ' ') --word_end;
  if (EndsWithWord(text, word_end, words.not_after) && !EndsWithWord(text, word_end, words.after_ok)) return false;
  // 第2、4周, 第1、3、5次: a list of numbers shares the word before its first (an ordinal's 第).
  for (size_t k = pos; CharBefore(text, k) == U'、';) {
    k -= std::string_view("、").size();
    size_t d = k;
    while (d > 0 && (IsAsciiDigit(CharBefore(text, d)) || IsCnNumeral(CharBefore(text, d)))) d -= Utf8Size(CharBefore(text, d));
    if (d == k) break;
    if (EndsWithWord(text, d, words.not_after) && !EndsWithWord(text, d, words.after_ok)) return false;
    k = d;
  }
  if (IsCnNumeral(CharAt(number, 0))) {
    // A Han number right after another numeral character is the tail of a number that did not
    // parse (两三个, 十几天 ...); after 数/几 it is vague (数十家).
    if (IsCnNumeral(before)) return false;
    if (EndsWithWord(text, pos, words.cn_not_after) && !EndsWithWord(text, pos, words.cn_after_ok)) return false;
  }
  return true;
}

std::string_view RangeStartBefore(std::string_view text, size_t pos, const NumberWords& words, bool& has_joiner) {
  has_joiner = false;
  size_t j = pos;
  while (j > 0 && text[j - 1] == ' ') --j;
  size_t joiner = 0;
  for (const std::string& w : words.range_joiners) {
    if (w.size() <= j && (w.empty() || text[j - 1] == w.back()) && text.substr(j - w.size(), w.size()) == w) {
      joiner = w.size();
      break;
    }
  }
  if (joiner == 0) return {};
  has_joiner = true;
  j -= joiner;
  while (j > 0 && text[j - 1] == ' ') --j;
  size_t k = j;
  while (k > 0) {
    const char32_t c = CharBefore(text, k);
    if (!(IsAsciiDigit(c) || c == '.' || c == ',' || IsCnNumeral(c))) break;
    k -= Utf8Size(c);
  }
  while (k < j && (text[k] == '.' || text[k] == ',')) ++k;  // "1.-3": not part of the number
  return text.substr(k, j - k);
}

std::string_view WithoutListItemNumber(std::string_view text, std::string_view n) {
  // "2.急诊…\n3.6岁以下": the digits before the point number a list's item; the quantity is 6.
  if (const size_t dot = n.find('.'); dot != std::string_view::npos && dot + 1 < n.size() &&
                                      ListItemNumberBefore(text, Offset(text, n) + dot)) {
    n.remove_prefix(dot + 1);
  }
  return n;
}

bool ReadNumbers(std::string_view text, std::string_view n, const NumberWords& words, Numbers& out) {
  n = WithoutListItemNumber(text, n);
  out.start = Offset(text, n);
  const auto last = ParseQuantity(n);
  if (!last) {
    // Two neighbouring numerals: an approximate range (两三天, 七八个人, 十五六岁, 三五年).
    const auto pair = numerals::ParseNeighbourRange(n);
    if (!pair) return false;
    out.first = pair->first;
    out.last = pair->second;
    out.range = true;
    return NumberStartOk(text, out.start, n, words);
  }
  out.first = out.last = *last;
  out.range = false;
  bool has_joiner = false;
  const std::string_view first = RangeStartBefore(text, out.start, words, has_joiner);
  if (!first.empty()) {
    const auto v = ParseQuantity(first);
    if (!v || !(*v < *last)) return false;
    out.start = Offset(text, first);
    out.first = *v;
    out.range = true;
    return NumberStartOk(text, out.start, first, words);
  }
  return NumberStartOk(text, out.start, n, words);
}

Json RangeValue(double a, double b) {
  Json v = Json::MakeObject();
  v.Set("min", a);
  v.Set("max", b);
  return v;
}

Json Value(const Numbers& n) {
  if (!n.range) return Json(n.last);
  return RangeValue(n.first, n.last);
}

namespace {

constexpr double kPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                             1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

// ScaleDecimalByText for a whole number below 1e15 (Tidy's rounded amounts, 2200, 500), known
// without printing it. Its shortest text is its digits; std::to_chars writes it in exponent form
// (then v * pow(10, exp) is the answer) when that is shorter: "2.2e+07" for 22000000. Otherwise the
// text read back is the correctly rounded v × 10^exp, which one IEEE multiplication or division by
// the exact power of ten also is.
std::optional<double> ScaleWholeNumber(double v, int exp) {
  if (!(std::fabs(v) < 1e15) || v != std::trunc(v) || exp < -22 || exp > 22) return std::nullopt;
  uint64_t n = static_cast<uint64_t>(std::fabs(v));
  if (n != 0) {
    int digits = 0, trailing_zeros = 0;
    for (; n % 10 == 0; n /= 10) ++trailing_zeros;
    for (; n != 0; n /= 10) ++digits;
    digits += trailing_zeros;
    const int significant = digits - trailing_zeros;
    const int exponent_form = significant + (significant > 1 ? 1 : 0) + 4;  // d[.ddd]e+XX
    if (exponent_form < digits) return v * std::pow(10.0, exp);
  }
  return exp >= 0 ? v * kPow10[exp] : v / kPow10[-exp];
}

}  // namespace

double ScaleDecimal(double v, int exp) {
  if (exp == 0) return v;
  if (const auto whole = ScaleWholeNumber(v, exp)) return *whole;
  return ScaleDecimalByText(v, exp);
}

double ScaleDecimalByText(double v, int exp) {
  if (exp == 0) return v;
  char buf[64];
  auto r = std::to_chars(buf, buf + 40, v);
  if (r.ec != std::errc() || std::string_view(buf, static_cast<size_t>(r.ptr - buf)).find('e') != std::string_view::npos) {
    return v * std::pow(10.0, exp);
  }
  *r.ptr++ = 'e';
  r = std::to_chars(r.ptr, buf + sizeof buf, exp);
  double out = 0;
  if (std::from_chars(buf, r.ptr, out).ec != std::errc()) return v * std::pow(10.0, exp);
  return out;
}

Scale Scale::Parse(const std::string& s) {
  Scale sc;
  sc.factor = std::strtod(s.c_str(), nullptr);
  if (!(sc.factor > 0)) sc.factor = 1;
  sc.exp = static_cast<int>(std::lround(std::log10(sc.factor)));
  sc.pow10 = std::fabs(std::pow(10.0, sc.exp) - sc.factor) <= 1e-12 * sc.factor;
  return sc;
}

}  // namespace pe::quantity
