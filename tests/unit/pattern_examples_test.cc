// Every rule of every .patterns file carries `# e.g.` examples; each must be matched in full by
// its rule alone (pipeline/pattern_set.h promises it).
#include <gtest/gtest.h>

#include <re2/re2.h>

#include <algorithm>
#include <string>
#include <thread>
#include <tuple>
#include <utility>
#include <vector>

#include "extractors/date/date.h"
#include "extractors/registry.h"

namespace pe {
namespace {

TEST(PatternExamples, EveryRuleMatchesItsExamplesInFull) {
  const PatternSet& set = ExtractorSet::Default().patterns();
  ASSERT_GT(set.size(), 20u);
  size_t examples = 0;
  for (size_t i = 0; i < set.size(); ++i) {
    const PatternRule& rule = set.rule(i);
    EXPECT_FALSE(rule.examples.empty()) << rule.file << ":" << rule.line;
    for (const std::string& e : rule.examples) {
      ++examples;
      EXPECT_TRUE(set.RuleFullMatch(i, e)) << rule.file << ":" << rule.line << " rule " << rule.name
                                           << " does not match its example '" << e << "'";
    }
  }
  std::printf("pattern examples: %zu rules, %zu examples\n", set.size(), examples);
}

// The scan looks for matches only where a rule can begin (pipeline/pattern_set.h); it must find
// what one unanchored leftmost-longest search of all rules finds, accepted or rejected.
std::vector<std::pair<size_t, size_t>> ReferenceScan(const PatternSet& set, std::string_view text, bool reject_odd) {
  std::string combined;
  for (size_t i = 0; i < set.size(); ++i) combined += (i ? "|(?:" : "(?:") + set.rule(i).regex + ")";
  RE2::Options opts;
  opts.set_longest_match(true);
  opts.set_max_mem(int64_t{256} << 20);
  const RE2 re(combined, opts);
  std::vector<std::pair<size_t, size_t>> out;
  const re2::StringPiece input(text.data(), text.size());
  size_t pos = 0;
  re2::StringPiece m;
  while (pos < text.size() && re.Match(input, pos, text.size(), RE2::UNANCHORED, &m, 1)) {
    const size_t start = static_cast<size_t>(m.data() - text.data()), end = start + m.size();
    out.emplace_back(start, end);
    if (!(reject_odd && out.size() % 2 == 1)) {
      pos = end;
    } else {
      pos = end - start > 96 ? end : start + 1;
      while (pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) ++pos;
    }
  }
  return out;
}

TEST(PatternScan, FindsWhatAnUnanchoredSearchFinds) {
  const PatternSet& set = ExtractorSet::Default().patterns();
  std::vector<std::string> texts;
  std::string all;
  for (size_t i = 0; i < set.size(); ++i) {
    for (const std::string& e : set.rule(i).examples) {
      for (const char* sep : {"", " ", "，", "x", "一", "1", "至", "-"}) all += e + sep;
    }
  }
  texts.push_back(all);
  texts.push_back(std::string(400, 'a') + "@example.com " + std::string(300, '.') + "ab@cd.ef");
  texts.push_back("www.www.www.example.com HTTPS://Example.COM/a?b=1 ſ K 1-2-3-4-5-6 ¥ 12,345,678.9元");
  std::string numerals;
  for (int i = 0; i < 200; ++i) numerals += "一二三";
  texts.push_back(numerals + "万元 " + numerals + "点五成" + " 2024  \t\n 年 3\n月  至  5 月");
  // The scan also skips a start character when the one after it cannot follow it: every pair of
  // the characters the examples are made of, each pair on its own.
  std::vector<std::string> chars;
  for (size_t i = 0; i < set.size(); ++i) {
    for (const std::string& e : set.rule(i).examples) {
      for (size_t at = 0; at < e.size();) {
        size_t n = 1;
        while (at + n < e.size() && (static_cast<unsigned char>(e[at + n]) & 0xC0) == 0x80) ++n;
        chars.push_back(e.substr(at, n));
        at += n;
      }
    }
  }
  std::sort(chars.begin(), chars.end());
  chars.erase(std::unique(chars.begin(), chars.end()), chars.end());
  std::string pairs;
  for (const std::string& a : chars) {
    for (const std::string& b : chars) pairs += a + b + "\n";
  }
  texts.push_back(pairs);
  for (const std::string& text : texts) {
    for (bool reject_odd : {false, true}) {
      std::vector<std::pair<size_t, size_t>> got;
      set.Scan(text, [&](const RuleMatch& m) {
        got.emplace_back(m.start, m.end);
        return !(reject_odd && got.size() % 2 == 1);
      });
      EXPECT_EQ(got, ReferenceScan(set, text, reject_odd)) << "reject_odd=" << reject_odd << " text=" << text.substr(0, 80);
    }
  }
}


// Each thread remembers the texts it has identified (pipeline/pattern_set.cc, Memo); answers that
// come from an older generation, or after many turnovers, must be those a fresh thread works out.
using ScanResult = std::vector<std::tuple<size_t, size_t, size_t, std::vector<std::string>>>;

ScanResult ScanAll(const PatternSet& set, std::string_view text) {
  ScanResult out;
  set.Scan(text, [&](const RuleMatch& m) {
    std::vector<std::string> groups;
    for (const auto& [name, value] : m.groups) {
      groups.push_back(std::string(name) + "=" + (value.data() ? std::string(value) : "<unset>"));
    }
    out.emplace_back(m.start, m.end, m.rule, std::move(groups));
    return true;
  });
  return out;
}

TEST(PatternScan, RememberedAnswersEqualFreshOnes) {
  const PatternSet& set = ExtractorSet::Default().patterns();
  // Texts that come back (every 7th chunk) among many more distinct ones than a generation holds.
  const std::string hot = "拨打0731-84445678，50%，2024年3月5日至6月30日，12345热线，3.5万元，";
  std::vector<std::string> chunks;
  for (int i = 0; i < 40000; ++i) {
    std::string c = std::to_string(2000 + i % 100) + "年" + std::to_string(1 + i % 12) + "月" +
                    std::to_string(1 + i % 28) + "日，" + std::to_string(i) + "元，" + std::to_string(i % 997) +
                    "%，0" + std::to_string(731 + i % 50) + "-" + std::to_string(5000000 + i) + "，";
    if (i % 7 == 0) c += hot;
    chunks.push_back(c);
  }
  std::vector<ScanResult> churned;
  for (int pass = 0; pass < 2; ++pass) {
    churned.clear();
    for (const std::string& c : chunks) churned.push_back(ScanAll(set, c));
  }
  for (size_t i = 0; i < chunks.size(); i += 997) {
    ScanResult fresh;
    std::thread([&] { fresh = ScanAll(set, chunks[i]); }).join();
    EXPECT_EQ(churned[i], fresh) << chunks[i];
    EXPECT_FALSE(fresh.empty());
  }
}

// The date extractor marks each article's published date; it looks among the mentions that start
// there when they come sorted (as ExtractorSet::Extract hands them over), and among all otherwise.
TEST(DateRefine, MarksPublishedDatesSortedOrNot) {
  const auto date = MakeDateExtractor();
  const std::string text(200, 'x');
  Page page;
  for (const auto& [start, end] : std::vector<std::pair<size_t, size_t>>{{10, 20}, {50, 60}, {50, 60}, {90, 95}}) {
    Article a;
    a.published = {start, end};
    page.articles.push_back(a);
  }
  const ExtractionContext ctx{text, &page};
  std::vector<Mention> sorted;
  // Mention::type views text that outlives the mention: literals here.
  for (const auto& [start, end, type] : std::vector<std::tuple<size_t, size_t, std::string_view>>{
           {5, 20, "date"}, {10, 20, "money"}, {10, 20, "date"}, {10, 15, "date"}, {50, 60, "date"},
           {50, 60, "date"}, {50, 60, "phone"}, {90, 96, "date"}, {120, 130, "date"}}) {
    Mention m;
    m.start = start;
    m.end = end;
    m.type = type;
    m.flags = Json::MakeObject();
    sorted.push_back(std::move(m));
  }
  std::vector<Mention> unsorted;
  for (auto it = sorted.rbegin(); it != sorted.rend(); ++it) unsorted.push_back(*it);
  date->Refine(ctx, sorted);
  date->Refine(ctx, unsorted);
  const auto roles = [](const std::vector<Mention>& all) {
    std::vector<std::tuple<size_t, size_t, std::string, bool>> out;
    for (const Mention& m : all) out.emplace_back(m.start, m.end, m.type, m.flags.Find("role") != nullptr);
    std::sort(out.begin(), out.end());
    return out;
  };
  EXPECT_EQ(roles(sorted), roles(unsorted));
  size_t marked = 0;
  for (const Mention& m : sorted) marked += m.flags.Find("role") != nullptr;
  EXPECT_EQ(marked, 3u);  // {10,20}, and both {50,60} dates
}

}  // namespace
}  // namespace pe
