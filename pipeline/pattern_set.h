// Patterns are data. Each extractor keeps its rules in a `.patterns` file:
//
//   # a comment
//   @fragment_name = regex          a named fragment, used as {fragment_name} in later lines
//   # e.g. 2024年9月1日              an example the next rule must match in full (tests check it)
//   ymd = (?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})[日号]
//   @qualifier = <list:extractors/date/qualifiers.tsv>   a word list kept as data: the first
//                                    column of the file's lines, as an alternation, longest first
//
// Fragments from extractors/common/common.patterns are visible in every file. Rules are RE2
// syntax (no lookaround: neighbouring characters are checked in code, by the extractor's resolver).
//
// A PatternSet compiles the rules of every extractor into ONE RE2 and scans the text once with
// leftmost-longest semantics: at each position the longest match of any rule wins, so
// "2024年9月10日至12月25日" is one date range, not a date and a stray "12月25日". One pass over the
// text instead of one per rule or per extractor keeps extraction fast (see docs/performance.md).
//
// Each match costs three small steps: the combined DFA finds where it is (no captures: RE2's NFA
// with hundreds of capture groups copies them at every step and was 20× slower); which rules match
// exactly that text (the first in rule order wins) is told by the text's first and last characters
// (RuleEnds, pipeline/start_chars.h) and the remaining candidates' own RE2s, or an RE2::Set anchored
// at both ends; that rule's own RE2 extracts its named groups from the short match. The last two depend on the
// matched text alone, and the same texts come back all the time (dates, 50%, hotlines, footers):
// their answer is remembered per thread, keyed by the text. A new text's groups are also taken
// from one of the same digit shape under its rule ("2500元" from "1200元": see DigitClasses).
//
// Where a match is: the combined DFA runs anchored at each character that can start a rule
// (digits, Chinese numerals, 每, ...: worked out from the rules' text when they are compiled, by
// pipeline/start_chars.h) and that the next character can follow (一、 and 本医 begin no rule, though 一 and 本 begin some),
// the first such position that matches being the leftmost match. RE2's unanchored search finds the
// same match, but its DFA states carry every rule's start and cost ~30,000 instructions each to
// build; the anchored states are small. A long run of start characters that match nothing (a
// token of letters, where every position might begin an e-mail address) falls back to the
// unanchored search, so the scan stays linear.
#pragma once
#include <array>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace re2 {
class RE2;
}  // namespace re2
#include <re2/set.h>

namespace pe {

class StartChars;
class RuleEnds;
struct CandidateWindow;

struct PatternRule {
  std::string name;                   ///< "ymd" (the extractor prefixes it: "date/ymd")
  std::string regex;                  ///< with fragments expanded
  std::vector<std::string> examples;  ///< "# e.g." lines above it
  std::string file;
  int line = 0;
  /// The regex compiled alone with RuleOptions() (ParsePatternFile checks each rule so); the
  /// set reuses it for the rule's groups instead of compiling it again. Null: compiled by the set.
  std::shared_ptr<const re2::RE2> compiled;
};

struct PatternFile {
  std::vector<PatternRule> rules;
};

/// How a rule's regex is compiled alone: leftmost-longest, as the combined regex.
re2::RE2::Options RuleOptions();

/// Which ASCII digits `regex` (RE2 syntax) cannot tell apart: rep[d] is the smallest digit that
/// every literal, character class and escape of the regex takes or leaves as it does d ([0-9]+ tells
/// none apart: all are '0'; 1[0-2] tells 0, 1, 2 and the rest apart). A text and its copy with every
/// digit d replaced by rep[d] then match alike, with their groups in the same places. False when
/// unsure (escapes it does not follow, such as \x31).
bool DigitClasses(std::string_view regex, std::array<char, 10>& rep);

/// Parses a .patterns file. `fragments` holds fragments visible to it (common ones) and receives
/// its own. Returns false with `error` set ("date.patterns:12: unknown fragment {foo}").
bool ParsePatternFile(std::string_view path, std::string_view content,
                      std::vector<std::pair<std::string, std::string>>& fragments, PatternFile& out,
                      std::string& error);

/// One match of one rule: the rule's index in the set and its named groups.
struct RuleMatch {
  size_t rule = 0;
  size_t start = 0, end = 0;
  /// Named groups of the matched rule: name → text (empty view with data()==nullptr if unset).
  std::vector<std::pair<std::string_view, std::string_view>> groups;
  std::string_view group(std::string_view name) const {
    // Resolvers ask for a few groups per match by short names ("y", "n1"): the first byte tells
    // most names apart without a call to memcmp.
    for (const auto& [k, v] : groups) {
      if (k.size() == name.size() && (name.empty() || (k[0] == name[0] && k.substr(1) == name.substr(1)))) return v;
    }
    return {};
  }
  bool has(std::string_view name) const { return group(name).data() != nullptr; }
};

class PatternSet {
 public:
  PatternSet();
  ~PatternSet();
  PatternSet(PatternSet&&) noexcept;
  PatternSet& operator=(PatternSet&&) noexcept;

