// The words beside a number that belong to its mention or cancel it, for the count, duration,
// money and percent extractors: the shared qualifier words (extractors/common/qualifiers.tsv: 约,
// 不超过 before the number, 以上, 左右 after the unit), money's period words (每月200元, 150元/月),
// and the neighbour-word tables (an extractor's context.tsv) that make a match something else
// (第3次, 数十家, 签约3年, 300元起付线). The number itself is in quantity_numbers.h.
//
// Why qualifier words are looked up in code rather than matched by the patterns: the shared list
// holds before- and after-words in one column and a <list:> fragment takes the first column only,
// so a rule's after-slot would also take before-words (50%最高10万元 would eat the 最高 of the next
// amount); and every alternative of a pattern makes each match of the shared scan dearer. In code
// each word is looked for on its own side only; the patterns keep the number and its unit.
#pragma once
#include <algorithm>
#include <cstring>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extractors/common/text_util.h"
#include "pipeline/mention.h"

namespace pe::quantity {

/// "a,b,c" → {"a", "b", "c"} (empty items dropped).
std::vector<std::string> SplitComma(std::string_view s);

// The shared word-list checks (text_util.h), also named from here.
using pe::EndsWithWord;
using pe::StartsWithWord;

/// Word lists looked up by kind and key: the rows of a count/duration context.tsv (kind, key,
/// comma-separated words). The lists every number check reads are taken once (NumberWords).
class ContextWords {
 public:
  ContextWords() = default;
  explicit ContextWords(std::string_view path);
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
  // Hashed: a lookup (a qualifier word's, a 日's) hashes its key once, where the ordered map
  // compared it with a key per level.
  struct KeyHash {
    using is_transparent = void;
    size_t operator()(std::string_view k) const { return std::hash<std::string_view>{}(k); }
  };
  std::unordered_map<std::string, std::vector<std::string>, KeyHash, std::equal_to<>> lists_;
};

/// The neighbour words of one key of a money/percent TSV (key, side, word): side "before" (the
/// word ends where the key starts), "after" (the word starts where the key ends) or "allow" (the
/// only Han words allowed after the key; a Latin letter needs one too: 二元logistic is a term).
struct NeighbourWords {
  std::vector<std::string> before, after, allow, before_keep;

  /// True if a listed word ends at pos, and no longer word that keeps it (折合 for 合) does.
  bool Before(std::string_view text, size_t pos) const {
    return EndsWithWord(text, pos, before) && !EndsWithWord(text, pos, before_keep);
  }
  /// True if a listed word starts at pos.
  bool After(std::string_view text, size_t pos) const { return StartsWithWord(text, pos, after); }
  /// True if the character at pos is neither Han nor a Latin letter, or an allowed word starts there.
  bool Allowed(std::string_view text, size_t pos) const {
    const char32_t c = CharAt(text, pos);
    return (!IsHan(c) && !IsAsciiLetter(c)) || StartsWithWord(text, pos, allow);
  }
};

/// The neighbour words of every key of a money/percent TSV. A resolver checks its fixed keys
/// (number, 块, 成) at every match: it takes their words with Of once, when it loads.
class Neighbours {
 public:
  Neighbours() = default;
  explicit Neighbours(std::string_view path);
  /// The words of `key`; none if the file has none.
  const NeighbourWords& Of(std::string_view key) const {
    static const NeighbourWords kNone;
    const auto it = words_.find(key);
    return it == words_.end() ? kNone : it->second;
  }

 private:
  std::map<std::string, NeighbourWords, std::less<>> words_;
};

/// Words that stand beside a number, each with a value (约 → approx, 月 → month). A lookup finds
/// the longest word (the first in file order among equally long ones).
class WordTable {
 public:
  struct Word {
    std::string text;
    std::string value;
  };
  WordTable() = default;
  explicit WordTable(std::vector<Word> words);

  bool empty() const { return in_file_order_.empty(); }
  /// The words in file order.
  const std::vector<Word>& words() const { return in_file_order_; }

