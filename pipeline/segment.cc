#include "pipeline/segment.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <optional>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "pipeline/embedded.h"
#include "pipeline/utf8.h"
#include "pipeline/word_scan.h"

namespace pe {
namespace {

// Words a line may start with, in file order, and the bytes they start with: most lines start
// with none of those bytes (a Han character's lead byte, for bullets), so one table lookup settles
// them instead of a comparison per word.
struct LeadWords {
  std::vector<std::string> words;
  std::array<bool, 256> first{};

  void Add(const std::string& w) {
    if (w.empty()) return;
    words.push_back(w);
    first[static_cast<unsigned char>(w[0])] = true;
  }
  bool MayStart(std::string_view s) const { return !s.empty() && first[static_cast<unsigned char>(s[0])]; }
};

struct Markers {
  std::vector<std::string> related;
  std::vector<std::string> related_if_dated;  // 相关链接: often a box of links to other sites
  LeadWords disclaimer, bullet;
};

const Markers& LoadMarkers() {
  static const Markers m = [] {
    Markers out;
    for (const auto& row : LoadTsv("pipeline/data/segment_markers.txt")) {
      if (row.size() < 2) continue;
      if (row[0] == "related") out.related.push_back(row[1]);
      if (row[0] == "related_if_dated") out.related_if_dated.push_back(row[1]);
      if (row[0] == "disclaimer") out.disclaimer.Add(row[1]);
      if (row[0] == "bullet") out.bullet.Add(row[1]);
    }
    return out;
  }();
  return m;
}

// Byte loops, not string_view's ==: the words are a few bytes and most lines differ in the first
// one or two, where a memcmp call costs more than the comparison (tens of calls a line).
bool HasAt(std::string_view s, size_t i, std::string_view word) {
  if (i > s.size() || s.size() - i < word.size()) return false;
  for (size_t k = 0; k < word.size(); ++k) {
    if (s[i + k] != word[k]) return false;
  }
  return true;
}
bool StartsWith(std::string_view s, std::string_view p) { return HasAt(s, 0, p); }
bool EndsWith(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

struct Line {
  TextRange range;  // trimmed
  int indent = 0;
};

std::vector<Line> SplitLines(std::string_view text) {
  std::vector<Line> lines;
  lines.reserve(text.size() / 64 + 1);  // lines run ~150 bytes: room for most pages at once
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    size_t a = pos, b = nl;
    while (a < b && text[a] == ' ') ++a;
    while (b > a && text[b - 1] == ' ') --b;
    if (b > a) lines.push_back({{a, b}, static_cast<int>(a - pos)});
    pos = nl + 1;
  }
  return lines;
}

// True if s[i..] starts with one of 一二三四五六七八九十 (three bytes each, lead byte E4 or E5):
// decoded once and switched on, not compared with each of the ten (every body line asks).
bool OrdinalAt(std::string_view s, size_t i) {
  if (i + 3 > s.size()) return false;
  const auto b0 = static_cast<unsigned char>(s[i]), b1 = static_cast<unsigned char>(s[i + 1]),
             b2 = static_cast<unsigned char>(s[i + 2]);
  if ((b0 != 0xE4 && b0 != 0xE5) || (b1 & 0xC0) != 0x80 || (b2 & 0xC0) != 0x80) return false;
  switch (static_cast<char32_t>((b0 & 0x0F) << 12 | (b1 & 0x3F) << 6 | (b2 & 0x3F))) {
    case U'一': case U'二': case U'三': case U'四': case U'五': case U'六': case U'七': case U'八': case U'九':
    case U'十':
      return true;
    default:
      return false;
  }
}

// "一、", "十二、", "(一)", "第一章" style section heads: returns the marker length, 0 if none.
size_t SectionMarker(std::string_view s) {
  size_t i = 0;
  const bool paren = StartsWith(s, "(");
  if (paren) i = 1;
  const size_t digits_start = i;
  while (OrdinalAt(s, i)) i += 3;
  if (i == digits_start) return 0;
  if (paren) return StartsWith(s.substr(i), ")") ? i + 1 : 0;
  return StartsWith(s.substr(i), "、") ? i + 3 : 0;
}

// "1.", "1、", "1)", "(1)" list numbers: returns the marker length, 0 if none.
size_t NumberMarker(std::string_view s) {
  size_t i = 0;
  const bool paren = StartsWith(s, "(");
  if (paren) i = 1;
  const size_t d = i;
  while (i < s.size() && IsDigit(s[i]) && i - d < 3) ++i;
  if (i == d) return 0;
  if (paren) return StartsWith(s.substr(i), ")") ? i + 1 : 0;
  if (StartsWith(s.substr(i), "、")) return i + 3;
  if (i < s.size() && (s[i] == ')' || s[i] == '.')) {
    // "1.5万" is a number, not a list marker.
    if (s[i] == '.' && i + 1 < s.size() && IsDigit(s[i + 1])) return 0;
    return i + 1;
  }
  return 0;
}

size_t BulletMarker(const LeadWords& bullets, std::string_view s) {
  if (!bullets.MayStart(s)) return 0;
  for (const std::string& b : bullets.words) {
    if (StartsWith(s, b)) {
      // "-" and "*" only as markers when followed by a space ("-5%" is a number).
      if ((b == "-" || b == "*") && !(s.size() > 1 && s[1] == ' ')) continue;
      return b.size();
    }
  }
  return 0;
}

// The bytes a sentence end begins with: ! ? ; and the lead bytes of 。 (E3 80 82) and … (E2 80 A6).
// None is a UTF-8 continuation byte, so skipping every other byte never lands inside a character.
// One table lookup a byte.
constexpr auto kMayEndSentence = [] {
  std::array<bool, 256> t{};
  t['!'] = t['?'] = t[';'] = t[0xE2] = t[0xE3] = true;
  return t;
}();
bool MayEndSentence(unsigned char c) { return kMayEndSentence[c]; }

// The first byte in text[i, end) that MayEndSentence, or end; sixteen bytes at a time with SSE2
// (every x86-64 has it), eight otherwise.
size_t NextMayEndSentence(std::string_view text, size_t i, size_t end) {
  using namespace word_scan;
#if defined(__SSE2__)
  const auto eq = [](__m128i x, int b) { return _mm_cmpeq_epi8(x, _mm_set1_epi8(static_cast<char>(b))); };
  for (; i + 16 <= end; i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
    const __m128i e2_e3 = eq(_mm_or_si128(v, _mm_set1_epi8(1)), 0xE3);
    const __m128i hits = _mm_or_si128(_mm_or_si128(eq(v, '!'), eq(v, '?')), _mm_or_si128(eq(v, ';'), e2_e3));
    if (const unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(hits))) return i + std::countr_zero(mask);
  }
#endif
  for (; i + 8 <= end; i += 8) {
    const uint64_t w = Load(text.data() + i);
    const uint64_t hits = BytesEqual(w, '!') | BytesEqual(w, '?') | BytesEqual(w, ';') |
                          BytesEqual(w | kOnes, 0xE3);  // w | kOnes: E2 and E3
    if (hits) return i + FirstMarked(hits);
  }
  while (i < end && !MayEndSentence(static_cast<unsigned char>(text[i]))) ++i;
  return i;
}

bool IsSentenceEnd(std::string_view s, size_t i, size_t& len) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = byte(i);
  if (c == '!' || c == '?' || c == ';') {
    len = 1;
    return true;
  }
  // 。 (E3 80 82) or … (E2 80 A6), told by their bytes: most E2 and E3 here are quotes, 、 and
  // brackets, and two byte-by-byte comparisons each cost more.
  if (i + 3 > s.size() || byte(i + 1) != 0x80) return false;
  const unsigned char last = byte(i + 2);
  if ((c == 0xE3 && last == 0x82) || (c == 0xE2 && last == 0xA6)) {
    len = 3;
    return true;
  }
  return false;
}

