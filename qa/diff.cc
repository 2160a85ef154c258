#include "qa/diff.h"

#include "qa/eval.h"

#include <map>
#include <set>

namespace pe {
namespace {

std::string Surface(const nlohmann::json& m) {
  return m.contains("normalized") ? m["normalized"].get<std::string>() : m.value("text", "");
}

// Mentions keyed by type, surface and occurrence, so the same mention in another form of the page
// (other spans) still pairs up.
std::map<std::string, const nlohmann::json*> KeyMentions(const nlohmann::json& record) {
  std::map<std::string, const nlohmann::json*> out;
  std::map<std::string, int> seen;
  for (const auto& m : record["mentions"]) {
    const std::string base = m.value("type", "") + " \"" + Surface(m) + "\"";
    const int n = ++seen[base];
    out[n == 1 ? base : base + " #" + std::to_string(n)] = &m;
  }
  return out;
}

// What a mention says beyond where it is: its value and flags.
nlohmann::json Meaning(const nlohmann::json& m) {
  nlohmann::json j = m;
  for (const char* k : {"id", "text", "normalized", "span", "extractor"}) j.erase(k);
  return j;
}

std::string ParameterKey(const nlohmann::json& p) {
  return p.value("kind", "") + " " + p.value("qualifiers", nlohmann::json::object()).dump();
}

// The key records pair up by: the record_id when both outputs have it; otherwise the page name
// (source.id, else the file name without extensions) and the article, so the text and the HTML
// form of a page, or two versions of a dump, still compare record by record.
std::string PageKey(const nlohmann::json& r) {
  const std::string rid = r.value("record_id", "");
  return RecordDocumentName(r) + "/" + rid.substr(rid.find_last_of('/') + 1);
}

}  // namespace

DiffStats DiffRecords(const std::vector<nlohmann::json>& a, const std::vector<nlohmann::json>& b, std::ostream& out) {
  DiffStats s;
  std::set<std::string> ids_a, ids_b;
  for (const auto& r : a) ids_a.insert(r.value("record_id", ""));
  for (const auto& r : b) ids_b.insert(r.value("record_id", ""));
  size_t shared = 0;
  for (const auto& id : ids_a) shared += ids_b.count(id);
  const bool by_id = shared > 0;
  const auto key = [&](const nlohmann::json& r) { return by_id ? r.value("record_id", "") : PageKey(r); };
  std::map<std::string, const nlohmann::json*> ia, ib;
  std::vector<std::string> order;
  for (const auto& r : a) {
    const std::string id = key(r);
    if (!ia.count(id)) order.push_back(id);
    ia[id] = &r;
  }
  for (const auto& r : b) {
    const std::string id = key(r);
    if (!ia.count(id) && !ib.count(id)) order.push_back(id);
    ib[id] = &r;
  }
  if (!by_id) out << "(no record_id in common: records paired by page name and article)\n";
  for (const std::string& id : order) {
    const auto ita = ia.find(id), itb = ib.find(id);
    if (itb == ib.end()) {
      ++s.only_a;
      out << "- record " << id << " (only in A)\n";
      continue;
    }
    if (ita == ia.end()) {
      ++s.only_b;
      out << "+ record " << id << " (only in B)\n";
      continue;
    }
    const nlohmann::json& ra = *ita->second;
    const nlohmann::json& rb = *itb->second;
    std::vector<std::string> lines;
    for (const char* field : {"jurisdiction", "policy_year", "is_policy", "schemes", "topics"}) {
      if (ra.value(field, nlohmann::json()) != rb.value(field, nlohmann::json())) {
        lines.push_back(std::string("  ~ ") + field + ": " + ra.value(field, nlohmann::json()).dump() + " → " +
                        rb.value(field, nlohmann::json()).dump());
      }
    }
    const auto ma = KeyMentions(ra), mb = KeyMentions(rb);
    for (const auto& [k, m] : ma) {
      auto it = mb.find(k);
      if (it == mb.end()) {
        lines.push_back("  - mention " + k + " " + m->value("value", nlohmann::json()).dump());
      } else if (Meaning(*m) != Meaning(*it->second)) {
        lines.push_back("  ~ mention " + k + " " + Meaning(*m).dump() + " → " + Meaning(*it->second).dump());
      }
    }
    for (const auto& [k, m] : mb) {
      if (!ma.count(k)) lines.push_back("  + mention " + k + " " + m->value("value", nlohmann::json()).dump());
    }
    std::multiset<std::string> pa, pb;
    for (const auto& p : ra["parameters"]) pa.insert(ParameterKey(p) + " = " + p.value("value", nlohmann::json()).dump());
    for (const auto& p : rb["parameters"]) pb.insert(ParameterKey(p) + " = " + p.value("value", nlohmann::json()).dump());
    for (const auto& p : pa) {
      if (!pb.count(p)) lines.push_back("  - parameter " + p);
    }
    for (const auto& p : pb) {
      if (!pa.count(p)) lines.push_back("  + parameter " + p);
    }
    if (lines.empty()) {
      ++s.same;
      continue;
    }
    ++s.changed;
    out << "~ record " << id << "\n";
    for (const auto& l : lines) out << l << "\n";
  }
  return s;
}

}  // namespace pe
