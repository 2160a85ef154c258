// A byte-level Aho–Corasick automaton over a fixed set of UTF-8 strings (the gazetteer's names and
// the region extractor's blocker words). Built once at start-up, then shared read-only by all
// threads: Scan() is one pass over the text, one table lookup per byte.
//
// The transition table is a full DFA over byte classes: every byte value that occurs in some
// pattern gets its own class, all other bytes share class 0 (which always leads back to the root).
// Patterns are valid UTF-8 and so is the text, so a match always starts and ends on a character
// boundary.
#pragma once
#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace pe {

class NameIndex {
 public:
  /// Adds a pattern (not empty) and returns its id; adding the same string again returns the same id.
  uint32_t Add(std::string_view s) {
    const auto [it, fresh] = ids_.emplace(std::string(s), static_cast<uint32_t>(patterns_.size()));
    if (fresh) patterns_.push_back(it->first);
    return it->second;
  }
  size_t size() const { return patterns_.size(); }
  const std::string& pattern(uint32_t id) const { return patterns_[id]; }
  size_t states() const { return states_; }

  /// Builds the automaton; call once after the last Add().
  void Build() {
    // Byte classes.
    for (auto& c : cls_) c = 0;
    classes_ = 1;
    for (const std::string& p : patterns_) {
      for (unsigned char b : p) {
        if (cls_[b] == 0) cls_[b] = static_cast<uint8_t>(classes_++);
      }
    }
    // The trie, straight into the final table: an edge holds its target's row offset (the state
    // times the number of classes, so the scan needs no multiplication), kNone means no edge yet.
    const auto k = static_cast<uint32_t>(classes_);
    size_t max_states = 1;
    for (const std::string& p : patterns_) max_states += p.size();
    delta_.reserve(max_states * k);  // pages that are never used are never touched
    delta_.assign(k, kNone);
    std::vector<int32_t> out(1, -1);
    std::vector<uint32_t> parent(1, 0), depth(1, 0);
    std::vector<uint8_t> edge(1, 0);  // the class of the edge from the parent
    for (uint32_t id = 0; id < patterns_.size(); ++id) {
      uint32_t s = 0;
      for (unsigned char b : patterns_[id]) {
        const size_t at = static_cast<size_t>(s) * k + cls_[b];
        if (delta_[at] == kNone) {
          const auto t = static_cast<uint32_t>(out.size());
          delta_[at] = t * k;
          delta_.resize(delta_.size() + k, kNone);
          out.push_back(-1);
          parent.push_back(s);
          depth.push_back(depth[s] + 1);
          edge.push_back(cls_[b]);
        }
        s = delta_[at] / k;
      }
      out[s] = static_cast<int32_t>(id);
    }
    states_ = out.size();
    // Level by level (a state's failure state is always shallower): each state's failure link,
    // output chain and "ends a pattern" flag (set on the edge into it); then each row becomes its
    // failure state's row, already final, with the state's own trie edges laid over it.
    const std::vector<uint32_t> order = ByDepth(depth);
    std::vector<uint32_t> fail(states_, 0);
    std::vector<int32_t> dict(states_, -1);  // nearest proper suffix state that ends a pattern
    const auto row = [&](uint32_t state) { return delta_.data() + static_cast<size_t>(state) * k; };
    for (size_t i = 0; i < states_;) {
      size_t j = i;  // [i, j): the states of this depth; [j, next): their children
      while (j < states_ && depth[order[j]] == depth[order[i]]) ++j;
      size_t next = j;
      while (next < states_ && depth[order[next]] == depth[order[j]]) ++next;
      for (size_t q = i; q < j; ++q) {
        const uint32_t t = order[q];
        if (t == 0) continue;  // the root: no failure link
        const uint32_t via_fail = parent[t] == 0 ? 0 : (row(fail[parent[t]])[edge[t]] & ~kEmits) / k;
        fail[t] = via_fail;
        dict[t] = out[via_fail] >= 0 ? static_cast<int32_t>(via_fail) : dict[via_fail];
        if (out[t] >= 0 || dict[t] >= 0) row(parent[t])[edge[t]] |= kEmits;
      }
      for (size_t q = i; q < j; ++q) {
        const uint32_t s = order[q];
        if (s == 0) {
          std::fill(row(0), row(0) + k, 0u);  // the root: every other byte leads back to it
        } else {
          std::copy(row(fail[s]), row(fail[s]) + k, row(s));
        }
      }
      for (size_t q = j; q < next; ++q) row(parent[order[q]])[edge[order[q]]] = order[q] * k;
      i = j;
    }
    RenumberByDepth(order, out, dict);
    // `first_` is the first state on the output chain (the state itself or dict_), or -1.
    out_ = std::move(out);
    dict_ = std::move(dict);
    first_.resize(states_);
    for (size_t s = 0; s < states_; ++s) first_[s] = out_[s] >= 0 ? static_cast<int32_t>(s) : dict_[s];
    len_.resize(patterns_.size());
    for (size_t i = 0; i < patterns_.size(); ++i) len_[i] = static_cast<uint32_t>(patterns_[i].size());
    max_len_ = 0;
    for (const std::string& p : patterns_) max_len_ = std::max(max_len_, p.size());
  }