// The bytes a closing quote or bracket that stays with its sentence begins with: ')' and the lead
// bytes of ” … (E2) and 」 』 (E3).
bool MayClose(unsigned char c) { return c == ')' || (c | 1) == 0xE3; }

// Into `out` (cleared first).
void SplitSentences(std::string_view text, TextRange r, std::vector<TextRange>& out) {
  out.clear();
  size_t start = r.start, i = r.start;
  while (i < r.end) {
    size_t len = 0;
    if (IsSentenceEnd(text, i, len)) {
      i += len;
      // Closing quotes and brackets stay with their sentence. Most sentences are followed by a
      // Han character: its lead byte (not E2, E3 or ')') settles it without four comparisons.
      while (i < r.end && MayClose(static_cast<unsigned char>(text[i])) &&
             (HasAt(text, i, "”") || HasAt(text, i, "」") || text[i] == ')' || HasAt(text, i, "』") ||
              HasAt(text, i, "…"))) {
        i += text[i] == ')' ? 1 : 3;
      }
      size_t a = start;
      while (a < i && text[a] == ' ') ++a;
      if (i > a) out.push_back({a, i});
      start = i;
    } else {
      i = NextMayEndSentence(text, i + 1, r.end);
    }
  }
  size_t a = start;
  while (a < r.end && text[a] == ' ') ++a;
  if (r.end > a) out.push_back({a, r.end});
}

