#pragma once
#include <memory>

#include "extractors/extractor.h"

namespace pe {
std::unique_ptr<Extractor> MakeEmailUrlExtractor();
}  // namespace pe
