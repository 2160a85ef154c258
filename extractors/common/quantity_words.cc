#include "extractors/common/quantity_words.h"

#include <utility>

namespace pe::quantity {

std::vector<std::string> SplitComma(std::string_view s) {
  std::vector<std::string> out;
  while (!s.empty()) {
    const size_t comma = s.find(',');
    const std::string_view item = s.substr(0, comma);
    if (!item.empty()) out.emplace_back(item);
    if (comma == std::string_view::npos) break;
    s.remove_prefix(comma + 1);
  }
  return out;
}

ContextWords::ContextWords(std::string_view path) {
  for (const auto& row : LoadTsv(path)) {
    if (row.size() < 3) continue;
    auto& words = lists_[row[0] + "\t" + row[1]];
    for (std::string& w : SplitComma(row[2])) words.push_back(std::move(w));
  }
}

Neighbours::Neighbours(std::string_view path) {
  for (const auto& row : LoadTsv(path)) {
    if (row.size() < 3 || row[2].empty()) continue;
    NeighbourWords& w = words_[row[0]];
    (row[1] == "before"        ? w.before
     : row[1] == "before_keep" ? w.before_keep
     : row[1] == "after"       ? w.after
                               : w.allow)
        .push_back(row[2]);
  }
}

WordTable::WordTable(std::vector<Word> words) : in_file_order_(std::move(words)), longest_first_(in_file_order_) {
  std::stable_sort(longest_first_.begin(), longest_first_.end(),
                   [](const Word& a, const Word& b) { return a.text.size() > b.text.size(); });
  BuildIndexes();
}

void WordTable::BuildIndexes() {
  const auto build = [&](Index& index, bool by_first) {
    std::vector<std::vector<uint32_t>> buckets(kBuckets);
    for (uint32_t i = 0; i < longest_first_.size(); ++i) {
      const std::string& w = longest_first_[i].text;
      if (w.size() < 2) continue;
      const size_t at = by_first ? 0 : w.size() - 2;
      buckets[Bucket(w[at], w[at + 1])].push_back(i);
    }
    index.begin.assign(1, 0);
    index.words.clear();
    for (const auto& bucket : buckets) {
      index.words.insert(index.words.end(), bucket.begin(), bucket.end());
      index.begin.push_back(static_cast<uint32_t>(index.words.size()));
    }
  };
  build(by_first_, true);
  build(by_last_, false);
  short_.clear();
  for (uint32_t i = 0; i < longest_first_.size(); ++i) {
    if (longest_first_[i].text.size() < 2) short_.push_back(i);
  }
}

QualifierWords::QualifierWords() {
  std::vector<WordTable::Word> b, a;
  for (const auto& row : LoadTsv("extractors/common/qualifiers.tsv")) {
    if (row.size() < 3 || row[0].empty()) continue;
    (row[1] == "before" ? b : a).push_back({row[0], row[2]});
  }
  before = WordTable(std::move(b));
  after = WordTable(std::move(a));
}

Qualified Qualify(std::string_view text, size_t start, size_t end, size_t previous_end,
                  const QualifierWords& qualifiers, const ContextWords& context) {
  Qualified r{start, end, {}};
  if (const WordTable::Word* w = qualifiers.before.EndingAt(text, start)) {
    const size_t at = start - w->text.size();
    if (at >= previous_end && !EndsWithWord(text, at, context.Get("qualifier_not_after", w->text))) {
      r.start = at;
      r.qualifier = w->value;
    }
  }
  if (const WordTable::Word* w = qualifiers.after.StartingAt(text, end)) {
    const size_t at = end + w->text.size();
    if (!StartsWithWord(text, at, context.Get("qualifier_not_before", w->text))) {
      r.end = at;
      if (r.qualifier.empty()) r.qualifier = w->value;
    }
  }
  return r;
}

Affixes::Affixes(std::string_view periods) : cancel_("extractors/common/qualifier_context.tsv") {
  if (periods.empty()) return;
  std::vector<WordTable::Word> b, a;
  for (const auto& row : LoadTsv(periods)) {
    if (row.size() < 2 || row[0].empty()) continue;
    b.push_back({"每" + row[0], row[1]});
    a.push_back({"/" + row[0], row[1]});
  }
  period_before_ = WordTable(std::move(b));
  period_after_ = WordTable(std::move(a));
}

Found Affixes::Extend(std::string_view text, size_t limit, size_t& start, size_t& end) const {
  Found f;
  bool q = false, p = period_before_.empty();
  for (int k = 0; k < 2; ++k) {
    if (const WordTable::Word* w = q ? nullptr : qualifiers_.before.EndingAt(text, start, limit)) {
      if (!cancel_.Of(w->text).Before(text, start - w->text.size())) {
        start -= w->text.size();
        f.qualifier = w->value;
        q = true;
        continue;
      }
      q = true;  // a cancelled word (节约): nothing further left
      break;
    }
    if (const WordTable::Word* w = p ? nullptr : period_before_.EndingAt(text, start, limit)) {
      start -= w->text.size();
      f.period = w->value;
      p = true;
      continue;
    }
    break;
  }
  if (const WordTable::Word* w = period_after_.StartingAt(text, end)) {
    end += w->text.size();
    if (f.period.empty()) f.period = w->value;
  }
  if (const WordTable::Word* w = qualifiers_.after.StartingAt(text, end)) {
    if (!cancel_.Of(w->text).After(text, end + w->text.size())) {
      end += w->text.size();
      if (f.qualifier.empty()) f.qualifier = w->value;
    }
  }
  return f;
}

void Affixes::ResolveOverlaps(std::string_view text, std::string_view extractor, std::vector<Mention>& all) const {
  for (size_t i = 0; i + 1 < all.size(); ++i) {
    Mention& a = all[i];
    if (a.extractor != extractor) continue;
    for (size_t j = i + 1; j < all.size() && all[j].start < a.end; ++j) {
      if (all[j].extractor == extractor) continue;
      for (const WordTable::Word& w : qualifiers_.after.words()) {
        const size_t from = a.end >= w.text.size() ? a.end - w.text.size() : 0;
        if (from > a.start && from <= all[j].start && text.substr(from, w.text.size()) == w.text) {
          a.end = from;
          if (a.flags.Has("qualifier") && a.flags.String("qualifier") == w.value &&
              !qualifiers_.before.StartingAt(text, a.start, a.end)) {
            a.flags.Erase("qualifier");
          }
          break;
        }
      }
      break;
    }
  }
}

}  // namespace pe::quantity
