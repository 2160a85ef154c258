// Reads a JSONL file of records for the QA subcommands.
#pragma once
#include <fstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace pe::cli {

inline bool ReadJsonLines(const std::string& path, std::vector<nlohmann::json>& out, std::string& error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = "cannot open " + path;
    return false;
  }
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.empty()) continue;
    try {
      out.push_back(nlohmann::json::parse(line));
    } catch (const std::exception& e) {
      error = path + ":" + std::to_string(n) + ": not JSON: " + e.what();
      return false;
    }
  }
  return true;
}

}  // namespace pe::cli
