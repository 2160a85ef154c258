#include "pipeline/utf8.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>
#include <random>

#include "pipeline/char_index.h"
#include "pipeline/encoding.h"
#include "pipeline/json.h"
#include "pipeline/word_scan.h"

namespace pe {
namespace {

TEST(Utf8, FirstInvalidFindsEachKindOfBadSequence) {
  EXPECT_EQ(utf8::FirstInvalid("医保70%"), std::string_view::npos);
  EXPECT_EQ(utf8::FirstInvalid("ab\xE5\x8C"), 2u);           // truncated 3-byte sequence
  EXPECT_EQ(utf8::FirstInvalid("a\xC0\xAF"), 1u);            // overlong '/'
  EXPECT_EQ(utf8::FirstInvalid("ab\x80"), 2u);               // stray continuation byte
  EXPECT_EQ(utf8::FirstInvalid("\xED\xA0\x80"), 0u);         // UTF-16 surrogate
  EXPECT_EQ(utf8::FirstInvalid("\xF4\x90\x80\x80"), 0u);     // above U+10FFFF
  EXPECT_EQ(utf8::FirstInvalid(std::string_view("a\0b", 3)), std::string_view::npos);  // NUL is valid
}

TEST(Utf8, DecodeAdvancesOverMalformedBytes) {
  std::string_view s = "\xFF" "医";
  size_t i = 0;
  EXPECT_EQ(utf8::Decode(s, i), utf8::kInvalid);
  EXPECT_EQ(i, 1u);
  EXPECT_EQ(utf8::Decode(s, i), U'医');
  EXPECT_EQ(i, 4u);
}

TEST(Utf8, ScrubReplacesWithReplacementCharacter) {
  EXPECT_EQ(utf8::Scrub("a\xFF" "b"), "a\xEF\xBF\xBD" "b");
}

// Every byte value at every position of a word, next to every other: the masks are exact.
TEST(WordScan, MasksMarkExactlyTheMatchingBytes) {
  for (unsigned v = 0; v < 256; ++v) {
    unsigned char bytes[8];
    for (unsigned k = 0; k < 8; ++k) bytes[k] = static_cast<unsigned char>(v + 37 * k);
    const uint64_t w = word_scan::Load(bytes);
    for (unsigned b : {0u, 0x20u, 0x21u, 0x26u, 0x7Fu, 0x80u, 0xC2u, 0xE3u, 0xFFu, v}) {
      uint64_t equal = 0, below = 0;
      for (unsigned k = 0; k < 8; ++k) {
        if (bytes[k] == b) equal |= uint64_t{0x80} << (8 * k);
        if (b <= 0x80 && bytes[k] < b) below |= uint64_t{0x80} << (8 * k);
      }
      EXPECT_EQ(word_scan::BytesEqual(w, static_cast<unsigned char>(b)), equal) << v << " " << b;
      if (b <= 0x80) {
        EXPECT_EQ(word_scan::BytesBelow(w, static_cast<unsigned char>(b)), below) << v << " " << b;
      }
      if (equal) {
        EXPECT_EQ(bytes[word_scan::FirstMarked(equal)], b);
      }
    }
  }
}

TEST(Utf8, CountCodePointsMatchesLeadBytes) {
  const std::string s = "ab\xE4\xB8\xAD" "c\xF0\x9F\x98\x80\xC3\xA9 医疗保险报销比例为70%\x80\xBF";
  for (size_t from = 0; from < s.size(); ++from) {
    size_t leads = 0;
    for (size_t k = from; k < s.size(); ++k) leads += utf8::IsLead(static_cast<unsigned char>(s[k]));
    EXPECT_EQ(utf8::CountCodePoints(std::string_view(s).substr(from)), leads);
  }
}

TEST(CharIndex, CountsCodePointsAcrossCheckpoints) {
  std::string s;
  for (int i = 0; i < 300; ++i) s += "医a";  // 4 bytes, 2 code points each
  CharIndex idx(s);
  EXPECT_EQ(idx.ToChar(0), 0u);
  EXPECT_EQ(idx.ToChar(4), 2u);
  EXPECT_EQ(idx.ToChar(1000), 500u);
  EXPECT_EQ(idx.ToChar(s.size()), 600u);
}

TEST(CharIndex, QueriesInAnyOrderMatchAPlainCount) {
  std::string s;
  for (int i = 0; i < 200; ++i) s += i % 3 ? "医保a" : "\xF0\x9F\x98\x80 b";
  std::vector<size_t> starts;  // code-point boundaries
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || utf8::IsLead(static_cast<unsigned char>(s[i]))) starts.push_back(i);
  }
  CharIndex idx(s);
  // Forward, backward and jumping queries, near and far from the previous one.
  for (size_t k = 0, q = 0; k < 3 * starts.size(); ++k, q = (q * 7 + 13) % starts.size()) {
    EXPECT_EQ(idx.ToChar(starts[q]), q) << starts[q];
    EXPECT_EQ(idx.ToChar(starts[q / 2]), q / 2);
  }
}

