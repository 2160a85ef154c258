#include "extractors/common/numerals.h"
#include "extractors/common/quantity_numbers.h"
#include "extractors/common/quantity_words.h"
#include "extractors/common/text_util.h"

#include <gtest/gtest.h>
#include <unicode/locid.h>
#include <unicode/rbnf.h>
#include <unicode/unistr.h>

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#ifndef PE_SOURCE_DIR
#define PE_SOURCE_DIR "."
#endif

namespace pe::numerals {
namespace {

constexpr char kCorpusPath[] = PE_SOURCE_DIR "/extractors/common/numerals_corpus.tsv";

bool Near(double actual, double expected) {
  const double scale = std::max(1.0, std::fabs(expected));
  return std::fabs(actual - expected) <= 1e-9 * scale;
}

struct Row {
  int line = 0;
  std::string input;
  std::optional<double> expected;  // nullopt = must reject
  std::string kind;                // "number" | "fraction"
};

// Parses "1.5", "2/3" or "-".
bool ParseExpected(const std::string& s, std::optional<double>* out) {
  if (s == "-") {
    *out = std::nullopt;
    return true;
  }
  char* end = nullptr;
  const size_t slash = s.find('/');
  if (slash != std::string::npos) {
    const std::string a = s.substr(0, slash), b = s.substr(slash + 1);
    const double num = std::strtod(a.c_str(), &end);
    if (a.empty() || *end != '\0') return false;
    const double den = std::strtod(b.c_str(), &end);
    if (b.empty() || *end != '\0' || den == 0) return false;
    *out = num / den;
    return true;
  }
  const double v = std::strtod(s.c_str(), &end);
  if (s.empty() || *end != '\0') return false;
  *out = v;
  return true;
}

std::vector<Row> LoadCorpus(std::string* error) {
  std::vector<Row> rows;
  std::ifstream in(kCorpusPath);
  if (!in) {
    *error = std::string("cannot open ") + kCorpusPath;
    return rows;
  }
  std::string line;
  int lineno = 0;
  while (std::getline(in, line)) {
    ++lineno;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cols;
    std::stringstream ss(line);
    std::string col;
    while (std::getline(ss, col, '\t')) cols.push_back(col);
    if (cols.size() != 3) {
      *error = "line " + std::to_string(lineno) + ": expected 3 columns";
      return {};
    }
    Row r;
    r.line = lineno;
    r.input = cols[0];
    r.kind = cols[2];
    if (!ParseExpected(cols[1], &r.expected) ||
        (r.kind != "number" && r.kind != "fraction")) {
      *error = "line " + std::to_string(lineno) + ": bad expected/kind";
      return {};
    }
    rows.push_back(std::move(r));
  }
  return rows;
}

TEST(NumeralsCorpus, AllRows) {
  std::string error;
  const std::vector<Row> rows = LoadCorpus(&error);
  ASSERT_TRUE(error.empty()) << error;
  ASSERT_GE(rows.size(), 80u) << "corpus missing or too small: " << kCorpusPath;
  int numbers = 0, fractions = 0;
  for (const Row& r : rows) {
    const bool is_number = r.kind == "number";
    (is_number ? numbers : fractions)++;
    const std::optional<double> got =
        is_number ? ParseNumber(r.input) : ParseFraction(r.input);
    SCOPED_TRACE("line " + std::to_string(r.line) + " [" + r.kind + "] '" +
                 r.input + "'");
    if (!r.expected) {
      EXPECT_FALSE(got.has_value()) << "should reject, got " << *got;
    } else {
      ASSERT_TRUE(got.has_value()) << "should parse to " << *r.expected;
      EXPECT_TRUE(Near(*got, *r.expected))
          << "got " << *got << ", want " << *r.expected;
    }
  }
  EXPECT_GT(numbers, 0);
  EXPECT_GT(fractions, 0);
}

// ICU RBNF spell-out as an oracle for canonical Chinese integers.
class IcuOracle : public ::testing::Test {
 protected:
  void SetUp() override {
    UErrorCode status = U_ZERO_ERROR;
    fmt_ = std::make_unique<icu::RuleBasedNumberFormat>(
        icu::URBNF_SPELLOUT, icu::Locale("zh"), status);
    ASSERT_TRUE(U_SUCCESS(status)) << u_errorName(status);
  }
  std::string Spell(int64_t v) {
    icu::UnicodeString u;
    fmt_->format(v, u);
    std::string s;
    u.toUTF8String(s);
    return s;
  }
  void Check(int64_t v) {
    const std::string s = Spell(v);
    const auto got = ParseNumber(s);
    ASSERT_TRUE(got.has_value()) << v << " spelled '" << s << "' rejected";
    ASSERT_EQ(*got, static_cast<double>(v)) << "'" << s << "'";
  }
  std::unique_ptr<icu::RuleBasedNumberFormat> fmt_;
};

TEST_F(IcuOracle, ZeroToThousandExhaustive) {
  for (int64_t v = 0; v <= 1000; ++v) Check(v);
}

TEST_F(IcuOracle, UpToHundredThousandExhaustive) {
  // Cheap enough (~50 ms) to do every value rather than a stride.
  for (int64_t v = 1001; v <= 100000; ++v) Check(v);
}

TEST_F(IcuOracle, LargeSparse) {
  // Geometric-ish walk through 1e5..1e12 plus round values, to cover 万/亿.
  // ICU switches to 兆 (1e12) above that, which we deliberately do not parse
  // (兆 is ambiguous: 1e6 in modern mainland usage, 1e12 traditionally).
  for (int64_t v = 100001; v < 1'000'000'000'000; v = v * 3 + 7) Check(v);
  for (int64_t base : {10'000LL, 100'000'000LL}) {
    for (int64_t k = 1; k <= 9999; k += 37) {
      Check(k * base);
      Check(k * base + 1);
      Check(k * base + 1000);
    }
  }
}

// Two neighbouring digits as an approximate range: 三四百 = 300 to 400.
TEST(Numerals, NeighbourRange) {
  using R = std::pair<double, double>;
  EXPECT_EQ(ParseNeighbourRange("三四百"), (R{300, 400}));
  EXPECT_EQ(ParseNeighbourRange("四五百"), (R{400, 500}));
  EXPECT_EQ(ParseNeighbourRange("五六千"), (R{5000, 6000}));
  EXPECT_EQ(ParseNeighbourRange("三四万"), (R{30000, 40000}));
  EXPECT_EQ(ParseNeighbourRange("六七十"), (R{60, 70}));
  EXPECT_EQ(ParseNeighbourRange("两三"), (R{2, 3}));
  EXPECT_EQ(ParseNeighbourRange("一两"), (R{1, 2}));
  EXPECT_EQ(ParseNeighbourRange("一两百"), (R{100, 200}));
  EXPECT_EQ(ParseNeighbourRange("十五六"), (R{15, 16}));
  EXPECT_EQ(ParseNeighbourRange("二十五六"), (R{25, 26}));
  EXPECT_EQ(ParseNeighbourRange("一百五六十"), (R{150, 160}));
  EXPECT_EQ(ParseNeighbourRange("三五"), (R{3, 5}));
  EXPECT_EQ(ParseNeighbourRange("三五百"), (R{300, 500}));
  EXPECT_EQ(ParseNeighbourRange("十一二"), (R{11, 12}));
  EXPECT_EQ(ParseNeighbourRange("一二十"), (R{10, 20}));
  EXPECT_EQ(ParseNeighbourRange("一二百"), (R{100, 200}));
  // The pair in the ones of a number that a unit after it multiplies whole (十一二万: 11 or 12 万).
  EXPECT_EQ(ParseNeighbourRange("十一二万"), (R{110000, 120000}));
  EXPECT_EQ(ParseNeighbourRange("二十五六万"), (R{250000, 260000}));
  EXPECT_EQ(ParseNeighbourRange("十五六亿"), (R{1.5e9, 1.6e9}));
  for (std::string_view no : {"", "三", "三百", "四三百", "五三", "二四", "三六", "一二", "一二三", "三四五百", "十", "三四点五", "三四百五",
                              "百三四", "万三四", "3四百", "三 四百"}) {
    EXPECT_FALSE(ParseNeighbourRange(no)) << no;
  }
}

TEST(Numerals, IsChineseNumeralChar) {
  for (char32_t c : std::u32string(U"一二三四五六七八九十百千万亿两零〇壹贰叁肆伍陆柒捌玖拾佰仟萬億廿卅半")) {
    EXPECT_TRUE(IsChineseNumeralChar(c)) << static_cast<uint32_t>(c);
  }
  for (char32_t c : std::u32string(U"0a点分之成折元年个几多 ")) {
    EXPECT_FALSE(IsChineseNumeralChar(c)) << static_cast<uint32_t>(c);
  }
}

TEST(Numerals, CharClassMatchesPredicateAndParser) {
  const std::string_view cls = kChineseNumeralCharClass;
  ASSERT_GE(cls.size(), 2u);
  ASSERT_EQ(cls.front(), '[');
  ASSERT_EQ(cls.back(), ']');
  const icu::UnicodeString u =
      icu::UnicodeString::fromUTF8(icu::StringPiece(cls.data() + 1, cls.size() - 2));
  int count = 0;
  for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1)) {
    const UChar32 c = u.char32At(i);
    EXPECT_TRUE(IsChineseNumeralChar(static_cast<char32_t>(c))) << c;
    std::string one;
    icu::UnicodeString(c).toUTF8String(one);
    // Every class member alone is either a number (digits, 十, 廿, 卅) or a
    // bare unit that must be rejected; it must never crash.
    (void)ParseNumber(one);
    ++count;
  }
  EXPECT_EQ(count, 33);
}

TEST(Numerals, RobustToTruncatedAndGarbageInput) {
  std::string error;
  const std::vector<Row> rows = LoadCorpus(&error);
  ASSERT_TRUE(error.empty()) << error;
  for (const Row& r : rows) {
    for (size_t n = 0; n <= r.input.size(); ++n) {
      (void)ParseNumber(std::string_view(r.input).substr(0, n));
      (void)ParseFraction(std::string_view(r.input).substr(0, n));
    }
  }
  const std::string bad[] = {"\xff", "\xe4\xb8", "\xc0\x80", "一\x80", std::string(1000, '1'),
                             std::string(300, '9') + "万"};
  for (const std::string& b : bad) {
    EXPECT_FALSE(ParseNumber(b).has_value());
    EXPECT_FALSE(ParseFraction(b).has_value());
  }
}

TEST(Numerals, SpotChecks) {
  EXPECT_EQ(ParseNumber("一千〇二"), 1002.0);
  EXPECT_EQ(ParseNumber("1.2万"), 12000.0);  // exact via decimal exponent
  EXPECT_EQ(ParseNumber("2.5亿"), 250000000.0);
  EXPECT_EQ(ParseNumber("0.15"), 0.15);
  EXPECT_EQ(ParseNumber("100000000亿"), 1e16);
  EXPECT_FALSE(ParseNumber("100000001亿").has_value());
  EXPECT_FALSE(ParseNumber("").has_value());
  EXPECT_FALSE(ParseFraction("").has_value());
}

// ParseNumber's short cut for plain ASCII digits gives what the tokenizer gives: every string of
// up to 6 digits, and longer ones (leading zeros, up to the 16 digits it takes and past them).
TEST(Numerals, PlainDigitsShortCutEqualsTokens) {
  const auto same = [](const std::string& s) {
    const auto fast = ParseNumber(s), slow = ParseNumberByTokens(s);
    ASSERT_EQ(fast.has_value(), slow.has_value()) << s;
    if (fast) {
      ASSERT_EQ(*fast, *slow) << s;
    }
  };
  for (int len = 1; len <= 6; ++len) {
    int limit = 1;
    for (int k = 0; k < len; ++k) limit *= 10;
    for (int v = 0; v < limit; ++v) {
      std::string s = std::to_string(v);
      same(std::string(static_cast<size_t>(len) - s.size(), '0') + s);
    }
  }
  uint64_t x = 88172645463325252ull;
  for (int i = 0; i < 200000; ++i) {
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    const size_t len = 7 + x % 14;  // 7..20 digits
    std::string s;
    for (size_t k = 0; k < len; ++k) s += static_cast<char>('0' + (x >> (k * 3 % 60)) % 10);
    if (x % 5 == 0) s[0] = '0';
    same(s);
  }
  for (const char* s : {"9999999999999999", "10000000000000000", "0000000000000000", "1", "0"}) same(s);
}

// ScaleDecimal's answer for whole numbers equals printing and reading back: numbers with and without
// trailing zeros (where std::to_chars switches to exponent form), signs, every exponent it takes.
TEST(Numerals, ScaleDecimalWholeNumbersEqualText) {
  std::vector<double> values = {0.0, -0.0, 1, 9, 10, 100, 22000000, 999999999999999, 100000000000000, 123456789012345};
  uint64_t x = 0x9E3779B97F4A7C15ull;
  for (int i = 0; i < 100000; ++i) {
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    double v = static_cast<double>(x % 1000000000000000ull >> (x % 50));
    for (uint64_t z = (x >> 56) % 8; z > 0 && v * 10 < 1e15; --z) v *= 10;  // trailing zeros
    values.push_back(x % 3 == 0 ? -v : v);
  }
  for (const double v : values) {
    for (int exp = -24; exp <= 24; ++exp) {
      const double fast = quantity::ScaleDecimal(v, exp), slow = quantity::ScaleDecimalByText(v, exp);
      ASSERT_TRUE(fast == slow && std::signbit(fast) == std::signbit(slow)) << v << " e" << exp << ": " << fast << " vs " << slow;
    }
  }
  EXPECT_EQ(quantity::ScaleDecimal(3.5, 4), quantity::ScaleDecimalByText(3.5, 4));
}

// The word-list checks look at a word's last byte before comparing the rest; they answer what a
// plain comparison of every word answers (words of one and several bytes, Han, empty; every position).
TEST(Numerals, WordChecksEqualPlainComparison) {
  const std::vector<std::string> pool = {"", "a", "ab", "b", "至", "到", "三十", "十", "万元", "元", "-", "~", "a至"};
  const std::string alphabet[] = {"a", "b", "至", "到", "十", "三", "万", "元", "-", "~", " "};
  uint64_t x = 0x2545F4914F6CDD1Dull;
  const auto next = [&x] {
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    return x;
  };
  for (int round = 0; round < 3000; ++round) {
    std::vector<std::string> words;
    for (const std::string& w : pool) {
      if (next() % 3 == 0) words.push_back(w);
    }
    std::string text;
    for (uint64_t k = next() % 8; k > 0; --k) text += alphabet[next() % std::size(alphabet)];
    for (size_t pos = 0; pos <= text.size() + 1; ++pos) {
      bool starts = false, ends = false;
      for (const std::string& w : words) {
        starts |= pos <= text.size() && text.substr(pos).substr(0, w.size()) == w;
        const std::string_view head = std::string_view(text).substr(0, std::min(pos, text.size()));
        ends |= head.size() >= w.size() && head.substr(head.size() - w.size()) == w;
      }
      ASSERT_EQ(quantity::StartsWithWord(text, pos, words), starts) << text << " @" << pos;
      ASSERT_EQ(quantity::EndsWithWord(text, pos, words), ends) << text << " @" << pos;
      if (words.size() >= 2) {
        ASSERT_EQ(StartsWithAny(text, pos, {words[0], words[1]}), quantity::StartsWithWord(text, pos, {words[0], words[1]}));
        ASSERT_EQ(EndsWithAny(text, pos, {words[0], words[1]}), quantity::EndsWithWord(text, pos, {words[0], words[1]}));
      }
    }
  }
}

}  // namespace
}  // namespace pe::numerals
