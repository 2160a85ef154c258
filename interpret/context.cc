#include "interpret/context.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <functional>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace pe {

const Block* ArticleContext::BlockAt(size_t pos) const {
  for (const Block& b : article.blocks) {
    if (pos >= b.range.start && pos < b.range.end) return &b;
  }
  return nullptr;
}

const TextRange* ArticleContext::SentenceAt(size_t pos) const {
  const Block* b = BlockAt(pos);
  if (!b) return nullptr;
  for (const TextRange& s : b->sentences) {
    if (pos >= s.start && pos < s.end) return &s;
  }
  return nullptr;
}

namespace {

// An example_cues.tsv row's lists (its second and third columns), split once: the words that may
// not follow the cue, the characters that may not precede it. Items of one CJK character (three
// bytes, all of them in the data) are kept as numbers, compared without memcmp.
struct ExampleLists {
  std::vector<uint32_t> next_chars;          // three-byte words that may not follow
  std::vector<std::string_view> next_words;  // the other (non-empty) ones
  std::vector<uint32_t> prev_chars;          // characters that may not precede (others never match)
};

uint32_t Char3(std::string_view s) {  // s: three bytes
  return static_cast<uint32_t>(static_cast<unsigned char>(s[0])) << 16 |
         static_cast<uint32_t>(static_cast<unsigned char>(s[1])) << 8 | static_cast<unsigned char>(s[2]);
}

void ForEachItem(std::string_view list, const std::function<void(std::string_view)>& f) {
  for (size_t start = 0;;) {
    const size_t comma = list.find(',', start);
    f(list.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start));
    if (comma == std::string_view::npos) return;
    start = comma + 1;
  }
}

ExampleLists ListsOf(const CueRow& row) {
  ExampleLists l;
  if (row.cols.size() >= 2) {
    ForEachItem(row.cols[1], [&](std::string_view item) {
      if (item.size() == 3) l.next_chars.push_back(Char3(item));
      else if (!item.empty()) l.next_words.push_back(item);
    });
  }
  if (row.cols.size() >= 3) {
    ForEachItem(row.cols[2], [&](std::string_view item) {
      if (item.size() == 3) l.prev_chars.push_back(Char3(item));
    });
  }
  return l;
}

// The lists of example_cues.tsv's rows, in row order.
const std::vector<ExampleLists>& ExampleRowLists() {
  static const auto* lists = [] {
    auto* v = new std::vector<ExampleLists>;
    for (const CueRow& row : CueIndex::Get().rows(CueTable::kExample)) v->push_back(ListsOf(row));
    return v;
  }();
  return *lists;
}

bool HasChar(const std::vector<uint32_t>& chars, uint32_t c) { return std::find(chars.begin(), chars.end(), c) != chars.end(); }

}  // namespace

bool ExampleCueCancelled(std::string_view text, const CueHit& h) {
  // Looked up by the row's place in its table, as the other per-row facts are.
  const ExampleLists& lists = ExampleRowLists()[h.row->index];
  const std::string_view next = text.substr(h.end, 6);
  if (next.size() >= 3 && HasChar(lists.next_chars, Char3(next))) return true;
  for (std::string_view word : lists.next_words) {
    if (next.starts_with(word)) return true;
  }
  // The character before the cue (one CJK character, 3 bytes).
  if (h.start >= 3 && HasChar(lists.prev_chars, Char3(text.substr(h.start - 3, 3)))) return true;
  return false;
}

namespace {

bool LabelBreakAt(std::string_view text, size_t p) {
  return text[p] == ',' || text[p] == ';' || (text[p] == '\xE3' && text.substr(p, 3) == "。");
}

}  // namespace

size_t AfterLastLabelBreak(std::string_view text, size_t from, size_t to) {
  size_t p = to;
#if defined(__SSE2__)
  // 16 bytes at a time from the back: most are none of ',', ';' or E3 (the first byte of 。).
  const __m128i comma = _mm_set1_epi8(','), semicolon = _mm_set1_epi8(';'), e3 = _mm_set1_epi8('\xE3');
  for (; p - from >= 16; p -= 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + p - 16));
    const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, comma), _mm_cmpeq_epi8(v, semicolon)), _mm_cmpeq_epi8(v, e3));
    for (auto mask = static_cast<uint32_t>(_mm_movemask_epi8(hit)); mask;) {
      const int last = 31 - std::countl_zero(mask);
      if (LabelBreakAt(text, p - 16 + static_cast<size_t>(last))) return p - 16 + static_cast<size_t>(last) + 1;
      mask &= ~(1u << last);
    }
  }
#endif
  for (; p-- > from;) {
    if (LabelBreakAt(text, p)) return p + 1;
  }
  return from;
}

bool ContainsAny(std::string_view text, std::initializer_list<std::string_view> needles) {
  for (std::string_view n : needles) {
    if (text.find(n) != std::string_view::npos) return true;
  }
  return false;
}

}  // namespace pe
