// The one driver for every extractor's corpus (extractors/<name>/corpus.jsonl).
//
// Corpus format, one JSON object per line:
//   {"corpus": "money", "types": ["money"]}                  first line: which mention types it covers
//   {"text": "起付线200元", "expect": [{"type": "money", "text": "200元", "value": 200}]}
//   {"text": "共10人", "expect": []}                          negative: nothing of the covered types
//   {"text": "...", "expect": [...], "xfail": "why"}         a known gap: must fail; counted and printed
//   optional on any line: "note", "types" (overrides the header for this line)
// An example passes when the mentions of the covered types found in `text` (run through the whole
// pipeline: normalise, segment, extract) are exactly the expected ones: same type, surface text,
// value, and every further key the expectation states (qualifier, unit, ...; a key stated as false
// or null must not be set: "in_org": false). An xfail example
// that passes fails the test, so the list of known gaps stays true.
#include <gtest/gtest.h>

#include <dirent.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "pipeline/analyze.h"
#include "pipeline/record.h"
#include "qa/eval.h"

#ifndef PE_SOURCE_DIR
#define PE_SOURCE_DIR "."
#endif

namespace pe {
namespace {

struct Example {
  std::string corpus;
  int line = 0;
  nlohmann::json spec;
  std::set<std::string> types;
};

std::vector<Example> LoadAll() {
  std::vector<Example> out;
  const std::string root = std::string(PE_SOURCE_DIR) + "/extractors";
  DIR* d = opendir(root.c_str());
  if (!d) return out;
  std::vector<std::string> dirs;
  while (dirent* e = readdir(d)) dirs.push_back(e->d_name);
  closedir(d);
  std::sort(dirs.begin(), dirs.end());
  for (const std::string& name : dirs) {
    std::ifstream in(root + "/" + name + "/corpus.jsonl");
    if (!in) continue;
    std::string line;
    std::set<std::string> header_types;
    int n = 0;
    while (std::getline(in, line)) {
      ++n;
      if (line.empty()) continue;
      nlohmann::json j = nlohmann::json::parse(line);  // a malformed corpus fails loudly here
      if (j.contains("corpus")) {
        for (const auto& t : j["types"]) header_types.insert(t.get<std::string>());
        continue;
      }
      Example ex{name, n, j, header_types};
      if (j.contains("types")) {
        ex.types.clear();
        for (const auto& t : j["types"]) ex.types.insert(t.get<std::string>());
      }
      out.push_back(std::move(ex));
    }
  }
  return out;
}

const std::vector<Example>& All() {
  static const std::vector<Example> all = LoadAll();
  return all;
}

// The mentions of the covered types in `text`, as emitted in records.
std::vector<nlohmann::json> Found(const std::string& text, const std::set<std::string>& types) {
  Document doc;
  doc.source.uri = "corpus";
  doc.source.container = "text";
  doc.content = text;
  std::vector<nlohmann::json> out;
  const auto a = Analyze(doc, AnalyzeOptions{}, nullptr);
  if (!a) return out;
  std::string lines;
  WriteRecords(*a, lines);
  size_t pos = 0;
  while (pos < lines.size()) {
    const size_t nl = lines.find('\n', pos);
    const nlohmann::json r = nlohmann::json::parse(lines.substr(pos, nl - pos));
    pos = nl + 1;
    for (const auto& m : r["mentions"]) {
      if (types.count(m["type"].get<std::string>())) out.push_back(m);
    }
  }
  return out;
}

// Empty if the example holds; else what is wrong.
std::string Check(const Example& ex) {
  std::vector<nlohmann::json> found = Found(ex.spec["text"].get<std::string>(), ex.types);
  std::vector<bool> used(found.size(), false);
  std::string problems;
  for (const auto& e : ex.spec["expect"]) {
    bool ok = false;
    for (size_t i = 0; i < found.size() && !ok; ++i) {
      if (used[i] || found[i]["type"] != e["type"] || found[i].value("normalized", found[i]["text"].get<std::string>()) != e["text"]) continue;
      bool all = true;
      for (const auto& [k, v] : e.items()) {
        if (k == "text") continue;
        if (v.is_null() || v == false) {  // "in_org": false: the flag must not be set
          all = all && (!found[i].contains(k) || found[i][k].is_null() || found[i][k] == false);
        } else {
          all = all && found[i].contains(k) && ValuesEqual(v, found[i][k]);
        }
      }
      if (all) used[i] = ok = true;
    }
    if (!ok) problems += "\n  missing " + e.dump();
  }
  for (size_t i = 0; i < found.size(); ++i) {
    if (used[i]) continue;
    nlohmann::json f = found[i];
    for (const char* k : {"id", "span", "extractor"}) f.erase(k);
    problems += "\n  unexpected " + f.dump();
  }
  return problems;
}

class CorpusTest : public testing::TestWithParam<size_t> {};

TEST_P(CorpusTest, Example) {
  const Example& ex = All()[GetParam()];
  const std::string problems = Check(ex);
  const std::string where = "extractors/" + ex.corpus + "/corpus.jsonl:" + std::to_string(ex.line) + " " +
                            ex.spec["text"].get<std::string>();
  if (ex.spec.contains("xfail")) {
    EXPECT_FALSE(problems.empty()) << where << "\n  passes now: remove its \"xfail\"";
  } else {
    EXPECT_TRUE(problems.empty()) << where << problems;
  }
}

INSTANTIATE_TEST_SUITE_P(Extractors, CorpusTest, testing::Range<size_t>(0, All().size()),
                         [](const testing::TestParamInfo<size_t>& info) {
                           const Example& ex = All()[info.param];
                           return ex.corpus + "_line" + std::to_string(ex.line);
                         });

// Every extractor that has a folder has a corpus with positives and negatives; known gaps are
// counted so every run shows them.
TEST(CorpusTest, EveryCorpusHasPositivesAndNegatives) {
  std::map<std::string, std::pair<int, int>> counts;
  int xfail = 0;
  for (const Example& ex : All()) {
    auto& c = counts[ex.corpus];
    (ex.spec["expect"].empty() ? c.second : c.first)++;
    xfail += ex.spec.contains("xfail");
  }
  ASSERT_FALSE(counts.empty()) << "no corpus.jsonl found under extractors/";
  for (const auto& [name, c] : counts) {
    EXPECT_GE(c.first, 5) << name << ": fewer than 5 positive examples";
    EXPECT_GE(c.second, 3) << name << ": fewer than 3 negative examples";
    std::printf("corpus %-10s %4d positive %4d negative\n", name.c_str(), c.first, c.second);
  }
  std::printf("corpus: %d known gaps (xfail)\n", xfail);
}

}  // namespace
}  // namespace pe
