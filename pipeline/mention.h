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

/// The name of a mention flag: one of the schema's (kNames), checked when compiled — a string
/// literal that names no flag does not compile — and held in a byte.
class FlagName {
 public:
  static constexpr std::string_view kNames[] = {
      "qualifier", "unit", "currency", "period", "points", "age",          // quantities
      "recurring", "relative_to", "year_inferred", "role",                 // dates
      "kind", "area_code", "area_city", "area_code_inferred", "service",   // phones
      "renamed_from", "in_org", "in_title", "ambiguous",                   // regions
      "unverified"};                                                       // phones (added in schema 1.2.0)

  consteval FlagName(const char* name) : index_(IndexOf(name)) {}  // NOLINT: implicit from literals
  std::string_view str() const { return kNames[index_]; }
  bool operator==(const FlagName&) const = default;

 private:
  static consteval uint8_t IndexOf(std::string_view name) {
    for (size_t i = 0; i < std::size(kNames); ++i) {
      if (kNames[i] == name) return static_cast<uint8_t>(i);
    }
    throw "not a flag name: add it to FlagName::kNames (and to the schema)";
  }
  uint8_t index_;
};

/// A mention's further fields, written beside its value (qualifier, unit, kind, ...): each a string
/// or true/false, in the order first set. Held inline in 32 bytes and the strings' bytes together
/// in one std::string (no allocation up to 15 bytes: 98% of mentions). A Json object here cost an
/// allocation per flagged mention (half of them) and a tree to move and free; and a mention is
/// moved as mentions are sorted, so its size counts (callgrind: -0.13% for 32 bytes less).
class MentionFlags {
 public:
  /// The most flag names one extractor sets (date: qualifier, recurring, relative_to, role,
  /// year_inferred; phone: five too). Setting more is a programming error (Assign aborts).
  static constexpr size_t kMax = 5;

  /// Sets name to a string (copied), replacing its value if set.
  void Set(FlagName name, std::string_view value) { Assign(name, Kind::kString, value); }
  /// Sets name to true or false. (Only for bool: a string literal would convert to bool.)
  template <typename Bool>
    requires std::same_as<Bool, bool>
  void Set(FlagName name, Bool value) {
    Assign(name, value ? Kind::kTrue : Kind::kFalse, {});
  }
  void Erase(FlagName name);

  bool Has(FlagName name) const { return FindMember(name) != nullptr; }
  /// name's value if it is a string; "" if absent or true/false.
  std::string_view String(FlagName name) const {
    const Member* m = FindMember(name);
    return m && m->kind == Kind::kString ? Text(*m) : std::string_view();
  }
  /// True if name is set to true.
  bool IsTrue(FlagName name) const {
    const Member* m = FindMember(name);
    return m && m->kind == Kind::kTrue;
  }
  bool empty() const { return size_ == 0; }
  size_t size() const { return size_; }

  /// Most bytes PutJson writes. Inline: asked for every mention written, most have no flags.
  size_t MaxJson() const {
    size_t n = 0;
    for (size_t i = 0; i < size_; ++i) {
      const Member& m = members_[i];
      n += m.name.str().size() + 4 + (m.kind == Kind::kString ? MaxJsonString(m.size) : 5);
    }
    return n;
  }
  /// Writes the members at p as ,"name":value each (names need no escaping); returns the end.
  char* PutJson(char* p) const;

 private:
  enum class Kind : uint8_t { kString, kTrue, kFalse };
  struct Member {  // 6 bytes
    FlagName name = "qualifier";
    Kind kind = Kind::kTrue;
    uint16_t offset = 0;  // of the string value in text_
    uint16_t size = 0;
  };

  void Assign(FlagName name, Kind kind, std::string_view value);
  /// The index of name's member, or size_ if none.
  size_t IndexOf(FlagName name) const {
    size_t i = 0;
    while (i < size_ && members_[i].name != name) ++i;
    return i;
  }
  const Member* FindMember(FlagName name) const {
    const size_t i = IndexOf(name);
    return i < size_ ? &members_[i] : nullptr;
  }
  std::string_view Text(const Member& m) const { return std::string_view(text_).substr(m.offset, m.size); }

  std::array<Member, kMax> members_;
  uint8_t size_ = 0;
  std::string text_;  // the string values, one after another (a replaced one stays, unused)
};

/// type, extractor and rule view text that outlives every mention: string literals, or names held
/// by the extractor set (which lives for the whole process). Never a temporary string: a mention
/// is moved many times as mentions are sorted, and three strings each (rule names over 15
/// characters allocated) cost more to build, move and free than the views. They never need JSON
/// escaping (the records copy them as they are): ExtractorSet::Init checks the extractor and rule
/// names it holds, the schema (checked on the corpus) every type and rule.
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
