// Dates ("2024年9月1日", "2025-03-19", "2025年", "1月20日", "当月25号") and date ranges
// ("2024年9月10日至12月25日", "每年1月1日至3月31日", "1-6月"), as ISO 8601 at the precision written.
#pragma once
#include <memory>

#include "extractors/extractor.h"

namespace pe {
std::unique_ptr<Extractor> MakeDateExtractor();
}  // namespace pe
