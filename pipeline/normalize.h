// Normalisation: the text every extractor sees. In order:
//   1. ICU NFKC: full-width forms → ASCII (２０２５年３月，７０％ → 2025年3月,70%);
//   2. invisible and layout characters: BOM and zero-width characters removed, CRLF and CR → LF,
//      tab, NBSP and ideographic space → space, other C0 controls removed; runs of spaces inside a
//      line → one space, trailing spaces removed, a space between a digit and a following Chinese
//      character or '%' removed ("80 元" → "80元"), leading indentation kept;
//   3. a line typeset with a space between every word loses the spaces beside Han characters;
//   4. PDF text wrapped at a common width: a line break inside a number, on a line that fills the
//      width, goes (每年15⏎0元 → 每年150元);
//   5. OpenCC t2s (by phrase) when the page is detected as Traditional Chinese.
// Each step that changes anything adds an OffsetMap, so any span maps back to the input.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/offset_map.h"

namespace pe {

struct NormalizedText {
  std::string text;
  std::vector<OffsetMap> maps;  ///< in order applied; push onto an OffsetChain after earlier stages
  bool traditional = false;     ///< converted from Traditional Chinese
  std::vector<std::string> warnings;
};

/// `in` must be valid UTF-8.
NormalizedText Normalize(std::string_view in);

/// Normalize without the shortcuts its first pass over the input allows (every later pass reads
/// the text again): the same result, slower; for tests that compare the two.
NormalizedText NormalizeWithoutShortcuts(std::string_view in);

/// True when the page is written in Traditional Chinese (share of Traditional-only characters).
bool LooksTraditional(std::string_view text);

}  // namespace pe
