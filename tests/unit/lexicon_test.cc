// The document scan of pipeline/lexicon.h against the two scans it replaces (the region
// extractor's dictionary, CueIndex::Scan) on real pages: the sample texts, alone and joined.
#include "pipeline/lexicon.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "pipeline/normalize.h"

namespace pe {
namespace {

std::vector<std::string> SampleTexts() {
  std::vector<std::string> texts;
  for (const auto& entry : std::filesystem::directory_iterator(std::string(PE_SOURCE_DIR) + "/samples/text")) {
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    texts.push_back(Normalize(ss.str()).text);
  }
  return texts;
}

using Names = std::vector<std::tuple<size_t, size_t, uint32_t>>;

Names Tuples(const std::vector<NameMatch>& names) {
  Names out;
  for (const NameMatch& m : names) out.emplace_back(m.start, m.end, m.id);
  return out;
}

void ExpectSameAsOwnScans(const std::string& text) {
  const Lexicon& lexicon = Lexicon::Get();
  ASSERT_NE(lexicon.dictionary(), nullptr);
  std::vector<NameMatch> names;
  CueHits cues;
  lexicon.Scan(text, names, cues);
  Names want_names;
  lexicon.dictionary()->Scan(text, [&](uint32_t id, size_t s, size_t e) { want_names.emplace_back(s, e, id); });
  EXPECT_EQ(Tuples(names), want_names);
  EXPECT_FALSE(want_names.empty());
  CueHits want_cues;
  CueIndex::Get().Scan(text, want_cues);
  size_t hits = 0;
  for (size_t t = 0; t < kCueTables; ++t) {
    ASSERT_EQ(cues.of(t).size(), want_cues.of(t).size()) << "table " << t;
    for (size_t k = 0; k < cues.of(t).size(); ++k) {
      const CueHit& a = cues.of(t)[k];
      const CueHit& b = want_cues.of(t)[k];
      ASSERT_EQ(std::make_tuple(a.start, a.end, a.row), std::make_tuple(b.start, b.end, b.row)) << "table " << t << ", hit " << k;
    }
    hits += cues.of(t).size();
  }
  EXPECT_GT(hits, 0u);
}

TEST(Lexicon, FindsWhatTheTwoScansFind) {
  const std::vector<std::string> texts = SampleTexts();
  ASSERT_FALSE(texts.empty());
  std::string all;
  for (const std::string& t : texts) {
    ExpectSameAsOwnScans(t);
    all += t;
    ExpectSameAsOwnScans(all);
  }
  // Cut near the pieces' and chunks' boundaries of a short prefix, at the character each length
  // falls in (Lexicon::Scan takes normalised text: whole characters).
  for (size_t n = 4000; n < 4200; n += 7) {
    size_t cut = n;
    while (cut > 0 && (static_cast<unsigned char>(all[cut]) & 0xC0) == 0x80) --cut;
    ExpectSameAsOwnScans(all.substr(0, cut));
  }
}

}  // namespace
}  // namespace pe
