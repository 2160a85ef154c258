#include "pipeline/normalize.h"

#include <gtest/gtest.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>

#include <random>
#include <string>
#include <vector>

#include "pipeline/utf8.h"

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

TEST(Normalize, ColumnGapAfterDigitIsNoUnitSpacing) {
  // A table row's number, then a name: the gap stays (as one space), so 5 and 张 do not join.
  EXPECT_EQ(Normalize("序号\n5     张某某    4人").text, "序号\n5 张某某 4人");
  EXPECT_EQ(Normalize("共 5\t张").text, "共 5 张");
  EXPECT_EQ(Normalize("共 5\xE3\x80\x80张").text, "共 5张");  // one ideographic space: typesetting
}

TEST(Normalize, EnclosedNumbersStayMarkers) {
  // NFKC would make ① a 1 ("①3个月" thirteen months); full-width digits still fold.
  EXPECT_EQ(Normalize("①3个月内,比例2%③;⑴两年;❶１２元").text, "①3个月内,比例2%③;⑴两年;❶12元");
}

TEST(Normalize, SpacedOutLinesAreJoined) {
  // Machine-translated or typeset text with a space between every word: the spaces beside Han
  // characters go on such a line (provenance still points at the bytes as written).
  const std::string in = "标题\n备案 有效 期 是 6 个 月,每 年 最高 报销 一千 人民币元,缴纳 1 980 元。\n湖南 医保 新政\n三级医院 800元 85%";
  const NormalizedText n = Normalize(in);
  EXPECT_EQ(n.text, "标题\n备案有效期是6个月,每年最高报销一千人民币元,缴纳1 980元。\n湖南 医保 新政\n三级医院 800元 85%");
  EXPECT_EQ(SourceOf(in, n, "6个月"), "6 个 月");
  ExpectMapsBack(in, n);
}

TEST(Normalize, NumbersCutByAPdfLineWrapAreJoined) {
  // PDF text wraps at the page's width: a break inside a number on a line that fills the width
  // goes (the span still covers it); breaks elsewhere stay, as do breaks on pages whose lines do
  // not run to a common width (a table flattened one cell per line).
  const std::string in =
      "    第一条 本通知适用于参加我市城乡居民基本医疗保险的人员。自\n"
      "2025年4月1日起,普通门诊统筹起付标准由每年200元调整为每年15\n"
      "0元;一级及以下定点医疗机构支付比例为60%,二级定点医疗机构为5\n"
      "5%,年度最高支付限额由1,20\n"
      "0元提高到1,500元。两病患者同时享受普通门诊统筹待遇的,年度合计\n"
      "不超过2000元,各县区医疗保障分局和市医保经办中心应于2025年3月3\n"
      "1日前完成信息系统改造,恶性肿瘤门诊放化疗等9种门诊慢特病,不设\n"
      "起付线,支付比例不低于70%;连续参保满3年的,支付比例再提高5个百\n"
      "分点。\n";
  const NormalizedText n = Normalize(in);
  EXPECT_NE(n.text.find("每年150元"), std::string::npos) << n.text;
  EXPECT_NE(n.text.find("为55%"), std::string::npos) << n.text;
  EXPECT_NE(n.text.find("2025年3月31日前"), std::string::npos) << n.text;
  EXPECT_NE(n.text.find("由1,20\n0元"), std::string::npos) << "a short line is no wrap: " << n.text;
  EXPECT_NE(n.text.find("5个百\n分点"), std::string::npos) << "a break between characters stays: " << n.text;
  EXPECT_NE(n.text.find("自\n2025年"), std::string::npos) << "a break before a number stays: " << n.text;
  EXPECT_EQ(SourceOf(in, n, "每年150元"), "每年15\n0元");
  ExpectMapsBack(in, n);
  const std::string table = "序号\n县市区\n咨询电话\n1\n北湖区\n2226511\n2\n苏仙区\n2892120\n";
  EXPECT_EQ(Normalize(table).text, table);
}

