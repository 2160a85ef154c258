#include "pipeline/mention.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace pe {

namespace {

[[noreturn]] void TooMuch(const char* what) {
  // A programming error (the extractors set a few short flags each): never a silently shorter
  // record.
  std::fprintf(stderr, "policy-extract: internal error: mention flags: %s\n", what);
  std::abort();
}

}  // namespace

void MentionFlags::Assign(std::string_view key, Kind kind, std::string_view value) {
  const size_t i = IndexOf(key);
  if (i == size_) {
    if (size_ == kMax) TooMuch("more than kMax");
    if (key.size() > UINT8_MAX) TooMuch("key too long");
    ++size_;
  }
  Member& m = members_[i];
  m.key = key.data();
  m.key_size = static_cast<uint8_t>(key.size());
  m.kind = kind;
  m.offset = m.size = 0;
  if (kind != Kind::kString || value.empty()) return;
  if (text_.size() + value.size() > UINT16_MAX) TooMuch("values too long");
  m.offset = static_cast<uint16_t>(text_.size());
  m.size = static_cast<uint16_t>(value.size());
  text_.append(value);
}

void MentionFlags::Erase(std::string_view key) {
  const size_t i = IndexOf(key);
  if (i == size_) return;
  std::copy(members_.begin() + i + 1, members_.begin() + size_, members_.begin() + i);
  --size_;
}

size_t MentionFlags::MaxJson() const {
  size_t n = 0;
  for (size_t i = 0; i < size_; ++i) {
    const Member& m = members_[i];
    n += m.key_size + 4 + (m.kind == Kind::kString ? MaxJsonString(m.size) : 5);
  }
  return n;
}

char* MentionFlags::PutJson(char* p) const {
  for (size_t i = 0; i < size_; ++i) {
    const Member& m = members_[i];
    p = Put(PutText(Put(p, ",\""), std::string_view(m.key, m.key_size)), "\":");
    switch (m.kind) {
      case Kind::kString: p = WriteJsonString(p, Text(m)); break;
      case Kind::kTrue: p = Put(p, "true"); break;
      case Kind::kFalse: p = Put(p, "false"); break;
    }
  }
  return p;
}

}  // namespace pe
