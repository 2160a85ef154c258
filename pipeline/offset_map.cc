#include "pipeline/offset_map.h"

#include <algorithm>

namespace pe {

void OffsetMap::AddCopy(size_t src_start, size_t len) {
  if (len == 0) return;
  if (!segments_.empty()) {
    Segment& last = segments_.back();
    if (last.copy && last.src_start + last.src_len == src_start) {  // extend the previous copy
      last.dst_len += len;
      last.src_len += len;
      dst_size_ += len;
      src_end_ = std::max(src_end_, src_start + len);
      return;
    }
  }
  segments_.push_back({dst_size_, src_start, len, len, true});
  dst_size_ += len;
  src_end_ = std::max(src_end_, src_start + len);
}

void OffsetMap::AddReplace(size_t src_start, size_t src_len, size_t dst_len) {
  segments_.push_back({dst_size_, src_start, dst_len, src_len, false});
  dst_size_ += dst_len;
  src_end_ = std::max(src_end_, src_start + src_len);
}

const OffsetMap::Segment* OffsetMap::Containing(size_t p) const {
  // The non-empty segments tile dst in order, so the one holding p is unique. Spans are mapped
  // mostly in increasing order: it is most often the one found last or one of the next few.
  constexpr size_t kLookAhead = 4;
  if (last_ < segments_.size() && segments_[last_].dst_start <= p) {
    for (size_t k = last_; k < segments_.size() && k < last_ + kLookAhead && segments_[k].dst_start <= p; ++k) {
      const Segment& s = segments_[k];
      if (s.dst_len > 0 && p < s.dst_start + s.dst_len) {
        last_ = k;
        return &s;
      }
    }
  }
  const Segment* s = Search(p);
  if (s) last_ = static_cast<size_t>(s - segments_.data());
  return s;
}

const OffsetMap::Segment* OffsetMap::Search(size_t p) const {
  // The last segment with dst_start <= p and dst_len > 0 that contains p.
  auto it = std::upper_bound(segments_.begin(), segments_.end(), p,
                             [](size_t v, const Segment& s) { return v < s.dst_start; });
  while (it != segments_.begin()) {
    --it;
    if (it->dst_len > 0 && p < it->dst_start + it->dst_len) return &*it;
    if (it->dst_len > 0) break;
  }
  return nullptr;
}

size_t OffsetMap::MapStart(size_t p) const {
  if (p >= dst_size_) {
    // Past the end: after the last source byte that produced output.
    return segments_.empty() ? 0 : segments_.back().src_start + segments_.back().src_len;
  }
  const Segment* s = Containing(p);
  if (!s) return 0;
  return s->copy ? s->src_start + (p - s->dst_start) : s->src_start;
}

size_t OffsetMap::MapEnd(size_t p) const {
  if (p == 0) return MapStart(0);
  const Segment* s = Containing(p - 1);
  if (!s) return src_end_;
  return s->copy ? s->src_start + (p - s->dst_start) : s->src_start + s->src_len;
}

std::pair<size_t, size_t> OffsetMap::MapRangeFound(size_t start, size_t end) const {
  if (start < end && end <= dst_size_) {
    const Segment* s = Containing(start);
    // end - 1 in the same copy segment: MapEnd(end) would find it again and answer this.
    std::pair<size_t, size_t> src;
    if (s && CopiedFrom(*s, start, end, src)) return src;
  }
  return {MapStart(start), MapEnd(end)};
}

bool OffsetMap::IsIdentity() const {
  size_t expect = 0;
  for (const Segment& s : segments_) {
    if (!s.copy || s.src_start != expect || s.dst_start != expect) return false;
    expect += s.src_len;
  }
  return true;
}

size_t OffsetChain::MapStart(size_t p) const {
  for (auto it = maps_.rbegin(); it != maps_.rend(); ++it) p = it->MapStart(p);
  return p;
}

size_t OffsetChain::MapEnd(size_t p) const {
  for (auto it = maps_.rbegin(); it != maps_.rend(); ++it) p = it->MapEnd(p);
  return p;
}

}  // namespace pe