// Every boundary of texts of every length to 600 (chunk and block edges, texts shorter than a
// chunk, ending mid-chunk), against a plain count.
TEST(CharIndex, EveryBoundaryOfTextsOfEveryLength) {
  const char* pieces[] = {"医", "a", "\xF0\x9F\x98\x80", "\x01", "保障", "\xC3\xA9"};
  std::string text;
  for (size_t k = 0; text.size() < 600; ++k) text += pieces[(k * 7 + k / 5) % 6];
  for (size_t len = 0; len <= 600; ++len) {
    if (len < text.size() && !utf8::IsLead(static_cast<unsigned char>(text[len]))) continue;
    const std::string s = text.substr(0, len);
    CharIndex idx(s);
    size_t count = 0;
    for (size_t i = 0; i <= s.size(); ++i) {
      if (i == s.size() || utf8::IsLead(static_cast<unsigned char>(s[i]))) {
        ASSERT_EQ(idx.ToChar(i), count) << len << " " << i;
        ++count;
      }
    }
    EXPECT_EQ(idx.ToChar(s.size() + 5), count - 1);  // past the end: the whole text
  }
}

// ToChars (a short range's end counted from its start) against two ToChar look-ups, for every
// pair of boundaries up to 40 bytes apart in texts of lengths around a chunk and beyond.
TEST(CharIndex, RangesMatchTwoLookUps) {
  const char* pieces[] = {"医", "a", "\xF0\x9F\x98\x80", "\x01", "保障", "\xC3\xA9"};
  std::string text;
  for (size_t k = 0; text.size() < 300; ++k) text += pieces[(k * 5 + k / 3) % 6];
  for (size_t len : {0, 1, 7, 15, 16, 17, 31, 33, 255, 256, 257, 300}) {
    if (len > text.size() || (len < text.size() && !utf8::IsLead(static_cast<unsigned char>(text[len])))) continue;
    const std::string s = text.substr(0, len);
    CharIndex idx(s);
    for (size_t a = 0; a <= s.size(); ++a) {
      for (size_t b = a; b <= s.size() + 2 && b <= a + 40; ++b) {
        const std::pair<size_t, size_t> got = idx.ToChars(a, b);
        ASSERT_EQ(got.first, idx.ToChar(a)) << len << " " << a << " " << b;
        ASSERT_EQ(got.second, idx.ToChar(b)) << len << " " << a << " " << b;
      }
    }
  }
}

// The SSE2 count and the plain loop that stands in for it elsewhere agree on every keep mask,
// over random bytes (lead, continuation and ASCII bytes alike).
TEST(CharIndex, SimdAndPlainLeadCountsAgree) {
  uint32_t seed = 12345;
  char bytes[16];
  for (int round = 0; round < 5000; ++round) {
    for (char& b : bytes) b = static_cast<char>((seed = seed * 1103515245u + 12345u) >> 16);
    for (size_t n = 0; n <= 16; ++n) {
      ASSERT_EQ(CharIndex::LeadsIn16(bytes, CharIndex::KeepLast(n)), CharIndex::LeadsIn16Plain(bytes, CharIndex::KeepLast(n)))
          << round << " " << n;
    }
  }
}

