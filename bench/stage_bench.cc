// Per-stage throughput of the pipeline on a corpus, single thread, documents held in memory:
//   read       JSONL → documents (simdjson, sha256)          — also the baseline the others are compared to
//   normalise  HTML → text and normalisation
//   segment    articles, blocks, sentences
//   extract    every extractor (the shared pattern scan, dictionary scans, refinements), with the
//              cue words found in the same scan as the region extractor's names (pipeline/lexicon.h)
//   records    interpret + JSON records
// Usage: stage_bench CORPUS.jsonl [--repeat N]. Prints MB/s (of input bytes) and docs/s per stage.
// stage_bench CORPUS.jsonl --scan [--repeat N]: only the dictionary scans (NameIndex over the
// gazetteer's names; the cue words; both in one scan, pipeline/lexicon.h), on the normalised texts.
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "extractors/common/gazetteer.h"
#include "extractors/common/name_index.h"
#include "extractors/registry.h"
#include "interpret/cues.h"
#include "pipeline/analyze.h"
#include "pipeline/lexicon.h"
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

// The gazetteer's names (full, short, former) in one NameIndex, like the region extractor's.
void ScanBench(const std::vector<std::string>& texts, double mb, int repeat) {
  const pe::Gazetteer& gaz = pe::Gazetteer::Get();
  auto t0 = std::chrono::steady_clock::now();
  pe::NameIndex index;
  for (const pe::Division& d : gaz.all()) {
    index.Add(d.name);
    for (const std::string& s : d.shorts) {
      if (s.size() > 3) index.Add(s);
    }
  }
  for (const pe::FormerName& f : gaz.former_names()) index.Add(f.old_name);
  index.Build();
  const size_t states = index.states();  // the automaton is built at its first use
  const double build_ms = 1e3 * Seconds(t0);
  std::printf("gazetteer index: %zu patterns, %zu states, %.1f MB table, built in %.1f ms\n", index.size(), states,
              index.table_bytes() / 1e6, build_ms);
  double gaz_s = 1e9, cue_s = 1e9, both_s = 1e9;
  size_t matches = 0, sum = 0, cues = 0, both = 0;
  for (int r = 0; r < repeat; ++r) {
    t0 = std::chrono::steady_clock::now();
    matches = sum = 0;
    for (const std::string& t : texts) {
      index.Scan(t, [&](uint32_t id, size_t start, size_t end) {
        ++matches;
        sum += id ^ start ^ end;
      });
    }
    gaz_s = std::min(gaz_s, Seconds(t0));
    t0 = std::chrono::steady_clock::now();
    cues = 0;
    pe::CueHits hits;
    for (const std::string& t : texts) {
      pe::CueIndex::Get().Scan(t, hits);
      for (size_t k = 0; k < pe::kCueTables; ++k) cues += hits.of(k).size();
    }
    cue_s = std::min(cue_s, Seconds(t0));
    t0 = std::chrono::steady_clock::now();
    both = 0;
    std::vector<pe::NameMatch> names;
    for (const std::string& t : texts) {
      pe::Lexicon::Get().Scan(t, names, hits);
      both += names.size();
      for (size_t k = 0; k < pe::kCueTables; ++k) both += hits.of(k).size();
    }
    both_s = std::min(both_s, Seconds(t0));
  }
  std::printf("gazetteer scan %8.1f MB/s  (%zu matches, checksum %zu)\n", mb / gaz_s, matches, sum);
  std::printf("cue scan       %8.1f MB/s  (%zu hits)\n", mb / cue_s, cues);
  std::printf("lexicon scan   %8.1f MB/s  (%zu region names and cue hits)\n", mb / both_s, both);
}

}  // namespace

int main(int argc, char** argv) {
  const char* usage = "usage: stage_bench CORPUS.jsonl [--scan] [--repeat N]\n";
  if (argc < 2 || argv[1][0] == '-') {
    std::fprintf(stderr, "%s", usage);
    return 2;
  }
  int repeat = 1;
  bool scan_only = false;
  for (int i = 2; i < argc; ++i) {
    if (i + 1 < argc && std::strcmp(argv[i], "--repeat") == 0 && std::atoi(argv[i + 1]) > 0) {
      repeat = std::atoi(argv[++i]);
    } else if (std::strcmp(argv[i], "--scan") == 0) {
      scan_only = true;
    } else {
      std::fprintf(stderr, "stage_bench: unknown or incomplete argument '%s'\n%s", argv[i], usage);
      return 2;
    }
  }
  pe::Lexicon::Get();  // start-up cost is not part of any stage (builds the extractors too)
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
  if (n == 0) {  // nothing to time: every share would be a division by zero
    std::fprintf(stderr, "stage_bench: no documents read from %s (%zu quarantined)\n", argv[1], sink.quarantined);
    return 1;
  }

  if (scan_only) {
    std::vector<std::string> texts;
    texts.reserve(n);
    for (const auto& d : sink.docs) {
      texts.push_back(d.format == pe::ContentFormat::kHtml ? pe::Normalize(pe::HtmlToText(d.content).text).text
                                                           : pe::Normalize(d.content).text);
    }
    ScanBench(texts, mb, repeat);
    return 0;
  }

  double norm_s = 1e9, seg_s = 1e9, extract_s = 1e9, full_s = 1e9, records_s = 0;
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
    std::vector<pe::NameMatch> names;
    pe::CueHits cue_hits;
    for (size_t i = 0; i < n; ++i) {
      // As Analyze does.
      const pe::Lexicon& lexicon = pe::Lexicon::Get();
      lexicon.Scan(norms[i].text, names, cue_hits);
      const pe::ExtractionContext ctx{norms[i].text, &pages[i], lexicon.dictionary(), names};
      mentions += pe::ExtractorSet::Default().Extract(ctx).size();
    }
    extract_s = std::min(extract_s, Seconds(t0));
    // The whole pipeline, with the records stage (interpretation and JSON) timed on its own per
    // document: a clock read per document costs nothing next to a record's microseconds.
    t0 = std::chrono::steady_clock::now();
    out_bytes = 0;
    double write_s = 0;
    for (const auto& d : sink.docs) {
      const auto a = pe::Analyze(d, pe::AnalyzeOptions{}, nullptr);
      if (!a) continue;
      const auto w0 = std::chrono::steady_clock::now();
      std::string lines;
      lines.reserve(a->text.size() * 8);  // as the runner does: records are ~6x the text
      pe::WriteRecords(*a, lines);
      write_s += Seconds(w0);
      out_bytes += lines.size();
    }
    const double all_s = Seconds(t0);
    if (all_s < full_s) full_s = all_s, records_s = write_s;
  }
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
  row("records", records_s);
  std::printf("%-10s %10.1f %10.0f   (read excluded; read is the baseline: whole pipeline = %.3fx its speed)\n",
              "pipeline", mb / full_s, n / full_s, read_s / full_s);
  return 0;
}
