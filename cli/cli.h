// Subcommands of the policy-extract command line. Each parses its own options (argv after the
// subcommand name) and returns the process exit status (cli/main.cc documents them).
#pragma once

namespace pe::cli {

int Run(int argc, char** argv);
int Validate(int argc, char** argv);
int Explain(int argc, char** argv);
int Eval(int argc, char** argv);
int Diff(int argc, char** argv);

/// Exit statuses, documented in README.md and `policy-extract --help`.
enum ExitCode {
  kOk = 0,
  kFailed = 1,  ///< validate: invalid records; eval: under a --min floor; diff: outputs differ; run --strict: quarantined documents
  kUsage = 2,   ///< bad command line
  kIoError = 3, ///< an output file could not be written
};

}  // namespace pe::cli
