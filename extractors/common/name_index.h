// A byte-level Aho–Corasick automaton over a fixed set of UTF-8 strings (the gazetteer's names and
// the region extractor's blocker words). Built once at start-up, then shared read-only by all
// threads: Scan() is one pass over the text, one table lookup per byte, no allocation.
//
// The transition table is a full DFA over byte classes: every byte value that occurs in some
// pattern gets its own class, all other bytes share class 0 (which always leads back to the root).
// Patterns are valid UTF-8 and so is the text, so a match always starts and ends on a character
// boundary.
#pragma once
#include <cstddef>
#include <cstdint>
#include <deque>
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
    // Trie (dense rows, kNone for "no edge" while building).
    constexpr uint32_t kNone = UINT32_MAX;
    std::vector<uint32_t> go(classes_, kNone);
    std::vector<int32_t> out(1, -1);
    states_ = 1;
    for (uint32_t id = 0; id < patterns_.size(); ++id) {
      uint32_t s = 0;
      for (unsigned char b : patterns_[id]) {
        uint32_t& next = go[static_cast<size_t>(s) * classes_ + cls_[b]];
        if (next == kNone) {
          next = static_cast<uint32_t>(states_++);
          go.resize(states_ * classes_, kNone);
          out.push_back(-1);
        }
        s = go[static_cast<size_t>(s) * classes_ + cls_[b]];
      }
      out[s] = static_cast<int32_t>(id);
    }
    // Breadth-first: failure links, then every missing edge takes its failure state's edge.
    std::vector<uint32_t> fail(states_, 0);
    std::vector<int32_t> dict(states_, -1);  // nearest proper suffix state that ends a pattern
    std::deque<uint32_t> queue;
    for (size_t c = 0; c < classes_; ++c) {
      uint32_t& t = go[c];
      if (t == kNone) {
        t = 0;
      } else {
        fail[t] = 0;
        queue.push_back(t);
      }
    }
    while (!queue.empty()) {
      const uint32_t s = queue.front();
      queue.pop_front();
      for (size_t c = 0; c < classes_; ++c) {
        uint32_t& t = go[static_cast<size_t>(s) * classes_ + c];
        const uint32_t via_fail = go[static_cast<size_t>(fail[s]) * classes_ + c];
        if (t == kNone) {
          t = via_fail;
        } else {
          fail[t] = via_fail;
          dict[t] = out[via_fail] >= 0 ? static_cast<int32_t>(via_fail) : dict[via_fail];
          queue.push_back(t);
        }
      }
    }
    // Final tables: transitions store the target's row offset (state * classes), so the scan
    // needs no multiplication; `first_` is the first state on the output chain, or -1.
    out_ = std::move(out);
    dict_ = std::move(dict);
    first_.resize(states_);
    for (size_t s = 0; s < states_; ++s) first_[s] = out_[s] >= 0 ? static_cast<int32_t>(s) : dict_[s];
    delta_.resize(go.size());
    for (size_t i = 0; i < go.size(); ++i) {
      delta_[i] = (go[i] * static_cast<uint32_t>(classes_)) | (first_[go[i]] >= 0 ? kEmits : 0u);
    }
    len_.resize(patterns_.size());
    for (size_t i = 0; i < patterns_.size(); ++i) len_[i] = static_cast<uint32_t>(patterns_[i].size());
  }

  /// Calls on_match(id, start, end) for every occurrence of every pattern (overlapping ones too),
  /// in order of their end offset.
  template <class F>
  void Scan(std::string_view text, F&& on_match) const {
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const size_t n = text.size();
    const uint32_t* delta = delta_.data();
    const uint8_t* cls = cls_;
    const int32_t* first = first_.data();
    const uint32_t k = static_cast<uint32_t>(classes_);
    uint32_t row = 0;
    for (size_t i = 0; i < n; ++i) {
      const uint32_t t = delta[row + cls[p[i]]];
      row = t & ~kEmits;
      if (!(t & kEmits)) continue;
      int32_t s = first[row / k];
      while (s >= 0) {
        const uint32_t id = static_cast<uint32_t>(out_[s]);
        on_match(id, i + 1 - len_[id], i + 1);
        s = dict_[s];
      }
    }
  }

 private:
  std::vector<std::string> patterns_;
  std::unordered_map<std::string, uint32_t> ids_;
  uint8_t cls_[256] = {};
  size_t classes_ = 1;
  size_t states_ = 1;
  static constexpr uint32_t kEmits = 0x80000000u;  // flag on a transition: its target ends a pattern
  std::vector<uint32_t> delta_;  // states * classes: the target state's row offset | kEmits
  std::vector<int32_t> out_;     // pattern ending at the state, or -1
  std::vector<int32_t> dict_;    // next state on the output chain, or -1
  std::vector<int32_t> first_;   // first state on the output chain (the state itself or dict_), or -1
  std::vector<uint32_t> len_;    // pattern byte lengths
};

}  // namespace pe
