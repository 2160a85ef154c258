// The extractor set's names are copied into the records without escaping (pipeline/record.cc):
// ExtractorSet::Init must refuse any that would need it.
#include <gtest/gtest.h>

#include <memory>
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

}  // namespace
}  // namespace pe
