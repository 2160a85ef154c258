#include "pipeline/pattern_set.h"

#include <re2/re2.h>

#include <algorithm>

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

}  // namespace

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
    max_groups_ = std::max(max_groups_, static_cast<size_t>(single->NumberOfCapturingGroups()) + 1);
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
  return true;
}

namespace {

// Runs of more than kMaxDigitRun digits (with , and .) hold no mention, and make RE2's DFA run
// out of states (every digit may start or extend a number of many rules), after which RE2 falls
// back to its NFA and costs ~70,000 instructions a byte. The scan skips them.
constexpr size_t kMaxDigitRun = 64;

// [start, end) ranges of text outside long digit runs.
std::vector<std::pair<size_t, size_t>> ScanSegments(std::string_view text) {
  std::vector<std::pair<size_t, size_t>> out;
  size_t seg = 0, i = 0;
  while (i < text.size()) {
    if (text[i] < '0' || text[i] > '9') {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < text.size() && ((text[j] >= '0' && text[j] <= '9') || text[j] == ',' || text[j] == '.')) ++j;
    if (j - i > kMaxDigitRun) {
      if (i > seg) out.emplace_back(seg, i);
      seg = j;
    }
    i = j;
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
  const re2::StringPiece input(text.data(), text.size());
  std::vector<re2::StringPiece> sub(max_groups_);
  std::vector<int> which;
  RuleMatch m;
  size_t pos = seg_start;
  while (pos < seg_end) {
    re2::StringPiece whole;
    if (!combined_->Match(input, pos, seg_end, RE2::UNANCHORED, &whole, 1)) break;
    const size_t start = static_cast<size_t>(whole.data() - text.data());
    const size_t end = start + whole.size();
    bool accepted = false;
    which.clear();
    RE2::Set::ErrorInfo info{RE2::Set::kNoError};
    if (end > start && exact_->Match(whole, &which, &info) && !which.empty()) {
      const size_t rule = static_cast<size_t>(*std::min_element(which.begin(), which.end()));
      const RE2& single = *singles_[rule];
      const int n = single.NumberOfCapturingGroups() + 1;
      if (single.Match(whole, 0, whole.size(), RE2::ANCHOR_BOTH, sub.data(), n)) {
        m.rule = rule;
        m.start = start;
        m.end = end;
        m.groups.clear();
        for (const auto& [name, idx] : group_names_[rule]) {
          const re2::StringPiece& g = sub[static_cast<size_t>(idx)];
          m.groups.emplace_back(name, g.data() ? std::string_view(g.data(), g.size()) : std::string_view{});
        }
        accepted = on_match(m);
      }
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

bool PatternSet::RuleFullMatch(size_t i, std::string_view text) const {
  RE2 single(rules_[i].regex, RE2::Quiet);
  return single.ok() && RE2::FullMatch(re2::StringPiece(text.data(), text.size()), single);
}

}  // namespace pe
