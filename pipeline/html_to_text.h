// HTML → text (Gumbo). Keeps the visible text of the article and related-items blocks, drops
// scripts, styles, navigation, footers, ads and other site chrome (pipeline/data/html_boilerplate.txt),
// turns block elements into line breaks, and records an offset map from the text back to the raw
// HTML bytes (entities, CRLF and collapsed whitespace included).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/offset_map.h"

namespace pe {

struct HtmlText {
  std::string text;              ///< one block per line; runs of whitespace collapsed to one space
  OffsetMap map;                 ///< text offsets → HTML offsets
  std::vector<std::string> warnings;  ///< e.g. "html_depth_limit"
};

struct HtmlOptions {
  size_t max_depth = 512;  ///< HTML nested deeper is cut off there, with the warning html_depth_limit
  /// Sum of the nesting depths of all start tags beyond which the page is cut off likewise: bounds
  /// the parser's quadratic cost on pages with many deep subtrees (~1 s at 50 M).
  uint64_t max_nesting_work = 50'000'000;
};

/// Offset of the start tag at which `html` goes past either limit (estimated without parsing:
/// void and self-closing elements do not nest), or npos.
size_t HtmlNestingCut(std::string_view html, size_t max_depth, uint64_t max_work);

/// `html` must be valid UTF-8.
HtmlText HtmlToText(std::string_view html, const HtmlOptions& options = {});

}  // namespace pe
