// `policy-extract explain`: a readable trace of one page for a rule-database maintainer.
#pragma once
#include <ostream>
#include <string>

namespace pe {

/// Reads the first document of `path`, runs the pipeline and prints its trace. `article` < 0 means
/// every article. False with `error` if the file cannot be read or yields no record.
bool ExplainFile(const std::string& path, const std::string& format, int article, std::ostream& out,
                 std::string& error);

}  // namespace pe
