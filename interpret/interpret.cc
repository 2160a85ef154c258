#include "interpret/interpret.h"

#include <algorithm>

#include "interpret/classify.h"
#include "interpret/context.h"
#include "interpret/jurisdiction.h"
#include "interpret/parameters.h"

namespace pe {

DocumentInterpreter::DocumentInterpreter(const AnalyzedDocument& a) : a_(a) {
  cues_.all = CueIndex::Get().Scan(a.text);
  cues_.GroupByTable();
}

// The hits that start in the range. Articles come in text order: the document's hits are walked
// forward from where the last article's began, counting each table's, rather than binary searched
// (nine lists, two searches each, per article; each step a likely cache miss).
DocumentInterpreter::Runs DocumentInterpreter::StartingIn(TextRange range) {
  const std::vector<CueHit>& hits = cues_.all;
  if (range.start < cursor_pos_) {  // out of order: start over
    cursor_ = 0;
    std::fill(std::begin(before_cursor_), std::end(before_cursor_), 0);
  }
  cursor_pos_ = range.start;
  for (; cursor_ < hits.size() && hits[cursor_].start < range.start; ++cursor_) {
    ++before_cursor_[static_cast<size_t>(hits[cursor_].table)];
  }
  size_t last = cursor_;
  size_t before_last[kCueTables];
  std::copy(std::begin(before_cursor_), std::end(before_cursor_), before_last);
  for (; last < hits.size() && hits[last].start < range.end; ++last) ++before_last[static_cast<size_t>(hits[last].table)];
  Runs runs;
  runs.all = std::span<const CueHit>(hits).subspan(cursor_, last - cursor_);
  for (size_t t = 0; t < kCueTables; ++t) {
    runs.by_table[t] = cues_.of(static_cast<CueTable>(t)).subspan(before_cursor_[t], before_last[t] - before_cursor_[t]);
  }
  return runs;
}

ArticleInterpretation DocumentInterpreter::Interpret(const Article& article, const std::vector<const Mention*>& mentions,
                                                     const std::vector<std::string>& ids,
                                                     const SpanWriterFn& write_span) {
  ArticleContext ctx{a_, article, mentions, ids, {}, {}};
  // The article's hits are those of the document that start in it and do not end past it. Those
  // starting in it are a run of the document's hits, and of each table's; only if one of them
  // ends past the article are they copied without it.
  const Runs runs = StartingIn(article.range);
  const std::span<const CueHit> run = runs.all;
  CueHits own;
  if (std::none_of(run.begin(), run.end(), [&](const CueHit& c) { return c.end > article.range.end; })) {
    ctx.cues = run;
    std::copy(std::begin(runs.by_table), std::end(runs.by_table), ctx.by_table);
  } else {
    own.all.assign(run.begin(), run.end());
    std::erase_if(own.all, [&](const CueHit& c) { return c.end > article.range.end; });
    own.GroupByTable();
    ctx.cues = own.all;
    for (size_t t = 0; t < kCueTables; ++t) ctx.by_table[t] = own.of(static_cast<CueTable>(t));
  }
  ArticleInterpretation r;
  Jurisdiction j = DecideJurisdiction(ctx);
  r.jurisdiction = std::move(j.json);
  r.warnings = std::move(j.warnings);
  ArticleClass c = ClassifyArticle(ctx);
  r.is_policy = c.is_policy;
  r.topics = std::move(c.topics);
  r.schemes = std::move(c.schemes);
  r.policy_year = c.is_policy ? c.policy_year : std::nullopt;
  if (c.is_policy) r.parameters = BuildParameters(ctx, write_span);
  return r;
}

}  // namespace pe
