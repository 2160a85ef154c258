// The extractor interface. An extractor finds one entity type (sometimes two closely related ones,
// date and daterange). Matching (where) is the shared pattern scan over its .patterns file, or its
// own dictionary scan; resolving (what it means) is its Resolve(), which may also reject a match
// after looking at the neighbouring characters (RE2 has no lookaround).
#pragma once
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "extractors/common/name_index.h"
#include "pipeline/mention.h"
#include "pipeline/pattern_set.h"
#include "pipeline/segment.h"

namespace pe {

struct ExtractionContext {
  std::string_view text;       ///< the normalised page
  const Page* page = nullptr;  ///< its segmentation (articles, blocks); may be null in unit tests
  /// The matches of `dictionary` (an extractor's dictionary()) in text, in the order of its
  /// Scan(), when the caller found them (Analyze, in one pass with the cue words); otherwise
  /// (null) the extractor scans the text itself.
  const NameIndex* dictionary = nullptr;
  std::span<const NameMatch> dictionary_matches;
};

class Extractor {
 public:
  virtual ~Extractor() = default;
  /// Short name, also the folder under extractors/ ("date").
  virtual std::string_view name() const = 0;
  /// Embedded .patterns files whose rules join the shared scan, e.g. "extractors/date/date.patterns".
  virtual std::vector<std::string> pattern_files() const { return {}; }
  /// Called for each scan match of one of this extractor's rules (`rule` is the bare rule name).
  /// Appends zero or more mentions; returns false to reject the match (the scan then resumes one
  /// character later).
  virtual bool Resolve(const RuleMatch& /*m*/, std::string_view /*rule*/, const ExtractionContext& /*ctx*/,
                       std::vector<Mention>& /*out*/) const {
    return false;
  }
  /// The word list this extractor's ExtractMore scans the whole text for, if any: a caller may
  /// scan it together with other word lists and pass its matches in the context.
  virtual const NameIndex* dictionary() const { return nullptr; }
  /// Extraction that is not pattern-driven (dictionary scans), run after the shared scan.
  virtual void ExtractMore(const ExtractionContext& /*ctx*/, std::vector<Mention>& /*out*/) const {}
  /// A pass over all mentions of the page once every extractor has run (e.g. completing local
  /// phone numbers from the page's region).
  virtual void Refine(const ExtractionContext& /*ctx*/, std::vector<Mention>& /*all*/) const {}
};

}  // namespace pe
