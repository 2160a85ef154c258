#include "interpret/interpret.h"

#include <algorithm>

#include "interpret/classify.h"
#include "interpret/context.h"
#include "interpret/jurisdiction.h"
#include "interpret/parameters.h"

namespace pe {

DocumentInterpreter::DocumentInterpreter(const AnalyzedDocument& a) : a_(a), cues_(CueIndex::Get().Scan(a.text)) {}

ArticleInterpretation DocumentInterpreter::Interpret(const Article& article, const std::vector<const Mention*>& mentions,
                                                     const std::vector<std::string>& ids,
                                                     const SpanWriterFn& write_span) const {
  ArticleContext ctx{a_, article, mentions, ids, {}, {}};
  // The document's hits are in text order: the article's start in one run.
  const auto by_start = [](const CueHit& c, size_t pos) { return c.start < pos; };
  const auto first = std::lower_bound(cues_.begin(), cues_.end(), article.range.start, by_start);
  const auto last = std::lower_bound(first, cues_.end(), article.range.end, by_start);
  ctx.cues.assign(first, last);
  std::erase_if(ctx.cues, [&](const CueHit& c) { return c.end > article.range.end; });  // ends past the article
  ctx.IndexCues();
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
