// What the read stage hands to the rest of the pipeline: one document, the exact source it was
// delivered as, and where it came from.
#pragma once
#include <cstdint>
#include <optional>
#include <string>

namespace pe {

/// How a document's content is to be read.
enum class ContentFormat { kText, kHtml };

/// Where a document came from. Written into every record as `source`.
struct SourceInfo {
  std::string uri;             ///< the path as given on the command line (or "-" for stdin)
  std::string container;       ///< "text", "html", "jsonl" or "jsonl.gz": the file's format
  std::string field;           ///< JSONL only: the field holding the page ("text", "html", "content")
  uint64_t line = 0;           ///< JSONL only: 1-based line number
  uint64_t byte_offset = 0;    ///< offset of the document (JSONL: of its line) in the (decompressed) file
  uint64_t byte_length = 0;    ///< length of the document (JSONL: of its line) in that file
  std::string sha256;          ///< of the bytes as delivered (the file; the decoded JSON field)
  std::string encoding = "utf-8";  ///< the encoding it was delivered in; spans index its UTF-8 decoding
  std::optional<std::string> id, url, title, fetched_at;  ///< JSONL metadata when present
};

/// One page, as delivered. `content` is "the source" of the provenance contract: every mention's
/// span indexes it. For JSONL it is the decoded string field; for a GBK or UTF-16 file it is the
/// UTF-8 transcoding of the file (SourceInfo::encoding names the original).
struct Document {
  SourceInfo source;
  ContentFormat format = ContentFormat::kText;
  std::string content;
  uint64_t sequence = 0;  ///< position in the input stream; fixes output order
};

/// A document that could not become a record, with the reason. Written to the errors file.
struct Quarantined {
  SourceInfo source;
  std::string code;    ///< stable machine-readable reason, e.g. "invalid_utf8"
  std::string reason;  ///< a sentence a person can act on
  uint64_t sequence = 0;
};

}  // namespace pe
