#include <iostream>

#include "cli/cli.h"
#include "cli/json_lines.h"
#include "qa/diff.h"

namespace pe::cli {

int Diff(int argc, char** argv) {
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "-h" || a == "--help") {
      std::cout << "Usage: policy-extract diff A.jsonl B.jsonl\n\n"
                   "Shows, record by record (matched by record_id), records only in A (-) or B (+), and for\n"
                   "records in both: mentions removed (-), added (+) or with another value or flags (~),\n"
                   "changed parameters, jurisdiction, policy year, schemes and topics. Mentions pair up by\n"
                   "type, text and occurrence, so outputs of different forms of a page compare cleanly.\n"
                   "Exit 0 if they are the same, 1 if they differ, 2 on usage errors.\n\n"
                   "Example:\n  policy-extract diff before.jsonl after.jsonl\n";
      return kOk;
    }
    files.push_back(a);
  }
  if (files.size() != 2) {
    std::cerr << "policy-extract diff: needs exactly two files (see --help)\n";
    return kUsage;
  }
  std::vector<nlohmann::json> a, b;
  std::string error;
  if (!ReadJsonLines(files[0], a, error) || !ReadJsonLines(files[1], b, error)) {
    std::cerr << "policy-extract diff: " << error << "\n";
    return kUsage;
  }
  const DiffStats s = DiffRecords(a, b, std::cout);
  std::cerr << "policy-extract diff: " << s.same << " records the same, " << s.changed << " changed, " << s.only_a
            << " only in A, " << s.only_b << " only in B\n";
  return s.identical() ? kOk : kFailed;
}

}  // namespace pe::cli
