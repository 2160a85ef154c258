#include "extractors/duration/duration.h"

namespace pe {
namespace {

// Placeholder until this extractor is written: finds nothing.
class DurationExtractor : public Extractor {
 public:
  std::string_view name() const override { return "duration"; }
};

}  // namespace

std::unique_ptr<Extractor> MakeDurationExtractor() { return std::make_unique<DurationExtractor>(); }

}  // namespace pe
