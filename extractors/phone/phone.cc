#include "extractors/phone/phone.h"

namespace pe {
namespace {

// Placeholder until this extractor is written: finds nothing.
class PhoneExtractor : public Extractor {
 public:
  std::string_view name() const override { return "phone"; }
};

}  // namespace

std::unique_ptr<Extractor> MakePhoneExtractor() { return std::make_unique<PhoneExtractor>(); }

}  // namespace pe
