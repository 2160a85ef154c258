#include "pipeline/pattern_set.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <bit>
#include <cstring>
#include <future>
#include <mutex>

#include "pipeline/embedded.h"
#include "pipeline/start_chars.h"
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

}  // namespace

RE2::Options RuleOptions() {
  RE2::Options opts;
  opts.set_longest_match(true);
  opts.set_log_errors(false);
  return opts;
}

namespace {

bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

// {n}, {n,}, {n,m} at regex[i]: its length; 0 if '{' is a literal there (as RE2 takes it).
size_t RepetitionLength(std::string_view regex, size_t i) {
  size_t j = i + 1;
  const size_t digits = j;
  while (j < regex.size() && IsAsciiDigit(regex[j])) ++j;
  if (j == digits) return 0;
  if (j < regex.size() && regex[j] == ',') {
    ++j;
    while (j < regex.size() && IsAsciiDigit(regex[j])) ++j;
  }
  return j < regex.size() && regex[j] == '}' ? j + 1 - i : 0;
}

// A class's digits, after '[' at regex[i]: sets `digits` (bit d: the class holds digit d, before
// negation) and returns the position after its ']'; npos for what DigitClasses does not follow.
size_t ClassDigits(std::string_view regex, size_t i, unsigned& digits) {
  digits = 0;
  if (i < regex.size() && regex[i] == '^') ++i;
  bool first = true;
  while (i < regex.size() && (first || regex[i] != ']')) {
    first = false;
    char32_t lo = 0;
    if (regex[i] == '[' && i + 1 < regex.size() && regex[i + 1] == ':') return std::string_view::npos;
    if (regex[i] == '\\') {
      if (i + 1 >= regex.size()) return std::string_view::npos;
      const char e = regex[i + 1];
      i += 2;
      if (e == 'd' || e == 'w' || e == 'S') {
        digits = 0x3FF;
        continue;
      }
      if (e == 'D' || e == 'W' || e == 's') continue;
      if (std::isalnum(static_cast<unsigned char>(e))) {
        if (e != 't' && e != 'n' && e != 'r' && e != 'f' && e != 'v' && e != 'a') return std::string_view::npos;
        lo = '\t';  // a control character: no digit
      } else {
        lo = static_cast<unsigned char>(e);
      }
    } else {
      lo = utf8::Decode(regex, i);
      if (lo == utf8::kInvalid) return std::string_view::npos;
    }
    char32_t hi = lo;
    if (i + 1 < regex.size() && regex[i] == '-' && regex[i + 1] != ']') {
      ++i;
      if (regex[i] == '\\') return std::string_view::npos;  // escaped range ends: not followed
      hi = utf8::Decode(regex, i);
      if (hi == utf8::kInvalid) return std::string_view::npos;
    }
    for (char32_t d = '0'; d <= '9'; ++d) {
      if (d >= lo && d <= hi) digits |= 1u << (d - '0');
    }
  }
  return i < regex.size() ? i + 1 : std::string_view::npos;
}

}  // namespace

