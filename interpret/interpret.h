// The interpret stage: from an article's mentions and the words around them to what the record
// says about policy: jurisdiction, policy year, schemes, topics, whether it is about policy at
// all, and the policy parameters. Cue words are data files beside this code.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "pipeline/analyze.h"
#include "pipeline/json.h"

namespace pe {

struct ArticleInterpretation {
  Json jurisdiction;                 ///< object, see the schema
  std::optional<int> policy_year;
  std::vector<std::string> topics;
  std::vector<std::string> schemes;
  bool is_policy = false;
  Json parameters = Json::MakeArray();
  std::vector<std::string> warnings;
};

/// `mentions` are the article's mentions (pointers into a.mentions), in text order; `ids` their
/// mention ids as emitted ("m3"), parallel to it.
ArticleInterpretation Interpret(const AnalyzedDocument& a, const Article& article,
                                const std::vector<const Mention*>& mentions,
                                const std::vector<std::string>& ids);

}  // namespace pe
