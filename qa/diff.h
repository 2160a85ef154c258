// QA: record-by-record differences between two outputs: records only in one, and for records in
// both, mentions added, removed or with another value, and changed parameters and jurisdiction.
#pragma once
#include <ostream>
#include <vector>

#include <nlohmann/json.hpp>

namespace pe {

struct DiffStats {
  int only_a = 0, only_b = 0, changed = 0, same = 0;
  bool identical() const { return only_a == 0 && only_b == 0 && changed == 0; }
};

/// Prints the differences. Records are matched by record_id, or, when the outputs share none
/// (two forms of the same pages), by page name and article.
DiffStats DiffRecords(const std::vector<nlohmann::json>& a, const std::vector<nlohmann::json>& b, std::ostream& out);

}  // namespace pe
