// Data files compiled into the binary (see cmake/embed.cmake): patterns, dictionaries, gazetteer.
#pragma once
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

}  // namespace pe
