// Segmentation: a normalised page → articles (the main article, then each related item) →
// blocks (title, heading, paragraph, list item, disclaimer, snippet, category/date line) →
// sentences. Offsets are into the normalised text. Words that mark the parts are data
// (pipeline/data/segment_markers.txt).
#pragma once
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

struct Block {
  BlockKind kind = BlockKind::kParagraph;
  TextRange range;                 ///< the line, without surrounding spaces
  std::string marker;              ///< list marker as written ("1.", "•", "一、", "(1)"), empty if none
  int indent = 0;                  ///< leading spaces on the line (text input keeps them; HTML does not)
  std::vector<TextRange> sentences;
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
