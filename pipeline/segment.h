// Segmentation: a normalised page → articles (the main article, then each related item) →
// blocks (title, heading, paragraph, list item, disclaimer, snippet, category/date line) →
// sentences. Offsets are into the normalised text. Words that mark the parts are data
// (pipeline/data/segment_markers.txt).
#pragma once
#include <algorithm>
#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace pe {

enum class BlockKind { kTitle, kHeading, kParagraph, kListItem, kDisclaimer, kRelatedHeader, kSnippet, kCategoryDate };
const char* BlockKindName(BlockKind k);

struct TextRange {
  size_t start = 0, end = 0;
  std::string_view in(std::string_view text) const { return text.substr(start, end - start); }
  bool contains(size_t pos) const { return pos >= start && pos < end; }
};

// A block's sentences: up to kInline kept in place, more on the heap. On the generated corpus 76%
// of blocks have one sentence and 99% at most six; a heap list per block cost an allocation and a
// free each.
class SentenceList {
 public:
  static constexpr size_t kInline = 6;

  SentenceList() = default;
  SentenceList(const SentenceList& o) { assign(o.begin(), o.end()); }
  SentenceList(SentenceList&& o) noexcept : inline_(o.inline_), size_(o.size_), heap_(std::move(o.heap_)) {
    o.size_ = 0;
    o.heap_.clear();
  }
  SentenceList& operator=(const SentenceList& o) {
    if (this != &o) assign(o.begin(), o.end());
    return *this;
  }
  SentenceList& operator=(SentenceList&& o) noexcept {
    if (this == &o) return *this;
    inline_ = o.inline_;
    size_ = o.size_;
    heap_ = std::move(o.heap_);
    o.size_ = 0;
    o.heap_.clear();
    return *this;
  }

  void assign(const TextRange* first, const TextRange* last) {
    size_ = static_cast<size_t>(last - first);
    if (size_ <= kInline) {
      heap_.clear();
      std::copy(first, last, inline_.begin());
    } else {
      heap_.assign(first, last);
    }
  }

  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  const TextRange* begin() const { return size_ <= kInline ? inline_.data() : heap_.data(); }
  const TextRange* end() const { return begin() + size_; }
  const TextRange& operator[](size_t i) const { return begin()[i]; }

 private:
  std::array<TextRange, kInline> inline_{};
  size_t size_ = 0;
  std::vector<TextRange> heap_;  // all of them, when more than kInline
};

struct Block {
  BlockKind kind = BlockKind::kParagraph;
  TextRange range;                 ///< the line, without surrounding spaces
  std::string marker;              ///< list marker as written ("1.", "•", "一、", "(1)"), empty if none
  int indent = 0;                  ///< leading spaces on the line (text input keeps them; HTML does not)
  SentenceList sentences;
};

enum class ArticleKind { kMain, kRelated };

struct Article {
  ArticleKind kind = ArticleKind::kMain;
  int index = 0;                   ///< 0 for the main article, 1.. for related items in page order
  TextRange range;                 ///< from the title to the last block
  TextRange title;
  std::vector<Block> blocks;       ///< including the title block
  TextRange category;              ///< related items: the category on the category/date line
  TextRange published;             ///< the date on that line
};

struct Page {
  std::vector<Article> articles;
  std::vector<std::string> warnings;
};

Page Segment(std::string_view text);

}  // namespace pe
