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

void MentionFlags::Assign(FlagName name, Kind kind, std::string_view value) {
  const size_t i = IndexOf(name);
  if (i == size_) {
    if (size_ == kMax) TooMuch("more than kMax");
    ++size_;
  }
  Member& m = members_[i];
  m.name = name;
  m.kind = kind;
  m.offset = m.size = 0;
  if (kind != Kind::kString || value.empty()) return;
  if (text_.size() + value.size() > UINT16_MAX) TooMuch("values too long");
  m.offset = static_cast<uint16_t>(text_.size());
  m.size = static_cast<uint16_t>(value.size());
  text_.append(value);
}

void MentionFlags::Erase(FlagName name) {
  const size_t i = IndexOf(name);
  if (i == size_) return;
  std::copy(members_.begin() + i + 1, members_.begin() + size_, members_.begin() + i);
  --size_;
}

char* MentionFlags::PutJson(char* p) const {
  for (size_t i = 0; i < size_; ++i) {
    const Member& m = members_[i];
    p = Put(PutText(Put(p, ",\""), m.name.str()), "\":");
    switch (m.kind) {
      case Kind::kString: p = WriteJsonString(p, Text(m)); break;
      case Kind::kTrue: p = Put(p, "true"); break;
      case Kind::kFalse: p = Put(p, "false"); break;
    }
  }
  return p;
}

}  // namespace pe
