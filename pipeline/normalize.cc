#include "pipeline/normalize.h"

#include <unicode/edits.h>
#include <unicode/normalizer2.h>
#include <unicode/bytestream.h>
#include <unicode/uchar.h>
#include <unicode/uniset.h>
#include <unicode/unorm2.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <memory>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "pipeline/embedded.h"
#include "pipeline/t2s.h"
#include "pipeline/utf8.h"
#include "pipeline/word_scan.h"

#ifndef PE_OPENCC_DATA_DIR
#define PE_OPENCC_DATA_DIR "/usr/share/opencc"
#endif

namespace pe {
namespace {

enum class Action { kKeep, kSpace, kDrop, kNewline };

// What step 1 does with code point c (see the header).
Action Classify(char32_t c) {
  if (c == '\r') return Action::kNewline;
  if (c == '\t' || c == 0xA0 || c == 0x3000 || c == 0x2007 || c == 0x202F || c == 0x2002 || c == 0x2003 ||
      c == 0x2009) {
    return Action::kSpace;
  }
  if (c == 0xFEFF || c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xAD || c == 0x200E ||
      c == 0x200F) {
    return Action::kDrop;
  }
  if ((c < 0x20 && c != '\n') || c == 0x7F) return Action::kDrop;
  return Action::kKeep;
}

bool IsHanOrPercent(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || c == '%' || c == 0xFF05;
}

// The bytes that may begin a character step 1 changes; MayChangeAt looks closer at those. Not
// '\n', which step 1 keeps (ScanInput asks for every ASCII byte, and a page has many lines).
constexpr auto kMayChange = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 0x20; ++c) t[c] = c != '\n';
  for (int c : {0x20, 0x7F, 0xC2, 0xE2, 0xE3, 0xEF}) t[c] = true;
  return t;
}();

// For a byte in kMayChange: true if step 1 may change the character at in[k] (more than it
// changes: CleanInvisible decides).
bool LooksCloserAt(std::string_view in, size_t k) {
  const unsigned char c = static_cast<unsigned char>(in[k]);
  const auto at = [&](size_t q) { return q < in.size() ? static_cast<unsigned char>(in[q]) : 0u; };
  switch (c) {
    case ' ': return at(k + 1) == ' ' || at(k + 1) == '\n' || (k > 0 && in[k - 1] >= '0' && in[k - 1] <= '9');
    case 0x7F: return true;
    case 0xC2: return at(k + 1) == 0xA0 || at(k + 1) == 0xAD;  // NBSP, soft hyphen
    case 0xE2:                                                  // U+2002..200F, 202F, 2060
      return (at(k + 1) == 0x80 && ((at(k + 2) >= 0x82 && at(k + 2) <= 0x8F) || at(k + 2) == 0xAF)) ||
             (at(k + 1) == 0x81 && at(k + 2) == 0xA0);
    case 0xE3: return at(k + 1) == 0x80 && at(k + 2) == 0x80;  // U+3000
    case 0xEF: return at(k + 1) == 0xBB && at(k + 2) == 0xBF;  // BOM
    default: return c != '\n';                                 // C0 controls
  }
}

// True if step 1 may change the character at in[k]. Never true at a continuation byte, so in
// well-formed text it marks only character starts. Most bytes are settled by the table alone.
inline bool MayChangeAt(std::string_view in, size_t k) {
  return kMayChange[static_cast<unsigned char>(in[k])] && LooksCloserAt(in, k);
}

#if defined(__SSE2__)
// The bytes of kMayChange among the sixteen at p, one bit each (SSE2: every x86-64 has it).
inline unsigned MayChangeMask16(const char* p) {
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const auto eq = [&](__m128i x, int b) { return _mm_cmpeq_epi8(x, _mm_set1_epi8(static_cast<char>(b))); };
  const __m128i space = _mm_set1_epi8(0x20);
  const __m128i below_21 = _mm_cmpeq_epi8(_mm_max_epu8(v, space), space);
  const __m128i e2_e3 = eq(_mm_or_si128(v, _mm_set1_epi8(1)), 0xE3);
  const __m128i may = _mm_or_si128(_mm_or_si128(below_21, e2_e3), _mm_or_si128(eq(v, 0x7F), _mm_or_si128(eq(v, 0xC2), eq(v, 0xEF))));
  return static_cast<unsigned>(_mm_movemask_epi8(may));
}
#endif

// The first k >= i where MayChangeAt(in, k), or in.size(). Many bytes at a time: the bytes of
// kMayChange are picked out of a vector or word together, and only those are looked at closer.
size_t NextMayChange(std::string_view in, size_t i) {
  using namespace word_scan;
#if defined(__SSE2__)
  for (; i + 16 <= in.size(); i += 16) {
    for (unsigned may = MayChangeMask16(in.data() + i); may != 0; may &= may - 1) {
      const size_t k = i + static_cast<size_t>(std::countr_zero(may));
      if (LooksCloserAt(in, k)) return k;
    }
  }
#endif
  for (; i + 8 <= in.size(); i += 8) {
    const uint64_t w = Load(in.data() + i);
    uint64_t may = BytesBelow(w, 0x21) | BytesEqual(w, 0x7F) | BytesEqual(w, 0xC2) |
                   BytesEqual(w | kOnes, 0xE3) | BytesEqual(w, 0xEF);  // w | kOnes: E2 and E3
    for (; may != 0; may &= may - 1) {
      const size_t k = i + FirstMarked(may);
      if (LooksCloserAt(in, k)) return k;
    }
  }
  while (i < in.size() && !MayChangeAt(in, i)) ++i;
  return i;
}

