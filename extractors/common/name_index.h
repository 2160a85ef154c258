// A byte-level Aho–Corasick automaton over a fixed set of UTF-8 strings (the gazetteer's names and
// the region extractor's blocker words; the cue words). Built once, then shared read-only by all
// threads: Scan() is one pass over the text, one table lookup per byte. NameIndexSet scans the
// word lists of several owners in one such pass.
//
// The transition table is a full DFA over byte classes: every byte value that occurs in some
// pattern gets its own class, all other bytes share a class (which always leads back to the root).
// Patterns are valid UTF-8 and so is the text, so a match always starts and ends on a character
// boundary. That also halves most rows: a state reached after a whole character is only ever
// followed by an ASCII or lead byte, one inside a character only by a continuation byte (see
// FillRows).
#pragma once
#include <algorithm>
#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace pe {

/// The automaton of a fixed list of patterns (ids: their places in the list). NameIndex builds it
/// for its patterns; NameIndexSet for the patterns of several NameIndexes.
class NameAutomaton {
 public:
  /// How often the patterns are expected to match: kDense for about every 20 bytes (the cue words),
  /// kSparse for about every 100 or more (the gazetteer's names). Only the scan's speed depends on it.
  enum class Density { kSparse, kDense };

  /// The values to report for each pattern's match: pattern i's are values[begin[i], begin[i + 1]).
  struct Values {
    std::vector<uint32_t> begin;
    std::vector<uint32_t> values;
  };

  /// Builds the automaton of `patterns` (none empty). A match of pattern i is reported once per
  /// value of i in `values`, in their order, if `values` is given; once, with the value i, otherwise.
  NameAutomaton(const std::vector<std::string>& patterns, Density density, const Values& values = {})
      : dense_(density == Density::kDense) {
    AssignByteClasses(patterns);
    const Trie trie = BuildTrie(patterns);
    states_ = trie.depth.size();
    // The states are numbered in order of depth (ties in order of creation), so that the shallow
    // states, where the scan spends nearly all its time (most text is no name), have neighbouring
    // rows: a few hundred KB of the table stay in cache instead of rows scattered over all of it
    // (measured: the scan took 12% of the run's time before, mostly cache misses).
    const std::vector<uint32_t> order = ByDepth(trie.depth);
    std::vector<uint32_t> number(states_);
    for (uint32_t i = 0; i < states_; ++i) number[order[i]] = i;
    FillRows(trie, order, number, patterns, values);
    max_len_ = 0;
    for (const std::string& p : patterns) max_len_ = std::max(max_len_, p.size());
  }
  size_t states() const { return states_; }
  /// Bytes of the transition table (for benchmarks).
  size_t table_bytes() const { return entries_ * sizeof(uint32_t); }

  /// Calls on_match(value, start, end) for every occurrence of every pattern (overlapping ones too),
  /// in order of their end offset (at one end, the longest first), each of the pattern's values.
  ///
  /// The scan is bound by the latency of one table lookup per byte, each depending on the one
  /// before. Longer texts are therefore cut into pieces run in one loop, whose lookups overlap
  /// (measured on the gazetteer: 350 MB/s in one piece, 610 in two, 970 in four). Each piece but
  /// the first starts `max_len_` bytes early from the root: the automaton's state depends only on
  /// that many last bytes, so it is in step by the piece's start. The loop stops where a lane
  /// enters a state that ends a pattern; with kDense, it runs kChunk bytes and notes those states
  /// instead, without a branch (the cue words end a pattern every ~17 bytes: leaving the loop each
  /// time cost the lanes' overlap and a mispredicted branch; measured, the cue scan 1.25-1.4x
  /// faster, the gazetteer's 0.9x, as its loop does more per byte). A piece reports the matches
  /// that end inside it; those of later pieces wait in buffers, so that all are reported in order.
  ///
  /// The fast scan reads only the half rows, so it needs whole characters (WholeCharacters): a
  /// text that is not (never after normalisation) is scanned by ScanAnyBytes, one lane.
  template <class F>
  void Scan(std::string_view text, F&& on_match) const {
    if (compact_ && !WholeCharacters(text)) return ScanAnyBytes(text, on_match);
    ScanWholeCharacters(text, on_match);
  }
  /// Scan() of a text known to be whole characters (WholeCharacters(text): valid UTF-8 is, so
  /// normalised text is), without checking it again: the check cost ~0.9% of a run's instructions
  /// for text that always passed it. Any other text may read outside the table.
  template <class F>
  void ScanWholeCharacters(std::string_view text, F&& on_match) const {
    // A table of more than 2^21 entries (8 MB; ours: 4 MB) does not fit the dense loop's notes
    // (ChunkEnds) and takes the sparse loop.
    if (dense_ && entries_ <= kEnteredRow + 1) return ScanPieces<kDenseLanes>(text, on_match);
    ScanPieces<kSparseLanes>(text, on_match);
  }

