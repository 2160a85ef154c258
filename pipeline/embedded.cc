#include "pipeline/embedded.h"

namespace pe {

std::optional<std::string_view> FindEmbedded(std::string_view path) {
  for (const EmbeddedFile& f : EmbeddedFiles()) {
    if (f.path == path) return f.data;
  }
  return std::nullopt;
}

}  // namespace pe
