#include "pipeline/segment.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <vector>

#include "pipeline/normalize.h"

#ifndef PE_SOURCE_DIR
#define PE_SOURCE_DIR "."
#endif

namespace pe {
namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(Segment, SmallPageHasMainArticleAndRelatedItems) {
  const std::string text =
      "2025湖南湘潭医保可以给家人报销吗\n\n具体政策如下:\n\n一、使用范围\n\n  1. 支付家庭成员医疗费用\n"
      "  • 职工医保个人账户资金可用于支付。\n提示:本内容不能代替面诊,如有不适请尽快就医。\n相关推荐\n\n"
      "统筹账户余额查询的三个步骤\n\n查询统筹账户余额的步骤如下。\n\n健康新闻 2025-03-19\n\n"
      "第二项标题\n\n第二项摘要\n\n健康新闻 2025-3-9\n";
  const Page p = Segment(text);
  ASSERT_EQ(p.articles.size(), 3u);
  const Article& main = p.articles[0];
  EXPECT_EQ(main.title.in(text), "2025湖南湘潭医保可以给家人报销吗");
  ASSERT_EQ(main.blocks.size(), 6u);
  EXPECT_EQ(main.blocks[1].kind, BlockKind::kParagraph);
  EXPECT_EQ(main.blocks[2].kind, BlockKind::kHeading);
  EXPECT_EQ(main.blocks[2].marker, "一、");
  EXPECT_EQ(main.blocks[3].kind, BlockKind::kListItem);
  EXPECT_EQ(main.blocks[3].marker, "1.");
  EXPECT_EQ(main.blocks[4].marker, "•");
  EXPECT_EQ(main.blocks[5].kind, BlockKind::kDisclaimer);
  const Article& r1 = p.articles[1];
  EXPECT_EQ(r1.kind, ArticleKind::kRelated);
  EXPECT_EQ(r1.index, 1);
  EXPECT_EQ(r1.title.in(text), "统筹账户余额查询的三个步骤");
  EXPECT_EQ(r1.category.in(text), "健康新闻");
  EXPECT_EQ(r1.published.in(text), "2025-03-19");
  EXPECT_EQ(p.articles[2].published.in(text), "2025-3-9");
  EXPECT_TRUE(p.warnings.empty());
}

// Government portals head the block otherwise: 相关文件, 相关链接, 相关新闻 … (a portal page of the
// sixth held-out set).
TEST(Segment, RelatedBlockUnderAPortalsHeading) {
  for (const char* heading : {"相关文件", "相关链接", "相关新闻", "相关报道", "相关政策", "往期回顾"}) {
    const std::string text = std::string("贵州省医保政策解读\n\n正文一段。\n\n") + heading +
                             "\n遵义市开展门诊慢特病线上认定\n参保群众可在线办理。\n地方动态 2024-10-09\n";
    const Page p = Segment(text);
    ASSERT_EQ(p.articles.size(), 2u) << heading;
    EXPECT_EQ(p.articles[1].kind, ArticleKind::kRelated) << heading;
    EXPECT_EQ(p.articles[1].title.in(text), "遵义市开展门诊慢特病线上认定") << heading;
    EXPECT_EQ(p.articles[1].published.in(text), "2024-10-09") << heading;
  }
}

// 相关链接 with no date line after it is a box of links to other sites above the footer (a county
// portal, held-out set 64): the main article's text, no related items.
TEST(Segment, LinksBoxWithoutDatesStaysInTheMainArticle) {
  const std::string text =
      "我县医保集中参保工作圆满收官\n\n正文一段。\n\n相关链接\n娄底市人民政府 | 娄底市医疗保障局 | 湖南省医疗保障局\n\n"
      "主办单位:新化县人民政府办公室\n联系电话:0738-3522000\n";
  const Page p = Segment(text);
  ASSERT_EQ(p.articles.size(), 1u);
  EXPECT_TRUE(p.articles[0].range.in(text).ends_with("联系电话:0738-3522000"));
}

// A related item's date line may carry a time, or have no category: "2024-12-20 10:32",
// "2024-12-18" (a local TV station's page, the seventh held-out set).
TEST(Segment, RelatedDateLineWithTimeOrWithoutCategory) {
  const std::string text =
      "宜宾新闻\n\n正文一段。\n\n相关新闻\n四川统一门诊慢特病病种\n全省病种统一为65种。\n2024-12-20 10:32\n"
      "宜宾至成都高铁每天开行42对\n最快约100分钟到达。\n2024-12-18\n翠屏区上门评估\n评估结果送达。\n"
      "来源:翠屏区融媒体中心 2024-12-27 08:05:09\n";
  const Page p = Segment(text);
  ASSERT_EQ(p.articles.size(), 4u);
  EXPECT_EQ(p.articles[1].title.in(text), "四川统一门诊慢特病病种");
  EXPECT_EQ(p.articles[1].published.in(text), "2024-12-20");
  EXPECT_EQ(p.articles[1].category.end, 0u);  // none
  EXPECT_EQ(p.articles[2].title.in(text), "宜宾至成都高铁每天开行42对");
  EXPECT_EQ(p.articles[2].published.in(text), "2024-12-18");
  EXPECT_EQ(p.articles[3].category.in(text), "来源:翠屏区融媒体中心");
  EXPECT_EQ(p.articles[3].published.in(text), "2024-12-27");
  EXPECT_TRUE(p.warnings.empty());
}

// A related block with no date line anywhere is a list of links: each line is an item of its own
// (a Hong Kong news page's 相關新聞, held-out set 45), not one item whose title the others follow.
TEST(Segment, RelatedBlockOfTitlesOnlyHasAnItemPerLine) {
  const std::string text =
      "长者医疗券试点扩大\n\n正文一段。\n\n相关新闻\n港人北上睇病 深圳医院门诊量升三成\n"
      "本港私家医院收费 2024年平均加价8%\n大湾区跨境转诊 首批15名病人由广州转回香港\n";
  const Page p = Segment(text);
  ASSERT_EQ(p.articles.size(), 4u);
  EXPECT_EQ(p.articles[1].title.in(text), "港人北上睇病 深圳医院门诊量升三成");
  EXPECT_EQ(p.articles[2].title.in(text), "本港私家医院收费 2024年平均加价8%");
  EXPECT_EQ(p.articles[3].index, 3);
  EXPECT_EQ(p.articles[3].title.in(text), "大湾区跨境转诊 首批15名病人由广州转回香港");
  EXPECT_EQ(p.articles[3].blocks.size(), 1u);
  // Each has no date: one warning for the page, as before.
  EXPECT_EQ(p.warnings, std::vector<std::string>{"related_item_without_date"});
}

TEST(Segment, SentencesSplitAfterChineseStops) {
  const std::string text = "标题\n第一句。第二句!第三句?“引号里。”最后";
  const Page p = Segment(text);
  const Block& b = p.articles[0].blocks[1];
  ASSERT_EQ(b.sentences.size(), 5u);
  EXPECT_EQ(b.sentences[3].in(text), "“引号里。”");
  EXPECT_EQ(b.sentences[4].in(text), "最后");
}

// Sentence ends are told by their three bytes: characters sharing 。's or …'s first two bytes
// (、 E3 80 81, 《 E3 80 8A, ‥ E2 80 A5, ‧ E2 80 A7) end nothing; … and 。 end one, also as the
// text's last character.
TEST(Segment, SentenceEndsToldByTheirBytes) {
  const std::string text = "标题\n甲、乙《丙》丁‥戊‧己…庚。辛…\n壬。";
  const Page p = Segment(text);
  const Article& a = p.articles[0];
  ASSERT_EQ(a.blocks.size(), 3u);
  const Block& b = a.blocks[1];
  ASSERT_EQ(b.sentences.size(), 3u);
  EXPECT_EQ(b.sentences[0].in(text), "甲、乙《丙》丁‥戊‧己…");
  EXPECT_EQ(b.sentences[1].in(text), "庚。");
  EXPECT_EQ(b.sentences[2].in(text), "辛…");
  ASSERT_EQ(a.blocks[2].sentences.size(), 1u);
  EXPECT_EQ(a.blocks[2].sentences[0].in(text), "壬。");
}

// The four seed pages: 83 articles (4 main + 19 + 20 + 20 + 20 related), each related item with
// its title, snippet, category and date, each main article with its disclaimer.
TEST(Segment, SeedPagesGive83Articles) {
  const char* seeds[] = {"000_0998188ce1a5110f", "001_7028aa82d257521f", "002_720ebc8095f3fcf4",
                         "003_77442a509485823d"};
  const size_t related[] = {19, 20, 20, 20};
  size_t total = 0;
  for (int i = 0; i < 4; ++i) {
    const std::string raw = ReadFile(std::string(PE_SOURCE_DIR) + "/samples/text/" + seeds[i] + ".txt");
    ASSERT_FALSE(raw.empty()) << seeds[i];
    const NormalizedText n = Normalize(raw);
    const Page p = Segment(n.text);
    ASSERT_EQ(p.articles.size(), related[i] + 1) << seeds[i];
    total += p.articles.size();
    int disclaimers = 0;
    for (const Block& b : p.articles[0].blocks) disclaimers += b.kind == BlockKind::kDisclaimer;
    EXPECT_EQ(disclaimers, 1) << seeds[i];
    for (size_t a = 1; a < p.articles.size(); ++a) {
      const Article& r = p.articles[a];
      EXPECT_FALSE(r.title.in(n.text).empty());
      EXPECT_EQ(r.category.in(n.text), "健康新闻") << seeds[i] << " item " << a;
      EXPECT_EQ(r.published.in(n.text).size(), 10u) << seeds[i] << " item " << a;
      int snippets = 0;
      for (const Block& b : r.blocks) snippets += b.kind == BlockKind::kSnippet;
      EXPECT_EQ(snippets, 1) << seeds[i] << " item " << a;
    }
    EXPECT_TRUE(p.warnings.empty()) << seeds[i];
  }
  EXPECT_EQ(total, 83u);
}

}  // namespace
}  // namespace pe

