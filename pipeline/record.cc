#include "pipeline/record.h"

#include <algorithm>
#include <charconv>
#include <cstdint>
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

  /// Code-point offsets of source byte range [bs, be).
  std::pair<size_t, size_t> Chars(size_t bs, size_t be) const { return chars_.ToChars(bs, be); }

 private:
  const AnalyzedDocument& a_;
  CharIndex chars_;
};

// Most bytes PutSourceSpan writes: its keys and four numbers of up to 20 digits.
constexpr size_t kMaxSourceSpan = 53 + 4 * 20;

// {"byte_start":…,"byte_end":…,"char_start":…,"char_end":…} at p; returns the end. Records have
// a span per mention, block and parameter.
char* PutSourceSpan(char* p, const SpanWriter& spans, size_t bs, size_t be) {
  const std::pair<size_t, size_t> chars = spans.Chars(bs, be);
  p = Put(p, "{\"byte_start\":");
  p = WriteDecimal(p, bs);
  p = Put(p, ",\"byte_end\":");
  p = WriteDecimal(p, be);
  p = Put(p, ",\"char_start\":");
  p = WriteDecimal(p, chars.first);
  p = Put(p, ",\"char_end\":");
  p = WriteDecimal(p, chars.second);
  *p++ = '}';
  return p;
}

void WriteSpan(JsonWriter& w, const SpanWriter& spans, size_t start, size_t end) {
  // Not structured bindings: clang 14 (the fuzz build) cannot capture them in a lambda.
  const std::pair<size_t, size_t> bytes = spans.Bytes(start, end);
  const size_t bs = bytes.first, be = bytes.second;
  AppendWritten(w.RawItem(), kMaxSourceSpan, [&](char* p) { return PutSourceSpan(p, spans, bs, be); });
}

// A mention's type, extractor or rule, quoted, copied as it is: these name parts of the extractor
// set and never need escaping (see Mention; ExtractorSet::Init checks its names, the registry
// test every name the extractors make). The escaping check cost 0.55% of the instructions.
char* PutName(char* p, std::string_view name) {
  *p++ = '"';
  const char* from = name.data();
  const size_t n = name.size();
  if (n >= 8 && n <= 16) {  // most names: two overlapping moves, not a memcpy call
    uint64_t head, tail;
    __builtin_memcpy(&head, from, 8);
    __builtin_memcpy(&tail, from + n - 8, 8);
    __builtin_memcpy(p, &head, 8);
    __builtin_memcpy(p + n - 8, &tail, 8);
  } else if (n >= 4 && n < 8) {
    uint32_t head, tail;
    __builtin_memcpy(&head, from, 4);
    __builtin_memcpy(&tail, from + n - 4, 4);
    __builtin_memcpy(p, &head, 4);
    __builtin_memcpy(p + n - 4, &tail, 4);
  } else {
    __builtin_memcpy(p, from, n);
  }
  p += n;
  *p++ = '"';
  return p;
}