  /// Adds a rule and returns its index. The owner remembers what the index means.
  size_t Add(const PatternRule& rule);
  /// Compiles all rules into one regex. Returns false with `error` naming the failing rule.
  bool Compile(std::string& error);

  /// Scans text; for each leftmost-longest match calls `on_match`. If it returns false (the
  /// resolver rejected the match), the longest matches at the same start of other files' rules
  /// (other extractors') are offered, longest first (RetryAtStart); if none is accepted, scanning
  /// resumes one character after the match's start.
  void Scan(std::string_view text, const std::function<bool(const RuleMatch&)>& on_match) const;

  size_t size() const { return rules_.size(); }
  const PatternRule& rule(size_t i) const { return rules_[i]; }
  /// True if `text` is matched in full by rule i alone (for example checks).
  bool RuleFullMatch(size_t i, std::string_view text) const;

 private:
  struct Identified;
  void ScanSegment(std::string_view text, size_t start, size_t end,
                   const std::function<bool(const RuleMatch&)>& on_match) const;
  /// After `m` (at m.start) was rejected: the longest match at m.start of another patterns file's
  /// rule (one whose file's rules have not been rejected there), offered to on_match, until one is
  /// accepted (m then holds it) or none is left.
  bool RetryAtStart(std::string_view text, size_t end, RuleMatch& m,
                    const std::function<bool(const RuleMatch&)>& on_match) const;
  /// Which rule matches `found` in full (the first in rule order) and its named groups, into m.rule
  /// and m.groups; false if none can be told.
  bool Identify(std::string_view found, RuleMatch& m) const;
  bool IdentifyUncached(std::string_view found, Identified& out) const;
  /// The first rule (in rule order) that matches `found`, a match of the combined regex, in full,
  /// asking RE2 only about the rules RuleEnds leaves; `proven` false if the last one left was taken
  /// unasked. False if RuleEnds cannot tell (malformed ends, too many rules).
  bool FirstFullMatch(std::string_view found, size_t& rule, bool& proven) const;
  /// The same by the rules' RE2::Set; false if it fails (out of memory).
  bool FirstFullMatchBySet(std::string_view found, size_t& rule) const;
  /// Rule `rule`'s groups in `found` into out; false if it does not match `found` in full.
  bool RuleGroups(std::string_view found, size_t rule, Identified& out) const;
  /// The leftmost-longest match of the combined regex in text[pos, end), as RE2's unanchored
  /// search would find it. `window`: the start characters' search state, for one range of one text.
  bool FindLeftmost(std::string_view text, size_t pos, size_t end, CandidateWindow& window, std::string_view& match) const;

  std::vector<PatternRule> rules_;
  std::unique_ptr<re2::RE2> combined_;                 // all rules, for where a match is
  std::unique_ptr<re2::RE2::Set> exact_;               // which rules match a text in full
  struct PrefixSet;
  std::unique_ptr<PrefixSet> prefix_;                  // which rules match at a text's start (RetryAtStart)
  std::vector<std::shared_ptr<const re2::RE2>> singles_;  // each rule alone, for its groups
  std::unique_ptr<StartChars> start_chars_;            // where a match can begin; null: anywhere
  std::unique_ptr<RuleEnds> rule_ends_;                // which rules a text's ends allow; null: ask the set
  std::vector<uint64_t> same_file_;                    // per rule: the rules of its file (if <= 64 rules)
  std::vector<std::vector<std::pair<std::string, int>>> group_names_;  // per rule: name → index
  // Per rule: DigitClasses of its regex; a rule whose digits are all told apart (or unsure) has none.
  std::vector<std::optional<std::array<char, 10>>> digit_classes_;
  uint64_t id_ = 0;  // tells this set's remembered matches from another's (see Identify)
};

}  // namespace pe
