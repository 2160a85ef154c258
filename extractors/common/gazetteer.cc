#include "extractors/common/gazetteer.h"

#include <algorithm>

#include "extractors/common/text_util.h"
#include "pipeline/embedded.h"

namespace pe {

const char* DivisionLevelName(DivisionLevel l) {
  switch (l) {
    case DivisionLevel::kProvince: return "province";
    case DivisionLevel::kCity: return "city";
    case DivisionLevel::kCounty: return "county";
  }
  return "county";
}

const Gazetteer& Gazetteer::Get() {
  static const Gazetteer* g = new Gazetteer();
  return *g;
}

Gazetteer::Gazetteer() {
  // Built straight from views into the file: this runs at every start-up.
  divisions_.reserve(3500);  // the file has ~3,200 rows (more would only regrow)
  ForEachTsvRow("data/gazetteer/divisions.tsv", [&](const std::vector<std::string_view>& row) {
    if (row.size() < 7) return;
    Division d;
    d.code = row[0];
    d.level = row[1] == "province" ? DivisionLevel::kProvince : row[1] == "city" ? DivisionLevel::kCity
                                                                                 : DivisionLevel::kCounty;
    d.name = row[2];
    const std::string_view shorts = row[3];
    size_t start = 0;
    while (start <= shorts.size() && !shorts.empty()) {
      const size_t bar = shorts.find('|', start);
      d.shorts.emplace_back(shorts.substr(start, bar == std::string_view::npos ? std::string_view::npos : bar - start));
      if (bar == std::string_view::npos) break;
      start = bar + 1;
    }
    d.parent_code = row[4];
    d.province = row[5];
    d.city = row[6];
    divisions_.push_back(std::move(d));
  });
  size_t slots = 16;
  while (slots < 2 * divisions_.size()) slots *= 2;
  by_number_.assign(slots, CodeSlot{});
  for (size_t i = 0; i < divisions_.size(); ++i) {  // a code listed twice: the later row wins
    if (const auto n = CodeNumber(divisions_[i].code)) by_number_[CodeSlotOf(*n)] = {*n, static_cast<uint32_t>(i)};
    else by_other_code_[divisions_[i].code] = i;
  }
  for (Division& d : divisions_) {
    if (const Division* p = Find(d.parent_code)) d.parent_index = static_cast<int>(p - divisions_.data());
  }
  ForEachTsvRow("data/gazetteer/area_codes.tsv", [&](const std::vector<std::string_view>& row) {
    if (row.size() >= 2) area_codes_by_division_[std::string(row[1])].emplace_back(row[0]);
  });
  for (const auto& [code, acs] : area_codes_by_division_) {
    if (const Division* d = Find(code)) {
      for (const std::string& ac : acs) divisions_by_area_code_[ac].push_back(d);
    }
  }
  for (auto& [ac, ds] : divisions_by_area_code_) {
    std::sort(ds.begin(), ds.end(), [](const Division* a, const Division* b) { return a->code < b->code; });
  }
  ForEachTsvRow("data/gazetteer/former_names.tsv", [&](const std::vector<std::string_view>& row) {
    if (row.size() >= 3) former_.push_back({std::string(row[0]), std::string(row[1]), std::string(row[2])});
  });
  ForEachTsvRow("data/gazetteer/short_name_stoplist.txt", [&](const std::vector<std::string_view>& row) {
    if (row.empty()) return;
    std::string_view w = row[0];
    w = w.substr(0, w.find_first_of(" #"));
    if (!w.empty()) stop_shorts_.emplace(w);
  });
}

std::optional<uint32_t> Gazetteer::CodeNumber(std::string_view code) {
  if (code.size() != 6) return std::nullopt;
  uint32_t n = 0;
  for (char c : code) {
    if (c < '0' || c > '9') return std::nullopt;
    n = n * 10 + static_cast<uint32_t>(c - '0');
  }
  return n;
}

size_t Gazetteer::CodeSlotOf(uint32_t number) const {
  const size_t mask = by_number_.size() - 1;
  size_t i = (number * 0x9E3779B1u) >> 8 & mask;
  while (by_number_[i].index != kNoIndex && by_number_[i].number != number) i = (i + 1) & mask;
  return i;
}

const Division* Gazetteer::Find(std::string_view code) const {
  if (code.empty()) return nullptr;
  if (const auto n = CodeNumber(code)) {
    const CodeSlot& slot = by_number_[CodeSlotOf(*n)];
    return slot.index == kNoIndex ? nullptr : &divisions_[slot.index];
  }
  const auto it = by_other_code_.find(std::string(code));
  return it == by_other_code_.end() ? nullptr : &divisions_[it->second];
}

const Division* Gazetteer::CityOf(const Division& d) const {
  if (d.level == DivisionLevel::kCity) return &d;
  // A municipality (北京市, a province-level unit named …市) is its own city.
  const auto municipality = [](const Division& u) {
    return u.level == DivisionLevel::kProvince && u.name.size() >= 3 && u.name.compare(u.name.size() - 3, 3, "市") == 0;
  };
  if (d.level == DivisionLevel::kProvince) return municipality(d) ? &d : nullptr;
  const Division* p = Parent(d);
  if (!p) return nullptr;
  if (p->level == DivisionLevel::kCity) return p;
  return municipality(*p) ? p : nullptr;
}

std::vector<std::string> Gazetteer::AreaCodesOf(const Division& d) const {
  for (const Division* u = &d; u; u = Parent(*u)) {
    const auto it = area_codes_by_division_.find(u->code);
    if (it != area_codes_by_division_.end()) return it->second;
    if (u->level == DivisionLevel::kProvince) break;
  }
  return {};
}

const std::vector<const Division*>& Gazetteer::DivisionsForAreaCode(std::string_view area_code) const {
  static const std::vector<const Division*> kNone;
  const auto it = divisions_by_area_code_.find(std::string(area_code));
  return it == divisions_by_area_code_.end() ? kNone : it->second;
}

bool Gazetteer::IsStopShort(std::string_view s) const {
  return stop_shorts_.find(s) != stop_shorts_.end();
}

std::vector<std::string> Gazetteer::Path(const Division& d) const {
  std::vector<std::string> path;
  for (const Division* u = &d; u; u = Parent(*u)) path.insert(path.begin(), u->name);
  return path;
}

}  // namespace pe
