#include "pipeline/start_chars.h"

#include <algorithm>
#include <bit>
#include <optional>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>
#define PE_START_CHARS_AVX2 1
#endif

#include "pipeline/utf8.h"

namespace pe {
namespace {

void Append(CharRanges& to, const CharRanges& from) { to.insert(to.end(), from.begin(), from.end()); }

}  // namespace

// The characters a rule's matches can begin with, and the pairs of characters they can begin with,
// worked out from its text (RE2 syntax as the .patterns files write it). It may say more than RE2
// would, never less: what it does not follow (., \pN, negated classes, non-ASCII case folding,
// \Q...\E) gives up, and then any character may begin a match.
struct FirstChars {
  CharRanges ranges;
  bool nullable = false;  // matches the empty string: a match may begin anywhere
  CharRanges alone;       // characters that are a whole match by themselves: anything may follow
  // A character of `first` may be followed by one of `second` (a match of 本人 begins 本 then 人).
  struct Pair {
    CharRanges first, second;
  };
  std::vector<Pair> pairs;
  CharRanges last;  // characters a match can end with (RuleEnds)
  // For StartChars::DigitRunFails: the fewest characters of a match made of ASCII digits alone
  // (kNever: none is), and, for a whole regex only (Parse), what can follow ASCII characters
  // anywhere in a match: the ASCII characters of `before` (bit c) may be followed by `then`.
  size_t digits_only = 0;
  struct AsciiFollow {
    std::array<uint64_t, 2> before;
    CharRanges then;
  };
  std::vector<AsciiFollow> ascii_follow;

  // Matches of either.
  void Add(const FirstChars& other) {
    Append(ranges, other.ranges);
    nullable |= other.nullable;
    Append(alone, other.alone);
    Append(last, other.last);
    pairs.insert(pairs.end(), other.pairs.begin(), other.pairs.end());
    digits_only = std::min(digits_only, other.digits_only);
  }
};

namespace {

constexpr size_t kNever = SIZE_MAX;
size_t AddLengths(size_t a, size_t b) { return a == kNever || b == kNever ? kNever : a + b; }

bool HasDigit(const CharRanges& ranges) {
  return std::any_of(ranges.begin(), ranges.end(), [](const auto& r) { return r.first <= U'9' && r.second >= U'0'; });
}

class FirstCharsParser {
 public:
  explicit FirstCharsParser(std::string_view regex) : re_(regex) {}

  /// nullopt if anything may begin a match.
  std::optional<FirstChars> Parse() {
    FirstChars f = Alternation();
    if (gave_up_ || i_ != re_.size() || f.nullable) return std::nullopt;
    f.ascii_follow = std::move(follow_);
    return f;
  }

 private:
  bool AtEnd() const { return i_ >= re_.size(); }
  char Peek() const { return AtEnd() ? '\0' : re_[i_]; }
  bool Eat(char c) {
    if (Peek() != c) return false;
    ++i_;
    return true;
  }
  FirstChars GiveUp() {
    gave_up_ = true;
    i_ = re_.size();
    return {};
  }

  // a|b|c, up to a ')' or the end. (?i) inside it lasts to its end.
  FirstChars Alternation() {
    const bool fold = fold_;
    FirstChars out = Concatenation();
    while (!gave_up_ && Eat('|')) out.Add(Concatenation());
    fold_ = fold;
    return out;
  }

  // A sequence begins with its first piece, or with the next one while the ones before can be
  // empty; a character that is the whole of what came before may be followed by the piece's first.
  FirstChars Concatenation() {
    FirstChars out;
    out.nullable = true;
    while (!gave_up_ && !AtEnd() && Peek() != '|' && Peek() != ')') {
      const FirstChars piece = Piece();
      if (!out.alone.empty()) out.pairs.push_back({out.alone, piece.ranges});
      Follow(out.last, piece.ranges);
      out.digits_only = AddLengths(out.digits_only, piece.digits_only);
      if (!piece.nullable) out.alone.clear();
      // A sequence ends with its last piece that cannot be empty, or with a piece after it.
      if (!piece.nullable) out.last.clear();
      Append(out.last, piece.last);
      if (out.nullable) {
        Append(out.ranges, piece.ranges);
        Append(out.alone, piece.alone);
        out.pairs.insert(out.pairs.end(), piece.pairs.begin(), piece.pairs.end());
      }
      out.nullable = out.nullable && piece.nullable;
    }
    return out;
  }

