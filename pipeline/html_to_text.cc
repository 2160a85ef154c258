#include "pipeline/html_to_text.h"

#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <memory>
#include <mutex>
#include <unordered_set>

#include "pipeline/embedded.h"
#include "pipeline/utf8.h"
#include "pipeline/word_scan.h"

namespace pe {
namespace {

struct Boilerplate {
  std::unordered_set<std::string> tags, tokens;
};

const Boilerplate& LoadBoilerplate() {
  static const Boilerplate b = [] {
    Boilerplate out;
    for (const auto& row : LoadTsv("pipeline/data/html_boilerplate.txt")) {
      if (row.size() >= 2) (row[0] == "tag" ? out.tags : out.tokens).insert(row[1]);
    }
    return out;
  }();
  return b;
}

enum class Role { kInline, kBlock, kCell, kBreak };

Role RoleOf(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_BR: return Role::kBreak;
    case GUMBO_TAG_TD: case GUMBO_TAG_TH: return Role::kCell;
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_CENTER: case GUMBO_TAG_DD: case GUMBO_TAG_DIR:
    case GUMBO_TAG_DIV: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_FOOTER: case GUMBO_TAG_FORM: case GUMBO_TAG_H1: case GUMBO_TAG_H2:
    case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_HEADER:
    case GUMBO_TAG_HGROUP: case GUMBO_TAG_HR: case GUMBO_TAG_LI: case GUMBO_TAG_MAIN: case GUMBO_TAG_MENU:
    case GUMBO_TAG_NAV: case GUMBO_TAG_OL: case GUMBO_TAG_P: case GUMBO_TAG_PRE: case GUMBO_TAG_SECTION:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_TBODY: case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TFOOT: case GUMBO_TAG_TR: case GUMBO_TAG_UL: case GUMBO_TAG_CAPTION: case GUMBO_TAG_BODY:
    case GUMBO_TAG_HTML: case GUMBO_TAG_TITLE:
      return Role::kBlock;
    default: return Role::kInline;
  }
}

bool HasBoilerplateToken(std::string_view value, const Boilerplate& b) {
  std::string word;
  const auto check = [&] {
    const bool hit = !word.empty() && b.tokens.count(word) > 0;
    word.clear();
    return hit;
  };
  for (char c : value) {
    if (c == ' ' || c == '-' || c == '_' || c == '\t') {
      if (check()) return true;
    } else {
      word.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    }
  }
  return check();
}

bool IsHidden(const GumboElement& e) {
  for (unsigned i = 0; i < e.attributes.length; ++i) {
    const auto* a = static_cast<const GumboAttribute*>(e.attributes.data[i]);
    std::string_view name(a->name);
    if (name == "hidden") return true;
    if (name == "style") {
      std::string v(a->value);
      v.erase(std::remove(v.begin(), v.end(), ' '), v.end());
      if (v.find("display:none") != std::string::npos) return true;
    }
  }
  return false;
}

bool IsBoilerplate(const GumboNode* node, bool inside_article, const Boilerplate& b) {
  const GumboElement& e = node->v.element;
  const char* tag_name = gumbo_normalized_tagname(e.tag);
  if (e.tag == GUMBO_TAG_HEADER) return !inside_article;  // a site header; an article's own header is text
  if (tag_name && *tag_name && b.tags.count(tag_name)) return true;
  return IsHidden(e);
}

// Chrome by name: a class or id with a boilerplate token (ad-box, popup, sidebar ...).
bool IsNamedChrome(const GumboNode* node, const Boilerplate& b) {
  const GumboElement& e = node->v.element;
  for (unsigned i = 0; i < e.attributes.length; ++i) {
    const auto* a = static_cast<const GumboAttribute*>(e.attributes.data[i]);
    const std::string_view name(a->name);
    if ((name == "class" || name == "id") && HasBoilerplateToken(a->value, b)) return true;
  }
  return false;
}

bool IsAsciiSpace(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

bool HasVisibleText(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) { return !IsAsciiSpace(static_cast<unsigned char>(c)); });
}

// Builds the text and its offset map, collapsing whitespace and turning blocks into line breaks.
class TextBuilder {
 public:
  explicit TextBuilder(HtmlText& out) : out_(out) {}

