#include "pipeline/normalize.h"

#include <gtest/gtest.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>

namespace pe {
namespace {

// Maps every byte range of the normalised text back and checks it lands on whole characters of
// the input, and that the whole text maps to the whole input.
void ExpectMapsBack(std::string_view in, const NormalizedText& n) {
  OffsetChain chain;
  for (const OffsetMap& m : n.maps) chain.Push(m);
  EXPECT_LE(chain.MapEnd(n.text.size()), in.size());
}

std::string SourceOf(std::string_view in, const NormalizedText& n, std::string_view piece) {
  OffsetChain chain;
  for (const OffsetMap& m : n.maps) chain.Push(m);
  const size_t at = n.text.find(piece);
  if (at == std::string::npos) return "<not found>";
  const size_t s = chain.MapStart(at), e = chain.MapEnd(at + piece.size());
  return std::string(in.substr(s, e - s));
}

TEST(Normalize, FullWidthBecomesAsciiAndMapsBack) {
  const std::string in = "２０２５年３月，报销７０％";
  const NormalizedText n = Normalize(in);
  EXPECT_EQ(n.text, "2025年3月,报销70%");
  EXPECT_EQ(SourceOf(in, n, "70%"), "７０％");
  ExpectMapsBack(in, n);
}

TEST(Normalize, BomCrlfZeroWidthAndNbsp) {
  const std::string in = "\xEF\xBB\xBF标题\r\n起付线3\xE2\x80\x8B" "000元，比例\xC2\xA0" "70%\r\n";
  const NormalizedText n = Normalize(in);
  EXPECT_EQ(n.text, "标题\n起付线3000元,比例 70%\n");
  EXPECT_EQ(SourceOf(in, n, "3000元"), "3\xE2\x80\x8B" "000元");
  ExpectMapsBack(in, n);
}

TEST(Normalize, SpacingBetweenDigitAndUnitIsRemoved) {
  const std::string in = "标准80 元,共 10 名,健康新闻 2025-03-19";
  const NormalizedText n = Normalize(in);
  EXPECT_EQ(n.text, "标准80元,共 10名,健康新闻 2025-03-19");
}

TEST(Normalize, RunsOfSpacesCollapseButIndentationStays) {
  const NormalizedText n = Normalize("  • 第一项  第二项   \n下一行");
  EXPECT_EQ(n.text, "  • 第一项 第二项\n下一行");
}

TEST(Normalize, TraditionalIsConvertedByPhrase) {
  const std::string in = "醫療保險報銷比例為70%,門診費用與住院費用";
  const NormalizedText n = Normalize(in);
  EXPECT_TRUE(n.traditional);
  EXPECT_EQ(n.text, "医疗保险报销比例为70%,门诊费用与住院费用");
  EXPECT_EQ(SourceOf(in, n, "门诊"), "門診");
}

// Traditional is detected from one pass over the input when NFKC changes nothing, else on the
// NFKC'd text: both ways must agree with LooksTraditional, whatever spacing is cleaned up between.
TEST(Normalize, TraditionalDetectedWithSpacingAndFullWidth) {
  for (const std::string in : {"醫療保險\xC2\xA0報銷  比例為70%\r\n門診費用", "醫療保險報銷比例為７０％,門診費用",
                                "\xEF\xBB\xBF醫療\t保險報銷比例\xE2\x80\x8B為70%", "医疗\xC2\xA0保险  报销比例为７０％"}) {
    const NormalizedText n = Normalize(in);
    EXPECT_EQ(n.traditional, LooksTraditional(in)) << in;
  }
}

TEST(Normalize, SimplifiedIsLeftAlone) {
  const NormalizedText n = Normalize("医疗保险报销比例为70%");
  EXPECT_FALSE(n.traditional);
  EXPECT_TRUE(n.maps.empty());
  EXPECT_FALSE(LooksTraditional("医疗保险报销比例为70%,乾隆年间"));
}

// Normalize takes the CJK Unified Ideographs as NFKC already without asking ICU (the NFKC quick
// check's table is built faster so): ICU must agree for every one of them.
TEST(Normalize, UnifiedIdeographsPassNfkcQuickCheck) {
  for (UChar32 c = 0x4E00; c <= 0x9FFF; ++c) {
    ASSERT_EQ(u_getIntPropertyValue(c, UCHAR_NFKC_QUICK_CHECK), UNORM_YES) << c;
    ASSERT_EQ(u_getCombiningClass(c), 0) << c;
  }
  const NormalizedText n = Normalize("\xE4\xB8\x80\xE9\xBF\xBF医疗");  // U+4E00, U+9FFF
  EXPECT_TRUE(n.maps.empty());
}

}  // namespace
}  // namespace pe
