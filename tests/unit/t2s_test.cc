#include "pipeline/t2s.h"

#include <gtest/gtest.h>
#include <opencc/Lexicon.hpp>
#include <opencc/MarisaDict.hpp>
#include <opencc/SerializableDict.hpp>
#include <opencc/SimpleConverter.hpp>

#include <random>
#include <string>
#include <vector>

#include "pipeline/utf8.h"

namespace pe {
namespace {

// T2sConverter must give what OpenCC's t2s.json gives, byte for byte: each test converts strings
// with both and compares.
class T2sTest : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    opencc_ = new opencc::SimpleConverter(PE_OPENCC_DATA_DIR "/t2s.json");
    ours_ = T2sConverter::Load(PE_OPENCC_DATA_DIR).release();
    phrases_ = new std::vector<std::string>(Keys("TSPhrases.ocd2"));
    characters_ = new std::vector<std::string>(Keys("TSCharacters.ocd2"));
  }
  static void TearDownTestSuite() {
    delete opencc_;
    delete ours_;
    delete phrases_;
    delete characters_;
  }

  static std::vector<std::string> Keys(const std::string& file) {
    std::vector<std::string> keys;
    const auto dict = opencc::SerializableDict::NewFromFile<opencc::MarisaDict>(PE_OPENCC_DATA_DIR "/" + file);
    for (const auto& entry : *dict->GetLexicon()) keys.push_back(entry->Key());
    return keys;
  }

  static std::string Ours(std::string_view text) {
    std::string out = "kept";  // Convert appends
    ours_->Convert(text, out);
    return out.substr(4);
  }

  // Counts the strings compared, to show the tests compared what they meant to.
  static size_t ExpectSame(const std::string& text) {
    EXPECT_EQ(Ours(text), opencc_->Convert(text)) << "input: " << text;
    return 1;
  }

  static opencc::SimpleConverter* opencc_;
  static const T2sConverter* ours_;
  static std::vector<std::string>* phrases_;
  static std::vector<std::string>* characters_;
};

opencc::SimpleConverter* T2sTest::opencc_ = nullptr;
const T2sConverter* T2sTest::ours_ = nullptr;
std::vector<std::string>* T2sTest::phrases_ = nullptr;
std::vector<std::string>* T2sTest::characters_ = nullptr;

TEST_F(T2sTest, LoadsOpenCCsDictionaries) {
  ASSERT_NE(ours_, nullptr);
  EXPECT_GT(phrases_->size(), 200u);
  EXPECT_GT(characters_->size(), 4000u);
  EXPECT_EQ(T2sConverter::Load("/nonexistent"), nullptr);
}

TEST_F(T2sTest, ConvertsByPhraseThenByCharacter) {
  ASSERT_NE(ours_, nullptr);
  EXPECT_EQ(Ours("醫療保險報銷比例為70%"), "医疗保险报销比例为70%");
  EXPECT_EQ(Ours("老態龍鍾"), "老态龙钟");  // a phrase with two values: the first
  EXPECT_EQ(Ours("鍾"), opencc_->Convert("鍾"));
}

TEST_F(T2sTest, EveryKeyAloneAndInContext) {
  ASSERT_NE(ours_, nullptr);
  size_t n = 0;
  for (const std::vector<std::string>* keys : {phrases_, characters_}) {
    for (const std::string& k : *keys) {
      n += ExpectSame(k);
      n += ExpectSame("醫保" + k + "報銷");
      n += ExpectSame("a" + k + "\n" + k + "b\n");
    }
  }
  EXPECT_EQ(n, 3 * (phrases_->size() + characters_->size()));
}

// A phrase followed by text that would start another phrase, overlapping it or not, and a phrase
// cut short by a character: where the longest match ends decides the segments.
TEST_F(T2sTest, PhrasesOverlappingAndCutShort) {
  ASSERT_NE(ours_, nullptr);
  std::vector<std::vector<std::string>> chars;  // each phrase's characters
  for (const std::string& k : *phrases_) {
    std::vector<std::string> cs;
    for (size_t i = 0; i < k.size();) {
      const size_t start = i;
      utf8::Decode(k, i);
      cs.push_back(k.substr(start, i - start));
    }
    chars.push_back(cs);
  }
  size_t overlaps = 0;
  for (size_t a = 0; a < phrases_->size(); ++a) {
    const std::string& pa = (*phrases_)[a];
    for (size_t b = 0; b < phrases_->size(); ++b) {
      const std::string& pb = (*phrases_)[b];
      ExpectSame(pa + pb);
      // pb written over pa's last characters when they are pb's first ones.
      for (size_t k = 1; k < chars[a].size() && k < chars[b].size(); ++k) {
        std::string tail, head;
        for (size_t i = chars[a].size() - k; i < chars[a].size(); ++i) tail += chars[a][i];
        for (size_t i = 0; i < k; ++i) head += chars[b][i];
        if (tail == head) overlaps += ExpectSame(pa + pb.substr(head.size()));
      }
    }
    std::string cut;  // pa without its last character, then with a character that breaks it
    for (size_t i = 0; i + 1 < chars[a].size(); ++i) cut += chars[a][i];
    ExpectSame(cut);
    ExpectSame(cut + "的" + pa);
  }
  EXPECT_GT(overlaps, 0u);
}

TEST_F(T2sTest, EdgeCases) {
  ASSERT_NE(ours_, nullptr);
  for (const std::string s : {"", "\n", "\n\n", "ascii only, 123 %.", "😀醫療😀", "𠀀𡞵𨭎𪚥", "医疗保险",
                              "醫療\n保險\n", "全角ＡＢＣ１２３，。", "\xEF\xBB\xBF" "醫"}) {
    ExpectSame(s);
  }
  // OpenCC reads a C string: a NUL ends the text.
  ExpectSame(std::string("醫療\0保險", 7));
  ExpectSame(std::string("\0醫", 4));
  EXPECT_EQ(Ours(std::string("醫療\0保險", 7)), "医疗");
  // Malformed bytes (OpenCC's answer would depend on the bytes after the text) are kept.
  EXPECT_EQ(Ours("醫\xFF療"), "医\xFF疗");
  EXPECT_EQ(Ours("醫療\xE9\x86"), "医疗\xE9\x86");
  EXPECT_EQ(Ours("\xED\xA0\x80醫"), "\xED\xA0\x80医");
}

// Random mixes of keys of both dictionaries, their values' characters (Simplified), ASCII, CJK
// punctuation, 4-byte characters and newlines.
TEST_F(T2sTest, RandomMixes) {
  ASSERT_NE(ours_, nullptr);
  std::vector<std::string> pieces = {" ", "a", "Z9", "%", "\n", "，", "。", "（", "😀", "𠮷", "医", "疗", "保",
                                     "险", "的", "了", "一", "中", "是", "年"};
  for (const std::vector<std::string>* keys : {phrases_, characters_}) {
    pieces.insert(pieces.end(), keys->begin(), keys->end());
    for (const std::string& k : *keys) pieces.push_back(opencc_->Convert(k));
  }
  std::mt19937 rng(20261124);
  std::uniform_int_distribution<size_t> piece(0, pieces.size() - 1), length(0, 40);
  for (int n = 0; n < 20000; ++n) {
    std::string s;
    for (size_t len = length(rng); len > 0; --len) s += pieces[piece(rng)];
    ExpectSame(s);
  }
}

}  // namespace
}  // namespace pe
