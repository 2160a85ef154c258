#include "extractors/common/text_util.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

namespace pe {
namespace {

// The obvious search FindTitleMark must agree with: 《 or 》 starting at or after `from`.
size_t FindTitleMarkSlowly(std::string_view text, size_t from) {
  for (size_t i = from; i + 3 <= text.size(); ++i) {
    const std::string_view s = text.substr(i, 3);
    if (s == "《" || s == "》") return i;
  }
  return std::string_view::npos;
}

TEST(TextUtil, FindTitleMarkExamples) {
  EXPECT_EQ(FindTitleMark("", 0), std::string_view::npos);
  EXPECT_EQ(FindTitleMark("《", 0), 0u);
  EXPECT_EQ(FindTitleMark("《", 1), std::string_view::npos);
  EXPECT_EQ(FindTitleMark("、。「」〈〉【】", 0), std::string_view::npos);  // the same lead byte
  EXPECT_EQ(FindTitleMark("印发《医保办法》的通知", 0), 6u);
  EXPECT_EQ(FindTitleMark("印发《医保办法》的通知", 7), 21u);
  EXPECT_EQ(FindTitleMark(std::string(40, 'a') + "\xE3\x80", 0), std::string_view::npos);  // cut short
}

// Random texts of the bytes 《 》 、 。 and their neighbours are made of, cut anywhere (marks across
// the sixteen-byte steps and the tail), searched from every offset.
TEST(TextUtil, FindTitleMarkAgreesWithTheObviousSearch) {
  std::mt19937 rng(7);
  const std::string pieces[] = {"《", "》", "、", "。", "\xE3", "\x80", "\x8A", "\x8B", "医", "a", "\n", "\xE3\x80"};
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const size_t n = rng() % 40;
    for (size_t k = 0; k < n; ++k) text += pieces[rng() % std::size(pieces)];
    for (size_t from = 0; from <= text.size() + 1; ++from) {
      ASSERT_EQ(FindTitleMark(text, from), FindTitleMarkSlowly(text, from)) << "round " << round << " from " << from;
    }
  }
}

}  // namespace
}  // namespace pe
