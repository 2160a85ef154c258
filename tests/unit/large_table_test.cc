// AllocateLargeTable: whole, aligned storage of any size (the name automata's tables live in it).
#include "pipeline/large_table.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <numeric>

namespace pe {
namespace {

TEST(LargeTable, HoldsEveryElementAtAnySize) {
  for (const size_t n : {size_t{0}, size_t{1}, size_t{1000}, (size_t{2} << 20) / 4 - 1, (size_t{2} << 20) / 4,
                         (size_t{5} << 20) / 4 + 3}) {
    LargeTable<uint32_t> t = AllocateLargeTable<uint32_t>(n);
    ASSERT_NE(t.get(), nullptr) << n;
    std::iota(t.get(), t.get() + n, uint32_t{7});
    uint64_t sum = 0;
    for (size_t i = 0; i < n; ++i) sum += t[i];
    EXPECT_EQ(sum, n * 7 + n * (n == 0 ? 0 : n - 1) / 2) << n;
  }
}

TEST(LargeTable, TablesOfAHugePageOrMoreStartOnAHugePage) {
  // So the kernel can back them with 2 MB pages from the first byte on.
  const LargeTable<uint32_t> big = AllocateLargeTable<uint32_t>((size_t{3} << 20) / 4);
  EXPECT_EQ(reinterpret_cast<uintptr_t>(big.get()) % (size_t{2} << 20), 0u);
  const LargeTable<uint64_t> small = AllocateLargeTable<uint64_t>(100);
  EXPECT_EQ(reinterpret_cast<uintptr_t>(small.get()) % alignof(std::max_align_t), 0u);
}

}  // namespace
}  // namespace pe
