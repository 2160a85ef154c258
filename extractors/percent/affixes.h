// Helpers of the percent and money extractors (header-only; they belong in extractors/common/ if
// another extractor wants them): the words around a quantity that are part of its mention —
// qualifier words of the shared list (约70%, 80%以上, 不超过300元) and, for money, period words
// (每月200元, 150元/月) — found in code rather than in the patterns, plus decimal scaling, URL
// detection and neighbour word lists.
//
// Why in code: the shared list (extractors/common/qualifiers.tsv) holds before- and after-words in
// one column, and a <list:> fragment takes the first column only, so a rule's after-slot would
// also take before-words (50%最高10万元 would eat the 最高 of the next amount, and the scan resumes
// after it). In code each word is looked for on its own side only; the patterns keep the number
// and its unit, which also keeps the combined DFA small.
#pragma once
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "extractors/common/numerals.h"
#include "extractors/common/text_util.h"
#include "pipeline/mention.h"

namespace pe::quantity_affix {

/// v × 10^exp computed on the decimal digits (8.2 × 10^-2 → 0.082, not 0.08199999999999999).
inline double ScaleDecimal(double v, int exp) {
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

/// A multiplier from a data file ("0.01", "10000"); a power of ten is applied on the decimal digits.
struct Scale {
  double factor = 1;
  int exp = 0;
  bool pow10 = true;
  double Apply(double v) const { return pow10 ? ScaleDecimal(v, exp) : v * factor; }
  static Scale Parse(const std::string& s) {
    Scale sc;
    sc.factor = std::strtod(s.c_str(), nullptr);
    if (!(sc.factor > 0)) sc.factor = 1;
    sc.exp = static_cast<int>(std::lround(std::log10(sc.factor)));
    sc.pow10 = std::fabs(std::pow(10.0, sc.exp) - sc.factor) <= 1e-12 * sc.factor;
    return sc;
  }
};

/// Byte offset of a group (a view into text).
inline size_t Offset(std::string_view text, std::string_view part) {
  return static_cast<size_t>(part.data() - text.data());
}

/// True if text[pos] starts a Chinese numeral character.
inline bool ChineseNumeralAt(std::string_view text, size_t pos) {
  return pos < text.size() && static_cast<unsigned char>(text[pos]) >= 0x80 &&
         numerals::IsChineseNumeralChar(CharAt(text, pos));
}

/// True if pos is inside a URL or an e-mail address: the run of URL characters ending at pos
/// holds "://", "www." or "@". Cheap: the run usually ends at once (a Han character).
inline bool InsideUrl(std::string_view text, size_t pos) {
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

/// Neighbour words per key from a TSV (key, side, word): side "before" (the word ends where the
/// key starts), "after" (the word starts where the key ends) or "allow" (the only Han words
/// allowed after the key).
class Neighbours {
 public:
  Neighbours() = default;
  explicit Neighbours(std::string_view path) {
    for (const auto& row : LoadTsv(path)) {
      if (row.size() < 3 || row[2].empty()) continue;
      (row[1] == "before" ? before_ : row[1] == "after" ? after_ : allow_)[row[0]].push_back(row[2]);
    }
  }
  /// True if a listed word for `key` ends at pos.
  bool Before(std::string_view key, std::string_view text, size_t pos) const { return Any(before_, key, text, pos, true); }
  /// True if a listed word for `key` starts at pos.
  bool After(std::string_view key, std::string_view text, size_t pos) const { return Any(after_, key, text, pos, false); }
  /// True if the character at pos is not Han, or an allowed word for `key` starts there.
  bool Allowed(std::string_view key, std::string_view text, size_t pos) const {
    return !IsHan(CharAt(text, pos)) || Any(allow_, key, text, pos, false);
  }

 private:
  using Table = std::map<std::string, std::vector<std::string>, std::less<>>;
  static bool Any(const Table& t, std::string_view key, std::string_view text, size_t pos, bool ending) {
    const auto it = t.find(key);
    if (it == t.end()) return false;
    for (const std::string& w : it->second) {
      if (ending ? (pos >= w.size() && text.substr(pos - w.size(), w.size()) == w)
                 : (pos <= text.size() && text.substr(pos, w.size()) == w)) {
        return true;
      }
    }
    return false;
  }
  Table before_, after_, allow_;
};

/// What Extend found around a quantity.
struct Found {
  std::string_view qualifier;  ///< approx | min | max, or empty
  std::string_view period;     ///< year | quarter | month | ..., or empty
};

/// The qualifier words (and, for money, period words) that touch a quantity.
class Affixes {
 public:
  /// `periods`: a TSV (word, period) of period words, used as 每<word> before and /<word> after the
  /// quantity; empty for none.
  explicit Affixes(std::string_view periods = {})
      : context_("extractors/percent/qualifier_context.tsv") {
    for (const auto& row : LoadTsv("extractors/common/qualifiers.tsv")) {
      if (row.size() < 3 || row[0].empty()) continue;
      (row[1] == "before" ? before_ : after_).push_back(Word{row[0], row[2]});
    }
    if (!periods.empty()) {
      for (const auto& row : LoadTsv(periods)) {
        if (row.size() < 2 || row[0].empty()) continue;
        period_before_.push_back(Word{"每" + row[0], row[1]});
        period_after_.push_back(Word{"/" + row[0], row[1]});
      }
    }
  }

  /// Extends [start, end) over the words that touch it: before, a qualifier and a 每-period in
  /// either order (最高每月300元, 每月最高300元), not reaching left of `limit` (the end of the
  /// previous mention); after, a /period then a qualifier (150元/月左右). A qualifier before wins
  /// over one after.
  Found Extend(std::string_view text, size_t limit, size_t& start, size_t& end) const {
    Found f;
    bool q = false, p = period_before_.empty();
    for (int k = 0; k < 2; ++k) {
      if (const Word* w = q ? nullptr : LongestBefore(before_, text, start, limit)) {
        if (!context_.Before(w->text, text, start - w->text.size())) {
          start -= w->text.size();
          f.qualifier = w->value;
          q = true;
          continue;
        }
        q = true;  // a cancelled word (节约): nothing further left
        break;
      }
      if (const Word* w = p ? nullptr : LongestBefore(period_before_, text, start, limit)) {
        start -= w->text.size();
        f.period = w->value;
        p = true;
        continue;
      }
      break;
    }
    if (const Word* w = LongestAfter(period_after_, text, end)) {
      end += w->text.size();
      if (f.period.empty()) f.period = w->value;
    }
    if (const Word* w = LongestAfter(after_, text, end)) {
      if (!context_.After(w->text, text, end + w->text.size())) {
        end += w->text.size();
        if (f.qualifier.empty()) f.qualifier = w->value;
      }
    }
    return f;
  }

  /// After the scan: a mention of another extractor that starts inside the after-qualifier of a
  /// mention of `extractor` (which the scan did not consume) takes precedence; the qualifier word
  /// is dropped. `all` is sorted.
  void ResolveOverlaps(std::string_view text, std::string_view extractor, std::vector<Mention>& all) const {
    for (size_t i = 0; i + 1 < all.size(); ++i) {
      Mention& a = all[i];
      if (a.extractor != extractor) continue;
      for (size_t j = i + 1; j < all.size() && all[j].start < a.end; ++j) {
        if (all[j].extractor == extractor) continue;
        for (const Word& w : after_) {
          const size_t from = a.end >= w.text.size() ? a.end - w.text.size() : 0;
          if (from > a.start && from <= all[j].start && text.substr(from, w.text.size()) == w.text) {
            a.end = from;
            const Json* qual = a.flags.Find("qualifier");
            if (qual && qual->is_string() && qual->as_string() == w.value &&
                !LongestAfterAt(before_, text, a.start, a.end)) {
              auto& obj = a.flags.as_object();
              obj.erase(std::remove_if(obj.begin(), obj.end(), [](const auto& kv) { return kv.first == "qualifier"; }),
                        obj.end());
            }
            break;
          }
        }
        break;
      }
    }
  }

 private:
  struct Word {
    std::string text;
    std::string value;
  };

  // The longest word ending at pos and starting at or after limit.
  static const Word* LongestBefore(const std::vector<Word>& words, std::string_view text, size_t pos, size_t limit) {
    const Word* best = nullptr;
    for (const Word& w : words) {
      if (pos >= w.text.size() && pos - w.text.size() >= limit && (!best || w.text.size() > best->text.size()) &&
          text.compare(pos - w.text.size(), w.text.size(), w.text) == 0) {
        best = &w;
      }
    }
    return best;
  }
  // The longest word starting at pos.
  static const Word* LongestAfter(const std::vector<Word>& words, std::string_view text, size_t pos) {
    return LongestAfterAt(words, text, pos, text.size());
  }
  // The longest word starting at pos and ending by end.
  static const Word* LongestAfterAt(const std::vector<Word>& words, std::string_view text, size_t pos, size_t end) {
    const Word* best = nullptr;
    for (const Word& w : words) {
      if (pos + w.text.size() <= end && (!best || w.text.size() > best->text.size()) &&
          text.compare(pos, w.text.size(), w.text) == 0) {
        best = &w;
      }
    }
    return best;
  }

  std::vector<Word> before_, after_, period_before_, period_after_;
  Neighbours context_;
};

}  // namespace pe::quantity_affix