 private:
  static constexpr size_t kSplitAt = 4096;  // shorter texts are scanned in one piece
  // Lanes of the two loops. The dense loop keeps eight chains of lookups in flight: the cue words
  // and the gazetteer's names in one automaton (NameIndexSet) miss the first-level cache on about
  // a third of its lookups (cachegrind), so the scan waits on misses, not on instructions
  // (perf, share of a one-thread run on 20 MB in three alternating rounds: the two scans
  // 17-22.5%, the union with four lanes 14-18%, with eight 10-16.5%; the cue scan alone with eight
  // lanes, not joined, 14-21%).
  static constexpr size_t kSparseLanes = 4;
  static constexpr size_t kDenseLanes = 8;

  template <size_t kLanes, class F>
  void ScanPieces(std::string_view text, F&& on_match) const {
    const auto* const begin = reinterpret_cast<const unsigned char*>(text.data());
    const size_t piece = text.size() / kLanes;
    if (text.size() < kSplitAt || piece < max_len_) {
      Cursor c{begin, begin + text.size(), 0};
      while (NextMatchEnd(c)) Report(c.row, static_cast<size_t>(c.p - begin), on_match);
      return;
    }
    std::array<Cursor, kLanes> lanes;
    std::array<size_t, kLanes> from;  // a piece's matches end after this offset
    for (size_t i = 0; i < kLanes; ++i) {
      from[i] = i * piece;
      const size_t end = i + 1 == kLanes ? text.size() : (i + 1) * piece;
      lanes[i] = Cursor{begin + (i == 0 ? 0 : from[i] - max_len_), begin + end, 0};
    }
    // Lanes 1.. : where they entered such a state. Kept per thread (the callbacks never scan):
    // a document's scan allocated and freed seven lists otherwise.
    std::array<std::vector<Ended>, kDenseLanes>& later = LaterBuffers();
    for (size_t i = 1; i < kLanes; ++i) later[i].clear();
    // Inlined: a call per state entered otherwise (~70,000 on 2 MB of cue words).
    const auto note = [&](size_t i, uint32_t row, size_t at) __attribute__((always_inline)) {
      if (i == 0) return Report(row, at, on_match);
      if (at > from[i]) later[i].push_back({at, delta_[row - 1]});
    };
    if constexpr (kLanes == kDenseLanes) {
      // Room for one such state per 16 bytes: the cue words' lists then seldom regrow.
      for (size_t i = 1; i < kLanes; ++i) later[i].reserve(piece / 16);
      ChunkEnds ends;
      size_t steps = static_cast<size_t>(lanes[0].end - lanes[0].p);  // the first piece is the shortest
      while (steps > 0) {
        const size_t n = std::min(steps, kChunk);
        steps -= n;
        StepChunk(lanes, n, ends);
        for (size_t k = 0; k < ends.count; ++k) {
          const uint32_t e = ends.at[k];
          const size_t i = e >> kEnteredLaneShift & (kLanes - 1);
          const size_t step = e >> kEnteredStepShift;  // from 0, the chunk's first byte
          note(i, e & kEnteredRow, static_cast<size_t>(lanes[i].p - begin) - n + step + 1);
        }
      }
    } else {
      while (std::none_of(lanes.begin(), lanes.end(), [](const Cursor& c) { return c.p == c.end; })) {
        StepAll(lanes);
        for (size_t i = 0; i < kLanes; ++i) {
          if (lanes[i].row & 1) note(i, lanes[i].row, static_cast<size_t>(lanes[i].p - begin));
        }
      }
    }
    for (size_t i = 0; i < kLanes; ++i) {
      while (NextMatchEnd(lanes[i])) note(i, lanes[i].row, static_cast<size_t>(lanes[i].p - begin));
    }
    for (size_t i = 1; i < kLanes; ++i) {
      for (const Ended& e : later[i]) ReportPlace(e.place, e.at, on_match);
    }
  }

  static bool IsContinuation(unsigned char b) { return (b & 0xC0) == 0x80; }

 public:
  /// Whether every continuation byte of `text` is one its lead byte calls for and every lead byte
  /// gets all it calls for (bytes 0xF8-0xFF call for three): valid UTF-8 as far as the half rows
  /// need it (FillRows). Overlong forms and surrogates pass.
  static bool WholeCharacters(std::string_view text) {
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    size_t n = text.size();
#ifdef __SSE2__
    // 16 bytes at a time, the calls for continuation bytes carried from one block to the next.
    const __m128i flip = _mm_set1_epi8(static_cast<char>(0x80));  // unsigned order as signed
    __m128i two = _mm_setzero_si128(), three = two, four = two, bad = two;
    const auto block = [&](const unsigned char* q) __attribute__((always_inline)) {
      const __m128i u = _mm_xor_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(q)), flip);
      const __m128i at_least_c0 = _mm_cmpgt_epi8(u, _mm_set1_epi8(0x3F));
      const __m128i cont = _mm_andnot_si128(at_least_c0, _mm_cmpgt_epi8(u, _mm_set1_epi8(-1)));
      const __m128i at_least_e0 = _mm_cmpgt_epi8(u, _mm_set1_epi8(0x5F));
      const __m128i at_least_f0 = _mm_cmpgt_epi8(u, _mm_set1_epi8(0x6F));
      const __m128i called = _mm_or_si128(
          _mm_or_si128(_mm_or_si128(_mm_slli_si128(at_least_c0, 1), _mm_srli_si128(two, 15)),
                       _mm_or_si128(_mm_slli_si128(at_least_e0, 2), _mm_srli_si128(three, 14))),
          _mm_or_si128(_mm_slli_si128(at_least_f0, 3), _mm_srli_si128(four, 13)));
      bad = _mm_or_si128(bad, _mm_xor_si128(called, cont));
      two = at_least_c0, three = at_least_e0, four = at_least_f0;
    };
    for (; n >= 16; p += 16, n -= 16) block(p);
    if (n > 0) {  // the rest, then zeros: a character cut off at the end counts as broken
      unsigned char last[16] = {};
      std::copy(p, p + n, last);
      block(last);
    } else {  // a character cut off at the end
      block(std::array<unsigned char, 16>{}.data());
    }
    return _mm_movemask_epi8(bad) == 0;
