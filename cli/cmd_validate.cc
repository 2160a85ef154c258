#include <fstream>
#include <iostream>
#include <string>

#include <nlohmann/json.hpp>

#include "cli/cli.h"
#include "pipeline/embedded.h"
#include "pipeline/schema_validator.h"

namespace pe::cli {

int Validate(int argc, char** argv) {
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "-h" || a == "--help") {
      std::cout << "Usage: policy-extract validate FILE.jsonl...\n\n"
                   "Checks every line against the record schema (output_schema/policy_record.schema.json,\n"
                   "built in) and the provenance contract's shape; prints FILE:LINE: PATH: PROBLEM for each\n"
                   "invalid record. Exit 0 if all are valid, 1 if any is not, 2 on usage errors.\n\n"
                   "Example:\n  policy-extract validate records.jsonl\n";
      return kOk;
    }
    files.push_back(a);
  }
  if (files.empty()) {
    std::cerr << "policy-extract validate: no FILE given (see --help)\n";
    return kUsage;
  }
  SchemaValidator validator;
  std::string error;
  if (!validator.Load(std::string(FindEmbedded("output_schema/policy_record.schema.json").value_or("")), error)) {
    std::cerr << "policy-extract validate: " << error << "\n";
    return kFailed;
  }
  uint64_t lines = 0, invalid = 0;
  for (const std::string& f : files) {
    std::ifstream in(f, std::ios::binary);
    if (!in) {
      std::cerr << "policy-extract validate: cannot open " << f << "\n";
      return kUsage;
    }
    std::string line;
    uint64_t n = 0;
    while (std::getline(in, line)) {
      ++n;
      if (line.empty()) continue;
      ++lines;
      nlohmann::json j;
      try {
        j = nlohmann::json::parse(line);
      } catch (const std::exception& e) {
        ++invalid;
        std::cout << f << ":" << n << ": not JSON: " << e.what() << "\n";
        continue;
      }
      const auto problems = validator.Validate(j);
      if (!problems.empty()) {
        ++invalid;
        for (const auto& p : problems) std::cout << f << ":" << n << ": " << p << "\n";
      }
    }
  }
  std::cerr << "policy-extract validate: " << lines << " records, " << invalid << " invalid\n";
  return invalid ? kFailed : kOk;
}

}  // namespace pe::cli
