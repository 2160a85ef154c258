// Small helpers the extractors share: neighbouring characters (RE2 has no lookaround, so
// resolvers check them in code) and reading TSV data files from the embedded data.
#pragma once
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/embedded.h"  // LoadTsv

namespace pe {

/// Byte offset of `part` (a view into `text`, such as a match group) in `text`.
inline size_t Offset(std::string_view text, std::string_view part) {
  return static_cast<size_t>(part.data() - text.data());
}

/// The code point ending just before byte offset pos (0 at the start of the text).
char32_t CharBefore(std::string_view text, size_t pos);
/// The code point starting at pos (0 at the end of the text).
char32_t CharAt(std::string_view text, size_t pos);

inline bool IsAsciiDigit(char32_t c) { return c >= '0' && c <= '9'; }
inline bool IsAsciiAlnum(char32_t c) { return IsAsciiDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool IsHan(char32_t c) { return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF); }

/// True if text[pos..] starts with any of the words.
bool StartsWithAny(std::string_view text, size_t pos, std::initializer_list<std::string_view> words);
/// True if text[..pos] ends with any of the words.
bool EndsWithAny(std::string_view text, size_t pos, std::initializer_list<std::string_view> words);

/// Parses a number written in digits or Chinese numerals, "" → nullopt (numerals::ParseNumber,
/// with thousands commas).
std::optional<double> ParseNumberText(std::string_view s);

}  // namespace pe