bool IsMarker(const std::vector<std::string>& m, std::string_view line) {
  if (EndsWith(line, ":")) line.remove_suffix(1);
  return std::find(m.begin(), m.end(), line) != m.end();
}

// True if s has at most n code points; a long line is settled by its size alone (a code point is
// one to four bytes).
bool AtMostChars(std::string_view s, size_t n) {
  if (s.size() <= n) return true;
  if (s.size() > 4 * n) return false;
  return utf8::CountCodePoints(s) <= n;
}

// The length of a time of day ending s after spaces (" 10:32", " 08:05:09"), 0 if none.
size_t TrailingTime(std::string_view s) {
  size_t i = s.size();
  const auto two_digits_after_colon = [&] {
    if (i < 3 || !IsDigit(s[i - 1]) || !IsDigit(s[i - 2]) || s[i - 3] != ':') return false;
    i -= 3;
    return true;
  };
  if (!two_digits_after_colon()) return 0;
  two_digits_after_colon();  // the seconds, if any
  const size_t hour_end = i;
  while (i > 0 && hour_end - i < 2 && IsDigit(s[i - 1])) --i;
  if (i == hour_end || i == 0 || s[i - 1] != ' ') return 0;
  while (i > 0 && s[i - 1] == ' ') --i;
  return s.size() - i;
}

// "健康新闻 2025-03-19": a short category word, spaces, a date; or the date alone; either with a time
// after it ("2024-12-20 10:32", left out of the date). Sets the two ranges (category none if absent).
bool ParseCategoryDate(std::string_view text, TextRange line, TextRange& category, TextRange& date) {
  std::string_view s = line.in(text);
  s.remove_suffix(TrailingTime(s));
  // The date after the last space is at most 10 bytes, so that space is among the last 11 or the
  // line is no category/date line: most related lines are snippets of Chinese text without spaces,
  // and rfind over the whole line cost ~450 instructions each.
  constexpr size_t kMaxDate = 10;
  const size_t tail = s.size() > kMaxDate + 1 ? s.size() - (kMaxDate + 1) : 0;
  const size_t in_tail = s.substr(tail).rfind(' ');
  if (in_tail == std::string_view::npos && s.size() > kMaxDate) return false;
  const bool date_alone = in_tail == std::string_view::npos;
  const size_t sp = date_alone ? 0 : tail + in_tail;
  const std::string_view d = date_alone ? s : s.substr(sp + 1);
  // yyyy-m-d with '-', '/' or '.'
  size_t i = 0;
  const auto digits = [&](size_t lo, size_t hi) {
    const size_t st = i;
    while (i < d.size() && IsDigit(d[i])) ++i;
    return i - st >= lo && i - st <= hi;
  };
  if (!digits(4, 4)) return false;
  const char sep = i < d.size() ? d[i] : 0;
  if (sep != '-' && sep != '/' && sep != '.') return false;
  ++i;
  if (!digits(1, 2) || i >= d.size() || d[i] != sep) return false;
  ++i;
  if (!digits(1, 2) || i != d.size()) return false;
  if (date_alone) {
    category = {};
    date = {line.start, line.start + s.size()};
    return true;
  }
  size_t cat_end = sp;
  while (cat_end > 0 && s[cat_end - 1] == ' ') --cat_end;
  const std::string_view cat = s.substr(0, cat_end);
  if (cat.empty() || !AtMostChars(cat, 12) || cat.find(' ') != std::string_view::npos) return false;
  if (std::any_of(cat.begin(), cat.end(), IsDigit)) return false;
  category = {line.start, line.start + cat_end};
  date = {line.start + sp + 1, line.start + s.size()};
  return true;
}