// How far step 1 moves past a byte of text that may be malformed without decoding: printable
// ASCII, and every character whose lead byte cannot begin one step 1 changes (a stray continuation
// byte is one byte, as utf8::Decode takes it). 0: decode and classify.
constexpr auto kSkipLength = [] {
  std::array<unsigned char, 256> t{};
  for (int c = 0x21; c < 0x7F; ++c) t[c] = 1;
  for (int c = 0x80; c < 0xC0; ++c) t[c] = 1;
  for (int c = 0xC0; c < 0x100; ++c) t[c] = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  for (int c : {0xC2, 0xE2, 0xE3, 0xEF}) t[c] = 0;
  return t;
}();

// Step 1: invisible characters and spacing. Returns false if nothing changed (`out` untouched).
// Spaces: runs inside a line become one space (leading indentation is kept: it shows list
// structure in text dumps); a space between a digit and a following Chinese character or '%' is
// removed ("80 元" → "80元", "2025 年" → "2025年"), as HTML and typeset pages often insert one.
// `well_formed`: `in` is known to be well-formed UTF-8. `may_change`: null, or (well-formed text
// only) every k where MayChangeAt(in, k), in order, found while the text was read for another
// reason (ScanInput): then the text is not scanned again.
bool CleanInvisible(std::string_view in, std::string& out, OffsetMap& map, bool well_formed,
                    const std::vector<size_t>* may_change) {
  size_t next_listed = 0;  // may_change: the first entry not yet passed
  const auto next_may_change = [&](size_t i) {
    if (!may_change) return NextMayChange(in, i);
    while (next_listed < may_change->size() && (*may_change)[next_listed] < i) ++next_listed;
    return next_listed < may_change->size() ? (*may_change)[next_listed] : in.size();
  };
  // Fast check for anything step 1 would change; most pages need nothing. Byte by byte (no chain
  // of character lengths to wait for).
  const size_t first = next_may_change(0);
  if (first == in.size()) return false;
  // Where to look next from i. Well-formed text: the next byte MayChangeAt marks (such bytes never
  // occur inside another character). Otherwise character by character, as utf8::Decode delimits
  // them.
  const auto next_candidate = [&](size_t i) {
    if (well_formed) return next_may_change(i);
    while (i < in.size()) {
      const unsigned skip = kSkipLength[static_cast<unsigned char>(in[i])];
      if (skip == 0) break;
      i = std::min(i + skip, in.size());
    }
    return i;
  };
  out.reserve(in.size());
  size_t i = well_formed ? first : 0, run = 0;
  const auto flush = [&](size_t upto) {
    if (upto > run) {
      out.append(in.substr(run, upto - run));
      map.AddCopy(run, upto - run);
    }
  };
  const auto at_line_start = [&] {
    for (size_t k = out.size(); k > 0; --k) {  // only spaces since the last newline: indentation
      if (out[k - 1] == '\n') return true;
      if (out[k - 1] != ' ') return false;
    }
    return true;
  };
  while ((i = next_candidate(i)) < in.size()) {
    const size_t start = i;
    const char32_t c = utf8::Decode(in, i);
    Action act = c == ' ' ? Action::kSpace : Classify(c);
    if (act == Action::kKeep) continue;
    if (act == Action::kSpace && c == ' ' && !(start > 0 && in[start - 1] == ' ') && !(i < in.size() && in[i] == ' ')) {
      // A lone ASCII space: usually kept as is; only look closer after a digit.
      if (!(start > 0 && in[start - 1] >= '0' && in[start - 1] <= '9')) continue;
    }
    flush(start);
    if (act == Action::kNewline) {
      if (i < in.size() && in[i] == '\n') ++i;  // CRLF → LF
      out.push_back('\n');
      map.AddReplace(start, i - start, 1);
    } else if (act == Action::kSpace) {
      // The whole run of spacing (and invisible) characters, as one unit.
      size_t j = i;
      while (j < in.size()) {
        size_t k = j;
        const char32_t n = utf8::Decode(in, k);
        const Action a = n == ' ' ? Action::kSpace : Classify(n);
        if (a != Action::kSpace && a != Action::kDrop) break;
        j = k;
      }
      const char32_t prev = out.empty() ? 0 : static_cast<unsigned char>(out.back());
      size_t k = j;
      const char32_t next = j < in.size() ? utf8::Decode(in, k) : 0;
      const bool keep_all = at_line_start();  // indentation stays as written
      // Between a digit and a unit only a lone space goes (typesetting: 80 元); a longer run or a
      // tab is a table's column gap (5     张某某: a row number, then a name).
      const auto lone_space = [&] {
        size_t spacing = 0;
        for (size_t q = start; q < j && spacing < 2;) {
          const char32_t x = utf8::Decode(in, q);
          if (x == '\t') return false;
          spacing += (x == ' ' ? Action::kSpace : Classify(x)) == Action::kSpace;
        }
        return spacing == 1;
      };
      const bool drop = !keep_all && (next == '\n' || next == 0 ||
                                      (prev >= '0' && prev <= '9' && IsHanOrPercent(next) && lone_space()));
      if (keep_all) {
        const size_t n = j - start;
        bool plain = true;
        for (size_t q = start; q < j; ++q) plain = plain && in[q] == ' ';
        if (plain) {
          out.append(in.substr(start, n));
          map.AddCopy(start, n);
        } else {
          size_t spaces = 0;
          for (size_t q = start; q < j;) {
            const char32_t x = utf8::Decode(in, q);
            spaces += (x == ' ' ? Action::kSpace : Classify(x)) == Action::kSpace;
          }
          out.append(spaces, ' ');
          map.AddReplace(start, n, spaces);
        }
      } else if (drop) {
        map.AddReplace(start, j - start, 0);
      } else if (j - start == 1 && in[start] == ' ') {
        out.push_back(' ');
        map.AddCopy(start, 1);
      } else {
        out.push_back(' ');
        map.AddReplace(start, j - start, 1);
      }
      i = j;
    } else {  // kDrop
      map.AddReplace(start, i - start, 0);
    }
    run = i;
  }
  flush(in.size());
  return true;
}

