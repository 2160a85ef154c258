// What the count and duration extractors share: a number followed by a unit word, with the shared
// qualifier words (extractors/common/qualifiers.tsv) that touch them, and the neighbouring words
// that make a match something else (an ordinal 第3次, 数十家, 签约3年). Header-only so that both
// folders can use it without a change to the build files; it belongs in extractors/common/.
#pragma once
#include <algorithm>
#include <cstring>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extractors/common/numerals.h"
#include "extractors/common/text_util.h"
#include "pipeline/json.h"

namespace pe::quantity {

/// Byte offset of `part` (a view into `text`) in `text`.
inline size_t Offset(std::string_view text, std::string_view part) {
  return static_cast<size_t>(part.data() - text.data());
}

/// "a,b,c" → {"a", "b", "c"} (empty items dropped).
inline std::vector<std::string> SplitComma(std::string_view s) {
  std::vector<std::string> out;
  while (!s.empty()) {
    const size_t comma = s.find(',');
    const std::string_view item = s.substr(0, comma);
    if (!item.empty()) out.emplace_back(item);
    if (comma == std::string_view::npos) break;
    s.remove_prefix(comma + 1);
  }
  return out;
}

inline bool StartsWithWord(std::string_view text, size_t pos, const std::vector<std::string>& words) {
  if (pos > text.size()) return false;
  const std::string_view rest = text.substr(pos);
  for (const std::string& w : words) {
    if (rest.substr(0, w.size()) == w) return true;
  }
  return false;
}

inline bool EndsWithWord(std::string_view text, size_t pos, const std::vector<std::string>& words) {
  const std::string_view head = text.substr(0, std::min(pos, text.size()));
  for (const std::string& w : words) {
    if (head.size() >= w.size() && head.substr(head.size() - w.size()) == w) return true;
  }
  return false;
}

/// The rows of a context.tsv (kind, key, comma-separated words), looked up by kind and key.
class ContextWords {
 public:
  explicit ContextWords(std::string_view path) {
    for (const auto& row : LoadTsv(path)) {
      if (row.size() < 3) continue;
      auto& words = lists_[row[0] + "\t" + row[1]];
      for (std::string& w : SplitComma(row[2])) words.push_back(std::move(w));
    }
  }
  /// The words of (kind, key); empty if none. Allocation-free for keys of up to 15 bytes in total.
  const std::vector<std::string>& Get(std::string_view kind, std::string_view key) const {
    static const std::vector<std::string> kNone;
    char buf[64];
    if (kind.size() + key.size() + 1 > sizeof buf) return kNone;
    std::memcpy(buf, kind.data(), kind.size());
    buf[kind.size()] = '\t';
    std::memcpy(buf + kind.size() + 1, key.data(), key.size());
    const auto it = lists_.find(std::string_view(buf, kind.size() + key.size() + 1));
    return it == lists_.end() ? kNone : it->second;
  }

 private:
  std::map<std::string, std::vector<std::string>, std::less<>> lists_;
};

/// The shared qualifier words (extractors/common/qualifiers.tsv), longest first, split by where
/// they stand: before the number (约, 不超过) or after the unit (以上, 左右).
class Qualifiers {
 public:
  struct Word {
    std::string text;
    std::string qualifier;  // approx | min | max
  };
  Qualifiers() {
    for (const auto& row : LoadTsv("extractors/common/qualifiers.tsv")) {
      if (row.size() < 3) continue;
      (row[1] == "before" ? before_ : after_).push_back(Word{row[0], row[2]});
    }
    const auto longer = [](const Word& a, const Word& b) { return a.text.size() > b.text.size(); };
    std::stable_sort(before_.begin(), before_.end(), longer);
    std::stable_sort(after_.begin(), after_.end(), longer);
  }
  /// The longest before-word ending at pos, or null.
  const Word* Before(std::string_view text, size_t pos) const {
    for (const Word& w : before_) {
      if (w.text.size() <= pos && text.substr(pos - w.text.size(), w.text.size()) == w.text) return &w;
    }
    return nullptr;
  }
  /// The longest after-word starting at pos, or null.
  const Word* After(std::string_view text, size_t pos) const {
    for (const Word& w : after_) {
      if (text.substr(std::min(pos, text.size()), w.text.size()) == w.text) return &w;
    }
    return nullptr;
  }