// Appends the line's block to `blocks`, built in place (a Block holds its sentences in place: a
// returned one was moved, ~190 bytes, into the list); returns it.
Block& AddBlock(std::vector<Block>& blocks, std::string_view text, const Line& line, BlockKind kind) {
  Block& b = blocks.emplace_back();
  b.kind = kind;
  b.range = line.range;
  b.indent = line.indent;
  // Split into a per-thread list, then copied: in place for most blocks (SentenceList).
  thread_local std::vector<TextRange> sentences;
  SplitSentences(text, line.range, sentences);
  b.sentences.assign(sentences.data(), sentences.data() + sentences.size());
  return b;
}

bool HasSentencePunctuation(std::string_view s) {
  return s.find("。") != std::string_view::npos || s.find(',') != std::string_view::npos ||
         s.find(';') != std::string_view::npos || EndsWith(s, ":") || EndsWith(s, "!");
}

// A table row flattened to text ("三级 1000元 80% 85%": cells with numbers, or four or more
// cells, separated by spaces).
bool LooksLikeTableRow(std::string_view s) {
  size_t cells = 0, start = 0;
  bool all_short = true;  // every cell at most 8 characters (项目 单位缴费 个人缴费)
  for (;;) {
    const size_t sp = s.find(' ', start);
    const std::string_view cell = s.substr(start, sp == std::string_view::npos ? std::string_view::npos : sp - start);
    if (!cell.empty()) ++cells, all_short = all_short && AtMostChars(cell, 8);
    if (sp == std::string_view::npos) break;
    start = sp + 1;
  }
  return (cells >= 2 && std::any_of(s.begin(), s.end(), IsDigit)) || cells >= 4 || (cells >= 3 && all_short);
}

void AddBodyBlock(const Markers& markers, std::vector<Block>& blocks, std::string_view text, const Line& line) {
  const std::string_view s = line.range.in(text);
  const LeadWords& disclaimers = markers.disclaimer;
  if (disclaimers.MayStart(s)) {
    for (const std::string& d : disclaimers.words) {
      if (StartsWith(s, d)) {
        AddBlock(blocks, text, line, BlockKind::kDisclaimer);
        return;
      }
    }
  }
  if (size_t n = SectionMarker(s)) {
    // "(二)住院待遇。在一级及以下…": a numbered paragraph, not a heading, when sentences follow.
    const size_t stop = s.find("。");
    const bool paragraph = stop != std::string_view::npos && stop + 3 < s.size();
    AddBlock(blocks, text, line, paragraph ? BlockKind::kParagraph : BlockKind::kHeading).marker = s.substr(0, n);
    return;
  }
  if (size_t n = BulletMarker(markers.bullet, s); n || (n = NumberMarker(s))) {
    AddBlock(blocks, text, line, BlockKind::kListItem).marker = s.substr(0, n);
    return;
  }
  // A short line with no sentence punctuation inside or at its end is a heading ("绑定医院数量",
  // "2025年…政策的具体规定有哪些?"); most lines are paragraphs, settled by the first test.
  const bool heading = AtMostChars(s, 40) && !HasSentencePunctuation(s) && !LooksLikeTableRow(s);
  AddBlock(blocks, text, line, heading ? BlockKind::kHeading : BlockKind::kParagraph);
}

}  // namespace

const char* BlockKindName(BlockKind k) {
  switch (k) {
    case BlockKind::kTitle: return "title";
    case BlockKind::kHeading: return "heading";
    case BlockKind::kParagraph: return "paragraph";
    case BlockKind::kListItem: return "list_item";
    case BlockKind::kDisclaimer: return "disclaimer";
    case BlockKind::kRelatedHeader: return "related_header";
    case BlockKind::kSnippet: return "snippet";
    case BlockKind::kCategoryDate: return "category_date";
  }
  return "paragraph";
}