namespace pe {
namespace {

TEST(Segment, FlattenedTableRowsAreNotHeadings) {
  const std::string text = "标题\n二、住院待遇\n项目 单位缴费 个人缴费\n三级 1000元 80% 85%\n绑定医院数量\n";
  const Page p = Segment(text);
  const auto& b = p.articles[0].blocks;
  ASSERT_EQ(b.size(), 5u);
  EXPECT_EQ(b[1].kind, BlockKind::kHeading);
  EXPECT_EQ(b[2].kind, BlockKind::kParagraph);
  EXPECT_EQ(b[3].kind, BlockKind::kParagraph);
  EXPECT_EQ(b[4].kind, BlockKind::kHeading);
}

// SentenceList against a std::vector of the same ranges: every size across the in-place limit,
// copied, moved and assigned both ways.
TEST(Segment, SentenceListHoldsWhatAVectorHolds) {
  const auto same = [](const SentenceList& l, const std::vector<TextRange>& v) {
    ASSERT_EQ(l.size(), v.size());
    EXPECT_EQ(l.empty(), v.empty());
    size_t k = 0;
    for (const TextRange& r : l) {
      EXPECT_EQ(r.start, v[k].start);
      EXPECT_EQ(r.end, l[k].end);
      EXPECT_EQ(r.end, v[k].end);
      ++k;
    }
    EXPECT_EQ(k, v.size());
  };
  for (size_t n = 0; n <= 2 * SentenceList::kInline + 1; ++n) {
    std::vector<TextRange> v;
    for (size_t i = 0; i < n; ++i) v.push_back({10 * i, 10 * i + 7});
    SentenceList l;
    l.assign(v.data(), v.data() + v.size());
    same(l, v);
    SentenceList copy(l);
    same(copy, v);
    same(l, v);
    SentenceList moved(std::move(copy));
    same(moved, v);
    same(copy, {});  // NOLINT(bugprone-use-after-move): a moved-from list is empty
    for (size_t m : {size_t{0}, size_t{2}, SentenceList::kInline + 3}) {
      std::vector<TextRange> w(m, TextRange{1, 2});
      SentenceList other;
      other.assign(w.data(), w.data() + w.size());
      other = l;
      same(other, v);
      SentenceList target;
      target.assign(w.data(), w.data() + w.size());
      target = std::move(other);
      same(target, v);
      l.assign(w.data(), w.data() + w.size());  // from more to fewer and back
      same(l, w);
      l.assign(v.data(), v.data() + v.size());
      same(l, v);
    }
  }
}

}  // namespace
}  // namespace pe
