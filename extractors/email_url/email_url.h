// E-mail addresses ("1969856672@qq.com") and URLs ("http(s)://…", "www.…"), values as written.
// Trailing sentence punctuation and an unbalanced closing bracket are not part of a URL.
// See extractors/email_url/README.md.
#pragma once
#include <memory>

#include "extractors/extractor.h"

namespace pe {
std::unique_ptr<Extractor> MakeEmailUrlExtractor();
}  // namespace pe
