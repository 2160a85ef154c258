// A mention: one entity found in the normalised text, with its resolved value. Spans are into the
// normalised text here; the emit stage maps them back to the source as delivered.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

#include "pipeline/json.h"

namespace pe {

/// A value many mentions share (a region's division): the tree, and its JSON text written once
/// for the records.
struct SharedValue {
  explicit SharedValue(Json v) : tree(std::move(v)), json(tree.Dump()) {}
  Json tree;
  std::string json;  ///< tree.Dump()
};

/// type, extractor and rule view text that outlives every mention: string literals, or names held
/// by the extractor set (which lives for the whole process). Never a temporary string: a mention
/// is moved many times as mentions are sorted, and three strings each (rule names over 15
/// characters allocated) cost more to build, move and free than the views.
struct Mention {
  std::string_view type;  ///< "date", "money", "region", ...
  size_t start = 0;       ///< normalised-text byte offsets, half-open
  size_t end = 0;
  Json value;             ///< the normalised value (see output_schema/policy_record.schema.json); read Value()
  std::string_view extractor;  ///< the extractor that made it ("date")
  std::string_view rule;       ///< the rule ("date/ymd")
  Json flags;             ///< further fields emitted beside value (qualifier, unit, kind, ...), an object
  /// Instead of value: a value many mentions share, owned by its extractor for the whole process,
  /// so a mention need not copy the tree.
  const SharedValue* shared_value = nullptr;

  /// The normalised value: the shared one if set, else value.
  const Json& Value() const { return shared_value ? shared_value->tree : value; }
};

/// Orders by start, then longer first, then type: the order mentions are emitted in.
inline bool MentionBefore(const Mention& a, const Mention& b) {
  if (a.start != b.start) return a.start < b.start;
  if (a.end != b.end) return a.end > b.end;
  return a.type < b.type;
}

}  // namespace pe