TEST(Json, WriteDecimalAtEveryLength) {
  for (uint64_t v : {0ULL, 1ULL, 9ULL, 10ULL, 99ULL, 100ULL, 12345ULL, 999999ULL, 1000000ULL, 18446744073709551615ULL}) {
    char buf[24];
    EXPECT_EQ(std::string(buf, WriteDecimal(buf, v)), std::to_string(v));
  }
  for (uint64_t p = 1; p <= 1000000000000000000ULL; p *= 10) {
    char buf[24];
    EXPECT_EQ(std::string(buf, WriteDecimal(buf, p - 1)), std::to_string(p - 1));
    EXPECT_EQ(std::string(buf, WriteDecimal(buf, p)), std::to_string(p));
  }
}

// WriteDecimal has a branch per size up to six digits and a loop beyond: every number up to two
// million against std::to_chars, and 100,000 larger ones.
TEST(Json, WriteDecimalAsToChars) {
  const auto expected = [](uint64_t v) {
    char buf[24];
    return std::string(buf, std::to_chars(buf, buf + sizeof buf, v).ptr);
  };
  char buf[24];
  for (uint64_t v = 0; v <= 2000000; ++v) {
    ASSERT_EQ(std::string(buf, WriteDecimal(buf, v)), expected(v)) << v;
  }
  uint64_t x = 88172645463325252ULL;  // xorshift64
  for (int i = 0; i < 100000; ++i) {
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    const uint64_t v = x >> (i % 64);
    ASSERT_EQ(std::string(buf, WriteDecimal(buf, v)), expected(v)) << v;
  }
}

TEST(Json, IntegersAsToChars) {
  for (int64_t v : {int64_t{0}, int64_t{-1}, int64_t{7}, int64_t{-1500}, int64_t{123456789012345},
                    std::numeric_limits<int64_t>::min(), std::numeric_limits<int64_t>::max()}) {
    EXPECT_EQ(Json(v).Dump(), std::to_string(v));
  }
  for (double v : {0.0, -3.0, 1500.0, -9007199254740991.0, 4503599627370496.0}) {
    EXPECT_EQ(Json(v).Dump(), std::to_string(static_cast<int64_t>(v)));
  }
}

TEST(Json, NumbersAsToCharsShortestForm) {
  const auto expected = [](double v) {
    char buf[64];
    return std::string(buf, std::to_chars(buf, buf + sizeof buf, v).ptr);
  };
  std::vector<double> values = {0.3, 0.85, 0.001, 0.0001, 1e-5, 0.000123, 0.1 + 0.2, 1234.5, -0.07, -35000.25,
                                123456.789012, 2.0 / 3.0, 1e-7, 0.5e-6, 9.999999, 1e15 + 0.5, 4503599627370495.5};
  uint64_t x = 88172645463325252ULL;  // xorshift: rates and amounts of a few decimals, and any double
  for (int i = 0; i < 20000; ++i) {
    x ^= x << 13, x ^= x >> 7, x ^= x << 17;
    const double decimals[] = {10, 100, 1000, 10000, 1e5, 1e6, 1e7};
    values.push_back(static_cast<double>(static_cast<int64_t>(x % 2000000) - 1000000) / decimals[(x >> 32) % 7]);
    double any;
    std::memcpy(&any, &x, sizeof any);
    values.push_back(any);
  }
  for (double v : values) {
    if (!std::isfinite(v) || (v == std::trunc(v) && std::fabs(v) < 9.007199254740992e15)) continue;
    std::string out;
    AppendJsonNumber(out, v);
    EXPECT_EQ(out, expected(v)) << v;
  }
}