  // A piece of decoded text that came from html[src, src + src_len); `copy` if byte-identical.
  void Piece(std::string_view decoded, size_t src, size_t src_len, bool copy) {
    if (!copy) {
      if (decoded.size() == 1 && IsAsciiSpace(static_cast<unsigned char>(decoded[0]))) {
        Space(src, src_len);
        return;
      }
      FlushSpace();
      out_.text.append(decoded);
      out_.map.AddReplace(src, src_len, decoded.size());
      return;
    }
    size_t i = 0;
    while (i < decoded.size()) {
      size_t j = i;
      if (IsAsciiSpace(static_cast<unsigned char>(decoded[i]))) {
        while (j < decoded.size() && IsAsciiSpace(static_cast<unsigned char>(decoded[j]))) ++j;
        Space(src + i, j - i);
      } else {
        while (j < decoded.size() && !IsAsciiSpace(static_cast<unsigned char>(decoded[j]))) ++j;
        FlushSpace();
        out_.text.append(decoded.substr(i, j - i));
        out_.map.AddCopy(src + i, j - i);
      }
      i = j;
    }
  }

  // A line break at html offset `at` (a block boundary); several in a row give one.
  void Break(size_t at) {
    pending_space_ = false;
    if (line_empty()) return;
    out_.text.push_back('\n');
    out_.map.AddReplace(at, 0, 1);
  }

  // A cell separator: a space on the same line.
  void CellGap(size_t at) {
    if (line_empty()) return;
    pending_space_ = true;
    space_src_ = at;
    space_len_ = 0;
  }

 private:
  bool line_empty() const { return out_.text.empty() || out_.text.back() == '\n'; }
  void Space(size_t src, size_t len) {
    if (line_empty() || pending_space_) return;
    pending_space_ = true;
    space_src_ = src;
    space_len_ = len;
  }
  void FlushSpace() {
    if (!pending_space_) return;
    pending_space_ = false;
    out_.text.push_back(' ');
    if (space_len_ == 1) {
      out_.map.AddCopy(space_src_, 1);
    } else {
      out_.map.AddReplace(space_src_, space_len_, 1);
    }
  }

  HtmlText& out_;
  bool pending_space_ = false;
  size_t space_src_ = 0, space_len_ = 0;
};

// Length of a character reference at s[0] ('&'), or 0 if s does not start with one Gumbo decodes.
size_t EntityLength(std::string_view s) {
  size_t i = 1;
  if (i < s.size() && s[i] == '#') {
    ++i;
    const bool hex = i < s.size() && (s[i] == 'x' || s[i] == 'X');
    if (hex) ++i;
    const size_t digits = i;
    while (i < s.size() && (hex ? std::isxdigit(static_cast<unsigned char>(s[i])) : std::isdigit(static_cast<unsigned char>(s[i])))) ++i;
    if (i == digits) return 0;
  } else {
    while (i < s.size() && std::isalnum(static_cast<unsigned char>(s[i])) && i < 40) ++i;
    if (i == 1) return 0;
  }
  if (i < s.size() && s[i] == ';') ++i;
  return i;
}

// Length of the common prefix of a and b that has no '&' (where a character reference may begin),
// backed up to a character start: a stretch the loop below would walk character by character,
// finding each the same on both sides. Eight bytes at a time. Both are well-formed UTF-8.
size_t VerbatimPrefix(std::string_view a, std::string_view b) {
  const size_t n = std::min(a.size(), b.size());
  size_t k = 0;
  for (; k + 8 <= n; k += 8) {
    const uint64_t wa = word_scan::Load(a.data() + k), wb = word_scan::Load(b.data() + k);
    if (wa != wb || word_scan::BytesEqual(wb, '&') != 0) break;
  }
  while (k < n && a[k] == b[k] && b[k] != '&') ++k;
  // A character the mismatch cuts through is left to the careful path.
  const auto continues = [](std::string_view s, size_t at) { return at < s.size() && !utf8::IsLead(static_cast<unsigned char>(s[at])); };
  while (k > 0 && (continues(a, k) || continues(b, k))) --k;
  return k;
}

