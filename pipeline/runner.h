// Runs the whole pipeline over inputs: reads on the calling thread, processes documents on a pool
// of workers, and writes records and quarantined entries in input order, so the output is
// byte-identical whatever the thread count. Memory stays bounded: at most a fixed number of
// batches are in flight between the reader and the writer.
#pragma once
#include <cstdint>
#include <functional>
#include <ostream>
#include <string>
#include <vector>

#include "pipeline/analyze.h"
#include "pipeline/json.h"
#include "pipeline/reader.h"

namespace pe {

struct RunOptions {
  FormatHint format = FormatHint::kAuto;
  ReadLimits limits;
  AnalyzeOptions analyze;
  unsigned threads = 0;        ///< 0 = all cores
  size_t batch_documents = 32;
  size_t batch_bytes = 1 << 20;
  bool progress = false;       ///< draw a progress line on stderr (only when it is a terminal)
};

struct RunSummary {
  uint64_t documents = 0;      ///< documents read (records' documents + quarantined)
  uint64_t documents_ok = 0;   ///< documents that gave records
  uint64_t records = 0;
  uint64_t mentions = 0;
  uint64_t quarantined = 0;
  uint64_t input_bytes = 0;    ///< bytes read from inputs (decompressed)
  uint64_t output_bytes = 0;
  double seconds = 0;
  ReadStats read;
  std::vector<std::pair<std::string, uint64_t>> quarantine_codes;  ///< code → count, sorted
};

/// Processes `inputs`; records go to `records` (one JSON line each), quarantined entries to
/// `errors`. Neither stream is touched by anything else.
RunSummary Run(const std::vector<std::string>& inputs, const RunOptions& options, std::ostream& records,
               std::ostream& errors);

/// Processes one document into its output lines (records or one errors line); used by Run and by
/// tests and fuzzers that need the same behaviour without threads.
struct DocumentOutput {
  TextBuffer records;    ///< JSON lines
  std::string errors;    ///< JSON lines
  uint64_t record_count = 0;
  uint64_t mention_count = 0;
  bool quarantined = false;
  std::string quarantine_code;
  uint64_t source_bytes = 0;  ///< size of the document as delivered (for progress)
};
DocumentOutput ProcessDocument(const Document& doc, const AnalyzeOptions& options);
DocumentOutput QuarantineOutput(const Quarantined& q);

}  // namespace pe
