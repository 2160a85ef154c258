// Every extractor on arbitrary (normalised) text: spans inside the text and on character
// boundaries, a type and a value for every mention.
#include <cstddef>
#include <cstdint>
#include <string>

#include "extractors/registry.h"
#include "fuzz/provenance_check.h"
#include "pipeline/normalize.h"
#include "pipeline/segment.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string in = pe::utf8::Scrub(std::string_view(reinterpret_cast<const char*>(data), size));
  const pe::NormalizedText n = pe::Normalize(in);
  const pe::Page page = pe::Segment(n.text);
  const pe::ExtractionContext ctx{n.text, &page};
  pe::fuzz::CheckMentions(n.text, pe::ExtractorSet::Default().Extract(ctx));
  return 0;
}
