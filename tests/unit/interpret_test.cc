// The interpret stage on short pages: each case states a rule of interpret/parameters.h or
// jurisdiction.h and the parameter (or its absence) it must produce.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <optional>
#include <random>
#include <fstream>
#include <sstream>
#include <tuple>

#include "interpret/classify.h"
#include "interpret/context.h"
#include "interpret/cues.h"
#include "interpret/interpret.h"
#include "pipeline/analyze.h"
#include "pipeline/record.h"

namespace pe {
namespace {

// The main article's record of a page "TITLE\n\nBODY".
nlohmann::json MainRecord(const std::string& title, const std::string& body) {
  Document doc;
  doc.source.uri = "t.txt";
  doc.content = title + "\n\n" + body + "\n";
  const auto a = Analyze(doc, AnalyzeOptions{}, nullptr);
  EXPECT_TRUE(a.has_value());
  std::string lines;
  WriteRecords(*a, lines);
  return nlohmann::json::parse(lines.substr(0, lines.find('\n')));
}

// "kind value {qualifiers}" for each parameter, qualifiers in name order, e.g.
// "deductible 200 {care_setting:门诊,facility_level:二级}".
std::vector<std::string> Params(const nlohmann::json& r) {
  std::vector<std::string> out;
  for (const auto& p : r["parameters"]) {
    std::string q;
    for (const auto& [k, v] : p["qualifiers"].items()) q += (q.empty() ? "" : ",") + k + ":" + v.get<std::string>();
    std::string s = p["kind"].get<std::string>() + " " + p["value"].dump() + " {" + q + "}";
    if (p.contains("change")) s += " change " + p["change"].dump();
    out.push_back(s);
  }
  return out;
}

using testing::ElementsAre;

TEST(Interpret, KindFromTheNearestCueAndLevelsFromTheirOwnClause) {
  const auto r = MainRecord("2025湖南衡阳医保门诊报销", "  • 普通门诊费用报销:二级定点医疗机构起付线标准200元,按60%比例报销;三级定点医疗机构起付线300元,按55%比例报销。");
  EXPECT_THAT(Params(r), ElementsAre("deductible 200 {care_setting:门诊,facility_level:二级}",
                                     "reimbursement_rate 0.6 {care_setting:门诊,facility_level:二级}",
                                     "deductible 300 {care_setting:门诊,facility_level:三级}",
                                     "reimbursement_rate 0.55 {care_setting:门诊,facility_level:三级}"));
}

TEST(Interpret, ChangeFromOldToNewValueWithItsEffectiveDate) {
  const auto r = MainRecord("医保政策调整", "从2025年3月9日起,慢性病门诊自付比例从20%降至10%。");
  EXPECT_THAT(Params(r), ElementsAre("self_pay_rate 0.1 {care_setting:慢特病,effective_from:2025-03-09} change "
                                     "{\"direction\":\"down\",\"from\":0.2,\"to\":0.1}"));
}

TEST(Interpret, SiblingsInAListShareTheKindAndKeepTheirOwnPopulation) {
  const auto r = MainRecord("职工医保门诊待遇", "门诊:年度限额在职职工1500元、退休人员2000元。");
  EXPECT_THAT(Params(r), ElementsAre("cap 1500 {care_setting:门诊,period:year,population:在职,scheme:职工医保}",
                                     "cap 2000 {care_setting:门诊,period:year,population:退休,scheme:职工医保}"));
}

TEST(Interpret, ExamplesHypothesesExceptionsAndOldValuesMakeNoParameter) {
  EXPECT_TRUE(Params(MainRecord("医保报销", "通常需符合当地报销比例(如一级医院报销60%,三级医院50%)。")).empty());
  EXPECT_TRUE(Params(MainRecord("医保报销", "举例:假如市内可以报销60%,那么省外也报销。")).empty());
  EXPECT_TRUE(Params(MainRecord("医保报销", "门诊报销比例由80%提升,惠及参保群众。")).empty());
  EXPECT_THAT(Params(MainRecord("医保参保", "除新生儿以外,将设置3个月的待遇等待期。")), ElementsAre("waiting_period 3 {}"));
  EXPECT_TRUE(Params(MainRecord("医保报销", "按市内就医支付比例的90%报销。")).empty());
}

TEST(Interpret, LabelsGovernTheirFieldAndHeadingsTheWholeBlock) {
  const auto r = MainRecord("南县农村合作医疗报销比例",
                            "报销比例如下: 门诊报销比例 : 村级卫生院 :最多报销60%。 镇级卫生院 :最多报销40%。 "
                            "住院报销比例 : 镇级卫生院 :报销60%。");
  EXPECT_THAT(Params(r), ElementsAre("reimbursement_rate 0.6 {care_setting:门诊,facility_level:村,scheme:新农合}",
                                     "reimbursement_rate 0.4 {care_setting:门诊,facility_level:乡镇,scheme:新农合}",
                                     "reimbursement_rate 0.6 {care_setting:住院,facility_level:乡镇,scheme:新农合}"));
  const auto s = MainRecord("灵活就业缴费年限",
                            "男性 :累计缴费满30年 女性 :累计缴费满25年(同上) 实际缴费年限要求 实际缴费年限不低于10年");
  EXPECT_THAT(Params(s), ElementsAre("min_contribution_years 30 {scheme:灵活就业,sex:male}",
                                     "min_contribution_years 25 {scheme:灵活就业,sex:female}",
                                     "min_contribution_years 10 {bound:min,scheme:灵活就业}"));
}

TEST(Interpret, ContactLabelsAndImpliedValues) {
  const auto r = MainRecord("南县医保电话", "医保局总机 :0737-5666736 办公地址 :南县南华北路178号 邮政编码 :413200。一级定点医疗机构不设起付线。");
  EXPECT_THAT(Params(r), ElementsAre("contact_phone \"+867375666736\" {label:医保局总机}", "deductible 0 {facility_level:一级}",
                                     "office_address \"南县南华北路178号\" {}", "postal_code \"413200\" {}"));
}

TEST(Interpret, JurisdictionFromTitleElseBodyButNotFromExamplesOrOrganisations) {
  EXPECT_EQ(MainRecord("2025湖南湘潭医保可以给家人报销吗", "根据湖南省医疗保障局最新政策")["jurisdiction"]["code"], "430300");
  const auto body = MainRecord("医保报销上限", "例如,北京市、上海市等地的上限均为30万元。天水市居民医保断缴后需补缴。");
  EXPECT_EQ(body["jurisdiction"]["code"], "620500");
  EXPECT_EQ(body["jurisdiction"]["decided_by"], "body");
  const auto org = MainRecord("医保报销", "依托首都医科大学北京同仁眼科中心,职工医保可报销。");
  EXPECT_EQ(org["jurisdiction"]["level"], "national");
  const auto phone = MainRecord("医保咨询电话", "咨询电话0737-5666736。");
  EXPECT_EQ(phone["jurisdiction"]["code"], "430900");
  EXPECT_EQ(phone["jurisdiction"]["decided_by"], "phone_area_code");
  const auto mismatch = MainRecord("南陵县医保电话", "咨询电话0737-5666736。");
  ASSERT_FALSE(mismatch["warnings"].empty());
  EXPECT_NE(mismatch["warnings"][0].get<std::string>().find("phone_area_code_mismatch"), std::string::npos);
}

TEST(Interpret, EachValueInAListTakesItsOwnLevel) {
  const auto r = MainRecord("宁乡县新农合报销", "起付线分别为乡镇卫生院100元、县级医院300元、县外医院800元。");
  EXPECT_THAT(Params(r), ElementsAre("deductible 100 {facility_level:乡镇,scheme:新农合}",
                                     "deductible 300 {facility_level:县级,scheme:新农合}",
                                     "deductible 800 {facility_level:县外,scheme:新农合}"));
}

TEST(Interpret, RespectivelyPairsValuesWithTheConditionsListedBeforeThem) {
  const auto r = MainRecord("居民医保住院待遇", "在一级及以下、二级、三级定点医疗机构住院的,起付标准分别为200元、500元、1000元。");
  EXPECT_THAT(Params(r), ElementsAre("deductible 200 {care_setting:住院,facility_level:一级,scheme:居民医保}",
                                     "deductible 500 {care_setting:住院,facility_level:二级,scheme:居民医保}",
                                     "deductible 1000 {care_setting:住院,facility_level:三级,scheme:居民医保}"));
}

TEST(Interpret, BandsOfAnAmountAreNotDeductibles) {
  const auto r = MainRecord("大病保险待遇", "大病保险起付标准为1.5万元,1.5万元至10万元(含)部分报销60%。");
  EXPECT_THAT(Params(r), ElementsAre("deductible 15000 {scheme:大病保险}", "reimbursement_rate 0.6 {scheme:大病保险}"));
}

TEST(Interpret, HospitalRecommendationsAreNotPolicy) {
  const auto r = MainRecord("2025年辽宁抚顺出现皮疹去哪家医院好", "抚顺市中心医院皮肤科实力强。");
  EXPECT_FALSE(r["is_policy"]);
  EXPECT_EQ(r["topics"], nlohmann::json::array({"hospital_recommendation"}));
  EXPECT_TRUE(r["parameters"].empty());
}

// The scan's lists, built by insertion as the automaton reports hits by end offset, hold every
// occurrence of every cue of the table (nested and overlapping ones), in text order: by start,
// longer first, rows of one cue in file order. Compared with a search for each row's cue; the
// text repeats so that the lists outgrow their first room, and is scanned twice into one CueHits
// (a list reused from text to text).
TEST(Interpret, CueHitsAreEveryOccurrenceOfEveryCueInTextOrder) {
  std::string text;
  for (int i = 0; i < 40; ++i) {
    text += "职工医保单位缴费比例为8%,个人缴费比例2%。城乡居民医保住院起付标准一级医院200元,二级医院500元,"
            "三级医院1000元,报销比例分别为90%、80%、70%;门诊慢特病年度最高支付限额降至3000元,如北京、上海等地。"
            "办公地址:长沙市; 不设起付线,大病保险封顶线40万元。\n";
  }
  const CueIndex& index = CueIndex::Get();
  CueHits hits;
  for (const std::string_view scanned : {std::string_view(text).substr(0, 500), std::string_view(text)}) {
    index.Scan(scanned, hits);
    for (size_t t = 0; t < kCueTables; ++t) {
      std::vector<std::tuple<size_t, size_t, const CueRow*>> expected;
      const auto& rows = index.rows(static_cast<CueTable>(t));
      for (const CueRow& row : rows) {
        for (size_t at = scanned.find(row.cue); at != std::string_view::npos; at = scanned.find(row.cue, at + 1)) {
          expected.emplace_back(at, at + row.cue.size(), &row);
        }
      }
      std::stable_sort(expected.begin(), expected.end(), [](const auto& a, const auto& b) {
        if (std::get<0>(a) != std::get<0>(b)) return std::get<0>(a) < std::get<0>(b);
        if (std::get<1>(a) != std::get<1>(b)) return std::get<1>(a) > std::get<1>(b);
        return std::get<2>(a) < std::get<2>(b);  // rows in file order
      });
      std::vector<std::tuple<size_t, size_t, const CueRow*>> got;
      for (const CueHit& h : hits.of(t)) got.emplace_back(h.start, h.end, h.row);
      EXPECT_EQ(got, expected) << "table " << t;
    }
  }
  EXPECT_GT(hits.of(CueTable::kQualifier).size(), 64u);
}

// ExampleCueCancelled reads example_cues.tsv's lists split once, as numbers: compared with reading
// the columns as written (the third column's items: words that may not follow the cue; the
// fourth's: characters that may not precede it), for every row after and before every character
// its lists name, and others.
TEST(Interpret, ExampleCueCancelledAsItsListsSay) {
  const auto listed = [](const std::string& list, std::string_view piece, bool prefix) {
    for (size_t start = 0;;) {
      const size_t comma = list.find(',', start);
      const std::string item = list.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
      if (!item.empty() && (prefix ? piece.starts_with(item) : piece == item)) return true;
      if (comma == std::string::npos) return false;
      start = comma + 1;
    }
  };
  std::vector<std::string> chars = {"北", "京", "。", "a", "1", ""};
  for (const CueRow& row : CueIndex::Get().rows(CueTable::kExample)) {
    for (size_t c = 1; c < row.cols.size(); ++c) {
      for (size_t start = 0;;) {
        const size_t comma = row.cols[c].find(',', start);
        chars.push_back(row.cols[c].substr(start, comma == std::string::npos ? std::string::npos : comma - start));
        if (comma == std::string::npos) break;
        start = comma + 1;
      }
    }
  }
  int cancelled = 0;
  for (const CueRow& row : CueIndex::Get().rows(CueTable::kExample)) {
    for (const std::string& before : chars) {
      for (const std::string& after : chars) {
        const std::string text = before + row.cue + after + "上海";
        const CueHit h{before.size(), before.size() + row.cue.size(), &row};
        const std::string_view next = std::string_view(text).substr(h.end, 6);
        const bool expected = (row.cols.size() >= 2 && !next.empty() && listed(row.cols[1], next, true)) ||
                              (row.cols.size() >= 3 && h.start >= 3 && listed(row.cols[2], std::string_view(text).substr(h.start - 3, 3), false));
        EXPECT_EQ(ExampleCueCancelled(text, h), expected) << before << row.cue << after;
        cancelled += expected;
      }
    }
  }
  EXPECT_GT(cancelled, 0);
}

// AfterLastLabelBreak looks at 16 bytes at a time: compared with a byte-by-byte search on texts of
// commas, semicolons, 。, other E3 characters (、), CJK and ASCII, for every range.
TEST(Interpret, AfterLastLabelBreakFindsTheLastBreakOfTheRange) {
  const std::vector<std::string> pieces = {",", ";", "。", "、", "医", "保", "a", " ", ":", "1"};
  uint32_t seed = 12345;
  const auto next = [&] { return seed = seed * 1103515245u + 12345u, (seed >> 16) & 0x7FFF; };
  for (int round = 0; round < 200; ++round) {
    std::string text;
    const size_t n = next() % 40;
    for (size_t i = 0; i < n; ++i) text += pieces[next() % (round % 3 == 0 ? pieces.size() : 4 + pieces.size() / 2)];
    for (size_t from = 0; from <= text.size(); ++from) {
      for (size_t to = from; to <= text.size(); ++to) {
        size_t expected = from;
        for (size_t p = to; p-- > from;) {
          if (text[p] == ',' || text[p] == ';' || text.compare(p, 3, "。") == 0) {
            expected = p + 1;
            break;
          }
        }
        ASSERT_EQ(AfterLastLabelBreak(text, from, to), expected) << text << " " << from << " " << to;
      }
    }
  }
}

// MentionIndices keeps up to four indices in place, then moves them to a vector: it must read as
// a vector given the same pushes at either end.
TEST(Interpret, MentionIndicesReadAsAVector) {
  uint32_t seed = 7;
  const auto next = [&] { return seed = seed * 1103515245u + 12345u, (seed >> 16) & 0x7FFF; };
  for (int round = 0; round < 300; ++round) {
    MentionIndices got;
    std::vector<size_t> expected;
    const size_t n = next() % 12;
    for (size_t k = 0; k < n; ++k) {
      const size_t i = next();
      if (next() % 3 == 0) {
        got.push_front(i);
        expected.insert(expected.begin(), i);
      } else {
        got.push_back(i);
        expected.push_back(i);
      }
      ASSERT_EQ(std::vector<size_t>(got.begin(), got.end()), expected);
      ASSERT_EQ(got.size(), expected.size());
      ASSERT_EQ(got[got.size() - 1], expected.back());
    }
    const MentionIndices copy = got;
    EXPECT_EQ(std::vector<size_t>(copy.begin(), copy.end()), expected);
  }
}

// DocumentInterpreter walks each table's hits forward from the last article's start or end:
// articles in any order (reversed, repeated, skipping back into the last one) must read as they
// do in text order.
TEST(Interpret, ArticlesInAnyOrderReadAsInTextOrder) {
  std::ifstream in(std::string(PE_SOURCE_DIR) + "/samples/text/001_7028aa82d257521f.txt");
  std::stringstream content;
  content << in.rdbuf();
  Document doc;
  doc.source.uri = "t.txt";
  doc.content = content.str();
  const auto a = Analyze(doc, AnalyzeOptions{}, nullptr);
  ASSERT_TRUE(a.has_value());
  const auto& articles = a->page.articles;
  ASSERT_GE(articles.size(), 5u);
  const SpanWriterFn no_span = [](JsonWriter& w, size_t, size_t) { w.Null(); };
  std::vector<std::string> ids;
  for (size_t k = 1; k <= a->mentions.size(); ++k) ids.push_back("\"m" + std::to_string(k) + '"');
  const auto read = [&](DocumentInterpreter& interpreter, size_t n) {
    std::vector<const Mention*> mentions;
    for (const Mention& m : a->mentions) {
      if (m.start >= articles[n].range.start && m.start < articles[n].range.end && m.end <= articles[n].range.end) mentions.push_back(&m);
    }
    const ArticleInterpretation r = interpreter.Interpret(articles[n], mentions, ids, no_span);
    const ArticleClass& c = r.classification;
    std::string s = r.jurisdiction.json + r.parameters + (c.is_policy ? " policy " : " - ") + std::to_string(c.policy_year.value_or(0));
    for (std::string_view t : c.topics) s += " " + std::string(t);
    for (std::string_view t : c.schemes) s += " " + std::string(t);
    return s;
  };
  std::vector<std::string> in_order;
  {
    DocumentInterpreter interpreter(*a);
    for (size_t n = 0; n < articles.size(); ++n) in_order.push_back(read(interpreter, n));
  }
  std::vector<size_t> reversed, shuffled;
  for (size_t n = articles.size(); n-- > 0;) reversed.push_back(n);
  for (size_t n = 0; n < articles.size(); ++n) {
    shuffled.push_back(n);
    if (n % 3 == 2) shuffled.push_back(n - 1);  // back into the last article
    if (n % 4 == 3) shuffled.push_back(n);      // the same again
  }
  size_t policy = 0;
  for (const auto& order : {reversed, shuffled}) {
    DocumentInterpreter interpreter(*a);
    for (size_t n : order) {
      EXPECT_EQ(read(interpreter, n), in_order[n]) << "article " << n;
      policy += in_order[n].find(" policy ") != std::string::npos;
    }
  }
  EXPECT_GT(policy, 0u);
}

}  // namespace

// The records write the source object straight; the errors file builds it as a tree. Both the same
// text, with every optional field present or not, and strings that need escaping.
TEST(Records, SourceObjectWrittenStraightAsTheTreeDumps) {
  for (int mask = 0; mask < 64; ++mask) {
    SourceInfo s;
    s.uri = "dir/a \"b\"\\c.jsonl";
    s.container = "jsonl";
    if (mask & 1) s.field = "text";
    if (mask & 2) s.line = 12345;
    s.byte_offset = static_cast<uint64_t>(mask) * 1000003;
    s.byte_length = 99;
    if (mask & 4) s.sha256 = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
    if (mask & 8) s.id = "页面\t7";
    if (mask & 16) s.url = "https://example.org/x?a=1&b=\x01";
    if (mask & 32) s.fetched_at = "2025-03-09T08:00:00Z";
    std::string direct = "prefix";
    AppendSourceJson(direct, s);
    EXPECT_EQ(direct, "prefix" + SourceJson(s).Dump()) << mask;
  }
}

// TitleYear finds digits 16 bytes at a time: it must give what a byte-by-byte reading gives, for
// digit runs at every position across those 16-byte steps, among Chinese and ASCII.
TEST(Classify, TitleYearAsAPlainReadingOfTheDigits) {
  const auto plain = [](std::string_view t) -> std::optional<int> {
    for (size_t i = 0; i < t.size();) {
      size_t j = i;
      while (j < t.size() && t[j] >= '0' && t[j] <= '9') ++j;
      if (j - i == 4) {
        const int y = std::stoi(std::string(t.substr(i, 4)));
        if (y >= 1990 && y <= 2099) return y;
      }
      i = j == i ? i + 1 : j;
    }
    return std::nullopt;
  };
  const char* pieces[] = {"湖", "年", "a", " ", "/", ":", "0", "1", "2", "9", "2024", "19", "20", "1989", "2100", "20251"};
  std::mt19937 rng(7);
  int found = 0;
  for (int n = 0; n < 20000; ++n) {
    std::string t;
    const size_t len = rng() % 24;
    for (size_t k = 0; k < len; ++k) t += pieces[rng() % std::size(pieces)];
    EXPECT_EQ(TitleYear(t), plain(t)) << t;
    found += plain(t).has_value();
  }
  EXPECT_GT(found, 1000);  // the random titles do name years
  EXPECT_EQ(TitleYear("深圳社保缴费比例2024最新标准"), 2024);
  EXPECT_EQ(TitleYear("2025湖南湘潭"), 2025);
  EXPECT_EQ(TitleYear("第20251期 1989年"), std::nullopt);
}

}  // namespace pe
