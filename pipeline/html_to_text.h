// HTML → text (Gumbo). Keeps the visible text of the article and related-items blocks, drops
// scripts, styles, navigation, footers, ads and other site chrome (pipeline/data/html_boilerplate.txt),
// turns block elements into line breaks, and records an offset map from the text back to the raw
// HTML bytes (entities, CRLF and collapsed whitespace included).
#pragma once
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
  size_t max_depth = 2000;  ///< elements nested deeper are skipped with a warning
};

/// `html` must be valid UTF-8.
HtmlText HtmlToText(std::string_view html, const HtmlOptions& options = {});

}  // namespace pe
