#include "pipeline/pattern_set.h"

#include <re2/re2.h>

#include <algorithm>

#include "pipeline/embedded.h"
#include "pipeline/utf8.h"

namespace pe {
namespace {

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

// Renames (?P<name> to (?P<prefix_name> so rules can share group names inside one regex.
std::string PrefixGroups(std::string_view regex, const std::string& prefix, std::vector<std::string>& names) {
  std::string out;
  size_t i = 0;
  while (i < regex.size()) {
    if (regex[i] == '\\' && i + 1 < regex.size()) {
      out.append(regex.substr(i, 2));
      i += 2;
      continue;
    }
    if (regex.substr(i, 4) == "(?P<") {
      const size_t close = regex.find('>', i);
      const std::string name(regex.substr(i + 4, close - i - 4));
      names.push_back(name);
      out += "(?P<" + prefix + name + ">";
      i = close + 1;
      continue;
    }
    out.push_back(regex[i]);
    ++i;
  }
  return out;
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
  std::string_view rest = *data;
  while (!rest.empty()) {
    const size_t nl = rest.find('\n');
    std::string_view line = rest.substr(0, nl);
    rest = nl == std::string_view::npos ? std::string_view{} : rest.substr(nl + 1);
    if (line.empty() || line[0] == '#') continue;
    const size_t tab = line.find('\t');
    const std::string_view word = Trim(line.substr(0, tab));
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
  std::vector<std::vector<std::string>> names(rules_.size());
  for (size_t i = 0; i < rules_.size(); ++i) {
    if (i) combined += "|";
    const std::string prefix = "r" + std::to_string(i) + "_";
    combined += "(?P<r" + std::to_string(i) + ">" + PrefixGroups(rules_[i].regex, prefix, names[i]) + ")";
  }
  RE2::Options opts;
  opts.set_longest_match(true);
  opts.set_log_errors(false);
  opts.set_max_mem(int64_t{256} << 20);
  combined_ = std::make_unique<RE2>(combined, opts);
  if (!combined_->ok()) {
    error = "combined pattern: " + combined_->error() + " at '" + combined_->error_arg() + "'";
    return false;
  }
  ngroups_ = combined_->NumberOfCapturingGroups() + 1;
  const auto& index = combined_->NamedCapturingGroups();
  groups_.assign(rules_.size(), {});
  for (size_t i = 0; i < rules_.size(); ++i) {
    const std::string prefix = "r" + std::to_string(i);
    groups_[i].rule_group = index.at(prefix);
    for (const std::string& n : names[i]) groups_[i].named.emplace_back(n, index.at(prefix + "_" + n));
  }
  return true;
}

void PatternSet::Scan(std::string_view text, const std::function<bool(const RuleMatch&)>& on_match) const {
  std::vector<re2::StringPiece> sub(static_cast<size_t>(ngroups_));
  RuleMatch m;
  size_t pos = 0;
  while (pos < text.size()) {
    if (!combined_->Match(re2::StringPiece(text.data(), text.size()), pos, text.size(), RE2::UNANCHORED,
                          sub.data(), ngroups_)) {
      break;
    }
    const size_t start = static_cast<size_t>(sub[0].data() - text.data());
    const size_t end = start + sub[0].size();
    size_t rule = rules_.size();
    for (size_t i = 0; i < groups_.size(); ++i) {
      if (sub[static_cast<size_t>(groups_[i].rule_group)].data() != nullptr) {
        rule = i;
        break;
      }
    }
    bool accepted = false;
    if (rule < rules_.size() && end > start) {
      m.rule = rule;
      m.start = start;
      m.end = end;
      m.groups.clear();
      for (const auto& [name, idx] : groups_[rule].named) {
        const re2::StringPiece& g = sub[static_cast<size_t>(idx)];
        m.groups.emplace_back(name, g.data() ? std::string_view(g.data(), g.size()) : std::string_view{});
      }
      accepted = on_match(m);
    }
    if (accepted) {
      pos = end;
    } else {
      pos = start + 1;
      while (pos < text.size() && !utf8::IsLead(static_cast<unsigned char>(text[pos]))) ++pos;
    }
  }
}

bool PatternSet::RuleFullMatch(size_t i, std::string_view text) const {
  RE2 single(rules_[i].regex, RE2::Quiet);
  return single.ok() && RE2::FullMatch(re2::StringPiece(text.data(), text.size()), single);
}

}  // namespace pe
