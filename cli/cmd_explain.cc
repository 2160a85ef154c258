#include <boost/program_options.hpp>
#include <iostream>

#include "cli/cli.h"
#include "qa/explain.h"

namespace po = boost::program_options;

namespace pe::cli {

int Explain(int argc, char** argv) {
  std::string file, format = "auto";
  int article = -1;
  po::options_description desc(
      "Usage: policy-extract explain FILE [--article N]\n\n"
      "A readable trace for one page (the first document of FILE): the article's blocks, each mention\n"
      "with its rule and value, how each parameter was formed from which words, and how the\n"
      "jurisdiction was decided.\n\n"
      "Examples:\n"
      "  policy-extract explain samples/text/001_7028aa82d257521f.txt --article 0\n"
      "  policy-extract explain samples/html/000_0998188ce1a5110f.html --article 3\n\n"
      "Options");
  desc.add_options()("help,h", "show this help")(
      "article,a", po::value(&article), "only article N (0 = main article, 1.. = related items)")(
      "format", po::value(&format)->default_value("auto"), "auto|text|html|jsonl");
  po::options_description hidden;
  hidden.add_options()("file", po::value(&file));
  po::options_description all;
  all.add(desc).add(hidden);
  po::positional_options_description pos;
  pos.add("file", 1);
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(argc, argv).options(all).positional(pos).run(), vm);
    po::notify(vm);
  } catch (const std::exception& e) {
    std::cerr << "policy-extract explain: " << e.what() << "\n\n" << desc << "\n";
    return kUsage;
  }
  if (vm.count("help")) {
    std::cout << desc << "\n";
    return kOk;
  }
  if (file.empty()) {
    std::cerr << "policy-extract explain: no FILE given\n\n" << desc << "\n";
    return kUsage;
  }
  std::string error;
  if (!ExplainFile(file, format, article, std::cout, error)) {
    std::cerr << "policy-extract explain: " << error << "\n";
    return kFailed;
  }
  return kOk;
}

}  // namespace pe::cli
