// The read stage: turns inputs (files, directories walked recursively in sorted order, "-" for
// standard input) into Documents, one per text/HTML file or per JSONL line, and anything unreadable
// into Quarantined entries. Streaming: JSONL is read a line at a time, gzip decompressed as it goes.
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "pipeline/document.h"

namespace pe {

enum class FormatHint { kAuto, kText, kHtml, kJsonl };

struct ReadLimits {
  uint64_t max_document_bytes = 16ull << 20;  ///< a text/HTML document or a JSONL page field
  uint64_t max_line_bytes = 64ull << 20;      ///< a JSONL line
};

class ReadSink {
 public:
  virtual ~ReadSink() = default;
  virtual void OnDocument(Document doc) = 0;
  virtual void OnQuarantine(Quarantined q) = 0;
};

struct ReadStats {
  uint64_t files = 0;          ///< files opened
  uint64_t bytes = 0;          ///< bytes read from files (decompressed for gzip)
  uint64_t skipped_files = 0;  ///< files in walked directories with an extension we do not read
  uint64_t blank_lines = 0;    ///< blank JSONL lines (not documents)
};

class Reader {
 public:
  Reader(FormatHint hint, ReadLimits limits, ReadSink& sink) : hint_(hint), limits_(limits), sink_(sink) {}

  /// Reads one command-line input: a file, a directory or "-".
  void ReadInput(const std::string& input);
  /// Reads an in-memory buffer as if it were a file with this uri (used by tests and fuzzers).
  void ReadBuffer(const std::string& uri, std::string_view bytes);

  const ReadStats& stats() const { return stats_; }

 private:
  class ByteStream;
  void ReadDirectory(const std::string& dir, std::vector<std::pair<uint64_t, uint64_t>>& seen);
  void ReadFile(const std::string& path, bool from_walk);
  void ReadStream(const std::string& uri, ByteStream& in, FormatHint fmt, const std::string& container);
  void ReadJsonl(const std::string& uri, ByteStream& in, const std::string& container);
  void ReadWhole(const std::string& uri, ByteStream& in, FormatHint fmt, const std::string& container);
  void EmitPage(SourceInfo src, std::string_view bytes, FormatHint fmt);
  /// `readable_after`: bytes of memory readable after the line (simdjson parses in place when
  /// they are enough padding).
  void HandleJsonlLine(const std::string& uri, const std::string& container, std::string_view line,
                       uint64_t line_no, uint64_t offset, size_t readable_after);
  void Quarantine(SourceInfo src, std::string code, std::string reason);

  FormatHint hint_;
  ReadLimits limits_;
  ReadSink& sink_;
  ReadStats stats_;
  uint64_t sequence_ = 0;
  std::string padded_;  // reused buffer with simdjson padding for JSONL lines near the end of the input
};

/// The format a file name implies, or kAuto when the extension says nothing.
FormatHint FormatFromName(const std::string& path);

}  // namespace pe
