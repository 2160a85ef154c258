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
  for (const pe::Mention& m : pe::ExtractorSet::Default().Extract(ctx)) {
    if (m.start >= m.end || m.end > n.text.size()) pe::fuzz::Fail("span", m.rule);
    if (!pe::utf8::IsLead(static_cast<unsigned char>(n.text[m.start])) ||
        (m.end < n.text.size() && !pe::utf8::IsLead(static_cast<unsigned char>(n.text[m.end])))) {
      pe::fuzz::Fail("span not on a character boundary", m.rule);
    }
    if (m.type.empty() || m.value.is_null() || m.rule.empty()) pe::fuzz::Fail("incomplete mention", m.rule);
  }
  return 0;
}
