// MentionFlags against the Json object it replaced: the same members, read and written the same.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "pipeline/json.h"
#include "pipeline/mention.h"

namespace pe {
namespace {

// The flags' members as ,"key":value text, as the record writer writes them.
std::string Written(const MentionFlags& f) {
  std::string out(f.MaxJson(), '\0');
  out.resize(static_cast<size_t>(f.PutJson(out.data()) - out.data()));
  return out;
}

// The same members written the old way: the Json object's text without its braces, each member
// after a comma.
std::string WrittenAsJson(const Json& object) {
  std::string out;
  for (const auto& [key, value] : object.as_object()) {
    out += ",\"" + key + "\":";
    value.Dump(out);
  }
  return out;
}

TEST(MentionFlags, Empty) {
  const MentionFlags f;
  EXPECT_TRUE(f.empty());
  EXPECT_FALSE(f.Has("unit"));
  EXPECT_EQ(f.String("unit"), "");
  EXPECT_FALSE(f.IsTrue("unit"));
  EXPECT_EQ(Written(f), "");
}

TEST(MentionFlags, SetReplaceErase) {
  MentionFlags f;
  f.Set("kind", "fixed");
  f.Set("area_code", std::string("0731"));
  f.Set("area_city", "长沙市");
  f.Set("area_code_inferred", true);
  EXPECT_EQ(Written(f), R"(,"kind":"fixed","area_code":"0731","area_city":"长沙市","area_code_inferred":true)");
  f.Set("area_city", "株洲市");  // replaced in place: the order is the first Set's
  EXPECT_EQ(f.String("area_city"), "株洲市");
  EXPECT_EQ(f.String("area_code_inferred"), "");
  EXPECT_TRUE(f.IsTrue("area_code_inferred"));
  EXPECT_FALSE(f.IsTrue("kind"));
  f.Erase("area_code");
  f.Erase("service");  // absent: nothing
  EXPECT_FALSE(f.Has("area_code"));
  EXPECT_EQ(f.size(), 3u);
  EXPECT_EQ(Written(f), R"(,"kind":"fixed","area_city":"株洲市","area_code_inferred":true)");
  f.Set("points", false);
  EXPECT_TRUE(f.Has("points"));
  EXPECT_FALSE(f.IsTrue("points"));
  EXPECT_EQ(Written(f), R"(,"kind":"fixed","area_city":"株洲市","area_code_inferred":true,"points":false)");
}

TEST(MentionFlags, NamesNeedNoEscaping) {
  for (const std::string_view name : FlagName::kNames) {
    std::string quoted;
    AppendJsonString(quoted, name);
    EXPECT_EQ(quoted, "\"" + std::string(name) + "\"");
  }
  EXPECT_EQ(FlagName("area_code_inferred").str(), "area_code_inferred");
}

TEST(MentionFlags, CopiedAndMovedKeepTheirValues) {
  MentionFlags f;
  f.Set("qualifier", "min");
  f.Set("renamed_from", "一个比十五个字节长得多的旧地名");  // past the string's inline room
  MentionFlags copy = f;
  MentionFlags moved = std::move(f);
  for (const MentionFlags* g : {&copy, &moved}) {
    EXPECT_EQ(g->String("qualifier"), "min");
    EXPECT_EQ(g->String("renamed_from"), "一个比十五个字节长得多的旧地名");
  }
}

// Random sequences of Set, replace and Erase, done to both: the same members and the same text.
TEST(MentionFlags, AsJsonObjectOnRandomEdits) {
  static constexpr FlagName kKeys[] = {"qualifier", "unit", "currency", "period", "role", "kind", "area_city", "in_org"};
  static const char* const kValues[] = {"min", "max", "人", "CNY", "pubdate", "湘西土家族苗族自治州", "",
                                        "a\"b", "back\\slash", "tab\there", "new\nline", "\x01"};
  std::mt19937 rng(7);
  const auto pick = [&](size_t n) { return static_cast<size_t>(rng() % n); };
  for (int round = 0; round < 20000; ++round) {
    MentionFlags f;
    Json j = Json::MakeObject();
    const size_t edits = pick(10);
    for (size_t e = 0; e < edits; ++e) {
      const FlagName key = kKeys[pick(std::size(kKeys))];
      switch (pick(4)) {
        case 0: {  // erase
          f.Erase(key);
          auto& o = j.as_object();
          std::erase_if(o, [&](const auto& kv) { return kv.first == key.str(); });
          break;
        }
        case 1: {
          const bool b = pick(2);
          if (f.size() == MentionFlags::kMax && !f.Has(key)) break;
          f.Set(key, b);
          j.Set(key.str(), b);
          break;
        }
        default: {
          std::string v = kValues[pick(std::size(kValues))];
          if (pick(8) == 0) v += std::string(pick(300), 'x');
          if (f.size() == MentionFlags::kMax && !f.Has(key)) break;
          f.Set(key, v);
          j.Set(key.str(), v);
          break;
        }
      }
    }
    ASSERT_EQ(Written(f), WrittenAsJson(j)) << round;
    ASSERT_EQ(f.size(), j.as_object().size());
    for (const FlagName key : kKeys) {
      const Json* v = j.Find(key.str());
      EXPECT_EQ(f.Has(key), v != nullptr);
      EXPECT_EQ(f.String(key), v && v->is_string() ? v->as_string() : std::string());
      EXPECT_EQ(f.IsTrue(key), v && v->is_bool() && v->as_bool());
    }
  }
}

}  // namespace
}  // namespace pe
