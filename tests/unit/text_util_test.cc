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
// The dot's offset in text, for ListItemNumberBefore.
bool ItemNumberAt(std::string_view text, std::string_view before_dot) {
  return ListItemNumberBefore(text, text.find(before_dot) + before_dot.size());
}

TEST(TextUtil, ListItemNumberBefore) {
  // The next number of a list whose previous item starts the line before.
  EXPECT_TRUE(ItemNumberAt("2.急诊诊查费:15元/次。\n3.6岁以下", "\n3"));
  EXPECT_TRUE(ItemNumberAt("1.身份证;\n2.2年内", "\n2"));
  EXPECT_TRUE(ItemNumberAt("  9、材料\n10.5年", "\n10"));
  // A decimal: not at a line's start, no list before it, or not the next number.
  EXPECT_FALSE(ItemNumberAt("平均住院日为\n3.6天", "\n3"));
  EXPECT_FALSE(ItemNumberAt("2.费用\n同比3.6天", "比3"));
  EXPECT_FALSE(ItemNumberAt("1.费用\n3.6天", "\n3"));
  EXPECT_FALSE(ItemNumberAt("\n1.5年", "\n1"));
  EXPECT_FALSE(ItemNumberAt("3.6天", "3"));
  EXPECT_FALSE(ListItemNumberBefore("2.x\n3", 5));  // no dot there
  // Answers between the items: the nearest numbered line counts, a few lines back at most.
  EXPECT_TRUE(ItemNumberAt("1.怎么参保?\n答:到村委会。\n带上身份证。\n2.6岁以下", "\n2"));
  std::string far = "1.怎么参保?\n";
  for (int line = 0; line < 12; ++line) far += "答。\n";
  EXPECT_FALSE(ItemNumberAt(far + "2.6岁", "\n2"));
  // The item before also reads as a decimal (1.5%): a third numbered line must continue the count.
  EXPECT_FALSE(ItemNumberAt("1.5%的参保人;\n2.3%的参保人", "\n2"));
  EXPECT_TRUE(ItemNumberAt("1.2026年怎么缴?\n答:400元。\n2.2025年起呢?\n答:同上。\n3.70%在哪?", "\n3"));
  EXPECT_FALSE(ItemNumberAt("答:400元。\n2.2025年起呢?\n答:同上。\n3.70%在哪?", "\n3"));
  // An excerpt skips items: three rising numbers make a list.
  EXPECT_TRUE(ItemNumberAt("18.10个工作日?\n答:是。\n20.2026年呢?\n答:能。\n23.4类人员?", "\n23"));
  EXPECT_FALSE(ItemNumberAt("20.2026年呢?\n答:能。\n23.4类人员?", "\n23"));
  EXPECT_FALSE(ItemNumberAt("1.费用\n2.材料\n23.4万元", "\n23"));  // too far a skip
}

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