  // An atom and its repetitions: *, ?, {0,n} make it optional; a trailing ? (lazy) changes nothing.
  FirstChars Piece() {
    FirstChars f = Atom();
    while (!gave_up_ && !AtEnd()) {
      if (Eat('?')) {
        f.nullable = true;
        f.digits_only = 0;
      } else if (Eat('*')) {
        f.nullable = true;
        f.digits_only = 0;
        Repeat(f);
      } else if (Eat('+')) {
        Repeat(f);
      } else if (const std::optional<int> min = Repetition()) {
        if (*min == 0) f.nullable = true;
        f.digits_only = *min == 0 ? 0 : f.digits_only == kNever ? kNever : f.digits_only * static_cast<size_t>(*min);
        Repeat(f);  // {1} and {0,1} do not repeat, but saying they may is harmless
      } else {
        break;
      }
      Eat('?');
    }
    return f;
  }

  // A character that is a whole copy of the atom may be followed by the next copy.
  void Repeat(FirstChars& f) {
    if (!f.alone.empty()) f.pairs.push_back({f.alone, f.ranges});
    Follow(f.last, f.ranges);
  }

  // The ASCII characters of `before` may be followed by those of `ranges` (word lists' Han
  // characters make most pairs; DigitRunFails asks only about ASCII ones).
  void Follow(const CharRanges& before, const CharRanges& ranges) {
    std::array<uint64_t, 2> ascii{};
    for (const auto& [lo, hi] : before) {
      for (char32_t c = lo; c <= hi && c < 0x80; ++c) ascii[c >> 6] |= uint64_t{1} << (c & 63);
    }
    if ((ascii[0] | ascii[1]) != 0 && !ranges.empty()) follow_.push_back({ascii, ranges});
  }

  // {n}, {n,}, {n,m}: returns n; anything else leaves '{' a literal (as RE2 does).
  std::optional<int> Repetition() {
    size_t j = i_;
    if (j >= re_.size() || re_[j] != '{') return std::nullopt;
    ++j;
    const size_t digits = j;
    int min = 0;
    while (j < re_.size() && re_[j] >= '0' && re_[j] <= '9') min = min * 10 + (re_[j++] - '0');
    if (j == digits) return std::nullopt;
    if (j < re_.size() && re_[j] == ',') {
      ++j;
      while (j < re_.size() && re_[j] >= '0' && re_[j] <= '9') ++j;
    }
    if (j >= re_.size() || re_[j] != '}') return std::nullopt;
    i_ = j + 1;
    return min;
  }

  FirstChars Atom() {
    FirstChars f;
    const char c = re_[i_];
    if (c == '(') {
      ++i_;
      return Group();
    }
    if (c == '[') {
      ++i_;
      Class(f);
      f.alone = f.last = f.ranges;
      f.digits_only = f.nullable ? 0 : HasDigit(f.ranges) ? 1 : kNever;
      return f;
    }
    if (c == '^' || c == '$') {
      ++i_;
      f.nullable = true;
      return f;
    }
    if (c == '.') return GiveUp();
    if (c == '\\') {
      ++i_;
      return Escape();
    }
    AddChar(f, NextChar());
    f.alone = f.last = f.ranges;
    f.digits_only = f.nullable ? 0 : HasDigit(f.ranges) ? 1 : kNever;
    return f;
  }