// Enclosed numbers (①-⑳, ⑴, ⒈, ❶, ㉑ …) are list and footnote markers in Chinese text: NFKC would
// make ① a 1 and "①3个月" thirteen months, "2%③" a percent-encoding. They stay as written.
constexpr char32_t kKeptMarkers[][2] = {{0x2460, 0x24FF}, {0x2776, 0x2793}, {0x3251, 0x325F}, {0x32B1, 0x32BF}};

bool IsKeptMarker(char32_t c) {
  for (const auto& r : kKeptMarkers) {
    if (c >= r[0] && c <= r[1]) return true;
  }
  return false;
}

// Characters that settle NFKC's quick check on their own: NFKC_Quick_Check=Yes and combining
// class 0. A string of only such characters is NFKC already (UAX #15 quick check), so most pages
// (Han, ASCII, CJK punctuation) need no call into ICU's much slower check. Covers U+0000..U+33FF
// and U+4E00..U+9FFF, one bit a character; anything else goes to ICU. The kept markers pass: the
// normalizer leaves them.
class NfkcQuickYes {
 public:
  static const NfkcQuickYes& Get() {
    static const NfkcQuickYes set;
    return set;
  }

  /// c is below U+10000.
  bool Has(char32_t c) const { return (bits_[c >> 6] >> (c & 63)) & 1; }

 private:
  NfkcQuickYes() {
    const auto add = [&](char32_t from, char32_t to) {
      for (char32_t c = from; c < to; ++c) {
        const auto u = static_cast<UChar32>(c);
        if ((u_getIntPropertyValue(u, UCHAR_NFKC_QUICK_CHECK) == UNORM_YES && u_getCombiningClass(u) == 0) ||
            IsKeptMarker(c)) {
          bits_[c >> 6] |= uint64_t{1} << (c & 63);
        }
      }
    };
    add(0, 0x3400);
    // The CJK Unified Ideographs U+4E00..U+9FFF have no decomposition and combining class 0 in every
    // Unicode version (decompositions are stable; normalize_test checks ICU agrees): not asking ICU
    // for each saves ~4 M instructions (about 1.5 ms) at every start.
    for (char32_t c = 0x4E00; c < 0xA000; c += 64) bits_[c >> 6] = ~uint64_t{0};
  }
  uint64_t bits_[0x10000 / 64] = {};
};

// NFKC but for the kept markers.
const icu::Normalizer2* NfkcKeepingMarkers() {
  static const icu::Normalizer2* normalizer = []() -> const icu::Normalizer2* {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
    if (U_FAILURE(status)) return nullptr;
    auto* filter = new icu::UnicodeSet();  // lives as long as the normalizer: the whole process
    for (const auto& r : kKeptMarkers) filter->add(static_cast<UChar32>(r[0]), static_cast<UChar32>(r[1]));
    filter->complement();
    filter->freeze();
    return new icu::FilteredNormalizer2(*nfkc, *filter);
  }();
  return normalizer;
}

// Step 2 (run first). Returns false if the text is already NFKC. Called only for text whose
// characters do not all pass NfkcQuickYes (see ScanInput).
bool Nfkc(std::string_view in, std::string& out, OffsetMap& map) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = NfkcKeepingMarkers();
  if (!nfkc) return false;
  if (nfkc->isNormalizedUTF8(icu::StringPiece(in.data(), static_cast<int32_t>(in.size())), status)) return false;
  status = U_ZERO_ERROR;
  icu::Edits edits;
  icu::StringByteSink<std::string> sink(&out, static_cast<int32_t>(in.size()));
  nfkc->normalizeUTF8(0, icu::StringPiece(in.data(), static_cast<int32_t>(in.size())), sink, &edits, status);
  if (U_FAILURE(status)) return false;
  icu::Edits::Iterator it = edits.getFineIterator();
  while (it.next(status)) {
    const size_t src = static_cast<size_t>(it.sourceIndex());
    const size_t old_len = static_cast<size_t>(it.oldLength());
    const size_t new_len = static_cast<size_t>(it.newLength());
    if (it.hasChange()) {
      map.AddReplace(src, old_len, new_len);
    } else {
      map.AddCopy(src, old_len);
    }
  }
  return true;
}

