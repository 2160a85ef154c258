#include "extractors/email_url/email_url.h"

namespace pe {
namespace {

// Placeholder until this extractor is written: finds nothing.
class EmailUrlExtractor : public Extractor {
 public:
  std::string_view name() const override { return "email_url"; }
};

}  // namespace

std::unique_ptr<Extractor> MakeEmailUrlExtractor() { return std::make_unique<EmailUrlExtractor>(); }

}  // namespace pe
