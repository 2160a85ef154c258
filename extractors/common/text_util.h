// Small helpers the extractors share: neighbouring characters (RE2 has no lookaround, so
// resolvers check them in code) and reading TSV data files from the embedded data.
#pragma once
#include <algorithm>
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
/// Byte length of the UTF-8 encoding of c.
inline size_t Utf8Size(char32_t c) { return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4; }

inline bool IsAsciiDigit(char32_t c) { return c >= '0' && c <= '9'; }
inline bool IsAsciiLetter(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool IsAsciiAlnum(char32_t c) { return IsAsciiDigit(c) || IsAsciiLetter(c); }
inline bool IsHan(char32_t c) { return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF); }

namespace detail {

// One loop for every kind of word list. The word's last byte is compared first: most words fail
// there, without a call to memcmp.
template <class Words>
bool StartsWithOneOf(std::string_view text, size_t pos, const Words& words) {
  if (pos > text.size()) return false;
  const std::string_view rest = text.substr(pos);
  for (const std::string_view w : words) {
    if (!w.empty() && (rest.size() < w.size() || rest[w.size() - 1] != w.back())) continue;
    if (rest.substr(0, w.size()) == w) return true;
  }
  return false;
}
template <class Words>
bool EndsWithOneOf(std::string_view text, size_t pos, const Words& words) {
  const std::string_view head = text.substr(0, std::min(pos, text.size()));
  for (const std::string_view w : words) {
    if (head.size() < w.size() || (!w.empty() && head.back() != w.back())) continue;
    if (head.substr(head.size() - w.size()) == w) return true;
  }
  return false;
}

}  // namespace detail

/// True if text[pos..] starts with any of the words.
inline bool StartsWithAny(std::string_view text, size_t pos, std::initializer_list<std::string_view> words) {
  return detail::StartsWithOneOf(text, pos, words);
}
/// True if text[..pos] ends with any of the words.
inline bool EndsWithAny(std::string_view text, size_t pos, std::initializer_list<std::string_view> words) {
  return detail::EndsWithOneOf(text, pos, words);
}
/// The same for a word list read from data.
inline bool StartsWithWord(std::string_view text, size_t pos, const std::vector<std::string>& words) {
  return detail::StartsWithOneOf(text, pos, words);
}
inline bool EndsWithWord(std::string_view text, size_t pos, const std::vector<std::string>& words) {
  return detail::EndsWithOneOf(text, pos, words);
}

/// True if the '.' at `dot` follows a quiz option's letter (A-H, no letter or digit before it:
/// "A.380元 B.400元"): a marker, so the number after it starts there.
bool OptionLetterBefore(std::string_view text, size_t dot);

/// True if text[..dot] ends with a list number or an option letter (OptionLetterBefore) ("附件:1." "\n2." "附件1."): one or two digits after the
/// start of a line, a colon, a space, 、, the end of a sentence (。 ;) or 附件/附表 — so the '.' at
/// `dot` is a list marker, not a decimal point.
bool AfterListNumber(std::string_view text, size_t dot);

/// True if the '.' at `dot` follows an option letter (OptionLetterBefore), or if the one or two
/// digits before `dot` start their line and the nearest line before that
/// starts with a list number (within a few lines: answers may stand between) has the number before
/// them: "2.急诊…\n3.6岁以下" is item 3 of a list, not 3.6 years. When that line's own number is
/// followed by a digit too, or the count skips (an excerpt: 20. … 23.4类), the numbered line before
/// it must continue the rising count ("1.5%\n2.3%" are decimals; "1.2026年…\n2.2025年…\n3.70%" is
/// item 3). A decimal at a line's start without such a list before it stays a decimal.
bool ListItemNumberBefore(std::string_view text, size_t dot);

/// The offset of the first 《 or 》 (E3 80 8A, E3 80 8B) that starts at or after `from`, or npos.
/// Sixteen bytes at a time with SSE2: a search for their lead byte stopped at every 、 and 。 too
/// (the same lead byte), one memchr call each.
size_t FindTitleMark(std::string_view text, size_t from);

/// Parses a number written in digits or Chinese numerals, "" → nullopt (numerals::ParseNumber,
/// with thousands commas).
std::optional<double> ParseNumberText(std::string_view s);

/// s without its ASCII spaces (3 000 → 3000, 百分之 2.3 → 百分之2.3: spaced-out numbers read).
std::string WithoutSpaces(std::string_view s);

}  // namespace pe