  // After '(': (?:x), (?P<name>x), (?<name>x), (?flags:x), (?flags), (x).
  FirstChars Group() {
    const bool fold = fold_;
    if (Eat('?')) {
      if (Eat('P') || Peek() == '<') {
        if (!Eat('<')) return GiveUp();
        const size_t close = re_.find('>', i_);
        if (close == std::string_view::npos) return GiveUp();
        i_ = close + 1;
      } else if (!Eat(':')) {
        bool on = true;
        while (!AtEnd() && Peek() != ':' && Peek() != ')') {
          const char flag = re_[i_++];
          if (flag == '-') on = false;
          else if (flag == 'i') fold_ = on;
          else if (flag != 'm' && flag != 's' && flag != 'U') return GiveUp();
        }
        if (Eat(')')) {  // (?i): the flags hold to the end of the enclosing group
          FirstChars none;
          none.nullable = true;
          return none;
        }
        if (!Eat(':')) return GiveUp();
      }
    }
    FirstChars f = Alternation();
    fold_ = fold;
    if (!Eat(')')) return GiveUp();
    return f;
  }

  // After '['. A negated class gives up.
  void Class(FirstChars& f) {
    if (Eat('^')) {
      GiveUp();
      return;
    }
    bool first = true;
    while (!gave_up_ && !AtEnd() && (first || Peek() != ']')) {
      first = false;
      if (re_.substr(i_, 2) == "[:") {
        GiveUp();
        return;
      }
      char32_t lo = 0;
      if (Eat('\\')) {
        const char e = Peek();
        if (e == 'd' || e == 's' || e == 'w') {
          ++i_;
          AddPerlClass(f, e);
          continue;
        }
        lo = EscapedChar();
      } else {
        lo = NextChar();
      }
      char32_t hi = lo;
      if (Peek() == '-' && i_ + 1 < re_.size() && re_[i_ + 1] != ']') {
        ++i_;
        hi = Eat('\\') ? EscapedChar() : NextChar();
      }
      AddRange(f, lo, hi);
    }
    if (!Eat(']')) GiveUp();
  }

  // After a backslash outside a class.
  FirstChars Escape() {
    FirstChars f;
    const char e = Peek();
    if (e == 'd' || e == 's' || e == 'w') {
      ++i_;
      AddPerlClass(f, e);
    } else if (e == 'b' || e == 'B' || e == 'A' || e == 'z') {
      ++i_;
      f.nullable = true;  // zero-width
    } else {
      AddChar(f, EscapedChar());
    }
    f.alone = f.last = f.ranges;
    f.digits_only = f.nullable ? 0 : HasDigit(f.ranges) ? 1 : kNever;
    return f;
  }

  // The character an escape stands for: \t \n \r \f \v \a, \xHH, \x{H..}, or escaped punctuation.
  char32_t EscapedChar() {
    if (AtEnd()) return GiveUp(), 0;
    const char e = re_[i_++];
    switch (e) {
      case 't': return '\t';
      case 'n': return '\n';
      case 'r': return '\r';
      case 'f': return '\f';
      case 'v': return '\v';
      case 'a': return '\a';
      case 'x': return HexChar();
      default: break;
    }
    const unsigned char u = static_cast<unsigned char>(e);
    if (u < 0x80 && !std::isalnum(u)) return u;
    return GiveUp(), 0;
  }

  char32_t HexChar() {
    const bool braced = Eat('{');
    char32_t v = 0;
    size_t n = 0;
    while (!AtEnd() && std::isxdigit(static_cast<unsigned char>(Peek())) && (braced || n < 2)) {
      const char h = re_[i_++];
      v = v * 16 + static_cast<char32_t>(h <= '9' ? h - '0' : (h | 0x20) - 'a' + 10);
      ++n;
    }
    if (n == 0 || (braced && !Eat('}')) || (!braced && n != 2)) return GiveUp(), 0;
    return v;
  }

  char32_t NextChar() {
    const char32_t c = utf8::Decode(re_, i_);
    if (c == utf8::kInvalid) return GiveUp(), 0;
    return c;
  }

