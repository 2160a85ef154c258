#include "pipeline/html_to_text.h"

#include <gtest/gtest.h>

namespace pe {
namespace {

std::string Src(std::string_view html, const HtmlText& t, std::string_view piece) {
  const size_t at = t.text.find(piece);
  if (at == std::string::npos) return "<not found>";
  const size_t s = t.map.MapStart(at), e = t.map.MapEnd(at + piece.size());
  return std::string(html.substr(s, e - s));
}

TEST(HtmlToText, DropsChromeKeepsArticleWithBlockBreaks) {
  const std::string html =
      "<html><head><title>T</title><script>var x='3000元';</script><style>p{}</style></head><body>"
      "<nav><a href=/>首页</a></nav><div class=\"ad-box\">广告 999元</div>"
      "<article><h1>医保标题</h1><p>起付线<span>16</span>万元，比例&#37;70</p><ul><li>1. 第一项</li>"
      "<li>• 第二项<br>续行</li></ul></article>"
      "<footer>电话 010-12345678</footer></body></html>";
  const HtmlText t = HtmlToText(html);
  EXPECT_EQ(t.text, "医保标题\n起付线16万元，比例%70\n1. 第一项\n• 第二项\n续行\n");
  EXPECT_EQ(Src(html, t, "16万元"), "16</span>万元");
  EXPECT_EQ(Src(html, t, "%"), "&#37;");
  EXPECT_TRUE(t.warnings.empty());
}

// A page (or fragment) that is all "chrome" by its class names — a pop-up notice, a page whose
// only container is called "banner" — keeps its text rather than losing the whole document; the
// record says so. Chrome beside an article is still dropped.
TEST(HtmlToText, KeepsClassNamedChromeWhenItIsAllThereIs) {
  const std::string popup = "<div class=\"popup\"><h4>温馨提示</h4><p>每年12月31日前缴费。</p></div>";
  const HtmlText t = HtmlToText(popup);
  EXPECT_EQ(t.text, "温馨提示\n每年12月31日前缴费。\n");
  EXPECT_EQ(Src(popup, t, "12月31日"), "12月31日");
  EXPECT_EQ(t.warnings, std::vector<std::string>{"html_chrome_kept"});

  const std::string page = "<div class=\"popup\">弹窗 999元</div><p>正文 100元</p>";
  const HtmlText u = HtmlToText(page);
  EXPECT_EQ(u.text, "正文 100元\n");
  EXPECT_TRUE(u.warnings.empty());

  // Tags that never hold article text (script, nav, footer ...) stay dropped even then.
  const HtmlText v = HtmlToText("<nav>首页 导航</nav><script>var a = 1;</script>");
  EXPECT_EQ(v.text, "");
}

TEST(HtmlToText, EntitiesAndWhitespaceMapToTheirSource) {
  const std::string html = "<p>&ldquo;湘医保&rdquo;&nbsp;APP\r\n  &amp; &#x6E58;潭</p>";
  const HtmlText t = HtmlToText(html);
  EXPECT_EQ(t.text, "“湘医保”\u00A0APP & 湘潭\n");
  EXPECT_EQ(Src(html, t, "“"), "&ldquo;");
  EXPECT_EQ(Src(html, t, "湘潭"), "&#x6E58;潭");
  EXPECT_EQ(Src(html, t, "APP &"), "APP\r\n  &amp;");
}

TEST(HtmlToText, DeepNestingIsBoundedNotRecursive) {
  std::string html;
  for (int i = 0; i < 100000; ++i) html += "<div>";
  html += "深处的文字";
  HtmlOptions opts;
  opts.max_depth = 500;  // cut before Gumbo ever sees the deep part
  const HtmlText t = HtmlToText(html, opts);
  EXPECT_EQ(t.text, "");
  ASSERT_EQ(t.warnings.size(), 1u);
  EXPECT_EQ(t.warnings[0], "html_depth_limit");
}

TEST(HtmlToText, HiddenAndCommentedContentIsNotText) {
  const HtmlText t = HtmlToText("<p>可见<!-- 300元 --></p><p style=\"display: none\">隐藏</p><p hidden>也隐藏</p>");
  EXPECT_EQ(t.text, "可见\n");
}

}  // namespace
TEST(HtmlNestingCut, CountsOnlyElementsThatNest) {
  EXPECT_EQ(HtmlNestingCut("<div><div><div>x</div></div></div>", 2, 1000), 10u);
  // Case, a '>' inside a quoted attribute value, void and self-closing elements.
  EXPECT_EQ(HtmlNestingCut("<DIV title=\"a>b\"><br><img src='x>y'><p><p/><span>", 1, 1000), 43u);
  // Names of eight bytes and longer.
  EXPECT_EQ(HtmlNestingCut("<div><optgroup><optgroup><span>", 1, 1000), 25u);
  EXPECT_EQ(HtmlNestingCut("<verylongelementname><x>", 1, 1000), 21u);
  // Raw text is skipped to its end tag.
  EXPECT_EQ(HtmlNestingCut("<div><script>if (a<b) {}</script><span>", 2, 1000), std::string_view::npos);
  EXPECT_EQ(HtmlNestingCut("<div><span><b>", 5, 5), 11u);  // work: 1 + 2 + 3 > 5
}

}  // namespace pe
