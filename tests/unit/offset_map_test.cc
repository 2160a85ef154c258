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

}  // namespace
}  // namespace pe
