#include "pipeline/pattern_set.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cctype>
#include <optional>
#include <unordered_map>

#include "pipeline/embedded.h"
#include "pipeline/utf8.h"

namespace pe {
namespace {

// Rejected matches longer than this are not retried character by character (see Scan).
constexpr size_t kMaxRetryLength = 96;

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

bool IsNameChar(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'; }

// Replaces {name} with (?:fragment). "{2,4}" style repetition counts are left alone.
bool Expand(std::string_view in, const std::vector<std::pair<std::string, std::string>>& fragments,
            std::string& out, std::string& unknown) {
  out.clear();
  size_t i = 0;
  while (i < in.size()) {
    if (in[i] == '\\' && i + 1 < in.size()) {
      out.append(in.substr(i, 2));
      i += 2;
      continue;
    }
    if (in[i] == '{' && i + 1 < in.size() && !(in[i + 1] >= '0' && in[i + 1] <= '9') && in[i + 1] != ',') {
      const size_t close = in.find('}', i);
      if (close != std::string_view::npos) {
        const std::string_view name = in.substr(i + 1, close - i - 1);
        if (std::all_of(name.begin(), name.end(), IsNameChar)) {
          const auto it = std::find_if(fragments.rbegin(), fragments.rend(),
                                       [&](const auto& f) { return f.first == name; });
          if (it == fragments.rend()) {
            unknown = std::string(name);
            return false;
          }
          out += "(?:";
          out += it->second;
          out += ")";
          i = close + 1;
          continue;
        }
      }
    }
    out.push_back(in[i]);
    ++i;
  }
  return true;
}

// "<list:extractors/money/qualifiers.tsv>": the first column of a data file's lines (not '#'
// comments) as an alternation, longest first, so a word list lives in one place.
bool ExpandList(std::string_view body, std::string& out, std::string& error) {
  const std::string path(body.substr(6, body.size() - 7));
  const auto data = FindEmbedded(path);
  if (!data) {
    error = "list file " + path + " is not embedded";
    return false;
  }
  std::vector<std::string> words;
  for (const auto& row : LoadTsv(path)) {
    const std::string_view word = Trim(row[0]);
    if (!word.empty()) words.emplace_back(word);
  }
  if (words.empty()) {
    error = "list file " + path + " has no entries";
    return false;
  }
  std::stable_sort(words.begin(), words.end(), [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  out.clear();
  for (size_t i = 0; i < words.size(); ++i) {
    if (i) out += "|";
    out += RE2::QuoteMeta(words[i]);
  }
  return true;
}

// ---- Which characters can begin a match ----

using CharRanges = std::vector<std::pair<char32_t, char32_t>>;  // inclusive

void Append(CharRanges& to, const CharRanges& from) { to.insert(to.end(), from.begin(), from.end()); }

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

  // Matches of either.
  void Add(const FirstChars& other) {
    Append(ranges, other.ranges);
    nullable |= other.nullable;
    Append(alone, other.alone);
    pairs.insert(pairs.end(), other.pairs.begin(), other.pairs.end());
  }
};

class FirstCharsParser {
 public:
  explicit FirstCharsParser(std::string_view regex) : re_(regex) {}

  /// nullopt if anything may begin a match.
  std::optional<FirstChars> Parse() {
    FirstChars f = Alternation();
    if (gave_up_ || i_ != re_.size() || f.nullable) return std::nullopt;
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
      if (!piece.nullable) out.alone.clear();
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
      } else if (Eat('*')) {
        f.nullable = true;
        Repeat(f);
      } else if (Eat('+')) {
        Repeat(f);
      } else if (const std::optional<int> min = Repetition()) {
        if (*min == 0) f.nullable = true;
        Repeat(f);  // {1} and {0,1} do not repeat, but saying they may is harmless
      } else {
        break;
      }
      Eat('?');
    }
    return f;
  }

  // A character that is a whole copy of the atom may be followed by the next copy.
  static void Repeat(FirstChars& f) {
    if (!f.alone.empty()) f.pairs.push_back({f.alone, f.ranges});
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
      f.alone = f.ranges;
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
    f.alone = f.ranges;
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
    f.alone = f.ranges;
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
};

}  // namespace

// Where a match of some rule can begin: its first character can begin one, and the character after
// it can follow that one. A table for ASCII, bitmaps for the rest of the Basic Multilingual Plane,
// one answer for the planes above it; the pairs are kept as bits of a hash table (a collision only
// lets a position through to RE2, which is the judge).
class StartChars {
 public:
  static constexpr char32_t kMalformed = 0xFFFFFFFF;

