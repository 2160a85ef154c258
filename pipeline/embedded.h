// Data files compiled into the binary (see cmake/embed.cmake): patterns, dictionaries, gazetteer.
#pragma once
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace pe {

struct EmbeddedFile {
  std::string_view path;  ///< path relative to the repository root, e.g. "extractors/date/date.patterns"
  std::string_view data;
};

/// Every embedded file, in the order CMake listed them. Defined in the generated embedded_files.cc.
std::span<const EmbeddedFile> EmbeddedFiles();

/// The contents of the embedded file at `path`, or nullopt if no such file was embedded.
std::optional<std::string_view> FindEmbedded(std::string_view path);

/// Rows of an embedded TSV data file, columns split at tabs; comment lines starting with '#' and
/// blank lines skipped. Aborts with a message if the file is not embedded: a build defect, not
/// bad input.
std::vector<std::vector<std::string>> LoadTsv(std::string_view path);

/// LoadTsv's rows handed one at a time to f as views into the embedded data (which lives as long
/// as the process): no vector of strings a row (the gazetteer reads 3,200 rows at every start-up;
/// LoadTsv cost ~1,900 instructions a row).
void ForEachTsvRow(std::string_view path, const std::function<void(const std::vector<std::string_view>&)>& f);

}  // namespace pe
