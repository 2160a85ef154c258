// The emit stage: one JSON record per article (output_schema/policy_record.schema.json), with
// every span mapped back to the source as delivered, in bytes and in code points.
#pragma once
#include <string>
#include <vector>

#include "pipeline/analyze.h"
#include "pipeline/json.h"

namespace pe {

inline constexpr const char* kSchemaVersion = "1.2.0";

/// Stable id of a document: the JSONL "id" when given, else the first 16 hex digits of its sha256.
std::string DocumentKey(const SourceInfo& source);
/// "<document key>/main" or "<document key>/related-07".
std::string RecordId(const SourceInfo& source, const Article& article);

/// Appends the records of every article of the document to `out`, one JSON line each, in page
/// order; returns how many, and adds the number of mentions written to *mention_count.
size_t WriteRecords(const AnalyzedDocument& a, TextBuffer& out, size_t* mention_count = nullptr);
/// The same, appended to a string (for tests and tools; the runner writes into a TextBuffer).
size_t WriteRecords(const AnalyzedDocument& a, std::string& out, size_t* mention_count = nullptr);

/// The "source" object of a record or an errors-file entry.
Json SourceJson(const SourceInfo& s);
/// Appends SourceJson(s).Dump() to out, written straight (records: no tree of strings built and
/// freed per document).
void AppendSourceJson(std::string& out, const SourceInfo& s);

/// One line of the errors file.
Json QuarantineJson(const Quarantined& q);

}  // namespace pe
