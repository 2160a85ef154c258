#include <boost/program_options.hpp>
#include <fstream>
#include <iostream>

#include <nlohmann/json.hpp>

#include "cli/cli.h"
#include "cli/json_lines.h"
#include "qa/eval.h"

namespace po = boost::program_options;

namespace pe::cli {

int Eval(int argc, char** argv) {
  std::string gold_dir, output, floors_file;
  std::vector<std::string> mins;
  bool quiet = false;
  po::options_description desc(
      "Usage: policy-extract eval --gold DIR OUT.jsonl [--min TYPE=F1]... [--floors FILE]\n\n"
      "Precision, recall and F1 of the mentions in OUT.jsonl against gold annotations (DIR/<doc>.jsonl),\n"
      "per type, span-only and span+value (strict), then every miss, wrong value and false alarm.\n"
      "Exit 1 when a strict F1 is under a floor.\n\n"
      "Examples:\n"
      "  policy-extract eval --gold samples/gold records.jsonl\n"
      "  policy-extract eval --gold samples/gold records.jsonl --floors samples/gold/floors.json\n"
      "  policy-extract eval --gold samples/gold records.jsonl --min date=0.97 --min ALL=0.95\n\n"
      "Options");
  desc.add_options()("help,h", "show this help")("gold", po::value(&gold_dir), "directory of gold .jsonl files")(
      "min", po::value(&mins)->composing(), "TYPE=F1: exit 1 if TYPE's strict F1 is below F1 (ALL for all types)")(
      "floors", po::value(&floors_file), "a JSON object {\"TYPE\": F1, ...} of floors, as --min")(
      "summary-only", po::bool_switch(&quiet), "print the table, not the list of cases");
  po::options_description hidden;
  hidden.add_options()("output", po::value(&output));
  po::options_description all;
  all.add(desc).add(hidden);
  po::positional_options_description pos;
  pos.add("output", 1);
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(argc, argv).options(all).positional(pos).run(), vm);
    po::notify(vm);
  } catch (const std::exception& e) {
    std::cerr << "policy-extract eval: " << e.what() << "\n\n" << desc << "\n";
    return kUsage;
  }
  if (vm.count("help")) {
    std::cout << desc << "\n";
    return kOk;
  }
  if (gold_dir.empty() || output.empty()) {
    std::cerr << "policy-extract eval: --gold DIR and OUT.jsonl are required\n\n" << desc << "\n";
    return kUsage;
  }
  std::map<std::string, double> floors;
  if (!floors_file.empty()) {
    std::ifstream in(floors_file);
    try {
      const nlohmann::json j = nlohmann::json::parse(in);
      for (const auto& [k, v] : j.items()) {
        if (v.is_number()) floors[k] = v.get<double>();
      }
    } catch (const std::exception& e) {
      std::cerr << "policy-extract eval: " << floors_file << ": " << e.what() << "\n";
      return kUsage;
    }
  }
  for (const std::string& m : mins) {
    const size_t eq = m.find('=');
    try {
      if (eq == std::string::npos) throw std::invalid_argument(m);
      floors[m.substr(0, eq)] = std::stod(m.substr(eq + 1));
    } catch (const std::exception&) {
      std::cerr << "policy-extract eval: --min takes TYPE=F1, not '" << m << "'\n";
      return kUsage;
    }
  }
  std::map<std::string, std::vector<nlohmann::json>> gold;
  std::vector<nlohmann::json> records;
  std::string error;
  if (!LoadGold(gold_dir, gold, error) || !ReadJsonLines(output, records, error)) {
    std::cerr << "policy-extract eval: " << error << "\n";
    return kUsage;
  }
  const EvalResult r = Evaluate(gold, records);
  PrintEval(r, std::cout, !quiet);
  int failed = 0;
  for (const auto& [type, floor] : floors) {
    const auto it = r.by_type.find(type);
    const double f1 = it == r.by_type.end() ? 0.0 : it->second.StrictF1();
    if (f1 + 1e-12 < floor) {
      std::cout << "FLOOR " << type << ": strict F1 " << f1 << " < " << floor << "\n";
      ++failed;
    }
  }
  if (!r.missing_documents.empty() && !floors.empty()) ++failed;
  return failed ? kFailed : kOk;
}

}  // namespace pe::cli
