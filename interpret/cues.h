// Cue words: the data files in interpret/data/ found in a text in one pass. Every cue of every
// table goes into one Aho–Corasick automaton, which reports every occurrence, nested and
// overlapping ones too (单位缴费比例 gives 单位, 单位缴费, 缴费, 缴费比例, 比例): no table hides
// another's words.
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extractors/common/name_index.h"

namespace pe {

enum class CueTable { kKind, kQualifier, kChange, kLabel, kTopic, kArticleKind, kExample, kImplied, kCount };

struct CueRow {
  std::string cue;
  std::vector<std::string> cols;  ///< the other columns of the row
};

struct CueHit {
  size_t start = 0, end = 0;  ///< in the scanned text
  CueTable table;
  const CueRow* row = nullptr;
};

class CueIndex {
 public:
  static const CueIndex& Get();
  /// Every cue occurrence in text, in text order (nested cues included).
  std::vector<CueHit> Scan(std::string_view text) const;
  const std::vector<CueRow>& rows(CueTable t) const { return tables_[static_cast<size_t>(t)]; }

 private:
  CueIndex();
  std::vector<CueRow> tables_[static_cast<size_t>(CueTable::kCount)];
  NameIndex index_;
  std::vector<std::vector<std::pair<CueTable, const CueRow*>>> rows_of_;  // automaton id → rows
};

}  // namespace pe
