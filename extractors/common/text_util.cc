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
    if (rest.substr(0, w.size()) == w) return true;
  }
  return false;
}

bool EndsWithAny(std::string_view text, size_t pos, std::initializer_list<std::string_view> words) {
  const std::string_view head = text.substr(0, std::min(pos, text.size()));
  for (std::string_view w : words) {
    if (head.size() >= w.size() && head.substr(head.size() - w.size()) == w) return true;
  }
  return false;
}

std::vector<std::vector<std::string>> LoadTsv(std::string_view path) {
  const auto data = FindEmbedded(path);
  if (!data) {
    std::fprintf(stderr, "policy-extract: internal error: data file %.*s is not embedded\n",
                 static_cast<int>(path.size()), path.data());
    std::abort();
  }
  std::vector<std::vector<std::string>> rows;
  std::string_view rest = *data;
  while (!rest.empty()) {
    const size_t nl = rest.find('\n');
    std::string_view line = rest.substr(0, nl);
    rest = nl == std::string_view::npos ? std::string_view{} : rest.substr(nl + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cols;
    size_t start = 0;
    for (;;) {
      const size_t tab = line.find('\t', start);
      cols.emplace_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    rows.push_back(std::move(cols));
  }
  return rows;
}

std::optional<double> ParseNumberText(std::string_view s) {
  if (s.empty()) return std::nullopt;
  return numerals::ParseNumber(s);
}

}  // namespace pe
