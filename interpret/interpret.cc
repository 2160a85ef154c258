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

namespace {

// The run of hits (in text order) that start in [range.start, range.end).
std::span<const CueHit> StartingIn(std::span<const CueHit> hits, TextRange range) {
  const auto by_start = [](const CueHit& c, size_t pos) { return c.start < pos; };
  const auto first = std::lower_bound(hits.begin(), hits.end(), range.start, by_start);
  const auto last = std::lower_bound(first, hits.end(), range.end, by_start);
  return {first, last};
}

}  // namespace

ArticleInterpretation DocumentInterpreter::Interpret(const Article& article, const std::vector<const Mention*>& mentions,
                                                     const std::vector<std::string>& ids,
                                                     const SpanWriterFn& write_span) const {
  ArticleContext ctx{a_, article, mentions, ids, {}, {}};
  // The article's hits are those of the document that start in it and do not end past it. Those
  // starting in it are a run of the document's hits, and of each table's; only if one of them
  // ends past the article are they copied without it.
  const std::span<const CueHit> run = StartingIn(cues_.all, article.range);
  CueHits own;
  if (std::none_of(run.begin(), run.end(), [&](const CueHit& c) { return c.end > article.range.end; })) {
    ctx.cues = run;
    for (size_t t = 0; t < kCueTables; ++t) ctx.by_table[t] = StartingIn(cues_.of(static_cast<CueTable>(t)), article.range);
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