// PutScalarJson (a mention's value written inside its record piece) against Dump, within
// MaxScalarJson's bound; objects and arrays are left to Dump.
TEST(Json, ScalarsPutInPlaceAsDumped) {
  std::vector<Json> values = {Json(), Json(true), Json(false), Json(int64_t{-42}), Json(int64_t{1} << 62),
                              Json(std::numeric_limits<int64_t>::min()), Json(""), Json("2025-03-09"),
                              Json("a\"b\\c\nd\x01"), Json(std::string(500, 'x')), Json(0.0), Json(-0.05),
                              Json(std::numeric_limits<double>::infinity()), Json(-1.2345678901234567e-308)};
  uint64_t x = 88172645463325252ULL;
  for (int i = 0; i < 20000; ++i) {
    x ^= x << 13, x ^= x >> 7, x ^= x << 17;
    const double decimals[] = {1, 10, 100, 1000, 1e6, 1e7};
    values.emplace_back(static_cast<double>(static_cast<int64_t>(x % 2000000) - 1000000) / decimals[(x >> 32) % 6]);
    double any;
    std::memcpy(&any, &x, sizeof any);
    values.emplace_back(any);
  }
  for (const Json& v : values) {
    const size_t max = v.MaxScalarJson();
    ASSERT_GT(max, 0u);
    std::string put(max, '\0');
    put.resize(static_cast<size_t>(v.PutScalarJson(put.data()) - put.data()));
    ASSERT_LE(put.size(), max);
    EXPECT_EQ(put, v.Dump());
  }
  Json range = Json::MakeObject();
  range.Set("min", 1.5);
  EXPECT_EQ(range.MaxScalarJson(), 0u);
  EXPECT_EQ(Json::MakeArray().MaxScalarJson(), 0u);
}

TEST(Json, EscapesFoundAtEveryPositionOfShortAndLongStrings) {
  for (size_t n = 1; n <= 100; ++n) {
    for (size_t at = 0; at < n; ++at) {
      std::string s(n, 'x');
      s[at] = '\x1f';
      std::string out;
      AppendJsonString(out, s, true);
      EXPECT_EQ(out, ",\"" + std::string(at, 'x') + "\\u001f" + std::string(n - at - 1, 'x') + "\"") << n << " " << at;
    }
    std::string out;
    AppendJsonString(out, std::string(n, 'y'));
    EXPECT_EQ(out, "\"" + std::string(n, 'y') + "\"");
  }
}

TEST(Json, WritesDeterministicCompactJson) {
  Json j = Json::MakeObject();
  j.Set("b", 1);
  j.Set("a", "引号\"与\\换行\n");
  j.Set("rate", 0.7);
  j.Set("money", 35000.0);
  j.Set("third", 2.0 / 3.0);
  j.Set("none", Json());
  Json arr = Json::MakeArray();
  arr.Push(true);
  arr.Push(Json(std::string("\x01")));
  j.Set("list", arr);
  EXPECT_EQ(j.Dump(),
            "{\"b\":1,\"a\":\"引号\\\"与\\\\换行\\n\",\"rate\":0.7,\"money\":35000,\"third\":0.6666666666666666,"
            "\"none\":null,\"list\":[true,\"\\u0001\"]}");
}

}  // namespace
}  // namespace pe