  /// Null if any character may begin a match of some rule.
  static std::unique_ptr<StartChars> Of(const std::vector<PatternRule>& rules) {
    auto out = std::make_unique<StartChars>();
    for (const PatternRule& rule : rules) {
      const std::optional<FirstChars> first = FirstCharsParser(rule.regex).Parse();
      if (!first) return nullptr;
      out->AddFirst(first->ranges);
      out->AddAlone(first->alone);
      for (const FirstChars::Pair& pair : first->pairs) out->AddPair(pair);
    }
    return out;
  }

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
  /// scan's inner loop: ASCII and three-byte characters (Han) are looked at here.
  size_t NextCandidate(std::string_view text, size_t pos, size_t end) const {
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

  void AddFirst(const CharRanges& ranges) {
    for (auto [lo, hi] : ranges) {
      for (char32_t c = lo; c <= hi && c < 0x10000; ++c) Set(first_, c);
      if (hi >= 0x10000) above_bmp_ = true;
    }
  }
  void AddAlone(const CharRanges& ranges) {
    for (auto [lo, hi] : ranges) {
      for (char32_t c = lo; c <= hi && c < 0x10000; ++c) Set(alone_, c);
    }
  }
  void AddPair(const FirstChars::Pair& pair) {
    if (Count(pair.first) * Count(pair.second) > kMaxPairsPerClass) return AddAlone(pair.first);
    for (auto [lo, hi] : pair.first) {
      for (char32_t c = lo; c <= hi; ++c) {
        for (auto [lo2, hi2] : pair.second) {
          for (char32_t d = lo2; d <= hi2; ++d) pairs_[PairSlot(c, d) >> 6] |= uint64_t{1} << (PairSlot(c, d) & 63);
        }
      }
    }
  }
  static size_t Count(const CharRanges& ranges) {
    size_t n = 0;
    for (auto [lo, hi] : ranges) n += hi - lo + 1;
    return n;
  }
  static uint32_t PairSlot(char32_t c, char32_t d) {
    return ((c * 0x9E3779B1u) ^ (d * 0x85EBCA77u)) >> (32 - kPairBits);
  }
  bool HasPair(char32_t c, char32_t d) const {
    const uint32_t slot = PairSlot(c, d);
    return (pairs_[slot >> 6] >> (slot & 63)) & 1;
  }

  Bitmap first_{};  // characters a match can begin with
  Bitmap alone_{};  // ... and be followed by anything
  std::array<uint64_t, (size_t{1} << kPairBits) / 64> pairs_{};
  bool above_bmp_ = false;
};

std::string_view RuleMatch::group(std::string_view name) const {
  for (const auto& [k, v] : groups) {
    if (k == name) return v;
  }
  return {};
}

bool ParsePatternFile(std::string_view path, std::string_view content,
                      std::vector<std::pair<std::string, std::string>>& fragments, PatternFile& out,
                      std::string& error) {
  std::vector<std::string> examples;
  int line_no = 0;
  while (!content.empty()) {
    const size_t nl = content.find('\n');
    std::string_view line = Trim(content.substr(0, nl));
    content = nl == std::string_view::npos ? std::string_view{} : content.substr(nl + 1);
    ++line_no;
    const std::string where = std::string(path) + ":" + std::to_string(line_no) + ": ";
    if (line.empty()) continue;
    if (line[0] == '#') {
      const std::string_view body = Trim(line.substr(1));
      if (body.substr(0, 5) == "e.g. ") examples.emplace_back(Trim(body.substr(5)));
      continue;
    }
    const size_t eq = line.find(" = ");
    if (eq == std::string_view::npos) {
      error = where + "expected 'name = regex' or '@fragment = regex'";
      return false;
    }
    std::string_view name = Trim(line.substr(0, eq));
    const std::string_view body = Trim(line.substr(eq + 3));
    std::string expanded, unknown;
    if (body.substr(0, 6) == "<list:" && body.back() == '>') {
      if (!ExpandList(body, expanded, error)) {
        error = where + error;
        return false;
      }
    } else if (!Expand(body, fragments, expanded, unknown)) {
      error = where + "unknown fragment {" + unknown + "}";
      return false;
    }
    if (name[0] == '@') {
      name.remove_prefix(1);
      fragments.emplace_back(std::string(name), expanded);
      examples.clear();
      continue;
    }
    if (!std::all_of(name.begin(), name.end(), [](char c) { return IsNameChar(c) || c == '-'; })) {
      error = where + "rule name '" + std::string(name) + "' must be [A-Za-z0-9_-]";
      return false;
    }
    RE2 check(expanded, RE2::Quiet);
    if (!check.ok()) {
      error = where + "rule " + std::string(name) + ": " + check.error() + " at '" + check.error_arg() + "'";
      return false;
    }
    if (examples.empty()) {
      error = where + "rule " + std::string(name) + " has no '# e.g.' example line above it";
      return false;
    }
    out.rules.push_back({std::string(name), expanded, std::move(examples), std::string(path), line_no});
    examples.clear();
  }
  return true;
}

PatternSet::PatternSet() = default;
PatternSet::~PatternSet() = default;
PatternSet::PatternSet(PatternSet&&) noexcept = default;
PatternSet& PatternSet::operator=(PatternSet&&) noexcept = default;

size_t PatternSet::Add(const PatternRule& rule) {
  rules_.push_back(rule);
  return rules_.size() - 1;
}

bool PatternSet::Compile(std::string& error) {
  std::string combined;
  RE2::Options opts;
  opts.set_longest_match(true);
  opts.set_log_errors(false);
  opts.set_max_mem(int64_t{256} << 20);
  exact_ = std::make_unique<RE2::Set>(opts, RE2::ANCHOR_BOTH);
  singles_.clear();
  group_names_.clear();
  for (size_t i = 0; i < rules_.size(); ++i) {
    if (i) combined += "|";
    combined += "(?:" + rules_[i].regex + ")";
    std::string set_error;
    if (exact_->Add(rules_[i].regex, &set_error) != static_cast<int>(i)) {
      error = rules_[i].file + ":" + std::to_string(rules_[i].line) + ": rule " + rules_[i].name + ": " + set_error;
      return false;
    }
    RE2::Options single_opts = opts;
    single_opts.set_max_mem(int64_t{8} << 20);
    auto single = std::make_unique<RE2>(rules_[i].regex, single_opts);
    if (!single->ok()) {
      error = rules_[i].file + ":" + std::to_string(rules_[i].line) + ": rule " + rules_[i].name + ": " + single->error();
      return false;
    }
    std::vector<std::pair<std::string, int>> names(single->NamedCapturingGroups().begin(),
                                                   single->NamedCapturingGroups().end());
    std::sort(names.begin(), names.end(), [](const auto& x, const auto& y) { return x.second < y.second; });
    group_names_.push_back(std::move(names));
    singles_.push_back(std::move(single));
  }
  if (!exact_->Compile()) {
    error = "the rules' RE2::Set did not compile (out of memory?)";
    return false;
  }
  combined_ = std::make_unique<RE2>(combined, opts);
  if (!combined_->ok()) {
    error = "combined pattern: " + combined_->error() + " at '" + combined_->error_arg() + "'";
    return false;
  }
  start_chars_ = StartChars::Of(rules_);
  static std::atomic<uint64_t> compiled{0};
  id_ = ++compiled;
  return true;
}

namespace {

// Runs of more than kMaxDigitRun digits (with , and .) hold no mention, and make RE2's DFA run
// out of states (every digit may start or extend a number of many rules), after which RE2 falls
// back to its NFA and costs ~70,000 instructions a byte. The scan skips them.
constexpr size_t kMaxDigitRun = 64;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsDigitRunByte(char c) { return IsDigit(c) || c == ',' || c == '.'; }

// [start, end) ranges of text outside long digit runs. A run is a block of digits, ',' and '.' from
// its first digit on. A run longer than kMaxDigitRun covers a multiple of kMaxDigitRun, so only the
// blocks through those positions are looked at: one byte in 64 for most text.
std::vector<std::pair<size_t, size_t>> ScanSegments(std::string_view text) {
  std::vector<std::pair<size_t, size_t>> out;
  size_t seg = 0, probe = 0;
  while (probe < text.size()) {
    if (!IsDigitRunByte(text[probe])) {
      probe += kMaxDigitRun;
      continue;
    }
    size_t block = probe, end = probe;
    while (block > 0 && IsDigitRunByte(text[block - 1])) --block;
    while (end < text.size() && IsDigitRunByte(text[end])) ++end;
    size_t run = block;
    while (run < end && !IsDigit(text[run])) ++run;
    if (end - run > kMaxDigitRun) {
      if (run > seg) out.emplace_back(seg, run);
      seg = end;
    }
    probe = (end / kMaxDigitRun + 1) * kMaxDigitRun;
  }
  if (text.size() > seg) out.emplace_back(seg, text.size());
  return out;
}

}  // namespace

void PatternSet::Scan(std::string_view text, const std::function<bool(const RuleMatch&)>& on_match) const {
  for (const auto& [seg_start, seg_end] : ScanSegments(text)) ScanSegment(text, seg_start, seg_end, on_match);
}

void PatternSet::ScanSegment(std::string_view text, size_t seg_start, size_t seg_end,
                             const std::function<bool(const RuleMatch&)>& on_match) const {
  RuleMatch m;
  size_t pos = seg_start;
  while (pos < seg_end) {
    std::string_view found;
    if (!FindLeftmost(text, pos, seg_end, found)) break;
    const size_t start = static_cast<size_t>(found.data() - text.data());
    const size_t end = start + found.size();
    bool accepted = false;
    if (end > start && Identify(found, m)) {
      m.start = start;
      m.end = end;
      accepted = on_match(m);
    }
    if (accepted) {
      pos = end;
    } else if (end - start > kMaxRetryLength) {
      // A long rejected match (a run of 10,000 digits) is skipped whole: retrying it from every
      // character would make the scan quadratic.
      pos = end;
    } else {
      pos = start + 1;
      while (pos < seg_end && !utf8::IsLead(static_cast<unsigned char>(text[pos]))) ++pos;
    }
  }
}

// A matched text's rule and groups, the groups as offsets into the text (offset -1: not set).
struct PatternSet::Identified {
  size_t rule = 0;
  std::vector<std::pair<int32_t, int32_t>> groups;  // in the order of group_names_[rule]
};

namespace {

struct TextHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

// The texts one thread has identified are remembered for one PatternSet at a time, and forgotten
// when there are many. Long texts (rare, and mostly runs of digits) are not kept.
constexpr size_t kMaxRemembered = 8192;
constexpr size_t kMaxRememberedLength = 64;

}  // namespace

bool PatternSet::Identify(std::string_view found, RuleMatch& m) const {
  struct Memo {
    uint64_t owner = 0;
    std::unordered_map<std::string, Identified, TextHash, std::equal_to<>> known;
  };
  thread_local Memo memo;
  if (memo.owner != id_) {
    memo.known.clear();
    memo.owner = id_;
  }
  const Identified* id = nullptr;
  Identified fresh;
  if (const auto it = memo.known.find(found); it != memo.known.end()) {
    id = &it->second;
  } else {
    if (!IdentifyUncached(found, fresh)) return false;
    id = &fresh;
    if (found.size() <= kMaxRememberedLength) {
      if (memo.known.size() >= kMaxRemembered) memo.known.clear();
      id = &memo.known.emplace(std::string(found), std::move(fresh)).first->second;
    }
  }
  m.rule = id->rule;
  m.groups.clear();
  const auto& names = group_names_[id->rule];
  for (size_t g = 0; g < names.size(); ++g) {
    const auto [offset, length] = id->groups[g];
    m.groups.emplace_back(names[g].first, offset < 0 ? std::string_view{} : found.substr(offset, length));
  }
  return true;
}

// The RE2::Set says which rules match the text in full; the first one's own RE2 gives the groups.
// False if the set fails (out of memory): such an answer is not remembered.
bool PatternSet::IdentifyUncached(std::string_view found, Identified& out) const {
  const re2::StringPiece whole(found.data(), found.size());
  std::vector<int> which;
  RE2::Set::ErrorInfo info{RE2::Set::kNoError};
  if (!exact_->Match(whole, &which, &info) || which.empty()) return false;
  const size_t rule = static_cast<size_t>(*std::min_element(which.begin(), which.end()));
  const RE2& single = *singles_[rule];
  std::vector<re2::StringPiece> sub(static_cast<size_t>(single.NumberOfCapturingGroups()) + 1);
  if (!single.Match(whole, 0, whole.size(), RE2::ANCHOR_BOTH, sub.data(), static_cast<int>(sub.size()))) return false;
  out.rule = rule;
  out.groups.clear();
  for (const auto& [name, idx] : group_names_[rule]) {
    const re2::StringPiece& g = sub[static_cast<size_t>(idx)];
    out.groups.emplace_back(g.data() ? static_cast<int32_t>(g.data() - whole.data()) : -1, static_cast<int32_t>(g.size()));
  }
  return true;
}

bool PatternSet::FindLeftmost(std::string_view text, size_t pos, size_t end, std::string_view& match) const {
  const re2::StringPiece input(text.data(), text.size());
  re2::StringPiece whole;
  const auto unanchored = [&](size_t from) {
    if (!combined_->Match(input, from, end, RE2::UNANCHORED, &whole, 1)) return false;
    match = std::string_view(whole.data(), whole.size());
    return true;
  };
  if (!start_chars_) return unanchored(pos);
  // Failed starts since the last character that cannot begin a match: past kMaxFailedInRun, a run
  // where each start may scan to the run's end (a long token of letters) goes to the unanchored
  // search, which scans it once.
  constexpr size_t kMaxFailedInRun = 16;
  size_t failed_in_run = 0;
  while (pos < end) {
    if (const size_t candidate = start_chars_->NextCandidate(text, pos, end); candidate != pos) {
      failed_in_run = 0;
      pos = candidate;
      if (pos == end) break;
    }
    size_t next = pos;
    const char32_t c = StartChars::Decode(text, pos, next);
    if (!start_chars_->CanContinue(c, text, next, end)) {
      // Not a start either, but a run of letters may hold many: the count goes on.
    } else if (failed_in_run == kMaxFailedInRun) {
      return unanchored(pos);
    } else if (combined_->Match(input, pos, end, RE2::ANCHOR_START, &whole, 1)) {
      match = std::string_view(whole.data(), whole.size());
      return true;
    } else {
      ++failed_in_run;
    }
    pos = next;
  }
  return false;
}

bool PatternSet::RuleFullMatch(size_t i, std::string_view text) const {
  RE2 single(rules_[i].regex, RE2::Quiet);
  return single.ok() && RE2::FullMatch(re2::StringPiece(text.data(), text.size()), single);
}

}  // namespace pe
