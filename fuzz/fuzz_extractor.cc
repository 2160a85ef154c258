// One extractor alone (PE_FUZZ_EXTRACTOR names it) on arbitrary normalised text: its matches and
// resolvers must not crash, and every mention must have a span inside the text on character
// boundaries, a type, a value and a rule. fuzz_extractors runs them all together.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "extractors/registry.h"
#include "fuzz/provenance_check.h"
#include "pipeline/normalize.h"
#include "pipeline/segment.h"

#ifndef PE_FUZZ_EXTRACTOR
#error "define PE_FUZZ_EXTRACTOR to an extractor name"
#endif

namespace {

const pe::ExtractorSet& One() {
  static const pe::ExtractorSet* set = [] {
    std::vector<std::unique_ptr<pe::Extractor>> chosen;
    for (auto& e : pe::MakeAllExtractors()) {
      if (e->name() == PE_FUZZ_EXTRACTOR) chosen.push_back(std::move(e));
    }
    if (chosen.size() != 1) pe::fuzz::Fail("no such extractor", PE_FUZZ_EXTRACTOR);
    auto* s = new pe::ExtractorSet();
    std::string error;
    if (!s->Init(std::move(chosen), error)) pe::fuzz::Fail("init", error);
    return s;
  }();
  return *set;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string in = pe::utf8::Scrub(std::string_view(reinterpret_cast<const char*>(data), size));
  const pe::NormalizedText n = pe::Normalize(in);
  const pe::Page page = pe::Segment(n.text);
  const pe::ExtractionContext ctx{n.text, &page};
  pe::fuzz::CheckMentions(n.text, One().Extract(ctx));
  return 0;
}
