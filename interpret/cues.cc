#include "interpret/cues.h"

#include <re2/re2.h>

#include <algorithm>
#include <set>

#include "extractors/common/text_util.h"

namespace pe {

const CueIndex& CueIndex::Get() {
  static const CueIndex* index = new CueIndex();
  return *index;
}

CueIndex::CueIndex() {
  const std::pair<CueTable, const char*> files[] = {
      {CueTable::kKind, "interpret/data/kinds.tsv"},           {CueTable::kQualifier, "interpret/data/qualifiers.tsv"},
      {CueTable::kChange, "interpret/data/change_verbs.tsv"},  {CueTable::kLabel, "interpret/data/labels.tsv"},
      {CueTable::kTopic, "interpret/data/topics.tsv"},         {CueTable::kArticleKind, "interpret/data/article_kinds.tsv"},
      {CueTable::kExample, "interpret/data/example_cues.tsv"},  {CueTable::kImplied, "interpret/data/implied.tsv"},
  };
  std::set<std::string> cues;
  for (const auto& [table, path] : files) {
    auto& rows = tables_[static_cast<size_t>(table)];
    for (auto& cols : LoadTsv(path)) {
      if (cols.empty() || cols[0].empty()) continue;
      CueRow r;
      r.cue = cols[0];
      r.cols.assign(cols.begin() + 1, cols.end());
      rows.push_back(std::move(r));
    }
    for (const CueRow& r : rows) cues.insert(r.cue);
  }
  // For every cue string, every row whose cue occurs inside it, and where.
  for (const std::string& cue : cues) {
    std::vector<Entry> entries;
    for (size_t t = 0; t < static_cast<size_t>(CueTable::kCount); ++t) {
      for (const CueRow& r : tables_[t]) {
        for (size_t at = cue.find(r.cue); at != std::string::npos; at = cue.find(r.cue, at + 1)) {
          entries.push_back({at, static_cast<CueTable>(t), &r, r.cue.size()});
        }
      }
    }
    by_cue_.emplace_back(cue, std::move(entries));
  }
  std::vector<std::string> sorted(cues.begin(), cues.end());
  std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
  std::string pattern;
  for (const std::string& c : sorted) {
    if (!pattern.empty()) pattern += "|";
    pattern += RE2::QuoteMeta(c);
  }
  RE2::Options opts;
  opts.set_longest_match(true);
  opts.set_log_errors(false);
  opts.set_max_mem(int64_t{64} << 20);
  re_ = std::make_unique<RE2>("(" + pattern + ")", opts);
}

std::vector<CueHit> CueIndex::Scan(std::string_view text) const {
  std::vector<CueHit> hits;
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece match;
  size_t pos = 0;
  while (pos < text.size() && re_->Match(input, pos, text.size(), RE2::UNANCHORED, &match, 1)) {
    const size_t start = static_cast<size_t>(match.data() - text.data());
    const std::string_view m(match.data(), match.size());
    const auto it = std::lower_bound(by_cue_.begin(), by_cue_.end(), m,
                                     [](const auto& e, std::string_view v) { return std::string_view(e.first) < v; });
    if (it != by_cue_.end() && it->first == m) {
      for (const Entry& e : it->second) hits.push_back({start + e.offset, start + e.offset + e.length, e.table, e.row});
    }
    // Resume one character later, not after the match: cues may overlap (单位缴费比例 holds
    // 单位缴费 and 缴费比例).
    pos = start + 1;
    while (pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) ++pos;
  }
  std::sort(hits.begin(), hits.end(), [](const CueHit& a, const CueHit& b) {
    if (a.start != b.start) return a.start < b.start;
    if (a.end != b.end) return a.end > b.end;
    if (a.table != b.table) return a.table < b.table;
    return a.row < b.row;
  });
  hits.erase(std::unique(hits.begin(), hits.end(),
                         [](const CueHit& a, const CueHit& b) {
                           return a.start == b.start && a.end == b.end && a.table == b.table && a.row == b.row;
                         }),
             hits.end());
  return hits;
}

}  // namespace pe
