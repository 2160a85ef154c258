// What the count and duration extractors share: a number followed by a unit word, with the shared
// qualifier words (extractors/common/qualifiers.tsv) that touch them, and the neighbouring words
// that make a match something else (an ordinal 第3次, 数十家, 签约3年). Header-only so that both
// folders can use it without a change to the build files; it belongs in extractors/common/.
#pragma once
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

/// The shared qualifier words: word → (position before|after, qualifier approx|min|max).
class Qualifiers {
 public:
  struct Word {
    bool before = false;
    std::string qualifier;
  };
  Qualifiers() {
    for (const auto& row : LoadTsv("extractors/common/qualifiers.tsv")) {
      if (row.size() >= 3) words_[row[0]] = Word{row[1] == "before", row[2]};
    }
  }
  const Word* Find(std::string_view w) const {
    const auto it = words_.find(w);
    return it == words_.end() ? nullptr : &it->second;
  }

 private:
  std::map<std::string, Word, std::less<>> words_;
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

/// Parses a number as written (Arabic with thousands commas, Chinese, mixed 1.2万, 半).
inline std::optional<double> ParseQuantity(std::string_view number) {
  // A bare order of magnitude (百家, 千人) is vague, not a number.
  if (number == "百" || number == "千" || number == "万" || number == "亿") return std::nullopt;
  return ParseNumberText(number);
}

/// The span of a quantity widened by the qualifier words that touch it, and the qualifier.
struct Qualified {
  size_t start = 0, end = 0;
  std::string_view qualifier;  // "" if none; points into a Qualifiers table
};

/// `qb`, `qa`: the qualifier words the pattern matched before the number and after the unit (empty
/// if none). A word is kept only where it belongs (以上 before a number is not a qualifier) and
/// when it is not part of a neighbouring word (最近, 签约, 起付线).
inline Qualified Qualify(std::string_view text, size_t number_start, size_t unit_end, std::string_view qb,
                         std::string_view qa, const Qualifiers& qualifiers, const ContextWords& context) {
  Qualified r{number_start, unit_end, {}};
  if (!qb.empty()) {
    const Qualifiers::Word* w = qualifiers.Find(qb);
    const size_t at = Offset(text, qb);
    if (w && w->before && !EndsWithWord(text, at, context.Get("qualifier_not_after", qb))) {
      r.start = at;
      r.qualifier = w->qualifier;
    }
  }
  if (!qa.empty()) {
    const Qualifiers::Word* w = qualifiers.Find(qa);
    const size_t at = Offset(text, qa) + qa.size();
    if (w && !w->before && !StartsWithWord(text, at, context.Get("qualifier_not_before", qa))) {
      r.end = at;
      if (r.qualifier.empty()) r.qualifier = w->qualifier;
    }
  }
  return r;
}

/// {"min": a, "max": b}
inline Json RangeValue(double a, double b) {
  Json v = Json::MakeObject();
  v.Set("min", a);
  v.Set("max", b);
  return v;
}

}  // namespace pe::quantity
