#include "interpret/jurisdiction.h"

#include <algorithm>
#include <array>
#include <cstdint>

#include "extractors/common/gazetteer.h"

namespace pe {
namespace {

std::string_view Code(const Mention& m) {
  const Json* c = m.Value().Find("code");
  return c && c->is_string() ? std::string_view(c->as_string()) : std::string_view();
}

// A region mention's code and its division (nullptr if the gazetteer has none). Mentions sharing
// a value (Mention::shared_value, which lives as long as the process) are looked up once per
// thread through a small direct-mapped cache: an article names the same few places again and
// again, and the gazetteer's look-up hashes the code each time.
std::pair<std::string_view, const Division*> CodeAndDivision(const Gazetteer& g, const Mention& m) {
  if (!m.shared_value) {
    const std::string_view code = Code(m);
    return {code, g.Find(code)};
  }
  struct Entry {
    const SharedValue* value = nullptr;
    std::string_view code;
    const Division* division = nullptr;
  };
  thread_local std::array<Entry, 256> cache;
  Entry& e = cache[(reinterpret_cast<uintptr_t>(m.shared_value) >> 4) % cache.size()];
  if (e.value != m.shared_value) {
    e.value = m.shared_value;
    e.code = Code(m);
    e.division = g.Find(e.code);
  }
  return {e.code, e.division};
}

// True if a unit above d (g.Find of a code) has the code `ancestor`.
bool IsAncestor(const Gazetteer& g, std::string_view ancestor, const Division* d) {
  for (d = d ? g.Parent(*d) : nullptr; d; d = g.Parent(*d)) {
    if (d->code == ancestor) return true;
  }
  return false;
}

// A place mention: its index, code and division (looked up once).
struct Place {
  size_t i;
  std::string_view code;
  const Division* division;
};

// The division's fields of the record's "jurisdiction" object, written straight as JSON text.
void WriteDivision(JsonWriter& w, const Division& d) {
  const Gazetteer& g = Gazetteer::Get();
  w.Member("level", DivisionLevelName(d.level));
  w.Member("code", d.code);
  w.Member("province", d.province);
  const Division* city = g.CityOf(d);
  w.Key("city");
  if (city && city->level != DivisionLevel::kProvince) w.String(city->name); else w.Null();
  w.Key("county");
  if (d.level == DivisionLevel::kCounty) w.String(d.name); else w.Null();
  // The province/city/county path, from the top (Gazetteer::Path, without its copies; the
  // gazetteer has three levels).
  const Division* up[8];
  size_t depth = 0;
  for (const Division* u = &d; u && depth < std::size(up); u = g.Parent(*u)) up[depth++] = u;
  w.Key("path").BeginArray();
  while (depth > 0) w.String(up[--depth]->name);
  w.EndArray();
}

// WriteDivision's members as JSON text, made once per division and thread: an article's division
// is most often one the thread wrote before, and its object (a name per level, its path) never
// changes. A direct-mapped cache by the division's place in the gazetteer.
void WriteDivisionCached(JsonWriter& w, const Division& d) {
  struct Entry {
    const Division* division = nullptr;
    std::string json;  // "level":…,"path":[…]
  };
  thread_local std::array<Entry, 256> cache;
  const Gazetteer& g = Gazetteer::Get();
  Entry& e = cache[static_cast<size_t>(&d - g.all().data()) % cache.size()];
  if (e.division != &d) {
    e.division = &d;
    e.json.clear();
    JsonWriter members(e.json);
    members.BeginObject();
    WriteDivision(members, d);
    e.json.erase(0, 1);  // without the '{': the members go into the caller's object
  }
  w.RawItem() += e.json;  // RawItem: the comma, if any, and the object marked as not empty
}

// Among places, the one an article is about: the most specific of a consistent chain, else the
// most frequent, else the first.
const Place& Choose(const Gazetteer& g, const std::vector<Place>& places) {
  // How often each code is named: a short list (an article names a few places), looked up by
  // scanning it, not a map with a node per code.
  thread_local std::vector<std::pair<std::string_view, int>> counts;
  counts.clear();
  const auto count_of = [&](std::string_view code) -> int& {
    for (auto& [c, n] : counts) {
      if (c == code) return n;
    }
    return counts.emplace_back(code, 0).second;
  };
  for (const Place& p : places) ++count_of(p.code);
  const Place* best = &places[0];
  for (const Place& p : places) {
    const std::string_view c = p.code, b = best->code;
    if (c == b) continue;
    if (IsAncestor(g, b, p.division)) {  // a descendant of the current choice: more specific, same place
      best = &p;
    } else if (!IsAncestor(g, c, best->division) && count_of(c) > count_of(b)) {
      best = &p;
    }
  }
  return *best;
}

}  // namespace

bool IsExamplePlace(const ArticleContext& ctx, size_t i) {
  const Mention& m = *ctx.mentions[i];
  const std::string_view text = ctx.text();
  // Before: 如/例如 earlier in the same clause (a list of places may stand between).
  for (const CueHit& h : ctx.CuesIn(CueTable::kExample, m.start >= 64 ? m.start - 64 : 0, m.end + 64)) {
    if (h.row->cols.empty() || ExampleCueCancelled(text, h)) continue;
    const std::string_view where = h.row->cols[0];  // compared as a string_view: lengths first
    if (where == "before" && h.end <= m.start && m.start - h.end <= 40 &&
        !ContainsClauseBreak(text.substr(h.end, m.start - h.end))) {
      return true;
    }
    if (where == "after" && h.start >= m.end && h.start - m.end <= 40) {
      // Only places (and 、) between the place and 等地.
      bool only_places = true;
      size_t pos = m.end;
      while (pos < h.start && only_places) {
        if (text.substr(pos, 3) == "、") {
          pos += 3;
          continue;
        }
        bool advanced = false;
        for (const Mention* other : ctx.mentions) {
          if (IsType(*other, "region") && other->start == pos) {
            pos = other->end;
            advanced = true;
            break;
          }
        }
        only_places = advanced;
      }
      if (only_places && pos == h.start) return true;
    }
  }
  return false;
}

void DecideJurisdiction(const ArticleContext& ctx, Jurisdiction& out) {
  const Gazetteer& g = Gazetteer::Get();
  out.json.clear();
  out.code.clear();
  out.warnings.clear();
  // The article's places in the title and in the body: kept per thread from article to article
  // (cleared, not freed).
  thread_local std::vector<Place> title, body;
  title.clear();
  body.clear();
  for (size_t i = 0; i < ctx.mentions.size(); ++i) {
    const Mention& m = *ctx.mentions[i];
    if (!IsType(m, "region")) continue;
    const auto [code, d] = CodeAndDivision(g, m);
    if (!d) continue;
    if (ctx.InTitle(m.start)) {
      title.push_back({i, code, d});
    } else if (!m.flags.IsTrue("in_org") && !m.flags.IsTrue("in_title") && !IsExamplePlace(ctx, i)) {
      body.push_back({i, code, d});
    }
  }
  const Division* chosen = nullptr;
  std::string_view decided_by = "none";
  std::string_view mention_id;
  const std::vector<Place>& pool = !title.empty() ? title : body;
  if (!title.empty()) {
    decided_by = "title";
  } else if (!body.empty()) {
    decided_by = "body";
  }
  if (!pool.empty()) {
    const Place& best = Choose(g, pool);
    chosen = best.division;
    mention_id = ctx.ids[best.i];
  } else {
    // A phone's area code: the city it belongs to, or the province the cities share.
    for (size_t i = 0; i < ctx.mentions.size() && !chosen; ++i) {
      const Mention& m = *ctx.mentions[i];
      if (!IsType(m, "phone") || m.flags.IsTrue("area_code_inferred")) continue;
      const std::string_view ac = m.flags.String("area_code");
      if (ac.empty()) continue;
      const auto& ds = g.DivisionsForAreaCode(ac);
      if (ds.empty()) continue;
      const Division* d = ds.size() == 1 ? ds[0] : nullptr;
      if (!d) {
        const Division* p = g.Find(ds[0]->code.substr(0, 2) + "0000");
        const bool same = std::all_of(ds.begin(), ds.end(), [&](const Division* x) { return x->province == ds[0]->province; });
        d = same ? p : nullptr;
      }
      if (d) {
        chosen = d;
        decided_by = "phone_area_code";
        mention_id = ctx.ids[i];
      }
    }
  }
  JsonWriter w(out.json);
  w.BeginObject();
  if (chosen) WriteDivisionCached(w, *chosen); else w.RawItem() += "\"level\":\"national\"";
  // Appended as text (the writer knows the object is not empty): decided_by is one of the
  // literals above, the mention id a JSON string already.
  out.json += ",\"decided_by\":\"";
  out.json += decided_by;
  out.json += '"';
  if (!mention_id.empty()) {
    out.json += ",\"mention\":";
    out.json += mention_id;
  }
  // Other places the article's text names for itself (not examples, not organisations).
  thread_local std::vector<std::string_view> seen;
  seen.clear();
  if (chosen) seen.push_back(chosen->code);
  const Division* chosen_found = chosen ? g.Find(chosen->code) : nullptr;
  bool any_candidate = false;
  for (const Place& p : pool) {
    const std::string_view c = p.code;
    if (std::find(seen.begin(), seen.end(), c) != seen.end()) continue;
    if (chosen && IsAncestor(g, c, chosen_found)) continue;
    seen.push_back(c);
    if (!any_candidate) w.Key("candidates").BeginArray();
    any_candidate = true;
    w.String(c);
  }
  if (any_candidate) w.EndArray();
  w.EndObject();
  if (!chosen) return;
  out.code = chosen->code;
  // A phone whose area code belongs elsewhere than the jurisdiction.
  if (chosen->level != DivisionLevel::kProvince) {
    const Division* city = g.CityOf(*chosen);
    for (const Mention* m : ctx.mentions) {
      if (!IsType(*m, "phone") || m->flags.IsTrue("area_code_inferred")) continue;
      const std::string_view ac = m->flags.String("area_code");
      if (ac.empty() || !city) continue;
      const auto& ds = g.DivisionsForAreaCode(ac);
      if (ds.empty()) continue;
      const bool match = std::any_of(ds.begin(), ds.end(), [&](const Division* d) { return d->code == city->code; });
      if (!match) out.warnings.push_back("phone_area_code_mismatch: " + std::string(ac) + " is not " + city->name);
    }
  }
}

}  // namespace pe