#else
    int calls = 0;  // continuation bytes still called for
    for (; n > 0; ++p, --n) {
      if (IsContinuation(*p) != (calls > 0)) return false;
      calls = IsContinuation(*p) ? calls - 1 : *p >= 0xF0 ? 3 : *p >= 0xE0 ? 2 : *p >= 0xC0 ? 1 : 0;
    }
    return calls == 0;
#endif
  }

 private:
  // Scan() of a text that is not whole characters, one lane. With the half rows (compact_): a
  // continuation byte after a boundary state leads to the root, and a lead or ASCII byte in a
  // mid state does what it does in the root: no pattern (whole characters) has a suffix that
  // starts with a lead byte and ends inside a character, or one that ends on a boundary and is
  // followed by a continuation byte. So the same matches as the full DFA.
  template <class F>
  [[gnu::noinline]] void ScanAnyBytes(std::string_view text, F&& on_match) const {
    const auto* const p = reinterpret_cast<const unsigned char*>(text.data());
    const uint32_t* delta = delta_.get();
    uint32_t r = 0;
    for (size_t i = 0; i < text.size(); ++i) {
      const bool boundary = r < mid_begin_;
      if (IsContinuation(p[i])) {
        r = boundary ? 0 : delta[r + cls_[p[i]]];
      } else {
        r = delta[(boundary ? r : 0) + cls_[p[i]]];
      }
      if (r & 1) Report(r, i + 1, on_match);
    }
  }

  // Lead and ASCII bytes get classes 0 .. lead_ - 1 (0: in no pattern), continuation bytes
  // lead_ .. classes_ - 1 (lead_: in no pattern). lead_ is even: a mid-character row starts lead_
  // entries before its first one, and must start on an even offset (it emits nothing).
  void AssignByteClasses(const std::vector<std::string>& patterns) {
    bool seen[256] = {};
    for (const std::string& p : patterns) {
      for (unsigned char b : p) seen[b] = true;
    }
    size_t next = 1;
    for (int b = 0; b < 256; ++b) {
      if (!IsContinuation(static_cast<unsigned char>(b))) cls_[b] = seen[b] ? static_cast<uint8_t>(next++) : 0;
    }
    lead_ = (next + 1) & ~size_t{1};
    next = lead_ + 1;
    for (int b = 0x80; b < 0xC0; ++b) cls_[b] = seen[b] ? static_cast<uint8_t>(next++) : static_cast<uint8_t>(lead_);
    classes_ = next;
    if (classes_ > 256) {  // only patterns of invalid UTF-8 can use that many byte values
      std::fprintf(stderr, "policy-extract: internal error: %zu byte classes\n", classes_);
      std::abort();
    }
    compact_ = std::all_of(patterns.begin(), patterns.end(), [](const std::string& p) { return WholeCharacters(p); });
  }

  struct Edge {
    uint32_t from, to;
    uint8_t cls;
  };
  // The trie's edges while it is built: (state << 8 | byte class) → target state, 0 for none.
  // Open addressing, at most half full (a node-based map spent most of the build allocating).
  class EdgeTable {
   public:
    explicit EdgeTable(size_t max_edges) {
      size_t size = 16;
      while (size < 2 * max_edges) size *= 2, --shift_;
      slots_.assign(size, Entry{});
    }
    uint32_t& At(uint32_t key) {
      // The product's high bits: its low bits would depend on the key's low bits (the class) alone.
      for (size_t i = (key * 0x9E3779B1u) >> shift_;; i = (i + 1) & (slots_.size() - 1)) {
        if (slots_[i].key == kEmpty) slots_[i].key = key;
        if (slots_[i].key == key) return slots_[i].to;
      }
    }

   private:
    static constexpr uint32_t kEmpty = UINT32_MAX;  // no key: a state is below 2^24
    struct Entry {
      uint32_t key = kEmpty;
      uint32_t to = 0;
    };
    std::vector<Entry> slots_;
    int shift_ = 32 - 4;  // 32 - log2(slots_.size())
  };

  // The trie of the patterns, states numbered in order of creation. Its edges sorted by their
  // source: state s's children are edges[first_edge[s], first_edge[s + 1]).
  struct Trie {
    std::vector<uint32_t> depth;
    std::vector<int32_t> out;  // the pattern ending at the state, or -1
    std::vector<bool> mid;     // the state is inside a character (its patterns go on with a continuation byte)
    std::vector<Edge> edges;
    std::vector<uint32_t> first_edge;
  };

  // Built with a hash table of edges rather than in the final table: writing the table once, in
  // its final order, is what makes the start-up cheap (it used to be filled in trie order, then
  // copied into depth order: 6 MB written three times).
  Trie BuildTrie(const std::vector<std::string>& patterns) const {
    Trie t;
    size_t max_states = 1;
    for (const std::string& p : patterns) max_states += p.size();
    if (max_states >= (size_t{1} << 24)) {  // edge keys are state << 8 | class
      std::fprintf(stderr, "policy-extract: internal error: %zu pattern bytes\n", max_states);
      std::abort();
    }
    EdgeTable child(max_states);
    t.depth.reserve(max_states);
    t.out.reserve(max_states);
    t.depth.assign(1, 0);
    t.out.assign(1, -1);
    t.mid.assign(1, false);
    t.edges.reserve(max_states);
    for (uint32_t id = 0; id < patterns.size(); ++id) {
      uint32_t s = 0;
      const std::string& p = patterns[id];
      for (size_t i = 0; i < p.size(); ++i) {
        const auto b = static_cast<unsigned char>(p[i]);
        uint32_t& to = child.At(s << 8 | cls_[b]);
        if (to == 0) {  // no edge yet (no edge leads to the root)
          to = static_cast<uint32_t>(t.depth.size());
          t.edges.push_back({s, to, cls_[b]});
          t.depth.push_back(t.depth[s] + 1);
          t.out.push_back(-1);
          t.mid.push_back(i + 1 < p.size() && IsContinuation(static_cast<unsigned char>(p[i + 1])));
        }
        s = to;
      }
      t.out[s] = static_cast<int32_t>(id);
    }
    // By source state: a counting sort (stable, so a state's edges keep their order).
    t.first_edge.assign(t.depth.size() + 1, 0);
    for (const Edge& e : t.edges) ++t.first_edge[e.from + 1];
    for (size_t s = 0; s < t.depth.size(); ++s) t.first_edge[s + 1] += t.first_edge[s];
    std::vector<Edge> by_source(t.edges.size());
    std::vector<uint32_t> next(t.first_edge.begin(), t.first_edge.end() - 1);
    for (const Edge& e : t.edges) by_source[next[e.from]++] = e;
    t.edges = std::move(by_source);
    return t;
  }

  // The full DFA, each row written once, in order of depth: a state's row is its failure state's
  // row (shallower, so already final) with its own trie edges laid over it. An edge holds its
  // target's row offset, so the scan needs no multiplication. The row of a state that ends a
  // pattern, or has a suffix that does, starts on an odd offset (the entry before it: SetOutputs).
  // That oddness is the scan's "a match ends here" without a flag bit to clear before the next
  // lookup (one instruction on the chain of dependent lookups).
  //
  // Rows of two widths (when the patterns are whole characters, compact_): in valid UTF-8 a state
  // after a whole character ("boundary") is followed only by a lead or ASCII byte, classes
  // [0, lead_), one inside a character ("mid") only by a continuation byte, [lead_, classes_):
  // boundary rows hold the first lead_ entries, mid rows the rest (a mid row's offset is lead_
  // entries before its first entry, which belong to the row before). Only the root is followed
  // by both (a lane may start inside a character; an unknown continuation byte leads to it) and
  // has a full row. The boundary rows come first, then lead_ unused entries, then the mid rows:
  // a row is mid if its offset is >= mid_begin_ (ScanAnyBytes). The table shrinks by the mid
  // rows' lead part and the boundary rows' continuation part (see the commit).
  void FillRows(const Trie& t, const std::vector<uint32_t>& order, const std::vector<uint32_t>& number,
                const std::vector<std::string>& patterns, const Values& values) {
    const auto lead = static_cast<uint32_t>(lead_);
    const auto all = static_cast<uint32_t>(classes_);
    // Where each state's row goes: base[s] is even, the row starts there (+1 if it emits; boundary
    // and full rows have room for that) or, for a mid row, lead_ entries before it.
    std::vector<uint32_t> base(states_);
    // A state's classes: mid [lead, all), boundary [0, lead), the root and all without compact_ [0, all).
    std::vector<uint32_t> lo(states_, 0), hi(states_, all);
    size_t entries = 0;
    for (uint32_t s = 0; s < states_; ++s) {
      if (compact_ && s != 0) (t.mid[order[s]] ? lo[s] : hi[s]) = lead;
      if (lo[s] != 0) continue;
      base[s] = static_cast<uint32_t>(entries);
      entries += hi[s] + 2 + (hi[s] & 1);
    }
    entries += lead;
    mid_begin_ = entries - lead;
    for (uint32_t s = 0; s < states_; ++s) {
      if (lo[s] == 0) continue;
      base[s] = static_cast<uint32_t>(entries);
      entries += all - lead + ((all - lead) & 1);
    }
    if (entries > UINT32_MAX) {  // row offsets are 32-bit (the scan's table entries)
      std::fprintf(stderr, "policy-extract: internal error: %zu table entries\n", entries);
      std::abort();
    }
    entries_ = entries;
    // Not zeroed whole (measured: 1.3% of the instructions on 2 MB): every row is written whole
    // below, the root's with zeros (every byte leads back to it), and so are the entries between rows.
    delta_.reset(new uint32_t[entries]);
    uint32_t* const delta = delta_.get();
    std::fill(delta + mid_begin_, delta + mid_begin_ + lead, 0u);
    for (uint32_t s = 0; s < states_; ++s) {
      if (lo[s] == 0) {  // the entries before and after the row, whether it starts at base or base + 1
        std::fill(delta + base[s], delta + base[s] + 1, 0u);
        std::fill(delta + base[s] + hi[s], delta + base[s] + hi[s] + 2 + (hi[s] & 1), 0u);
      } else {
        std::fill(delta + base[s] + (all - lead), delta + base[s] + (all - lead) + ((all - lead) & 1), 0u);
      }
    }
    std::fill(delta, delta + all, 0u);  // the root's row
    std::vector<int32_t> out(states_, -1);   // the pattern ending at the state, or -1
    std::vector<int32_t> dict(states_, -1);  // the next state on the output chain, or -1
    std::vector<uint32_t> fail(states_, 0);  // by new number
    std::vector<uint32_t> start(states_, 0);  // a state's row offset, odd if it emits
    // base / 2 → the state (for the failure links). Not zeroed: only the states' entries are read.
    const std::unique_ptr<uint32_t[]> state_at(new uint32_t[entries / 2 + 1]);
    for (uint32_t s = 0; s < states_; ++s) state_at[base[s] / 2] = s;
    const auto state_of = [&](uint32_t row) { return state_at[(row >= mid_begin_ ? row + lead : row) / 2]; };
    const auto row = [&](uint32_t state) { return delta + start[state]; };
    for (uint32_t s = 0; s < states_; ++s) {
      const uint32_t old = order[s];
      out[s] = t.out[old];
      if (s != 0) std::copy(row(fail[s]) + lo[s], row(fail[s]) + hi[s], row(s) + lo[s]);
      for (uint32_t e = t.first_edge[old]; e < t.first_edge[old + 1]; ++e) {
        const uint32_t child = number[t.edges[e].to];
        const uint8_t c = t.edges[e].cls;
        fail[child] = s == 0 ? 0 : state_of(row(fail[s])[c]);
        dict[child] = t.out[order[fail[child]]] >= 0 ? static_cast<int32_t>(fail[child]) : dict[fail[child]];
        const bool emits = t.out[t.edges[e].to] >= 0 || dict[child] >= 0;
        start[child] = lo[child] != 0 ? base[child] - lead : base[child] + (emits ? 1 : 0);
        row(s)[c] = start[child];
      }
    }
    SetOutputs(out, dict, start, patterns, values);
  }

  // Each emitting state's matches, flat: outputs_[delta_[its row - 1]] on to the one marked last,
  // the state's own pattern's values first, then those of the patterns on its chain of suffixes.
  // The place is kept in the entry before the row: reporting a state's matches then costs one
  // load (usually from the row's first cache line, which the next byte's lookup reads too) and a
  // contiguous walk, not a chase along the chain through three arrays (dict_, out_, len_) and the
  // row → state division (measured: see the commit).
  void SetOutputs(const std::vector<int32_t>& out, const std::vector<int32_t>& dict, const std::vector<uint32_t>& start,
                  const std::vector<std::string>& patterns, const Values& values) {
    outputs_.clear();
    for (uint32_t s = 0; s < states_; ++s) {
      const int32_t first = out[s] >= 0 ? static_cast<int32_t>(s) : dict[s];
      if (first < 0) continue;
      if (outputs_.size() >= kOneMatch) {  // the place must leave kOneMatch clear
        std::fprintf(stderr, "policy-extract: internal error: %zu pattern matches by state\n", outputs_.size());
        std::abort();
      }
      delta_[start[s] - 1] = static_cast<uint32_t>(outputs_.size());
      for (int32_t c = first; c >= 0; c = dict[c]) {
        const auto id = static_cast<uint32_t>(out[c]);
        const auto len = static_cast<uint32_t>(patterns[id].size());
        if (values.begin.empty()) {
          outputs_.push_back({id, len});
        } else {
          for (uint32_t v = values.begin[id]; v < values.begin[id + 1]; ++v) outputs_.push_back({values.values[v], len});
        }
      }
      outputs_.back().len |= kLast;
      const Output& o = outputs_.back();
      const uint32_t len = o.len & ~kLast;
      if (o.value <= kOneValue && len <= kOneLen && delta_[start[s] - 1] + 1 == outputs_.size()) {
        delta_[start[s] - 1] = kOneMatch | len << kOneLenShift | o.value;
        outputs_.pop_back();
      }
    }
  }

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

  // A position in the text and the automaton's state there (its row offset).
  struct Cursor {
    const unsigned char* p;
    const unsigned char* end;
    uint32_t row;
  };
  // Where a lane entered a state that ends a pattern: the offset after the byte, the entry
  // before the state's row (ReportPlace), read while it is in cache.
  struct Ended {
    size_t at;
    uint32_t place;
  };
  // ScanPieces' lists, one set per thread.
  static std::array<std::vector<Ended>, kDenseLanes>& LaterBuffers() {
    thread_local std::array<std::vector<Ended>, kDenseLanes> later;
    return later;
  }
  static constexpr size_t kChunk = 256;  // bytes a lane runs between reports
  // A step of a chunk in which a lane entered a state that ends a pattern, in one word: the row
  // (below kEnteredLaneShift), the lane, the step (from 0, the chunk's first byte). One 32-bit
  // store a lane and step, made by one addition to the row (a row and its key were two stores
  // and two more instructions: measured, see the commit). The dense scan needs the table's row
  // offsets to fit (ScanWholeCharacters; the union of the cue words and the gazetteer's names
  // has about a million entries).
  static constexpr int kEnteredLaneShift = 21;
  static constexpr int kEnteredStepShift = kEnteredLaneShift + std::countr_zero(kDenseLanes);
  static constexpr uint32_t kEnteredRow = (uint32_t{1} << kEnteredLaneShift) - 1;
  static_assert(kEnteredStepShift + std::bit_width(kChunk - 1) <= 32);
  struct ChunkEnds {
    uint32_t at[kDenseLanes * kChunk];
    size_t count;
  };

  // Reports the matches that end at offset `at` in the state of row offset `row`.
  template <class F>
  void Report(uint32_t row, size_t at, F&& on_match) const {
    ReportPlace(delta_[row - 1], at, on_match);
  }
  // Report() given the entry before the row.
  template <class F>
  void ReportPlace(uint32_t place, size_t at, F&& on_match) const {
    if (place & kOneMatch) return on_match(place & kOneValue, at - (place >> kOneLenShift & kOneLen), at);
    for (const Output* o = &outputs_[place];; ++o) {
      on_match(o->value, at - (o->len & ~kLast), at);
      if (o->len & kLast) return;
    }
  }

  // The hot loops, kept out of Scan so that the callback's code does not take their registers.
  // Runs the automaton until a transition into a state that ends a pattern (true) or to the end of
  // the text (false).
  [[gnu::noinline]] bool NextMatchEnd(Cursor& c) const {
    const uint8_t* cls = cls_;
    const uint32_t* delta = delta_.get();
    const unsigned char* p = c.p;
    size_t r = c.row;
    while (p != c.end) {
      r = delta[r + cls[*p++]];
      if (r & 1) {
        c.p = p;
        c.row = static_cast<uint32_t>(r);
        return true;
      }
    }
    c.p = p;
    c.row = static_cast<uint32_t>(r);
    return false;
  }

  // All lanes a byte at a time in lockstep until one enters a state that ends a pattern or one
  // reaches its end. Written out lane by lane: as arrays, gcc keeps the lanes in memory and the
  // loop runs at half the speed.
  [[gnu::noinline]] void StepAll(std::array<Cursor, kSparseLanes>& lanes) const {
    static_assert(kSparseLanes == 4);
    const uint8_t* cls = cls_;
    const uint32_t* delta = delta_.get();
    const unsigned char *p0 = lanes[0].p, *p1 = lanes[1].p, *p2 = lanes[2].p, *p3 = lanes[3].p;
    size_t r0 = lanes[0].row, r1 = lanes[1].row, r2 = lanes[2].row, r3 = lanes[3].row;
    ptrdiff_t steps = std::min(std::min(lanes[0].end - p0, lanes[1].end - p1), std::min(lanes[2].end - p2, lanes[3].end - p3));
    while (steps-- > 0) {
      r0 = delta[r0 + cls[*p0++]];
      r1 = delta[r1 + cls[*p1++]];
      r2 = delta[r2 + cls[*p2++]];
      r3 = delta[r3 + cls[*p3++]];
      if ((r0 | r1 | r2 | r3) & 1) break;
    }
    lanes[0].p = p0, lanes[1].p = p1, lanes[2].p = p2, lanes[3].p = p3;
    lanes[0].row = static_cast<uint32_t>(r0), lanes[1].row = static_cast<uint32_t>(r1);
    lanes[2].row = static_cast<uint32_t>(r2), lanes[3].row = static_cast<uint32_t>(r3);
  }

  // All lanes n bytes (n <= kChunk) in lockstep. Each lane's row is written at each step to the
  // next free entry, which only a row that ends a pattern (odd) takes: the loop has no branch but
  // its own (leaving it at each match, as it did, cost the lanes' overlap and a mispredicted
  // branch every few bytes on the cue words). One list for all lanes: a write position per lane
  // took four more registers and gcc then kept the rows on the stack. Written out lane by lane:
  // as arrays, gcc keeps the lanes in memory and the loop runs at half the speed.
  [[gnu::noinline]] void StepChunk(std::array<Cursor, kDenseLanes>& lanes, size_t n, ChunkEnds& ends) const {
    static_assert(kDenseLanes == 8);
    const uint8_t* cls = cls_;
    const uint32_t* delta = delta_.get();
    // The lanes' pointers do not fit in registers with their rows; gcc keeps the rows (the chains)
    // in registers and reads the pointers from the stack, off the chains.
    const unsigned char *q0 = lanes[0].p + n, *q1 = lanes[1].p + n, *q2 = lanes[2].p + n, *q3 = lanes[3].p + n;
    const unsigned char *q4 = lanes[4].p + n, *q5 = lanes[5].p + n, *q6 = lanes[6].p + n, *q7 = lanes[7].p + n;
    // uint32_t, not size_t as in StepAll: gcc then keeps copies of the rows and spills pointers.
    uint32_t r0 = lanes[0].row, r1 = lanes[1].row, r2 = lanes[2].row, r3 = lanes[3].row;
    uint32_t r4 = lanes[4].row, r5 = lanes[5].row, r6 = lanes[6].row, r7 = lanes[7].row;
    uint32_t* w = ends.at;
    uint32_t step = 0;  // the step, at kEnteredStepShift
    for (ptrdiff_t j = -static_cast<ptrdiff_t>(n); j != 0; ++j) {
      r0 = delta[r0 + cls[q0[j]]];
      r1 = delta[r1 + cls[q1[j]]];
      r2 = delta[r2 + cls[q2[j]]];
      r3 = delta[r3 + cls[q3[j]]];
      r4 = delta[r4 + cls[q4[j]]];
      r5 = delta[r5 + cls[q5[j]]];
      r6 = delta[r6 + cls[q6[j]]];
      r7 = delta[r7 + cls[q7[j]]];
      // The row is below 1 << kEnteredLaneShift, so its oddness is the word's.
      uint32_t e = r0 + step;
      *w = e, w += e & 1;
      e = r1 + step + (1u << kEnteredLaneShift), *w = e, w += e & 1;
      e = r2 + step + (2u << kEnteredLaneShift), *w = e, w += e & 1;
      e = r3 + step + (3u << kEnteredLaneShift), *w = e, w += e & 1;
      e = r4 + step + (4u << kEnteredLaneShift), *w = e, w += e & 1;
      e = r5 + step + (5u << kEnteredLaneShift), *w = e, w += e & 1;
      e = r6 + step + (6u << kEnteredLaneShift), *w = e, w += e & 1;
      e = r7 + step + (7u << kEnteredLaneShift), *w = e, w += e & 1;
      step += 1u << kEnteredStepShift;
    }
    ends.count = static_cast<size_t>(w - ends.at);
    lanes[0].p = q0, lanes[1].p = q1, lanes[2].p = q2, lanes[3].p = q3;
    lanes[4].p = q4, lanes[5].p = q5, lanes[6].p = q6, lanes[7].p = q7;
    lanes[0].row = r0, lanes[1].row = r1, lanes[2].row = r2, lanes[3].row = r3;
    lanes[4].row = r4, lanes[5].row = r5, lanes[6].row = r6, lanes[7].row = r7;
  }

  uint8_t cls_[256] = {};
  size_t classes_ = 1;
  size_t lead_ = 0;         // the lead and ASCII bytes' classes: [0, lead_)
  bool compact_ = false;    // the patterns are whole characters: rows of two widths (FillRows)
  size_t mid_begin_ = 0;    // the mid rows' offsets are from here on
  size_t states_ = 1;
  bool dense_ = false;      // the constructor's Density
  size_t entries_ = 0;      // of delta_
  std::unique_ptr<uint32_t[]> delta_;  // the rows (FillRows): the target state's row offset (odd: it emits)
  // A match to report: its value, the pattern's byte length; kLast set in the state's last one.
  struct Output {
    uint32_t value;
    uint32_t len;
  };
  static constexpr uint32_t kLast = uint32_t{1} << 31;
  // The entry before an emitting state's row holds, if the state has one match to report (most
  // do), the match itself: kOneMatch, the pattern's length and the value, when they fit; else the
  // place of its matches in outputs_. Reporting then skips a load from outputs_ that missed the
  // cache (perf: a fifth of Report's samples; measured, see the commit).
  static constexpr uint32_t kOneMatch = uint32_t{1} << 31;
  static constexpr int kOneLenShift = 24;
  static constexpr uint32_t kOneLen = (uint32_t{1} << (31 - kOneLenShift)) - 1;
  static constexpr uint32_t kOneValue = (uint32_t{1} << kOneLenShift) - 1;
  std::vector<Output> outputs_;  // by state (see SetOutputs)
  size_t max_len_ = 0;           // the longest pattern's
};