// A mention object, after a comma if `comma`, added to out in one piece of bounded size
// (mentions are most of a record: one bound worked out per mention, not one per member or part). A value that is an object (a range) is dumped between a first and a second piece.
// `id` is its id as a JSON string; `source` its source byte range (spans.Bytes), worked out once by
// the caller.
void WriteMention(TextBuffer& out, bool comma, const Mention& m, std::string_view id,
                  std::pair<size_t, size_t> source, const AnalyzedDocument& a, const SpanWriter& spans) {
  const size_t bs = source.first, be = source.second;
  const std::string_view surface = std::string_view(a.doc->content).substr(bs, be - bs);
  const std::string_view normalized = std::string_view(a.text).substr(m.start, m.end - m.start);
  const bool differs = !SameBytes(normalized, surface);
  // A shared value's text was written once for all its mentions.
  const std::string_view shared = m.shared_value ? std::string_view(m.shared_value->json) : std::string_view();
  const size_t value = m.shared_value ? shared.size() : m.value.MaxScalarJson();
  const bool tree = !m.shared_value && value == 0;
  const size_t head = 49 + id.size() + (m.type.size() + 2) + MaxJsonString(surface.size()) +
                      (differs ? MaxJsonString(normalized.size()) : 0) + value;
  const size_t tail = m.flags.MaxJson() + 32 + kMaxSourceSpan + (m.extractor.size() + 2) + (m.rule.size() + 2);
  const auto put_head = [&](char* p) {
    *p = ',';
    p += comma;
    p = Put(p, "{\"id\":");
    p = PutText(p, id);  // a JSON string already
    p = Put(p, ",\"type\":");
    p = PutName(p, m.type);
    p = Put(p, ",\"text\":");
    p = WriteJsonString(p, surface);
    if (differs) {
      p = Put(p, ",\"normalized\":");
      p = WriteJsonString(p, normalized);
    }
    p = Put(p, ",\"value\":");
    if (m.shared_value) return PutText(p, shared);
    return value ? m.value.PutScalarJson(p) : p;
  };
  const auto put_tail = [&](char* p) {
    p = m.flags.PutJson(p);  // flag names never repeat core keys
    p = Put(p, ",\"span\":");
    p = PutSourceSpan(p, spans, bs, be);
    p = Put(p, ",\"extractor\":");
    p = PutName(p, m.extractor);
    p = Put(p, ",\"rule\":");
    p = PutName(p, m.rule);
    *p++ = '}';
    return p;
  };
  if (!tree) {
    out.Add(head + tail, [&](char* p) { return put_tail(put_head(p)); });
    return;
  }
  out.Add(head, put_head);
  thread_local std::string value_json;  // an array or object: dumped, then added
  value_json.clear();
  m.value.Dump(value_json);
  out.Append(value_json);
  out.Add(tail, put_tail);
}

// The segmenter's publication date, yyyy-m-d with '-', '/' or '.' ("2025-3-9"), as "2025-03-09".
std::string IsoDate(std::string_view d) {
  // The first separator, byte by byte: find_first_of("-/.") called memchr on the set for every
  // byte (a related item's date each).
  size_t first = 0;
  while (first < d.size() && d[first] != '-' && d[first] != '/' && d[first] != '.') ++first;
  const auto one_or_two = [](size_t n) { return n == 1 || n == 2; };
  const size_t second = first == 4 && first < d.size() ? d.find(d[first], first + 1) : std::string_view::npos;
  if (second == std::string_view::npos || !one_or_two(second - first - 1) || !one_or_two(d.size() - second - 1)) {
    return std::string(d);  // not the segmenter's shape: as it is
  }
  std::string out(d.substr(0, 4));
  const auto two = [&](std::string_view n) {
    out += '-';
    if (n.size() == 1) out += '0';
    out += n;
  };
  two(d.substr(first + 1, second - first - 1));
  two(d.substr(second + 1));
  return out;
}

// {"kind":"…" of a block kind, made once: a record has a block per paragraph.
std::string_view BlockHead(BlockKind kind) {
  static const auto* heads = [] {
    auto* h = new std::array<std::string, static_cast<size_t>(BlockKind::kCategoryDate) + 1>();
    for (size_t k = 0; k < h->size(); ++k) {
      (*h)[k] = "{\"kind\":";
      AppendJsonString((*h)[k], BlockKindName(static_cast<BlockKind>(k)));
    }
    return h;
  }();
  const auto k = static_cast<size_t>(kind);
  if (k < heads->size()) return (*heads)[k];
  // A kind added after kCategoryDate, not in the table: made on the spot (never a wrong kind).
  static thread_local std::string h;
  h = "{\"kind\":";
  AppendJsonString(h, BlockKindName(kind));
  return h;
}