  // \d \s \w are ASCII in RE2.
  void AddPerlClass(FirstChars& f, char e) {
    if (e == 'd') AddRange(f, '0', '9');
    if (e == 's') {
      for (char32_t c : {U'\t', U'\n', U'\f', U'\r', U' '}) AddRange(f, c, c);
    }
    if (e == 'w') {
      AddRange(f, '0', '9');
      AddRange(f, 'A', 'Z');
      AddRange(f, 'a', 'z');
      AddRange(f, '_', '_');
    }
  }

  void AddChar(FirstChars& f, char32_t c) { AddRange(f, c, c); }

  // Under (?i) a letter also stands for its other case, and k and s for the Kelvin sign and the
  // long s (Unicode simple case folding); non-ASCII folding gives up.
  void AddRange(FirstChars& f, char32_t lo, char32_t hi) {
    if (gave_up_) return;
    f.ranges.emplace_back(lo, hi);
    if (!fold_) return;
    if (hi >= 0x80) {
      GiveUp();
      return;
    }
    for (char32_t c = lo; c <= hi; ++c) {
      const char32_t lower = c | 0x20;
      if (lower < 'a' || lower > 'z') continue;
      f.ranges.emplace_back(c ^ 0x20, c ^ 0x20);
      if (lower == 'k') f.ranges.emplace_back(0x212A, 0x212A);
      if (lower == 's') f.ranges.emplace_back(0x17F, 0x17F);
    }
  }