// Aligns a text node's decoded text with its original source text, code point by code point:
// verbatim runs, character references, CR/CRLF (which HTML turns into LF), and characters the
// parser replaced (NUL and noncharacters become U+FFFD), so no piece starts inside a character.
void AlignTextNode(std::string_view decoded, std::string_view original, size_t base, TextBuilder& tb) {
  size_t i = 0, j = 0, run_i = 0, run_j = 0;
  const auto flush_run = [&] {
    if (i > run_i) tb.Piece(decoded.substr(run_i, i - run_i), base + run_j, i - run_i, true);
  };
  while (i < decoded.size() && j < original.size()) {
    if (const size_t same = VerbatimPrefix(decoded.substr(i), original.substr(j))) {
      i += same;
      j += same;
      continue;
    }
    size_t di = i, oj = j;
    if (original[j] == '&') {
      const size_t len = EntityLength(original.substr(j));
      // Gumbo leaves unknown references as literal text; a decoded one no longer reads the same.
      if (len > 0 && decoded.substr(i, len) != original.substr(j, len)) {
        oj = j + len;
        utf8::Decode(decoded, di);  // a reference decodes to one code point
      }
    }
    if (oj == j) {
      utf8::Decode(decoded, di);
      utf8::Decode(original, oj);
      if (decoded.substr(i, di - i) == original.substr(j, oj - j)) {  // the same character
        i = di;
        j = oj;
        continue;
      }
      if (original[j] == '\r' && decoded[i] == '\n' && j + 1 < original.size() && original[j + 1] == '\n') {
        oj = j + 2;  // CRLF → LF
      }
    }
    flush_run();
    tb.Piece(decoded.substr(i, di - i), base + j, oj - j, false);
    i = di;
    j = oj;
    run_i = i;
    run_j = j;
  }
  flush_run();
  if (i < decoded.size()) tb.Piece(decoded.substr(i), base + original.size(), 0, false);
}

// Gumbo makes thousands of small allocations for a page (nodes, attributes, growing string
// buffers) and frees them all together at the end: a bump arena per thread, emptied for every page,
// stands in for malloc and free. Blocks beyond the first few (and oversized ones) are given back
// after each page.
class GumboArena {
 public:
  static void* Allocate(void* arena, size_t size) { return static_cast<GumboArena*>(arena)->Take(size); }
  static void Deallocate(void*, void*) {}  // everything goes at once, in Reset

  void Reset() {
    // Oversized blocks (one large buffer of a large page) are not kept for the next page.
    std::erase_if(blocks_, [](const Block& b) { return b.size > kBlockSize; });
    if (blocks_.size() > kKeptBlocks) blocks_.resize(kKeptBlocks);
    current_ = 0;
    used_ = 0;
  }

 private:
  static constexpr size_t kBlockSize = 256 << 10, kKeptBlocks = 4, kAlign = alignof(std::max_align_t);
  struct Block {
    std::unique_ptr<char[]> data;
    size_t size;
  };

  void* Take(size_t size) {
    size = (size + kAlign - 1) & ~(kAlign - 1);
    while (current_ < blocks_.size() && used_ + size > blocks_[current_].size) {
      ++current_;  // the rest of a block too small for this request stays unused until Reset
      used_ = 0;
    }
    if (current_ == blocks_.size()) {
      const size_t n = std::max(size, kBlockSize);
      blocks_.push_back({std::make_unique_for_overwrite<char[]>(n), n});
    }
    void* p = blocks_[current_].data.get() + used_;
    used_ += size;
    return p;
  }

  std::vector<Block> blocks_;
  size_t current_ = 0, used_ = 0;
};