Page Segment(std::string_view text) {
  Page page;
  const std::vector<Line> lines = SplitLines(text);
  if (lines.empty()) return page;
  // Looked up once a page, not once a line (a function-local static's guard each time).
  const Markers& markers = LoadMarkers();
  // 相关链接 heads related items only when a category/date line follows it; otherwise it is a
  // box of links to other sites above the footer, part of the page's text.
  // (The last dated line is looked for once, on the first such heading: a page of many would
  // otherwise read the lines after each again.)
  std::optional<size_t> last_dated;
  const auto dated_after = [&](size_t i) {
    if (!last_dated) {
      last_dated = 0;
      for (size_t k = lines.size(); k-- > 1;) {
        TextRange category, date;
        if (ParseCategoryDate(text, lines[k].range, category, date)) {
          last_dated = k;
          break;
        }
      }
    }
    return *last_dated > i;
  };
  size_t related_at = lines.size();
  for (size_t i = 1; i < lines.size(); ++i) {
    const std::string_view line = lines[i].range.in(text);
    if (IsMarker(markers.related, line) || (IsMarker(markers.related_if_dated, line) && dated_after(i))) {
      related_at = i;
      break;
    }
  }
  // The main article: the first line is its title.
  Article main;
  main.kind = ArticleKind::kMain;
  main.index = 0;
  main.title = lines[0].range;
  main.blocks.reserve(related_at);  // one block a line
  AddBlock(main.blocks, text, lines[0], BlockKind::kTitle);
  for (size_t i = 1; i < related_at; ++i) AddBodyBlock(markers, main.blocks, text, lines[i]);
  main.range = {lines[0].range.start, lines[related_at - 1].range.end};
  // A related item has two lines or more (a title, a date line), but for a last one without a
  // date: room for them all at once (the list grew by moving every article about ten times a page).
  page.articles.reserve(2 + (lines.size() - related_at) / 2);
  page.articles.push_back(std::move(main));
  if (related_at == lines.size()) return page;

  // Related items: title, snippet lines, then a "category date" line that closes the item. A block
  // with no date line anywhere is a list of links: each line is an item of its own, and the page
  // gets one warning for them all.
  bool titles_only = true;
  for (size_t i = related_at + 1; i < lines.size() && titles_only; ++i) {
    TextRange category, date;
    titles_only = !ParseCategoryDate(text, lines[i].range, category, date);
  }
  std::vector<const Line*> pending;
  int index = 0;
  const auto close = [&](const Line* cat_line, TextRange category, TextRange date) {
    if (pending.empty()) {
      if (cat_line) page.warnings.push_back("related_date_without_item");
      return;
    }
    Article a;
    a.kind = ArticleKind::kRelated;
    a.index = ++index;
    a.title = pending[0]->range;
    a.blocks.reserve(pending.size() + 1);
    AddBlock(a.blocks, text, *pending[0], BlockKind::kTitle);
    for (size_t k = 1; k < pending.size(); ++k) AddBlock(a.blocks, text, *pending[k], BlockKind::kSnippet);
    if (cat_line) {
      AddBlock(a.blocks, text, *cat_line, BlockKind::kCategoryDate);
      a.category = category;
      a.published = date;
    } else if (!titles_only) {
      page.warnings.push_back("related_item_without_date");
    }
    a.range = {pending[0]->range.start, cat_line ? cat_line->range.end : pending.back()->range.end};
    page.articles.push_back(std::move(a));
    pending.clear();
  };
  if (titles_only) {
    for (size_t i = related_at + 1; i < lines.size(); ++i) {
      pending.push_back(&lines[i]);
      close(nullptr, {}, {});
    }
    if (index > 0) page.warnings.push_back("related_item_without_date");
    return page;
  }
  for (size_t i = related_at + 1; i < lines.size(); ++i) {
    TextRange category, date;
    if (ParseCategoryDate(text, lines[i].range, category, date)) {
      close(&lines[i], category, date);
    } else {
      pending.push_back(&lines[i]);
    }
  }
  close(nullptr, {}, {});
  return page;
}

}  // namespace pe
