// The extractor set's names are copied into the records without escaping (pipeline/record.cc):
// ExtractorSet::Init must refuse any that would need it.
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <numeric>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "extractors/registry.h"

namespace pe {
namespace {

class NamedExtractor : public Extractor {
 public:
  explicit NamedExtractor(std::string name) : name_(std::move(name)) {}
  std::string_view name() const override { return name_; }

 private:
  std::string name_;
};

bool InitWith(const std::string& name, std::string& error) {
  std::vector<std::unique_ptr<Extractor>> v;
  v.push_back(std::make_unique<NamedExtractor>(name));
  ExtractorSet set;
  return set.Init(std::move(v), error);
}

TEST(ExtractorSet, RefusesNamesThatWouldNeedEscaping) {
  std::string error;
  EXPECT_TRUE(InitWith("email_url", error)) << error;
  for (const std::string bad : {"", "da\"te", "da\\te", "date\n", "Date", "da/te", "日期"}) {
    error.clear();
    EXPECT_FALSE(InitWith(bad, error)) << bad;
    EXPECT_NE(error.find("extractor name"), std::string::npos) << error;
  }
}

TEST(ExtractorSet, DefaultRuleNamesFollowTheSchema) {
  const ExtractorSet& set = ExtractorSet::Default();
  ASSERT_GT(set.patterns().size(), 20u);
  for (size_t i = 0; i < set.patterns().size(); ++i) {
    const std::string name = set.RuleName(i);
    const size_t slash = name.find('/');
    ASSERT_NE(slash, std::string::npos) << name;
    for (size_t k = 0; k < name.size(); ++k) {
      const char c = name[k];
      const bool ok = (c >= 'a' && c <= 'z') || c == '_' ||
                      (k > slash && ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'));
      EXPECT_TRUE(ok || k == slash) << name;
    }
  }
}

// The reference: std::sort over indices, as ExtractorSet::Extract sorted before the merge.
std::vector<Mention> ReferenceSort(std::vector<Mention> m) {
  std::vector<uint32_t> order(m.size());
  std::iota(order.begin(), order.end(), 0u);
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return MentionBefore(m[a], m[b]); });
  std::vector<Mention> sorted;
  for (const uint32_t i : order) sorted.push_back(std::move(m[i]));
  return sorted;
}

// Two sorted runs (the merge), with and without ties, and any order (std::sort): each mention
// carries its original index in value, so ties are told apart.
TEST(SortMentions, SameOrderAsStdSort) {
  std::mt19937 rng(7);
  static constexpr std::string_view kTypes[] = {"date", "money", "region"};
  size_t merged = 0;
  for (int round = 0; round < 4000; ++round) {
    const size_t n = rng() % 40;
    const size_t span = 1 + rng() % 60;  // small: ties happen
    std::vector<Mention> m(n);
    for (size_t i = 0; i < n; ++i) {
      m[i].start = rng() % span;
      m[i].end = m[i].start + 1 + rng() % 4;
      m[i].type = kTypes[rng() % 3];
      m[i].value = Json::Size(i);
    }
    if (round % 3 != 0) {  // two sorted runs
      const size_t mid = n ? rng() % (n + 1) : 0;
      std::sort(m.begin(), m.begin() + static_cast<ptrdiff_t>(mid), MentionBefore);
      std::sort(m.begin() + static_cast<ptrdiff_t>(mid), m.end(), MentionBefore);
      for (size_t i = 0; i < n; ++i) m[i].value = Json::Size(i);
      ++merged;
    }
    std::vector<Mention> got = m;
    SortMentions(got);
    const std::vector<Mention> want = ReferenceSort(m);
    ASSERT_EQ(got.size(), want.size());
    for (size_t i = 0; i < n; ++i) {
      EXPECT_EQ(got[i].value.Dump(), want[i].value.Dump()) << "round " << round << " at " << i;
    }
  }
  EXPECT_GT(merged, 2000u);
}

}  // namespace
}  // namespace pe
