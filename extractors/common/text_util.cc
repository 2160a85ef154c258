#include "extractors/common/text_util.h"

#include <cstdio>
#include <cstdlib>
#include <optional>

#include "extractors/common/numerals.h"
#include "pipeline/embedded.h"
#include "pipeline/utf8.h"

namespace pe {

char32_t CharBefore(std::string_view text, size_t pos) {
  if (pos == 0 || pos > text.size()) return 0;
  size_t i = pos - 1;
  while (i > 0 && !utf8::IsLead(static_cast<unsigned char>(text[i]))) --i;
  return utf8::Decode(text, i);
}

char32_t CharAt(std::string_view text, size_t pos) {
  if (pos >= text.size()) return 0;
  return utf8::Decode(text, pos);
}

bool StartsWithAny(std::string_view text, size_t pos, std::initializer_list<std::string_view> words) {
  if (pos > text.size()) return false;
  const std::string_view rest = text.substr(pos);
  for (std::string_view w : words) {
    // The word's last byte first: most words fail there, without a call to memcmp.
    if (!w.empty() && (rest.size() < w.size() || rest[w.size() - 1] != w.back())) continue;
    if (rest.substr(0, w.size()) == w) return true;
  }
  return false;
}

bool EndsWithAny(std::string_view text, size_t pos, std::initializer_list<std::string_view> words) {
  const std::string_view head = text.substr(0, std::min(pos, text.size()));
  for (std::string_view w : words) {
    if (head.size() < w.size() || (!w.empty() && head.back() != w.back())) continue;  // as above
    if (head.substr(head.size() - w.size()) == w) return true;
  }
  return false;
}

std::optional<double> ParseNumberText(std::string_view s) {
  if (s.empty()) return std::nullopt;
  return numerals::ParseNumber(s);
}

}  // namespace pe
