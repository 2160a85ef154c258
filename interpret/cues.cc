#include "interpret/cues.h"

#include <array>

#include "extractors/common/text_util.h"
#include "pipeline/json.h"

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
      AppendJsonString(r.cue_json, r.cue);
      r.index = static_cast<uint32_t>(rows.size());
      r.cols.assign(cols.begin() + 1, cols.end());
      rows.push_back(std::move(r));
    }
  }
  std::vector<std::vector<std::pair<CueTable, const CueRow*>>> rows_of;  // automaton id → rows
  for (size_t t = 0; t < kCueTables; ++t) {
    for (const CueRow& r : tables_[t]) {
      const uint32_t id = index_.Add(r.cue);
      if (id >= rows_of.size()) rows_of.resize(id + 1);
      rows_of[id].emplace_back(static_cast<CueTable>(t), &r);
    }
  }
  for (const auto& rows : rows_of) {  // every word has a row: it was added for one
    first_row_.push_back(static_cast<uint32_t>(rows_.size()));
    for (const auto& [table, row] : rows) rows_.push_back({table, false, row});
    rows_.back().last = true;
  }
  index_.Build(NameIndex::Density::kDense);  // a cue word ends every ~17 bytes of a news page
}

void CueIndex::Scan(std::string_view text, CueHits& hits) const {
  hits.clear();
  // The callback inlined into the scan's reporting: a call per hit otherwise.
  index_.Scan(text, [&](uint32_t id, size_t start, size_t end)
                        __attribute__((always_inline)) { Note(id, start, end, hits); });
}

namespace {

// The lists of dropped CueHits, kept for the next ones in the same thread (a few: one per
// document in flight). No CueHits is static or thread_local, so none is dropped after these.
using Lists = std::array<std::vector<CueHit>, kCueTables>;
constexpr size_t kSpareLists = 4;
std::vector<Lists>& SpareLists() {
  thread_local std::vector<Lists> spare;
  return spare;
}

}  // namespace

CueHits CueHits::Recycled() {
  CueHits hits;
  std::vector<Lists>& spare = SpareLists();
  if (spare.empty()) return hits;
  for (size_t t = 0; t < kCueTables; ++t) {
    hits.store_[t] = std::move(spare.back()[t]);
    hits.room_[t] = hits.store_[t].size();
  }
  spare.pop_back();
  return hits;
}

void CueHits::GiveBack() {
  std::vector<Lists>& spare = SpareLists();
  if (spare.size() == kSpareLists) return;
  spare.emplace_back();
  for (size_t t = 0; t < kCueTables; ++t) spare.back()[t] = std::move(store_[t]);
}

}  // namespace pe
