// An article's jurisdiction: the place its policy is about. From its title; else from its body
// (places named only as examples, 如北京、上海等地, or inside organisation names do not count);
// else from a phone's area code; else national. A related item is judged on its own text.
#pragma once
#include <string>
#include <vector>

#include "interpret/context.h"
#include "pipeline/json.h"

namespace pe {

struct Jurisdiction {
  std::string json;                   ///< the record's "jurisdiction" object, as JSON text
  std::string code;                   ///< the chosen division, empty if national
  std::vector<std::string> warnings;  ///< e.g. phone_area_code_mismatch
};

/// Decides into `out` (its strings and list cleared first, their room kept: a caller reuses one
/// from article to article).
void DecideJurisdiction(const ArticleContext& ctx, Jurisdiction& out);

/// True if the region mention at index i of ctx.mentions is named only as an example.
bool IsExamplePlace(const ArticleContext& ctx, size_t i);

}  // namespace pe