// Traditional-only characters of U+4E00..U+9FFF as a bitmap (one bit a character: a lookup per
// Han character of every page, so no hashing).
class TraditionalSet {
 public:
  static constexpr char32_t kFirst = 0x4E00, kLast = 0x9FFF;
  static const TraditionalSet& Get() {
    static const TraditionalSet set;
    return set;
  }
  bool Has(char32_t c) const { return (bits_[(c - kFirst) >> 6] >> ((c - kFirst) & 63)) & 1; }

 private:
  TraditionalSet() {
    const std::string_view data = FindEmbedded("pipeline/data/traditional_chars.txt").value_or("");
    size_t i = 0;
    bool comment = false;
    while (i < data.size()) {
      if (data[i] == '\n') {
        comment = false;
        ++i;
        continue;
      }
      if (data[i] == '#') comment = true;
      const char32_t c = utf8::Decode(data, i);
      if (!comment && c >= kFirst && c <= kLast) bits_[(c - kFirst) >> 6] |= uint64_t{1} << ((c - kFirst) & 63);
    }
  }
  uint64_t bits_[(kLast - kFirst) / 64 + 1] = {};
};

// The converter, built when the first Traditional page needs it (a function-local static: once per
// process, whichever thread asks first); nullptr if OpenCC's dictionaries cannot be read.
const T2sConverter* T2s() {
  static const std::unique_ptr<const T2sConverter> t2s = T2sConverter::Load(PE_OPENCC_DATA_DIR);
  return t2s.get();
}

// Step 5. OpenCC's t2s converts by phrase (T2sConverter gives its answer); phrases keep their length
// in characters almost always, so characters map one to one. Where a line's length changes, the line
// maps as one piece.
bool ToSimplified(std::string_view in, std::string& out, OffsetMap& map, std::vector<std::string>& warnings) {
  const T2sConverter* t2s = T2s();
  if (!t2s) {
    warnings.push_back("t2s_unavailable");
    return false;
  }
  out.reserve(in.size());  // about as long: most characters keep their length in bytes
  size_t line_start = 0;
  while (line_start < in.size()) {
    size_t nl = in.find('\n', line_start);
    const size_t line_end = nl == std::string_view::npos ? in.size() : nl + 1;
    const std::string_view line = in.substr(line_start, line_end - line_start);
    const size_t out_start = out.size();
    if (utf8::FirstInvalid(line) != std::string_view::npos) {
      // The converter gives OpenCC's answer for valid UTF-8 only (OpenCC's own, for a truncated
      // character, depended on the bytes after the buffer: it reads past it). A line that is not
      // valid UTF-8 (Normalize's callers never give one) is left as it is, as it always was.
      out += line;
    } else {
      t2s->Convert(line, out);
    }
    const std::string_view conv_line = std::string_view(out).substr(out_start);
    if (conv_line == line) {
      map.AddCopy(line_start, line.size());
    } else if (utf8::CountCodePoints(conv_line) == utf8::CountCodePoints(line)) {
      size_t a = 0, b = 0;
      while (a < line.size()) {
        const size_t a0 = a, b0 = b;
        utf8::Decode(line, a);
        utf8::Decode(conv_line, b);
        const std::string_view ca = line.substr(a0, a - a0), cb = conv_line.substr(b0, b - b0);
        if (ca == cb) {
          map.AddCopy(line_start + a0, ca.size());
        } else {
          map.AddReplace(line_start + a0, ca.size(), cb.size());
        }
      }
    } else {
      map.AddReplace(line_start, line.size(), conv_line.size());
    }
    line_start = line_end;
  }
  return true;
}

// Whether counts of Traditional-only characters among Han characters make a page Traditional.
bool TraditionalVerdict(size_t han, size_t hits) {
  return hits >= 3 && hits * 50 >= han;  // at least 2% of Han characters are Traditional-only
}

bool IsContinuation(unsigned char b) { return (b & 0xC0) == 0x80; }

// What one pass over Normalize's input learns: whether every character passes NfkcQuickYes (then
// ICU need not be asked), the counts LooksTraditional takes, and where step 1 may change the text.
// Spacing (step 1) removes or replaces only whole non-Han characters, so for well-formed text that
// NFKC leaves alone the counts are those of the text step 3 looks at, the places step 1 looks at
// are those of the input, and the page is decoded once instead of three times.
struct InputScan {
  bool nfkc_quick_yes = true;
  bool well_formed = true;
  size_t han = 0, traditional = 0;  // as LooksTraditional counts them
};

