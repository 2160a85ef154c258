#include "pipeline/offset_map.h"

#include <gtest/gtest.h>

namespace pe {
namespace {

TEST(OffsetMap, CopyIsIdentity) {
  OffsetMap m;
  m.AddCopy(0, 10);
  EXPECT_TRUE(m.IsIdentity());
  EXPECT_EQ(m.MapStart(3), 3u);
  EXPECT_EQ(m.MapEnd(7), 7u);
  EXPECT_EQ(m.MapEnd(10), 10u);
}

TEST(OffsetMap, ReplacementWidensToTheWholeSourceRange) {
  // src "ab&amp;cd" → dst "ab&cd": "&" (dst 2..3) came from src 2..7.
  OffsetMap m;
  m.AddCopy(0, 2);
  m.AddReplace(2, 5, 1);
  m.AddCopy(7, 2);
  EXPECT_FALSE(m.IsIdentity());
  EXPECT_EQ(m.MapStart(2), 2u);
  EXPECT_EQ(m.MapEnd(3), 7u);
  EXPECT_EQ(m.MapStart(3), 7u);
  EXPECT_EQ(m.MapEnd(5), 9u);
  EXPECT_EQ(m.MapStart(0), 0u);
}

TEST(OffsetMap, DeletionsAndInsertions) {
  // src "a\u200Bb" (a, 3-byte ZWSP, b) → dst "a\nb" where \n is inserted and ZWSP deleted.
  OffsetMap m;
  m.AddCopy(0, 1);
  m.AddReplace(1, 3, 0);  // deleted
  m.AddReplace(4, 0, 1);  // inserted
  m.AddCopy(4, 1);
  EXPECT_EQ(m.dst_size(), 3u);
  EXPECT_EQ(m.MapStart(2), 4u);  // "b"
  EXPECT_EQ(m.MapEnd(3), 5u);
  EXPECT_EQ(m.MapEnd(1), 1u);    // "a" ends before the deleted bytes
}

TEST(OffsetChain, ComposesStagesInOrder) {
  OffsetMap html;  // raw "<b>x</b>y" → "xy"
  html.AddCopy(3, 1);
  html.AddCopy(8, 1);
  OffsetMap norm;  // "xy" → "XY" (both replaced)
  norm.AddReplace(0, 1, 1);
  norm.AddReplace(1, 1, 1);
  OffsetChain c;
  c.Push(html);
  c.Push(norm);
  EXPECT_EQ(c.MapStart(0), 3u);
  EXPECT_EQ(c.MapEnd(2), 9u);
  EXPECT_EQ(c.MapStart(1), 8u);
}

// MapRange against MapStart and MapEnd for every range of random maps of copies, replacements,
// deletions and insertions, alone and chained, asked in increasing and in jumping order.
TEST(OffsetMap, MapRangeMatchesMapStartAndMapEnd) {
  uint32_t seed = 7;
  const auto next = [&](uint32_t n) {
    seed = seed * 1103515245u + 12345u;
    return (seed >> 16) % n;
  };
  const auto random_map = [&](size_t segments) {
    OffsetMap m;
    size_t src = 0;
    for (size_t k = 0; k < segments; ++k) {
      const size_t len = next(6);
      if (next(3) == 0) {
        m.AddCopy(src, len + 1);
        src += len + 1;
      } else {
        m.AddReplace(src, len, next(3));
        src += len;
      }
    }
    return m;
  };
  for (int round = 0; round < 200; ++round) {
    const OffsetMap first = random_map(1 + next(12)), second = random_map(1 + next(12));
    OffsetChain chain;
    chain.Push(first);
    chain.Push(second);
    const size_t n = second.dst_size();
    for (size_t a = 0; a <= n + 1; ++a) {
      for (size_t b = 0; b <= n + 1; ++b) {
        const std::pair<size_t, size_t> one = second.MapRange(a, b);
        ASSERT_EQ(one.first, second.MapStart(a)) << round << " " << a << " " << b;
        ASSERT_EQ(one.second, second.MapEnd(b)) << round << " " << a << " " << b;
        const std::pair<size_t, size_t> both = chain.MapRange(a, b);
        ASSERT_EQ(both.first, chain.MapStart(a)) << round << " " << a << " " << b;
        ASSERT_EQ(both.second, chain.MapEnd(b)) << round << " " << a << " " << b;
      }
    }
  }
}

}  // namespace
}  // namespace pe