bool IsAsciiLetter(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool IsNameByte(char c) { return IsAsciiLetter(c) || (c >= '0' && c <= '9') || c == '-' || c == ':'; }

// A lower-cased tag name of up to eight bytes packed into one integer, so that it is compared with
// the lists below by integer compares; longer names (none of theirs) are kLongName.
constexpr uint64_t kLongName = ~uint64_t{0};
constexpr uint64_t PackName(std::string_view name) {
  if (name.size() > 8) return kLongName;
  uint64_t v = 0;
  for (size_t k = 0; k < name.size(); ++k) v |= uint64_t{static_cast<unsigned char>(name[k])} << (8 * k);
  return v;
}

// Elements that never nest: void elements and those the parser closes by themselves.
constexpr uint64_t kNeverNest[] = {
    PackName("br"),    PackName("img"),  PackName("hr"),     PackName("input"), PackName("meta"),     PackName("link"),
    PackName("area"),  PackName("base"), PackName("col"),    PackName("embed"), PackName("param"),    PackName("source"),
    PackName("track"), PackName("wbr"),  PackName("p"),      PackName("li"),    PackName("dt"),       PackName("dd"),
    PackName("option"), PackName("optgroup"), PackName("tr"), PackName("td"),   PackName("th"),       PackName("tbody"),
    PackName("thead"), PackName("tfoot"), PackName("rb"),    PackName("rt"),    PackName("rp")};
// Elements whose content is raw text, up to their end tag.
constexpr uint64_t kRawText[] = {PackName("script"), PackName("style"), PackName("textarea"),
                                 PackName("title"),  PackName("xmp"),   PackName("noscript")};

template <size_t N>
bool OneOf(uint64_t name, const uint64_t (&names)[N]) {
  return std::find(std::begin(names), std::end(names), name) != std::end(names);
}

}  // namespace

size_t HtmlNestingCut(std::string_view html, size_t max_depth, uint64_t max_work) {
  size_t depth = 0;
  uint64_t work = 0;
  size_t i = 0;
  while ((i = html.find('<', i)) != std::string_view::npos) {
    const size_t tag_start = i;
    if (html.substr(i, 4) == "<!--") {
      const size_t end = html.find("-->", i + 4);
      if (end == std::string_view::npos) break;
      i = end + 3;
      continue;
    }
    const bool closing = i + 1 < html.size() && html[i + 1] == '/';
    size_t j = i + (closing ? 2 : 1);
    if (j >= html.size() || !IsAsciiLetter(html[j])) {
      i = j;
      continue;
    }
    uint64_t name = 0;
    for (size_t len = 0; j < html.size() && IsNameByte(html[j]); ++j, ++len) {
      const char lower = IsAsciiLetter(html[j]) ? static_cast<char>(html[j] | 0x20) : html[j];
      name = len < 8 ? name | uint64_t{static_cast<unsigned char>(lower)} << (8 * len) : kLongName;
    }
    // The end of the tag, skipping quoted attribute values.
    while (j < html.size() && html[j] != '>') {
      if (html[j] == '"' || html[j] == '\'') {
        const size_t close = html.find(html[j], j + 1);
        j = close == std::string_view::npos ? html.size() : close + 1;
        continue;
      }
      ++j;
    }
    const bool self_closing = j > 0 && j < html.size() && html[j - 1] == '/';
    i = j < html.size() ? j + 1 : j;
    if (OneOf(name, kNeverNest)) continue;
    if (closing) {
      if (depth > 0) --depth;
      continue;
    }
    if (self_closing) continue;
    if (OneOf(name, kRawText)) {  // skip to its end tag
      const size_t end = html.find("</", i);
      i = end == std::string_view::npos ? html.size() : end;
      continue;
    }
    ++depth;
    work += depth;
    if (depth > max_depth || work > max_work) return tag_start;
  }
  return std::string_view::npos;
}

