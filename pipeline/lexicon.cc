#include "pipeline/lexicon.h"

#include <cassert>

#include "extractors/registry.h"

namespace pe {

const Lexicon& Lexicon::Get() {
  static const Lexicon* lexicon = new Lexicon();
  return *lexicon;
}

Lexicon::Lexicon()
    : dictionary_(ExtractorSet::Default().dictionary() ? ExtractorSet::Default().dictionary() : &none_),
      cues_(CueIndex::Get()),
      // Dense: a cue word ends every ~17 bytes of a news page.
      words_({dictionary_, &cues_.words()}, NameIndex::Density::kDense) {}

void Lexicon::Scan(std::string_view text, std::vector<NameMatch>& names, CueHits& cues) const {
  assert(NameAutomaton::WholeCharacters(text));
  names.clear();
  cues.clear();
  // The callbacks inlined into the scan's reporting: a call per match otherwise.
  words_.ScanWholeCharacters(
      text,
      [&](uint32_t id, size_t start, size_t end) __attribute__((always_inline)) { names.push_back({start, end, id}); },
      [&](uint32_t id, size_t start, size_t end) __attribute__((always_inline)) { cues_.Note(id, start, end, cues); });
}

}  // namespace pe
