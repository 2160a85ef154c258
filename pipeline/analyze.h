// Stages 2–5 for one document: HTML → text, normalise, segment, extract. The result keeps every
// intermediate text and the offset chain back to the source, for the emit stage and for
// `policy-extract explain`.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "interpret/cues.h"
#include "pipeline/document.h"
#include "pipeline/html_to_text.h"
#include "pipeline/mention.h"
#include "pipeline/offset_map.h"
#include "pipeline/segment.h"

namespace pe {

struct AnalyzeOptions {
  HtmlOptions html;
  size_t max_mentions = 20000;  ///< per document; beyond it mentions are dropped with a warning
};

struct AnalyzedDocument {
  const Document* doc = nullptr;
  std::string text;    ///< the normalised text the extractors saw
  OffsetChain chain;   ///< text offsets → doc->content offsets
  Page page;
  std::vector<Mention> mentions;      ///< sorted (MentionBefore)
  CueHits cues;                       ///< the cue words in text (for interpretation)
  std::vector<std::string> warnings;  ///< document-level: html_depth_limit, traditional_converted, ...
  bool traditional = false;

  /// Source byte range of normalised-text range [start, end).
  std::pair<size_t, size_t> ToSource(size_t start, size_t end) const {
    return chain.MapRange(start, end);
  }
};

/// Runs the stages; returns nullopt and fills `why` when the document cannot become a record
/// (no text at all).
std::optional<AnalyzedDocument> Analyze(const Document& doc, const AnalyzeOptions& options, Quarantined* why);

}  // namespace pe
