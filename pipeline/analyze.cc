#include "pipeline/analyze.h"

#include "extractors/registry.h"
#include "pipeline/lexicon.h"
#include "pipeline/normalize.h"

namespace pe {

std::optional<AnalyzedDocument> Analyze(const Document& doc, const AnalyzeOptions& options, Quarantined* why) {
  AnalyzedDocument a;
  a.doc = &doc;
  std::string_view text = doc.content;
  HtmlText html;
  if (doc.format == ContentFormat::kHtml) {
    html = HtmlToText(doc.content, options.html);
    a.chain.Push(std::move(html.map));
    a.warnings.insert(a.warnings.end(), html.warnings.begin(), html.warnings.end());
    text = html.text;
  }
  NormalizedText norm = Normalize(text);
  for (OffsetMap& m : norm.maps) a.chain.Push(std::move(m));
  a.text = std::move(norm.text);
  a.traditional = norm.traditional;
  if (norm.traditional) a.warnings.push_back("traditional_converted");
  a.warnings.insert(a.warnings.end(), norm.warnings.begin(), norm.warnings.end());

  a.page = Segment(a.text);
  if (a.page.articles.empty()) {
    if (why) {
      why->source = doc.source;
      why->sequence = doc.sequence;
      why->code = "no_text";
      why->reason = doc.format == ContentFormat::kHtml ? "the HTML page has no visible article text"
                                                       : "the document is empty or only whitespace";
    }
    return std::nullopt;
  }
  a.warnings.insert(a.warnings.end(), a.page.warnings.begin(), a.page.warnings.end());

  // The extractors' dictionary and the cue words in one pass (pipeline/lexicon.h).
  const Lexicon& lexicon = Lexicon::Get();
  // Kept per thread (only Extract reads it, before Analyze returns): a document's list was
  // allocated and freed otherwise.
  thread_local std::vector<NameMatch> names;
  names.reserve(a.text.size() / 64);  // news pages match a name about once per 130 bytes
  a.cues = CueHits::Recycled();
  lexicon.Scan(a.text, names, a.cues);
  ExtractionContext ctx{a.text, &a.page, lexicon.dictionary(), names};
  a.mentions = ExtractorSet::Default().Extract(ctx);
  if (a.mentions.size() > options.max_mentions) {
    a.mentions.resize(options.max_mentions);
    a.warnings.push_back("mention_limit");
  }
  return a;
}

}  // namespace pe
