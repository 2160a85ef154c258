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

bool ExampleCueCancelled(std::string_view text, const CueHit& h) {
  const auto& cols = h.row->cols;
  const auto listed = [](const std::string& list, std::string_view piece) {
    if (piece.empty()) return false;
    size_t start = 0;
    for (;;) {
      const size_t comma = list.find(',', start);
      const std::string_view item = std::string_view(list).substr(start, comma == std::string::npos ? std::string::npos : comma - start);
      if (!item.empty() && piece.substr(0, item.size()) == item) return true;
      if (comma == std::string::npos) return false;
      start = comma + 1;
    }
  };
  if (cols.size() >= 2 && listed(cols[1], text.substr(h.end, 6))) return true;
  if (cols.size() >= 3 && h.start >= 3) {
    // The character before the cue (one CJK character, 3 bytes).
    const std::string_view prev = text.substr(h.start - 3, 3);
    size_t start = 0;
    const std::string& list = cols[2];
    for (;;) {
      const size_t comma = list.find(',', start);
      if (std::string_view(list).substr(start, comma == std::string::npos ? std::string::npos : comma - start) == prev) return true;
      if (comma == std::string::npos) break;
      start = comma + 1;
    }
  }
  return false;
}

bool ContainsAny(std::string_view text, std::initializer_list<std::string_view> needles) {
  for (std::string_view n : needles) {
    if (text.find(n) != std::string_view::npos) return true;
  }
  return false;
}

}  // namespace pe