/// An occurrence of a pattern: its id, where it starts and ends.
struct NameMatch {
  size_t start = 0, end = 0;
  uint32_t id = 0;
};

/// A word list and its automaton. Scan() reports every occurrence of every pattern (see
/// NameAutomaton::Scan).
class NameIndex {
 public:
  using Density = NameAutomaton::Density;

  /// Adds a pattern (not empty) and returns its id; adding the same string again returns the same id.
  uint32_t Add(std::string_view s) {
    const auto [it, fresh] = ids_.emplace(std::string(s), static_cast<uint32_t>(patterns_.size()));
    if (fresh) patterns_.push_back(it->first);
    return it->second;
  }
  size_t size() const { return patterns_.size(); }
  const std::string& pattern(uint32_t id) const { return patterns_[id]; }

  /// Ends the adding. The automaton is built at the first scan: a list that is scanned only as
  /// part of a NameIndexSet never builds its own (the gazetteer's names: 12 ms and 6 MB).
  void Build(Density density = Density::kSparse) { density_ = density; }

  template <class F>
  void Scan(std::string_view text, F&& on_match) const {
    Automaton().Scan(text, on_match);
  }
  size_t states() const { return Automaton().states(); }
  size_t table_bytes() const { return Automaton().table_bytes(); }

 private:
  const NameAutomaton& Automaton() const {
    std::call_once(built_, [this] { automaton_ = std::make_unique<const NameAutomaton>(patterns_, density_); });
    return *automaton_;
  }

