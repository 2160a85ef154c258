// The administrative-division gazetteer (data/gazetteer/, GB/T 2260 codes, current names, former
// names, long-distance area codes), loaded once from the embedded TSVs and shared read-only.
// The region extractor matches names against it; the phone extractor and the interpret stage use
// it for area codes and parent units.
#pragma once
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace pe {

enum class DivisionLevel { kProvince, kCity, kCounty };
const char* DivisionLevelName(DivisionLevel l);

struct Division {
  std::string code;                 ///< "430300"
  DivisionLevel level = DivisionLevel::kCounty;
  std::string name;                 ///< "湘潭市"
  std::vector<std::string> shorts;  ///< "湘潭"
  std::string parent_code;          ///< empty for provinces
  std::string province;             ///< "湖南省"
  std::string city;                 ///< "湘潭市"; empty for provinces and county-level units directly under one
  int parent_index = -1;            ///< index of the parent in Gazetteer::all(), -1 for provinces
};

struct FormerName {
  std::string old_code, old_name, new_code;
};

class Gazetteer {
 public:
  static const Gazetteer& Get();

  const std::vector<Division>& all() const { return divisions_; }
  const Division* Find(std::string_view code) const;
  const Division* Parent(const Division& d) const {
    return d.parent_index < 0 ? nullptr : &divisions_[static_cast<size_t>(d.parent_index)];
  }
  /// The prefecture-level unit of d: itself for a city, its parent for a county, the municipality
  /// for a municipality or its districts; nullptr for a province or a county directly under one.
  const Division* CityOf(const Division& d) const;
  /// Area codes of d, or of its city, or of its province, whichever has one first ("0739").
  std::vector<std::string> AreaCodesOf(const Division& d) const;
  /// Units (usually cities) an area code belongs to.
  const std::vector<const Division*>& DivisionsForAreaCode(std::string_view area_code) const;
  const std::vector<FormerName>& former_names() const { return former_; }
  /// Short names that are everyday words (资源, 合作): not matched alone.
  bool IsStopShort(std::string_view s) const;
  /// The province/city/county path of d, from the top ("湖南省", "益阳市", "南县").
  std::vector<std::string> Path(const Division& d) const;

 private:
  Gazetteer();
  static std::optional<uint32_t> CodeNumber(std::string_view code);  ///< "430300" → 430300
  std::vector<Division> divisions_;
  // Find() by code: six-digit codes (all of GB/T 2260) keyed by their number, no string to build
  // or hash, in a flat open-addressing table at most half full; anything else by string.
  // Interpretation looks a code up for every region mention, and a node-based map cost two
  // dependent cache misses a lookup (bucket, then node) before the division's own.
  struct CodeSlot {
    uint32_t number = 0;
    uint32_t index = kNoIndex;  // into divisions_; kNoIndex: an empty slot
  };
  static constexpr uint32_t kNoIndex = UINT32_MAX;
  size_t CodeSlotOf(uint32_t number) const;  ///< where number is, or the empty slot it would take
  std::vector<CodeSlot> by_number_;
  std::unordered_map<std::string, size_t> by_other_code_;
  std::unordered_map<std::string, std::vector<std::string>> area_codes_by_division_;
  std::unordered_map<std::string, std::vector<const Division*>> divisions_by_area_code_;
  std::vector<FormerName> former_;
  // Looked up by string_view without building a std::string (the region extractor asks for each
  // of its ~3,000 short names at start-up).
  struct ViewHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_set<std::string, ViewHash, std::equal_to<>> stop_shorts_;
};

}  // namespace pe
