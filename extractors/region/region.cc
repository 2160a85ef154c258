#include "extractors/region/region.h"

namespace pe {
namespace {

// Placeholder until this extractor is written: finds nothing.
class RegionExtractor : public Extractor {
 public:
  std::string_view name() const override { return "region"; }
};

}  // namespace

std::unique_ptr<Extractor> MakeRegionExtractor() { return std::make_unique<RegionExtractor>(); }

}  // namespace pe
