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

std::optional<double> ParseNumberText(std::string_view s) {
  if (s.empty()) return std::nullopt;
  return numerals::ParseNumber(s);
}

bool AfterListNumber(std::string_view text, size_t dot) {
  size_t i = dot;
  while (i > 0 && IsAsciiDigit(static_cast<unsigned char>(text[i - 1])) && dot - i < 2) --i;
  if (i == dot || (i > 0 && IsAsciiDigit(static_cast<unsigned char>(text[i - 1])))) return false;
  const char32_t c = CharBefore(text, i);
  return c == 0 || c == '\n' || c == ':' || c == ' ' || c == U'、';
}

}  // namespace pe
