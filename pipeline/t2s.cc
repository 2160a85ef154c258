#include "pipeline/t2s.h"

#include <opencc/DictEntry.hpp>
#include <opencc/Lexicon.hpp>
#include <opencc/MarisaDict.hpp>
#include <opencc/SerializableDict.hpp>

#include <algorithm>

#include "pipeline/utf8.h"

namespace pe {
namespace {

// The entries of an OpenCC dictionary file (throws opencc::Exception if it cannot be read).
opencc::LexiconPtr ReadLexicon(const std::string& file) {
  return opencc::SerializableDict::NewFromFile<opencc::MarisaDict>(file)->GetLexicon();
}

// The single code point s holds, or utf8::kInvalid if it holds none or more than one.
char32_t OnlyCodePoint(std::string_view s) {
  size_t i = 0;
  const char32_t c = utf8::Decode(s, i);
  return i == s.size() ? c : utf8::kInvalid;
}

// Decodes the code point at text[i] and advances i past it as utf8::Decode does; ASCII and
// three-byte characters (almost all of a Chinese page) without its call.
char32_t DecodeAt(std::string_view text, size_t& i) {
  const auto b = [&](size_t k) { return static_cast<char32_t>(static_cast<unsigned char>(text[k])); };
  if (b(i) < 0x80) return b(i++);
  if ((b(i) & 0xF0) == 0xE0 && i + 2 < text.size() && (b(i + 1) & 0xC0) == 0x80 && (b(i + 2) & 0xC0) == 0x80) {
    const char32_t c = (b(i) & 0x0F) << 12 | (b(i + 1) & 0x3F) << 6 | (b(i + 2) & 0x3F);
    if (c >= 0x800 && (c < 0xD800 || c > 0xDFFF)) {  // not overlong, not a UTF-16 surrogate
      i += 3;
      return c;
    }
  }
  return utf8::Decode(text, i);
}

}  // namespace

std::unique_ptr<const T2sConverter> T2sConverter::Load(const std::string& data_dir) {
  std::unique_ptr<T2sConverter> t2s(new T2sConverter);
  try {
    if (!t2s->AddCharacters(*ReadLexicon(data_dir + "/TSCharacters.ocd2")) ||
        !t2s->AddPhrases(*ReadLexicon(data_dir + "/TSPhrases.ocd2"))) {
      return nullptr;
    }
  } catch (...) {  // a file missing or unreadable
    return nullptr;
  }
  return t2s;
}

T2sConverter::T2sConverter()
    : block_of_(0x110000 >> kBlockBits, 0), slots_(size_t{1} << kBlockBits), values_(1, '\0') {}

T2sConverter::Slot& T2sConverter::SlotFor(char32_t c) {
  uint16_t& block = block_of_[c >> kBlockBits];
  if (block == 0) {
    block = static_cast<uint16_t>(slots_.size() >> kBlockBits);
    slots_.resize(slots_.size() + (size_t{1} << kBlockBits));
  }
  return slots_[size_t{block} << kBlockBits | (c & ((1u << kBlockBits) - 1))];
}

uint32_t T2sConverter::Ref(std::string_view value) {
  const uint32_t ref = static_cast<uint32_t>(values_.size() << 8 | value.size());
  values_ += value;
  return ref;
}

bool T2sConverter::AddCharacters(const opencc::Lexicon& lexicon) {
  for (const auto& entry : lexicon) {
    const std::string key = entry->Key(), value = entry->GetDefault();
    // DictGroup would look for TSCharacters' longest key as for TSPhrases': a key of several
    // characters would need the phrase search here too. OpenCC's data has none.
    const char32_t c = OnlyCodePoint(key);
    if (c == utf8::kInvalid || value.size() > 0xFF) return false;
    SlotFor(c).value = Ref(value);
  }
  return values_.size() < (size_t{1} << 24);
}

bool T2sConverter::AddPhrases(const opencc::Lexicon& lexicon) {
  struct Keyed {
    char32_t first;
    Phrase phrase;
  };
  std::vector<Keyed> keyed;
  for (const auto& entry : lexicon) {
    std::string key = entry->Key();
    const std::string value = entry->GetDefault();
    size_t i = 0;
    const char32_t first = key.empty() ? utf8::kInvalid : utf8::Decode(key, i);
    if (first == utf8::kInvalid || value.size() > 0xFF) return false;
    keyed.push_back(Keyed{first, Phrase{std::move(key), Ref(value)}});
  }
  // By first character, longest first: the first phrase that matches is the longest.
  std::sort(keyed.begin(), keyed.end(), [](const Keyed& a, const Keyed& b) {
    return a.first != b.first ? a.first < b.first : a.phrase.key.size() > b.phrase.key.size();
  });
  if (keyed.size() > 0xFFFF || values_.size() >= (size_t{1} << 24)) return false;
  for (Keyed& k : keyed) {
    Slot& slot = SlotFor(k.first);
    if (slot.phrases == 0) slot.first_phrase = static_cast<uint16_t>(phrases_.size());
    ++slot.phrases;
    phrases_.push_back(std::move(k.phrase));
  }
  return true;
}

void T2sConverter::Convert(std::string_view text, std::string& out) const {
  text = text.substr(0, text.find('\0'));  // OpenCC reads a C string
  size_t kept = 0;  // text[kept, i) is unchanged: appended at the next replacement or the end
  size_t i = 0;
  while (i < text.size()) {
    size_t end = i;
    const char32_t c = DecodeAt(text, end);
    if (c == utf8::kInvalid) {
      i = end;
      continue;
    }
    const Slot& slot = At(c);
    uint32_t value = slot.value;
    for (uint32_t p = slot.first_phrase; p < slot.first_phrase + slot.phrases; ++p) {
      if (text.substr(i).starts_with(phrases_[p].key)) {
        value = phrases_[p].value;
        end = i + phrases_[p].key.size();
        break;
      }
    }
    if (value != 0) {
      out.append(text.data() + kept, i - kept);
      out += Value(value);
      kept = end;
    }
    i = end;
  }
  out.append(text, kept);
}

}  // namespace pe