  /// The longest word ending at pos and starting at or after `limit`, or null.
  const Word* EndingAt(std::string_view text, size_t pos, size_t limit = 0) const {
    const auto fits = [&](const Word& w) {
      return pos >= w.text.size() && pos - w.text.size() >= limit &&
             text.compare(pos - w.text.size(), w.text.size(), w.text) == 0;
    };
    if (pos >= 2 && pos <= text.size()) {
      if (const Word* w = First(by_last_, Bucket(text[pos - 2], text[pos - 1]), fits)) return w;
    }
    return First(short_, fits);
  }
  /// The longest word starting at pos and ending by `end` (the end of the text if npos), or null.
  const Word* StartingAt(std::string_view text, size_t pos, size_t end = std::string_view::npos) const {
    end = std::min(end, text.size());
    if (pos > end) return nullptr;
    const auto fits = [&](const Word& w) {
      return w.text.size() <= end - pos && text.compare(pos, w.text.size(), w.text) == 0;
    };
    if (pos + 2 <= end) {
      if (const Word* w = First(by_first_, Bucket(text[pos], text[pos + 1]), fits)) return w;
    }
    return First(short_, fits);
  }

 private:
  // The words of two bytes or more by a hash of their first two bytes and of their last two, each
  // bucket in longest-first order: a lookup tries the few words that can match instead of all.
  // Shorter words come after all of them in longest-first order, so they are tried last.
  static constexpr size_t kBuckets = 256;
  struct Index {
    std::vector<uint32_t> begin;  // kBuckets + 1 offsets into words
    std::vector<uint32_t> words;  // indexes into longest_first_
  };
  static size_t Bucket(char a, char b) {
    return ((static_cast<unsigned char>(a) * 31u) ^ static_cast<unsigned char>(b)) & (kBuckets - 1);
  }
  template <class Fits>
  const Word* First(const Index& index, size_t bucket, const Fits& fits) const {
    if (index.begin.empty()) return nullptr;
    for (uint32_t i = index.begin[bucket]; i < index.begin[bucket + 1]; ++i) {
      if (fits(longest_first_[index.words[i]])) return &longest_first_[index.words[i]];
    }
    return nullptr;
  }
  template <class Fits>
  const Word* First(const std::vector<uint32_t>& words, const Fits& fits) const {
    for (const uint32_t i : words) {
      if (fits(longest_first_[i])) return &longest_first_[i];
    }
    return nullptr;
  }
  void BuildIndexes();

  std::vector<Word> in_file_order_, longest_first_;
  Index by_first_, by_last_;
  std::vector<uint32_t> short_;  // words under two bytes, longest first
};

/// The shared qualifier words (extractors/common/qualifiers.tsv), by where they stand; a word's
/// value is its qualifier (approx | min | max).
struct QualifierWords {
  QualifierWords();
  WordTable before;  ///< before the number: 约, 不超过
  WordTable after;   ///< after the unit: 以上, 左右
};

/// The span of a quantity widened by the qualifier words that touch it, and the qualifier.
struct Qualified {
  size_t start = 0, end = 0;
  std::string_view qualifier;  // "" if none; points into the QualifierWords table
};

/// Count and duration: widens [start, end) (the number and its unit) by a shared qualifier word
/// right before it (约, 不超过) and one right after it (以上, 左右), unless the word is part of a
/// neighbouring word (context.tsv: qualifier_not_after / qualifier_not_before — 最近3个月, 签约3年,
/// 两次起付线) or of the previous mention. `previous_end`: where the last mention found so far
/// ends (0 if none).
Qualified Qualify(std::string_view text, size_t start, size_t end, size_t previous_end,
                  const QualifierWords& qualifiers, const ContextWords& context);

/// What Affixes::Extend found around a quantity.
struct Found {
  std::string_view qualifier;  ///< approx | min | max, or empty
  std::string_view period;     ///< year | quarter | month | ..., or empty
};

/// Money and percent: the qualifier words (and, for money, period words) that touch a quantity.
class Affixes {
 public:
  /// The words that cancel a qualifier word (节约30%, 300元起付线) are those of
  /// extractors/common/qualifier_context.tsv. `periods`: a TSV (word, period) of period words, used as 每<word> before and /<word> after the
  /// quantity; empty for none.
  explicit Affixes(std::string_view periods = {});

  /// Extends [start, end) over the words that touch it: before, a qualifier and a 每-period in
  /// either order (最高每月300元, 每月最高300元), not reaching left of `limit` (the end of the
  /// previous mention); after, a /period then a qualifier (150元/月左右). A qualifier before wins
  /// over one after.
  Found Extend(std::string_view text, size_t limit, size_t& start, size_t& end) const;

  /// After the scan: a mention of another extractor that starts inside the after-qualifier of a
  /// mention of `extractor` (which the scan did not consume) takes precedence; the qualifier word
  /// is dropped. `all` is sorted.
  void ResolveOverlaps(std::string_view text, std::string_view extractor, std::vector<Mention>& all) const;

 private:
  QualifierWords qualifiers_;
  WordTable period_before_, period_after_;
  Neighbours cancel_;
};

}  // namespace pe::quantity
