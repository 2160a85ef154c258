// The interpret stage: from an article's mentions and the words around them to what the record
// says about policy: jurisdiction (jurisdiction.h), whether it is about policy, topics, schemes
// and policy year (classify.h), and the policy parameters (parameters.h). Cue words are data
// files in interpret/data/.
#pragma once
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "interpret/classify.h"
#include "interpret/context.h"
#include "interpret/cues.h"
#include "interpret/jurisdiction.h"
#include "interpret/parameters.h"
#include "pipeline/analyze.h"
#include "pipeline/json.h"

namespace pe {

struct ArticleInterpretation {
  Jurisdiction jurisdiction;  ///< its json: the JSON text of the object, see the schema
  ArticleClass classification;  ///< is_policy, topics, schemes, policy_year (nullopt unless is_policy)
  std::string parameters = "[]";  ///< JSON text of the parameters array
  const std::vector<std::string>& warnings() const { return jurisdiction.warnings; }
};

class DocumentInterpreter {
 public:
  /// Reads the document's cue hits (a.cues, found by Analyze).
  explicit DocumentInterpreter(const AnalyzedDocument& a);
  DocumentInterpreter(const DocumentInterpreter&) = delete;
  DocumentInterpreter& operator=(const DocumentInterpreter&) = delete;

  /// `mentions` are the article's mentions in text order; `ids[k]` the id of mentions[k] as
  /// emitted, a JSON string with its quotes ("\"m3\""; ids may be longer than mentions);
  /// `write_span` writes the source span object of a normalised-text range.
  /// Cheapest for articles in text order (any order gives the same result).
  ArticleInterpretation Interpret(const Article& article, const std::vector<const Mention*>& mentions,
                                  const std::vector<std::string>& ids, const SpanWriterFn& write_span) {
    ArticleInterpretation r;
    Interpret(article, mentions, ids, write_span, r);
    return r;
  }
  /// The same into `r`, whose strings and lists are overwritten but keep their room: the emit
  /// stage reuses one from article to article (no allocations per article).
  void Interpret(const Article& article, const std::vector<const Mention*>& mentions,
                 const std::vector<std::string>& ids, const SpanWriterFn& write_span, ArticleInterpretation& r);

 private:
  // The hits of each table that start in the range: a run of the document's. True if one of them
  // ends past the range (found in the same walk: a second pass over the hits otherwise).
  bool StartingIn(TextRange range, std::span<const CueHit> (&runs)[kCueTables]);

  const AnalyzedDocument& a_;
  // The last article's range and, per table, its first hit at or after its start and its end:
  // the next article in text order starts from there.
  size_t last_start_ = 0, last_end_ = 0;
  size_t at_last_[kCueTables] = {}, after_last_[kCueTables] = {};
};

}  // namespace pe