// What ScanInput's fast path needs to know of a three-byte character: whether it is
// Han (kHan) and in TraditionalSet (kTraditional), both counted, or one the fast path must leave to
// the exact path (kSlow: not NfkcQuickYes, overlong, a UTF-16 surrogate, or one step 1 may change).
// A byte each, so that the sum of four characters' values answers all three at once (each count is
// at most 4 and stays in its field): two lookups in bit tables and a range test for each character
// cost twice the instructions.
class ThreeByteTable {
 public:
  static constexpr uint32_t kHan = 1, kTraditional = 8, kSlow = 64;
  static const ThreeByteTable& Get() {
    static const ThreeByteTable table;
    return table;
  }
  /// The value of the three-byte character in the low three bytes of w (first byte lowest), by its
  /// bytes' payload bits as they lie, not checked: the first byte's 4 above the others' 6 and 6,
  /// which stay in their bytes (two operations fewer than the code point; the table is sparse).
  uint32_t ValueOf(uint64_t w) const { return values_[Index(w)]; }
  /// Han characters, and characters in TraditionalSet, counted in a sum of at most four values.
  static uint32_t HanIn(uint32_t sum) { return sum & (kTraditional - 1); }
  static uint32_t TraditionalIn(uint32_t sum) { return sum / kTraditional; }  // sum < kSlow

 private:
  ThreeByteTable() {
    const NfkcQuickYes& nfkc = NfkcQuickYes::Get();
    const TraditionalSet& trad = TraditionalSet::Get();
    // By payload bits: lead (the first byte's 4), then the second and third bytes' 6 each.
    for (uint32_t lead = 0; lead < 16; ++lead) {
      for (uint32_t second = 0; second < 64; ++second) {
        for (uint32_t third = 0; third < 64; ++third) {
          const char32_t c = lead << 12 | second << 6 | third;
          const bool irregular = c < 0x800 || (c >= 0xD800 && c < 0xE000);
          uint8_t v = irregular || !nfkc.Has(c) || StepOneMayChange(c) ? kSlow : 0;
          if (c >= TraditionalSet::kFirst && c <= TraditionalSet::kLast) v |= kHan | (trad.Has(c) ? kTraditional : 0);
          values_[Index(0xE0 | lead | (0x80 | second) << 8 | (0x80 | third) << 16)] = v;
        }
      }
    }
  }
  // Whether MayChangeAt marks the (regular) three-byte character c: asked of its bytes, so that the
  // two cannot disagree. The lead byte is tested first, before the bytes are laid out (for all
  // 65,536 that cost 1.2 M instructions at every start).
  static bool StepOneMayChange(char32_t c) {
    if (!kMayChange[0xE0 | (c >> 12)]) return false;
    const char bytes[3] = {static_cast<char>(0xE0 | (c >> 12)), static_cast<char>(0x80 | ((c >> 6) & 0x3F)),
                           static_cast<char>(0x80 | (c & 0x3F))};
    return MayChangeAt(std::string_view(bytes, 3), 0);
  }
  static size_t Index(uint64_t w) { return ((w & 0x0F) << 14) | ((w >> 8) & 0x3F3F); }
  uint8_t values_[1 << 18] = {};  // a quarter used: 64 of each 256 bytes
};

bool IsHan(char32_t c) { return c - TraditionalSet::kFirst <= TraditionalSet::kLast - TraditionalSet::kFirst; }

// ScanInput's exact path: the character (or malformed byte) at i, counted into `scan`, its start
// added to `may_change` if MayChangeAt; returns its length (1 for a malformed byte). Kept out of
// line: the fast path's counters stay in registers.
[[gnu::noinline]] size_t ScanAnyChar(std::string_view s, size_t i, InputScan& scan, std::vector<size_t>& may_change) {
  const NfkcQuickYes& nfkc = NfkcQuickYes::Get();
  const TraditionalSet& trad = TraditionalSet::Get();
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  if (MayChangeAt(s, i)) may_change.push_back(i);
  const unsigned char b = p[i];
  if (b < 0x80) return 1;  // ASCII: NFKC already, never Han
  if (b >= 0xE0 && b < 0xF0 && i + 2 < n && IsContinuation(p[i + 1]) && IsContinuation(p[i + 2])) {
    const char32_t c = (char32_t{b & 0x0Fu} << 12) | (char32_t{p[i + 1] & 0x3Fu} << 6) | (p[i + 2] & 0x3Fu);
    if (c < 0x800 || (c >= 0xD800 && c < 0xE000)) {  // overlong, or a UTF-16 surrogate
      scan.well_formed = scan.nfkc_quick_yes = false;
      return 1;
    }
    scan.nfkc_quick_yes &= nfkc.Has(c);
    if (IsHan(c)) {
      ++scan.han;
      scan.traditional += trad.Has(c);
    }
    return 3;
  }
  if (b >= 0xC2 && b < 0xE0 && i + 1 < n && IsContinuation(p[i + 1])) {
    scan.nfkc_quick_yes &= nfkc.Has((char32_t{b & 0x1Fu} << 6) | (p[i + 1] & 0x3Fu));
    return 2;
  }
  // Beyond the BMP (ICU decides) or malformed (the counts are taken again on the final text).
  scan.nfkc_quick_yes = false;
  const size_t len = utf8::SequenceLength(s, i);
  scan.well_formed = scan.well_formed && len != 0;
  return len ? len : 1;
}

