#include "interpret/cues.h"

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
  for (const auto& [table, path] : files) {
    auto& rows = tables_[static_cast<size_t>(table)];
    for (auto& cols : LoadTsv(path)) {
      if (cols.empty() || cols[0].empty()) continue;
      CueRow r;
      r.cue = cols[0];
      r.cols.assign(cols.begin() + 1, cols.end());
      rows.push_back(std::move(r));
    }
  }
  for (size_t t = 0; t < static_cast<size_t>(CueTable::kCount); ++t) {
    for (const CueRow& r : tables_[t]) {
      const uint32_t id = index_.Add(r.cue);
      if (id >= rows_of_.size()) rows_of_.resize(id + 1);
      rows_of_[id].emplace_back(static_cast<CueTable>(t), &r);
    }
  }
  index_.Build();
}

namespace {

// Text order: by start, longer first, then by table (CueTable order, rows in file order).
bool After(const CueHit& a, const CueHit& b) {
  if (a.start != b.start) return a.start > b.start;
  if (a.end != b.end) return a.end < b.end;
  return a.table > b.table;
}

}  // namespace

std::vector<CueHit> CueIndex::Scan(std::string_view text) const {
  std::vector<CueHit> hits;
  hits.reserve(text.size() / 16);
  // The automaton reports hits by end offset. A new hit goes before the hits nested in it that
  // ended earlier: an insertion a few places from the back, cheaper than sorting afterwards.
  index_.Scan(text, [&](uint32_t id, size_t start, size_t end) {
    for (const auto& [table, row] : rows_of_[id]) {
      const CueHit hit{start, end, table, row};
      hits.push_back(hit);
      size_t k = hits.size() - 1;
      for (; k > 0 && After(hits[k - 1], hit); --k) hits[k] = hits[k - 1];
      hits[k] = hit;
    }
  });
  return hits;
}

}  // namespace pe
