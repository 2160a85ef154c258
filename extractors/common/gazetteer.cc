#include "extractors/common/gazetteer.h"

#include <algorithm>

#include "extractors/common/text_util.h"

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
  // Sized up front and moved out of the rows: this runs at every start-up.
  std::vector<std::vector<std::string>> rows = LoadTsv("data/gazetteer/divisions.tsv");
  divisions_.reserve(rows.size());
  by_number_.reserve(rows.size());
  for (auto& row : rows) {
    if (row.size() < 7) continue;
    Division d;
    d.code = std::move(row[0]);
    d.level = row[1] == "province" ? DivisionLevel::kProvince : row[1] == "city" ? DivisionLevel::kCity
                                                                                 : DivisionLevel::kCounty;
    d.name = std::move(row[2]);
    size_t start = 0;
    while (start <= row[3].size() && !row[3].empty()) {
      const size_t bar = row[3].find('|', start);
      d.shorts.push_back(row[3].substr(start, bar == std::string::npos ? std::string::npos : bar - start));
      if (bar == std::string::npos) break;
      start = bar + 1;
    }
    d.parent_code = std::move(row[4]);
    d.province = std::move(row[5]);
    d.city = std::move(row[6]);
    if (const auto n = CodeNumber(d.code)) by_number_[*n] = divisions_.size();
    else by_other_code_[d.code] = divisions_.size();
    divisions_.push_back(std::move(d));
  }
  for (Division& d : divisions_) {
    if (const Division* p = Find(d.parent_code)) d.parent_index = static_cast<int>(p - divisions_.data());
  }
  for (const auto& row : LoadTsv("data/gazetteer/area_codes.tsv")) {
    if (row.size() < 2) continue;
    area_codes_by_division_[row[1]].push_back(row[0]);
  }
  for (const auto& [code, acs] : area_codes_by_division_) {
    if (const Division* d = Find(code)) {
      for (const std::string& ac : acs) divisions_by_area_code_[ac].push_back(d);
    }
  }
  for (auto& [ac, ds] : divisions_by_area_code_) {
    std::sort(ds.begin(), ds.end(), [](const Division* a, const Division* b) { return a->code < b->code; });
  }
  for (const auto& row : LoadTsv("data/gazetteer/former_names.tsv")) {
    if (row.size() >= 3) former_.push_back({row[0], row[1], row[2]});
  }
  for (const auto& row : LoadTsv("data/gazetteer/short_name_stoplist.txt")) {
    if (row.empty()) continue;
    std::string w = row[0];
    const size_t cut = w.find_first_of(" #");
    if (cut != std::string::npos) w.resize(cut);
    if (!w.empty()) stop_shorts_.insert(w);
  }
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

const Division* Gazetteer::Find(std::string_view code) const {
  if (code.empty()) return nullptr;
  if (const auto n = CodeNumber(code)) {
    const auto it = by_number_.find(*n);
    return it == by_number_.end() ? nullptr : &divisions_[it->second];
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