// One pass over Normalize's input (see InputScan). `may_change` (cleared first) gets every k where
// MayChangeAt(s, k) if the text is well-formed (else some of them). Not inlined into Normalize,
// where gcc kept the loop's bounds on the stack (+1.2 M instructions on 2 MB).
[[gnu::noinline]] InputScan ScanInput(std::string_view s, std::vector<size_t>& may_change) {
  const ThreeByteTable& table = ThreeByteTable::Get();
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  InputScan scan;
  may_change.clear();
  size_t han = 0, traditional = 0;  // the fast path's counts (scan's are the exact path's)
  // Four three-byte characters at once (Chinese text is mostly runs of them), from two overlapping
  // eight-byte loads; false (nothing counted) if the twelve bytes at i are not four such
  // characters that the fast path may take.
  const auto four_three_byte = [&](size_t i) {
    constexpr uint64_t kMask = 0xC0C0F0C0C0F0, kPattern = 0x8080E08080E0;  // two characters
    const uint64_t a = word_scan::Load(p + i), b = word_scan::Load(p + i + 6);
    if (((a & kMask) ^ kPattern) | ((b & kMask) ^ kPattern)) return false;
    const uint32_t sum = table.ValueOf(a) + table.ValueOf(a >> 24) + table.ValueOf(b) + table.ValueOf(b >> 24);
    if (sum >= ThreeByteTable::kSlow) return false;
    han += ThreeByteTable::HanIn(sum);
    traditional += ThreeByteTable::TraditionalIn(sum);
    return true;
  };
  // One three-byte character as four_three_byte takes them (before ASCII, a punctuation mark).
  const auto one_three_byte = [&](size_t i) {
    const uint64_t w = word_scan::Load(p + i);
    if ((w & 0xC0C0F0) != 0x8080E0) return false;
    const uint32_t value = table.ValueOf(w);
    if (value >= ThreeByteTable::kSlow) return false;
    han += ThreeByteTable::HanIn(value);
    traditional += ThreeByteTable::TraditionalIn(value);
    return true;
  };
  size_t i = 0;
  while (i + 14 <= n) {
    if (p[i] < 0x80) {
      if (MayChangeAt(s, i)) may_change.push_back(i);
      ++i;
    } else if (four_three_byte(i)) {
      i += 12;
    } else if (one_three_byte(i)) {
      i += 3;
    } else {
      i += ScanAnyChar(s, i, scan, may_change);
    }
  }
  while (i < n) i += ScanAnyChar(s, i, scan, may_change);
  scan.han += han;
  scan.traditional += traditional;
  return scan;
}

}  // namespace

bool LooksTraditional(std::string_view text) {
  const TraditionalSet& trad = TraditionalSet::Get();
  size_t han = 0, hits = 0;
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  // A Han character here is a lead byte of U+4E00..U+9FFF (E4..E9) and two continuation bytes;
  // anything else (a malformed sequence too) moves on by one byte, as utf8::Decode does. The last
  // two bytes cannot start one.
  size_t i = 0;
  while (i + 2 < n) {
    const unsigned char b = p[i];
    if (b < 0xE4 || b > 0xE9 || (p[i + 1] & 0xC0) != 0x80 || (p[i + 2] & 0xC0) != 0x80) {
      ++i;
      continue;
    }
    const char32_t c = (char32_t{b & 0x0Fu} << 12) | (char32_t{p[i + 1] & 0x3Fu} << 6) | (p[i + 2] & 0x3Fu);
    i += 3;
    if (c < TraditionalSet::kFirst) continue;  // U+4000..U+4DFF also start with E4
    ++han;
    hits += trad.Has(c);
  }
  return TraditionalVerdict(han, hits);
}

