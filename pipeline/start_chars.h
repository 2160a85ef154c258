// Where in a text a match of some pattern rule can begin, worked out from the rules' own text
// (RE2 syntax) when they are compiled: the characters a match can begin with, and which
// characters can follow each. The pattern set tries its combined regex only at such positions
// (see pattern_set.h); the answer may say "maybe" where RE2 says no, never the reverse.
// RuleEnds, from the same parse: which rules' matches can begin and end with given characters.
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pe {

using CharRanges = std::vector<std::pair<char32_t, char32_t>>;  // inclusive

struct RuleStarts;
struct FirstChars;
/// StartChars and RuleEnds of the given rules (RE2 syntax), from one parse of each regex.
RuleStarts StartsOf(const std::vector<std::string>& regexes);

/// What StartChars::NextCandidate knows of 32 bytes from `base`: bit i set if a character that can
/// begin a match stands at base + i (and base + i < the `end` it was given). One per scan of a range.
struct CandidateWindow {
  size_t base = SIZE_MAX - 64;  // none yet
  uint32_t mask = 0;
};

// Where a match of some rule can begin: its first character can begin one, and the character after
// it can follow that one. A table for ASCII, bitmaps for the rest of the Basic Multilingual Plane,
// one answer for the planes above it; the pairs are kept as bits of a hash table (a collision only
// lets a position through to RE2, which is the judge).
class StartChars {
 public:
  static constexpr char32_t kMalformed = 0xFFFFFFFF;

  /// The character at pos (kMalformed for bytes that are none); `next` is set to the position
  /// after it. Called at every character of the text: ASCII and three-byte characters (Han) inline.
  [[gnu::always_inline]] static char32_t Decode(std::string_view text, size_t pos, size_t& next) {
    const unsigned char b = Byte(text, pos);
    if (b < 0x80) {
      next = pos + 1;
      return b;
    }
    if ((b & 0xF0) == 0xE0 && pos + 2 < text.size()) {
      const unsigned char b1 = Byte(text, pos + 1), b2 = Byte(text, pos + 2);
      if (((b1 & 0xC0) | ((b2 & 0xC0) >> 2)) == 0xA0) {  // both continuation bytes (10xxxxxx)
        next = pos + 3;
        return ((b & 0x0Fu) << 12) | ((b1 & 0x3Fu) << 6) | (b2 & 0x3Fu);
      }
    }
    return DecodeOther(text, pos, next);
  }

  /// True if a match can begin with c.
  bool CanBegin(char32_t c) const { return c < 0x10000 ? Has(first_, c) : c != kMalformed && above_bmp_; }

  /// The first position in [pos, end) whose character can begin a match (CanBegin), or end. The
  /// scan's inner loop. With AVX2 (checked at run time), 32 bytes at a time (WindowMask), the
  /// answer for them kept in `window` for the next call; else, or near the text's end, one
  /// character at a time (NextCandidateScalar). Both give the same answer. `window` must be used
  /// with one text and one `end` only.
  size_t NextCandidate(std::string_view text, size_t pos, size_t end, CandidateWindow& window) const {
    if (!vector_) return NextCandidateScalar(text, pos, end);
    for (;;) {
      if (pos >= window.base && pos < window.base + 32) {
        const uint32_t later = window.mask >> (pos - window.base);
        if (later) return pos + static_cast<size_t>(__builtin_ctz(later));
        pos = window.base + 32;
      }
      if (pos >= end) return end;
      if (pos + 34 > text.size()) return NextCandidateScalar(text, pos, end);
      window.base = pos;
      window.mask = WindowMask(text, pos, end);
    }
  }

  /// NextCandidate a character at a time: ASCII and three-byte characters (Han) inline.
  ///
  /// Measured and not kept (20 MB corpus, perf sample shares in stage_bench): testing the two
  /// continuation bytes at once and a Han block's 64 bits as one word without building the
  /// character cut FindLeftmost's instructions by 12% (-0.9% of the run) with no change in time; a byte-wise
  /// scan with a bitmap of first two bytes was slower; choosing between ASCII and Han with masks
  /// instead of branches was 1.5x slower (the next position then waits on the decode, where a
  /// predicted branch runs ahead).
  size_t NextCandidateScalar(std::string_view text, size_t pos, size_t end) const {
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
    while (pos < end) {
      const unsigned char b = bytes[pos];
      if (b < 0x80) {
        if (Has(first_, b)) return pos;
        ++pos;
      } else if ((b & 0xF0) == 0xE0 && pos + 2 < text.size() && (bytes[pos + 1] & 0xC0) == 0x80 &&
                 (bytes[pos + 2] & 0xC0) == 0x80) {
        if (Has(first_, ((b & 0x0Fu) << 12) | ((bytes[pos + 1] & 0x3Fu) << 6) | (bytes[pos + 2] & 0x3Fu))) return pos;
        pos += 3;
      } else {
        size_t next = pos;
        if (CanBegin(DecodeOther(text, pos, next))) return pos;
        pos = next;
      }
    }
    return end;
  }

  /// Whether NextCandidate goes 32 bytes at a time on this machine.
  bool vectorised() const { return vector_; }
  /// For tests: NextCandidate without the vector path.
  void DisableVector() { vector_ = false; }

  /// The end of the ASCII digits from pos, no further than `end`.
  static size_t DigitsEnd(std::string_view text, size_t pos, size_t end) {
    while (pos < end && Byte(text, pos) - unsigned{'0'} < 10) ++pos;
    return pos;
  }

  /// True if no match can begin at pos, an ASCII digit, whose digits end at `at` (DigitsEnd): they
  /// are fewer than a match made of digits alone needs, and in no rule that can begin with a digit
  /// can a digit be followed by the character after them (nor by nothing, at `end`), or that
  /// character is ASCII, cannot end a match and cannot be followed by the one after it ("1. ").
  /// No match begins at the digits after pos either then. A number that is nothing ("1000亩",
  /// "12:00", a list's "1. ") was tried with RE2 at each of its digits (~700 instructions a failed
  /// try).
  bool DigitRunFails(std::string_view text, size_t pos, size_t at, size_t end) const {
    if (at - pos >= min_digits_) return false;
    if (at < end) {
      size_t after = at;
      const char32_t c = Decode(text, at, after);
      if (c == kMalformed) return false;
      if ((c < 0x10000 ? Has(digit_follow_, c) : digit_follow_above_bmp_) && !FollowerFails(c, text, after, end)) return false;
    }
    return true;
  }

  /// For DigitRunFails: c, after a digit, is ASCII and neither ends a match nor is followed by the
  /// character at `next`.
  bool FollowerFails(char32_t c, std::string_view text, size_t next, size_t end) const {
    if (c >= 0x80 || ascii_ends_[c]) return false;
    if (next >= end) return true;
    size_t after = next;
    const char32_t d = Decode(text, next, after);
    return d != kMalformed && !InRanges(ascii_follow_[c], d);
  }

  /// True if a match can begin with c (CanBegin) followed by the character at `next` (none past
  /// `end`).
  bool CanContinue(char32_t c, std::string_view text, size_t next, size_t end) const {
    if (next >= end || c >= 0x10000 || Has(alone_, c)) return true;
    size_t after = next;
    const char32_t d = Decode(text, next, after);
    return d == kMalformed || HasPair(c, d);
  }

 private:
  // Expanding a pair of classes into its pairs of characters beyond this many, the first class's
  // characters are taken to be followed by anything.
  static constexpr size_t kMaxPairsPerClass = 1 << 14;
  static constexpr unsigned kPairBits = 17;

  static unsigned char Byte(std::string_view text, size_t i) { return static_cast<unsigned char>(text[i]); }
  static bool IsContinuation(std::string_view text, size_t i) { return i < text.size() && (Byte(text, i) & 0xC0) == 0x80; }

  // Two- and four-byte characters, and malformed bytes: continuation bytes are no character, and
  // neither is a malformed sequence.
  [[gnu::noinline]] static char32_t DecodeOther(std::string_view text, size_t pos, size_t& next) {
    const unsigned char b = Byte(text, pos);
    next = pos + 1;
    while (next < pos + 4 && IsContinuation(text, next)) ++next;
    const size_t length = next - pos;
    if (b >= 0xC2 && b < 0xE0 && length == 2) return ((b & 0x1Fu) << 6) | (Byte(text, pos + 1) & 0x3Fu);
    if (b >= 0xF0 && b < 0xF5 && length == 4) {
      return ((b & 0x07u) << 18) | ((Byte(text, pos + 1) & 0x3Fu) << 12) | ((Byte(text, pos + 2) & 0x3Fu) << 6) |
             (Byte(text, pos + 3) & 0x3Fu);
    }
    return kMalformed;
  }

  using Bitmap = std::array<uint64_t, 0x10000 / 64>;
  static void Set(Bitmap& bits, char32_t c) { bits[c >> 6] |= uint64_t{1} << (c & 63); }
  static bool Has(const Bitmap& bits, char32_t c) { return (bits[c >> 6] >> (c & 63)) & 1; }

  void AddFirst(const CharRanges& ranges);
  // A rule that can begin with a digit (DigitRunFails); MergeFollow once all are added.
  void AddDigitRule(const FirstChars& rule);
  void MergeFollow();
  static bool InRanges(const CharRanges& ranges, char32_t c) {
    for (const auto& [lo, hi] : ranges) {
      if (c >= lo && c <= hi) return true;
    }
    return false;
  }
  void AddAlone(const CharRanges& ranges);
  void AddPair(const CharRanges& first, const CharRanges& second);
  static size_t Count(const CharRanges& ranges);
  static uint32_t PairSlot(char32_t c, char32_t d) {
    return ((c * 0x9E3779B1u) ^ (d * 0x85EBCA77u)) >> (32 - kPairBits);
  }
  bool HasPair(char32_t c, char32_t d) const {
    const uint32_t slot = PairSlot(c, d);
    return (pairs_[slot >> 6] >> (slot & 63)) & 1;
  }

  Bitmap first_{};  // characters a match can begin with
  // WindowMask's tables (BuildVectorTables): for ASCII, per low nibble the high nibbles
  // (0-7, as bits) of the characters in first_; for three-byte characters, a Teddy-style filter,
  // first_'s characters in eight buckets and per nibble of their bytes the buckets having it.
  // A position passes if some bucket has all five of its nibbles; the bitmap then decides.
  struct VectorTables {
    std::array<uint8_t, 16> ascii{}, lead_lo{}, b1_hi{}, b1_lo{}, b2_hi{}, b2_lo{};
    std::array<uint8_t, 16> other{};  // 0xFF for the high nibbles (C, D, F) of leads of other lengths to check
  };
  VectorTables vt_{};
  bool vector_ = false;
  void BuildVectorTables();
  // The candidates among the 32 bytes from pos (pos + 34 <= text.size()), as a CandidateWindow's mask.
  uint32_t WindowMask(std::string_view text, size_t pos, size_t end) const;
  Bitmap alone_{};  // ... and be followed by anything
  std::array<uint64_t, (size_t{1} << kPairBits) / 64> pairs_{};
  bool above_bmp_ = false;
  // In the rules that can begin with a digit (DigitRunFails): what can follow a digit, what can
  // follow each other ASCII character, the ASCII characters a match can end with, and the fewest
  // digits a match made of digits alone has.
  Bitmap digit_follow_{};
  bool digit_follow_above_bmp_ = false;
  std::array<CharRanges, 0x80> ascii_follow_{};
  std::array<bool, 0x80> ascii_ends_{};
  size_t min_digits_ = SIZE_MAX;
  friend RuleStarts StartsOf(const std::vector<std::string>& regexes);
};

// The characters each rule's matches can begin and end with, for telling which rule matches a text
// in full without asking RE2 about every rule: "50%" can only be a rule that may begin with 5 and
// end with %. Like StartChars it may say "maybe" where RE2 says no, never the reverse; a rule whose
// regex it does not follow (., negated classes, ...) may begin and end with anything.
class RuleEnds {
 public:
  static constexpr size_t kMaxRules = 64;

  /// Bit r set: rule r may match a text that begins with `first` and ends with `last`.
  uint64_t Candidates(char32_t first, char32_t last) const { return Lookup(first_, first) & Lookup(last_, last); }

 private:
  // Which rules each character is for, as intervals: from starts[i] up to starts[i + 1], rules[i].
  struct Table {
    std::vector<char32_t> starts;  // ascending, starts[0] == 0
    std::vector<uint64_t> rules;
  };
  static Table Build(const std::vector<CharRanges>& per_rule, uint64_t any);
  static uint64_t Lookup(const Table& table, char32_t c);

  Table first_, last_;
  friend RuleStarts StartsOf(const std::vector<std::string>& regexes);
};

struct RuleStarts {
  std::unique_ptr<StartChars> start_chars;  // null: any character may begin a match
  std::unique_ptr<RuleEnds> ends;           // null: more than RuleEnds::kMaxRules rules
};

}  // namespace pe
