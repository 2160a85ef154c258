// Every rule of every .patterns file carries `# e.g.` examples; each must be matched in full by
// its rule alone (pipeline/pattern_set.h promises it).
#include <gtest/gtest.h>

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <memory>
#include <string>
#include <thread>
#include <tuple>
#include <utility>
#include <vector>

#include "extractors/date/date.h"
#include "extractors/registry.h"
#include "pipeline/start_chars.h"
#include "pipeline/utf8.h"

namespace pe {
namespace {

// The distinct characters the rules' examples are made of, and `more`, sorted.
std::vector<std::string> ExampleCharacters(const PatternSet& set, std::vector<std::string> more) {
  std::vector<std::string> chars = std::move(more);
  for (size_t i = 0; i < set.size(); ++i) {
    for (const std::string& e : set.rule(i).examples) {
      for (size_t at = 0; at < e.size();) {
        size_t n = 1;
        while (at + n < e.size() && (static_cast<unsigned char>(e[at + n]) & 0xC0) == 0x80) ++n;
        chars.push_back(e.substr(at, n));
        at += n;
      }
    }
  }
  std::sort(chars.begin(), chars.end());
  chars.erase(std::unique(chars.begin(), chars.end()), chars.end());
  return chars;
}

TEST(PatternExamples, EveryRuleMatchesItsExamplesInFull) {
  const PatternSet& set = ExtractorSet::Default().patterns();
  ASSERT_GT(set.size(), 20u);
  size_t examples = 0;
  for (size_t i = 0; i < set.size(); ++i) {
    const PatternRule& rule = set.rule(i);
    EXPECT_FALSE(rule.examples.empty()) << rule.file << ":" << rule.line;
    for (const std::string& e : rule.examples) {
      ++examples;
      EXPECT_TRUE(set.RuleFullMatch(i, e)) << rule.file << ":" << rule.line << " rule " << rule.name
                                           << " does not match its example '" << e << "'";
    }
  }
  std::printf("pattern examples: %zu rules, %zu examples\n", set.size(), examples);
}

// The scan looks for matches only where a rule can begin (pipeline/pattern_set.h); it must find
// what one unanchored leftmost-longest search of all rules finds, accepted or rejected.
std::vector<std::pair<size_t, size_t>> ReferenceScan(const PatternSet& set, std::string_view text, bool reject_odd) {
  std::string combined;
  for (size_t i = 0; i < set.size(); ++i) combined += (i ? "|(?:" : "(?:") + set.rule(i).regex + ")";
  RE2::Options opts;
  opts.set_longest_match(true);
  opts.set_max_mem(int64_t{256} << 20);
  const RE2 re(combined, opts);
  std::vector<std::pair<size_t, size_t>> out;
  const re2::StringPiece input(text.data(), text.size());
  size_t pos = 0;
  re2::StringPiece m;
  while (pos < text.size() && re.Match(input, pos, text.size(), RE2::UNANCHORED, &m, 1)) {
    const size_t start = static_cast<size_t>(m.data() - text.data()), end = start + m.size();
    out.emplace_back(start, end);
    if (!(reject_odd && out.size() % 2 == 1)) {
      pos = end;
    } else {
      pos = end - start > 96 ? end : start + 1;
      while (pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) ++pos;
    }
  }
  return out;
}

TEST(PatternScan, FindsWhatAnUnanchoredSearchFinds) {
  const PatternSet& set = ExtractorSet::Default().patterns();
  std::vector<std::string> texts;
  std::string all;
  for (size_t i = 0; i < set.size(); ++i) {
    for (const std::string& e : set.rule(i).examples) {
      for (const char* sep : {"", " ", "，", "x", "一", "1", "至", "-"}) all += e + sep;
    }
  }
  texts.push_back(all);
  texts.push_back(std::string(400, 'a') + "@example.com " + std::string(300, '.') + "ab@cd.ef");
  texts.push_back("www.www.www.example.com HTTPS://Example.COM/a?b=1 ſ K 1-2-3-4-5-6 ¥ 12,345,678.9元");
  std::string numerals;
  for (int i = 0; i < 200; ++i) numerals += "一二三";
  texts.push_back(numerals + "万元 " + numerals + "点五成" + " 2024  \t\n 年 3\n月  至  5 月");
  // The scan also skips a start character when the one after it cannot follow it: every pair of
  // the characters the examples are made of, each pair on its own.
  const std::vector<std::string> chars = ExampleCharacters(set, {});
  std::string pairs;
  for (const std::string& a : chars) {
    for (const std::string& b : chars) pairs += a + b + "\n";
  }
  texts.push_back(pairs);
  // Numbers of every length before every character (the scan passes over some: DigitRunFails).
  std::string numbers;
  for (const std::string& c : chars) {
    for (size_t length = 1; length <= 13; ++length) numbers += std::string("12345678901234").substr(0, length) + c + "\n";
  }
  texts.push_back(numbers);
  for (const std::string& text : texts) {
    for (bool reject_odd : {false, true}) {
      std::vector<std::pair<size_t, size_t>> got;
      size_t rejected_at = SIZE_MAX;
      set.Scan(text, [&](const RuleMatch& m) {
        if (m.start == rejected_at) return false;  // another rule's, offered after a rejection (RetryAtStart)
        got.emplace_back(m.start, m.end);
        const bool accept = !(reject_odd && got.size() % 2 == 1);
        if (!accept) rejected_at = m.start;
        return accept;
      });
      EXPECT_EQ(got, ReferenceScan(set, text, reject_odd)) << "reject_odd=" << reject_odd << " text=" << text.substr(0, 80);
    }
  }
}


// Each thread remembers the texts it has identified (pipeline/pattern_set.cc, Memo); answers that
// come from an older generation, or after many turnovers, must be those a fresh thread works out.
using ScanResult = std::vector<std::tuple<size_t, size_t, size_t, std::vector<std::string>>>;

ScanResult ScanAll(const PatternSet& set, std::string_view text) {
  ScanResult out;
  set.Scan(text, [&](const RuleMatch& m) {
    std::vector<std::string> groups;
    for (const auto& [name, value] : m.groups) {
      groups.push_back(std::string(name) + "=" + (value.data() ? std::string(value) : "<unset>"));
    }
    out.emplace_back(m.start, m.end, m.rule, std::move(groups));
    return true;
  });
  return out;
}

TEST(PatternScan, RememberedAnswersEqualFreshOnes) {
  const PatternSet& set = ExtractorSet::Default().patterns();
  // Texts that come back (every 7th chunk) among many more distinct ones than a generation holds.
  const std::string hot = "拨打0731-84445678，50%，2024年3月5日至6月30日，12345热线，3.5万元，";
  std::vector<std::string> chunks;
  for (int i = 0; i < 40000; ++i) {
    std::string c = std::to_string(2000 + i % 100) + "年" + std::to_string(1 + i % 12) + "月" +
                    std::to_string(1 + i % 28) + "日，" + std::to_string(i) + "元，" + std::to_string(i % 997) +
                    "%，0" + std::to_string(731 + i % 50) + "-" + std::to_string(5000000 + i) + "，";
    if (i % 7 == 0) c += hot;
    chunks.push_back(c);
  }
  std::vector<ScanResult> churned;
  for (int pass = 0; pass < 2; ++pass) {
    churned.clear();
    for (const std::string& c : chunks) churned.push_back(ScanAll(set, c));
  }
  for (size_t i = 0; i < chunks.size(); i += 997) {
    ScanResult fresh;
    std::thread([&] { fresh = ScanAll(set, chunks[i]); }).join();
    EXPECT_EQ(churned[i], fresh) << chunks[i];
    EXPECT_FALSE(fresh.empty());
  }
}

// DigitClasses says which digits a regex cannot tell apart; the identify step lets a text borrow
// the groups of one seen with the same digit shape (pipeline/pattern_set.cc, DigitShape).
TEST(DigitClasses, TellsApartWhatTheRegexDoes) {
  const auto classes = [](std::string_view regex) {
    std::array<char, 10> rep{};
    return DigitClasses(regex, rep) ? std::string(rep.data(), rep.size()) : std::string("unsure");
  };
  EXPECT_EQ(classes("[0-9]+元"), "0000000000");
  EXPECT_EQ(classes("\\d{2,4}(?P<n1>\\w+)年"), "0000000000");  // repetition counts and group names
  EXPECT_EQ(classes("1[0-2]|0?[1-9]"), "0123333333");
  EXPECT_EQ(classes("[^5]x"), "0000050000");
  EXPECT_EQ(classes("(?:19|20)[0-9]{2}"), "0123333339");
  EXPECT_EQ(classes("a{x}7"), "0000000700");  // '{' a literal: the 7 stands for itself
  EXPECT_EQ(classes("[.-3]"), "0000444444");  // a range from '.' takes 0 to 3
  EXPECT_EQ(classes("\\x31"), "unsure");
  EXPECT_EQ(classes("\\pN"), "unsure");
  EXPECT_EQ(classes("[[:digit:]]"), "unsure");
}

// When a resolver rejects a match, the longest matches at the same start of other files' rules
// are offered, longest first; rules of the rejected rule's file are not ("拨打12333人工查询": count's
// 12333人 rejected, phone's 12333 offered; count's own shorter rule not).
TEST(PatternScan, RejectedMatchOffersOtherFilesRulesAtTheSameStart) {
  PatternSet set;
  set.Add({"persons", "[0-9]+人", {"12人"}, "count.patterns", 1, nullptr});
  set.Add({"number", "[0-9]+", {"12"}, "count.patterns", 2, nullptr});
  set.Add({"hotline", "[0-9]{5}", {"12333"}, "phone.patterns", 1, nullptr});
  set.Add({"short", "[0-9]{3}", {"123"}, "phone.patterns", 2, nullptr});
  set.Add({"year", "[0-9]{4}", {"2024"}, "date.patterns", 1, nullptr});
  std::string error;
  ASSERT_TRUE(set.Compile(error)) << error;
  const auto scan = [&](const std::string& text, const std::vector<std::string>& accept) {
    std::string out;
    set.Scan(text, [&](const RuleMatch& m) {
      const std::string& name = set.rule(m.rule).name;
      const bool ok = std::find(accept.begin(), accept.end(), name) != accept.end();
      out += name + "@" + std::to_string(m.start) + "-" + std::to_string(m.end) + (ok ? "+ " : "- ");
      return ok;
    });
    return out;
  };
  // (Offsets are bytes: 人 is three.) persons rejected: hotline (5 digits) before year (4); hotline
  // accepted, the scan goes on after it.
  EXPECT_EQ(scan("12333人工", {"hotline"}), "persons@0-8- hotline@0-5+ ");
  // hotline rejected too: its file's shorter rule is not offered, the year is; then the next start.
  EXPECT_EQ(scan("12333人", {}),
            "persons@0-8- hotline@0-5- year@0-4- persons@1-8- year@1-5- short@1-4- persons@2-8- short@2-5- "
            "persons@3-8- persons@4-8- ");
  // Accepted at once: nothing else is offered.
  EXPECT_EQ(scan("12333人", {"persons"}), "persons@0-8+ ");
}

// A rule whose groups end where the digits' values say: "111日" and "211日" split differently, so
// they must not share an answer, while "111日" and "101日" may.
TEST(PatternScan, DigitShapesKeepTheDigitsARuleTellsApart) {
  PatternSet set;
  set.Add({"md", "(?P<m>1[0-2]|[1-9])(?P<d>[12][0-9]|[1-9])日", {"111日"}, "test", 1, nullptr});
  std::string error;
  ASSERT_TRUE(set.Compile(error)) << error;
  const auto split = [&](const std::string& text) {
    std::string out;
    set.Scan(text, [&](const RuleMatch& m) {
      out = std::string(m.group("m")) + "/" + std::string(m.group("d"));
      return true;
    });
    return out;
  };
  EXPECT_EQ(split("111日"), "11/1");
  EXPECT_EQ(split("211日"), "2/11");
  EXPECT_EQ(split("229日"), "2/29");
  EXPECT_EQ(split("121日"), "12/1");
  EXPECT_EQ(split("101日"), "10/1");
  EXPECT_EQ(split("921日"), "9/21");
}

// Every rule, on copies of its examples with other digits: whatever the set answers (the memo, a
// text of the same shape, or RE2) is what the first rule that matches the text in full gives.
TEST(PatternScan, DigitShapesGiveWhatEachRuleGives) {
  const PatternSet& set = ExtractorSet::Default().patterns();
  std::vector<std::unique_ptr<RE2>> singles;
  for (size_t i = 0; i < set.size(); ++i) singles.push_back(std::make_unique<RE2>(set.rule(i).regex, RuleOptions()));
  uint32_t seed = 12345;
  const auto random_digit = [&] {
    seed = seed * 1103515245u + 12345u;
    return static_cast<char>('0' + (seed >> 16) % 10);
  };
  size_t checked = 0;
  for (int round = 0; round < 40; ++round) {
    for (size_t i = 0; i < set.size(); ++i) {
      for (std::string text : set.rule(i).examples) {
        for (char& c : text) {
          if (c >= '0' && c <= '9') c = random_digit();
        }
        set.Scan(text, [&](const RuleMatch& m) {
          const std::string_view found = std::string_view(text).substr(m.start, m.end - m.start);
          const re2::StringPiece whole(found.data(), found.size());
          size_t first = 0;
          while (first < singles.size() && !RE2::FullMatch(whole, *singles[first])) ++first;
          EXPECT_EQ(m.rule, first) << found;
          if (first == singles.size()) return true;
          const RE2& single = *singles[first];
          std::vector<re2::StringPiece> sub(static_cast<size_t>(single.NumberOfCapturingGroups()) + 1);
          EXPECT_TRUE(single.Match(whole, 0, whole.size(), RE2::ANCHOR_BOTH, sub.data(), static_cast<int>(sub.size())));
          for (const auto& [name, index] : single.NamedCapturingGroups()) {
            const std::string_view got = m.group(name);
            const re2::StringPiece& want = sub[static_cast<size_t>(index)];
            EXPECT_EQ(got.data() == nullptr, want.data() == nullptr) << found << " group " << name;
            if (got.data() && want.data()) {
              EXPECT_EQ(got.data() - found.data(), want.data() - whole.data()) << found << " group " << name;
              EXPECT_EQ(got.size(), want.size()) << found << " group " << name;
            }
          }
          ++checked;
          return true;
        });
      }
    }
  }
  EXPECT_GT(checked, 1000u);
}

// RuleEnds says which rules may match a text in full from its first and last characters; it must
// never leave out a rule that does. Small regexes with the constructs the parse follows, then every
// rule on every example and on texts cut from the examples.
TEST(RuleEnds, NeverLeavesOutARuleThatMatches) {
  const auto candidates = [](const std::vector<std::string>& regexes, char32_t first, char32_t last) {
    return StartsOf(regexes).ends->Candidates(first, last);
  };
  const std::vector<std::string> small = {"a?b|c", "x(?:y|z)*", "[0-9]+(?:元|%)?", "(?i:k)\\s*", ".q", "(?P<n>1)[^a]"};
  const uint64_t any = 0b110000;  // ".q" and "(?P<n>1)[^a]" are not followed: always candidates
  EXPECT_EQ(candidates(small, 'a', 'b'), any | 0b000001u);
  EXPECT_EQ(candidates(small, 'c', 'b'), any | 0b000001u);  // b and c may each begin and end it
  EXPECT_EQ(candidates(small, 'a', 'a'), any);
  EXPECT_EQ(candidates(small, 'x', 'x'), any | 0b000010u);
  EXPECT_EQ(candidates(small, 'x', 'z'), any | 0b000010u);
  EXPECT_EQ(candidates(small, 'y', 'z'), any);
  EXPECT_EQ(candidates(small, '5', U'元'), any | 0b000100u);
  EXPECT_EQ(candidates(small, '5', '5'), any | 0b000100u);
  EXPECT_EQ(candidates(small, '5', 'x'), any);
  EXPECT_EQ(candidates(small, 0x212A, ' '), any | 0b001000u);  // the Kelvin sign folds to k
  EXPECT_EQ(candidates(small, 'K', 'k'), any | 0b001000u);

  const PatternSet& set = ExtractorSet::Default().patterns();
  std::vector<std::string> regexes;
  std::vector<std::unique_ptr<RE2>> singles;
  for (size_t i = 0; i < set.size(); ++i) {
    regexes.push_back(set.rule(i).regex);
    singles.push_back(std::make_unique<RE2>(set.rule(i).regex, RuleOptions()));
  }
  const RuleStarts starts = StartsOf(regexes);
  ASSERT_NE(starts.ends, nullptr);
  size_t matched = 0;
  for (size_t i = 0; i < set.size(); ++i) {
    for (const std::string& example : set.rule(i).examples) {
      // The example and every piece of it that begins and ends at a character boundary.
      for (size_t from = 0; from < example.size(); ++from) {
        if ((static_cast<unsigned char>(example[from]) & 0xC0) == 0x80) continue;
        for (size_t to = from + 1; to <= example.size(); ++to) {
          if (to < example.size() && (static_cast<unsigned char>(example[to]) & 0xC0) == 0x80) continue;
          const std::string_view text = std::string_view(example).substr(from, to - from);
          size_t at = 0, last_at = text.size() - 1;
          const char32_t first = utf8::Decode(text, at);
          while ((static_cast<unsigned char>(text[last_at]) & 0xC0) == 0x80) --last_at;
          const char32_t last = utf8::Decode(text, last_at);
          const uint64_t allowed = starts.ends->Candidates(first, last);
          for (size_t r = 0; r < singles.size(); ++r) {
            if (!RE2::FullMatch(re2::StringPiece(text.data(), text.size()), *singles[r])) continue;
            ++matched;
            EXPECT_TRUE((allowed >> r) & 1) << "rule " << set.rule(r).name << " matches '" << text << "'";
          }
        }
      }
    }
  }
  EXPECT_GT(matched, 500u);
}

// DigitRunFails lets the scan pass over a number no rule can begin in ("12:00", "1000亩", "1. "):
// small regexes, then every rule on digit runs of every length followed by every character the
// examples are made of and one more, each position checked against the combined regex tried there.
TEST(StartChars, DigitRunFailsOnlyWhereNoRuleCanMatch) {
  const auto fails = [](const std::vector<std::string>& regexes, std::string_view text) {
    return StartsOf(regexes).start_chars->DigitRunFails(text, 0, StartChars::DigitsEnd(text, 0, text.size()), text.size());
  };
  EXPECT_TRUE(fails({"[0-9]+元"}, "12x"));
  EXPECT_FALSE(fails({"[0-9]+元"}, "12元"));
  EXPECT_TRUE(fails({"[0-9]+元"}, "12"));  // nothing after the digits: the match needs 元
  EXPECT_FALSE(fails({"[2-9][0-9]{6,7}"}, "1234567x"));  // seven digits may be a match alone
  EXPECT_TRUE(fails({"[2-9][0-9]{6,7}"}, "123456x"));
  EXPECT_TRUE(fails({"a[0-9]+", "[0-9]+元"}, "12a"));  // a follows a digit only where no digit begins
  EXPECT_FALSE(fails({"(?:19|20)[0-9]{2}\\s*年"}, "2024 年"));
  EXPECT_FALSE(fails({"[0-9]+(?:\\.[0-9]+)?%"}, "1.5"));
  EXPECT_TRUE(fails({"[0-9]+(?:\\.[0-9]+)?%"}, "1.x"));  // '.' is followed only by a digit
  EXPECT_TRUE(fails({"[0-9]+(?:\\.[0-9]+)?%"}, "1. "));
  EXPECT_TRUE(fails({"[0-9]+(?:\\.[0-9]+)?%"}, "1."));
  EXPECT_FALSE(fails({"[0-9]+(?:元|\\.)"}, "1.x"));  // '.' may end a match
  EXPECT_FALSE(fails({"[0-9]+(?:\\.|-)+x"}, "1.-"));  // a repetition's '.' followed by its first
  EXPECT_TRUE(fails({"x\\.y", "[0-9]+(?:\\.[0-9])?元"}, "1.y"));  // '.' followed by y only where no digit begins
  EXPECT_TRUE(fails({"(?:[0-9]x)+y"}, "1x"));  // x cannot end a match
  EXPECT_FALSE(fails({"(?:[0-9]x)+y"}, "1x1"));  // a repetition's x followed by its first
  EXPECT_FALSE(fails({"(?:[0-9]|b)+y"}, "1bb"));  // ... and its digit too
  EXPECT_FALSE(fails({"[0-9]?[0-9]?y|(?:[0-9]{2}){2,}"}, "1234"));
  EXPECT_TRUE(fails({"[0-9]?[0-9]?y|(?:[0-9]{2}){2,}"}, "123"));

  const PatternSet& set = ExtractorSet::Default().patterns();
  std::vector<std::string> regexes;
  std::string combined;
  for (size_t i = 0; i < set.size(); ++i) {
    regexes.push_back(set.rule(i).regex);
    combined += (i ? "|(?:" : "(?:") + set.rule(i).regex + ")";
  }
  RE2::Options opts = RuleOptions();
  opts.set_max_mem(int64_t{256} << 20);
  const RE2 re(combined, opts);
  const RuleStarts starts = StartsOf(regexes);
  ASSERT_NE(starts.start_chars, nullptr);
  const std::vector<std::string> chars =
      ExampleCharacters(set, {"", " ", ".", ":", "-", "/", "\n", "a", "@", "%", "\xE4", "\xF0\x9F\x98\x80"});
  uint32_t seed = 12345;
  const auto random_digits = [&](size_t n) {
    std::string d;
    for (size_t k = 0; k < n; ++k) {
      seed = seed * 1103515245u + 12345u;
      d.push_back(static_cast<char>('0' + (seed >> 16) % 10));
    }
    return d;
  };
  size_t skipped = 0;
  for (size_t length = 1; length <= 13; ++length) {
    for (const std::string& c : chars) {
      for (const std::string tail : {"", " ", "1", ".", "年", "月", "元", "%", "x", "@"}) {
        const std::string text = random_digits(length) + c + tail + random_digits(2);
        const re2::StringPiece input(text.data(), text.size());
        for (const size_t end : {length, length + c.size(), length + c.size() + tail.size(), text.size()}) {
          const size_t run_end = StartChars::DigitsEnd(text, 0, end);
          if (!starts.start_chars->DigitRunFails(text, 0, run_end, end)) continue;
          ++skipped;
          for (size_t q = 0; q < run_end; ++q) {
            EXPECT_FALSE(re.Match(input, q, end, RE2::ANCHOR_START, nullptr, 0)) << "at " << q << " end " << end << ": " << text;
          }
        }
      }
    }
  }
  EXPECT_GT(skipped, 3000u);
}

// NextCandidate's vector path (32 bytes at a time, a nibble filter, then the bitmap) gives the scalar
// loop's answer: random texts of the rules' start characters, other Han characters (some sharing
// their first two bytes), ASCII, two- and four-byte characters, stray continuation bytes and cut
// sequences, scanned as the pattern scan does (one window per range, positions moving forward,
// jumps past matches) and from every position with ends near the text's end.
TEST(StartChars, VectorSearchAgreesWithScalarLoop) {
  const PatternSet& set = ExtractorSet::Default().patterns();
  std::vector<std::string> regexes;
  for (size_t i = 0; i < set.size(); ++i) regexes.push_back(set.rule(i).regex);
  RuleStarts starts = StartsOf(regexes);
  ASSERT_NE(starts.start_chars, nullptr);
  StartChars& sc = *starts.start_chars;
  if (!sc.vectorised()) GTEST_SKIP() << "no AVX2 on this machine: NextCandidate is the scalar loop";
  const std::vector<std::string> pieces = {
      "一", "二", "十", "百", "每", "上", "本", "次", "半", "两", "零", "〇", "壹", "¥",  // start characters
      "丁", "与", "丑", "的", "医", "保", "险", "报", "销", "乙", "丈", "专", "七", "万",  // Han, some near them
      "0", "7", "a", "Z", "@", ".", " ", "\n", "%", "-", "/", ":",                       // ASCII
      "é", "·", "×", "😀", "𠀀",                                                         // two and four bytes
      "\x80", "\xBF", "\xE4\xB8", "\xE4", "\xF0\x9F", "\xC2", "\xFF"};              // malformed
  uint32_t seed = 2026;
  const auto rnd = [&](uint32_t n) {
    seed = seed * 1103515245u + 12345u;
    return (seed >> 8) % n;
  };
  size_t found = 0;
  for (int round = 0; round < 400; ++round) {
    std::string text;
    const size_t n = 1 + rnd(60);
    for (size_t k = 0; k < n; ++k) text += pieces[rnd(static_cast<uint32_t>(pieces.size()))];
    // As the scan goes: forward from 0, one window, now and then jumping a few bytes past a candidate.
    for (const size_t end : {text.size(), text.size() - std::min<size_t>(text.size(), rnd(8))}) {
      CandidateWindow window;
      size_t pos = 0;
      while (pos < end) {
        const size_t want = sc.NextCandidateScalar(text, pos, end);
        const size_t got = sc.NextCandidate(text, pos, end, window);
        ASSERT_EQ(got, want) << "from " << pos << " to " << end << " in '" << text << "'";
        if (got == end) break;
        ++found;
        pos = got + 1 + (rnd(4) == 0 ? rnd(12) : 0);
      }
    }
    // From every position, a fresh window.
    for (size_t pos = 0; pos < text.size(); ++pos) {
      CandidateWindow window;
      ASSERT_EQ(sc.NextCandidate(text, pos, text.size(), window), sc.NextCandidateScalar(text, pos, text.size()))
          << "from " << pos << " in '" << text << "'";
    }
  }
  EXPECT_GT(found, 2000u);
  // Rules that begin with no Han character, and with hundreds of them (the vector path is off).
  EXPECT_TRUE(StartsOf({"[0-9]+元"}).start_chars->vectorised());
  EXPECT_FALSE(StartsOf({"[一-龥]+"}).start_chars->vectorised());
  RuleStarts digits = StartsOf({"[0-9]+元", "a@b"});
  CandidateWindow window;
  const std::string text = "医保报销比例为七十,2025年共计1234元,联系a@b" + std::string(40, 'x');
  EXPECT_EQ(digits.start_chars->NextCandidate(text, 0, text.size(), window), text.find('2'));
  digits.start_chars->DisableVector();
  EXPECT_EQ(digits.start_chars->NextCandidate(text, 0, text.size(), window), text.find('2'));
}

// The date extractor marks each article's published date; it looks among the mentions that start
// there when they come sorted (as ExtractorSet::Extract hands them over), and among all otherwise.
TEST(DateRefine, MarksPublishedDatesSortedOrNot) {
  const auto date = MakeDateExtractor();
  const std::string text(200, 'x');
  Page page;
  for (const auto& [start, end] : std::vector<std::pair<size_t, size_t>>{{10, 20}, {50, 60}, {50, 60}, {90, 95}}) {
    Article a;
    a.published = {start, end};
    page.articles.push_back(a);
  }
  const ExtractionContext ctx{text, &page};
  std::vector<Mention> sorted;
  // Mention::type views text that outlives the mention: literals here.
  for (const auto& [start, end, type] : std::vector<std::tuple<size_t, size_t, std::string_view>>{
           {5, 20, "date"}, {10, 20, "money"}, {10, 20, "date"}, {10, 15, "date"}, {50, 60, "date"},
           {50, 60, "date"}, {50, 60, "phone"}, {90, 96, "date"}, {120, 130, "date"}}) {
    Mention& m = sorted.emplace_back();
    m.start = start;
    m.end = end;
    m.type = type;
  }
  std::vector<Mention> unsorted;
  for (auto it = sorted.rbegin(); it != sorted.rend(); ++it) unsorted.push_back(*it);
  date->Refine(ctx, sorted);
  date->Refine(ctx, unsorted);
  const auto roles = [](const std::vector<Mention>& all) {
    std::vector<std::tuple<size_t, size_t, std::string, bool>> out;
    for (const Mention& m : all) out.emplace_back(m.start, m.end, m.type, m.flags.Has("role"));
    std::sort(out.begin(), out.end());
    return out;
  };
  EXPECT_EQ(roles(sorted), roles(unsorted));
  size_t marked = 0;
  for (const Mention& m : sorted) marked += m.flags.Has("role");
  EXPECT_EQ(marked, 3u);  // {10,20}, and both {50,60} dates
}

}  // namespace
}  // namespace pe
