// Checks the provenance contract on records the pipeline emitted for one document, and aborts
// (so the fuzzer reports it) when any span does not give back its text.
#pragma once
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "pipeline/utf8.h"

namespace pe::fuzz {

inline void Fail(const char* what, std::string_view detail) {
  std::fprintf(stderr, "provenance violation: %s: %.*s\n", what, static_cast<int>(detail.size()), detail.data());
  std::abort();
}

inline void CheckSpan(std::string_view content, const nlohmann::json& span, const std::string* text) {
  const size_t bs = span.at("byte_start"), be = span.at("byte_end"), cs = span.at("char_start"), ce = span.at("char_end");
  if (bs > be || be > content.size()) Fail("byte span out of range", span.dump());
  const std::string_view bytes = content.substr(bs, be - bs);
  if (text && bytes != *text) Fail("source[byte span] != text", span.dump() + " " + *text);
  if (pe::utf8::CountCodePoints(content.substr(0, bs)) != cs) Fail("char_start", span.dump());
  if (cs + pe::utf8::CountCodePoints(bytes) != ce) Fail("char_end", span.dump());
}

/// Mentions an extractor found in normalised `text`: each inside it, on character boundaries,
/// with a type, a value and a rule.
template <class Mentions>
inline void CheckMentions(std::string_view text, const Mentions& mentions) {
  for (const auto& m : mentions) {
    if (m.start >= m.end || m.end > text.size()) Fail("span", m.rule);
    if (!pe::utf8::IsLead(static_cast<unsigned char>(text[m.start])) ||
        (m.end < text.size() && !pe::utf8::IsLead(static_cast<unsigned char>(text[m.end])))) {
      Fail("span not on a character boundary", m.rule);
    }
    if (m.type.empty() || m.Value().is_null() || m.rule.empty()) Fail("incomplete mention", m.rule);
  }
}

/// `records` are JSON lines; `content` the document as delivered.
inline void CheckRecords(std::string_view content, std::string_view records) {
  size_t pos = 0;
  while (pos < records.size()) {
    const size_t nl = records.find('\n', pos);
    const std::string line(records.substr(pos, nl - pos));
    pos = nl == std::string_view::npos ? records.size() : nl + 1;
    const nlohmann::json r = nlohmann::json::parse(line);  // throws (and aborts) on invalid JSON
    for (const auto& m : r.at("mentions")) {
      const std::string text = m.at("text");
      CheckSpan(content, m.at("span"), &text);
    }
    CheckSpan(content, r.at("article").at("title_span"), nullptr);
    for (const auto& b : r.at("article").at("blocks")) CheckSpan(content, b.at("span"), nullptr);
  }
}

}  // namespace pe::fuzz
