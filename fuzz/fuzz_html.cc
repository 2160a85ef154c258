// HTML → text: the offset map stays inside the HTML and every text range maps to a range of it.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz/provenance_check.h"
#include "pipeline/html_to_text.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string html = pe::utf8::Scrub(std::string_view(reinterpret_cast<const char*>(data), size));
  const pe::HtmlText t = pe::HtmlToText(html);
  if (t.map.dst_size() != t.text.size()) pe::fuzz::Fail("map size", std::to_string(t.map.dst_size()));
  for (size_t a = 0; a <= t.text.size(); a += 1 + t.text.size() / 64) {
    for (size_t b = a + 1; b <= t.text.size(); b += 1 + t.text.size() / 16) {
      const size_t s = t.map.MapStart(a), e = t.map.MapEnd(b);
      if (e > html.size()) pe::fuzz::Fail("mapped range past the end", std::to_string(e));
      // Within a line the text follows the source (reordered text starts a new line).
      if (t.text.substr(a, b - a).find('\n') == std::string::npos && s > e) {
        pe::fuzz::Fail("mapped range reversed within a line", std::to_string(s) + ".." + std::to_string(e));
      }
    }
  }
  return 0;
}