// {"kind":…,"marker":…,"span":…,"sentences":…} after a comma if `comma`, in one piece of bounded
// size. `title_span`: the article's title span as written, copied when the block has the title's
// range (the title block).
void WriteBlock(TextBuffer& out, bool comma, const Block& b, const SpanWriter& spans, TextRange title,
                std::string_view title_span) {
  const std::string_view head = BlockHead(b.kind);
  const size_t max = 49 + head.size() + MaxJsonString(b.marker.size()) + kMaxSourceSpan + 20;
  const bool same = b.range.start == title.start && b.range.end == title.end;
  const std::pair<size_t, size_t> bytes = same ? std::pair<size_t, size_t>() : spans.Bytes(b.range.start, b.range.end);
  const size_t bs = bytes.first, be = bytes.second;
  out.Add(max, [&](char* p) {
    *p = ',';
    p += comma;
    p = PutText(p, head);
    if (!b.marker.empty()) {
      p = Put(p, ",\"marker\":");
      p = WriteJsonString(p, b.marker);
    }
    p = Put(p, ",\"span\":");
    p = same ? PutText(p, title_span) : PutSourceSpan(p, spans, bs, be);
    p = Put(p, ",\"sentences\":");
    p = WriteDecimal(p, b.sentences.size());
    *p++ = '}';
    return p;
  });
}

// ,"snippet":"…": the article's snippet blocks joined by newlines, appended from the blocks' text
// (most articles are related items, each with a snippet: no joined copy, no second pass to check
// it; and not in a piece of bounded size: snippets run long, and the bound is six times that).
void WriteSnippet(TextBuffer& out, const AnalyzedDocument& a, const Article& art) {
  out.Add(12, [](char* p) { return Put(p, ",\"snippet\":\""); });
  bool first = true;
  for (const Block& b : art.blocks) {
    if (b.kind != BlockKind::kSnippet) continue;
    const std::string_view text = b.range.in(a.text);
    out.Add(2 + MaxJsonString(text.size()), [&](char* p) {
      if (!first) p = Put(p, "\\n");
      return WriteJsonStringBody(p, text);
    });
    first = false;
  }
  out.Add(1, [](char* p) { return Put(p, "\""); });
}

// The article object, written as text in pieces (a record's fixed members: no writer call each).
void WriteArticle(TextBuffer& out, const AnalyzedDocument& a, const Article& art, const SpanWriter& spans) {
  // Written once: the title block has the same span.
  char title_span[kMaxSourceSpan];
  const std::pair<size_t, size_t> title_bytes = spans.Bytes(art.title.start, art.title.end);
  const size_t title_size =
      static_cast<size_t>(PutSourceSpan(title_span, spans, title_bytes.first, title_bytes.second) - title_span);
  const std::string_view title = art.title.in(a.text);
  out.Add(80 + MaxJsonString(title.size()) + title_size, [&](char* p) {
    p = art.kind == ArticleKind::kMain ? Put(p, "{\"kind\":\"main\"") : Put(p, "{\"kind\":\"related\"");
    p = Put(p, ",\"index\":");
    p = WriteDecimal(p, static_cast<uint64_t>(art.index));
    p = Put(p, ",\"title\":");
    p = WriteJsonString(p, title);
    p = Put(p, ",\"title_span\":");
    return PutText(p, std::string_view(title_span, title_size));
  });
  if (art.kind == ArticleKind::kRelated) WriteSnippet(out, a, art);
  const std::string_view category = art.category.end ? art.category.in(a.text) : std::string_view();
  const std::string published = art.published.end ? IsoDate(art.published.in(a.text)) : std::string();
  out.Add(48 + MaxJsonString(category.size()) + MaxJsonString(published.size()), [&](char* p) {
    p = Put(p, ",\"category\":");
    p = art.category.end ? WriteJsonString(p, category) : Put(p, "null");
    p = Put(p, ",\"published\":");
    p = art.published.end ? WriteJsonString(p, published) : Put(p, "null");
    return Put(p, ",\"blocks\":[");
  });
  for (size_t i = 0; i < art.blocks.size(); ++i) {
    WriteBlock(out, i > 0, art.blocks[i], spans, art.title, std::string_view(title_span, title_size));
  }
  out.Add(2, [](char* p) { return Put(p, "]}"); });
}