namespace {

// Step 3: a line typeset with a space between every word (machine translation, some PDFs: 备案 有效
// 期 是 6 个 月) loses its lone spaces beside Han characters, so numbers meet their units and words
// their neighbours again. A line is spaced out when at least kMinSpacedPairs of its spaces stand
// alone between two Han characters and those follow at least a third of its Han characters (a
// heading 湖南 医保 新政 or a row of table cells is not). Returns false if no line is.
bool JoinSpacedLines(std::string_view in, std::string& out, OffsetMap& map) {
  constexpr size_t kMinSpacedPairs = 3;
  const auto han_lead = [](char b) { return static_cast<unsigned char>(b) >= 0xE4 && static_cast<unsigned char>(b) <= 0xE9; };
  // A three-byte Han character ends right before i / starts at i (U+4E00..U+9FFF: leads E4-E9).
  const auto han_before = [&](size_t i) { return i >= 3 && han_lead(in[i - 3]); };
  const auto han_at = [&](size_t i) { return i + 2 < in.size() && han_lead(in[i]); };
  const auto lone_space = [&](size_t i) {
    return in[i] == ' ' && i > 0 && in[i - 1] != ' ' && in[i - 1] != '\n' && i + 1 < in.size() && in[i + 1] != ' ';
  };
  // The spaced-out lines, as [start, end): found from the spaces between Han characters (few on
  // most pages), then each candidate line's Han characters counted.
  std::vector<std::pair<size_t, size_t>> spaced;
  size_t line_start = 0, line_end = 0, pairs = 0;
  const auto close_line = [&] {
    if (pairs < kMinSpacedPairs) return;
    size_t han = 0;  // counted only until the line has too many Han characters for its pairs
    for (size_t k = line_start; k < line_end && han <= 3 * pairs; ++k) han += han_lead(in[k]);
    if (3 * pairs >= han) spaced.emplace_back(line_start, line_end);
  };
  const auto at_space = [&](size_t p) {
    if (!(lone_space(p) && han_before(p) && han_at(p + 1))) return;
    if (p >= line_end) {  // a new line: its start is after the last newline since the line before
      close_line();
      const void* nl = memrchr(in.data() + line_end, '\n', p - line_end);
      line_start = nl ? static_cast<size_t>(static_cast<const char*>(nl) - in.data()) + 1 : line_end;
      const size_t next = in.find('\n', p);
      line_end = next == std::string_view::npos ? in.size() : next;
      pairs = 0;
    }
    ++pairs;
  };
  // The spaces, sixteen bytes at a time: pages with many spaces (table rows, indented lists) made
  // a memchr call for each (0.8% of a run's cycles).
  size_t p = 0;
#if defined(__SSE2__)
  for (; p + 16 <= in.size(); p += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(in.data() + p));
    for (unsigned m = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')))); m != 0; m &= m - 1) {
      at_space(p + static_cast<size_t>(std::countr_zero(m)));
    }
  }
#endif
  for (; p < in.size(); ++p) {
    if (in[p] == ' ') at_space(p);
  }
  close_line();
  if (spaced.empty()) return false;
  out.reserve(in.size());
  size_t copied = 0;
  for (const auto& [a, b] : spaced) {
    for (size_t p = a; p < b; ++p) {
      if (!(lone_space(p) && (han_before(p) || han_at(p + 1)))) continue;
      if (p > copied) {
        out.append(in.substr(copied, p - copied));
        map.AddCopy(copied, p - copied);
      }
      map.AddReplace(p, 1, 0);
      copied = p + 1;
    }
  }
  if (copied < in.size()) {
    out.append(in.substr(copied));
    map.AddCopy(copied, in.size() - copied);
  }
  return true;
}

// Step 4: PDF text is wrapped at the page's width, and a wrap may cut a number (每年15⏎0元,
// 2025年3月3⏎1日前, 0576-8868⏎2299). On a page whose lines run to a common width, a line break
// right after a digit, on a line that fills that width, before more digits (not a list's 2.), a
// unit (pipeline/data/wrap_units.txt: 506.6⏎万人) or a decimal point or comma and a digit
// (112⏎.4亿元), goes: the number reads whole and its span covers the break. Other breaks stay:
// one between a number and a word before it or between two characters (最高⏎60万元, 5个百⏎分点)
// keeps them apart, as the annotation guidelines keep a qualifier that does not touch its number.
// A hyphen at a line's end stays too: it may be a range's dash (633-⏎824元). Returns false if no
// break goes.
bool JoinWrappedNumbers(std::string_view in, std::string& out, OffsetMap& map) {
  const auto digit = [&](size_t i) { return i < in.size() && in[i] >= '0' && in[i] <= '9'; };
  const auto han_lead = [&](size_t i) {
    return i < in.size() && static_cast<unsigned char>(in[i]) >= 0xE4 && static_cast<unsigned char>(in[i]) <= 0xE9;
  };
  static const std::vector<std::string> units = [] {
    std::vector<std::string> words;
    for (auto& row : LoadTsv("pipeline/data/wrap_units.txt")) words.push_back(std::move(row[0]));
    return words;
  }();
  const auto unit_at = [&](size_t i) {
    return han_lead(i) &&
           std::any_of(units.begin(), units.end(), [&](const std::string& u) { return in.substr(i, u.size()) == u; });
  };
  // The next line's digits go on with the number unless they are a list's or a table's: 2. 2、
  // 2) 2 (a cell). (NFKC has made ） a ')'.)
  const auto number_goes_on = [&](size_t i) {
    while (digit(i)) ++i;
    return !(i < in.size() && (in[i] == '.' || in[i] == ')' || in[i] == ' ' || in.substr(i, 3) == "、"));
  };
  const auto point_and_digit = [&](size_t i) { return i < in.size() && (in[i] == '.' || in[i] == ',') && digit(i + 1); };
  // The digits ending at i (exclusive) are a phone number (0717-6241188, a mobile's eleven digits):
  // no quantity a unit on the next line goes with (咨询电话:0717-6241188⏎项目名称).
  const auto phone_before = [&](size_t i) {
    size_t a = i;
    while (a > 0 && digit(a - 1)) --a;
    const size_t run = i - a;
    if (run == 11 && in[a] == '1') return true;
    if (run < 7 || run > 8 || a < 4 || in[a - 1] != '-') return false;
    size_t b = a - 1;
    while (b > 0 && digit(b - 1)) --b;
    return (a - 1 - b == 3 || a - 1 - b == 4) && in[b] == '0';
  };
  // The breaks that may go (few pages have any): newlines found by memchr.
  std::vector<size_t> breaks;
  for (const char* p = static_cast<const char*>(memchr(in.data(), '\n', in.size())); p;) {
    const size_t i = static_cast<size_t>(p - in.data());
    if (i > 0 && digit(i - 1) &&
        ((digit(i + 1) && number_goes_on(i + 1)) || (unit_at(i + 1) && !phone_before(i)) || point_and_digit(i + 1))) {
      breaks.push_back(i);
    }
    p = i + 1 < in.size() ? static_cast<const char*>(memchr(p + 1, '\n', in.size() - i - 1)) : nullptr;
  }
  if (breaks.empty()) return false;
  // Each line's width in columns, as a PDF's text lays it out: two for a character of three or
  // four bytes (Han, full-width punctuation), one for the rest.
  std::vector<std::pair<size_t, unsigned>> lines;  // (end, width)
  unsigned width = 0;
  for (size_t i = 0; i < in.size(); ++i) {
    const auto b = static_cast<unsigned char>(in[i]);
    if (b == '\n') {
      lines.emplace_back(i, width);
      width = 0;
    } else {
      width += b < 0x80 ? 1 : b >= 0xE0 ? 2 : b >= 0xC0 ? 1 : 0;
    }
  }
  // The common width: the 90th percentile of the lines of 20 columns or more, and 40 at least (a
  // list of contacts or a table's rows are narrower). A line fills it within three Han characters
  // (a wrap leaves room for a character that does not fit, or punctuation a typesetter keeps off
  // a line's start); a page is wrapped when at least a quarter of those lines, and three at the
  // least, fill it.
  constexpr unsigned kMinLine = 20, kSlack = 6, kMinCommon = 40;
  std::vector<unsigned> widths;
  for (const auto& [end, w] : lines) {
    if (w >= kMinLine) widths.push_back(w);
  }
  if (widths.size() < 3) return false;
  std::sort(widths.begin(), widths.end());
  const unsigned common = widths[widths.size() * 9 / 10];
  const auto fills = [&](unsigned w) { return w + kSlack >= common; };
  const size_t full = static_cast<size_t>(std::count_if(widths.begin(), widths.end(), fills));
  if (common < kMinCommon || full < 3 || 4 * full < widths.size()) return false;
  out.reserve(in.size());
  size_t copied = 0, line = 0;
  for (const size_t i : breaks) {
    while (lines[line].first < i) ++line;
    if (!fills(lines[line].second)) continue;
    out.append(in.substr(copied, i - copied));
    map.AddCopy(copied, i - copied);
    map.AddReplace(i, 1, 0);
    copied = i + 1;
  }
  if (copied == 0) return false;
  out.append(in.substr(copied));
  map.AddCopy(copied, in.size() - copied);
  return true;
}

