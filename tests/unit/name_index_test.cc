// NameIndex against the obvious search (every pattern at every position), on texts short enough
// to be scanned whole and long enough to be cut into pieces, with matches placed across a cut.
#include "extractors/common/name_index.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <tuple>
#include <vector>

namespace pe {
namespace {

using Found = std::vector<std::tuple<size_t, size_t, uint32_t>>;  // end, start, id

// Every occurrence, in the order Scan promises: by end, and at one end the longest first.
Found Naive(const std::vector<std::string>& patterns, const std::string& text) {
  Found out;
  for (uint32_t id = 0; id < patterns.size(); ++id) {
    for (size_t at = text.find(patterns[id]); at != std::string::npos; at = text.find(patterns[id], at + 1)) {
      out.emplace_back(at + patterns[id].size(), at, id);
    }
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    if (std::get<0>(a) != std::get<0>(b)) return std::get<0>(a) < std::get<0>(b);
    return std::get<1>(a) < std::get<1>(b);  // same end: the longer (earlier start) first
  });
  return out;
}

Found Scanned(const NameIndex& index, const std::string& text) {
  Found out;
  index.Scan(text, [&](uint32_t id, size_t start, size_t end) { out.emplace_back(end, start, id); });
  return out;
}

TEST(NameIndex, FindsWhatTheObviousSearchFinds) {
  const std::vector<std::string> patterns = {"湖南", "湖南省", "南省", "衡阳", "衡阳市", "阳市", "市", "医保", "医疗保险", "保险",
                                             "长沙", "沙市", "省医保局", "abc", "b"};
  NameIndex index;
  for (const auto& p : patterns) index.Add(p);
  index.Build();
  const std::vector<std::string> pieces = {"湖", "南", "省", "衡", "阳", "市", "医", "保", "险", "疗", "长", "沙",
                                           "局", "的", "。", "a", "b", "c", " "};
  std::mt19937 rng(7);
  for (const size_t chars : {0, 1, 5, 100, 1300, 1365, 1366, 1367, 3000, 9000}) {
    for (int round = 0; round < 20; ++round) {
      std::string text;
      for (size_t i = 0; i < chars; ++i) text += pieces[rng() % pieces.size()];
      ASSERT_EQ(Scanned(index, text), Naive(patterns, text)) << chars << " characters, round " << round;
    }
  }
}

// 1 to max_chars characters drawn from alphabet.
std::string RandomString(std::mt19937& rng, const std::vector<std::string>& alphabet, size_t max_chars) {
  std::string s;
  for (size_t n = 1 + rng() % max_chars; n > 0; --n) s += alphabet[rng() % alphabet.size()];
  return s;
}

// Many random patterns over a few characters: deep tries whose failure links go to deep states,
// patterns that are prefixes, suffixes and infixes of others (the rows built from failure rows).
TEST(NameIndex, RandomPatternSetsMatchTheObviousSearch) {
  const std::vector<std::string> alphabet = {"湖", "南", "省", "市", "a", "b", "。"};
  std::mt19937 rng(11);
  const auto random_string = [&](size_t max_chars) { return RandomString(rng, alphabet, max_chars); };
  for (int round = 0; round < 30; ++round) {
    std::vector<std::string> patterns;
    NameIndex index;
    for (int i = 0; i < 40; ++i) {
      const std::string p = random_string(6);
      if (index.Add(p) == patterns.size()) patterns.push_back(p);
    }
    index.Build();
    for (const size_t chars : {3, 50, 2000}) {
      std::string text;
      for (size_t i = 0; i < chars; ++i) text += alphabet[rng() % alphabet.size()];
      ASSERT_EQ(Scanned(index, text), Naive(patterns, text)) << "round " << round << ", " << chars << " characters";
    }
  }
}

TEST(NameIndex, AMatchAcrossTheMiddleOfALongTextIsFoundOnce) {
  NameIndex index;
  const uint32_t id = index.Add("湖南省医保局");
  index.Build();
  // 6,018 bytes, cut at 1,504, 3,009 and 4,513: the name (18 bytes) moves across the middle cut.
  for (size_t pad = 2980; pad < 3020; ++pad) {
    const std::string text = std::string(pad, 'x') + "湖南省医保局" + std::string(6000 - pad, 'y');
    const Found found = Scanned(index, text);
    ASSERT_EQ(found.size(), 1u) << pad;
    EXPECT_EQ(found[0], std::make_tuple(pad + 18, pad, id));
  }
}

// A state with one match keeps it in its row's entry when the pattern is at most 127 bytes
// long; longer ones (and states with several matches) keep a place in the list of matches.
// Patterns around that length, each with a final byte of its own (one match), one with a
// suffix that is a pattern too (two matches), both densities.
TEST(NameIndex, PatternsAroundTheLengthOfAOneMatchEntry) {
  const std::string ends = "klmnop";
  std::vector<std::string> patterns;
  for (const size_t len : {63, 64, 126, 127, 128, 200}) patterns.push_back(std::string(len - 1, 'a') + ends[patterns.size()]);
  patterns.push_back("湖南");
  patterns.push_back(std::string(130, 'a') + "湖南");
  for (const NameIndex::Density density : {NameIndex::Density::kSparse, NameIndex::Density::kDense}) {
    NameIndex index;
    for (const auto& p : patterns) index.Add(p);
    index.Build(density);
    std::mt19937 rng(11);
    for (const size_t bytes : {300, 5000, 12000}) {
      std::string text;
      while (text.size() < bytes) {
        text += std::string(rng() % 220, 'a');
        text += rng() % 4 == 0 ? std::string("湖南") : std::string(1, ends[rng() % ends.size()]);
      }
      ASSERT_EQ(Scanned(index, text), Naive(patterns, text)) << bytes << " bytes";
    }
  }
}

// Both scans (NameIndex::Density) against the obvious search, on texts whose lengths fall around
// the cut into pieces (4,096 bytes) and around the dense scan's chunks (a piece of 256 * k bytes,
// one more, one less), with patterns over a few characters: a match ends at most bytes, several
// at many (nested and overlapping), so the dense scan's per-chunk lists run nearly full.
TEST(NameIndex, BothDensitiesMatchTheObviousSearchAroundTheCuts) {
  const std::vector<std::string> alphabet = {"湖", "南", "省", "a", "b"};
  std::mt19937 rng(5);
  const auto random_string = [&](size_t max_chars) { return RandomString(rng, alphabet, max_chars); };
  for (int round = 0; round < 12; ++round) {
    std::vector<std::string> patterns;
    NameIndex sparse, dense;
    for (int i = 0; i < 25; ++i) {
      const std::string p = round % 3 == 0 ? random_string(2) : random_string(5);  // every third: very dense
      if (sparse.Add(p) == patterns.size()) patterns.push_back(p), dense.Add(p);
    }
    sparse.Build(NameIndex::Density::kSparse);
    dense.Build(NameIndex::Density::kDense);
    for (const size_t bytes : {4095, 4096, 4097, 4099, 4 * 1280 - 1, 4 * 1280, 4 * 1280 + 1, 4 * 1280 + 7, 8191, 8192, 8193}) {
      std::string text;
      while (text.size() + 3 <= bytes) text += alphabet[rng() % alphabet.size()];
      while (text.size() < bytes) text += alphabet[3 + rng() % 2];  // ASCII to the exact length
      const Found want = Naive(patterns, text);
      ASSERT_EQ(Scanned(sparse, text), want) << "sparse, round " << round << ", " << bytes << " bytes";
      ASSERT_EQ(Scanned(dense, text), want) << "dense, round " << round << ", " << bytes << " bytes";
    }
  }
}

// Every byte ends a match in every lane: the dense scan's list of a chunk is full.
TEST(NameIndex, DenseScanOfAMatchAtEveryByte) {
  const std::vector<std::string> patterns = {"a", "aa", "aaa"};
  NameIndex index;
  for (const auto& p : patterns) index.Add(p);
  index.Build(NameIndex::Density::kDense);
  for (const size_t bytes : {4095, 4096, 4097, 5000, 20000}) {
    const std::string text(bytes, 'a');
    ASSERT_EQ(Scanned(index, text), Naive(patterns, text)) << bytes << " bytes";
  }
}


// The half rows (a state after a whole character reads only lead and ASCII bytes, one inside a
// character only continuation bytes): characters of one to four bytes, some that share lead bytes
// with the patterns' but are in none (unknown continuation bytes), texts of every length around
// the cuts so that lanes start inside characters, both densities.
TEST(NameIndex, CharactersOfEveryLengthMatchTheObviousSearch) {
  const std::vector<std::string> alphabet = {"湖", "南", "é", "😀", "a", "湘", "ü", "😁", "\xF0\x9F\x98\x82", "。"};
  std::mt19937 rng(31);
  for (int round = 0; round < 16; ++round) {
    std::vector<std::string> patterns;
    NameIndex sparse, dense;
    for (int i = 0; i < 30; ++i) {
      const std::string p = RandomString(rng, std::vector<std::string>(alphabet.begin(), alphabet.begin() + 5), round % 2 ? 2 : 4);
      if (sparse.Add(p) == patterns.size()) patterns.push_back(p), dense.Add(p);
    }
    sparse.Build(NameIndex::Density::kSparse);
    dense.Build(NameIndex::Density::kDense);
    for (const size_t bytes : {5, 300, 4096, 4097, 4098, 4099, 4 * 1280 + 1, 4 * 1280 + 2, 8193, 8194, 8195, 20001}) {
      std::string text;
      while (text.size() < bytes) text += alphabet[rng() % alphabet.size()];
      ASSERT_TRUE(NameAutomaton::WholeCharacters(text));
      const Found want = Naive(patterns, text);
      ASSERT_EQ(Scanned(sparse, text), want) << "sparse, round " << round << ", " << text.size() << " bytes";
      ASSERT_EQ(Scanned(dense, text), want) << "dense, round " << round << ", " << text.size() << " bytes";
    }
  }
}

// What WholeCharacters checks, a byte at a time.
bool WholeCharactersSlowly(const std::string& text) {
  int calls = 0;
  for (const unsigned char b : text) {
    const bool continuation = (b & 0xC0) == 0x80;
    if (continuation != (calls > 0)) return false;
    calls = continuation ? calls - 1 : b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : b >= 0xC0 ? 1 : 0;
  }
  return calls == 0;
}

// Texts that are not whole characters (cut characters, stray continuation bytes, lead bytes in
// a row): the scan that reads any bytes finds what the obvious search finds too.
TEST(NameIndex, BrokenCharactersMatchTheObviousSearch) {
  const std::vector<std::string> alphabet = {"湖", "南", "é", "😀", "a", "\xE6", "\xB9", "\x96", "\xF0\x9F", "\xC3"};
  std::mt19937 rng(37);
  size_t broken = 0;
  for (int round = 0; round < 16; ++round) {
    std::vector<std::string> patterns;
    NameIndex sparse, dense;
    for (int i = 0; i < 30; ++i) {
      // Every fourth round, patterns that are not whole characters either (one row width then).
      const size_t letters = round % 4 == 3 ? alphabet.size() : 5;
      const std::string p = RandomString(rng, std::vector<std::string>(alphabet.begin(), alphabet.begin() + letters), 4);
      if (sparse.Add(p) == patterns.size()) patterns.push_back(p), dense.Add(p);
    }
    sparse.Build(NameIndex::Density::kSparse);
    dense.Build(NameIndex::Density::kDense);
    for (const size_t bytes : {1, 2, 17, 300, 4097, 8195, 20001}) {
      std::string text;
      while (text.size() < bytes) text += alphabet[rng() % (rng() % 8 == 0 ? alphabet.size() : 5)];
      ASSERT_EQ(NameAutomaton::WholeCharacters(text), WholeCharactersSlowly(text)) << text.size() << " bytes";
      broken += !WholeCharactersSlowly(text);
      const Found want = Naive(patterns, text);
      ASSERT_EQ(Scanned(sparse, text), want) << "sparse, round " << round << ", " << text.size() << " bytes";
      ASSERT_EQ(Scanned(dense, text), want) << "dense, round " << round << ", " << text.size() << " bytes";
    }
  }
  EXPECT_GT(broken, 50u);
}

// WholeCharacters against the byte-at-a-time check on random bytes and on whole characters cut
// at every length (its 16-byte blocks, a character cut off at the end of one).
TEST(NameIndex, WholeCharactersIsTheByteAtATimeCheck) {
  std::mt19937 rng(41);
  const std::string chars[] = {"a", "é", "湖", "😀"};
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const size_t n = rng() % 70;
    for (size_t i = 0; i < n; ++i) {
      if (round % 2) {
        text += static_cast<char>(rng() % 256);
      } else {
        text += chars[rng() % 4];
      }
    }
    if (round % 4 == 2 && !text.empty()) text.pop_back();
    ASSERT_EQ(NameAutomaton::WholeCharacters(text), WholeCharactersSlowly(text)) << round;
  }
}
}  // namespace
}  // namespace pe

