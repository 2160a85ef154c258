// Cue words: the data files in interpret/data/ found in a text in one pass. Every cue of every
// table goes into one RE2 alternation scanned leftmost-longest; a hit on a long cue also reports
// the shorter cues inside it (报销比例 also gives 报销 and 比例), and the scan resumes one character
// after each match so overlapping cues are all found: no table hides another's words.
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace re2 {
class RE2;
}

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
  struct Entry {  // a cue occurring inside a matched string
    size_t offset;
    CueTable table;
    const CueRow* row;
    size_t length;
  };
  std::vector<CueRow> tables_[static_cast<size_t>(CueTable::kCount)];
  std::vector<std::pair<std::string, std::vector<Entry>>> by_cue_;  // sorted by cue
  std::unique_ptr<re2::RE2> re_;
};

}  // namespace pe
