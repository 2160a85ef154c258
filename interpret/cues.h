// Cue words: the data files in interpret/data/ found in a text in one pass. Every cue of every
// table goes into one Aho–Corasick automaton, which reports every occurrence, nested and
// overlapping ones too (单位缴费比例 gives 单位, 单位缴费, 缴费, 缴费比例, 比例): no table hides
// another's words.
#pragma once
#include <algorithm>
#include <cstdint>
#include <memory>
#include <utility>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "extractors/common/name_index.h"

namespace pe {

enum class CueTable { kKind, kQualifier, kChange, kLabel, kTopic, kArticleKind, kExample, kImplied, kCount };
constexpr size_t kCueTables = static_cast<size_t>(CueTable::kCount);

struct CueRow {
  std::string cue;
  std::string cue_json;  ///< cue as a JSON string (quoted, escaped): written as evidence
  uint32_t index = 0;    ///< its place in its table (rows(t)[index]): a look-up key with no pointer arithmetic
  std::vector<std::string> cols;  ///< the other columns of the row
};

struct CueHit {
  size_t start = 0, end = 0;  ///< in the scanned text
  const CueRow* row = nullptr;
};

/// A text's cue hits, a list per table, each in text order: by start, longer first, then (the
/// rows of one cue) in file order.
class CueHits {
 public:
  CueHits() = default;
  /// Empty lists with the room of a CueHits dropped earlier in this thread: a document's lists
  /// would otherwise grow from empty by reallocation.
  static CueHits Recycled();
  ~CueHits() {
    if (std::any_of(std::begin(room_), std::end(room_), [](size_t r) { return r > 0; })) GiveBack();
  }
  CueHits(CueHits&& o) noexcept { *this = std::move(o); }
  CueHits& operator=(CueHits&& o) noexcept {  // o is left empty
    for (size_t t = 0; t < kCueTables; ++t) {
      store_[t] = std::move(o.store_[t]);
      size_[t] = std::exchange(o.size_[t], 0);
      room_[t] = std::exchange(o.room_[t], 0);
      o.store_[t].clear();
    }
    return *this;
  }

  std::span<const CueHit> of(CueTable t) const { return of(static_cast<size_t>(t)); }
  std::span<const CueHit> of(size_t t) const { return {store_[t].data(), size_[t]}; }
  void clear() { std::fill(std::begin(size_), std::end(size_), 0); }
  /// Adds a hit to table t's list, in order: before the hits of the list it comes before (hits
  /// come by end offset, so that is a hit nested in it, a few places from the back at most).
  void Insert(size_t t, const CueHit& hit) {
    if (size_[t] == room_[t]) Grow(t);
    CueHit* const hits = store_[t].data();
    size_t k = size_[t]++;
    for (; k > 0 && After(hits[k - 1], hit); --k) hits[k] = hits[k - 1];
    hits[k] = hit;
  }

 private:
  void GiveBack();  // the lists' room, to the thread's next Recycled()
  void Grow(size_t t) {
    room_[t] = room_[t] ? 2 * room_[t] : 64;
    store_[t].resize(room_[t]);
  }
  static bool After(const CueHit& a, const CueHit& b) { return a.start != b.start ? a.start > b.start : a.end < b.end; }
  // The lists are store_[t][0, size_[t]): the store only grows, so that lists reused from text to
  // text (cleared) need no allocation and no zeroing.
  std::vector<CueHit> store_[kCueTables];
  size_t size_[kCueTables] = {};
  size_t room_[kCueTables] = {};  // store_[t].size(), kept apart: a division by sizeof(CueHit) per hit otherwise
};

class CueIndex {
 public:
  static const CueIndex& Get();
  /// Every cue occurrence in text (nested cues included), into `hits` (cleared first).
  void Scan(std::string_view text, CueHits& hits) const;
  /// The cue words, for a scan of them together with other word lists (pipeline/lexicon.h), which
  /// passes their matches, in the order of words().Scan(), to Note().
  const NameIndex& words() const { return index_; }
  /// The hits of cue word `id` (an id of words()) at [start, end): one for each of its rows.
  void Note(uint32_t id, size_t start, size_t end, CueHits& hits) const {
    for (const WordRow* r = &rows_[first_row_[id]];; ++r) {
      hits.Insert(static_cast<size_t>(r->table), CueHit{start, end, r->row});
      if (r->last) return;
    }
  }
  const std::vector<CueRow>& rows(CueTable t) const { return tables_[static_cast<size_t>(t)]; }

 private:
  CueIndex();
  std::vector<CueRow> tables_[static_cast<size_t>(CueTable::kCount)];
  NameIndex index_;
  // Automaton id → its rows: rows_[first_row_[id]] on to the one marked last (one array, not a
  // vector per id: a lookup per hit; the mark, not the next id's first row: one load less per hit).
  struct WordRow {
    CueTable table;
    bool last;
    const CueRow* row;
  };
  std::vector<uint32_t> first_row_;
  std::vector<WordRow> rows_;
};

}  // namespace pe