// A string of a list, as JSON, after a comma if `comma`.
void AddString(TextBuffer& out, bool comma, std::string_view s) {
  out.Add(1 + MaxJsonString(s.size()), [&](char* p) {
    *p = ',';
    p += comma;
    return WriteJsonString(p, s);
  });
}

// The items of a list of strings, as JSON, without the brackets; the first after a comma if
// `comma` (items written before). Returns whether the list has items so far.
template <typename Strings>
bool AddStrings(TextBuffer& out, const Strings& strings, bool comma = false) {
  for (const auto& s : strings) {
    AddString(out, comma, s);
    comma = true;
  }
  return comma;
}

}  // namespace

namespace {

std::string_view DocumentKeyView(const SourceInfo& source) {
  if (source.id && !source.id->empty()) return *source.id;
  return std::string_view(source.sha256).substr(0, 16);
}

// Sets id to RecordId(source, article), keeping its room (a record id per article).
void SetRecordId(std::string& id, const SourceInfo& source, const Article& article) {
  id.assign(DocumentKeyView(source));
  if (article.kind == ArticleKind::kMain) {
    id += "/main";
    return;
  }
  // "/related-%02d", without snprintf's format parsing.
  char digits[20];
  const auto [end, ec] = std::to_chars(digits, digits + sizeof digits, article.index);
  id += "/related-";
  if (article.index >= 0 && article.index < 10) id += '0';
  id.append(digits, end);
}

}  // namespace

std::string DocumentKey(const SourceInfo& source) { return std::string(DocumentKeyView(source)); }

std::string RecordId(const SourceInfo& source, const Article& article) {
  std::string id;
  SetRecordId(id, source, article);
  return id;
}

// AppendSourceJson writes the same object as text: a change here is a change there.
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

void AppendSourceJson(std::string& out, const SourceInfo& s) {
  JsonWriter w(out);
  w.BeginObject();
  w.Member("uri", s.uri);
  w.Member("format", s.container);
  if (!s.field.empty()) w.Member("field", s.field);
  if (s.line) w.Key("line").Int(s.line);
  w.Key("byte_offset").Int(s.byte_offset);
  w.Key("byte_length").Int(s.byte_length);
  if (!s.sha256.empty()) w.Member("sha256", s.sha256);
  w.Member("encoding", s.encoding);
  if (s.id) w.Member("id", *s.id);
  if (s.url) w.Member("url", *s.url);
  if (s.fetched_at) w.Member("fetched_at", *s.fetched_at);
  w.EndObject();
}

Json QuarantineJson(const Quarantined& q) {
  Json j = Json::MakeObject();
  j.Set("source", SourceJson(q.source));
  j.Set("code", q.code);
  j.Set("reason", q.reason);
  return j;
}

