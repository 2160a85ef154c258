#include "extractors/count/count.h"

namespace pe {
namespace {

// Placeholder until this extractor is written: finds nothing.
class CountExtractor : public Extractor {
 public:
  std::string_view name() const override { return "count"; }
};

}  // namespace

std::unique_ptr<Extractor> MakeCountExtractor() { return std::make_unique<CountExtractor>(); }

}  // namespace pe
