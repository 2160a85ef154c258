#include "extractors/money/money.h"

namespace pe {
namespace {

// Placeholder until this extractor is written: finds nothing.
class MoneyExtractor : public Extractor {
 public:
  std::string_view name() const override { return "money"; }
};

}  // namespace

std::unique_ptr<Extractor> MakeMoneyExtractor() { return std::make_unique<MoneyExtractor>(); }

}  // namespace pe
