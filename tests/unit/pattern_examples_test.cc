// Every rule of every .patterns file carries `# e.g.` examples; each must be matched in full by
// its rule alone (pipeline/pattern_set.h promises it).
#include <gtest/gtest.h>

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

}  // namespace
}  // namespace pe