bool DigitClasses(std::string_view regex, std::array<char, 10>& rep) {
  // The digits each literal and class takes, as bit masks; digits in the same masks are alike.
  std::vector<unsigned> masks;
  size_t i = 0;
  while (i < regex.size()) {
    const char c = regex[i];
    if (IsAsciiDigit(c)) {
      masks.push_back(1u << (c - '0'));
      ++i;
    } else if (c == '\\') {
      if (i + 1 >= regex.size()) return false;
      const char e = regex[i + 1];
      // \d \D \w \W \s \S \b \B \A \z (all digits or none), control escapes and escaped
      // punctuation; not \x, \p, \Q, \C or octal.
      if (std::isalnum(static_cast<unsigned char>(e)) && std::string_view("dDwWsSbBAztnrfva").find(e) == std::string_view::npos) {
        return false;
      }
      i += 2;
    } else if (c == '[') {
      unsigned digits = 0;
      i = ClassDigits(regex, i + 1, digits);
      if (i == std::string_view::npos) return false;
      masks.push_back(digits);
    } else if (c == '{') {
      const size_t length = RepetitionLength(regex, i);
      i += length ? length : 1;  // a literal '{': digits after it are literals
    } else if (c == '(' && (regex.substr(i, 4) == "(?P<" || regex.substr(i, 3) == "(?<")) {
      i = regex.find('>', i);  // a group's name may hold digits (n1)
      if (i == std::string_view::npos) return false;
      ++i;
    } else {
      ++i;
    }
  }
  for (int d = 0; d < 10; ++d) {
    int e = 0;
    while (e < d && !std::all_of(masks.begin(), masks.end(), [&](unsigned m) { return ((m >> d) & 1) == ((m >> e) & 1); })) ++e;
    rep[static_cast<size_t>(d)] = static_cast<char>('0' + e);
  }
  return true;
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
    auto check = std::make_shared<const RE2>(expanded, RuleOptions());
    if (!check->ok()) {
      error = where + "rule " + std::string(name) + ": " + check->error() + " at '" + check->error_arg() + "'";
      return false;
    }
    if (examples.empty()) {
      error = where + "rule " + std::string(name) + " has no '# e.g.' example line above it";
      return false;
    }
    out.rules.push_back({std::string(name), expanded, std::move(examples), std::string(path), line_no, std::move(check)});
    examples.clear();
  }
  return true;
}