TEST(Normalize, APhoneNumberAtALinesEndIsNoWrappedQuantity) {
  // A page whose lines run to a common width: a line ending in a phone number before a line that
  // begins with 项目 is no number cut from its unit 项 (a price board, held-out set 88); a mobile
  // number likewise. A wrapped quantity still joins (每年15⏎0元).
  const std::string in =
      "宜昌市口腔医院门诊常用项目价格公示牌依据湖北省医疗服务价格项目规范执行\n"
      "院址:宜昌市西陵区夷陵大道186号门诊楼一层东侧咨询电话:0717-6241188\n"
      "项目名称及计价单位价格备注说明医保类别执行日期以本院收费系统为准\n"
      "一般检查费每次三元含口腔检查甲类自二零二五年一月一日起执行,每年15\n"
      "0元以内的全口牙周洁治含抛光乙类自二零二五年一月一日起手机13907171234\n"
      "人工服务每日八时至十八时节假日照常服务欢迎广大患者监督本院收费\n";
  const std::string text = Normalize(in).text;
  EXPECT_NE(text.find("0717-6241188\n项目名称"), std::string::npos) << text;
  EXPECT_NE(text.find("13907171234\n人工"), std::string::npos) << text;
  EXPECT_NE(text.find("每年150元"), std::string::npos) << text;
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


// Normalize's shortcuts (one pass over the input answers NFKC's quick check, the Traditional
// counts, four three-byte characters at a time through one table, and where spacing may change the
// text) against every step reading the text itself: the same text, maps, verdict and warnings on
// random mixes of Han (Simplified and Traditional-only), full-width forms, CJK punctuation, every
// kind of space and invisible character, CR/LF, digits, characters beyond the BMP and broken
// UTF-8 (stray, truncated, overlong and surrogate sequences).
TEST(Normalize, ShortcutsMatchTheSlowWay) {
  const std::vector<std::string> pieces = {
      "医", "疗", "保", "险", "报", "销", "一", "\xE9\xBF\xBF", "\xE4\xB8\x80", "醫", "療", "會", "與", "險", "們", "這",
      "。", "，", "、", "“", "”", "「", "」", "…", "《", "》", "：",
      "２", "０", "５", "％", "Ａ", "（", "）", "，", "　", "\xEF\xBC\x8C",
      "a", "Z", "0", "7", "9", "%", ".", "-", ":", " ", " ", " ", "  ", "\t", "\n", "\r\n", "\r", "\x01", "\x7F",
      "\xC2\xA0", "\xC2\xAD", "\xC2\xB7", "\xE2\x80\x82", "\xE2\x80\x8B", "\xE2\x80\x8F", "\xE2\x80\xAF",
      "\xE2\x81\xA0", "\xE2\x80\x94", "\xE2\x80\x9C", "\xE3\x80\x80", "\xE3\x80\x81", "\xEF\xBB\xBF", "\xEF\xBD\x9E",
      "é", "e\xCC\x81", "\xE3\x8D\xBF", "\xF0\x9F\x98\x80", "\xF0\xA0\x80\x80", "\xE4\xB8", "\xFF", "\x80", "\xBF",
      "\xE0\x80\x80", "\xED\xA0\x80", "\xC0\xAF", "\xF4\x90\x80\x80"};
  const std::vector<std::string> han = {"医", "疗", "保", "险", "的", "年", "月", "日", "醫", "療", "會", "與"};
  std::mt19937 rng(20261124);
  for (int round = 0; round < 6000; ++round) {
    std::string in;
    const size_t parts = rng() % 60;
    const bool clean = round % 3 == 0;  // a third without broken bytes
    for (size_t k = 0; k < parts; ++k) {
      if (rng() % 3 == 0) {  // runs of Han, the four-at-a-time path's case
        for (size_t h = rng() % 12; h > 0; --h) in += han[rng() % han.size()];
        continue;
      }
      const std::string& p = pieces[rng() % pieces.size()];
      if (clean && utf8::FirstInvalid(p) != std::string_view::npos) continue;
      in += p;
    }
    const NormalizedText fast = Normalize(in), slow = NormalizeWithoutShortcuts(in);
    ASSERT_EQ(fast.text, slow.text) << in;
    ASSERT_EQ(fast.traditional, slow.traditional) << in;
    ASSERT_EQ(fast.warnings, slow.warnings) << in;
    ASSERT_EQ(fast.maps.size(), slow.maps.size()) << in;
    OffsetChain a, b;
    for (const OffsetMap& m : fast.maps) a.Push(m);
    for (const OffsetMap& m : slow.maps) b.Push(m);
    for (size_t p = 0; p <= fast.text.size(); ++p) {
      ASSERT_EQ(a.MapStart(p), b.MapStart(p)) << in << " at " << p;
      if (p > 0) {
        ASSERT_EQ(a.MapEnd(p), b.MapEnd(p)) << in << " at " << p;
      }
    }
  }
}

}  // namespace
}  // namespace pe
