#include "interpret/interpret.h"

namespace pe {

ArticleInterpretation Interpret(const AnalyzedDocument& /*a*/, const Article& /*article*/,
                                const std::vector<const Mention*>& /*mentions*/,
                                const std::vector<std::string>& /*ids*/) {
  ArticleInterpretation r;
  Json j = Json::MakeObject();
  j.Set("level", "national");
  j.Set("decided_by", "none");
  r.jurisdiction = std::move(j);
  return r;
}

}  // namespace pe
