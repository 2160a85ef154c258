#include "interpret/interpret.h"

#include <algorithm>
#include <optional>

#include "interpret/classify.h"
#include "interpret/context.h"
#include "interpret/jurisdiction.h"
#include "interpret/parameters.h"

namespace pe {

DocumentInterpreter::DocumentInterpreter(const AnalyzedDocument& a) : a_(a) {}

// The hits that start in the range. Articles come in text order: each table's hits are walked
// forward from where the last article's ended (or began, if this one starts inside it) rather
// than binary searched (two searches per table per article; each step a likely cache miss).
bool DocumentInterpreter::StartingIn(TextRange range, std::span<const CueHit> (&runs)[kCueTables]) {
  size_t max_end = 0;
  const size_t* from = range.start >= last_end_ ? after_last_ : range.start >= last_start_ ? at_last_ : nullptr;
  for (size_t t = 0; t < kCueTables; ++t) {
    const std::span<const CueHit> hits = a_.cues.of(t);
    size_t first = from ? from[t] : 0;  // out of order: from the start
    while (first < hits.size() && hits[first].start < range.start) ++first;
    size_t last = first;
    for (; last < hits.size() && hits[last].start < range.end; ++last) max_end = std::max(max_end, hits[last].end);
    at_last_[t] = first;
    after_last_[t] = last;
    runs[t] = hits.subspan(first, last - first);
  }
  last_start_ = range.start;
  last_end_ = std::max(range.start, range.end);
  return max_end > range.end;
}

void DocumentInterpreter::Interpret(const Article& article, const std::vector<const Mention*>& mentions,
                                    const std::vector<std::string>& ids, const SpanWriterFn& write_span,
                                    ArticleInterpretation& r) {
  ArticleContext ctx{a_, article, mentions, ids, {}};
  // The article's hits are those of the document that start in it and do not end past it. Those
  // starting in it are a run of each table's; only if one of them ends past the article are they
  // copied without it.
  std::optional<CueHits> own;  // made only when needed (eight lists to set up and check when dropped)
  if (StartingIn(article.range, ctx.by_table)) {
    own.emplace();
    for (size_t t = 0; t < kCueTables; ++t) {
      for (const CueHit& h : ctx.by_table[t]) {
        if (h.end <= article.range.end) own->Insert(t, h);
      }
    }
    for (size_t t = 0; t < kCueTables; ++t) ctx.by_table[t] = own->of(t);
  }
  DecideJurisdiction(ctx, r.jurisdiction);
  ArticleClass& c = r.classification;
  ClassifyArticle(ctx, c);
  if (!c.is_policy) c.policy_year.reset();
  r.parameters.clear();
  if (c.is_policy) {
    BuildParameters(ctx, write_span, r.parameters);
  } else {
    r.parameters = "[]";
  }
}

}  // namespace pe
