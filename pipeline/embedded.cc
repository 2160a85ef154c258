#include "pipeline/embedded.h"

#include <cstdio>
#include <cstdlib>

namespace pe {

std::optional<std::string_view> FindEmbedded(std::string_view path) {
  for (const EmbeddedFile& f : EmbeddedFiles()) {
    if (f.path == path) return f.data;
  }
  return std::nullopt;
}

void ForEachTsvRow(std::string_view path, const std::function<void(const std::vector<std::string_view>&)>& f) {
  const auto data = FindEmbedded(path);
  if (!data) {
    std::fprintf(stderr, "policy-extract: internal error: data file %.*s is not embedded\n",
                 static_cast<int>(path.size()), path.data());
    std::abort();
  }
  std::vector<std::string_view> cols;
  std::string_view rest = *data;
  while (!rest.empty()) {
    const size_t nl = rest.find('\n');
    std::string_view line = rest.substr(0, nl);
    rest = nl == std::string_view::npos ? std::string_view{} : rest.substr(nl + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    cols.clear();
    size_t start = 0;
    for (;;) {
      const size_t tab = line.find('\t', start);
      cols.push_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    f(cols);
  }
}

std::vector<std::vector<std::string>> LoadTsv(std::string_view path) {
  std::vector<std::vector<std::string>> rows;
  ForEachTsvRow(path, [&](const std::vector<std::string_view>& cols) { rows.emplace_back(cols.begin(), cols.end()); });
  return rows;
}

}  // namespace pe
