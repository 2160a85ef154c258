#include "pipeline/record.h"

#include <cstdio>

#include "interpret/interpret.h"
#include "pipeline/char_index.h"
#include "pipeline/utf8.h"

namespace pe {
namespace {

class SpanWriter {
 public:
  explicit SpanWriter(const AnalyzedDocument& a) : a_(a), chars_(a.doc->content) {}

  /// Source byte range of normalised range [start, end), on character boundaries. The offset maps
  /// put it there already; the snap is a last guard so a mapping defect can never emit invalid
  /// UTF-8 (the fuzzers check the maps themselves).
  std::pair<size_t, size_t> Bytes(size_t start, size_t end) const {
    auto [bs, be] = a_.ToSource(start, end);
    const std::string_view c = a_.doc->content;
    be = std::min(be, c.size());
    bs = std::min(bs, be);
    while (bs > 0 && !utf8::IsLead(static_cast<unsigned char>(c[bs]))) --bs;
    while (be < c.size() && !utf8::IsLead(static_cast<unsigned char>(c[be]))) ++be;
    return {bs, be};
  }

  /// {byte_start, byte_end, char_start, char_end} of normalised range [start, end) in the source.
  Json Span(size_t start, size_t end) const {
    const auto [bs, be] = Bytes(start, end);
    Json s = Json::MakeObject();
    s.as_object().reserve(4);
    s.Add("byte_start", Json::Size(bs));
    s.Add("byte_end", Json::Size(be));
    s.Add("char_start", Json::Size(chars_.ToChar(bs)));
    s.Add("char_end", Json::Size(chars_.ToChar(be)));
    return s;
  }
  std::string_view SourceText(size_t start, size_t end) const {
    const auto [bs, be] = Bytes(start, end);
    return std::string_view(a_.doc->content).substr(bs, be - bs);
  }

