#include "qa/explain.h"

#include <algorithm>
#include <optional>

#include <nlohmann/json.hpp>

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

using Record = nlohmann::ordered_json;  // keeps the record's key order for display

std::string Compact(const Record& j) { return j.dump(-1, ' ', false, Record::error_handler_t::replace); }
std::string Str(const Record& j) { return j.is_string() ? j.get<std::string>() : Compact(j); }

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
  std::vector<Record> records;
  {
    std::string lines;
    WriteRecords(*a, lines);
    size_t pos = 0;
    while (pos < lines.size()) {
      const size_t nl = lines.find('\n', pos);
      records.push_back(Record::parse(lines.substr(pos, nl - pos)));
      pos = nl + 1;
    }
  }
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
    const Record& r = records[i];
    out << "\n== article " << art.index << " (" << (art.kind == ArticleKind::kMain ? "main" : "related")
        << "): " << art.title.in(a->text) << "\n   record_id " << Str(r["record_id"]) << "\n";
    out << "-- blocks\n";
    for (const Block& b : art.blocks) {
      std::string_view t = b.range.in(a->text);
      // At most 180 bytes, cut before a character, not inside one.
      size_t cut = std::min<size_t>(t.size(), 180);
      while (cut < t.size() && cut > 0 && (static_cast<unsigned char>(t[cut]) & 0xC0) == 0x80) --cut;
      std::string shown(t.substr(0, cut));
      if (cut < t.size()) shown += "…";
      out << "  [" << BlockKindName(b.kind) << (b.marker.empty() ? "" : " " + b.marker) << "] " << shown << "\n";
    }
    out << "-- mentions (type  text  →  value  [rule]  bytes)\n";
    for (const Record& m : r["mentions"]) {
      std::string extra;
      for (const auto& [k, v] : m.items()) {
        if (k == "id" || k == "type" || k == "text" || k == "value" || k == "span" || k == "extractor" ||
            k == "rule" || k == "normalized") {
          continue;
        }
        extra += " " + k + "=" + Compact(v);
      }
      const Record& span = m["span"];
      out << "  " << Str(m["id"]) << " " << Str(m["type"]) << "  " << Str(m["text"]) << "  →  " << Compact(m["value"])
          << extra << "  [" << Str(m["rule"]) << "]  " << Compact(span["byte_start"]) << ".." << Compact(span["byte_end"])
          << "\n";
    }
    out << "-- jurisdiction\n  " << Compact(r["jurisdiction"]) << "\n";
    out << "-- policy_year " << Compact(r["policy_year"]) << ", is_policy " << Compact(r["is_policy"]) << ", schemes "
        << Compact(r["schemes"]) << ", topics " << Compact(r["topics"]) << "\n";
    out << "-- parameters\n";
    for (const Record& p : r["parameters"]) {
      out << "  " << Str(p["kind"]) << " = " << Compact(p["value"]);
      if (!p["unit"].is_null()) out << " " << Str(p["unit"]);
      out << "  " << Compact(p["qualifiers"]);
      if (p.contains("change")) out << "  change " << Compact(p["change"]);
      out << "\n      from " << Compact(p["mentions"]);
      const Record& ev = p["evidence"];
      if (ev.contains("cues")) out << " by cues " << Compact(ev["cues"]);
      out << "\n      in: " << Str(ev["sentence"]) << "\n";
    }
    if (!r["warnings"].empty()) out << "-- warnings " << Compact(r["warnings"]) << "\n";
  }
  return true;
}

}  // namespace pe