  std::vector<std::string> patterns_;
  std::unordered_map<std::string, uint32_t> ids_;
  Density density_ = Density::kSparse;
  mutable std::once_flag built_;
  mutable std::unique_ptr<const NameAutomaton> automaton_;  // set once, by Automaton()
};

/// The word lists of several NameIndexes (its parts) in one automaton: one pass over a text finds
/// the matches of all of them. Scan() calls part k's callback for part k's matches, with the
/// part's own ids, exactly as the part's own Scan() would (same matches, same order: by end, the
/// longest first). A string in several parts is one pattern here, reported to each of them.
///
/// Measured on news pages, the gazetteer's names and the cue words (6.2 MB and 0.5 MB tables, the
/// union 6.7 MB): alone, with warm caches, the union's scan is 1.45x as fast as the two scans one
/// after the other (one lookup a byte instead of two); in the run, where the tables are partly
/// evicted between documents, it misses the first-level cache about as often as the two scans
/// together, so most of its gain came with eight lanes (see kDenseLanes). Both automata stepped in
/// one loop, eight chains of lookups, was 0.9x alone (too few registers).
template <size_t kParts>
class NameIndexSet {
 public:
  /// The parts need not be built (Build() only ends their adding); they must outlive the set.
  NameIndexSet(const std::array<const NameIndex*, kParts>& parts, NameAutomaton::Density density) {
    std::unordered_map<std::string_view, uint32_t> id;  // in all
    std::vector<std::string> all;
    std::array<std::vector<uint32_t>, kParts> in_all;  // a part's id → the pattern's in all
    NameAutomaton::Values values;  // a pattern of all → (its id in a part, the part), packed
    for (size_t k = 0; k < kParts; ++k) {
      if (parts[k]->size() >> (31 - kPartBits) != 0) {  // an id << kPartBits | k must fit in 31 bits
        std::fprintf(stderr, "policy-extract: internal error: %zu patterns in a part\n", parts[k]->size());
        std::abort();
      }
      in_all[k].resize(parts[k]->size());
      for (uint32_t own = 0; own < parts[k]->size(); ++own) {
        const std::string& p = parts[k]->pattern(own);
        const auto [it, fresh] = id.emplace(p, static_cast<uint32_t>(all.size()));
        if (fresh) all.push_back(p);
        in_all[k][own] = it->second;
      }
    }
    // Grouped by pattern (a counting sort), the parts in order.
    values.begin.assign(all.size() + 1, 0);
    for (size_t k = 0; k < kParts; ++k) {
      for (uint32_t i : in_all[k]) ++values.begin[i + 1];
    }
    for (size_t i = 0; i < all.size(); ++i) values.begin[i + 1] += values.begin[i];
    values.values.resize(values.begin.back());
    std::vector<uint32_t> next(values.begin.begin(), values.begin.end() - 1);
    for (size_t k = 0; k < kParts; ++k) {
      for (uint32_t own = 0; own < in_all[k].size(); ++own) {
        values.values[next[in_all[k][own]]++] = own << kPartBits | static_cast<uint32_t>(k);
      }
    }
    automaton_ = std::make_unique<const NameAutomaton>(all, density, values);
  }

