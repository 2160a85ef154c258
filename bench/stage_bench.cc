// Per-stage throughput of the pipeline on a corpus, single thread, documents held in memory:
//   read       JSONL → documents (simdjson, sha256)          — also the baseline the others are compared to
//   normalise  HTML → text and normalisation
//   segment    articles, blocks, sentences
//   extract    every extractor (the shared pattern scan, dictionary scans, refinements)
//   records    interpret + JSON records
// Usage: stage_bench CORPUS.jsonl [--repeat N]. Prints MB/s (of input bytes) and docs/s per stage.
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "extractors/registry.h"
#include "pipeline/analyze.h"
#include "pipeline/normalize.h"
#include "pipeline/reader.h"
#include "pipeline/record.h"

namespace {

class Collect : public pe::ReadSink {
 public:
  void OnDocument(pe::Document d) override { docs.push_back(std::move(d)); }
  void OnQuarantine(pe::Quarantined) override { ++quarantined; }
  std::vector<pe::Document> docs;
  size_t quarantined = 0;
};

double Seconds(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: stage_bench CORPUS.jsonl [--repeat N]\n");
    return 2;
  }
  int repeat = 1;
  for (int i = 2; i + 1 < argc; ++i) {
    if (std::strcmp(argv[i], "--repeat") == 0) repeat = std::atoi(argv[i + 1]);
  }
  pe::ExtractorSet::Default();  // start-up cost is not part of any stage
  Collect sink;
  auto t0 = std::chrono::steady_clock::now();
  {
    pe::Reader reader(pe::FormatHint::kAuto, pe::ReadLimits{}, sink);
    reader.ReadInput(argv[1]);
  }
  const double read_s = Seconds(t0);
  size_t bytes = 0;
  for (const auto& d : sink.docs) bytes += d.content.size();
  const double mb = bytes / 1e6;
  const size_t n = sink.docs.size();

  double norm_s = 1e9, seg_s = 1e9, extract_s = 1e9, full_s = 1e9;
  size_t mentions = 0, out_bytes = 0;
  for (int r = 0; r < repeat; ++r) {
    t0 = std::chrono::steady_clock::now();
    std::vector<pe::NormalizedText> norms;
    norms.reserve(n);
    for (const auto& d : sink.docs) {
      if (d.format == pe::ContentFormat::kHtml) {
        pe::HtmlText h = pe::HtmlToText(d.content);
        norms.push_back(pe::Normalize(h.text));
      } else {
        norms.push_back(pe::Normalize(d.content));
      }
    }
    norm_s = std::min(norm_s, Seconds(t0));
    t0 = std::chrono::steady_clock::now();
    std::vector<pe::Page> pages;
    pages.reserve(n);
    for (const auto& t : norms) pages.push_back(pe::Segment(t.text));
    seg_s = std::min(seg_s, Seconds(t0));
    t0 = std::chrono::steady_clock::now();
    mentions = 0;
    for (size_t i = 0; i < n; ++i) {
      const pe::ExtractionContext ctx{norms[i].text, &pages[i]};
      mentions += pe::ExtractorSet::Default().Extract(ctx).size();
    }
    extract_s = std::min(extract_s, Seconds(t0));
    t0 = std::chrono::steady_clock::now();
    out_bytes = 0;
    for (const auto& d : sink.docs) {
      const auto a = pe::Analyze(d, pe::AnalyzeOptions{}, nullptr);
      if (!a) continue;
      std::string lines;
      pe::WriteRecords(*a, lines);
      out_bytes += lines.size();
    }
    full_s = std::min(full_s, Seconds(t0));
  }
  const double records_s = full_s - norm_s - seg_s - extract_s;
  std::printf("corpus: %zu documents, %.1f MB, %zu mentions, %.1f MB of records (%.1fx the input)\n", n, mb,
              mentions, out_bytes / 1e6, out_bytes / 1e6 / mb);
  std::printf("%-10s %10s %10s %10s\n", "stage", "MB/s", "docs/s", "share");
  const auto row = [&](const char* name, double s) {
    std::printf("%-10s %10.1f %10.0f %9.0f%%\n", name, mb / s, n / s, 100.0 * s / full_s);
  };
  row("read", read_s);
  row("normalise", norm_s);
  row("segment", seg_s);
  row("extract", extract_s);
  row("records", records_s > 0 ? records_s : 1e-9);
  std::printf("%-10s %10.1f %10.0f   (read excluded; read is the baseline: whole pipeline = %.3fx its speed)\n",
              "pipeline", mb / full_s, n / full_s, read_s / full_s);
  return 0;
}