// Normalize; `shortcuts`: use what ScanInput learns to spare later passes (false: no ScanInput,
// every step reads the text itself: the slow way, for tests that compare the two).
NormalizedText NormalizeText(std::string_view in, bool shortcuts) {
  NormalizedText r;
  thread_local std::vector<size_t> may_change;  // kept from page to page with its room
  InputScan scan;
  if (shortcuts) {
    scan = ScanInput(in, may_change);
  } else {
    scan.nfkc_quick_yes = false;
    scan.well_formed = utf8::FirstInvalid(in) == std::string_view::npos;
  }
  std::string text;  // the text so far, once a step has changed it (until then: `in`, not copied)
  bool changed = false;
  // Runs one step on the text so far; keeps its output and map if it changed anything.
  const auto apply = [&](const auto& step) {
    std::string out;
    OffsetMap map;
    if (!step(changed ? std::string_view(text) : in, out, map)) return false;
    text = std::move(out);
    changed = true;
    r.maps.push_back(std::move(map));
    return true;
  };
  // NFKC first, so full-width digits and spaces are ASCII when spacing is cleaned up.
  const bool nfkc_changed = !scan.nfkc_quick_yes && apply(Nfkc);
  const bool clean_input_well_formed =
      nfkc_changed ? utf8::FirstInvalid(text) == std::string_view::npos : scan.well_formed;
  // The places ScanInput found are the input's: good for the unchanged, well-formed input only.
  const std::vector<size_t>* listed = shortcuts && !nfkc_changed && scan.well_formed ? &may_change : nullptr;
  apply([&](std::string_view cur, std::string& out, OffsetMap& map) {
    return CleanInvisible(cur, out, map, clean_input_well_formed, listed);
  });
  apply(JoinSpacedLines);
  apply(JoinWrappedNumbers);
  const bool traditional = shortcuts && scan.well_formed && !nfkc_changed
                               ? TraditionalVerdict(scan.han, scan.traditional)
                               : LooksTraditional(changed ? std::string_view(text) : in);
  if (traditional) {
    r.traditional = apply([&](std::string_view cur, std::string& out, OffsetMap& map) {
      return ToSimplified(cur, out, map, r.warnings);
    });
  }
  r.text = changed ? std::move(text) : std::string(in);
  return r;
}

}  // namespace

NormalizedText Normalize(std::string_view in) { return NormalizeText(in, true); }

NormalizedText NormalizeWithoutShortcuts(std::string_view in) { return NormalizeText(in, false); }

}  // namespace pe
