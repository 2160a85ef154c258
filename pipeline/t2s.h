// Traditional → Simplified Chinese conversion that gives byte for byte what OpenCC's t2s.json gives,
// from OpenCC's own dictionaries, at a fraction of its cost: OpenCC walks a marisa trie for every
// character and builds a string for every segment, which made Traditional pages ~6x slower than
// Simplified ones.
//
// What t2s.json does (OpenCC 1.1: MaxMatchSegmentation, Conversion, DictGroup, MarisaDict), and so
// what Convert does: from left to right, the longest key of TSPhrases that starts here is replaced
// by its default value (the first of its values) and skipped whole; else the character is replaced
// by TSCharacters' default value for it, or kept if it has none. (The segmentation splits the text
// at TSPhrases' longest matches; the conversion then finds in a phrase segment the phrase itself,
// TSPhrases being asked first, and in the text between none of TSPhrases' keys, for the segmentation
// found none at those places with more text to match.) OpenCC reads C strings: it stops at the
// first NUL byte and drops the rest.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace opencc {
class Lexicon;
}

namespace pe {

class T2sConverter {
 public:
  /// The converter of OpenCC's TSPhrases.ocd2 and TSCharacters.ocd2 in `data_dir`, or nullptr if
  /// they cannot be read or hold something it cannot represent (a TSCharacters key of more than
  /// one character).
  static std::unique_ptr<const T2sConverter> Load(const std::string& data_dir);

  /// Appends the Simplified form of `text` to `out`, as OpenCC's t2s.json converts it. `text`
  /// should be valid UTF-8 (OpenCC's answer for malformed text depends on the bytes after it);
  /// malformed bytes are kept as they are.
  void Convert(std::string_view text, std::string& out) const;

 private:
  // What a code point starts: the replacement of the character alone (TSCharacters) and the
  // phrases (TSPhrases) that begin with it.
  struct Slot {
    uint32_t value = 0;         // the replacement (see Ref); 0: none
    uint16_t first_phrase = 0;  // phrases_[first_phrase, first_phrase + phrases), longest first
    uint16_t phrases = 0;
  };
  struct Phrase {
    std::string key;
    uint32_t value;  // see Ref
  };
  static constexpr unsigned kBlockBits = 8;  // slots are kept in blocks of 256 code points

  T2sConverter();
  bool AddCharacters(const opencc::Lexicon& lexicon);
  bool AddPhrases(const opencc::Lexicon& lexicon);
  // A value is kept in values_ and referred to as (offset << 8 | size): a slot is 8 bytes.
  uint32_t Ref(std::string_view value);
  std::string_view Value(uint32_t ref) const { return std::string_view(values_).substr(ref >> 8, ref & 0xFF); }
  const Slot& At(char32_t c) const {
    return slots_[size_t{block_of_[c >> kBlockBits]} << kBlockBits | (c & ((1u << kBlockBits) - 1))];
  }
  Slot& SlotFor(char32_t c);

  // A two-level table, code point → Slot: block_of_[c >> kBlockBits] is the block of slots_ that
  // holds c's; block 0 is empty and shared by the code points no key starts with.
  std::vector<uint16_t> block_of_;
  std::vector<Slot> slots_;
  std::vector<Phrase> phrases_;
  std::string values_;  // every replacement, one after another, after one unused byte (no Ref is 0)
};

}  // namespace pe