// An RE2::Set of the rules anchored at the start, made when first needed.
struct PatternSet::PrefixSet {
  std::once_flag once;
  std::unique_ptr<RE2::Set> set;
};

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
  prefix_ = std::make_unique<PrefixSet>();
  singles_.clear();
  group_names_.clear();
  digit_classes_.clear();
  for (size_t i = 0; i < rules_.size(); ++i) {
    if (i) combined += "|";
    combined += "(?:" + rules_[i].regex + ")";
    std::string set_error;
    if (exact_->Add(rules_[i].regex, &set_error) != static_cast<int>(i)) {
      error = rules_[i].file + ":" + std::to_string(rules_[i].line) + ": rule " + rules_[i].name + ": " + set_error;
      return false;
    }
    // The rule's own RE2, as ParsePatternFile compiled it to check the rule (start-up: compiling
    // every rule twice was 14.5 M instructions).
    auto single = rules_[i].compiled ? rules_[i].compiled : std::make_shared<const RE2>(rules_[i].regex, RuleOptions());
    if (!single->ok()) {
      error = rules_[i].file + ":" + std::to_string(rules_[i].line) + ": rule " + rules_[i].name + ": " + single->error();
      return false;
    }
    std::vector<std::pair<std::string, int>> names(single->NamedCapturingGroups().begin(),
                                                   single->NamedCapturingGroups().end());
    std::sort(names.begin(), names.end(), [](const auto& x, const auto& y) { return x.second < y.second; });
    group_names_.push_back(std::move(names));
    singles_.push_back(std::move(single));
    std::array<char, 10> rep{};
    const bool alike = DigitClasses(rules_[i].regex, rep) && rep != std::array<char, 10>{'0', '1', '2', '3', '4', '5', '6', '7', '8', '9'};
    digit_classes_.push_back(alike ? std::optional(rep) : std::nullopt);
  }
  // The combined regex compiles on a second thread while this one compiles the set and works out
  // the start characters (about half of the start-up's pattern work each).
  std::future<std::unique_ptr<RE2>> combined_re = std::async(std::launch::async, [&] { return std::make_unique<RE2>(combined, opts); });
  if (!exact_->Compile()) {
    error = "the rules' RE2::Set did not compile (out of memory?)";
    return false;
  }
  std::vector<std::string> regexes;
  regexes.reserve(rules_.size());
  for (const PatternRule& r : rules_) regexes.push_back(r.regex);
  RuleStarts starts = StartsOf(regexes);
  combined_ = combined_re.get();
  if (!combined_->ok()) {
    error = "combined pattern: " + combined_->error() + " at '" + combined_->error_arg() + "'";
    return false;
  }
  start_chars_ = std::move(starts.start_chars);
  rule_ends_ = std::move(starts.ends);
  // Rules of one extractor, that is of one patterns file: a mask per rule (RetryAtStart).
  same_file_.assign(rules_.size(), 0);
  for (size_t i = 0; i < rules_.size() && rules_.size() <= 64; ++i) {
    for (size_t j = 0; j < rules_.size(); ++j) {
      if (rules_[i].file == rules_[j].file) same_file_[i] |= uint64_t{1} << j;
    }
  }
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
  CandidateWindow window;
  while (pos < seg_end) {
    std::string_view found;
    if (!FindLeftmost(text, pos, seg_end, window, found)) break;
    const size_t start = static_cast<size_t>(found.data() - text.data());
    const size_t end = start + found.size();
    bool accepted = false;
    if (end > start && Identify(found, m)) {
      m.start = start;
      m.end = end;
      accepted = on_match(m) || (end - start <= kMaxRetryLength && RetryAtStart(text, seg_end, m, on_match));
    }
    if (accepted) {
      pos = m.end;
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

// The texts one thread has identified are remembered for one PatternSet at a time. Long texts
// (rare, and mostly runs of digits) are not kept, nor the matches of a rule with more groups than
// an entry holds.
constexpr size_t kMaxRemembered = 8192;  // per generation (see Memo)
constexpr size_t kMaxRememberedShapes = 2048;  // shapes (see DigitShape); 8192 saved 119 of 4,482 RE2 calls on 20 MB
constexpr size_t kMaxRememberedLength = 64;
constexpr size_t kMaxRememberedGroups = 12;

// One remembered text and its answer, in one flat table (open addressing): a lookup reads one
// entry, where a node-based hash map read a bucket, a node, the key and the groups, each a likely
// cache miss.
struct MemoEntry {
  uint64_t hash = 0;
  uint16_t rule = 0;
  uint8_t length = 0;
  uint8_t groups = 0;
  std::array<int8_t, kMaxRememberedGroups> offset{};  // -1: the group is not set
  std::array<uint8_t, kMaxRememberedGroups> size{};
  std::array<char, kMaxRememberedLength> text{};
};

// Two generations: when the recent table is full it becomes the older one (the older is dropped),
// and a text found in the older table moves back into the recent one, so the texts that come back
// all the time (50%, 2024年, a site's hotline) outlive each turnover; emptying the one table lost
// them every 8192 new texts. Simulated on the 20 MB corpus's texts with tables a quarter the size
// (as a 100 MB corpus turns 8192 over): 16,151 identifications emptying, 11,861 with generations.
// Any value: the tables mark empty slots in their tags. (Forcing the low bit to 1 to keep 0 for
// "empty" made every home slot odd, which lengthened the probes.)
uint64_t MemoHash(std::string_view text) { return std::hash<std::string_view>{}(text); }

template <size_t kRemembered>  // per generation
class Memo {
 public:
  Memo() { recent_.Make(); }  // older_ is made at the first turnover: small runs never need it

  /// Forgets everything if the texts were another set's.
  void Use(uint64_t owner) {
    if (owner_ == owner) return;
    recent_.Clear();
    older_.Clear();
    used_ = 0;
    owner_ = owner;
  }
  const MemoEntry* Find(std::string_view text, uint64_t hash) {
    if (const MemoEntry* e = FindIn(recent_, text, hash)) return e;
    const MemoEntry* old = older_.empty() ? nullptr : FindIn(older_, text, hash);
    if (!old) return nullptr;
    const MemoEntry answer = *old;  // Insert may turn the generations over
    MemoEntry* moved = Insert(text, hash);
    *moved = answer;
    return moved;
  }
  /// A fresh entry holding the text, for the caller to fill in; null if the text is too long.
  MemoEntry* Insert(std::string_view text, uint64_t hash) {
    if (text.size() > kMaxRememberedLength) return nullptr;
    if (used_ >= kRemembered) TurnOver();
    size_t slot = hash & (kSlots - 1);
    while (recent_.tags[slot] != 0) slot = (slot + 1) & (kSlots - 1);
    recent_.tags[slot] = Tag(hash);
    MemoEntry& e = recent_.entries[slot];
    e.hash = hash;
    e.length = static_cast<uint8_t>(text.size());
    std::memcpy(e.text.data(), text.data(), text.size());
    ++used_;
    return &e;
  }

 private:
  static constexpr size_t kSlots = 2 * kRemembered;  // at most half full

  // A slot's tag (16 bits of its hash, never 0; 0: empty) in a list of their own (32 KB for 16,384
  // slots): a probe reads an entry (104 bytes, over 1.6 MB) only when its tag is the text's. The
  // entry's load missed the cache (78% of Identify's native samples), and a miss or a collision
  // probed one or more other entries first.
  struct Table {
    std::vector<uint16_t> tags;
    std::vector<MemoEntry> entries;
    bool empty() const { return tags.empty(); }
    void Make() {
      tags.assign(kSlots, 0);
      entries.resize(kSlots);
    }
    void Clear() { std::fill(tags.begin(), tags.end(), uint16_t{0}); }
  };
  static uint16_t Tag(uint64_t hash) { return static_cast<uint16_t>(hash >> 48) | 1; }

  static const MemoEntry* FindIn(const Table& table, std::string_view text, uint64_t hash) {
    const uint16_t tag = Tag(hash);
    for (size_t slot = hash & (kSlots - 1);; slot = (slot + 1) & (kSlots - 1)) {
      const uint16_t t = table.tags[slot];
      if (t == 0) return nullptr;
      if (t != tag) continue;
      const MemoEntry& e = table.entries[slot];
      if (e.hash == hash && e.length == text.size() && std::memcmp(e.text.data(), text.data(), text.size()) == 0) {
        return &e;
      }
    }
  }
  void TurnOver() {
    std::swap(recent_, older_);
    if (recent_.empty()) {
      recent_.Make();
    } else {
      recent_.Clear();
    }
    used_ = 0;
  }
  Table recent_, older_;
  size_t used_ = 0;  // entries in recent_
  uint64_t owner_ = 0;
};

}  // namespace

namespace {

bool Rememberable(size_t rule, size_t groups) { return groups <= kMaxRememberedGroups && rule <= UINT16_MAX; }

void Remember(size_t rule, const std::vector<std::pair<int32_t, int32_t>>& groups, MemoEntry& e) {
  e.rule = static_cast<uint16_t>(rule);
  e.groups = static_cast<uint8_t>(groups.size());
  for (size_t g = 0; g < groups.size(); ++g) {
    e.offset[g] = static_cast<int8_t>(groups[g].first);
    e.size[g] = static_cast<uint8_t>(groups[g].second);
  }
}

void Recall(const MemoEntry& e, std::vector<std::pair<int32_t, int32_t>>& groups) {
  groups.clear();
  for (size_t g = 0; g < e.groups; ++g) groups.emplace_back(e.offset[g], e.size[g]);
}

// The key under which a text's groups are remembered for a rule that tells some digits not apart
// (DigitClasses): the rule's index, then the text with each digit replaced by the one standing for
// it ("2500元" and "1200元" share "0000元"). False if the text has no digit (its own entry does as
// well) or the key would be too long to keep.
bool DigitShape(std::string_view text, size_t rule, const std::array<char, 10>& rep, std::string& key) {
  if (rule > 0xFF || text.size() + 1 > kMaxRememberedLength) return false;
  key.assign(1, static_cast<char>(rule));
  bool digit = false;
  for (const char c : text) {
    const bool d = IsAsciiDigit(c);
    digit |= d;
    key.push_back(d ? rep[static_cast<size_t>(c - '0')] : c);
  }
  return digit;
}

}  // namespace

bool PatternSet::Identify(std::string_view found, RuleMatch& m) const {
  thread_local Memo<kMaxRemembered> memo;
  memo.Use(id_);
  const uint64_t hash = MemoHash(found);
  m.groups.clear();
  if (const MemoEntry* e = memo.Find(found, hash)) {
    m.rule = e->rule;
    const auto& names = group_names_[e->rule];
    for (size_t g = 0; g < e->groups; ++g) {
      m.groups.emplace_back(names[g].first, e->offset[g] < 0 ? std::string_view{} : found.substr(e->offset[g], e->size[g]));
    }
    return true;
  }
  thread_local Identified fresh;  // its vector reused: no allocation per new text
  if (!IdentifyUncached(found, fresh)) return false;
  m.rule = fresh.rule;
  const auto& names = group_names_[fresh.rule];
  for (size_t g = 0; g < names.size(); ++g) {
    const auto [offset, length] = fresh.groups[g];
    m.groups.emplace_back(names[g].first, offset < 0 ? std::string_view{} : found.substr(offset, length));
  }
  if (Rememberable(fresh.rule, names.size())) {
    if (MemoEntry* e = memo.Insert(found, hash)) Remember(fresh.rule, fresh.groups, *e);
  }
  return true;
}

// The first rule that matches the text in full (RuleEnds and the candidates' own RE2s, or the
// RE2::Set), then its groups. False if the set fails (out of memory): such an answer is not
// remembered.
bool PatternSet::IdentifyUncached(std::string_view found, Identified& out) const {
  size_t rule = 0;
  bool proven = true;
  if (!FirstFullMatch(found, rule, proven) && !FirstFullMatchBySet(found, rule)) return false;
  if (RuleGroups(found, rule, out)) return true;
  // A rule taken unasked that does not match: RuleEnds said less than RE2 (never seen). The set
  // decides.
  return !proven && FirstFullMatchBySet(found, rule) && RuleGroups(found, rule, out);
}

// The rules RuleEnds leaves are asked in rule order, the last one left not at all: `found` is a
// match of the combined regex, so some rule matches it in full. On the 2 MB slice the RE2::Set
// cost ~7,600 instructions a new text (its DFA states carry every rule); most texts leave one
// candidate ("50%": only a rule that can begin with 5 and end with %).
bool PatternSet::FirstFullMatch(std::string_view found, size_t& rule, bool& proven) const {
  if (!rule_ends_ || found.empty()) return false;
  size_t after_first = 0;
  const char32_t first = utf8::Decode(found, after_first);
  size_t last_at = found.size() - 1;
  while (last_at > 0 && !utf8::IsLead(static_cast<unsigned char>(found[last_at]))) --last_at;
  const char32_t last = utf8::Decode(found, last_at);
  if (first == utf8::kInvalid || last == utf8::kInvalid || last_at != found.size()) return false;
  uint64_t candidates = rule_ends_->Candidates(first, last);
  if (candidates == 0) return false;
  const re2::StringPiece whole(found.data(), found.size());
  for (; candidates & (candidates - 1); candidates &= candidates - 1) {
    const size_t r = static_cast<size_t>(std::countr_zero(candidates));
    if (singles_[r]->Match(whole, 0, whole.size(), RE2::ANCHOR_BOTH, nullptr, 0)) {
      rule = r;
      proven = true;
      return true;
    }
  }
  rule = static_cast<size_t>(std::countr_zero(candidates));
  proven = false;
  return true;
}

bool PatternSet::FirstFullMatchBySet(std::string_view found, size_t& rule) const {
  thread_local std::vector<int> which;  // scratch, kept per thread
  RE2::Set::ErrorInfo info{RE2::Set::kNoError};
  if (!exact_->Match(re2::StringPiece(found.data(), found.size()), &which, &info) || which.empty()) return false;
  rule = static_cast<size_t>(*std::min_element(which.begin(), which.end()));
  return true;
}

// The groups of rule `rule` in `found`; false if it does not match `found` in full. The rule's own
// RE2 gives them, unless the rule tells some digits not apart and a text of the same shape was
// seen: the corpus's new texts are mostly new numbers ("2500元" after "1200元"), and a rule's own
// RE2 costs ~7,000 instructions a text, the most for rules too large for RE2's bit-state engine
// (money's amount, ~2.8 us).
bool PatternSet::RuleGroups(std::string_view found, size_t rule, Identified& out) const {
  const re2::StringPiece whole(found.data(), found.size());
  thread_local Memo<kMaxRememberedShapes> shapes;
  thread_local std::string key;
  const bool by_shape = digit_classes_[rule] && DigitShape(found, rule, *digit_classes_[rule], key);
  uint64_t key_hash = 0;
  if (by_shape) {
    shapes.Use(id_);
    key_hash = MemoHash(key);
    // A text of the same shape matched this rule in full, so this one does too (DigitClasses).
    if (const MemoEntry* e = shapes.Find(key, key_hash)) {
      out.rule = rule;
      Recall(*e, out.groups);
      return true;
    }
  }
  const RE2& single = *singles_[rule];
  thread_local std::vector<re2::StringPiece> sub;
  sub.assign(static_cast<size_t>(single.NumberOfCapturingGroups()) + 1, re2::StringPiece());
  if (!single.Match(whole, 0, whole.size(), RE2::ANCHOR_BOTH, sub.data(), static_cast<int>(sub.size()))) return false;
  out.rule = rule;
  out.groups.clear();
  for (const auto& [name, idx] : group_names_[rule]) {
    const re2::StringPiece& g = sub[static_cast<size_t>(idx)];
    out.groups.emplace_back(g.data() ? static_cast<int32_t>(g.data() - whole.data()) : -1, static_cast<int32_t>(g.size()));
  }
  if (by_shape && Rememberable(rule, out.groups.size())) {
    if (MemoEntry* e = shapes.Insert(key, key_hash)) Remember(rule, out.groups, *e);
  }
  return true;
}

bool PatternSet::FindLeftmost(std::string_view text, size_t pos, size_t end, CandidateWindow& window,
                              std::string_view& match) const {
  const re2::StringPiece input(text.data(), text.size());
  re2::StringPiece whole;
  const auto unanchored = [&](size_t from) {
    if (!combined_->Match(input, from, end, RE2::UNANCHORED, &whole, 1)) return false;
    match = std::string_view(whole.data(), whole.size());
    return true;
  };
  if (!start_chars_) return unanchored(pos);
  // Half the anchored tries failed (20 MB corpus: 131,700 of 259,285; "1. " list numbers, digit runs
  // nothing follows, letter runs); at ~800 instructions a try that was ~1.5% of the run. Numbers
  // no rule can begin in are now passed over (digits_fail below: 2 MB slice, 24,130 → 19,039 tries).
  // Failed starts since the last character that cannot begin a match: past kMaxFailedInRun, a run
  // where each start may scan to the run's end (a long token of letters) goes to the unanchored
  // search, which scans it once.
  constexpr size_t kMaxFailedInRun = 16;
  size_t failed_in_run = 0;
  // A number no rule can begin in is passed over whole (StartChars::DigitRunFails). Its end is
  // found once a run: at each digit of a phone number it cost more than the tries it saved.
  size_t digits_end = 0;
  const auto digits_fail = [&] {
    if (pos >= digits_end) digits_end = StartChars::DigitsEnd(text, pos, end);
    return start_chars_->DigitRunFails(text, pos, digits_end, end);
  };
  while (pos < end) {
    if (const size_t candidate = start_chars_->NextCandidate(text, pos, end, window); candidate != pos) {
      failed_in_run = 0;
      pos = candidate;
      if (pos == end) break;
    }
    size_t next = pos;
    const char32_t c = StartChars::Decode(text, pos, next);
    if (!start_chars_->CanContinue(c, text, next, end)) {
      // Not a start either, but a run of letters may hold many: the count goes on.
    } else if (c - U'0' < 10 && digits_fail()) {
      next = digits_end;  // no start at any of these digits
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

// The combined regex gives one match per start, the longest of any rule: when the resolver rejects
// it, a shorter match of another extractor's rule may still be right ("拨打12333人工查询": count's
// 12333人 is no count, phone's 12333 is the hotline). The rejecting extractor's other rules are not
// asked: its rules of one text are written as one judgement (a date range that does not resolve,
// 2028年12月3-\n1日, leaves no date 2028年12月3). Rejections are rare (~2% of matches).
bool PatternSet::RetryAtStart(std::string_view text, size_t end, RuleMatch& m,
                              const std::function<bool(const RuleMatch&)>& on_match) const {
  if (same_file_.empty() || same_file_[m.rule] == 0) return false;  // more than 64 rules
  const size_t start = m.start;
  // Which rules match at `start` at all: one pass of the set (asking every rule that can begin
  // with the start's character cost ~14,000 instructions a rejection: 1.2% of the 20 MB corpus).
  // Compiled at the first rejection (~19 M instructions, 5 ms: most short runs never need it).
  std::call_once(prefix_->once, [&] {
    RE2::Options opts;
    opts.set_longest_match(true);
    opts.set_log_errors(false);
    opts.set_max_mem(int64_t{256} << 20);
    auto set = std::make_unique<RE2::Set>(opts, RE2::ANCHOR_START);
    for (const PatternRule& r : rules_) {
      if (set->Add(r.regex, nullptr) < 0) return;  // compiled once already as part of exact_
    }
    if (set->Compile()) prefix_->set = std::move(set);
  });
  if (!prefix_->set) return false;
  thread_local std::vector<int> which;
  RE2::Set::ErrorInfo info{RE2::Set::kNoError};
  if (!prefix_->set->Match(re2::StringPiece(text.data() + start, end - start), &which, &info)) return false;
  uint64_t left = 0;
  for (const int r : which) left |= uint64_t{1} << r;
  left &= ~same_file_[m.rule];
  const re2::StringPiece input(text.data(), text.size());
  thread_local Identified found_groups;
  while (left) {
    // The longest match at `start` among the rules left (the first in rule order on a tie).
    size_t best_rule = 0, best_end = start;
    for (uint64_t rules = left; rules; rules &= rules - 1) {
      const size_t r = static_cast<size_t>(std::countr_zero(rules));
      re2::StringPiece whole;
      if (!singles_[r]->Match(input, start, end, RE2::ANCHOR_START, &whole, 1)) {
        left &= ~(uint64_t{1} << r);  // no match here: not asked again
        continue;
      }
      const size_t e = start + whole.size();
      if (e > best_end) best_rule = r, best_end = e;
    }
    if (best_end == start) return false;
    left &= ~same_file_[best_rule];
    const std::string_view found = text.substr(start, best_end - start);
    if (!RuleGroups(found, best_rule, found_groups)) continue;
    m.rule = best_rule;
    m.start = start;
    m.end = best_end;
    const auto& names = group_names_[best_rule];
    m.groups.resize(names.size());
    for (size_t g = 0; g < names.size(); ++g) {
      const auto [offset, length] = found_groups.groups[g];
      m.groups[g] = {names[g].first, offset < 0 ? std::string_view{} : found.substr(offset, length)};
    }
    if (on_match(m)) return true;
  }
  return false;
}

bool PatternSet::RuleFullMatch(size_t i, std::string_view text) const {
  RE2 single(rules_[i].regex, RE2::Quiet);
  return single.ok() && RE2::FullMatch(re2::StringPiece(text.data(), text.size()), single);
}

}  // namespace pe
