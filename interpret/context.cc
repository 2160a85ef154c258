#include "interpret/context.h"

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

bool ContainsAny(std::string_view text, std::initializer_list<std::string_view> needles) {
  for (std::string_view n : needles) {
    if (text.find(n) != std::string_view::npos) return true;
  }
  return false;
}

}  // namespace pe