size_t WriteRecords(const AnalyzedDocument& a, TextBuffer& out, size_t* mention_count) {
  const SpanWriter spans(a);
  thread_local std::string source;
  source.clear();
  AppendSourceJson(source, a.doc->source);
  DocumentInterpreter interpreter(a);
  const SpanWriterFn span_of = [&](JsonWriter& w, size_t s, size_t e) { WriteSpan(w, spans, s, e); };
  size_t next = 0;  // mentions are sorted; articles are in text order
  size_t records = 0;
  // Kept per thread, with their room: the article's mentions, their source byte ranges, and the
  // ids "m1", "m2"… as JSON strings, quoted (the k-th mention of any article has the same id; made
  // once, written as they are).
  thread_local std::vector<const Mention*> mine;
  thread_local std::vector<std::pair<size_t, size_t>> source_bytes;
  thread_local std::vector<std::string> ids;
  thread_local std::string record_id;
  // What the interpreter makes of each article: kept per thread, its strings and lists keep their
  // room from article to article (four allocations per article otherwise).
  thread_local ArticleInterpretation interp;
  for (const Article& art : a.page.articles) {
    mine.clear();
    source_bytes.clear();
    while (next < a.mentions.size() && a.mentions[next].start < art.range.start) ++next;
    bool unmappable = false;
    for (size_t i = next; i < a.mentions.size() && a.mentions[i].start < art.range.end; ++i) {
      if (a.mentions[i].end > art.range.end) continue;
      // A mention whose text the HTML parser assembled out of source order has no single source
      // span: it is left out, with a warning, rather than given a span that does not hold.
      const auto bytes = spans.Bytes(a.mentions[i].start, a.mentions[i].end);
      if (bytes.first == bytes.second) {
        unmappable = true;
        continue;
      }
      mine.push_back(&a.mentions[i]);
      source_bytes.push_back(bytes);
      if (ids.size() < mine.size()) ids.push_back("\"m" + std::to_string(mine.size()) + '"');
    }
    interpreter.Interpret(art, mine, ids, span_of, interp);
    const ArticleClass& c = interp.classification;

    // The record as text, added to `out` in pieces of bounded size (a JsonWriter call per member
    // cost ~100 instructions each).
    TextBuffer& record = out;
    SetRecordId(record_id, a.doc->source, art);
    const size_t head = 64 + std::string_view(kSchemaVersion).size() + MaxJsonString(record_id.size()) + source.size();
    record.Add(head, [&](char* p) {
      p = Put(p, "{\"schema_version\":\"");
      p = PutText(p, kSchemaVersion);  // needs no escaping
      p = Put(p, "\",\"record_id\":");
      p = WriteJsonString(p, record_id);
      p = Put(p, ",\"source\":");
      p = PutText(p, source);
      return Put(p, ",\"article\":");
    });
    WriteArticle(record, a, art, spans);
    record.Add(64 + interp.jurisdiction.json.size(), [&](char* p) {
      p = Put(p, ",\"jurisdiction\":");
      p = PutText(p, interp.jurisdiction.json);
      p = Put(p, ",\"policy_year\":");
      return c.policy_year ? WriteDecimal(p, static_cast<uint64_t>(*c.policy_year)) : Put(p, "null");
    });
    record.Add(16, [](char* p) { return Put(p, ",\"topics\":["); });
    AddStrings(record, c.topics);
    record.Add(16, [](char* p) { return Put(p, "],\"schemes\":["); });
    AddStrings(record, c.schemes);
    record.Add(40, [&](char* p) {
      p = c.is_policy ? Put(p, "],\"is_policy\":true") : Put(p, "],\"is_policy\":false");
      return Put(p, ",\"mentions\":[");
    });
    for (size_t i = 0; i < mine.size(); ++i) WriteMention(record, i > 0, *mine[i], ids[i], source_bytes[i], a, spans);
    record.Add(32 + interp.parameters.size(), [&](char* p) {
      p = Put(p, "],\"parameters\":");
      p = PutText(p, interp.parameters);
      return Put(p, ",\"warnings\":[");
    });
    bool warned = AddStrings(record, a.warnings);
    warned = AddStrings(record, interp.warnings(), warned);
    if (unmappable) AddString(record, warned, "mention_unmappable");
    record.Add(3, [](char* p) { return Put(p, "]}\n"); });
    ++records;
    if (mention_count) *mention_count += mine.size();
  }
  return records;
}

size_t WriteRecords(const AnalyzedDocument& a, std::string& out, size_t* mention_count) {
  TextBuffer records;
  const size_t n = WriteRecords(a, records, mention_count);
  out.append(records.view());
  return n;
}

}  // namespace pe
