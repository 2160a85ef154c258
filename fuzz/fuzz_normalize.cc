// Normalisation: valid UTF-8 out, and every range of it maps back inside the input, in order.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz/provenance_check.h"
#include "pipeline/normalize.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string in = pe::utf8::Scrub(std::string_view(reinterpret_cast<const char*>(data), size));
  const pe::NormalizedText n = pe::Normalize(in);
  if (pe::utf8::FirstInvalid(n.text) != std::string_view::npos) pe::fuzz::Fail("invalid UTF-8 out", "");
  pe::OffsetChain chain;
  for (const pe::OffsetMap& m : n.maps) chain.Push(m);
  size_t last = 0;
  for (size_t a = 0; a < n.text.size(); ++a) {
    const size_t s = chain.MapStart(a), e = chain.MapEnd(a + 1);
    if (s > e || e > in.size()) pe::fuzz::Fail("mapped range", std::to_string(s) + ".." + std::to_string(e));
    if (s < last) pe::fuzz::Fail("not monotonic", std::to_string(a));
    last = s;
  }
  return 0;
}