namespace pe {
namespace {

// NameIndexSet against each part's own scan: random word lists over a few characters, some words
// in both parts, texts around the cuts into pieces (four lanes sparse, eight dense) and chunks.
TEST(NameIndexSet, EachPartGetsWhatItsOwnScanGets) {
  const std::vector<std::string> alphabet = {"湖", "南", "省", "市", "a", "b"};
  std::mt19937 rng(23);
  for (int round = 0; round < 12; ++round) {
    NameIndex one, two;
    for (int i = 0; i < 30; ++i) {
      const std::string p = RandomString(rng, alphabet, round % 3 == 0 ? 2 : 5);
      if (i % 3 != 1) one.Add(p);
      if (i % 3 != 0) two.Add(p);  // every third word in both
    }
    one.Build(NameIndex::Density::kSparse);
    two.Build(NameIndex::Density::kDense);
    const NameIndexSet<2> both({&one, &two}, round % 2 ? NameIndex::Density::kDense : NameIndex::Density::kSparse);
    for (const size_t bytes : {3, 700, 4095, 4096, 4097, 6143, 6144, 6145, 8191, 8192, 8193, 20011}) {
      std::string text;
      while (text.size() + 3 <= bytes) text += alphabet[rng() % alphabet.size()];
      while (text.size() < bytes) text += alphabet[4 + rng() % 2];  // ASCII to the exact length
      Found got_one, got_two;
      both.Scan(
          text, [&](uint32_t id, size_t start, size_t end) { got_one.emplace_back(end, start, id); },
          [&](uint32_t id, size_t start, size_t end) { got_two.emplace_back(end, start, id); });
      ASSERT_EQ(got_one, Scanned(one, text)) << "round " << round << ", " << bytes << " bytes";
      ASSERT_EQ(got_two, Scanned(two, text)) << "round " << round << ", " << bytes << " bytes";
    }
  }
}

// ScanWholeCharacters (no check that the text is whole characters) against Scan (checked) on
// texts of characters of one to four bytes, lanes cut inside characters, both densities.
TEST(NameIndexSet, ScanOfWholeCharactersIsTheCheckedScan) {
  const std::vector<std::string> alphabet = {"湖", "南", "é", "😀", "a", "湘", "ü", "😁", "。"};
  std::mt19937 rng(43);
  for (int round = 0; round < 8; ++round) {
    NameIndex one, two;
    for (int i = 0; i < 30; ++i) {
      const std::string p = RandomString(rng, std::vector<std::string>(alphabet.begin(), alphabet.begin() + 5), 4);
      if (i % 3 != 1) one.Add(p);
      if (i % 3 != 0) two.Add(p);
    }
    one.Build();
    two.Build();
    const NameIndexSet<2> both({&one, &two}, round % 2 ? NameIndex::Density::kDense : NameIndex::Density::kSparse);
    for (const size_t bytes : {5, 300, 4096, 4097, 4098, 4099, 8193, 8194, 8195, 20001}) {
      std::string text;
      while (text.size() < bytes) text += alphabet[rng() % alphabet.size()];
      ASSERT_TRUE(NameAutomaton::WholeCharacters(text));
      Found checked_one, checked_two, whole_one, whole_two;
      both.Scan(
          text, [&](uint32_t id, size_t start, size_t end) { checked_one.emplace_back(end, start, id); },
          [&](uint32_t id, size_t start, size_t end) { checked_two.emplace_back(end, start, id); });
      both.ScanWholeCharacters(
          text, [&](uint32_t id, size_t start, size_t end) { whole_one.emplace_back(end, start, id); },
          [&](uint32_t id, size_t start, size_t end) { whole_two.emplace_back(end, start, id); });
      ASSERT_EQ(whole_one, checked_one) << "round " << round << ", " << text.size() << " bytes";
      ASSERT_EQ(whole_two, checked_two) << "round " << round << ", " << text.size() << " bytes";
      ASSERT_EQ(checked_one, Scanned(one, text)) << "round " << round << ", " << text.size() << " bytes";
    }
  }
}

}  // namespace
}  // namespace pe
