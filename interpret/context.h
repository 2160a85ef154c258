// What the interpret stage knows about one article while it works: its text, blocks, mentions
// (with their ids) and the cue words found in it.
#pragma once
#include <algorithm>
#include <array>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "interpret/cues.h"
#include "pipeline/analyze.h"

namespace pe {

/// A parameter's mentions (indices into ctx.mentions): most have one or two, kept in place rather
/// than in a vector allocated per parameter.
class MentionIndices {
 public:
  size_t size() const { return size_; }
  const size_t* begin() const { return spilled() ? more_.data() : in_place_.data(); }
  const size_t* end() const { return begin() + size_; }
  size_t operator[](size_t k) const { return begin()[k]; }
  void push_back(size_t i) {
    if (!spilled() && size_ == kInPlace) Spill();
    if (spilled()) more_.push_back(i); else in_place_[size_] = i;
    ++size_;
  }
  void push_front(size_t i) {
    if (!spilled() && size_ == kInPlace) Spill();
    if (spilled()) {
      more_.insert(more_.begin(), i);
    } else {
      std::copy_backward(in_place_.begin(), in_place_.begin() + static_cast<std::ptrdiff_t>(size_), in_place_.begin() + static_cast<std::ptrdiff_t>(size_ + 1));
      in_place_[0] = i;
    }
    ++size_;
  }

 private:
  static constexpr size_t kInPlace = 4;
  bool spilled() const { return !more_.empty(); }
  void Spill() { more_.assign(in_place_.begin(), in_place_.end()); }
  std::array<size_t, kInPlace> in_place_{};
  std::vector<size_t> more_;  // all of them, once there are more than kInPlace
  size_t size_ = 0;
};

struct ArticleContext {
  const AnalyzedDocument& doc;
  const Article& article;
  const std::vector<const Mention*>& mentions;  ///< in text order
  const std::vector<std::string>& ids;          ///< ids[k]: the id of mentions[k] as a JSON string, "\"m3\"" (may be longer)
  std::span<const CueHit> by_table[kCueTables];  ///< the article's cue hits, per table, in text order
  /// Hits of one table that start in [start, end), in text order.
  std::span<const CueHit> CuesIn(CueTable t, size_t start, size_t end) const {
    const auto& v = by_table[static_cast<size_t>(t)];
    const auto lo = std::lower_bound(v.begin(), v.end(), start, [](const CueHit& h, size_t p) { return h.start < p; });
    // The end walked to rather than searched: a window holds a few hits, which the caller reads
    // anyway.
    auto hi = lo;
    while (hi != v.end() && hi->start < end) ++hi;
    return {lo, hi};
  }

  std::string_view text() const { return doc.text; }
  std::string_view span(size_t start, size_t end) const { return std::string_view(doc.text).substr(start, end - start); }
  bool InTitle(size_t pos) const { return article.title.contains(pos); }
  /// The block and sentence holding a text position (nullptr if none).
  const Block* BlockAt(size_t pos) const;
  const TextRange* SentenceAt(size_t pos) const;
};

/// m.type == type, compared as string_views: lengths first, so most mismatches need no memcmp
/// (std::string == "literal" compares the bytes).
inline bool IsType(const Mention& m, std::string_view type) { return std::string_view(m.type) == type; }

/// a.type == b.type. The types are mostly the same few literals (one pointer per name) and several
/// names share a length (money, count, phone, email): the pointers, then the first bytes, are
/// compared before any memcmp call.
inline bool SameType(const Mention& a, const Mention& b) {
  if (a.type.size() != b.type.size()) return false;
  if (a.type.data() == b.type.data() || a.type.empty()) return true;
  return a.type[0] == b.type[0] && a.type == b.type;
}

/// An example cue (如, 例如…) that is part of another word: 如下, 如果, 比例如下 (example_cues.tsv:
/// the words that may not follow it, the characters that may not precede it). h is a hit of the
/// CueTable::kExample table.
bool ExampleCueCancelled(std::string_view text, const CueHit& h);

/// Just after the last ',', ';' or 。 in text[from, to), or from if none: where a label ending at
/// a colon at `to` starts.
size_t AfterLastLabelBreak(std::string_view text, size_t from, size_t to);

/// True if text contains any of the needles.
bool ContainsAny(std::string_view text, std::initializer_list<std::string_view> needles);

/// Clause delimiters (after normalisation): , ; 。 ! ? and newline. One pass over the text (the
/// texts are short), not a search per delimiter.
inline bool ContainsClauseBreak(std::string_view text) {
  for (size_t i = 0; i < text.size(); ++i) {
    switch (text[i]) {
      case ',': case ';': case '!': case '?': case '\n':
        return true;
      case '\xE3':  // the first byte of 。
        if (text.substr(i, 3) == "。") return true;
        break;
      default:
        break;
    }
  }
  return false;
}
/// Sentence-part delimiters: ; 。 ! ? and newline (not the comma).
inline bool ContainsSegmentBreak(std::string_view text) { return ContainsAny(text, {";", "。", "!", "?", "\n"}); }

}  // namespace pe
