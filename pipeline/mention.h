// A mention: one entity found in the normalised text, with its resolved value. Spans are into the
// normalised text here; the emit stage maps them back to the source as delivered.
#pragma once
#include <array>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

#include "pipeline/json.h"

namespace pe {

/// A value many mentions share (a region's division): the tree, and its JSON text written once
/// for the records.
struct SharedValue {
  explicit SharedValue(Json v) : tree(std::move(v)), json(tree.Dump()) {}
  Json tree;
  std::string json;  ///< tree.Dump()
};

/// A mention's further fields, written beside its value (qualifier, unit, kind, ...): each a string
/// or true/false, in the order first set. Held inline, the strings' bytes together in one
/// std::string (no allocation up to 15 bytes: 98% of mentions). A Json object here cost an
/// allocation per flagged mention (half of them) and a tree to move and free.
class MentionFlags {
 public:
  /// The most members a mention has (phone: kind, area_code, area_city, area_code_inferred).
  static constexpr size_t kMax = 6;

  /// Sets key to a string, replacing its value if set. key must outlive the mention (a string
  /// literal: only the view is kept); value is copied.
  void Set(std::string_view key, std::string_view value) { Assign(key, Kind::kString, value); }
  /// Sets key to true or false. (Only for bool: a string literal would convert to bool.)
  template <typename Bool>
    requires std::same_as<Bool, bool>
  void Set(std::string_view key, Bool value) {
    Assign(key, value ? Kind::kTrue : Kind::kFalse, {});
  }
  void Erase(std::string_view key);

  bool Has(std::string_view key) const { return FindMember(key) != nullptr; }
  /// key's value if it is a string; "" if absent or true/false.
  std::string_view String(std::string_view key) const {
    const Member* m = FindMember(key);
    return m && m->kind == Kind::kString ? Text(*m) : std::string_view();
  }
  /// True if key is set to true.
  bool IsTrue(std::string_view key) const {
    const Member* m = FindMember(key);
    return m && m->kind == Kind::kTrue;
  }
  bool empty() const { return size_ == 0; }
  size_t size() const { return size_; }

  /// Most bytes PutJson writes.
  size_t MaxJson() const;
  /// Writes the members at p as ,"key":value each (keys need no escaping); returns the end.
  char* PutJson(char* p) const;

 private:
  enum class Kind : uint8_t { kString, kTrue, kFalse };
  struct Member {  // 16 bytes
    const char* key;
    uint16_t offset;  // of the string value in text_
    uint16_t size;
    uint8_t key_size;
    Kind kind;
  };

  void Assign(std::string_view key, Kind kind, std::string_view value);
  /// The index of key's member, or size_ if none.
  size_t IndexOf(std::string_view key) const {
    size_t i = 0;
    while (i < size_ && std::string_view(members_[i].key, members_[i].key_size) != key) ++i;
    return i;
  }
  const Member* FindMember(std::string_view key) const {
    const size_t i = IndexOf(key);
    return i < size_ ? &members_[i] : nullptr;
  }
  std::string_view Text(const Member& m) const { return std::string_view(text_).substr(m.offset, m.size); }

  std::array<Member, kMax> members_{};
  uint8_t size_ = 0;
  std::string text_;  // the string values, one after another (a replaced one stays, unused)
};

/// type, extractor and rule view text that outlives every mention: string literals, or names held
/// by the extractor set (which lives for the whole process). Never a temporary string: a mention
/// is moved many times as mentions are sorted, and three strings each (rule names over 15
/// characters allocated) cost more to build, move and free than the views.
struct Mention {
  std::string_view type;  ///< "date", "money", "region", ...
  size_t start = 0;       ///< normalised-text byte offsets, half-open
  size_t end = 0;
  Json value;             ///< the normalised value (see output_schema/policy_record.schema.json); read Value()
  std::string_view extractor;  ///< the extractor that made it ("date")
  std::string_view rule;       ///< the rule ("date/ymd")
  MentionFlags flags;     ///< further fields emitted beside value (qualifier, unit, kind, ...)
  /// Instead of value: a value many mentions share, owned by its extractor for the whole process,
  /// so a mention need not copy the tree.
  const SharedValue* shared_value = nullptr;

  /// The normalised value: the shared one if set, else value.
  const Json& Value() const { return shared_value ? shared_value->tree : value; }
};

/// Orders by start, then longer first, then type: the order mentions are emitted in.
inline bool MentionBefore(const Mention& a, const Mention& b) {
  if (a.start != b.start) return a.start < b.start;
  if (a.end != b.end) return a.end > b.end;
  return a.type < b.type;
}

}  // namespace pe
