#include "extractors/percent/percent.h"

namespace pe {
namespace {

// Placeholder until this extractor is written: finds nothing.
class PercentExtractor : public Extractor {
 public:
  std::string_view name() const override { return "percent"; }
};

}  // namespace

std::unique_ptr<Extractor> MakePercentExtractor() { return std::make_unique<PercentExtractor>(); }

}  // namespace pe