namespace pe {
namespace {

TEST(Json, EscapesInLongStringsAtEveryPosition) {
  for (size_t at = 0; at < 24; ++at) {
    for (char special : {'"', '\\', '\n', '\x01'}) {
      std::string s(24, 'a');
      s[at] = special;
      s += "医保";
      std::string out;
      AppendJsonString(out, s);
      std::string expect = "\"" + std::string(at, 'a');
      expect += special == '"' ? "\\\"" : special == '\\' ? "\\\\" : special == '\n' ? "\\n" : "\\u0001";
      expect += std::string(23 - at, 'a') + "医保\"";
      EXPECT_EQ(out, expect) << at << " " << int(special);
    }
  }
}

TEST(Json, StringsWithSeveralEscapesEmptyStringsAndALeadingComma) {
  std::string out = "[";
  AppendJsonString(out, "");
  AppendJsonString(out, "", true);
  AppendJsonString(out, "a\"\"b\\\n\x1f医保\t", true);
  AppendJsonString(out, std::string(40, 'x') + "\"", true);
  out += "]";
  EXPECT_EQ(out, "[\"\",\"\",\"a\\\"\\\"b\\\\\\n\\u001f医保\\t\",\"" + std::string(40, 'x') + "\\\"\"]");
  JsonWriter w(out = "");
  w.BeginArray().String("a").String("").BeginObject().Key("k").String("\"").EndObject().Int(7).EndArray();
  EXPECT_EQ(out, "[\"a\",\"\",{\"k\":\"\\\"\"},7]");
  JsonWriter m(out = "");
  m.BeginObject().Member("a", "x").Member("b", "").Member("c", "q\"").Key("d").BeginArray().EndArray().Member("e", "医保").EndObject();
  EXPECT_EQ(out, "{\"a\":\"x\",\"b\":\"\",\"c\":\"q\\\"\",\"d\":[],\"e\":\"医保\"}");
}

// WriteJsonString (into a buffer of MaxJsonString bytes) writes what AppendJsonString appends:
// every length to 70 with each kind of byte to escape at each position, none, or all of them.
TEST(Json, WriteJsonStringMatchesAppendJsonString) {
  const auto check = [](const std::string& s) {
    std::string want;
    AppendJsonString(want, s);
    std::string buf(MaxJsonString(s.size()), '?');
    char* end = WriteJsonString(buf.data(), s);
    ASSERT_LE(static_cast<size_t>(end - buf.data()), buf.size());
    EXPECT_EQ(std::string(buf.data(), end), want) << s;
  };
  for (size_t n = 0; n <= 70; ++n) {
    check(std::string(n, 'a'));
    check(std::string(n, '\x01'));
    for (size_t at = 0; at < n; ++at) {
      for (char special : {'"', '\\', '\n', '\r', '\t', '\b', '\f', '\x1f', '\x7f'}) {
        std::string s(n, 'a');
        s[at] = special;
        check(s);
        check(s + "医保");
      }
    }
  }
  std::string out = "[";
  JsonWriter w(out);
  w.BeginArray();
  w.RawItem() += "1";
  w.RawItem() += "2";
  w.EndArray();
  EXPECT_EQ(out, "[[1,2]");
}

// AppendJsonStringBody appends AppendJsonString's text without the quotes.
TEST(Json, StringBodyIsTheQuotedStringInside) {
  for (size_t n = 0; n <= 40; ++n) {
    for (size_t at = 0; at <= n; ++at) {
      std::string s(n, 'a');
      if (at < n) s[at] = at % 2 ? '"' : '\n';
      std::string quoted, body = "x";
      AppendJsonString(quoted, s);
      AppendJsonStringBody(body, s);
      EXPECT_EQ(body, "x" + quoted.substr(1, quoted.size() - 2)) << s;
    }
  }
}

// A TextBuffer gives the same text as appending each piece as it is written, whatever the
// pieces' sizes against its room (pieces that fill it exactly, that make it grow, larger than all
// of it) and with text appended between pieces; a buffer moved from is empty and usable.
// A piece that writes more than its stated bound stops the program (its writer undercounted).
TEST(JsonDeathTest, APieceOverItsBoundStops) {
  const auto three = [](char* p) { return Put(p, "abc"); };
  std::string out;
  EXPECT_DEATH(AppendWritten(out, 2, three), "overran its bound of 2");
  EXPECT_DEATH(
      {
        TextBuffer buffer;
        buffer.Add(2, three);
      },
      "overran its bound of 2");
  AppendWritten(out, 3, three);
  EXPECT_EQ(out, "abc");
}

TEST(Json, TextBufferAppendsWhatEachPieceWrites) {
  std::mt19937 rng(11);
  for (int round = 0; round < 300; ++round) {
    std::string want = "head";
    TextBuffer got;
    if (round % 3) got.reserve(rng() % 5000);
    got.Append("");  // nothing, into a buffer that may have no room yet
    got.Append("head");
    const int count = static_cast<int>(rng() % 60);
    for (int i = 0; i < count; ++i) {
      const size_t sizes[] = {0, 1, 7, 100, 1000, 4095, 4096, 4097, 9000};
      const size_t n = rng() % 4 ? rng() % 700 : sizes[rng() % std::size(sizes)];
      const size_t max = n + rng() % 50;
      const char c = static_cast<char>('a' + i % 26);
      want.append(n, c);
      got.Add(max, [&](char* p) { return std::fill_n(p, n, c); });
      if (rng() % 10 == 0) {
        want += "|";
        got.Append("|");
      }
    }
    ASSERT_EQ(got.view(), want) << round;
    TextBuffer moved = std::move(got);
    ASSERT_EQ(moved.view(), want) << round;
    EXPECT_TRUE(got.empty());  // NOLINT(bugprone-use-after-move): a moved-from buffer is empty
    got.Append("again");
    EXPECT_EQ(got.view(), "again");
  }
}

// SameBytes is ==, at every length around its 4-, 8- and 16-byte steps and a difference at every
// position.
TEST(Json, SameBytesIsEquality) {
  for (size_t n = 0; n <= 40; ++n) {
    const std::string a(n, 'x');
    EXPECT_TRUE(SameBytes(a, a));
    EXPECT_TRUE(SameBytes(a, std::string(n, 'x')));
    EXPECT_FALSE(SameBytes(a, std::string(n + 1, 'x')));
    for (size_t at = 0; at < n; ++at) {
      std::string b = a;
      b[at] = 'y';
      EXPECT_FALSE(SameBytes(a, b)) << n << " " << at;
      EXPECT_FALSE(SameBytes(b, a)) << n << " " << at;
    }
  }
}

// DecodeValidUtf8 is DecodeToUtf8 without the validation, for text known valid; both decide
// "binary" by the share of control bytes (not tab, LF, CR, FF) in the first 8 KB, counted here
// byte by byte. Texts of every length around the 16- and 8-byte steps and the 8 KB limit, with
// control bytes around the 10% threshold.
TEST(Encoding, ValidUtf8PathMatchesFullDecode) {
  std::mt19937 rng(7);
  const std::string pieces[] = {"医", "保", "a", " ", "\n", "\t", "\r", "\f", std::string(1, '\0'), "\x01",
                                "\x1F", " ", "\x7F", "é", "😀"};
  const auto count_binary = [](std::string_view t) {
    const size_t n = std::min<size_t>(t.size(), 8192);
    size_t control = 0;
    for (size_t i = 0; i < n; ++i) {
      const auto c = static_cast<unsigned char>(t[i]);
      control += c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f';
    }
    return n > 0 && control * 10 > n;
  };
  size_t binary = 0;
  for (int round = 0; round < 3000; ++round) {
    const size_t target = round < 200 ? static_cast<size_t>(round) : rng() % (round % 10 == 0 ? 12000 : 300);
    const unsigned control_share = rng() % 30;  // percent of pieces that are control bytes
    std::string t;
    while (t.size() < target) {
      const bool control = rng() % 100 < control_share;
      t += control ? pieces[5 + rng() % 6] : pieces[rng() % 15];
    }
    ASSERT_EQ(utf8::FirstInvalid(t), std::string_view::npos);
    const DecodeResult fast = DecodeValidUtf8(t), full = DecodeToUtf8(t);
    EXPECT_EQ(fast.ok, full.ok);
    EXPECT_EQ(fast.text, full.text);
    EXPECT_EQ(fast.encoding, full.encoding);
    EXPECT_EQ(fast.transcoded, full.transcoded);
    EXPECT_EQ(fast.error_code, full.error_code);
    EXPECT_EQ(fast.error, full.error);
    EXPECT_EQ(fast.error_code == "binary", count_binary(t)) << t.size();
    binary += fast.error_code == "binary";
  }
  EXPECT_GT(binary, 100u);
  EXPECT_LT(binary, 2900u);
}

}  // namespace
}  // namespace pe
