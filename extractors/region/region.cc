// Region mentions: administrative divisions named in the text, resolved to GB/T 2260 units of
// data/gazetteer/. See README.md in this folder for the rules; the word lists are the .tsv files
// beside this file.
//
// Matching is a dictionary scan (extractors/common/name_index.h, one Aho–Corasick pass over the bytes) over every
// full name, short name, alias and former name, plus blocker words that contain names without
// being places. Then, per document:
//   1. select non-overlapping names leftmost-longest, each one checked against its context
//      (weak shorts, generic names, one-character stems, person names, streets, townships);
//   2. a name right after a place it belongs to extends that place's chain (湖南省|湘潭市|湘潭县):
//      one mention at the most specific level;
//   3. a name of several units is settled by the chain, the place named just before it, the places
//      the article names, then the higher level (湘潭 → the city);
//   4. flags: renamed_from (former names), in_org (an organisation's name follows), in_title (《…》).
#include "extractors/region/region.h"

#include <algorithm>
#include <atomic>
#include <bit>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "extractors/common/gazetteer.h"
#include "extractors/common/text_util.h"
#include "extractors/common/name_index.h"
#include "extractors/common/numerals.h"
#include "pipeline/utf8.h"

namespace pe {
namespace {

using pe::NameIndex;

enum class Form : uint8_t { kFull, kShort, kAlias, kFormer };

const char* FormRule(Form f) {
  switch (f) {
    case Form::kFull: return "region/full";
    case Form::kShort: return "region/short";
    case Form::kAlias: return "region/alias";
    case Form::kFormer: return "region/former";
  }
  return "region/full";
}

struct Cand {
  const Division* d = nullptr;
  Form form = Form::kFull;
  std::string renamed_from;  // the former name, for kFormer
};

struct PatternInfo {
  std::vector<Cand> cands;  // empty for a blocker word
  bool blocker = false;
  bool weak = false;            // an everyday word: needs its parent before it or confirmation
  bool generic = false;         // a generic full name (城区): needs its city before it
  bool one_char_stem = false;   // a two-character full name (南县, 和县)
  bool only_short = false;      // every candidate is a short name or an alias
  bool province_only = false;   // every candidate is a province
  // Every candidate is a county: a flag, not a look at each candidate's division for every match
  // (YieldsToOverlap asks it of most matches, and the divisions missed the cache: perf, most of
  // Select's samples).
  bool county_only = false;
};

int LevelRank(DivisionLevel l) {
  switch (l) {
    case DivisionLevel::kProvince: return 0;
    case DivisionLevel::kCity: return 1;
    case DivisionLevel::kCounty: return 2;
  }
  return 2;
}

size_t CharCount(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// CharAt and CharBefore (text_util.h) with the common cases inline, as the context checks call
// them for most characters they look at: ASCII, and a well-formed three-byte character whose
// lead byte rules out overlong forms and surrogates (E1–EC, EE–EF: every Han character). The
// rest goes to the shared decoder, so the result is the same.
inline char32_t DecodeThree(unsigned char b0, unsigned char b1, unsigned char b2) {
  if (b0 < 0xE1 || b0 > 0xEF || b0 == 0xED || (b1 & 0xC0) != 0x80 || (b2 & 0xC0) != 0x80) return 0;
  return static_cast<char32_t>((b0 & 0x0F) << 12 | (b1 & 0x3F) << 6 | (b2 & 0x3F));
}

inline char32_t CharAtFast(std::string_view text, size_t pos) {
  if (pos < text.size()) {
    const auto b = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
    if (b(pos) < 0x80) return b(pos);
    if (pos + 2 < text.size()) {
      if (const char32_t c = DecodeThree(b(pos), b(pos + 1), b(pos + 2))) return c;
    }
  }
  return CharAt(text, pos);
}

inline char32_t CharBeforeFast(std::string_view text, size_t pos) {
  if (pos > 0 && pos <= text.size()) {
    const auto b = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
    if (b(pos - 1) < 0x80) return b(pos - 1);
    if (pos >= 3) {
      if (const char32_t c = DecodeThree(b(pos - 3), b(pos - 2), b(pos - 1))) return c;
    }
  }
  return CharBefore(text, pos);
}

size_t CharLen(char32_t c) { return Utf8Size(c); }

// Words for the context checks, looked up by their first character without decoding it: the
// key is that character's UTF-8 bytes. Words are sorted by key, longest first within a key (ties:
// the first added); a small open-addressing table maps a key to its run of words. Most positions
// start no word, and a miss costs one probe.
class WordSet {
 public:
  void Add(std::string_view w, int kind = 0) {
    if (w.empty()) return;
    Entry e{FirstCharKey(w, 0), std::string(w), kind};
    words_.insert(std::upper_bound(words_.begin(), words_.end(), e, LongestFirst), std::move(e));
  }
  /// Call once after the last Add(), before any lookup.
  void Seal() {
    BuildTable();
    for (const Entry& e : words_) {
      const char32_t c = CharAt(e.word, 0);
      if (c < 0x10000) first_bmp_[c >> 6] |= uint64_t{1} << (c & 63);
    }
  }
  /// False if no word starts with c (one bit test; LongestAt costs ~100 instructions).
  bool MayStartWith(char32_t c) const { return c >= 0x10000 || ((first_bmp_[c >> 6] >> (c & 63)) & 1); }
  /// The longest word starting at pos: its length in bytes and kind; {0, -1} if none.
  std::pair<size_t, int> LongestAt(std::string_view text, size_t pos) const {
    if (pos >= text.size() || table_.empty()) return {0, -1};
    const uint32_t key = FirstCharKey(text, pos);
    if (key == 0) return {0, -1};
    const std::string_view rest = text.substr(pos);
    for (size_t slot = Slot(key);; slot = (slot + 1) & (table_.size() - 1)) {
      const Run& run = table_[slot];
      if (run.key == 0) return {0, -1};
      if (run.key != key) continue;
      for (uint32_t i = run.begin; i < run.end; ++i) {
        const std::string& w = words_[i].word;
        if (rest.size() >= w.size() && SameTail(rest.data(), w, run.key_len)) return {w.size(), words_[i].kind};
      }
      return {0, -1};
    }
  }
  bool StartsAt(std::string_view text, size_t pos) const { return LongestAt(text, pos).first > 0; }
  /// True if a word ends exactly at pos.
  bool EndsAt(std::string_view text, size_t pos) const {
    for (const Entry& e : words_) {
      if (e.word.size() <= pos && text.compare(pos - e.word.size(), e.word.size(), e.word) == 0) return true;
    }
    return false;
  }

 private:
  struct Entry {
    uint32_t key;
    std::string word;
    int kind;
  };
  struct Run {
    uint32_t key = 0;  // 0: an empty slot
    uint32_t begin = 0, end = 0;  // indexes into words_
    uint32_t key_len = 0;  // bytes of the first character, equal for the whole run
  };
  // True if at[from..] equals w[from..]: the first character is known to match. Words are a few
  // characters long and most differ in the next byte, so a plain loop beats a memcmp call.
  static bool SameTail(const char* at, const std::string& w, size_t from) {
    for (size_t i = from; i < w.size(); ++i) {
      if (at[i] != w[i]) return false;
    }
    return true;
  }
  static bool LongestFirst(const Entry& a, const Entry& b) {
    return a.key != b.key ? a.key < b.key : a.word.size() > b.word.size();
  }
  // The bytes of the character starting at pos, packed; 0 if it runs past the end (then no word
  // can start there either).
  static uint32_t FirstCharKey(std::string_view s, size_t pos) {
    const size_t len = CharLenFromLead(s[pos]);
    if (pos + len > s.size()) return 0;
    if constexpr (std::endian::native == std::endian::little) {
      // One load and a mask instead of a byte loop (the same key: first byte lowest).
      if (pos + 4 <= s.size()) {
        uint32_t w;
        std::memcpy(&w, s.data() + pos, 4);
        return len == 4 ? w : w & ((uint32_t{1} << (8 * len)) - 1);
      }
    }
    uint32_t key = 0;
    for (size_t i = 0; i < len; ++i) key |= static_cast<uint32_t>(static_cast<unsigned char>(s[pos + i])) << (8 * i);
    return key;
  }
  static uint32_t CharLenFromLead(char c) {
    const auto lead = static_cast<unsigned char>(c);
    return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  }
  size_t Slot(uint32_t key) const { return ((key * 0x9E3779B1u) >> 8) & (table_.size() - 1); }
  // At most a quarter full, so a miss usually ends at the first slot.
  void BuildTable() {
    size_t size = 16;
    while (size < 4 * words_.size()) size *= 2;
    table_.assign(size, Run{});
    for (uint32_t i = 0; i < words_.size(); ++i) {
      size_t slot = Slot(words_[i].key);
      while (table_[slot].key != 0 && table_[slot].key != words_[i].key) slot = (slot + 1) & (size - 1);
      if (table_[slot].key == 0) table_[slot] = {words_[i].key, i, i, CharLenFromLead(words_[i].word[0])};
      table_[slot].end = i + 1;
    }
  }

  std::vector<Entry> words_;
  std::vector<Run> table_;
  uint64_t first_bmp_[0x10000 / 64] = {};  // first characters below U+10000, a bit each
};

// A set of characters: a bit per code point below U+10000 (8 KB), the rest in a list. The sets
// here (surnames, the characters around a one-character stem) are asked at most candidate names;
// std::unordered_set<char32_t> divided by its bucket count and followed a node for each (~0.3% of
// native samples).
class CharSet {
 public:
  void Insert(char32_t c) {
    if (c < 0x10000) {
      bmp_[c >> 6] |= uint64_t{1} << (c & 63);
    } else if (!Contains(c)) {
      beyond_.push_back(c);
    }
  }
  bool Contains(char32_t c) const {
    if (c < 0x10000) return (bmp_[c >> 6] >> (c & 63)) & 1;
    return std::find(beyond_.begin(), beyond_.end(), c) != beyond_.end();
  }

 private:
  uint64_t bmp_[0x10000 / 64] = {};
  std::vector<char32_t> beyond_;
};

// A set of gazetteer units: a flag per unit (a few KB, no hashing, no node per unit).
class UnitSet {
 public:
  explicit UnitSet(const Gazetteer& gaz) : base_(gaz.all().data()), in_(gaz.all().size(), 0) {}
  /// A set that holds nothing, without allocating, for pages that need none; Insert must not be called.
  static UnitSet Empty(const Gazetteer& gaz) { return UnitSet(gaz.all().data()); }
  /// False if d was in already.
  bool Insert(const Division* d) { return std::exchange(in_[Index(d)], 1) == 0; }
  bool Contains(const Division* d) const { return Index(d) < in_.size() && in_[Index(d)] != 0; }

 private:
  explicit UnitSet(const Division* base) : base_(base) {}
  size_t Index(const Division* d) const { return static_cast<size_t>(d - base_); }
  const Division* base_;
  std::vector<uint8_t> in_;
};

struct Raw {
  size_t start = 0, end = 0;
  uint32_t id = 0;
  bool blocked = false;
};

// One selected name; consecutive ones with the same `head` form one chain (one mention).
struct Sel {
  size_t start = 0, end = 0;
  uint32_t id = 0;
  uint64_t cands = 0;  // bit i set: infos_[id].cands[i] is still possible (no allocation per name)
  size_t head = 0;
};

class RegionExtractor : public Extractor {
 public:
  RegionExtractor() : gaz_(Gazetteer::Get()), values_(DivisionValues(gaz_)) {
    LoadWords();
    BuildIndex();
  }

  std::string_view name() const override { return "region"; }

  const NameIndex* dictionary() const override { return &index_; }

  void ExtractMore(const ExtractionContext& ctx, std::vector<Mention>& out) const override {
    const std::string_view text = ctx.text;
    std::vector<Raw> raws;
    if (ctx.dictionary == &index_) {
      raws.reserve(ctx.dictionary_matches.size());
      for (const NameMatch& m : ctx.dictionary_matches) raws.push_back({m.start, m.end, m.id, false});
    } else {
      raws.reserve(text.size() / 64);  // news pages match about once per 130 bytes: it seldom regrows
      index_.Scan(text, [&](uint32_t id, size_t s, size_t e) { raws.push_back({s, e, id, false}); });
    }
    if (raws.empty()) return;
    std::sort(raws.begin(), raws.end(), [](const Raw& a, const Raw& b) {
      return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    MarkBlocked(raws);

    // Pass 1 without confirmations; if a weak short was held back, pass 2 with the units pass 1
    // named unambiguously.
    std::vector<size_t> held;  // weak shorts pass 1 held back
    std::vector<Sel> sels = Select(text, raws, nullptr, nullptr, &held);
    if (!held.empty()) {
      const UnitSet strong = StrongUnits(sels);
      // Campus names (Accept: 鼓楼校区) are confirmed by their city named in any form; the set is
      // made only for pages that hold one.
      const bool campus = std::any_of(held.begin(), held.end(), [&](size_t h) { return CampusAfter(text, raws[h].end); });
      const UnitSet named = campus ? NamedUnits(sels) : UnitSet::Empty(gaz_);
      bool any = false;
      for (size_t h = 0; h < held.size() && !any; ++h) {
        const bool campus_name = campus && CampusAfter(text, raws[held[h]].end);
        for (const Cand& c : infos_[raws[held[h]].id].cands) {
          any = any || (campus_name ? ParentOf(c.d) && named.Contains(ParentOf(c.d)) : strong.Contains(c.d));
        }
      }
      if (any) sels = Select(text, raws, &strong, &named, nullptr);
    }
    if (sels.empty()) return;
    Emit(ctx, sels, out);
  }

 private:
  // ---------------------------------------------------------------- set-up
  void LoadWords() {
    for (const auto& row : LoadTsv("extractors/region/org_words.tsv")) {
      if (row.size() < 2) continue;
      if (row[1] == "quoted") quoted_org_.Add(row[0]);
      else if (row[1] == "app") app_words_.push_back(row[0]);
      else if (row[1] == "number") name_numbers_.push_back(row[0]);
      else if (row[1] == "account") account_words_.push_back(row[0]), account_first_.Insert(CharAtFast(row[0], 0));
      else if (row[1] == "prefix") name_prefixes_.push_back(row[0]);
      else if (row[1] == "poster") poster_labels_.push_back(row[0]);
      else org_.Add(row[0], row[1] == "org" ? kOrgWord : row[1] == "org_next" ? kOrgNextWord : row[1] == "word" ? kPlainWord : kBreakerWord);
      if (row[1] == "org") org_words_.push_back(row[0]);
    }
    for (const auto& row : LoadTsv("extractors/region/not_place.tsv")) {
      if (row.size() < 2) continue;
      const std::string& w = row[0];
      const std::string& k = row[1];
      if (k == "blocker") blockers_.push_back(w);
      else if (k == "weak") weak_.insert(w);
      else if (k == "weak_prev") weak_prev_.Insert(CharAtFast(w, 0));
      else if (k == "generic") generic_.insert(w);
      else if (k == "street") street_.Add(w);
      else if (k == "street_ok") street_ok_.Add(w);
      else if (k == "township") township_.Add(w);
      else if (k == "township_ok") township_ok_.Add(w);
      else if (k == "stem_prev") stem_prev_.Insert(CharAtFast(w, 0));
      else if (k == "stem_prev_word") stem_prev_words_.push_back(w);
      else if (k == "citizens_not") citizens_not_.push_back(w);
      else if (k == "stem_next") stem_next_.Insert(CharAtFast(w, 0));
      else if (k == "outside_before") outside_before_.push_back(w), outside_before_last_.Insert(CharBeforeFast(w, w.size()));
    }
    for (const auto& row : LoadTsv("extractors/region/person_words.tsv")) {
      if (row.size() < 2) continue;
      if (row[1] == "surname") surnames_.Insert(CharAtFast(row[0], 0));
      else if (row[1] == "before") person_before_.Add(row[0]);
      else if (row[1] == "after") person_after_.Add(row[0]);
      else if (row[1] == "title") person_title_.Add(row[0]);
    }
    for (WordSet* w : {&org_, &quoted_org_, &street_, &street_ok_, &township_, &township_ok_, &person_before_, &person_after_,
                       &person_title_}) {
      w->Seal();
    }
  }

  void AddCand(std::string_view s, Cand c) {
    if (CharCount(s) < 2) return;
    const uint32_t id = index_.Add(s);
    if (id >= infos_.size()) infos_.resize(id + 1);
    for (const Cand& o : infos_[id].cands) {
      if (o.d == c.d) return;  // the same unit under another form of the same string: keep the first
    }
    infos_[id].cands.push_back(std::move(c));
  }

  void BuildIndex() {
    std::vector<std::pair<std::string, std::string>> suffix_aliases;
    for (const auto& row : LoadTsv("extractors/region/aliases.tsv")) {
      if (row.size() < 3) continue;
      if (row[0] == "suffix") suffix_aliases.push_back({row[1], row[2]});
    }
    infos_.reserve(3 * gaz_.all().size());  // about two names a unit, and the blockers
    // Full names first, so a former name equal to a current one stays current.
    for (const Division& d : gaz_.all()) AddCand(d.name, {&d, Form::kFull, {}});
    for (const FormerName& f : gaz_.former_names()) {
      const Division* d = gaz_.Find(f.new_code);
      if (d) AddCand(f.old_name, {d, Form::kFormer, f.old_name});
    }
    for (const Division& d : gaz_.all()) {
      for (const std::string& s : d.shorts) {
        if (s.empty()) continue;
        AddCand(s, {&d, Form::kShort, {}});
        for (const auto& [from, to] : suffix_aliases) {
          if (d.name.size() > from.size() && d.name.compare(d.name.size() - from.size(), from.size(), from) == 0) {
            AddCand(s + to, {&d, Form::kAlias, {}});
          }
        }
      }
    }
    parent_.resize(gaz_.all().size());
    for (size_t i = 0; i < gaz_.all().size(); ++i) parent_[i] = gaz_.Parent(gaz_.all()[i]);
    for (const auto& row : LoadTsv("extractors/region/aliases.tsv")) {
      if (row.size() >= 3 && row[0] == "name") {
        if (const Division* d = gaz_.Find(row[2])) AddCand(row[1], {d, Form::kAlias, {}});
      } else if (row.size() >= 3 && row[0] == "former_short") {
        for (const FormerName& f : gaz_.former_names()) {
          if (f.old_name != row[2]) continue;
          if (const Division* d = gaz_.Find(f.new_code)) AddCand(row[1], {d, Form::kFormer, f.old_name});
          break;
        }
      }
    }
    for (const std::string& b : blockers_) {
      const uint32_t id = index_.Add(b);
      if (id >= infos_.size()) infos_.resize(id + 1);
      if (infos_[id].cands.empty()) infos_[id].blocker = true;  // a place name is never a blocker
    }
    for (uint32_t id = 0; id < infos_.size(); ++id) {
      PatternInfo& info = infos_[id];
      if (info.blocker) continue;
      const std::string& s = index_.pattern(id);
      std::sort(info.cands.begin(), info.cands.end(), [](const Cand& a, const Cand& b) {
        if (a.form == Form::kFormer) return false;  // current forms first
        if (b.form == Form::kFormer) return true;
        return a.d->code < b.d->code;
      });
      info.only_short = std::all_of(info.cands.begin(), info.cands.end(),
                                    [](const Cand& c) { return c.form == Form::kShort || c.form == Form::kAlias; });
      info.province_only = std::all_of(info.cands.begin(), info.cands.end(),
                                       [](const Cand& c) { return c.d->level == DivisionLevel::kProvince; });
      info.county_only = std::all_of(info.cands.begin(), info.cands.end(),
                                     [](const Cand& c) { return c.d->level == DivisionLevel::kCounty; });
      const bool all_short = std::all_of(info.cands.begin(), info.cands.end(),
                                         [](const Cand& c) { return c.form == Form::kShort; });
      info.weak = all_short && (gaz_.IsStopShort(s) || weak_.count(s) > 0);
      info.generic = generic_.count(s) > 0;
      info.one_char_stem = CharCount(s) == 2 && !info.only_short;
      if (info.cands.size() > 64) {  // Sel keeps a name's candidates as bits of one word
        std::fprintf(stderr, "policy-extract: internal error in region data: %zu units named %s\n", info.cands.size(), s.c_str());
        std::abort();
      }
    }
    index_.Build();
  }

  // ---------------------------------------------------------------- matching
  // Drops every name that lies inside a blocker word.
  void MarkBlocked(std::vector<Raw>& raws) const {
    std::vector<std::pair<size_t, size_t>> blocks;
    for (const Raw& r : raws) {
      if (infos_[r.id].blocker) blocks.push_back({r.start, r.end});
    }
    if (blocks.empty()) return;
    // raws (and so blocks) are sorted by start; max end of the blocks starting at or before a point.
    std::vector<size_t> max_end(blocks.size());
    for (size_t i = 0; i < blocks.size(); ++i) max_end[i] = std::max(blocks[i].second, i ? max_end[i - 1] : 0);
    for (Raw& r : raws) {
      if (infos_[r.id].blocker) continue;
      const auto it = std::upper_bound(blocks.begin(), blocks.end(), std::make_pair(r.start, SIZE_MAX));
      if (it == blocks.begin()) continue;
      if (max_end[static_cast<size_t>(it - blocks.begin()) - 1] >= r.end) r.blocked = true;
    }
  }

  const Division* ParentOf(const Division* d) const { return parent_[static_cast<size_t>(d - gaz_.all().data())]; }

  // True if a is a strict ancestor of d (walks the precomputed parent table: no hashing).
  bool IsAncestor(const Division* a, const Division* d) const {
    for (const Division* u = ParentOf(d); u; u = ParentOf(u)) {
      if (u == a) return true;
    }
    return false;
  }

  bool LooksLikePerson(std::string_view text, size_t start, size_t end) const {
    if (CharCount(text.substr(start, end - start)) != 2) return false;
    if (AfterPersonTitle(text, start, end)) return true;
    // 主任黄平江介绍: the short itself starts a three-character name (surname, two given characters)
    // between a title and a speech word.
    if (surnames_.Contains(CharAtFast(text, start)) && person_before_.EndsAt(text, start) &&
        IsHan(CharAtFast(text, end)) && person_after_.StartsAt(text, end + CharLen(CharAtFast(text, end)))) {
      return true;
    }
    const char32_t s = CharBeforeFast(text, start);
    if (!surnames_.Contains(s)) return false;
    const size_t q = start - CharLen(s);
    if (!IsHan(CharBeforeFast(text, q))) return true;  // 。王长沙 / start of text
    if (person_before_.EndsAt(text, q)) return true;
    return person_after_.StartsAt(text, end);
  }

  // 局长常德介绍, (记者 黄山 通讯员 吴江), (编辑 常德胜): a title (person_words.tsv) right before the
  // name, or with a space between, and after it (or after one more character of the name) a word
  // that follows people, a space or a closing bracket.
  bool AfterPersonTitle(std::string_view text, size_t start, size_t end) const {
    // What follows first (cheap, and rarely so): most shorts are followed by a Han character.
    const char32_t c = end < text.size() ? CharAtFast(text, end) : 0;
    bool ends_name = c == 0 || c == ' ' || c == ')' || c == '\n';
    if (!ends_name && IsHan(c)) {
      const size_t next = end + CharLen(c);
      ends_name = next == text.size() || (next < text.size() && (text[next] == ' ' || text[next] == ')' || text[next] == '\n')) ||
                  (person_after_.MayStartWith(c) && person_after_.StartsAt(text, end));
    }
    if (!ends_name) return false;
    // 局长常德介绍, 记者 黄山, 副局长:龙海燕 (a leaders' page: the title, a colon, the name on its line)
    const size_t before = start > 0 && (text[start - 1] == ' ' || text[start - 1] == ':') ? start - 1 : start;
    return person_title_.EndsAt(text, before);
  }

  // Whether a chain other than chains[ci], in the same sentence and at most kSentenceReach bytes
  // away, ends in a single unit that holds d (and is no item of a list of places).
  template <typename Chains, typename Sels>
  bool NamedInSentence(std::string_view text, const Chains& chains, const Sels& sels, size_t ci, const Division* d) const {
    constexpr size_t kSentenceReach = 240;  // about 80 Han characters
    const size_t start = sels[chains[ci].first].start, end = sels[chains[ci].second].end;
    const auto holds = [&](size_t cj) {
      const auto& s = sels[chains[cj].second];
      return Single(s) && IsAncestor(OnlyCand(s).d, d) && !ListItem(text, sels[chains[cj].first].start, s.end);
    };
    for (size_t cj = ci; cj-- > 0;) {
      const size_t e = sels[chains[cj].second].end;
      if (e + kSentenceReach < start || SentenceBreakBetween(text, e, start)) break;
      if (holds(cj)) return true;
    }
    for (size_t cj = ci + 1; cj < chains.size(); ++cj) {
      const size_t b = sels[chains[cj].first].start;
      if (b > end + kSentenceReach || SentenceBreakBetween(text, end, b)) break;
      if (holds(cj)) return true;
    }
    return false;
  }

  // 在上海、广东等地: a place that is an item of a list of places (、 before or after it, 等 after
  // it) names one place of several, not where the sentence is.
  static bool ListItem(std::string_view text, size_t start, size_t end) {
    return CharBeforeFast(text, start) == U'、' || CharAtFast(text, end) == U'、' || CharAtFast(text, end) == U'等';
  }

  // After "(" at `open`, one to six Han characters and ")" with a Han character after it: where that
  // character starts; `open` otherwise.
  static size_t AfterBracketedWord(std::string_view text, size_t open) {
    size_t p = open + 1;
    for (int n = 0; n < 6 && p < text.size() && IsHan(CharAtFast(text, p)); ++n) p += CharLen(CharAtFast(text, p));
    if (p == open + 1 || p >= text.size() || text[p] != ')' || !IsHan(CharAtFast(text, p + 1))) return open;
    return p + 1;
  }

  // 两个宝山区, 四个“鼓楼区”: a numeral and 个 (and an opening quote) right before the name: several
  // units of that name, none of them.
  static bool CountedBefore(std::string_view text, size_t start) {
    size_t p = start;
    if (const char32_t q = CharBeforeFast(text, p); q == U'“' || q == '"') p -= CharLen(q);
    if (CharBeforeFast(text, p) != U'个') return false;
    p -= CharLen(U'个');
    const char32_t n = CharBeforeFast(text, p);
    return IsAsciiDigit(n) || numerals::IsChineseNumeralChar(n);
  }

  // Whether the short at [start, end) and the unit character after it spell a generic full name
  // (not_place.tsv: 新城 + 区).
  bool InGenericName(std::string_view text, size_t start, size_t end) const {
    for (std::string_view unit : {"区", "县", "市"}) {
      if (text.compare(end, unit.size(), unit) != 0) continue;
      std::string full(text.substr(start, end - start));
      full += unit;
      if (generic_.count(full) > 0) return true;
    }
    return false;
  }

  bool StreetAfter(std::string_view text, size_t end) const {
    size_t p = end;
    const char32_t c = CharAtFast(text, p);
    if (c == U'东' || c == U'西' || c == U'南' || c == U'北' || c == U'中') p += CharLen(c);
    return street_.StartsAt(text, p) && !street_ok_.StartsAt(text, p);
  }

  // 武侯教〔2025〕36号: a short name that starts a document number's issuer code (a few characters
  // of the office, then the year in brackets) is no place (guidelines: document numbers).
  static bool DocumentNumberAfter(std::string_view text, size_t end) {
    // Most shorts have no bracket within reach: one look for it before walking the characters.
    const std::string_view ahead = text.substr(end, 4 * 3 + 1);
    if (ahead.find('[') == std::string_view::npos && ahead.find("〔") == std::string_view::npos) return false;
    size_t p = end;
    for (int han = 0; han <= 4; ++han) {
      const char32_t c = CharAtFast(text, p);
      if ((c == U'〔' || c == '[') && IsAsciiDigit(CharAtFast(text, p + CharLen(c)))) return true;
      if (!IsHan(c)) return false;
      p += CharLen(c);
    }
    return false;
  }

  bool TownshipAfter(std::string_view text, size_t end) const {
    return township_.StartsAt(text, end) && !township_ok_.StartsAt(text, end);
  }

  // True if `pred` holds for one of the candidates s still has.
  template <class Pred>
  bool AnyCand(const Sel& s, Pred pred) const {
    const std::vector<Cand>& all = infos_[s.id].cands;
    for (uint64_t m = s.cands; m; m &= m - 1) {
      if (pred(all[static_cast<size_t>(std::countr_zero(m))])) return true;
    }
    return false;
  }
  static uint64_t LowBits(size_t n) { return n >= 64 ? ~uint64_t{0} : (uint64_t{1} << n) - 1; }

  // Not std::has_single_bit: without POPCNT (baseline x86-64) that is a call into libgcc.
  static bool Single(const Sel& s) { return s.cands != 0 && (s.cands & (s.cands - 1)) == 0; }
  // The candidate left when Single(s).
  const Cand& OnlyCand(const Sel& s) const { return infos_[s.id].cands[static_cast<size_t>(std::countr_zero(s.cands))]; }

  // Decides whether raw r can be selected right after `prev` (null if nothing ends where r
  // starts). Fills sel.cands on success. A weak short (an everyday word) is accepted when the
  // document names that unit, or a unit under it, unambiguously elsewhere: `strong` holds those
  // units and all their ancestors.
  // `listed`: the candidates of a weak short or a generic name that a list names a sibling of
  // (ListedSiblings).
  bool Accept(std::string_view text, const Raw& r, Sel* prev, const UnitSet* strong, const UnitSet* named, Sel& sel,
              std::vector<size_t>* held, size_t raw_index, uint64_t listed) const {
    const PatternInfo& info = infos_[r.id];
    // A name right after a place it lies in extends that place's chain: the candidates narrow to
    // the units under it.
    sel.cands = 0;
    if (prev) {
      for (size_t i = 0; i < info.cands.size(); ++i) {
        const Division* d = info.cands[i].d;
        if (AnyCand(*prev, [&](const Cand& p) { return IsAncestor(p.d, d); })) sel.cands |= uint64_t{1} << i;
      }
    }
    const bool chain = sel.cands != 0;
    // 鼓楼校区, 长安校区: a county's short name before 校区 names a campus after its district, where
    // the article names the district's city (pass 2); 四川大学's 望江校区 and 江安校区 (in 成都) are
    // neither 安庆's 望江县 nor 宜宾's 江安县. Weak shorts too (鼓楼, 长安, 思明).
    const bool campus = !chain && info.only_short && info.county_only && CampusAfter(text, r.end);
    if (campus) {
      if (!named) {
        if (held) held->push_back(raw_index);
        return false;
      }
      for (size_t i = 0; i < info.cands.size(); ++i) {
        const Division* city = ParentOf(info.cands[i].d);
        if (city && named->Contains(city)) sel.cands |= uint64_t{1} << i;
      }
      if (sel.cands == 0) return false;
    }
    if (!chain && !campus) {
      if (info.generic && listed == 0) return false;
      // 台北市大安区: a district of a city the gazetteer does not hold (Taiwan's share names with
      // the mainland's: 大安区 is also 自贡's).
      if (!prev && outside_before_last_.Contains(CharBeforeFast(text, r.start)) && EndsWithWord(text, r.start, outside_before_)) {
        return false;
      }
      // 大连西岗仁和口腔门诊部: a county's short name right after a county-level place and not
      // under it is a shop's or a brand's name (仁和, 攀枝花's), not a second place. (A city's
      // may be one: 2024安徽怀远县深圳社保缴费比例, a title after its category.)
      if (prev && info.only_short && info.county_only &&
          !AnyCand(*prev, [](const Cand& p) { return p.d->level != DivisionLevel::kCounty; })) {
        return false;
      }
      if (info.weak || info.generic) {
        sel.cands = listed;
        if (sel.cands == 0) {
          if (!strong) {
            if (held) held->push_back(raw_index);
            return false;
          }
          // 医疗资源, 今年新建的: inside a compound the everyday word, whatever the article names (a Han
          // character before it that is no preposition or verb of going).
          if (const char32_t b = CharBeforeFast(text, r.start); IsHan(b) && !weak_prev_.Contains(b)) return false;
          // 新城区建设: the short starts a generic full name away from its city (the everyday word).
          if (InGenericName(text, r.start, r.end)) return false;
          for (size_t i = 0; i < info.cands.size(); ++i) {
            if (strong->Contains(info.cands[i].d)) sel.cands |= uint64_t{1} << i;
          }
          if (sel.cands == 0) return false;
        }
      }
      if (info.one_char_stem) {
        const char32_t b = CharBeforeFast(text, r.start);
        if (IsHan(b) && !stem_prev_.Contains(b) && !EndsWithWord(text, r.start, stem_prev_words_)) return false;  // 指南|县, 市和|县
      }
      if (info.only_short && LooksLikePerson(text, r.start, r.end)) return false;
      if (!prev && CountedBefore(text, r.start)) return false;
    }
    if ((info.only_short || (info.one_char_stem && !chain && IsHan(CharBeforeFast(text, r.start)))) &&
        stem_next_.Contains(CharAtFast(text, r.end))) {
      // 市和县两级, 河南县级 (the alias 河南县): the 县 belongs to 县两级, 县级. A one-character stem
      // only after a Han character it could be a word with (和): 砀山县、萧县两个 is 萧县.
      const std::string& s = index_.pattern(r.id);
      if (s.ends_with("县") || s.ends_with("市") || s.ends_with("区")) return false;
    }
    // 山东省立医院, 福州市立医院: 省立, 市立 (the province's, the city's) start an institution's name,
    // and the place is the short name before them (not 长沙市立即启动: only where an organisation's
    // word follows). 南京市场监管, 北京市场: the 市 of 市场 (a market) is no city's.
    if (const char32_t next = CharAtFast(text, r.end); !info.only_short && (next == U'立' || next == U'场')) {
      const std::string& s = index_.pattern(r.id);
      if (next == U'场') {
        if (s.ends_with("市")) return false;
      } else if ((s.ends_with("省") || s.ends_with("市") || s.ends_with("县")) &&
                 InOrg(text, r.end + CharLen(U'立'), text.size(), false)) {
        return false;
      }
    }
    if (info.only_short) {
      if (StreetAfter(text, r.end) || DocumentNumberAfter(text, r.end)) return false;
      if (!info.province_only && TownshipAfter(text, r.end)) return false;
    }
    if (!chain && !campus && !info.weak && !info.generic) sel.cands = LowBits(info.cands.size());
    sel.start = r.start;
    sel.end = r.end;
    sel.id = r.id;
    if (chain) {
      // Narrow the previous element to the units this one lies in (吉林|长春 → 吉林省).
      const std::vector<Cand>& pc = infos_[prev->id].cands;
      for (uint64_t m = prev->cands; m; m &= m - 1) {
        const int j = std::countr_zero(m);
        const Division* p = pc[static_cast<size_t>(j)].d;
        if (!AnyCand(sel, [&](const Cand& c) { return IsAncestor(p, c.d); })) prev->cands &= ~(uint64_t{1} << j);
      }
    }
    sel.head = chain ? prev->head : SIZE_MAX;  // set by the caller when not a chain
    return true;
  }

  // A county's short name gives way to a longer or higher-level name that starts inside it and
  // ends after it: 从江|西 → 江西 (not 从江县), 位于|都江堰 → 都江堰 (not 于都县).
  bool YieldsToOverlap(const std::vector<Raw>& raws, size_t next, const Raw& r) const {
    const PatternInfo& info = infos_[r.id];
    if (!info.only_short || !info.county_only) return false;
    for (size_t k = next; k < raws.size() && raws[k].start < r.end; ++k) {
      const Raw& o = raws[k];
      const PatternInfo& oi = infos_[o.id];
      if (o.blocked || oi.blocker || o.end <= r.end || oi.weak || oi.generic) continue;
      if (o.end - o.start > r.end - r.start) return true;
      if (!oi.county_only) return true;
    }
    return false;
  }

  std::vector<Sel> Select(std::string_view text, const std::vector<Raw>& raws, const UnitSet* strong,
                          const UnitSet* named, std::vector<size_t>* held) const {
    std::vector<Sel> sels;
    sels.reserve(raws.size());  // one name at most per match: no regrowth
    size_t cursor = 0;
    for (size_t i = 0; i < raws.size();) {
      const size_t s = raws[i].start;
      size_t j = i;
      while (j < raws.size() && raws[j].start == s) ++j;
      if (s >= cursor) {
        // A name right after the previous one, or after it and 地区 (青海省海东地区乐都县: a prefecture
        // of old, then its county), may extend its chain.
        Sel* prev = (!sels.empty() && (sels.back().end == s || text.substr(sels.back().end, s - sels.back().end) == "地区"))
                        ? &sels.back()
                        : nullptr;
        for (size_t k = i; k < j; ++k) {
          const Raw& r = raws[k];
          if (r.blocked || infos_[r.id].blocker) continue;
          if (YieldsToOverlap(raws, j, r)) continue;
          Sel sel;
          const uint64_t listed = infos_[r.id].weak || infos_[r.id].generic ? ListedSiblings(text, raws, k, sels) : 0;
          if (Accept(text, r, prev, strong, named, sel, held, k, listed)) {
            if (sel.head == SIZE_MAX) sel.head = sels.size();
            cursor = sel.end;
            sels.push_back(std::move(sel));
            break;
          }
        }
      }
      i = j;
    }
    return sels;
  }

  // 江油、三台、盐亭, 新城区、回民区: the candidates of raws[k] (a weak short or a generic name) whose
  // sibling, a place of one candidate under the same parent, is listed with 、 right before it
  // (selected) or right after it.
  uint64_t ListedSiblings(std::string_view text, const std::vector<Raw>& raws, size_t k,
                          const std::vector<Sel>& sels) const {
    constexpr std::string_view kComma = "、";
    const Raw& r = raws[k];
    const std::vector<Cand>& cands = infos_[r.id].cands;
    uint64_t listed = 0;
    const auto sibling_of = [&](const Division* d) {
      for (size_t i = 0; i < cands.size(); ++i) {
        if (ParentOf(cands[i].d) == ParentOf(d)) listed |= uint64_t{1} << i;
      }
    };
    if (!sels.empty() && sels.back().end + kComma.size() == r.start && text.compare(sels.back().end, kComma.size(), kComma) == 0 &&
        Single(sels.back())) {
      sibling_of(OnlyCand(sels.back()).d);
    }
    if (text.compare(r.end, kComma.size(), kComma) == 0) {
      for (size_t j = k + 1; j < raws.size() && raws[j].start <= r.end + kComma.size(); ++j) {
        const Raw& next = raws[j];
        const PatternInfo& ni = infos_[next.id];
        if (next.start == r.end + kComma.size() && !next.blocked && !ni.blocker && !ni.weak && ni.cands.size() == 1) {
          sibling_of(ni.cands[0].d);
        }
      }
    }
    return listed;
  }

  // Units named unambiguously by full name, alias or former name (not by a short), with their
  // ancestors.
  static bool CampusAfter(std::string_view text, size_t end) { return StartsWithAny(text, end, {"校区"}); }

  // The units pass 1 selected with one candidate, by any form (南京 of 南京大学 too), with their
  // ancestors: a campus named after its district (鼓楼校区) needs the district's city among them.
  UnitSet NamedUnits(const std::vector<Sel>& sels) const {
    UnitSet named(gaz_);
    for (const Sel& s : sels) {
      if (!Single(s)) continue;
      for (const Division* u = OnlyCand(s).d; u && named.Insert(u); u = ParentOf(u)) {
      }
    }
    return named;
  }

  UnitSet StrongUnits(const std::vector<Sel>& sels) const {
    UnitSet strong(gaz_);
    for (const Sel& s : sels) {
      if (!Single(s) || OnlyCand(s).form == Form::kShort) continue;
      for (const Division* u = OnlyCand(s).d; u && strong.Insert(u); u = ParentOf(u)) {
      }
    }
    return strong;
  }

  // ---------------------------------------------------------------- resolving and flags
  // Kinds of org_words.tsv's words in org_.
  static constexpr int kBreakerWord = 0, kOrgWord = 1, kPlainWord = 2, kOrgNextWord = 3;

  // 固始县往流镇卫生院: the end of a town's name (two or three Han characters and 镇, more Han
  // after it) that starts at p, or p. The scan steps over it to the institution's word (往 alone
  // would end it).
  static size_t AfterTownName(std::string_view text, size_t p, size_t limit) {
    constexpr std::string_view kTown = "镇";  // 3 bytes, as every Han character of the name
    for (size_t chars : {2, 3}) {
      const size_t town = p + 3 * chars;
      if (town + kTown.size() >= limit || text.compare(town, kTown.size(), kTown) != 0) continue;
      for (size_t q = p; q < town; q += 3) {
        const char32_t c = CharAtFast(text, q);
        if (!IsHan(c) || CharLen(c) != 3 || c == U'镇' || c == U'乡' || c == U'各' || c == U'城') return p;
      }
      const size_t after = town + kTown.size();
      return IsHan(CharAtFast(text, after)) ? after : p;
    }
    return p;
  }

  bool InOrg(std::string_view text, size_t end, size_t limit, bool in_title) const {
    size_t p = AfterTownName(text, end, limit);
    for (int n = 0; n < 16 && p < limit; ++n) {
      char32_t c = CharAtFast(text, p);
      // Text from PDFs breaks lines inside names (《山东省\n医疗保障局…》), OCR spaces their characters
      // out (合 作 医 疗): inside a 《title》, one line break between Han characters is stepped over,
      // and so is a space inside such a run (not a table's cell gap: 伍家岗区 康复医院). Elsewhere a
      // line break ends the scan: a heading's place is not in_org by the next paragraph's 医保局.
      if ((c == '\n' || c == ' ') && p + 1 < limit && IsHan(CharBeforeFast(text, p)) && IsHan(CharAtFast(text, p + 1)) &&
          (c == '\n' ? in_title : InSpacedRun(text, p))) {
        ++p;
        c = CharAtFast(text, p);
      }
      // 洛阳市12345热线办公室: a hotline's number inside an office's name is stepped over.
      if (c - U'0' < 10) {
        const auto number = std::find_if(name_numbers_.begin(), name_numbers_.end(),
                                          [&](const std::string& w) { return text.substr(p, w.size()) == w; });
        if (number != name_numbers_.end() && CharAtFast(text, p + number->size()) - U'0' >= 10) {
          p += number->size();
          continue;
        }
      }
      // 上海瑞澜医疗器械(集团)有限公司: a short word in brackets inside a name is stepped over.
      if (c == '(' && p > end) {
        if (const size_t close = BracketedWordEnd(text, p, limit); close != 0) {
          p = close;
          continue;
        }
      }
      // 云南税务APP, 山东医保APP: an app's name, unquoted (org_words.tsv's app words; only their
      // ASCII ones can start at a character that is not Han).
      if (!IsHan(c)) return p > end && StartsWithWord(text, p, app_words_);
      if (org_.MayStartWith(c)) {
        const auto [len, kind] = org_.LongestAt(text, p);
        // 沙河口店: a word that makes an organisation's name only right after the place (not
        // 在思明区开咖啡店).
        if (len > 0 && kind == kOrgNextWord) {
          if (p == end) return true;
          p += CharLen(c);
          continue;
        }
        if (len > 0 && kind != kPlainWord) return kind == kOrgWord;
        if (len > 0) {  // a word that holds a breaker's character (和平): stepped over whole
          p += len;
          continue;
        }
      }
      p += CharLen(c);
    }
    return false;
  }

  // The position after "(…)" at `open`: one to four Han characters in brackets with a Han character
  // after them; 0 if there is none.
  static size_t BracketedWordEnd(std::string_view text, size_t open, size_t limit) {
    size_t p = open + 1;
    int n = 0;
    for (; n < 4 && p < limit && IsHan(CharAtFast(text, p)); ++n) p += CharLen(CharAtFast(text, p));
    if (n == 0 || p + 1 >= limit || text[p] != ')' || !IsHan(CharAtFast(text, p + 1))) return 0;
    return p + 1;
  }

  // The space at `space` separates single characters spaced out (合 作 医 疗): the character before it
  // has a space before it, or the one after it has a space after it.
  static bool InSpacedRun(std::string_view text, size_t space) {
    const size_t before = space - CharLen(CharBeforeFast(text, space));
    const size_t after = space + 1 + CharLen(CharAtFast(text, space + 1));
    return (before > 0 && text[before - 1] == ' ') || (after < text.size() && text[after] == ' ');
  }

  // A line break with Han characters on both sides: text from a PDF, broken inside a sentence.
  static bool SoftLineBreak(std::string_view text, size_t newline) {
    return newline + 1 < text.size() && IsHan(CharBeforeFast(text, newline)) && IsHan(CharAtFast(text, newline + 1));
  }

  // Whether every line break in [newline, end) is soft, and the title that opened at `open` is
  // short enough (100 characters) to be one that a PDF's lines broke, not a stray 《.
  static bool OnlySoftBreaks(std::string_view text, size_t newline, size_t end, size_t open) {
    if (end - open > 300) return false;
    for (size_t nl = newline; nl < end; nl = text.find('\n', nl + 1)) {
      if (!SoftLineBreak(text, nl)) return false;
    }
    return true;
  }

  // The 《…》 spans of the text (each within one line, or lines joined by soft line breaks; no
  // nesting), in order.
  static std::vector<std::pair<size_t, size_t>> Titles(std::string_view text) {
    constexpr std::string_view kOpen = "《", kClose = "》";
    static_assert(kOpen.size() == 3 && kClose.size() == 3 && kOpen.substr(0, 2) == kClose.substr(0, 2));
    std::vector<std::pair<size_t, size_t>> spans;
    // Jumps from one 《/》 to the next, checking for a newline in between.
    size_t i = FindTitleMark(text, 0);
    if (i == std::string_view::npos) return spans;
    size_t open = std::string_view::npos;  // after the last 《 on this line
    size_t newline = text.find('\n', i);   // the first newline after the last bracket seen
    for (; i != std::string_view::npos; i = FindTitleMark(text, i + kOpen.size())) {
      const bool is_open = text[i + 2] == kOpen[2];  // 《 or 》: told by the last byte
      if (newline < i) {
        if (open != std::string_view::npos && !OnlySoftBreaks(text, newline, i, open)) open = std::string_view::npos;
        newline = text.find('\n', i);
      }
      if (is_open) {
        open = i + kOpen.size();
      } else if (open != std::string_view::npos) {
        spans.push_back({open, i});
        open = std::string_view::npos;
      }
    }
    return spans;
  }

  static bool InTitle(const std::vector<std::pair<size_t, size_t>>& titles, size_t start, size_t end) {
    auto it = std::upper_bound(titles.begin(), titles.end(), std::make_pair(start, SIZE_MAX));
    if (it == titles.begin()) return false;
    --it;
    return it->first <= start && end <= it->second;
  }

  // The quote that closes one opened by c (“ " 「 【), 0 if c opens none.
  static char32_t ClosingQuote(char32_t c) {
    switch (c) {
      case U'“': return U'”';
      case U'"': return U'"';
      case U'「': return U'」';
      case U'【': return U'】';
      default: return 0;
    }
  }

  // “河南医保”小程序: a place opening a quoted name that goes on with an insurance or service word.
  bool InQuotedName(std::string_view text, size_t start, size_t end) const {
    const char32_t open = CharBeforeFast(text, start);
    // 【湘潭医保】: a text message's sender, named as a quoted one is.
    const char32_t close_ch = ClosingQuote(open);
    if (close_ch == 0) return false;
    bool word = false;
    size_t p = end;
    for (int n = 0; n < 12 && p < text.size(); ++n) {
      const char32_t c = CharAtFast(text, p);
      if (c == close_ch) return word && p > end;
      if (!IsHan(c)) return false;
      if (!word && quoted_org_.StartsAt(text, p)) word = true;
      p += CharLen(c);
    }
    return false;
  }

  // 长沙市民可…: a name ending in 市 (three characters or more) before 民 that makes 市民 (citizens),
  // not 民政局, 民办 (citizens_not in not_place.tsv); the place is then the name without its 市.
  bool CitizensAfter(std::string_view text, size_t start, size_t end) const {
    constexpr std::string_view kShi = "市", kMin = "民";
    return end - start >= 3 * kShi.size() && text.substr(end - kShi.size(), kShi.size()) == kShi &&
           text.substr(end, kMin.size()) == kMin && !StartsWithWord(text, end, citizens_not_);
  }

  // 奎文区、潍城区、临朐县人民政府: places listed with 、 (or 和, 及, 与) right before one that is in_org share its
  // office word, so each is in_org too. out.back() is that place; out[first..] are this call's.
  static void ShareOfficeWord(std::string_view text, size_t first, std::vector<Mention>& out) {
    for (size_t k = out.size() - 1; k > first; --k) {
      const Mention& place = out[k];
      Mention& before = out[k - 1];
      if (!ListGap(text.substr(before.end, place.start - before.end))) return;
      before.flags.Set("in_org", true);
    }
  }

  // What stands between two places of one list: 、 和 及 与, or the list so far summed up before it
  // goes on (武汉市、宜昌市、襄阳市等13个市州及仙桃市…).
  static bool ListGap(std::string_view gap) {
    const auto separator = [](std::string_view s) { return s == "、" || s == "和" || s == "及" || s == "与"; };
    if (separator(gap)) return true;
    constexpr std::string_view kDeng = "等", kGe = "个";
    if (!gap.starts_with(kDeng)) return false;
    size_t p = kDeng.size();
    const size_t number = p;
    while (p < gap.size() && (IsAsciiDigit(static_cast<unsigned char>(gap[p])) || numerals::IsChineseNumeralChar(CharAt(gap, p)))) {
      p += CharLen(CharAt(gap, p));
    }
    if (p == number || gap.substr(p, kGe.size()) != kGe) return false;
    p += kGe.size();
    for (int han = 0; han < 3 && p < gap.size(); ++han) {  // 市州, 县市区: what the items are
      if (separator(gap.substr(p))) return true;
      if (!IsHan(CharAt(gap, p))) return false;
      p += CharLen(CharAt(gap, p));
    }
    return separator(gap.substr(p));
  }

  // “爱山东”APP, “我的长沙”小程序, "澳门居民在横琴就医"专区, “南粤人寿湛江”视频号, 「i厦门」网路平台,
  // "i深圳" app: a place inside a short quoted name (at most 6 characters before it, Han or Latin
  // letters, and 8 after it) that an app word (org_words.tsv, kind app) follows.
  bool InQuotedAppName(std::string_view text, size_t start, size_t end) const {
    const auto opens = [](char32_t c) { return c == U'“' || c == '"' || c == U'「'; };
    size_t open = start;
    for (int n = 0; n <= 6 && open > 0; ++n) {
      const char32_t c = CharBeforeFast(text, open);
      if (opens(c)) break;
      if (!(IsHan(c) || IsAsciiLetter(c)) || n == 6) return false;
      open -= CharLen(c);
    }
    const char32_t open_ch = CharBeforeFast(text, open);
    if (!opens(open_ch)) return false;
    const char32_t close_ch = ClosingQuote(open_ch);
    size_t p = end;
    for (int n = 0; n <= 8 && p < text.size(); ++n) {
      const char32_t c = CharAtFast(text, p);
      if (c == close_ch) {
        size_t after = p + CharLen(c);
        if (after < text.size() && text[after] == ' ') ++after;  // "i深圳" app
        return StartsWithWord(text, after, app_words_);
      }
      if (!IsHan(c)) return false;
      p += CharLen(c);
    }
    return false;
  }

  // 南阳医保 | 2025年门诊共济新政来了, a line 于都医保 (or Weibo's 甘肃医保 V) alone: an account's name
  // heading a post copied from WeChat or Weibo (org_words.tsv, kind account), before | or · or alone
  // on a line that it starts.
  bool AccountHeader(std::string_view text, size_t start, size_t end) const {
    if (!account_first_.Contains(CharAtFast(text, end))) return false;  // most places: no account word
    for (const std::string& w : account_words_) {
      if (text.substr(end, w.size()) != w) continue;
      size_t p = end + w.size();
      while (p < text.size() && text[p] == ' ') ++p;
      // 嘉兴医保 · 政策速递, 武汉吧 > 帖子 (a 贴吧's breadcrumb)
      if (p < text.size() && (text[p] == '|' || text.substr(p, 2) == "·" || (text[p] == '>' && p > end + w.size()))) return true;
      if (p < text.size() && text[p] == 'V' && p > end + w.size()) ++p;  // Weibo's verified mark: 甘肃医保 V
      const bool line_start = start == 0 || text[start - 1] == '\n';
      if (!line_start) return false;
      if (StartsWithAny(text, p, {"回复:", "答复:"})) return true;  // 柳州医保回复: an account's reply
      // A post's time after a space: 唐山发布 昨天 18:42, 甘肃医保 2025-03-01 (a search result's source).
      if (p > end + w.size() && p < text.size() &&
          (IsAsciiDigit(static_cast<unsigned char>(text[p])) || StartsWithAny(text, p, {"昨天", "今天", "前天", "刚刚"}))) {
        return true;
      }
      return p == text.size() || text[p] == '\n';
    }
    return false;
  }

  // 1楼 阆中老陈 2025-10-21: a forum floor's author line (N楼, the screen name, its date): the
  // place starts the screen name, as in ScreenNameLabel.
  bool FloorLineName(std::string_view text, size_t start, size_t end) const {
    size_t p = start;
    while (p > 0 && text[p - 1] == ' ') --p;
    if (p == start || CharBeforeFast(text, p) != U'楼') return false;
    p -= CharLen(U'楼');
    const size_t digits_end = p;
    while (p > 0 && IsAsciiDigit(static_cast<unsigned char>(text[p - 1]))) --p;
    if (p == digits_end || (p > 0 && text[p - 1] != '\n')) return false;
    size_t q = ScreenNameEnd(text, end);
    if (text.substr(q).starts_with(kPosterMark)) q += kPosterMark.size();  // 荔湾阿珍(楼主): the thread's poster
    while (q + 1 < text.size() && text[q] == ' ' && text[q + 1] == ' ') ++q;
    if (q + 1 >= text.size() || text[q] != ' ' || !IsAsciiDigit(static_cast<unsigned char>(text[q + 1]))) return false;
    return NoWordAfter(text, end);
  }
  static constexpr std::string_view kPosterMark = "(楼主)";

  // 楼主:荔湾阿珍    发表于 …, 作者:涧西老刘  2025-06-20, 网友“渭滨老张”: a post's author label
  // (org_words.tsv, kind poster); the place starts the screen name after it. After 楼主: the place
  // may stand alone; after the others a screen name's letters follow it (作者:武汉 张三 is a byline's
  // place).
  bool PosterLabel(std::string_view text, size_t start, size_t end) const {
    size_t p = start;
    bool quoted = false;
    if (CharBeforeFast(text, p) == U'“' || CharBeforeFast(text, p) == '"') {
      quoted = true;
      p -= CharLen(CharBeforeFast(text, p));
    }
    while (p > 0 && text[p - 1] == ' ') --p;
    const std::string* label = nullptr;
    for (const std::string& w : poster_labels_) {
      if (text.substr(0, p).ends_with(w)) label = &w;
    }
    if (!label || quoted == label->ends_with(":")) return false;  // 网友 takes a quote, the others a colon
    const size_t q = ScreenNameEnd(text, end);
    if (q == end && *label != "楼主:") return false;
    const bool name_ends = quoted ? q < text.size() && (CharAtFast(text, q) == U'”' || text[q] == '"')
                                  : q == text.size() || text[q] == ' ' || text[q] == '\n';
    return name_ends && NoWordAfter(text, end);
  }

  // 国大药房(南京), 研究中心(上海): a place alone in brackets right after an organisation's name
  // (its branch or seat) is part of it.
  bool BracketedAfterOrg(std::string_view text, size_t start, size_t end) const {
    if (start == 0 || text[start - 1] != '(' || end >= text.size() || text[end] != ')') return false;
    return EndsWithWord(text, start - 1, org_words_);
  }

  // 国大药房(江宁万达店), 老百姓大药房(成都武侯祠店): a shop's branch in brackets, named from the place
  // on and ending in 店, is part of the shop's name.
  static bool BracketedBranch(std::string_view text, size_t start, size_t end) {
    if (start == 0 || text[start - 1] != '(') return false;
    size_t p = end;
    for (int n = 0; n < 8 && p < text.size() && IsHan(CharAtFast(text, p)); ++n) p += CharLen(CharAtFast(text, p));
    return p > end && p < text.size() && text[p] == ')' && CharBeforeFast(text, p) == U'店';
  }

  // 杭州小周 2025-03-02 ★★★★★: a review's author line (a product page's reviews), 【回答3】 章丘老王
  // 2025-08-04 09:30 (a forum's answer): the place starts the line or follows its tag, and a screen
  // name, spaces and a date follow it.
  bool ReviewLineName(std::string_view text, size_t start, size_t end) const {
    if (!StartsLineAfterTag(text, start)) return false;
    size_t q = ScreenNameEnd(text, end);
    if (q == end) return false;
    while (q + 1 < text.size() && text[q] == ' ' && text[q + 1] == ' ') ++q;  // 章丘老王  2025-08-04
    if (q + 6 > text.size() || text[q] != ' ') return false;
    for (size_t i = q + 1; i < q + 5; ++i) {
      if (!IsAsciiDigit(static_cast<unsigned char>(text[i]))) return false;
    }
    return (text[q + 5] == '-' || text[q + 5] == '.' || text[q + 5] == '/') && NoWordAfter(text, end);
  }

  // 来源:上海普陀: a place alone after a page's 来源: (to the line's end or a space), or with an
  // account's word, names the publisher, an account.
  bool SourceLabel(std::string_view text, size_t start, size_t end) const {
    constexpr std::string_view kSource = "来源:";
    size_t p = start;
    while (p > 0 && text[p - 1] == ' ') --p;
    if (p < kSource.size() || text.substr(p - kSource.size(), kSource.size()) != kSource) return false;
    // 来源:成都医保 编辑:…: the place and an account's word (org_words.tsv's account kind).
    for (const std::string& w : account_words_) {
      if (text.substr(end, w.size()) == w) {
        end += w.size();
        break;
      }
    }
    return end == text.size() || text[end] == '\n' || text[end] == ' ';
  }

  // 赵云. 上海市长期护理保险试点…[J]. 上海医药,2021: in a reference list (GB/T 7714) the journal's
  // name follows its type mark [J] (or [J/OL]): a place there starts the journal's name.
  static bool CitedJournal(std::string_view text, size_t start) {
    size_t p = start;
    while (p > 0 && text[p - 1] == ' ') --p;
    const std::string_view before = text.substr(0, p);
    return before.ends_with("[J].") || before.ends_with("[J/OL].") || before.ends_with("[J]");
  }

  // 沈北小燕儿:…, [弹幕] 九龙坡张嬢:…: a commenter's screen name labelling a line (a comment
  // section, a live stream's bullet comments): the place starts the line (or follows a [tag] that
  // does), one to four letters follow it, then a colon. Not a dateline (长沙:): nothing between;
  // not a topic or a greeting (义乌市医保服务热线:, 临桂区各位居民:): the letters are no office,
  // breaker or topic word of org_words.tsv and at most four.
  // True if start begins its line, or follows a [tag] or 【tag】 (and a space) that does ([弹幕],
  // 【回答3】).
  static bool StartsLineAfterTag(std::string_view text, size_t start) {
    size_t line = start;
    if (line > 0 && text[line - 1] == ' ') --line;
    if (line > 0 && (text[line - 1] == ']' || CharBeforeFast(text, line) == U'】')) {
      const bool ascii = text[line - 1] == ']';
      const size_t open = text.rfind(ascii ? "[" : "【", line - 1);
      if (open == std::string_view::npos || text.find('\n', open) < line) return false;
      line = open;
    } else if (line < start && CharBeforeFast(text, line) == U'楼') {  // 2楼 襄城老王: a forum floor's number
      size_t digits = line - std::string_view("楼").size();
      const size_t digits_end = digits;
      while (digits > 0 && IsAsciiDigit(static_cast<unsigned char>(text[digits - 1]))) --digits;
      if (digits < digits_end) line = digits;
    }
    return line == 0 || text[line - 1] == '\n';
  }

  bool ScreenNameLabel(std::string_view text, size_t start, size_t end) const {
    if (!StartsLineAfterTag(text, start)) return false;
    const size_t p = ScreenNameEnd(text, end);
    if (p == end || p >= text.size() || text[p] != ':') return false;
    return NoWordAfter(text, end) && !quoted_org_.StartsAt(text, end);
  }

  // Where the letters of a screen name after its place end: at most four Han or ASCII letters and
  // digits (沈北小燕儿, 阆中老陈).
  static size_t ScreenNameEnd(std::string_view text, size_t end) {
    size_t p = end;
    for (int n = 0; n < 4 && p < text.size(); ++n) {
      const char32_t c = CharAtFast(text, p);
      if (!IsHan(c) && !IsAsciiAlnum(c)) break;
      p += CharLen(c);
    }
    return p;
  }

  // True if no office, breaker or topic word of org_words.tsv starts at pos (the letters after a
  // place make a person's screen name, not 医保服务热线 or 各位居民).
  bool NoWordAfter(std::string_view text, size_t pos) const {
    const auto [len, kind] = org_.LongestAt(text, pos);
    return len == 0 || kind == kPlainWord;
  }

  static bool SentenceBreakBetween(std::string_view text, size_t a, size_t b) {
    for (size_t i = a; i < b; ++i) {
      const char ch = text[i];
      if (ch == '\n' || ch == '.' || ch == '!' || ch == '?' || ch == ';') return true;
    }
    const std::string_view gap = text.substr(a, b - a);
    for (std::string_view p : {"。", "！", "？", "；"}) {
      if (gap.find(p) != std::string_view::npos) return true;
    }
    return false;
  }

  // The values of the divisions, by index in gaz.all(), for the whole process like the gazetteer:
  // mentions point at them (Mention::shared_value) and may outlive any extractor.
  static std::atomic<const SharedValue*>* DivisionValues(const Gazetteer& gaz) {
    static std::atomic<const SharedValue*>* values = [&] {
      auto* v = new std::atomic<const SharedValue*>[gaz.all().size()];
      for (size_t i = 0; i < gaz.all().size(); ++i) v[i].store(nullptr, std::memory_order_relaxed);
      return v;
    }();
    return values;
  }

  // A division's value never changes: built on its first mention, then shared by every mention of
  // it. Any thread may build it; the first to publish wins and the others drop theirs (equal).
  const SharedValue& CachedValue(const Division& d) const {
    std::atomic<const SharedValue*>& slot = values_[static_cast<size_t>(&d - gaz_.all().data())];
    if (const SharedValue* v = slot.load(std::memory_order_acquire)) return *v;
    auto built = std::make_unique<const SharedValue>(Value(d));
    const SharedValue* expected = nullptr;
    if (slot.compare_exchange_strong(expected, built.get(), std::memory_order_acq_rel)) return *built.release();
    return *expected;
  }

  // Built as one reserved object (Set() would search and regrow).
  static Json Value(const Division& d) {
    Json::Object v;
    v.reserve(5);
    v.emplace_back("code", d.code);
    v.emplace_back("level", DivisionLevelName(d.level));
    v.emplace_back("province", d.province);
    v.emplace_back("city", d.level == DivisionLevel::kProvince || d.city.empty() ? Json() : Json(d.city));
    v.emplace_back("county", d.level == DivisionLevel::kCounty ? Json(d.name) : Json());
    return Json(std::move(v));
  }

  // Units named without doubt in each article, for settling the names of several units: each
  // chain's own entries (a mention does not settle itself) and a sorted list of (article, unit)
  // keys, one per naming, so a count is a binary search.
  struct Known {
    std::vector<const Division*> own;  // the chains' entries, chain after chain
    std::vector<size_t> own_begin;     // chain ci's entries: own[own_begin[ci], own_begin[ci + 1])
    std::vector<uint64_t> keys;        // sorted
    std::vector<uint64_t> parent_keys;  // the entries' parents, sorted

    static uint32_t CountIn(const std::vector<uint64_t>& sorted, uint64_t key) {
      const auto [lo, hi] = std::equal_range(sorted.begin(), sorted.end(), key);
      return static_cast<uint32_t>(hi - lo);
    }
    uint32_t Count(uint64_t key) const { return CountIn(keys, key); }
    /// Named units whose parent has this key.
    uint32_t ChildCount(uint64_t parent_key) const { return CountIn(parent_keys, parent_key); }
    uint32_t OwnCount(size_t ci, const Division* d) const {
      return static_cast<uint32_t>(std::count(own.begin() + static_cast<ptrdiff_t>(own_begin[ci]),
                                              own.begin() + static_cast<ptrdiff_t>(own_begin[ci + 1]), d));
    }
  };

  uint64_t KnownKey(size_t art, const Division* d) const {
    return (static_cast<uint64_t>(art) << 32) | static_cast<uint64_t>(d - gaz_.all().data());
  }

  // The article (index in art_starts, 0 before the first) that pos lies in.
  static size_t ArticleOf(const std::vector<size_t>& art_starts, size_t pos) {
    const auto it = std::upper_bound(art_starts.begin(), art_starts.end(), pos);
    return it == art_starts.begin() ? 0 : static_cast<size_t>(it - art_starts.begin());
  }

  Known KnownUnits(const std::vector<Sel>& sels, const std::vector<std::pair<size_t, size_t>>& chains,
                   const std::vector<size_t>& art_starts) const {
    Known k;
    k.own.reserve(sels.size());  // a selected name adds one entry at most
    k.keys.reserve(sels.size());
    k.own_begin.reserve(chains.size() + 1);
    for (const auto& [a, b] : chains) {
      k.own_begin.push_back(k.own.size());
      const Sel& last = sels[b];
      if (Single(last) && !infos_[last.id].weak) k.own.push_back(OnlyCand(last).d);
      for (size_t i = a; i < b; ++i) {
        if (Single(sels[i])) k.own.push_back(OnlyCand(sels[i]).d);
      }
      const size_t art = ArticleOf(art_starts, sels[a].start);
      for (size_t i = k.own_begin.back(); i < k.own.size(); ++i) {
        k.keys.push_back(KnownKey(art, k.own[i]));
        if (const Division* p = ParentOf(k.own[i])) k.parent_keys.push_back(KnownKey(art, p));
      }
    }
    k.own_begin.push_back(k.own.size());
    std::sort(k.keys.begin(), k.keys.end());
    std::sort(k.parent_keys.begin(), k.parent_keys.end());
    return k;
  }

  void Emit(const ExtractionContext& ctx, const std::vector<Sel>& sels, std::vector<Mention>& out) const {
    const std::string_view text = ctx.text;
    // Chains: [first, last] index ranges of sels.
    std::vector<std::pair<size_t, size_t>> chains;
    for (size_t i = 0; i < sels.size(); ++i) {
      if (!chains.empty() && sels[i].head == chains.back().first) chains.back().second = i;
      else chains.push_back({i, i});
    }
    std::vector<size_t> art_starts;
    if (ctx.page) {
      for (const Article& art : ctx.page->articles) art_starts.push_back(art.range.start);
    }
    const Known known = KnownUnits(sels, chains, art_starts);
    const size_t first = out.size();  // this call's first mention
    const auto titles = Titles(text);
    if (out.capacity() < out.size() + chains.size()) out.reserve(std::max(out.size() + chains.size(), 2 * out.capacity()));
    const Division* prev_unit = nullptr;
    size_t prev_end = 0;
    // The units this call chose, in text order, and where each chain was: for the narrowing by
    // what came before on the line.
    struct Chosen {
      size_t start, end;
      const Division* d;
    };
    std::vector<Chosen> chosen;
    chosen.reserve(chains.size());
    // Where the current chain's line starts, found by looking only at the text since the last chain
    // (a page written on one line would make a search back from every chain quadratic).
    size_t line_start = 0, scanned_to = 0;
    // The distinct units named by a name of their own so far in the current article (settled_art).
    std::vector<const Division*> settled_units;
    size_t settled_art = 0;
    // The candidates left and a scratch list for each narrowing, reused from chain to chain.
    std::vector<const Cand*> c, f;
    // Keeps the candidates that pass `keep`, if `worth` holds for the kept and all counts.
    const auto narrow = [&](auto keep, auto worth) {
      f.clear();
      for (const Cand* x : c) {
        if (keep(x)) f.push_back(x);
      }
      if (worth(f.size(), c.size())) c.swap(f);
    };
    for (size_t ci = 0; ci < chains.size(); ++ci) {
      const auto [a, b] = chains[ci];
      const size_t start = sels[a].start;
      const bool citizens = CitizensAfter(text, start, sels[b].end);
      const size_t end = citizens ? sels[b].end - std::string_view("市").size() : sels[b].end;
      c.clear();
      for (uint64_t m = sels[b].cands; m; m &= m - 1) c.push_back(&infos_[sels[b].id].cands[static_cast<size_t>(std::countr_zero(m))]);
      const bool settled = c.size() == 1;
      // 西湖区(南昌): a place in parentheses right after it names the unit it lies in
      // (before the place just before it: 西湖区(杭州)和西湖区(南昌)).
      if (c.size() > 1 && ci + 1 < chains.size() && text.substr(end, sels[chains[ci + 1].first].start - end) == "(") {
        const Sel& in = sels[chains[ci + 1].second];
        narrow(
            [&](const Cand* x) {
              for (uint64_t m = in.cands; m; m &= m - 1) {
                if (IsAncestor(infos_[in.id].cands[static_cast<size_t>(std::countr_zero(m))].d, x->d)) return true;
              }
              return false;
            },
            [](size_t kept, size_t) { return kept > 0; });
      }
      // 广东、山东、河南: an item of a list takes the level of the item before it (河南 the province,
      // not 青海's 河南县 though 青海 is named nearby; 北京、天津、河北: not 天津's 河北区).
      if (c.size() > 1 && prev_unit && start >= prev_end && text.substr(prev_end, start - prev_end) == "、") {
        narrow([&](const Cand* x) { return x->d->level == prev_unit->level; }, [](size_t kept, size_t) { return kept > 0; });
      }
      // Several units of the same name still left: the county whose city was named just before it
      // (湘潭市所辖湘潭), the units under a place the article names, the higher level.
      if (c.size() > 1 && prev_unit && start >= prev_end && start - prev_end <= 6 &&
          !SentenceBreakBetween(text, prev_end, start)) {
        narrow([&](const Cand* x) { return x->d->level == DivisionLevel::kCounty && ParentOf(x->d) == prev_unit; },
               [](size_t kept, size_t) { return kept > 0; });
      }
      // 当成宝山区的区属单位,其实…由上海市统一管理: among units of one name and level, the one that a
      // place named unambiguously in the same sentence (before or after it) holds, before the
      // article's counts. (濮阳 beside 濮阳市 stays the city, not the county the city holds.)
      if (c.size() > 1 && std::all_of(c.begin(), c.end(), [&](const Cand* x) { return x->d->level == c.front()->d->level; })) {
        narrow([&](const Cand* x) { return NamedInSentence(text, chains, sels, ci, x->d); },
               [](size_t kept, size_t all) { return kept > 0 && kept < all; });
      }
      // (三)张家口市…桥东区…。桥西区、宣化区参保人: the unit whose city, a unit under that city or
      // the unit itself was named last before it on the same line (not as an item of a list of
      // places: 在上海、广东等地务工的长宁籍). A unit under a candidate counts for it too (杂多 and 玉树
      // the prefecture, not only 玉树市).
      // A province among the candidates left (河南: the province and 青海's 河南县).
      const auto province_left = [&] {
        return std::any_of(c.begin(), c.end(), [](const Cand* x) { return x->d->level == DivisionLevel::kProvince; });
      };
      if (c.size() > 1 && !chosen.empty()) {
        const bool a_province = province_left();
        if (start > scanned_to) {  // only here: most chains never need it
          if (const void* nl = memrchr(text.data() + scanned_to, '\n', start - scanned_to)) {
            line_start = static_cast<size_t>(static_cast<const char*>(nl) - text.data()) + 1;
          }
          scanned_to = start;
        }
        const auto anchor = [&](const Cand* x) {
          if (x->form == Form::kFormer) return std::string_view::npos;  // a former name: settled elsewhere
          const Division* parent = ParentOf(x->d);
          constexpr size_t kAnchorReach = 1200;  // bytes back, about 400 Han characters
          for (size_t i = chosen.size(); i-- > 0;) {
            const Chosen& u = chosen[i];
            if (u.start < line_start || u.start + kAnchorReach < start) break;
            if (ListItem(text, u.start, u.end)) continue;
            // A province's short name shared with a county (河南, 青海's 河南县): the county's province
            // alone does not anchor it (nor does it count below).
            if (a_province && u.d != x->d && u.d->level == DivisionLevel::kProvince) continue;
            if (u.d == x->d || IsAncestor(u.d, x->d) || IsAncestor(x->d, u.d) || (parent && ParentOf(u.d) == parent)) {
              return u.start;
            }
          }
          return std::string_view::npos;
        };
        size_t best = std::string_view::npos;
        for (const Cand* x : c) {
          const size_t at = anchor(x);
          if (at != std::string_view::npos && (best == std::string_view::npos || at > best)) best = at;
        }
        if (best != std::string_view::npos) {
          narrow([&](const Cand* x) { return anchor(x) == best; }, [](size_t kept, size_t all) { return kept > 0 && kept < all; });
        }
      }
      // 长宁县…在上海、广东等地务工的长宁籍参保人: the unit the article named before by a name of that
      // unit only, over a place named in the sentence.
      if (c.size() > 1 && !settled_units.empty() && ArticleOf(art_starts, start) == settled_art) {
        narrow(
            [&](const Cand* x) {
              // (Not by a former name: 桑珠孜区 named does not make a later 日喀则市 the old county.)
              return x->form != Form::kFormer &&
                     std::find(settled_units.begin(), settled_units.end(), x->d) != settled_units.end();
            },
            [](size_t kept, size_t all) { return kept > 0 && kept < all; });
      }
      if (c.size() > 1) {
        const size_t art = ArticleOf(art_starts, start);
        // The article naming only the county's province does not make a province's short name the
        // county (河南某医疗器械有限公司 on a page naming 青海).
        const bool a_province = province_left();
        narrow(
            [&](const Cand* x) {
              for (const Division* u = x->d; u; u = ParentOf(u)) {
                if (a_province && u != x->d && u->level == DivisionLevel::kProvince) break;
                const uint32_t n = known.Count(KnownKey(art, u));
                if (n > 0 && n > known.OwnCount(ci, u)) return true;
              }
              return false;
            },
            [](size_t kept, size_t all) { return kept > 0 && kept < all; });
      }
      if (c.size() > 1 && std::all_of(c.begin(), c.end(), [](const Cand* x) { return x->d->level == DivisionLevel::kCounty; })) {
        // 我市户县、蓝田县…长安区: among counties of one name, the one whose city has other counties
        // named in the article (西安's 长安区 beside 蓝田县 and 临潼区, not 石家庄's), the chain's own
        // names left out. (A city of the name stays first: 玉树 beside 杂多县 is the prefecture.)
        const size_t art = ArticleOf(art_starts, start);
        narrow(
            [&](const Cand* x) {
              const Division* p = ParentOf(x->d);
              if (!p) return false;
              uint32_t own = 0;
              for (size_t i = known.own_begin[ci]; i < known.own_begin[ci + 1]; ++i) own += ParentOf(known.own[i]) == p;
              return known.ChildCount(KnownKey(art, p)) > own;
            },
            [](size_t kept, size_t all) { return kept > 0 && kept < all; });
      }
      if (c.size() > 1) {
        int best = 3;
        for (const Cand* x : c) best = std::min(best, LevelRank(x->d->level));
        narrow([&](const Cand* x) { return LevelRank(x->d->level) == best; }, [](size_t, size_t) { return true; });
      }
      if (c.size() > 1) {
        narrow([](const Cand* x) { return x->form != Form::kFormer; }, [](size_t kept, size_t) { return kept > 0; });
      }
      if (c.empty()) continue;
      const Cand& chosen_cand = *c.front();
      // The next chain's start bounds the in_org scan (the next but one's when the next is the
      // bracketed city right after this place: 宝山区(双鸭山)医保局).
      size_t limit = ci + 1 < chains.size() ? sels[chains[ci + 1].first].start : text.size();
      if (limit == end + 1 && CharAtFast(text, end) == '(') {
        limit = ci + 2 < chains.size() ? sels[chains[ci + 2].first].start : text.size();
      }

      // Built in place: a temporary Mention would be moved and destroyed.
      Mention& m = out.emplace_back();
      m.type = "region";
      m.start = start;
      m.end = end;
      m.extractor = "region";
      m.rule = a != b ? "region/chain" : citizens ? "region/short" : FormRule(chosen_cand.form);
      m.shared_value = &CachedValue(*chosen_cand.d);
      if (chosen_cand.form == Form::kFormer) m.flags.Set("renamed_from", chosen_cand.renamed_from);
      // 科博达(安徽)产业基地: a place in parentheses inside a name; the scan resumes after them.
      size_t org_from = end;
      if (CharBeforeFast(text, start) == '(' && CharAtFast(text, end) == ')' && IsHan(CharBeforeFast(text, start - 1))) {
        org_from = end + 1;
      } else if (CharAtFast(text, end) == '(') {
        org_from = AfterBracketedWord(text, end);  // 宝山区(双鸭山)医保局: a city in brackets after it
      }
      // @岳阳发布: a place that starts an account's handle.
      const bool in_title = !titles.empty() && InTitle(titles, start, end);
      if (InOrg(text, org_from, std::max(limit, org_from), in_title) || InQuotedName(text, start, end) ||
          InQuotedAppName(text, start, end) || CharBeforeFast(text, start) == '@' || AccountHeader(text, start, end) ||
          ScreenNameLabel(text, start, end) || FloorLineName(text, start, end) || ReviewLineName(text, start, end) ||
          SourceLabel(text, start, end) || BracketedAfterOrg(text, start, end) || BracketedBranch(text, start, end) ||
          EndsWithWord(text, start, name_prefixes_) || CitedJournal(text, start) || PosterLabel(text, start, end)) {
        m.flags.Set("in_org", true);
        ShareOfficeWord(text, first, out);
      }
      if (in_title) m.flags.Set("in_title", true);
      if (c.size() > 1) m.flags.Set("ambiguous", true);
      prev_unit = chosen_cand.d;
      prev_end = end;
      chosen.push_back({start, end, chosen_cand.d});
      if (settled) {
        if (const size_t art = ArticleOf(art_starts, start); art != settled_art) {
          settled_units.clear();
          settled_art = art;
        }
        if (std::find(settled_units.begin(), settled_units.end(), chosen_cand.d) == settled_units.end()) {
          settled_units.push_back(chosen_cand.d);
        }
      }
    }
  }

  const Gazetteer& gaz_;
  std::atomic<const SharedValue*>* values_;  // DivisionValues(), by index in gaz_.all(): CachedValue()
  std::vector<const Division*> parent_;  // by index in gaz_.all()
  NameIndex index_;
  std::vector<PatternInfo> infos_;
  WordSet org_, quoted_org_, street_, street_ok_, township_, township_ok_, person_before_, person_after_, person_title_;
  std::vector<std::string> blockers_, stem_prev_words_, citizens_not_, app_words_, account_words_, outside_before_,
      name_numbers_, org_words_;
  std::vector<std::string> name_prefixes_;  // org_words.tsv kind prefix: 掌上 (掌上荆州健康, an app)
  std::vector<std::string> poster_labels_;  // org_words.tsv kind poster: 楼主:, 作者:, 网友 (网友“…”)
  std::unordered_set<std::string> weak_, generic_;
  CharSet surnames_, stem_prev_, stem_next_, weak_prev_;
  CharSet outside_before_last_, account_first_;  // outside_before words' last characters, account words' first
};

}  // namespace

std::unique_ptr<Extractor> MakeRegionExtractor() { return std::make_unique<RegionExtractor>(); }

}  // namespace pe
