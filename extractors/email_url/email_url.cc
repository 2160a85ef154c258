#include "extractors/email_url/email_url.h"

#include <string_view>

#include "extractors/common/text_util.h"

namespace pe {
namespace {

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Ends the URL at a closing bracket whose opening one is not inside it, wherever it stands
// ("(https://www.gov.cn/zhengce/)", a Markdown link's "[浙里办](https://…/yidi)APP"), then drops
// what usually ends the sentence rather than the URL: ". , ; : ! ? ' \"".
size_t TrimUrlEnd(std::string_view url) {
  size_t end = url.size();
  int paren = 0, bracket = 0;
  for (size_t i = 0; i < url.size(); ++i) {
    paren += url[i] == '(' ? 1 : url[i] == ')' ? -1 : 0;
    bracket += url[i] == '[' ? 1 : url[i] == ']' ? -1 : 0;
    if (paren < 0 || bracket < 0) {
      end = i;
      break;
    }
  }
  while (end > 0) {
    const char c = url[end - 1];
    if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\'' || c == '"') {
      --end;
      continue;
    }
    break;
  }
  return end;
}

class EmailUrlExtractor : public Extractor {
 public:
  std::string_view name() const override { return "email_url"; }
  std::vector<std::string> pattern_files() const override { return {"extractors/email_url/email_url.patterns"}; }

  bool Resolve(const RuleMatch& m, std::string_view rule, const ExtractionContext& ctx,
               std::vector<Mention>& out) const override {
    const std::string_view text = ctx.text;
    const char32_t before = CharBefore(text, m.start), after = CharAt(text, m.end);
    Mention mention;
    mention.start = m.start;
    mention.end = m.end;
    if (rule == "email") {
      // The address runs on ("a@b.com2", "a@b.com@c") or starts inside a word: not an address.
      if (IsAsciiAlnum(after) || after == '@' || after == '-' || after == '_') return false;
      if (before == '@' || before == '/') return false;  // inside a URL or another address
      mention.type = "email";
    } else if (rule == "url") {
      const std::string_view url = text.substr(m.start, m.end - m.start);
      // a.www.example.com: "www." inside a host name; a full stop before a scheme is punctuation.
      const bool www = url.size() > 4 && (url[0] == 'w' || url[0] == 'W');
      if (IsAsciiAlnum(before) || (before == '.' && www) || before == '/' || before == '@') return false;
      const size_t end = TrimUrlEnd(url);
      // Something after the scheme or "www.": a host with a letter or digit.
      const size_t scheme = url.find("://");
      const size_t host = scheme != std::string_view::npos && scheme < 6 ? scheme + 3 : 4;
      bool has_host = false;
      for (size_t i = host; i < end && !has_host; ++i) has_host = IsAsciiLetter(url[i]) || (url[i] >= '0' && url[i] <= '9');
      if (!has_host) return false;
      mention.end = m.start + end;
      mention.type = "url";
    } else {
      return false;
    }
    mention.value = std::string(text.substr(mention.start, mention.end - mention.start));
    out.push_back(std::move(mention));
    return true;
  }
};

}  // namespace

std::unique_ptr<Extractor> MakeEmailUrlExtractor() { return std::make_unique<EmailUrlExtractor>(); }

}  // namespace pe
