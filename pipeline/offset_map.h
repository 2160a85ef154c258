// Offset maps carry provenance through the stages that rewrite text (HTML to text, normalisation,
// Traditional to Simplified). Each stage's output ("dst") is described as a sequence of segments,
// each either a verbatim copy of source bytes or a replacement of a source range (possibly empty:
// an inserted block break; or producing nothing: a deleted zero-width space).
//
// Convention: half-open [start, end) byte ranges. A span that starts or ends inside a replacement
// widens to the whole replaced source range, so source[MapStart(a), MapEnd(b)) always covers
// exactly the source bytes that produced dst[a, b).
#pragma once
#include <cstddef>
#include <utility>
#include <vector>

namespace pe {

class OffsetMap {
 public:
  /// dst grows by `len` bytes copied verbatim from src[src_start, src_start + len).
  void AddCopy(size_t src_start, size_t len);
  /// dst grows by `dst_len` bytes that replace src[src_start, src_start + src_len).
  void AddReplace(size_t src_start, size_t src_len, size_t dst_len);

  size_t dst_size() const { return dst_size_; }
  /// Source offset of the first source byte behind dst position p (p may equal dst_size()).
  /// Positions asked for in increasing order are found from the previous one (MapStart and MapEnd
  /// remember where they looked last: not thread-safe).
  size_t MapStart(size_t p) const;
  /// Source offset one past the last source byte behind dst[.., p) (p > 0).
  size_t MapEnd(size_t p) const;
  /// {MapStart(start), MapEnd(end)}: when both ends lie in one copy segment (most spans: a
  /// mention, a line), that segment is found once, not twice; inline when it is the one found
  /// last (spans are mapped mostly in increasing order).
  std::pair<size_t, size_t> MapRange(size_t start, size_t end) const {
    std::pair<size_t, size_t> src;
    if (last_ < segments_.size() && CopiedFrom(segments_[last_], start, end, src)) return src;
    return MapRangeFound(start, end);
  }

  /// True if every segment is a copy starting where the previous ended (dst == src).
  bool IsIdentity() const;

 private:
  struct Segment {
    size_t dst_start, src_start, dst_len, src_len;
    bool copy;
  };
  const Segment* Containing(size_t p) const;
  /// If [start, end) (not empty) lies in copy segment s, sets src to its source range.
  static bool CopiedFrom(const Segment& s, size_t start, size_t end, std::pair<size_t, size_t>& src) {
    if (!s.copy || start < s.dst_start || start >= end || end > s.dst_start + s.dst_len) return false;
    src = {s.src_start + (start - s.dst_start), s.src_start + (end - s.dst_start)};
    return true;
  }
  /// MapRange with the segment searched for.
  std::pair<size_t, size_t> MapRangeFound(size_t start, size_t end) const;

  const Segment* Search(size_t p) const;

  std::vector<Segment> segments_;
  mutable size_t last_ = 0;  // the segment Containing found last
  size_t dst_size_ = 0;
  size_t src_end_ = 0;  // one past the largest source offset seen, for positions past the end
};

/// Maps through several stages in turn: stage 0 maps its dst into the delivered source, stage k
/// maps into stage k-1's dst. Positions are given in the last stage's dst.
class OffsetChain {
 public:
  void Push(OffsetMap m) { maps_.push_back(std::move(m)); }
  size_t MapStart(size_t p) const;
  size_t MapEnd(size_t p) const;
  /// {MapStart(start), MapEnd(end)}, each stage's segment found once for most spans.
  std::pair<size_t, size_t> MapRange(size_t start, size_t end) const {
    std::pair<size_t, size_t> r{start, end};
    for (auto it = maps_.rbegin(); it != maps_.rend(); ++it) r = it->MapRange(r.first, r.second);
    return r;
  }
  bool empty() const { return maps_.empty(); }

 private:
  std::vector<OffsetMap> maps_;
};

}  // namespace pe