  /// Calls on_match(id, start, end) for every occurrence of every pattern (overlapping ones too),
  /// in order of their end offset.
  ///
  /// The scan is bound by the latency of one table lookup per byte, each depending on the one
  /// before. Longer texts are therefore cut into kLanes pieces run in one loop, whose lookups
  /// overlap (measured on the gazetteer: 350 MB/s in one piece, 610 in two, 970 in four). Each
  /// piece but the first starts `max_len_` bytes early from the root: the automaton's state
  /// depends only on that many last bytes, so it is in step by the piece's start. A piece reports
  /// the matches that end inside it; those of later pieces wait in buffers, so that all are
  /// reported in order.
  template <class F>
  void Scan(std::string_view text, F&& on_match) const {
    const auto* const begin = reinterpret_cast<const unsigned char*>(text.data());
    const size_t piece = text.size() / kLanes;
    if (text.size() < kSplitAt || piece < max_len_) {
      Cursor c{begin, begin + text.size(), 0};
      while (NextMatchEnd(c)) Report(c, begin, on_match);
      return;
    }
    std::array<Cursor, kLanes> lanes;
    std::array<size_t, kLanes> from;  // a piece's matches end after this offset
    for (size_t i = 0; i < kLanes; ++i) {
      from[i] = i * piece;
      const size_t end = i + 1 == kLanes ? text.size() : (i + 1) * piece;
      lanes[i] = Cursor{begin + (i == 0 ? 0 : from[i] - max_len_), begin + end, 0};
    }
    std::array<std::vector<Match>, kLanes> later;
    const auto report = [&](size_t i) {
      if (i == 0) return Report(lanes[0], begin, on_match);
      Report(lanes[i], begin, [&](uint32_t id, size_t start, size_t end) {
        if (end > from[i]) later[i].push_back({id, start, end});
      });
    };
    while (std::none_of(lanes.begin(), lanes.end(), [](const Cursor& c) { return c.p == c.end; })) {
      StepAll(lanes);
      for (size_t i = 0; i < kLanes; ++i) {
        if (lanes[i].row & kEmits) report(i);
      }
    }
    for (size_t i = 0; i < kLanes; ++i) {
      while (NextMatchEnd(lanes[i])) report(i);
    }
    for (size_t i = 1; i < kLanes; ++i) {
      for (const Match& m : later[i]) on_match(m.id, m.start, m.end);
    }
  }

 private:
  static constexpr size_t kSplitAt = 4096;  // shorter texts are scanned in one piece
  static constexpr size_t kLanes = 4;
  // The states in order of depth (a counting sort; ties keep their order).
  static std::vector<uint32_t> ByDepth(const std::vector<uint32_t>& depth) {
    std::vector<uint32_t> first_of_depth;
    for (uint32_t d : depth) {
      if (d + 1 >= first_of_depth.size()) first_of_depth.resize(d + 2, 0);
      ++first_of_depth[d + 1];
    }
    for (size_t d = 1; d < first_of_depth.size(); ++d) first_of_depth[d] += first_of_depth[d - 1];
    std::vector<uint32_t> order(depth.size());
    for (uint32_t s = 0; s < depth.size(); ++s) order[first_of_depth[depth[s]]++] = s;
    return order;
  }

