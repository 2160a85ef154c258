#include "qa/eval.h"

#include <dirent.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <iomanip>
#include <set>

namespace pe {
namespace {

const std::set<std::string> kBaseKeys = {"article", "type", "text", "char_start", "char_end", "value", "note",
                                         "id", "span", "extractor", "rule", "normalized"};

// The flags a gold set uses for each type ("qualifier" for money, "in_org" for region, ...). Each
// is compared on every mention of its type, absent counting as null, so a flag the tool sets where
// the gold has none (an in_org, a qualifier) is a wrong value, not only a flag it leaves out.
using FlagKeys = std::map<std::string, std::set<std::string>>;

FlagKeys GoldFlagKeys(const std::map<std::string, std::vector<nlohmann::json>>& gold) {
  FlagKeys keys;
  for (const auto& [doc, mentions] : gold) {
    for (const auto& g : mentions) {
      for (const auto& [k, v] : g.items()) {
        if (!kBaseKeys.count(k)) keys[g["type"].get<std::string>()].insert(k);
      }
    }
  }
  return keys;
}

// A flag's value for comparison: false and absent are the same as null.
nlohmann::json FlagValue(const nlohmann::json& m, const std::string& k) {
  const auto it = m.find(k);
  if (it == m.end() || *it == nlohmann::json(false)) return nullptr;
  return *it;
}

// The value plus every flag the gold set uses for the mention's type, for comparison and display.
nlohmann::json Expected(const nlohmann::json& g, const std::set<std::string>& flags) {
  nlohmann::json e = nlohmann::json::object();
  e["value"] = g["value"];
  for (const std::string& k : flags) e[k] = FlagValue(g, k);
  return e;
}

nlohmann::json Got(const nlohmann::json& p, const std::set<std::string>& flags) {
  nlohmann::json e = nlohmann::json::object();
  e["value"] = p.value("value", nlohmann::json());
  for (const std::string& k : flags) e[k] = FlagValue(p, k);
  return e;
}

// The text mentions pair by, without spaces or line breaks: the tool's normalisation drops the
// spaces a page puts between digits and Chinese (5,000 元 → 5,000元) and a PDF's line wrap inside a
// number (每年15⏎0元 → 每年150元) where a gold set's text keeps them; both name the same source bytes.
std::string PairingText(std::string text) {
  std::erase_if(text, [](char c) { return c == ' ' || c == '\n'; });
  return text;
}

std::string Surface(const nlohmann::json& m) {
  if (m.contains("normalized")) return PairingText(m["normalized"].get<std::string>());
  return PairingText(m.value("text", ""));
}

std::string StripExtensions(std::string name) {
  const size_t slash = name.find_last_of('/');
  if (slash != std::string::npos) name = name.substr(slash + 1);
  for (const char* ext : {".gz", ".jsonl", ".txt", ".html", ".htm"}) {
    const std::string e = ext;
    if (name.size() > e.size() && name.compare(name.size() - e.size(), e.size(), e) == 0) name.resize(name.size() - e.size());
  }
  return name;
}

}  // namespace

bool ValuesEqual(const nlohmann::json& a, const nlohmann::json& b) {
  if (a.is_number() && b.is_number()) {
    const double x = a.get<double>(), y = b.get<double>();
    return std::fabs(x - y) <= 1e-9 * std::max(1.0, std::max(std::fabs(x), std::fabs(y)));
  }
  if (a.is_object() && b.is_object()) {
    if (a.size() != b.size()) return false;
    for (const auto& [k, v] : a.items()) {
      if (!b.contains(k) || !ValuesEqual(v, b[k])) return false;
    }
    return true;
  }
  if (a.is_array() && b.is_array()) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i) {
      if (!ValuesEqual(a[i], b[i])) return false;
    }
    return true;
  }
  return a == b;
}

std::string RecordDocumentName(const nlohmann::json& record) {
  const auto& src = record["source"];
  if (src.contains("id")) return src["id"].get<std::string>();
  return StripExtensions(src.value("uri", ""));
}

bool LoadGold(const std::string& gold_dir, std::map<std::string, std::vector<nlohmann::json>>& gold,
              std::string& error) {
  DIR* d = opendir(gold_dir.c_str());
  if (!d) {
    error = "cannot read gold directory " + gold_dir;
    return false;
  }
  std::vector<std::string> files;
  while (dirent* e = readdir(d)) {
    const std::string n = e->d_name;
    if (n.size() > 6 && n.compare(n.size() - 6, 6, ".jsonl") == 0) files.push_back(n);
  }
  closedir(d);
  std::sort(files.begin(), files.end());
  for (const std::string& f : files) {
    std::ifstream in(gold_dir + "/" + f);
    std::string line;
    int n = 0;
    auto& list = gold[f.substr(0, f.size() - 6)];
    while (std::getline(in, line)) {
      ++n;
      if (line.empty()) continue;
      try {
        nlohmann::json j = nlohmann::json::parse(line);
        for (const char* k : {"article", "type", "text", "char_start", "char_end", "value"}) {
          if (!j.contains(k)) throw std::runtime_error(std::string("missing \"") + k + "\"");
        }
        list.push_back(std::move(j));
      } catch (const std::exception& e) {
        error = gold_dir + "/" + f + ":" + std::to_string(n) + ": " + e.what();
        return false;
      }
    }
    std::stable_sort(list.begin(), list.end(), [](const nlohmann::json& a, const nlohmann::json& b) {
      return a["char_start"].get<int>() < b["char_start"].get<int>();
    });
  }
  if (gold.empty()) {
    error = "no .jsonl gold files in " + gold_dir;
    return false;
  }
  return true;
}

