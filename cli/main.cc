// policy-extract: the command line. It parses arguments and calls the library (pipeline/,
// extractors/, interpret/); nothing else lives here.
#include <cstdio>
#include <cstring>
#include <string>

#include "cli/cli.h"

namespace {

const char kHelp[] = R"(policy-extract — Chinese medical-insurance news pages → JSON policy records with provenance

Usage:
  policy-extract run INPUT... [-o OUT.jsonl] [--errors ERRORS.jsonl] [options]
  policy-extract validate FILE.jsonl...
  policy-extract explain FILE [--article N]
  policy-extract eval --gold DIR OUT.jsonl [--min TYPE=F1 ...]
  policy-extract diff A.jsonl B.jsonl
  policy-extract SUBCOMMAND --help

Subcommands:
  run        extract records from pages (.txt, .html, .jsonl, .jsonl.gz, directories, - for stdin)
  validate   check records against output_schema/policy_record.schema.json
  explain    show, for one page, its blocks, each mention with its rule, and how parameters and
             the jurisdiction were decided
  eval       precision, recall and F1 per mention type against gold annotations
  diff       which records, mentions and values differ between two outputs

Examples:
  policy-extract run samples/text -o records.jsonl
  policy-extract run dump.jsonl.gz --errors bad.jsonl --threads 2 > records.jsonl
  policy-extract validate records.jsonl
  policy-extract explain samples/text/001_7028aa82d257521f.txt --article 0
  policy-extract eval --gold samples/gold records.jsonl
  policy-extract diff old.jsonl new.jsonl

Exit status:
  0  success
  1  the subcommand's check failed (validate: invalid records; eval: below a --min floor;
     diff: the outputs differ; run --strict: a document was quarantined)
  2  usage error
  3  an output file could not be written

Records go to standard output or -o; summaries, progress and messages to standard error.
)";

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fputs(kHelp, stderr);
    return pe::cli::kUsage;
  }
  const std::string cmd = argv[1];
  if (cmd == "-h" || cmd == "--help" || cmd == "help") {
    std::fputs(kHelp, stdout);
    return pe::cli::kOk;
  }
  if (cmd == "--version") {
    std::puts("policy-extract 0.1.0 (record schema 1.2.0)");
    return pe::cli::kOk;
  }
  // Each subcommand parses argv[1..] itself, so "policy-extract run --help" shows run's help.
  if (cmd == "run") return pe::cli::Run(argc - 1, argv + 1);
  if (cmd == "validate") return pe::cli::Validate(argc - 1, argv + 1);
  if (cmd == "explain") return pe::cli::Explain(argc - 1, argv + 1);
  if (cmd == "eval") return pe::cli::Eval(argc - 1, argv + 1);
  if (cmd == "diff") return pe::cli::Diff(argc - 1, argv + 1);
  std::fprintf(stderr, "policy-extract: unknown subcommand '%s'\n\n", cmd.c_str());
  std::fputs(kHelp, stderr);
  return pe::cli::kUsage;
}
