// qa/eval: pairing, the span and strict counts, and flags compared both ways.
#include "qa/eval.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace pe {
namespace {

using nlohmann::json;

// A record of document "doc" (by source id) with the given mentions, main article.
json Record(json mentions) {
  return json{{"record_id", "doc/main"}, {"source", {{"id", "doc"}, {"uri", "x.jsonl"}}}, {"mentions", std::move(mentions)}};
}

json Gold(const std::string& type, const std::string& text, json value) {
  return json{{"article", "main"}, {"type", type}, {"text", text}, {"char_start", 0}, {"char_end", 1}, {"value", std::move(value)}};
}

json Mention(const std::string& type, const std::string& text, json value) {
  return json{{"type", type}, {"text", text}, {"value", std::move(value)}};
}

TEST(Eval, CountsMissesWrongValuesAndFalseAlarms) {
  std::map<std::string, std::vector<json>> gold;
  gold["doc"] = {Gold("money", "200元", 200), Gold("money", "300元", 300), Gold("percent", "70%", 0.7)};
  const EvalResult r = Evaluate(gold, {Record({Mention("money", "200元", 200), Mention("money", "300元", 30),
                                               Mention("money", "5元", 5)})});
  const TypeScore& money = r.by_type.at("money");
  EXPECT_EQ(money.gold, 2);
  EXPECT_EQ(money.predicted, 3);
  EXPECT_EQ(money.span_tp, 2);
  EXPECT_EQ(money.strict_tp, 1);
  EXPECT_EQ(r.by_type.at("percent").span_tp, 0);
  EXPECT_EQ(r.by_type.at("ALL").gold, 3);
  int miss = 0, wrong = 0, false_alarm = 0;
  for (const EvalCase& c : r.cases) {
    miss += c.kind == "miss";
    wrong += c.kind == "wrong_value";
    false_alarm += c.kind == "false_alarm";
  }
  EXPECT_EQ(miss, 1);         // 70%
  EXPECT_EQ(wrong, 1);        // 300元 valued 30
  EXPECT_EQ(false_alarm, 1);  // 5元
  EXPECT_EQ(r.documents, 1);
}

// The tool's normalisation drops the spaces a page puts between digits and Chinese (5,000 元 →
// 5,000元); the gold's text keeps them. Both name the same source bytes: they pair, and a space
// inside the text (a phone's groups) pairs either way too. Different characters still do not.
TEST(Eval, SpacesInTheTextDoNotKeepMentionsApart) {
  std::map<std::string, std::vector<json>> gold;
  gold["doc"] = {Gold("money", "5,000 元", 5000), Gold("date", "2025 年 3 月 1 日", "2025-03-01"),
                 Gold("phone", "138 1234 5678", "+8613812345678"), Gold("money", "300元", 300)};
  const EvalResult r = Evaluate(gold, {Record({Mention("money", "5,000元", 5000), Mention("date", "2025年 3月 1日", "2025-03-01"),
                                               Mention("phone", "138 1234 5678", "+8613812345678"), Mention("money", "30元", 300)})});
  EXPECT_EQ(r.by_type.at("money").span_tp, 1);  // 30元 is not 300元
  EXPECT_EQ(r.by_type.at("date").strict_tp, 1);
  EXPECT_EQ(r.by_type.at("phone").strict_tp, 1);
}

// A number cut by a PDF's line wrap: the gold's text keeps the break, the tool's normalised text
// (what it pairs by) has none. Both name the same source bytes: they pair.
TEST(Eval, ALineBreakInTheTextDoesNotKeepMentionsApart) {
  std::map<std::string, std::vector<json>> gold;
  gold["doc"] = {Gold("money", "每年15\n0元", 150), Gold("money", "20\n0元", 200)};
  json wrapped = Mention("money", "每年15\n0元", 150);
  wrapped["normalized"] = "每年150元";
  const EvalResult r = Evaluate(gold, {Record({wrapped, Mention("money", "0元", 0)})});
  EXPECT_EQ(r.by_type.at("money").strict_tp, 1);
  EXPECT_EQ(r.by_type.at("money").span_tp, 1);  // 0元 is not 20⏎0元
}

TEST(Eval, NumbersEqualWithinRoundingOnly) {
  EXPECT_TRUE(ValuesEqual(json(0.6666666666666666), json(2.0 / 3.0)));
  EXPECT_FALSE(ValuesEqual(json(0.66), json(2.0 / 3.0)));
  EXPECT_TRUE(ValuesEqual(json{{"min", 1}, {"max", 2}}, json{{"max", 2.0}, {"min", 1.0}}));
}

// A flag the gold set uses for a type is compared on every mention of that type: one the tool
// leaves out and one it adds where gold has none are both wrong values; false counts as absent.
TEST(Eval, FlagsTheGoldUsesAreComparedBothWays) {
  std::map<std::string, std::vector<json>> gold;
  json in_org = Gold("region", "长沙", "430100");
  in_org["in_org"] = true;
  gold["doc"] = {in_org, Gold("region", "湘潭", "430300"), Gold("region", "株洲", "430200"), Gold("date", "2024年", "2024")};
  json changsha = Mention("region", "长沙", "430100");
  changsha["in_org"] = true;
  json xiangtan = Mention("region", "湘潭", "430300");
  xiangtan["in_org"] = true;  // gold has none: wrong
  json zhuzhou = Mention("region", "株洲", "430200");
  zhuzhou["in_org"] = false;  // the same as absent
  json year = Mention("date", "2024年", "2024");
  year["in_org"] = true;  // no date in the gold set has in_org: not compared for dates
  const EvalResult r = Evaluate(gold, {Record({changsha, xiangtan, zhuzhou, year})});
  EXPECT_EQ(r.by_type.at("region").span_tp, 3);
  EXPECT_EQ(r.by_type.at("region").strict_tp, 2);
  EXPECT_EQ(r.by_type.at("date").strict_tp, 1);
  ASSERT_EQ(r.cases.size(), 1u);
  EXPECT_EQ(r.cases[0].text, "湘潭");
}

}  // namespace
}  // namespace pe