EvalResult Evaluate(const std::map<std::string, std::vector<nlohmann::json>>& gold,
                    const std::vector<nlohmann::json>& records) {
  EvalResult r;
  const FlagKeys flag_keys = GoldFlagKeys(gold);
  static const std::set<std::string> kNoFlags;
  // doc → article → mentions (in output order)
  std::map<std::string, std::map<std::string, std::vector<const nlohmann::json*>>> predicted;
  std::map<std::string, std::string> doc_of_gold;  // gold doc → the record doc name that matched it
  for (const auto& rec : records) {
    const std::string name = RecordDocumentName(rec);
    std::string gold_doc;
    for (const auto& [g, _] : gold) {
      if (name.size() >= g.size() && name.compare(name.size() - g.size(), g.size(), g) == 0) gold_doc = g;
    }
    if (gold_doc.empty()) continue;
    const std::string rid = rec.value("record_id", "");
    const std::string article = rid.substr(rid.find_last_of('/') + 1);
    auto& list = predicted[gold_doc][article];
    for (const auto& m : rec["mentions"]) list.push_back(&m);
  }
  for (const auto& [doc, mentions] : gold) {
    if (!predicted.count(doc)) {
      r.missing_documents.push_back(doc);
    } else {
      ++r.documents;
    }
    // key (article, type, surface) → gold list / predicted list, in order
    std::map<std::tuple<std::string, std::string, std::string>, std::vector<const nlohmann::json*>> g_by, p_by;
    for (const auto& g : mentions) g_by[{g["article"], g["type"], PairingText(g["text"])}].push_back(&g);
    if (auto it = predicted.find(doc); it != predicted.end()) {
      for (const auto& [article, list] : it->second) {
        for (const auto* m : list) p_by[{article, (*m)["type"], Surface(*m)}].push_back(m);
      }
    }
    std::set<std::tuple<std::string, std::string, std::string>> keys;
    for (const auto& [k, _] : g_by) keys.insert(k);
    for (const auto& [k, _] : p_by) keys.insert(k);
    for (const auto& key : keys) {
      const auto& [article, type, text] = key;
      const auto& gl = g_by[key];
      const auto& pl = p_by[key];
      TypeScore& s = r.by_type[type];
      const auto keys_it = flag_keys.find(type);
      const std::set<std::string>& flags = keys_it == flag_keys.end() ? kNoFlags : keys_it->second;
      s.gold += static_cast<int>(gl.size());
      s.predicted += static_cast<int>(pl.size());
      const size_t paired = std::min(gl.size(), pl.size());
      for (size_t i = 0; i < paired; ++i) {
        ++s.span_tp;
        const nlohmann::json expected = Expected(*gl[i], flags);
        const nlohmann::json got = Got(*pl[i], flags);
        if (ValuesEqual(expected, got)) {
          ++s.strict_tp;
        } else {
          r.cases.push_back({"wrong_value", doc, article, type, text, expected.dump(), got.dump()});
        }
      }
      for (size_t i = paired; i < gl.size(); ++i) {
        r.cases.push_back({"miss", doc, article, type, text, Expected(*gl[i], flags).dump(), ""});
      }
      for (size_t i = paired; i < pl.size(); ++i) {
        r.cases.push_back({"false_alarm", doc, article, type, text, "", pl[i]->value("value", nlohmann::json()).dump()});
      }
    }
  }
  TypeScore all;
  for (const auto& [t, s] : r.by_type) {
    all.gold += s.gold;
    all.predicted += s.predicted;
    all.span_tp += s.span_tp;
    all.strict_tp += s.strict_tp;
  }
  r.by_type["ALL"] = all;
  return r;
}

void PrintEval(const EvalResult& r, std::ostream& out, bool list_cases) {
  out << "documents: " << r.documents << " evaluated";
  if (!r.missing_documents.empty()) {
    out << ", " << r.missing_documents.size() << " gold documents missing from the output:";
    for (const auto& d : r.missing_documents) out << " " << d;
  }
  out << "\n\n";
  out << std::left << std::setw(10) << "type" << std::right << std::setw(6) << "gold" << std::setw(6) << "pred"
      << "   span P    R    F1   strict P    R    F1\n";
  out << std::fixed << std::setprecision(3);
  for (const auto& [t, s] : r.by_type) {
    out << std::left << std::setw(10) << t << std::right << std::setw(6) << s.gold << std::setw(6) << s.predicted
        << "   " << std::setw(6) << s.SpanPrecision() << " " << std::setw(5) << s.SpanRecall() << " "
        << std::setw(5) << s.SpanF1() << "   " << std::setw(8) << s.StrictPrecision() << " " << std::setw(5)
        << s.StrictRecall() << " " << std::setw(5) << s.StrictF1() << "\n";
  }
  if (!list_cases) return;
  for (const char* kind : {"miss", "wrong_value", "false_alarm"}) {
    int n = 0;
    for (const auto& c : r.cases) n += c.kind == kind;
    if (n == 0) continue;
    out << "\n" << kind << " (" << n << "):\n";
    for (const auto& c : r.cases) {
      if (c.kind != kind) continue;
      out << "  " << c.doc << " " << c.article << " " << c.type << " \"" << c.text << "\"";
      if (!c.expected.empty()) out << " expected " << c.expected;
      if (!c.got.empty()) out << " got " << c.got;
      out << "\n";
    }
  }
}

}  // namespace pe
