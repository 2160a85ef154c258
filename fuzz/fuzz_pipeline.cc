// The whole pipeline on one input, read as text, HTML and JSONL: never crash, account for every
// document, and keep the provenance contract on every record.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz/provenance_check.h"
#include "pipeline/reader.h"
#include "pipeline/runner.h"

namespace {

class Sink : public pe::ReadSink {
 public:
  void OnDocument(pe::Document d) override {
    const pe::DocumentOutput out = pe::ProcessDocument(d, pe::AnalyzeOptions{});
    if (!out.quarantined) pe::fuzz::CheckRecords(d.content, out.records.view());
    if (out.quarantined && !out.records.empty()) pe::fuzz::Fail("both records and quarantine", d.source.uri);
    ++documents;
  }
  void OnQuarantine(pe::Quarantined) override { ++documents; }
  size_t documents = 0;
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  pe::ReadLimits limits;
  limits.max_document_bytes = 1 << 20;
  for (const char* name : {"f.txt", "f.html", "f.jsonl"}) {
    Sink sink;
    pe::Reader reader(pe::FormatHint::kAuto, limits, sink);
    reader.ReadBuffer(name, bytes);
  }
  return 0;
}
