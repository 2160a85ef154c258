// The number of a quantity as written in the text (the count, duration, money and percent
// extractors): where it may start (not inside a longer number, a code, an ordinal, a URL), a range
// written before it (1-2次, 8-12小时), its value, and decimal scaling by a unit (8.2% → 0.082).
// The words beside the number are in quantity_words.h.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extractors/common/numerals.h"
#include "extractors/common/text_util.h"
#include "pipeline/json.h"

namespace pe::quantity {

class ContextWords;

/// True if the character is a Han numeral (一, 十, 两, 万, 半 ...).
inline bool IsCnNumeral(char32_t c) { return numerals::IsChineseNumeralChar(c); }

/// True if text[pos] starts a Chinese numeral character.
inline bool ChineseNumeralAt(std::string_view text, size_t pos) {
  return pos < text.size() && static_cast<unsigned char>(text[pos]) >= 0x80 && IsCnNumeral(CharAt(text, pos));
}

/// True if the number at pos continues one on its left: a digit right before it, a decimal point
/// that is not a list item's ("12.5", not "\n3.70%" of a list), or a separator after a digit when
/// the number is in digits too (0737-5, 11:30, 1/3, 3,4; not 0.7,千分之1.1). The money and percent
/// extractors' left-hand check.
bool ContinuesNumberOnLeft(std::string_view text, size_t pos);

/// True if pos is inside a URL or an e-mail address: the run of URL characters ending at pos
/// holds "://", "www." or "@". Cheap: the run usually ends at once (a Han character).
bool InsideUrl(std::string_view text, size_t pos);

/// The lists of an extractor's context.tsv that the number checks read, taken from the table once
/// when the extractor loads: looking them up at every check built and hashed a "kind\tkey" string
/// (std::_Hash_bytes and the hash table's search, with money's and percent's lookups of their fixed
/// keys: ~1% of native samples).
struct NumberWords {
  explicit NumberWords(const ContextWords& context);
  std::vector<std::string> not_after;     ///< number_not_after / all: 第 (第3次)
  std::vector<std::string> cn_not_after;  ///< number_not_after / cn, before a Han number: 数, 几 (数十家)
  std::vector<std::string> after_ok;      ///< number_after_ok / all: ** (Markdown bold), no multiplication *
  std::vector<std::string> cn_after_ok;   ///< number_after_ok / cn: 人数 (参保人数三千万人), no vague 数
  std::vector<std::string> range_joiners; ///< range_joiner / all: 至, 到, - (3至5家)
};

/// True if a number starting at `pos` can be a quantity judging by what precedes it: not part of a
/// longer number (12.5, 0737-5, 11:30), a code (K3次), an ordinal (第3次) or a vague number (数十家).
bool NumberStartOk(std::string_view text, size_t pos, std::string_view number, const NumberWords& words);

/// The first number of a range written right before pos ("8-" of 8-12小时, "3至" of 3至5家,
/// "一到" of 一到三个月): the number's text (a view into text), or an empty view if no range joiner
/// precedes pos. `has_joiner` tells whether a joiner was there (with or without a number before it).
std::string_view RangeStartBefore(std::string_view text, size_t pos, const NumberWords& words, bool& has_joiner);

/// Parses a number as written (Arabic with thousands commas, Chinese, mixed 1.2万, 半).
inline std::optional<double> ParseQuantity(std::string_view number) {
  // A bare order of magnitude (百家, 千人) is vague, not a number.
  if (number == "百" || number == "千" || number == "万" || number == "亿") return std::nullopt;
  return ParseNumberText(number);
}

/// The numbers of a quantity: one (10名) or a range written before it (1-2次, 8-12小时).
struct Numbers {
  size_t start = 0;            // where the first number starts
  double first = 0, last = 0;  // first == last unless range
  bool range = false;
};

/// `n` (a view into text) without a list item's number before it: "\n3.70%" after item 2 is item 3
/// and 70 (ListItemNumberBefore); `n` itself otherwise.
std::string_view WithoutListItemNumber(std::string_view text, std::string_view n);

/// Reads the number `n` (a view into text, the pattern's group) and a range start before it, or
/// two neighbouring numerals as a range (两三天, 十五六岁).
/// False if this is no quantity: a number that does not parse, a range start that does not parse
/// or is not below the end (5-3次, 2018-12小时), or a number after another (12.5, 0737-5, 第3次).
bool ReadNumbers(std::string_view text, std::string_view n, const NumberWords& words, Numbers& out);

/// {"min": a, "max": b}
Json RangeValue(double a, double b);

/// The value of the numbers: a number or {"min", "max"}.
Json Value(const Numbers& n);

/// v × 10^exp computed on the decimal digits (8.2 × 10^-2 → 0.082, not 0.08199999999999999).
double ScaleDecimal(double v, int exp);
/// ScaleDecimal by printing v and reading it back whatever v is (ScaleDecimal knows the answer for
/// whole numbers without; the test compares both).
double ScaleDecimalByText(double v, int exp);

/// A multiplier from a data file ("0.01", "10000"); a power of ten is applied on the decimal digits.
struct Scale {
  double factor = 1;
  int exp = 0;
  bool pow10 = true;
  double Apply(double v) const { return pow10 ? ScaleDecimal(v, exp) : v * factor; }
  static Scale Parse(const std::string& s);
};

}  // namespace pe::quantity
