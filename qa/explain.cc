#include "qa/explain.h"

#include <optional>

#include "extractors/registry.h"
#include "pipeline/reader.h"
#include "pipeline/record.h"

namespace pe {
namespace {

class FirstDocument : public ReadSink {
 public:
  void OnDocument(Document d) override {
    if (!doc) doc = std::move(d);
  }
  void OnQuarantine(Quarantined q) override {
    if (!doc && !quarantined) quarantined = std::move(q);
  }
  std::optional<Document> doc;
  std::optional<Quarantined> quarantined;
};

std::string Compact(const Json& j) { return j.Dump(); }

}  // namespace

bool ExplainFile(const std::string& path, const std::string& format, int article, std::ostream& out,
                 std::string& error) {
  FormatHint hint = format == "text" ? FormatHint::kText : format == "html" ? FormatHint::kHtml
                  : format == "jsonl" ? FormatHint::kJsonl : FormatHint::kAuto;
  FirstDocument sink;
  Reader reader(hint, ReadLimits{}, sink);
  reader.ReadInput(path);
  if (!sink.doc) {
    error = sink.quarantined ? path + ": quarantined (" + sink.quarantined->code + "): " + sink.quarantined->reason
                             : path + ": no document";
    return false;
  }
  Quarantined why;
  const std::optional<AnalyzedDocument> a = Analyze(*sink.doc, AnalyzeOptions{}, &why);
  if (!a) {
    error = path + ": quarantined (" + why.code + "): " + why.reason;
    return false;
  }
  const std::vector<Json> records = BuildRecords(*a);
  out << "source: " << path << " (" << sink.doc->source.container << ", " << sink.doc->content.size()
      << " bytes, sha256 " << sink.doc->source.sha256.substr(0, 16) << "…)\n";
  if (!a->warnings.empty()) {
    out << "warnings:";
    for (const auto& w : a->warnings) out << " " << w;
    out << "\n";
  }
  for (size_t i = 0; i < a->page.articles.size(); ++i) {
    const Article& art = a->page.articles[i];
    if (article >= 0 && art.index != article) continue;
    const Json& r = records[i];
    out << "\n== article " << art.index << " (" << (art.kind == ArticleKind::kMain ? "main" : "related")
        << "): " << art.title.in(a->text) << "\n   record_id " << r.Find("record_id")->as_string() << "\n";
    out << "-- blocks\n";
    for (const Block& b : art.blocks) {
      std::string_view t = b.range.in(a->text);
      std::string shown(t.substr(0, 180));
      if (t.size() > 180) shown += "…";
      out << "  [" << BlockKindName(b.kind) << (b.marker.empty() ? "" : " " + b.marker) << "] " << shown << "\n";
    }
    out << "-- mentions (type  text  →  value  [rule]  bytes)\n";
    for (const Json& m : r.Find("mentions")->as_array()) {
      std::string extra;
      for (const auto& [k, v] : m.as_object()) {
        if (k == "id" || k == "type" || k == "text" || k == "value" || k == "span" || k == "extractor" ||
            k == "rule" || k == "normalized") {
          continue;
        }
        extra += " " + k + "=" + Compact(v);
      }
      const Json& span = *m.Find("span");
      out << "  " << m.Find("id")->as_string() << " " << m.Find("type")->as_string() << "  "
          << m.Find("text")->as_string() << "  →  " << Compact(*m.Find("value")) << extra << "  ["
          << m.Find("rule")->as_string() << "]  " << Compact(*span.Find("byte_start")) << ".."
          << Compact(*span.Find("byte_end")) << "\n";
    }
    out << "-- jurisdiction\n  " << Compact(*r.Find("jurisdiction")) << "\n";
    out << "-- policy_year " << Compact(*r.Find("policy_year")) << ", is_policy " << Compact(*r.Find("is_policy"))
        << ", schemes " << Compact(*r.Find("schemes")) << ", topics " << Compact(*r.Find("topics")) << "\n";
    out << "-- parameters\n";
    for (const Json& p : r.Find("parameters")->as_array()) {
      out << "  " << p.Find("kind")->as_string() << " = " << Compact(*p.Find("value"));
      if (const Json* u = p.Find("unit"); u && !u->is_null()) out << " " << u->as_string();
      out << "  " << Compact(*p.Find("qualifiers"));
      if (const Json* c = p.Find("change")) out << "  change " << Compact(*c);
      out << "\n      from " << Compact(*p.Find("mentions"));
      const Json& ev = *p.Find("evidence");
      if (const Json* cues = ev.Find("cues")) out << " by cues " << Compact(*cues);
      out << "\n      in: " << ev.Find("sentence")->as_string() << "\n";
    }
    if (const Json* w = r.Find("warnings"); w && !w->as_array().empty()) out << "-- warnings " << Compact(*w) << "\n";
  }
  return true;
}

}  // namespace pe