 private:
  const AnalyzedDocument& a_;
  CharIndex chars_;
};

Json MentionJson(const Mention& m, const std::string& id, const AnalyzedDocument& a, const SpanWriter& spans) {
  Json j = Json::MakeObject();
  j.Add("id", id);
  j.Add("type", m.type);
  const std::string_view surface = spans.SourceText(m.start, m.end);
  j.Add("text", surface);
  const std::string_view normalized = std::string_view(a.text).substr(m.start, m.end - m.start);
  if (normalized != surface) j.Add("normalized", normalized);
  j.Add("value", m.value);
  if (m.flags.is_object()) {
    for (const auto& [k, v] : m.flags.as_object()) j.Add(k, v);  // flag names never repeat core keys
  }
  j.Add("span", spans.Span(m.start, m.end));
  j.Add("extractor", m.extractor);
  j.Add("rule", m.rule);
  return j;
}

Json ArticleJson(const AnalyzedDocument& a, const Article& art, const SpanWriter& spans) {
  Json j = Json::MakeObject();
  j.Set("kind", art.kind == ArticleKind::kMain ? "main" : "related");
  j.Set("index", art.index);
  j.Set("title", art.title.in(a.text));
  j.Set("title_span", spans.Span(art.title.start, art.title.end));
  if (art.kind == ArticleKind::kRelated) {
    std::string snippet;
    for (const Block& b : art.blocks) {
      if (b.kind != BlockKind::kSnippet) continue;
      if (!snippet.empty()) snippet += "\n";
      snippet += b.range.in(a.text);
    }
    j.Set("snippet", snippet);
  }
  j.Set("category", art.category.end ? Json(art.category.in(a.text)) : Json());
  if (art.published.end) {
    // "2025-3-9" → "2025-03-09"
    int y = 0, m = 0, d = 0;
    const std::string p(art.published.in(a.text));
    char sep1 = 0, sep2 = 0;
    if (std::sscanf(p.c_str(), "%d%c%d%c%d", &y, &sep1, &m, &sep2, &d) == 5) {
      char buf[16];
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
      j.Set("published", buf);
    } else {
      j.Set("published", p);
    }
  } else {
    j.Set("published", Json());
  }
  Json blocks = Json::MakeArray();
  for (const Block& b : art.blocks) {
    Json bj = Json::MakeObject();
    bj.Set("kind", BlockKindName(b.kind));
    if (!b.marker.empty()) bj.Set("marker", b.marker);
    bj.Set("span", spans.Span(b.range.start, b.range.end));
    bj.Set("sentences", Json::Size(b.sentences.size()));
    blocks.Push(std::move(bj));
  }
  j.Set("blocks", std::move(blocks));
  return j;
}

}  // namespace

std::string DocumentKey(const SourceInfo& source) {
  if (source.id && !source.id->empty()) return *source.id;
  return source.sha256.substr(0, 16);
}

std::string RecordId(const SourceInfo& source, const Article& article) {
  if (article.kind == ArticleKind::kMain) return DocumentKey(source) + "/main";
  char buf[32];
  std::snprintf(buf, sizeof buf, "/related-%02d", article.index);
  return DocumentKey(source) + buf;
}

Json SourceJson(const SourceInfo& s) {
  Json j = Json::MakeObject();
  j.Set("uri", s.uri);
  j.Set("format", s.container);
  if (!s.field.empty()) j.Set("field", s.field);
  if (s.line) j.Set("line", Json::Size(s.line));
  j.Set("byte_offset", Json::Size(s.byte_offset));
  j.Set("byte_length", Json::Size(s.byte_length));
  if (!s.sha256.empty()) j.Set("sha256", s.sha256);
  j.Set("encoding", s.encoding);
  if (s.id) j.Set("id", *s.id);
  if (s.url) j.Set("url", *s.url);
  if (s.fetched_at) j.Set("fetched_at", *s.fetched_at);
  return j;
}

Json QuarantineJson(const Quarantined& q) {
  Json j = Json::MakeObject();
  j.Set("source", SourceJson(q.source));
  j.Set("code", q.code);
  j.Set("reason", q.reason);
  return j;
}

std::vector<Json> BuildRecords(const AnalyzedDocument& a) {
  std::vector<Json> records;
  const SpanWriter spans(a);
  const Json source = SourceJson(a.doc->source);
  const DocumentInterpreter interpreter(a);
  const std::function<Json(size_t, size_t)> span_of = [&](size_t s, size_t e) { return spans.Span(s, e); };
  size_t next = 0;  // mentions are sorted; articles are in text order
  for (const Article& art : a.page.articles) {
    std::vector<const Mention*> mine;
    std::vector<std::string> ids;
    while (next < a.mentions.size() && a.mentions[next].start < art.range.start) ++next;
    bool unmappable = false;
    for (size_t i = next; i < a.mentions.size() && a.mentions[i].start < art.range.end; ++i) {
      if (a.mentions[i].end > art.range.end) continue;
      // A mention whose text the HTML parser assembled out of source order has no single source
      // span: it is left out, with a warning, rather than given a span that does not hold.
      if (spans.SourceText(a.mentions[i].start, a.mentions[i].end).empty()) {
        unmappable = true;
        continue;
      }
      mine.push_back(&a.mentions[i]);
      ids.push_back("m" + std::to_string(ids.size() + 1));
    }
    ArticleInterpretation interp = interpreter.Interpret(art, mine, ids, span_of);

    Json r = Json::MakeObject();
    r.Set("schema_version", kSchemaVersion);
    r.Set("record_id", RecordId(a.doc->source, art));
    r.Set("source", source);
    r.Set("article", ArticleJson(a, art, spans));
    r.Set("jurisdiction", std::move(interp.jurisdiction));
    r.Set("policy_year", interp.policy_year ? Json(*interp.policy_year) : Json());
    Json topics = Json::MakeArray(), schemes = Json::MakeArray();
    for (const auto& t : interp.topics) topics.Push(t);
    for (const auto& s : interp.schemes) schemes.Push(s);
    r.Set("topics", std::move(topics));
    r.Set("schemes", std::move(schemes));
    r.Set("is_policy", interp.is_policy);
    Json mentions = Json::MakeArray();
    for (size_t i = 0; i < mine.size(); ++i) mentions.Push(MentionJson(*mine[i], ids[i], a, spans));
    r.Set("mentions", std::move(mentions));
    r.Set("parameters", std::move(interp.parameters));
    Json warnings = Json::MakeArray();
    for (const auto& w : a.warnings) warnings.Push(w);
    for (const auto& w : interp.warnings) warnings.Push(w);
    if (unmappable) warnings.Push("mention_unmappable");
    r.Set("warnings", std::move(warnings));
    records.push_back(std::move(r));
  }
  return records;
}

}  // namespace pe