  std::string_view re_;
  size_t i_ = 0;
  bool fold_ = false;
  bool gave_up_ = false;
  std::vector<FirstChars::AsciiFollow> follow_;  // (Follow)
};

}  // namespace

namespace {

// Each regex parsed once for both StartChars and RuleEnds: the parse is most of their start-up.
std::vector<std::optional<FirstChars>> ParseAll(const std::vector<std::string>& regexes) {
  std::vector<std::optional<FirstChars>> out;
  out.reserve(regexes.size());
  for (const std::string& regex : regexes) out.push_back(FirstCharsParser(regex).Parse());
  return out;
}

}  // namespace

void StartChars::AddFirst(const CharRanges& ranges) {
  for (auto [lo, hi] : ranges) {
    for (char32_t c = lo; c <= hi && c < 0x10000; ++c) Set(first_, c);
    if (hi >= 0x10000) above_bmp_ = true;
  }
}
void StartChars::AddAlone(const CharRanges& ranges) {
  for (auto [lo, hi] : ranges) {
    for (char32_t c = lo; c <= hi && c < 0x10000; ++c) Set(alone_, c);
  }
}
void StartChars::AddPair(const CharRanges& first, const CharRanges& second) {
  if (Count(first) * Count(second) > kMaxPairsPerClass) return AddAlone(first);
  for (auto [lo, hi] : first) {
    for (char32_t c = lo; c <= hi; ++c) {
      for (auto [lo2, hi2] : second) {
        for (char32_t d = lo2; d <= hi2; ++d) pairs_[PairSlot(c, d) >> 6] |= uint64_t{1} << (PairSlot(c, d) & 63);
      }
    }
  }
}
void StartChars::AddDigitRule(const FirstChars& rule) {
  min_digits_ = std::min(min_digits_, rule.digits_only);
  for (const auto& [lo, hi] : rule.last) {
    for (char32_t c = lo; c <= hi && c < 0x80; ++c) ascii_ends_[c] = true;
  }
  constexpr uint64_t kDigits = uint64_t{0x3FF} << '0';
  for (const FirstChars::AsciiFollow& follow : rule.ascii_follow) {
    if (follow.before[0] & kDigits) {
      for (const auto& [lo, hi] : follow.then) {
        for (char32_t d = lo; d <= hi && d < 0x10000; ++d) Set(digit_follow_, d);
        if (hi >= 0x10000) digit_follow_above_bmp_ = true;
      }
    }
    for (size_t half = 0; half < 2; ++half) {
      for (uint64_t bits = follow.before[half] & (half == 0 ? ~kDigits : ~uint64_t{0}); bits; bits &= bits - 1) {
        Append(ascii_follow_[half * 64 + static_cast<size_t>(std::countr_zero(bits))], follow.then);
      }
    }
  }
}

void StartChars::MergeFollow() {
  for (CharRanges& ranges : ascii_follow_) {
    std::sort(ranges.begin(), ranges.end());
    CharRanges merged;
    for (const auto& r : ranges) {
      if (!merged.empty() && r.first <= merged.back().second + 1) {
        merged.back().second = std::max(merged.back().second, r.second);
      } else {
        merged.push_back(r);
      }
    }
    ranges = std::move(merged);
  }
}
size_t StartChars::Count(const CharRanges& ranges) {
  size_t n = 0;
  for (auto [lo, hi] : ranges) n += hi - lo + 1;
  return n;
}

RuleStarts StartsOf(const std::vector<std::string>& regexes) {
  const std::vector<std::optional<FirstChars>> parsed = ParseAll(regexes);
  RuleStarts out;
  out.start_chars = std::make_unique<StartChars>();
  for (const std::optional<FirstChars>& first : parsed) {
    if (!first) {
      out.start_chars = nullptr;
      break;
    }
    out.start_chars->AddFirst(first->ranges);
    if (HasDigit(first->ranges)) out.start_chars->AddDigitRule(*first);
    out.start_chars->AddAlone(first->alone);
    for (const FirstChars::Pair& pair : first->pairs) out.start_chars->AddPair(pair.first, pair.second);
  }
  if (out.start_chars) {
    out.start_chars->MergeFollow();
    out.start_chars->BuildVectorTables();
  }
  if (parsed.size() > RuleEnds::kMaxRules) return out;
  std::vector<CharRanges> first(parsed.size()), last(parsed.size());
  uint64_t any = 0;  // rules the parse does not follow
  for (size_t r = 0; r < parsed.size(); ++r) {
    if (!parsed[r]) {
      any |= uint64_t{1} << r;
      continue;
    }
    first[r] = parsed[r]->ranges;
    last[r] = parsed[r]->last;
  }
  out.ends = std::make_unique<RuleEnds>();
  out.ends->first_ = RuleEnds::Build(first, any);
  out.ends->last_ = RuleEnds::Build(last, any);
  return out;
}

// The rules begin with few characters (117: 68 ASCII, 48 Han, ¥), one in eight of a page's; the
// scalar loop's branch on each character mispredicted often. Chinese text runs its characters'
// three bytes together, so the filter looks at the five nibbles that vary (the lead's high one is
// E) of every byte position at once; continuation bytes never begin a character.
void StartChars::BuildVectorTables() {
  vector_ = false;
#ifdef PE_START_CHARS_AVX2
  __builtin_cpu_init();
  if (!__builtin_cpu_supports("avx2")) return;
  std::vector<char32_t> han;  // three-byte characters (U+0800-U+FFFF) that can begin a match
  for (char32_t c = 0x800; c < 0x10000; ++c) {
    if (Has(first_, c)) han.push_back(c);
  }
  // Past a few hundred, most Han characters would pass the filter: the scalar loop is as good.
  if (han.size() > 256) return;
  vt_ = VectorTables{};
  for (unsigned c = 0; c < 0x80; ++c) {
    if (Has(first_, c)) vt_.ascii[c & 15] |= static_cast<uint8_t>(1u << (c >> 4));
  }
  // Neighbouring characters share their first two bytes: eight runs of them, one bucket each.
  for (size_t i = 0; i < han.size(); ++i) {
    const char32_t c = han[i];
    const uint8_t bucket = static_cast<uint8_t>(1u << (i * 8 / han.size()));
    const unsigned b0 = 0xE0 | (c >> 12), b1 = 0x80 | ((c >> 6) & 0x3F), b2 = 0x80 | (c & 0x3F);
    vt_.lead_lo[b0 & 15] |= bucket;
    vt_.b1_hi[b1 >> 4] |= bucket;
    vt_.b1_lo[b1 & 15] |= bucket;
    vt_.b2_hi[b2 >> 4] |= bucket;
    vt_.b2_lo[b2 & 15] |= bucket;
  }
  // Two-byte characters (¥) and those above the BMP: every lead of their length is checked.
  bool two_byte = false;
  for (char32_t c = 0x80; c < 0x800 && !two_byte; ++c) two_byte = Has(first_, c);
  if (two_byte) vt_.other[0xC] = vt_.other[0xD] = 0xFF;
  if (above_bmp_) vt_.other[0xF] = 0xFF;
  vector_ = true;
#endif
}

#ifdef PE_START_CHARS_AVX2
namespace {
// A 16-byte table in both lanes, for _mm256_shuffle_epi8.
__attribute__((target("avx2"))) inline __m256i table(const std::array<uint8_t, 16>& t) {
  return _mm256_broadcastsi128_si256(_mm_loadu_si128(reinterpret_cast<const __m128i*>(t.data())));
}
}  // namespace

__attribute__((target("avx2"))) uint32_t StartChars::WindowMask(std::string_view text, size_t pos, size_t end) const {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const __m256i nibble = _mm256_set1_epi8(0x0F), zero = _mm256_setzero_si256();
  const __m256i top2 = _mm256_set1_epi8(static_cast<char>(0xC0)), cont = _mm256_set1_epi8(static_cast<char>(0x80));
  // 1 << h for a high nibble h of ASCII (0-7), 0 for the rest.
  const __m256i ascii_bit = _mm256_setr_epi8(1, 2, 4, 8, 16, 32, 64, -128, 0, 0, 0, 0, 0, 0, 0, 0,  //
                                             1, 2, 4, 8, 16, 32, 64, -128, 0, 0, 0, 0, 0, 0, 0, 0);
  const __m256i v0 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(bytes + pos));
  const __m256i v1 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(bytes + pos + 1));
  const __m256i v2 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(bytes + pos + 2));
  const __m256i lo0 = _mm256_and_si256(v0, nibble), hi0 = _mm256_and_si256(_mm256_srli_epi16(v0, 4), nibble);
  const __m256i lo1 = _mm256_and_si256(v1, nibble), hi1 = _mm256_and_si256(_mm256_srli_epi16(v1, 4), nibble);
  const __m256i lo2 = _mm256_and_si256(v2, nibble), hi2 = _mm256_and_si256(_mm256_srli_epi16(v2, 4), nibble);
  // ASCII: exact.
  const __m256i ascii = _mm256_and_si256(_mm256_shuffle_epi8(table(vt_.ascii), lo0), _mm256_shuffle_epi8(ascii_bit, hi0));
  // Three-byte characters: a lead E0-EF, two continuation bytes, a bucket with all five nibbles.
  __m256i buckets = _mm256_and_si256(_mm256_shuffle_epi8(table(vt_.lead_lo), lo0), _mm256_shuffle_epi8(table(vt_.b1_hi), hi1));
  buckets = _mm256_and_si256(buckets, _mm256_shuffle_epi8(table(vt_.b1_lo), lo1));
  buckets = _mm256_and_si256(buckets, _mm256_shuffle_epi8(table(vt_.b2_hi), hi2));
  buckets = _mm256_and_si256(buckets, _mm256_shuffle_epi8(table(vt_.b2_lo), lo2));
  const __m256i han = _mm256_and_si256(
      _mm256_and_si256(_mm256_cmpeq_epi8(hi0, _mm256_set1_epi8(0x0E)), _mm256_cmpeq_epi8(_mm256_and_si256(v1, top2), cont)),
      _mm256_cmpeq_epi8(_mm256_and_si256(v2, top2), cont));
  uint32_t exact = ~static_cast<uint32_t>(_mm256_movemask_epi8(_mm256_cmpeq_epi8(ascii, zero)));
  const uint32_t han_maybe =
      ~static_cast<uint32_t>(_mm256_movemask_epi8(_mm256_cmpeq_epi8(_mm256_and_si256(han, buckets), zero)));
  const uint32_t other_maybe =
      ~static_cast<uint32_t>(_mm256_movemask_epi8(_mm256_cmpeq_epi8(_mm256_shuffle_epi8(table(vt_.other), hi0), zero)));
  // A position that passes is one the scalar loop would visit (every byte but a continuation byte
  // begins a character there); the bitmap says whether it is a candidate. The filter passes ~4
  // other Han characters for each start character (some buckets' nibbles are those of 的, 医, 保):
  // their bits are tested without a branch, which would mispredict.
  for (uint32_t m = han_maybe; m; m &= m - 1) {
    const unsigned i = static_cast<unsigned>(std::countr_zero(m));
    const char32_t c = ((bytes[pos + i] & 0x0Fu) << 12) | ((bytes[pos + i + 1] & 0x3Fu) << 6) | (bytes[pos + i + 2] & 0x3Fu);
    exact |= static_cast<uint32_t>(Has(first_, c)) << i;
  }
  for (uint32_t m = other_maybe; m; m &= m - 1) {
    const size_t at = pos + static_cast<size_t>(std::countr_zero(m));
    size_t next = at;
    if (CanBegin(Decode(text, at, next))) exact |= m & -m;
  }
  if (end - pos < 32) exact &= (uint32_t{1} << (end - pos)) - 1;
  return exact;
}
#else
uint32_t StartChars::WindowMask(std::string_view text, size_t pos, size_t end) const {
  uint32_t exact = 0;
  for (size_t at = NextCandidateScalar(text, pos, std::min(end, pos + 32)); at < std::min(end, pos + 32);
       at = NextCandidateScalar(text, at + 1, std::min(end, pos + 32))) {
    exact |= uint32_t{1} << (at - pos);
  }
  return exact;
}
#endif

