// Storage for a large lookup table read at random on every byte of the text (the name automata's
// transition tables, several MB each). Backed by transparent huge pages where the kernel offers
// them: with 4 KB pages nearly every step of a scan lands on a page whose translation is not in
// the TLB, and the walk costs more than the table read itself (measured: 1.07x end to end on the
// generated corpus, one thread). Where huge pages are not available this is plain memory.
#pragma once
#include <cstddef>
#include <cstdlib>
#include <memory>
#include <new>
#include <type_traits>
#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace pe {

namespace detail {
struct FreeLargeTable {
  void operator()(void* p) const { std::free(p); }
};
}  // namespace detail

/// An uninitialised array of n T, freed with the pointer.
template <typename T>
using LargeTable = std::unique_ptr<T[], detail::FreeLargeTable>;

/// Allocates a LargeTable of n elements (uninitialised; T trivially constructible). Throws
/// std::bad_alloc like new[] when memory is short.
template <typename T>
LargeTable<T> AllocateLargeTable(size_t n) {
  static_assert(std::is_trivially_default_constructible_v<T> && std::is_trivially_destructible_v<T>);
  constexpr size_t kHugePage = size_t{2} << 20;  // x86-64's transparent huge page
  const size_t wanted = n * sizeof(T);
  // Below a huge page the TLB covers the table anyway; rounding up would only waste memory.
  const size_t align = wanted >= kHugePage ? kHugePage : alignof(std::max_align_t);
  const size_t bytes = (wanted + align - 1) / align * align;
  void* p = std::aligned_alloc(align, bytes == 0 ? align : bytes);
  if (p == nullptr) throw std::bad_alloc();
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  // Advice only: with huge pages off or unavailable the kernel keeps 4 KB pages, no error to report.
  if (align == kHugePage) madvise(p, bytes, MADV_HUGEPAGE);
#endif
  return LargeTable<T>(static_cast<T*>(p));
}

}  // namespace pe
