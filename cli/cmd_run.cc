#include <unistd.h>

#include <boost/program_options.hpp>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <memory>

#include "cli/cli.h"
#include "pipeline/atomic_file.h"
#include "pipeline/runner.h"

namespace po = boost::program_options;

namespace pe::cli {
namespace {

const char kRunUsage[] = R"(Usage: policy-extract run INPUT... [options]

Reads pages and writes one JSON record per article (the main article and each related item).
INPUT is a file (.txt, .html/.htm, .jsonl, .jsonl.gz; gzip is recognised by content), a directory
(walked recursively in sorted order; files with other extensions are skipped), or - for stdin.
Every document in becomes records or one entry in the errors file with its reason.

Examples:
  policy-extract run samples/text -o records.jsonl
  policy-extract run samples/jsonl/seeds.jsonl.gz --errors errors.jsonl > records.jsonl
  cat page.html | policy-extract run - --format html

Options)";

}  // namespace

int Run(int argc, char** argv) {
  RunOptions opts;
  std::string output, errors_path, format = "auto";
  bool strict = false, quiet = false, no_progress = false;
  std::vector<std::string> inputs;
  po::options_description desc(kRunUsage);
  desc.add_options()
      ("help,h", "show this help")
      ("output,o", po::value(&output), "write records here (atomically) instead of standard output")
      ("errors", po::value(&errors_path),
       "write quarantined documents here (JSON lines: source, code, reason); default: OUT with "
       ".errors.jsonl when -o is given, else standard error")
      ("format", po::value(&format)->default_value("auto"), "auto|text|html|jsonl: how to read inputs")
      ("threads,j", po::value(&opts.threads)->default_value(0), "worker threads (0 = all cores); output is identical for any value")
      ("strict", po::bool_switch(&strict), "exit 1 if any document was quarantined")
      ("max-document-bytes", po::value(&opts.limits.max_document_bytes)->default_value(opts.limits.max_document_bytes),
       "a page larger than this is quarantined (too_large)")
      ("max-line-bytes", po::value(&opts.limits.max_line_bytes)->default_value(opts.limits.max_line_bytes),
       "a JSONL line longer than this is quarantined (line_too_long) without being held in memory")
      ("max-html-depth", po::value(&opts.analyze.html.max_depth)->default_value(opts.analyze.html.max_depth),
       "HTML elements nested deeper are skipped, with the warning html_depth_limit")
      ("max-mentions", po::value(&opts.analyze.max_mentions)->default_value(opts.analyze.max_mentions),
       "mentions kept per document; beyond it the warning mention_limit")
      ("no-progress", po::bool_switch(&no_progress), "no progress line (it is drawn only when stderr is a terminal)")
      ("quiet,q", po::bool_switch(&quiet), "no run summary on standard error");
  po::options_description hidden;
  hidden.add_options()("input", po::value(&inputs));
  po::options_description all;
  all.add(desc).add(hidden);
  po::positional_options_description pos;
  pos.add("input", -1);
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(argc, argv).options(all).positional(pos).run(), vm);
    po::notify(vm);
  } catch (const std::exception& e) {
    std::cerr << "policy-extract run: " << e.what() << "\n\n" << desc << "\n";
    return kUsage;
  }
  if (vm.count("help")) {
    std::cout << desc << "\n";
    return kOk;
  }
  if (inputs.empty()) {
    std::cerr << "policy-extract run: no INPUT given\n\n" << desc << "\n";
    return kUsage;
  }
  if (format == "auto") opts.format = FormatHint::kAuto;
  else if (format == "text") opts.format = FormatHint::kText;
  else if (format == "html") opts.format = FormatHint::kHtml;
  else if (format == "jsonl") opts.format = FormatHint::kJsonl;
  else {
    std::cerr << "policy-extract run: --format must be auto, text, html or jsonl, not '" << format << "'\n";
    return kUsage;
  }
  opts.progress = !no_progress && !quiet;

  std::unique_ptr<AtomicFile> out_file, err_file;
  if (!output.empty()) {
    out_file = std::make_unique<AtomicFile>(output);
    if (!out_file->ok()) {
      std::cerr << "policy-extract run: cannot write " << output << ": " << std::strerror(errno) << "\n";
      return kIoError;
    }
    if (errors_path.empty()) {
      errors_path = output;
      if (errors_path.size() > 6 && errors_path.substr(errors_path.size() - 6) == ".jsonl") errors_path.resize(errors_path.size() - 6);
      errors_path += ".errors.jsonl";
    }
  }
  if (!errors_path.empty()) {
    err_file = std::make_unique<AtomicFile>(errors_path);
    if (!err_file->ok()) {
      std::cerr << "policy-extract run: cannot write " << errors_path << ": " << std::strerror(errno) << "\n";
      return kIoError;
    }
  }
  std::ios::sync_with_stdio(false);
  std::ostream& records = out_file ? out_file->stream() : std::cout;
  std::ostream& errors = err_file ? err_file->stream() : std::cerr;
  const RunSummary s = Run(inputs, opts, records, errors);

  std::string error;
  if (out_file && !out_file->Commit(error)) {
    std::cerr << "policy-extract run: " << error << "\n";
    return kIoError;
  }
  if (err_file && !err_file->Commit(error)) {
    std::cerr << "policy-extract run: " << error << "\n";
    return kIoError;
  }
  if (!out_file && !std::cout.good()) return kIoError;
  if (!quiet) {
    const double mb = s.input_bytes / 1e6;
    std::fprintf(stderr,
                 "policy-extract: %llu documents in: %llu gave %llu records (%llu mentions), %llu quarantined; "
                 "%.1f MB in %.2f s = %.1f MB/s, %.0f docs/s\n",
                 static_cast<unsigned long long>(s.documents), static_cast<unsigned long long>(s.documents_ok),
                 static_cast<unsigned long long>(s.records), static_cast<unsigned long long>(s.mentions),
                 static_cast<unsigned long long>(s.quarantined), mb, s.seconds,
                 s.seconds > 0 ? mb / s.seconds : 0.0, s.seconds > 0 ? s.documents / s.seconds : 0.0);
    if (s.quarantined) {
      std::string codes;
      for (const auto& [code, n] : s.quarantine_codes) codes += " " + code + "=" + std::to_string(n);
      std::fprintf(stderr, "policy-extract: quarantined by reason:%s; entries in %s\n", codes.c_str(),
                   errors_path.empty() ? "(standard error above)" : errors_path.c_str());
    }
    if (s.read.skipped_files) {
      std::fprintf(stderr, "policy-extract: skipped %llu files in directories with extensions that are not pages\n",
                   static_cast<unsigned long long>(s.read.skipped_files));
    }
    if (!output.empty()) std::fprintf(stderr, "policy-extract: records in %s\n", output.c_str());
  }
  return (strict && s.quarantined) ? kFailed : kOk;
}

}  // namespace pe::cli