  // Renumbers the states in order of depth, so that the shallow states, where the scan spends
  // nearly all its time (most text is no name), have neighbouring rows: a few hundred KB of the
  // table stay in cache instead of rows scattered over all of it (measured: the scan took 12% of
  // the run's time before, mostly cache misses).
  void RenumberByDepth(const std::vector<uint32_t>& order, std::vector<int32_t>& out, std::vector<int32_t>& dict) {
    const auto k = static_cast<uint32_t>(classes_);
    std::vector<uint32_t> renamed(states_);
    for (uint32_t i = 0; i < states_; ++i) renamed[order[i]] = i;
    std::vector<uint32_t> delta(delta_.size());
    std::vector<int32_t> new_out(states_), new_dict(states_);
    for (uint32_t old = 0; old < states_; ++old) {
      const uint32_t now = renamed[old];
      const uint32_t* from = delta_.data() + static_cast<size_t>(old) * k;
      uint32_t* to = delta.data() + static_cast<size_t>(now) * k;
      for (uint32_t c = 0; c < k; ++c) to[c] = renamed[(from[c] & ~kEmits) / k] * k | (from[c] & kEmits);
      new_out[now] = out[old];
      new_dict[now] = dict[old] < 0 ? -1 : static_cast<int32_t>(renamed[static_cast<uint32_t>(dict[old])]);
    }
    delta_ = std::move(delta);
    out = std::move(new_out);
    dict = std::move(new_dict);
  }

  struct Match {
    uint32_t id;
    size_t start, end;
  };
  // A position in the text and the automaton's state there (a row offset; kEmits set when the
  // last transition entered a state that ends a pattern, until Report clears it).
  struct Cursor {
    const unsigned char* p;
    const unsigned char* end;
    uint32_t row;
  };

  template <class F>
  void Report(Cursor& c, const unsigned char* begin, F&& on_match) const {
    c.row &= ~kEmits;
    const auto at = static_cast<size_t>(c.p - begin);
    for (int32_t s = first_[c.row / classes_]; s >= 0; s = dict_[s]) {
      const auto id = static_cast<uint32_t>(out_[s]);
      on_match(id, at - len_[id], at);
    }
  }

  // The hot loops, kept out of Scan so that the callback's code does not take their registers.
  // Runs the automaton until a transition into a state that ends a pattern (true, with kEmits set
  // on the cursor's row) or to the end of the text (false).
  [[gnu::noinline]] bool NextMatchEnd(Cursor& c) const {
    const uint32_t* delta = delta_.data();
    const unsigned char* p = c.p;
    size_t r = c.row;
    while (p != c.end) {
      const uint32_t t = delta[r + cls_[*p++]];
      if (t & kEmits) {
        c.p = p;
        c.row = t;
        return true;
      }
      r = t;
    }
    c.p = p;
    c.row = static_cast<uint32_t>(r);
    return false;
  }

  // All lanes a byte at a time in lockstep until one enters a state that ends a pattern or one
  // reaches its end. Written out lane by lane: as arrays, gcc keeps the lanes in memory and the
  // loop runs at half the speed.
  [[gnu::noinline]] void StepAll(std::array<Cursor, kLanes>& lanes) const {
    static_assert(kLanes == 4);
    const uint32_t* delta = delta_.data();
    const unsigned char *p0 = lanes[0].p, *p1 = lanes[1].p, *p2 = lanes[2].p, *p3 = lanes[3].p;
    uint32_t r0 = lanes[0].row, r1 = lanes[1].row, r2 = lanes[2].row, r3 = lanes[3].row;
    ptrdiff_t steps = std::min(std::min(lanes[0].end - p0, lanes[1].end - p1), std::min(lanes[2].end - p2, lanes[3].end - p3));
    while (steps-- > 0) {
      r0 = delta[r0 + cls_[*p0++]];
      r1 = delta[r1 + cls_[*p1++]];
      r2 = delta[r2 + cls_[*p2++]];
      r3 = delta[r3 + cls_[*p3++]];
      if ((r0 | r1 | r2 | r3) & kEmits) break;
    }
    lanes[0].p = p0, lanes[1].p = p1, lanes[2].p = p2, lanes[3].p = p3;
    lanes[0].row = r0, lanes[1].row = r1, lanes[2].row = r2, lanes[3].row = r3;
  }

  std::vector<std::string> patterns_;
  std::unordered_map<std::string, uint32_t> ids_;
  uint8_t cls_[256] = {};
  size_t classes_ = 1;
  size_t states_ = 1;
  static constexpr uint32_t kEmits = 0x80000000u;  // flag on a transition: its target ends a pattern
  static constexpr uint32_t kNone = UINT32_MAX;    // no edge (only while building)
  std::vector<uint32_t> delta_;  // states * classes: the target state's row offset | kEmits
  std::vector<int32_t> out_;     // pattern ending at the state, or -1
  std::vector<int32_t> dict_;    // next state on the output chain, or -1
  std::vector<int32_t> first_;   // first state on the output chain (the state itself or dict_), or -1
  std::vector<uint32_t> len_;    // pattern byte lengths
  size_t max_len_ = 0;           // the longest pattern's
};

}  // namespace pe
