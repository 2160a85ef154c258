#include "interpret/interpret.h"

#include "interpret/classify.h"
#include "interpret/context.h"
#include "interpret/jurisdiction.h"
#include "interpret/parameters.h"

namespace pe {

DocumentInterpreter::DocumentInterpreter(const AnalyzedDocument& a) : a_(a), cues_(CueIndex::Get().Scan(a.text)) {}

ArticleInterpretation DocumentInterpreter::Interpret(const Article& article, const std::vector<const Mention*>& mentions,
                                                     const std::vector<std::string>& ids,
                                                     const std::function<Json(size_t, size_t)>& span_of) const {
  ArticleContext ctx{a_, article, mentions, ids, {}, {}};
  for (const CueHit& h : cues_) {
    if (h.start >= article.range.start && h.end <= article.range.end) ctx.cues.push_back(h);
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
  if (c.is_policy) r.parameters = BuildParameters(ctx, span_of);
  return r;
}

}  // namespace pe
