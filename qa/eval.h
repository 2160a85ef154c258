// QA: compare extraction output with reviewed gold annotations (samples/gold/), per mention type,
// span-only and span+value, listing misses, wrong values and false alarms.
//
// Gold format: one file per page, <doc>.jsonl, one mention per line:
//   {"article": "main" | "related-07", "type": "money", "text": "3000元", "char_start": 312,
//    "char_end": 317, "value": 3000, ...flags that must also match, e.g. "qualifier": "min"}
// char offsets index samples/text/<doc>.txt. Records are matched to gold documents by their
// document name: source.id when present, else the source file name without extensions; a record
// whose name ends with a gold document's name ("fullwidth_001_…") is compared with it, so every
// form of a page is evaluated against the same gold. Within an article, mentions pair up by type,
// normalised surface text and order of occurrence (spans differ between forms; order does not).
#pragma once
#include <map>
#include <ostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace pe {

struct TypeScore {
  int gold = 0, predicted = 0;
  int span_tp = 0;    ///< paired by type, surface and occurrence
  int strict_tp = 0;  ///< paired, and the value and the flags the gold set uses for the type equal
  double SpanPrecision() const { return predicted ? double(span_tp) / predicted : 1.0; }
  double SpanRecall() const { return gold ? double(span_tp) / gold : 1.0; }
  double StrictPrecision() const { return predicted ? double(strict_tp) / predicted : 1.0; }
  double StrictRecall() const { return gold ? double(strict_tp) / gold : 1.0; }
  static double F1(double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0.0; }
  double SpanF1() const { return F1(SpanPrecision(), SpanRecall()); }
  double StrictF1() const { return F1(StrictPrecision(), StrictRecall()); }
};

struct EvalCase {
  std::string kind;  ///< "miss", "wrong_value", "false_alarm"
  std::string doc, article, type, text;
  std::string expected, got;  ///< values (and flags) as JSON
};

struct EvalResult {
  std::map<std::string, TypeScore> by_type;  ///< plus "ALL"
  std::vector<EvalCase> cases;
  int documents = 0;          ///< gold documents found in the output
  std::vector<std::string> missing_documents;  ///< gold documents absent from the output
};

/// Loads every <doc>.jsonl in `gold_dir`. False with `error` on unreadable or malformed gold.
bool LoadGold(const std::string& gold_dir, std::map<std::string, std::vector<nlohmann::json>>& gold,
              std::string& error);

/// Scores `records` (parsed output lines) against gold.
EvalResult Evaluate(const std::map<std::string, std::vector<nlohmann::json>>& gold,
                    const std::vector<nlohmann::json>& records);

/// Values equal as the evaluation compares them: numbers within 1e-9 relative, objects and arrays
/// element by element.
bool ValuesEqual(const nlohmann::json& a, const nlohmann::json& b);

/// The document name of a record (see the header comment).
std::string RecordDocumentName(const nlohmann::json& record);

void PrintEval(const EvalResult& r, std::ostream& out, bool list_cases);

}  // namespace pe
