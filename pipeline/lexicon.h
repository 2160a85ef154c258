// The word lists looked for in every whole document, found in one pass: the extractors' dictionary
// (the region extractor's names and blocker words, for extraction) and the cue words (for
// interpretation). Both were a scan of their own, in two stages, each waiting on its table's
// lookups; one automaton over both lists costs one lookup a byte (extractors/common/name_index.h,
// NameIndexSet).
#pragma once
#include <string_view>
#include <vector>

#include "extractors/common/name_index.h"
#include "interpret/cues.h"

namespace pe {

class Lexicon {
 public:
  /// Of ExtractorSet::Default() and CueIndex::Get().
  static const Lexicon& Get();

  /// The extractors' dictionary (ExtractorSet::dictionary()), whose matches Scan() finds.
  const NameIndex* dictionary() const { return dictionary_; }
  /// The dictionary's matches in text into `names`, the cue hits into `cues` (both cleared first),
  /// as dictionary()->Scan() and CueIndex::Scan() give them. `text` must be valid UTF-8 (it is
  /// normalised text): it is scanned without checking that it is whole characters.
  void Scan(std::string_view text, std::vector<NameMatch>& names, CueHits& cues) const;

 private:
  Lexicon();
  NameIndex none_;  // the dictionary if no extractor has one
  const NameIndex* dictionary_;
  const CueIndex& cues_;
  NameIndexSet<2> words_;  // the dictionary, the cue words
};

}  // namespace pe