  /// One callback per part: on_match(id, start, end), id the part's own.
  template <class... F>
  void Scan(std::string_view text, F&&... on_match) const {
    ScanParts<false>(text, on_match...);
  }
  /// Scan() of a text known to be whole characters (NameAutomaton::ScanWholeCharacters).
  template <class... F>
  void ScanWholeCharacters(std::string_view text, F&&... on_match) const {
    ScanParts<true>(text, on_match...);
  }

 private:
  template <bool kWhole, class... F>
  void ScanParts(std::string_view text, F&... on_match) const {
    static_assert(sizeof...(F) == kParts);
    // The automaton reports a match once per part that has the pattern, with the part and its id
    // packed in the value: no lookup of the parts' ids per match (a table by pattern before).
    const auto to_part = [&](uint32_t value, size_t start, size_t end) __attribute__((always_inline)) {
      const uint32_t part = value & kPartMask;
      const uint32_t own = value >> kPartBits;
      uint32_t k = 0;
      ((k++ == part ? on_match(own, start, end) : void()), ...);
    };
    if constexpr (kWhole) {
      automaton_->ScanWholeCharacters(text, to_part);
    } else {
      automaton_->Scan(text, to_part);
    }
  }

  static constexpr int kPartBits = std::bit_width(kParts - 1);
  static constexpr uint32_t kPartMask = (uint32_t{1} << kPartBits) - 1;
  std::unique_ptr<const NameAutomaton> automaton_;
};

}  // namespace pe