 private:
  std::vector<Word> before_, after_;
};

/// True if the character is a Han numeral (一, 十, 两, 万, 半 ...).
inline bool IsCnNumeral(char32_t c) { return numerals::IsChineseNumeralChar(c); }

/// True if a number starting at `pos` can be a quantity judging by what precedes it: not part of a
/// longer number (12.5, 0737-5, 11:30), a code (K3次), an ordinal (第3次) or a vague number (数十家).
inline bool NumberStartOk(std::string_view text, size_t pos, std::string_view number, const ContextWords& context) {
  const char32_t before = CharBefore(text, pos);
  if (IsAsciiAlnum(before) || before == '.') return false;
  if ((before == '-' || before == ',' || before == ':' || before == '/') &&
      IsAsciiDigit(CharBefore(text, pos - 1))) {
    return false;
  }
  if (EndsWithWord(text, pos, context.Get("number_not_after", "all"))) return false;
  if (IsCnNumeral(CharAt(number, 0))) {
    // A Han number right after another numeral character is the tail of a number that did not
    // parse (两三个, 十几天 ...); after 数/几 it is vague (数十家).
    if (IsCnNumeral(before)) return false;
    if (EndsWithWord(text, pos, context.Get("number_not_after", "cn"))) return false;
  }
  return true;
}

/// Byte length of the UTF-8 encoding of c.
inline size_t Utf8Size(char32_t c) { return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4; }

/// The first number of a range written right before pos ("8-" of 8-12小时, "3至" of 3至5家,
/// "一到" of 一到三个月): the number's text (a view into text), or an empty view if no range joiner
/// (context.tsv: range_joiner) precedes pos. `has_joiner` tells whether a joiner was there (with
/// or without a number before it).
inline std::string_view RangeStartBefore(std::string_view text, size_t pos, const ContextWords& context,
                                         bool& has_joiner) {
  has_joiner = false;
  size_t j = pos;
  while (j > 0 && text[j - 1] == ' ') --j;
  size_t joiner = 0;
  for (const std::string& w : context.Get("range_joiner", "all")) {
    if (w.size() <= j && text.substr(j - w.size(), w.size()) == w) {
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

/// Parses a number as written (Arabic with thousands commas, Chinese, mixed 1.2万, 半).
inline std::optional<double> ParseQuantity(std::string_view number) {
  // A bare order of magnitude (百家, 千人) is vague, not a number.
  if (number == "百" || number == "千" || number == "万" || number == "亿") return std::nullopt;
  return ParseNumberText(number);
}

/// The span of a quantity widened by the qualifier words that touch it, and the qualifier.
struct Qualified {
  size_t start = 0, end = 0;
  std::string_view qualifier;  // "" if none; points into the Qualifiers table
};

/// Widens [start, end) (the number and its unit) by a shared qualifier word right before it (约,
/// 不超过) and one right after it (以上, 左右), unless the word is part of a neighbouring word
/// (最近3个月, 签约3年, 两次起付线) or of the previous mention. The words are looked up here rather
/// than matched by the pattern: a pattern's every alternative makes each match of the shared scan
/// dearer. `previous_end`: where the last mention found so far ends (0 if none).
inline Qualified Qualify(std::string_view text, size_t start, size_t end, size_t previous_end,
                         const Qualifiers& qualifiers, const ContextWords& context) {
  Qualified r{start, end, {}};
  if (const Qualifiers::Word* w = qualifiers.Before(text, start)) {
    const size_t at = start - w->text.size();
    if (at >= previous_end && !EndsWithWord(text, at, context.Get("qualifier_not_after", w->text))) {
      r.start = at;
      r.qualifier = w->qualifier;
    }
  }
  if (const Qualifiers::Word* w = qualifiers.After(text, end)) {
    const size_t at = end + w->text.size();
    if (!StartsWithWord(text, at, context.Get("qualifier_not_before", w->text))) {
      r.end = at;
      if (r.qualifier.empty()) r.qualifier = w->qualifier;
    }
  }
  return r;
}

/// The numbers of a quantity: one (10名) or a range written before it (1-2次, 8-12小时).
struct Numbers {
  size_t start = 0;            // where the first number starts
  double first = 0, last = 0;  // first == last unless range
  bool range = false;
};

/// Reads the number `n` (a view into text, the pattern's group) and a range start before it.
/// False if this is no quantity: a number that does not parse, a range start that does not parse
/// or is not below the end (5-3次, 2018-12小时), or a number after another (12.5, 0737-5, 第3次).
inline bool ReadNumbers(std::string_view text, std::string_view n, const ContextWords& context, Numbers& out) {
  const auto last = ParseQuantity(n);
  if (!last) return false;
  out.start = Offset(text, n);
  out.first = out.last = *last;
  out.range = false;
  bool has_joiner = false;
  const std::string_view first = RangeStartBefore(text, out.start, context, has_joiner);
  if (!first.empty()) {
    const auto v = ParseQuantity(first);
    if (!v || !(*v < *last)) return false;
    out.start = Offset(text, first);
    out.first = *v;
    out.range = true;
    return NumberStartOk(text, out.start, first, context);
  }
  return NumberStartOk(text, out.start, n, context);
}

/// {"min": a, "max": b}
inline Json RangeValue(double a, double b) {
  Json v = Json::MakeObject();
  v.Set("min", a);
  v.Set("max", b);
  return v;
}

/// The value of the numbers: a number or {"min", "max"}.
inline Json Value(const Numbers& n) {
  if (!n.range) return Json(n.last);
  return RangeValue(n.first, n.last);
}


}  // namespace pe::quantity