namespace {

// Walks the parsed page and appends its text to out; drops chrome (IsBoilerplate), and chrome by
// name (IsNamedChrome) if drop_named_chrome. Returns whether it dropped any chrome by name.
bool CollectText(const GumboOutput* doc, std::string_view html, const HtmlOptions& options,
                 const Boilerplate& boilerplate, bool drop_named_chrome, HtmlText& out) {
  TextBuilder tb(out);
  bool dropped_named = false;

  struct Frame {
    const GumboNode* node;
    unsigned next_child;
    bool article;  // inside <article> or <main>
  };
  std::vector<Frame> stack;
  stack.push_back({doc->root, 0, false});
  bool depth_warned = false;
  size_t last_src_end = 0;
  while (!stack.empty()) {
    Frame& f = stack.back();
    const GumboNode* node = f.node;
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) {
      stack.pop_back();
      continue;
    }
    const GumboElement& e = node->v.element;
    const Role role = RoleOf(e.tag);
    if (f.next_child == 0) {  // entering
      if (role == Role::kBlock || role == Role::kBreak) tb.Break(e.start_pos.offset);
      if (role == Role::kCell) tb.CellGap(e.start_pos.offset);
    }
    if (f.next_child >= e.children.length) {  // leaving
      if (role == Role::kBlock || role == Role::kBreak) {
        tb.Break(e.end_pos.offset > 0 ? e.end_pos.offset : e.start_pos.offset);
      }
      stack.pop_back();
      continue;
    }
    const auto* child = static_cast<const GumboNode*>(e.children.data[f.next_child++]);
    const bool in_article = f.article || e.tag == GUMBO_TAG_ARTICLE || e.tag == GUMBO_TAG_MAIN;
    if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE || child->type == GUMBO_NODE_CDATA) {
      const GumboText& t = child->v.text;
      const size_t base = static_cast<size_t>(t.original_text.data - html.data());
      // The parser moves some text (foster parenting out of tables, misnested formatting): text
      // that comes from earlier in the source starts a new line, so no span crosses the jump.
      if (base < last_src_end) tb.Break(base);
      last_src_end = std::max(last_src_end, base + t.original_text.length);
      AlignTextNode(t.text, std::string_view(t.original_text.data, t.original_text.length), base, tb);
      continue;
    }
    if (child->type != GUMBO_NODE_ELEMENT && child->type != GUMBO_NODE_TEMPLATE) continue;
    const bool named_chrome = drop_named_chrome && IsNamedChrome(child, boilerplate);
    dropped_named = dropped_named || named_chrome;
    if (named_chrome || IsBoilerplate(child, in_article, boilerplate)) {
      // A dropped block still separates the text around it.
      if (RoleOf(child->v.element.tag) != Role::kInline) tb.Break(child->v.element.start_pos.offset);
      continue;
    }
    if (stack.size() >= options.max_depth + 16) {  // the pre-scan's estimate can be low by a few
      if (!depth_warned && out.warnings.empty()) out.warnings.push_back("html_depth_limit");
      depth_warned = true;
      continue;
    }
    stack.push_back({child, 0, in_article});
  }
  if (!out.text.empty() && out.text.back() != '\n') tb.Break(html.size());
  return dropped_named;
}

}  // namespace

HtmlText HtmlToText(std::string_view html, const HtmlOptions& options) {
  HtmlText out;
  const Boilerplate& boilerplate = LoadBoilerplate();
  // Gumbo's cost grows with the square of the nesting depth (20,000 unclosed <div> take ~10 s):
  // parse only up to where the nesting goes past the limit, and say so.
  if (const size_t cut = HtmlNestingCut(html, options.max_depth, options.max_nesting_work);
      cut != std::string_view::npos) {
    html = html.substr(0, cut);
    out.warnings.push_back("html_depth_limit");
  }
  GumboOptions opts = kGumboDefaultOptions;
  opts.max_errors = 16;
  // Pages of up to a few hundred KB (nearly all) parse in the arena; a very large page uses malloc,
  // which reuses what Gumbo frees while it parses, where the arena would grow to several times
  // the page.
  constexpr size_t kArenaMaxPage = 1 << 20;
  thread_local GumboArena arena;
  if (html.size() <= kArenaMaxPage) {
    arena.Reset();
    opts.allocator = &GumboArena::Allocate;
    opts.deallocator = &GumboArena::Deallocate;
    opts.userdata = &arena;
  }
  GumboOutput* doc = gumbo_parse_with_options(&opts, html.data(), html.size());
  const std::vector<std::string> warnings = out.warnings;
  if (CollectText(doc, html, options, boilerplate, /*drop_named_chrome=*/true, out) && !HasVisibleText(out.text)) {
    // All the text was in chrome by name (a pop-up notice, a fragment whose only container is
    // called "banner"): a page is not dropped whole on a class name; the text is kept, and said so.
    out = HtmlText{};
    out.warnings = warnings;
    CollectText(doc, html, options, boilerplate, /*drop_named_chrome=*/false, out);
    out.warnings.push_back("html_chrome_kept");
  }
  gumbo_destroy_output(&opts, doc);
  return out;
}

}  // namespace pe