// One sweep over where the rules' ranges begin and end, counting the ranges open for each rule.
RuleEnds::Table RuleEnds::Build(const std::vector<CharRanges>& per_rule, uint64_t any) {
  struct Event {
    char32_t at;
    uint32_t rule;
    int delta;
  };
  std::vector<Event> events;
  for (size_t r = 0; r < per_rule.size(); ++r) {
    for (const auto& [lo, hi] : per_rule[r]) {
      events.push_back({lo, static_cast<uint32_t>(r), +1});
      if (hi != StartChars::kMalformed) events.push_back({hi + 1, static_cast<uint32_t>(r), -1});
    }
  }
  std::sort(events.begin(), events.end(), [](const Event& a, const Event& b) { return a.at < b.at; });
  Table t;
  t.starts.push_back(0);
  t.rules.push_back(any);
  std::array<int, kMaxRules> open{};
  uint64_t rules = any;
  for (size_t i = 0; i < events.size();) {
    const char32_t at = events[i].at;
    for (; i < events.size() && events[i].at == at; ++i) {
      open[events[i].rule] += events[i].delta;
      const uint64_t bit = uint64_t{1} << events[i].rule;
      rules = open[events[i].rule] > 0 ? rules | bit : (rules & ~bit) | (any & bit);
    }
    if (at == t.starts.back()) {
      t.rules.back() = rules;
    } else {
      t.starts.push_back(at);
      t.rules.push_back(rules);
    }
  }
  return t;
}

uint64_t RuleEnds::Lookup(const Table& table, char32_t c) {
  const size_t i = static_cast<size_t>(std::upper_bound(table.starts.begin(), table.starts.end(), c) - table.starts.begin());
  return table.rules[i - 1];
}

}  // namespace pe
