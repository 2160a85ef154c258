// Turns the bytes of a file into UTF-8 text: UTF-8 as is (BOM kept, so offsets stay file offsets),
// UTF-16 with a BOM, and legacy Chinese encodings (GBK/GB18030, Big5) when declared by an HTML
// <meta charset> or detected by ICU with confidence.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace pe {

struct DecodeResult {
  bool ok = false;
  std::string text;              ///< UTF-8 (when ok)
  std::string encoding;          ///< "utf-8", "utf-16le", "gb18030", ...
  bool transcoded = false;       ///< text differs from the input bytes
  std::string error_code;        ///< when !ok: "invalid_utf8", "binary"
  std::string error;             ///< when !ok: a sentence with the byte offset
};

/// `declared` is a charset named by the document itself (HTML meta), if any.
DecodeResult DecodeToUtf8(std::string_view bytes, std::optional<std::string_view> declared = std::nullopt);

/// DecodeToUtf8(bytes) for bytes already known to be valid UTF-8 (a JSONL field: simdjson
/// validated the line and its unescaping emits only valid UTF-8): the same result without
/// validating the page a second time (0.4% of the instructions). Valid UTF-8 cannot start with a
/// UTF-16 byte-order mark, so only the binary check is left.
DecodeResult DecodeValidUtf8(std::string_view bytes);

/// The charset declared in an HTML page's first 2 KB (<meta charset> or http-equiv content), lower-cased.
std::optional<std::string> SniffHtmlCharset(std::string_view html);

}  // namespace pe
