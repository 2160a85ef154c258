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
  auto h = std::lower_bound(cues_.begin(), cues_.end(), article.range.start,
                            [](const CueHit& c, size_t pos) { return c.start < pos; });
  const auto last = std::lower_bound(h, cues_.end(), article.range.end, [](const CueHit& c, size_t pos) { return c.start < pos; });
  ctx.cues.reserve(static_cast<size_t>(last - h));
  for (; h != last; ++h) {
    if (h->end <= article.range.end) ctx.cues.push_back(*h);
  }
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
