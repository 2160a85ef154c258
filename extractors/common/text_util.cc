#include "extractors/common/text_util.h"

#include <bit>
#include <cstdio>
#include <cstdlib>
#include <optional>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "extractors/common/numerals.h"
#include "pipeline/embedded.h"
#include "pipeline/utf8.h"

namespace pe {

char32_t CharBefore(std::string_view text, size_t pos) {
  if (pos == 0 || pos > text.size()) return 0;
  size_t i = pos - 1;
  while (i > 0 && !utf8::IsLead(static_cast<unsigned char>(text[i]))) --i;
  return utf8::Decode(text, i);
}

char32_t CharAt(std::string_view text, size_t pos) {
  if (pos >= text.size()) return 0;
  return utf8::Decode(text, pos);
}

size_t FindTitleMark(std::string_view text, size_t from) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  size_t i = from;
#if defined(__SSE2__)
  // Bit k of the mask: text[i + k, i + k + 3) is 《 or 》 (third byte 8A or 8B: 8B once OR 1).
  const auto load = [&](size_t k) { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + k)); };
  const auto eq = [](__m128i x, int b) { return _mm_cmpeq_epi8(x, _mm_set1_epi8(static_cast<char>(b))); };
  for (; i + 18 <= text.size(); i += 16) {
    const __m128i hits = _mm_and_si128(_mm_and_si128(eq(load(i), 0xE3), eq(load(i + 1), 0x80)),
                                       eq(_mm_or_si128(load(i + 2), _mm_set1_epi8(1)), 0x8B));
    if (const unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(hits))) return i + std::countr_zero(mask);
  }
#endif
  for (; i + 3 <= text.size(); ++i) {
    if (byte(i) == 0xE3 && byte(i + 1) == 0x80 && (byte(i + 2) | 1) == 0x8B) return i;
  }
  return std::string_view::npos;
}

std::optional<double> ParseNumberText(std::string_view s) {
  if (s.empty()) return std::nullopt;
  return numerals::ParseNumber(s);
}

std::string WithoutSpaces(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (const char c : s) {
    if (c != ' ') out.push_back(c);
  }
  return out;
}

namespace {

// The start of the list number that ends at `dot`: one or two ASCII digits with no digit before
// them; npos if there is none.
size_t ListNumberStart(std::string_view text, size_t dot) {
  size_t i = dot;
  while (i > 0 && IsAsciiDigit(static_cast<unsigned char>(text[i - 1])) && dot - i < 2) --i;
  if (i == dot || (i > 0 && IsAsciiDigit(static_cast<unsigned char>(text[i - 1])))) return std::string_view::npos;
  return i;
}

}  // namespace

bool OptionLetterBefore(std::string_view text, size_t dot) {
  if (dot == 0 || dot >= text.size() || text[dot] != '.') return false;
  const char letter = text[dot - 1];
  return letter >= 'A' && letter <= 'H' && (dot == 1 || !IsAsciiAlnum(static_cast<unsigned char>(text[dot - 2])));
}

bool AfterListNumber(std::string_view text, size_t dot) {
  if (OptionLetterBefore(text, dot)) return true;
  const size_t i = ListNumberStart(text, dot);
  if (i == std::string_view::npos) return false;
  const char32_t c = CharBefore(text, i);
  return c == 0 || c == '\n' || c == ':' || c == ' ' || c == U'、' || c == U'。' || c == ';' ||
         EndsWithAny(text, i, {"附件", "附表"});
}

namespace {

// A line that starts (after spaces) with a list number: one or two digits, then '.' or 、.
struct NumberedLine {
  int item = 0;
  bool digit_after = false;  // a digit follows the mark: "2.2025年…" could be a decimal too
  size_t start = 0;          // the line's first byte
};

// How far back the previous numbered line is looked for: a list's answers may run over a few lines.
constexpr int kMaxLinesBack = 12;

// The nearest line before the one starting at `line_start` that starts with a list number, within
// kMaxLinesBack lines; nullopt if none.
std::optional<NumberedLine> PreviousNumberedLine(std::string_view text, size_t line_start) {
  size_t end = line_start;  // one past the previous line's newline
  for (int back = 0; back < kMaxLinesBack && end > 0; ++back) {
    const size_t nl = end - 1;  // text[nl] == '\n'
    const size_t prev_nl = nl == 0 ? std::string_view::npos : text.rfind('\n', nl - 1);
    const size_t start = prev_nl == std::string_view::npos ? 0 : prev_nl + 1;
    size_t p = start;
    while (p < nl && text[p] == ' ') ++p;
    int item = 0;
    size_t digits = 0;
    while (p < nl && IsAsciiDigit(static_cast<unsigned char>(text[p])) && digits < 3) item = item * 10 + (text[p++] - '0'), ++digits;
    if (digits > 0 && digits <= 2 && p < nl) {
      size_t mark = 0;
      if (text[p] == '.') mark = 1;
      else if (text.substr(p, std::string_view("、").size()) == "、") mark = std::string_view("、").size();
      if (mark > 0) return NumberedLine{item, p + mark < nl && IsAsciiDigit(static_cast<unsigned char>(text[p + mark])), start};
    }
    end = start;
  }
  return std::nullopt;
}

}  // namespace

bool ListItemNumberBefore(std::string_view text, size_t dot) {
  if (dot >= text.size() || text[dot] != '.') return false;
  if (OptionLetterBefore(text, dot)) return true;
  const size_t i = ListNumberStart(text, dot);
  if (i == std::string_view::npos || i == 0 || text[i - 1] != '\n') return false;
  int item = 0;
  for (size_t k = i; k < dot; ++k) item = item * 10 + (text[k] - '0');
  if (item < 2) return false;
  // The numbered line before is item - 1: a list. If that line's own mark is followed by a digit
  // ("1.5%的参保人\n2.3%的…" may be decimals), or the count skips (an excerpt: 20. … 23. … 25.),
  // the numbered line before that one must continue the rising count too.
  constexpr int kMaxSkip = 9;
  const auto prev = PreviousNumberedLine(text, i);
  if (!prev || prev->item >= item || item - prev->item > kMaxSkip) return false;
  if (prev->item == item - 1 && !prev->digit_after) return true;
  const auto prev2 = PreviousNumberedLine(text, prev->start);
  return prev2 && prev2->item < prev->item && prev->item - prev2->item <= kMaxSkip;
}

}  // namespace pe
