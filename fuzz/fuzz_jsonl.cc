// JSONL reading: every non-blank line becomes exactly one document or one quarantined entry.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz/provenance_check.h"
#include "pipeline/reader.h"

namespace {
class Count : public pe::ReadSink {
 public:
  void OnDocument(pe::Document d) override {
    if (d.source.line == 0 || d.source.field.empty()) pe::fuzz::Fail("JSONL document without line/field", d.source.uri);
    if (pe::utf8::FirstInvalid(d.content) != std::string_view::npos) pe::fuzz::Fail("invalid UTF-8 content", d.source.uri);
    ++n;
  }
  void OnQuarantine(pe::Quarantined q) override {
    if (q.code.empty() || q.reason.empty()) pe::fuzz::Fail("quarantine without a reason", q.source.uri);
    ++n;
  }
  size_t n = 0;
};
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  Count sink;
  pe::ReadLimits limits;
  limits.max_line_bytes = 4096;
  pe::Reader reader(pe::FormatHint::kJsonl, limits, sink);
  reader.ReadBuffer("f.jsonl", bytes);
  // Lines: every line that is not blank is accounted for.
  size_t lines = 0, pos = 0;
  while (pos < bytes.size()) {
    size_t nl = bytes.find('\n', pos);
    if (nl == std::string_view::npos) nl = bytes.size();
    std::string_view line = bytes.substr(pos, nl - pos);
    bool blank = true;
    for (char c : line) blank = blank && (c == ' ' || c == '\t' || c == '\r');
    lines += !blank;
    pos = nl + 1;
  }
  if (sink.n != lines) pe::fuzz::Fail("documents + quarantined != non-blank lines", std::to_string(sink.n) + " vs " + std::to_string(lines));
  return 0;
}
