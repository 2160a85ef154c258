#include "interpret/parameters.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <map>
#include <optional>
#include <stdexcept>

#include "extractors/common/text_util.h"
#include "pipeline/utf8.h"

namespace pe {
namespace {

// Qualifiers in the order they are written out.
constexpr std::string_view kQualifierOrder[] = {"insurance", "scheme", "care_setting", "facility_level", "population",
                                               "payer",     "period", "sex",          "scope",          "bound",
                                               "effective_from", "label"};

// Qualifier types as small numbers, so that a set of conditions is an array and a bit mask rather
// than a map of strings: the written ones first (in kQualifierOrder's order), then any other type
// the data names ("-", and whatever qualifiers.tsv or kind_qualifiers.tsv may add).
using QualType = uint8_t;
constexpr size_t kMaxQualTypes = 32;
constexpr QualType kNoType = 0xFF;  // a qualifier row without columns

constexpr QualType Written(std::string_view name) {
  QualType t = 0;
  while (kQualifierOrder[t] != name) ++t;
  return t;
}
constexpr QualType kScheme = Written("scheme"), kPeriod = Written("period"), kBound = Written("bound"),
                   kEffectiveFrom = Written("effective_from"), kLabel = Written("label");
constexpr size_t kWrittenTypes = std::size(kQualifierOrder);
constexpr uint32_t kWrittenMask = (1u << kWrittenTypes) - 1;

// Which qualifiers a kind takes (kind_qualifiers.tsv). A kind the file does not list collects
// conditions of every type while it looks, and keeps none.
struct KindRule {
  bool listed = false;
  uint32_t takes = 0;  // bit per qualifier type
  bool Allows(QualType t) const { return !listed || ((takes >> t) & 1u); }
  bool Takes(QualType t) const { return listed && ((takes >> t) & 1u); }
};

// A comma-separated list's items (empty ones too).
std::vector<std::string_view> SplitList(std::string_view list) {
  std::vector<std::string_view> items;
  for (size_t start = 0;;) {
    const size_t comma = list.find(',', start);
    items.push_back(list.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start));
    if (comma == std::string_view::npos) return items;
    start = comma + 1;
  }
}

bool Listed(const std::vector<std::string_view>& items, std::string_view item) {
  return std::find(items.begin(), items.end(), item) != items.end();
}

// What a kinds.tsv row says, read once: the mention types (second column, a bit per type name)
// and the units (fourth) its cue takes, and its kind's rule; its other columns as flags, so that
// KindOf, which reads every kind cue of a value's sentence, compares no strings.
struct KindRow {
  enum Where : uint8_t { kEither, kBefore, kAfter };  // third column: where the cue may stand
  uint64_t types = 0;
  std::vector<std::string_view> units;
  const KindRule* rule = nullptr;
  bool names_kind = false;  // three columns or more: a kind, its types, where
  bool dash = false;        // the kind is "-"
  bool takes_units = false;  // a non-empty fourth column
  Where where = kEither;
};

// The qualifier types of qualifiers.tsv's rows, the lists of kinds.tsv's rows and the kinds'
// rules, read once.
class QualTables {
 public:
  static const QualTables& Get() {
    static const QualTables* tables = new QualTables();
    return *tables;
  }
  /// The type a qualifiers.tsv hit names (its first column).
  QualType TypeOf(const CueHit& h) const { return type_of_row_[h.row->index]; }
  QualType dash() const { return dash_; }
  /// What a kinds.tsv hit's row says.
  const KindRow& KindRowOf(const CueHit& h) const { return kind_row_[h.row->index]; }
  /// The bit of a mention type in KindRow::types; 0 if no row names it.
  uint64_t TypeBit(std::string_view type) const {
    for (size_t k = 0; k < mention_types_.size(); ++k) {
      if (mention_types_[k] == type) return uint64_t{1} << k;
    }
    return 0;
  }
  const KindRule& RuleFor(std::string_view kind) const {
    static const KindRule unlisted;
    const auto it = rules_.find(kind);
    return it == rules_.end() ? unlisted : it->second;
  }

 private:
  QualTables() {
    for (std::string_view n : kQualifierOrder) names_.emplace_back(n);
    const auto& rows = CueIndex::Get().rows(CueTable::kQualifier);
    for (const CueRow& r : rows) type_of_row_.push_back(r.cols.empty() ? kNoType : Intern(r.cols[0]));
    dash_ = Intern("-");
    for (const auto& row : LoadTsv("interpret/data/kind_qualifiers.tsv")) {
      if (row.size() < 2) continue;
      KindRule& rule = rules_[row[0]];
      rule.listed = true;
      size_t start = 0;
      for (;;) {
        const size_t comma = row[1].find(',', start);
        rule.takes |= 1u << Intern(row[1].substr(start, comma == std::string::npos ? std::string::npos : comma - start));
        if (comma == std::string::npos) break;
        start = comma + 1;
      }
    }
    const auto& kind_rows = CueIndex::Get().rows(CueTable::kKind);
    for (const CueRow& r : kind_rows) {
      KindRow& row = kind_row_.emplace_back();
      if (r.cols.size() >= 2) {
        for (std::string_view type : SplitList(r.cols[1])) row.types |= MentionTypeBit(type);
      }
      if (r.cols.size() >= 4) row.units = SplitList(r.cols[3]);
      if (!r.cols.empty()) row.rule = &RuleFor(r.cols[0]);
      row.names_kind = r.cols.size() >= 3;
      row.dash = r.cols.size() >= 2 && r.cols[0] == "-";
      row.takes_units = r.cols.size() >= 4 && !r.cols[3].empty();
      if (row.names_kind) row.where = r.cols[2] == "before" ? KindRow::kBefore : r.cols[2] == "after" ? KindRow::kAfter : KindRow::kEither;
    }
  }
  uint64_t MentionTypeBit(std::string_view type) {
    if (const uint64_t bit = TypeBit(type)) return bit;
    if (mention_types_.size() == 64) throw std::logic_error("kinds.tsv names more than 64 mention types");
    mention_types_.emplace_back(type);
    return uint64_t{1} << (mention_types_.size() - 1);
  }
  QualType Intern(std::string_view name) {
    for (size_t t = 0; t < names_.size(); ++t) {
      if (names_[t] == name) return static_cast<QualType>(t);
    }
    if (names_.size() == kMaxQualTypes) throw std::logic_error("interpret/data names more than 32 qualifier types");
    names_.emplace_back(name);
    return static_cast<QualType>(names_.size() - 1);
  }
  std::vector<std::string> names_;
  std::vector<QualType> type_of_row_;
  QualType dash_ = kNoType;
  std::vector<KindRow> kind_row_;
  std::vector<std::string> mention_types_;  // KindRow::types' bits
  std::map<std::string, KindRule, std::less<>> rules_;
};

// Conditions, at most one value of each type. The values point into the cue tables, the mentions
// or the text, all of which outlive the builder.
// Only the slots of the types in `has` are ever read: making or copying a set of conditions
// touches those, not all 32 (a builder makes and copies many, most with a value or two).
class Quals {
 public:
  uint32_t has = 0;  // bit t: a value of type t

  Quals() = default;  // the slots are left unset
  Quals(const Quals& o) : has(o.has) { CopyValues(o); }
  Quals& operator=(const Quals& o) {
    has = o.has;
    CopyValues(o);
    return *this;
  }

  bool count(QualType t) const { return (has >> t) & 1u; }
  /// The value of type t (which it must have).
  std::string_view value(QualType t) const { return {slot_[t].data, slot_[t].size}; }
  void Set(QualType t, std::string_view v) {
    has |= 1u << t;
    slot_[t] = {v.data(), v.size()};
  }
  /// Sets t unless it has a value; true if it was set.
  bool Emplace(QualType t, std::string_view v) {
    if (count(t)) return false;
    Set(t, v);
    return true;
  }
  void Erase(QualType t) { has &= ~(1u << t); }
  /// top's values replace or add to these.
  void Overlay(const Quals& top) {
    for (uint32_t m = top.has; m; m &= m - 1) {
      const QualType t = static_cast<QualType>(std::countr_zero(m));
      Set(t, top.value(t));
    }
  }
  /// True if both write the same JSON: the same written types, with the same values.
  bool WritesAs(const Quals& o) const {
    const uint32_t written = has & kWrittenMask;
    if (written != (o.has & kWrittenMask)) return false;
    for (uint32_t m = written; m; m &= m - 1) {
      const QualType t = static_cast<QualType>(std::countr_zero(m));
      if (value(t) != o.value(t)) return false;
    }
    return true;
  }
  /// Most bytes PutJson writes.
  size_t MaxJson() const {
    size_t n = 2;
    for (uint32_t m = has & kWrittenMask; m; m &= m - 1) {
      const QualType t = static_cast<QualType>(std::countr_zero(m));
      n += kQualifierOrder[t].size() + 4 + MaxJsonString(value(t).size());
    }
    return n;
  }
  /// Writes the written types as a JSON object at p, in kQualifierOrder's order (the names need no
  /// escaping); returns the end.
  char* PutJson(char* p) const {
    *p++ = '{';
    for (uint32_t m = has & kWrittenMask; m; m &= m - 1) {
      const QualType t = static_cast<QualType>(std::countr_zero(m));
      if (p[-1] != '{') *p++ = ',';
      *p++ = '"';
      p = PutText(p, kQualifierOrder[t]);
      *p++ = '"';
      *p++ = ':';
      p = WriteJsonString(p, value(t));
    }
    *p++ = '}';
    return p;
  }

 private:
  void CopyValues(const Quals& o) {
    for (uint32_t m = o.has; m; m &= m - 1) {
      const auto t = std::countr_zero(m);
      slot_[t] = o.slot_[t];
    }
  }
  struct Slot {  // a string_view without its zeroing constructor
    const char* data;
    size_t size;
  };
  std::array<Slot, kMaxQualTypes> slot_;
};

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == ':')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == ':')) s.remove_suffix(1);
  return s;
}

// utf8::CountCodePoints(s) <= n: a text of n bytes or fewer has no more (most labels are a few
// characters: no count needed).
bool AtMostCodePoints(std::string_view s, size_t n) { return s.size() <= n || utf8::CountCodePoints(s) <= n; }

// The last c in s, or npos (memrchr, not rfind's byte loop).
size_t LastByte(std::string_view s, char c) {
  const void* at = s.empty() ? nullptr : memrchr(s.data(), c, s.size());
  return at ? static_cast<size_t>(static_cast<const char*>(at) - s.data()) : std::string_view::npos;
}

// s.rfind(needle) for a needle of a few bytes: its last byte looked for with memrchr, rather than
// rfind's comparison at every position.
size_t LastOf(std::string_view s, std::string_view needle) {
  for (size_t end = s.size(); end >= needle.size();) {
    const size_t at = LastByte(s.substr(needle.size() - 1, end - (needle.size() - 1)), needle.back());
    if (at == std::string_view::npos) break;
    if (s.substr(at, needle.size()) == needle) return at;
    end = at + needle.size() - 1;  // the last byte at at + size - 1 did not do: look before it
  }
  return std::string_view::npos;
}

bool HasByte(std::string_view s, char c) { return !s.empty() && std::memchr(s.data(), c, s.size()) != nullptr; }

std::string JsonString(std::string_view s) {
  std::string out;
  AppendJsonString(out, s);
  return out;
}

struct Param {
  // User-provided, so that params_.emplace_back() does not zero the whole struct (Quals' 32 slots)
  // before constructing it.
  Param() {}  // NOLINT(modernize-use-equals-default)
  std::string_view kind;
  const KindRule* rule = nullptr;  // the kind's; set for the values AddNumeric makes
  std::string value;   // JSON text
  std::string unit;    // JSON text
  Quals quals;
  std::string change;  // JSON text; empty if none
  MentionIndices mentions;  // indices into ctx.mentions
  TextRange sentence;
  size_t cues_begin = 0, cues_end = 0;  // its cue words (as JSON strings): the builder's cue_pool_[cues_begin, cues_end)
};

class Builder {
 public:
  Builder(const ArticleContext& ctx, const SpanWriterFn& write_span)
      : ctx_(ctx), text_(ctx.text()), write_span_(write_span), tables_(QualTables::Get()) {
    block_quals_.clear();
    ResetLabels(ctx.article.blocks.size());
    place_of_.clear();
    change_from_.clear();
    param_of_.assign(ctx.mentions.size(), kNone);
    params_.clear();
    cue_pool_.clear();
    sentence_json_.clear();
    suppressed_.assign(ctx.by_table[static_cast<size_t>(CueTable::kQualifier)].size(), -1);
    params_.reserve(ctx.mentions.size());
    cue_pool_.reserve(2 * ctx.mentions.size());
    place_of_.reserve(ctx.mentions.size());
    PlacesOfMentions();
  }

  void Build(std::string& out) {
    ComputeBlockContexts();
    std::vector<char>& consumed = scratch_.consumed;  // "from" values of a change
    consumed.assign(ctx_.mentions.size(), false);
    change_from_.reserve(ctx_.mentions.size());
    for (size_t i = 0; i < ctx_.mentions.size(); ++i) {
      const auto& c = change_from_.emplace_back(ChangeFrom(i, place_of_[i].sentence));
      if (c) consumed[c->first] = true;
    }
    for (size_t i = 0; i < ctx_.mentions.size(); ++i) {
      if (consumed[i]) continue;
      const Mention& m = *ctx_.mentions[i];
      if (IsType(m, "phone") || IsType(m, "email")) {
        AddContact(i);
        continue;
      }
      if (IsType(m, "region") || IsType(m, "url")) continue;
      if (IsType(m, "percent") && m.flags.Has("points")) continue;  // a change in points needs its base
      if (m.flags.Has("role")) continue;                           // a publication date
      AddNumeric(i, consumed);
    }
    AddImplied();
    AddLabels();
    Emit(out);
  }

 private:
  static constexpr size_t kNone = SIZE_MAX;

  // --- contexts -------------------------------------------------------------------------------

  // Qualifier cues inside [start, end): the first of each type.
  Quals QualsIn(size_t start, size_t end) const {
    Quals q;
    for (const CueHit& h : ctx_.CuesIn(CueTable::kQualifier, start, end)) {
      if (h.end > end || h.row->cols.size() < 2 || Suppressed(h)) continue;
      q.Emplace(tables_.TypeOf(h), QualValue(h));
    }
    return q;
  }

  // A qualifier cue inside a longer phrase listed with type "-" (退休 in 退休年龄) says nothing.
  // h is one of the article's qualifier hits. Worked out once per hit: QualsIn, QualifiersFor and
  // Respectively ask about the same hits again and again (a search of the hits before it each time).
  bool Suppressed(const CueHit& h) const {
    const size_t k = static_cast<size_t>(&h - ctx_.by_table[static_cast<size_t>(CueTable::kQualifier)].data());
    int8_t& known = suppressed_[k];
    if (known < 0) known = SuppressedUncached(h);
    return known;
  }
  bool SuppressedUncached(const CueHit& h) const {
    if (tables_.TypeOf(h) == tables_.dash()) return true;
    for (const CueHit& o : ctx_.CuesIn(CueTable::kQualifier, h.start >= 12 ? h.start - 12 : 0, h.start + 1)) {
      if (tables_.TypeOf(o) == tables_.dash() && o.start <= h.start && o.end >= h.end) return true;
    }
    return false;
  }

  // The value a qualifier cue gives: its third column, or the fourth column's alternative when
  // its word (非) stands within four characters before the cue.
  std::string_view QualValue(const CueHit& h) const {
    if (h.row->cols.size() >= 3) {
      const std::string_view alt = h.row->cols[2];
      const size_t colon = alt.find(':');
      if (colon != std::string_view::npos) {
        const std::string_view word = alt.substr(0, colon);
        const size_t from = h.start >= 12 ? h.start - 12 : 0;
        const std::string_view before = text_.substr(from, h.start - from);
        const size_t at = before.rfind(word);
        if (at != std::string_view::npos && !ContainsClauseBreak(before.substr(at))) return alt.substr(colon + 1);
      }
    }
    return h.row->cols[1];
  }

  // For each block: what it inherits from the title, the heading above it and its list lead-in,
  // and its own label (the words before its first ':').
  void ComputeBlockContexts() {
    const Article& a = ctx_.article;
    Quals title_quals;
    if (const Quals t = QualsIn(a.title.start, a.title.end); t.count(kScheme)) title_quals.Set(kScheme, t.value(kScheme));
    // What the heading above the block names, and its list lead-in (a numbered item or a
    // paragraph ending with ':') if it has one.
    Quals heading, lead;
    bool have_lead = false;
    block_quals_.reserve(a.blocks.size());
    for (const Block& b : a.blocks) {
      Quals q = title_quals;
      q.Overlay(heading);
      const bool numbered = b.kind == BlockKind::kListItem && !b.marker.empty() &&
                            std::isdigit(static_cast<unsigned char>(b.marker[0]));
      if (have_lead && !numbered && b.kind != BlockKind::kHeading) q.Overlay(lead);
      const std::string_view line = b.range.in(text_);
      block_quals_.push_back(q);  // the block's own labels are RunningLabels' work
      if (b.kind == BlockKind::kHeading) {
        heading = QualsIn(b.range.start, b.range.end);
        have_lead = false;
      } else if (numbered || (b.kind == BlockKind::kParagraph && (line.ends_with(":") || line.ends_with(":")))) {
        lead = QualsIn(b.range.start, b.range.end);
        have_lead = true;
      }
    }
  }

  // Labels earlier in the block ("门诊报销比例 : 村级卫生院 :最多报销60%"): each sets the
  // conditions it names for what follows it. A label followed by another label before any value
  // is a heading and governs every later value of the block; any other label governs its first
  // value and the values after it in the same field ("职工医保:起付线40万元左右,支付比例90%"), not
  // those past a space-separated field ("女性 :累计缴费满25年(同上) 实际缴费年限不低于10年": 10年
  // is not women's only). Found once per block.
  Quals RunningLabels(size_t block_index, const Block& b, size_t upto) const {
    auto& labels = labels_[block_index];
    if (!labels.computed) {
      labels.computed = true;
      // Colons are looked for with memchr; a label's start is then found looking back from its
      // colon to the nearest ',', ';' or 。 since the previous colon.
      size_t after_colon = b.range.start;
      while (after_colon < b.range.end) {
        const void* at = std::memchr(text_.data() + after_colon, ':', b.range.end - after_colon);
        if (!at) break;
        const size_t p = static_cast<size_t>(static_cast<const char*>(at) - text_.data());
        const size_t label_start = AfterLastLabelBreak(text_, after_colon, p);
        // The label is the last space-separated field before the colon ("…标准 男性 :").
        std::string_view label = Trim(text_.substr(label_start, p - label_start));
        const size_t space = LastByte(label, ' ');
        if (space != std::string_view::npos) label = label.substr(space + 1);
        // …and not a value glued to it ("0739-2719338城乡居民医保 :"; normalisation joins them).
        while (!label.empty() && static_cast<unsigned char>(label[0]) < 0x80) label.remove_prefix(1);
        if (!label.empty() && AtMostCodePoints(label, 12)) {
          const size_t from = static_cast<size_t>(label.data() - text_.data());
          labels.list.push_back({p, QualsIn(from, from + label.size()), false, NextValueAfter(p)});
        }
        after_colon = p + 1;
      }
      for (size_t k = 0; k + 1 < labels.list.size(); ++k) {
        labels.list[k].heading = labels.list[k].next_value >= labels.list[k + 1].colon;
      }
    }
    Quals out;
    for (const auto& l : labels.list) {
      if (l.colon >= upto) break;
      // No value between the label and upto: the value at upto is its first.
      if (l.heading || l.next_value >= upto || !FieldBreakBetween(l.colon + 1, upto)) out.Overlay(l.quals);
    }
    return out;
  }

  // True if a space separates fields between the two positions (leading spaces not counted):
  // scraped snippets put one between "label :value" items.
  bool FieldBreakBetween(size_t from, size_t to) const {
    while (from < to && text_[from] == ' ') ++from;
    return from < to && text_.substr(from, to - from).find(' ') != std::string_view::npos;
  }

  // Where the first value (a number, a date, a phone…: a mention not a region) after `from`
  // starts, or SIZE_MAX: a value starts in (from, to) if and only if that is before to. Found once
  // per label, not once per label and value after it.
  size_t NextValueAfter(size_t from) const {
    // Mentions are in text order: those starting after from are a run.
    auto it = std::partition_point(ctx_.mentions.begin(), ctx_.mentions.end(), [&](const Mention* m) { return m->start <= from; });
    for (; it != ctx_.mentions.end(); ++it) {
      if (!IsType(**it, "region")) return (*it)->start;
    }
    return SIZE_MAX;
  }

  // Where a text position lies: its block and sentence. Found once per mention (place_of_).
  struct Place {
    const Block* block = nullptr;  // nullptr if none
    size_t block_index = 0;
    TextRange sentence;            // {pos, pos} if none
  };
  Place PlaceOf(size_t pos) const {
    const auto& blocks = ctx_.article.blocks;
    for (size_t i = 0; i < blocks.size(); ++i) {
      if (blocks[i].range.contains(pos)) return PlaceInBlock(i, pos);
    }
    return Place{nullptr, 0, {pos, pos}};
  }
  // The place of a position in block i.
  Place PlaceInBlock(size_t i, size_t pos) const {
    const Block& b = ctx_.article.blocks[i];
    Place place{&b, i, {pos, pos}};
    for (const TextRange& s : b.sentences) {
      if (s.contains(pos)) {
        place.sentence = s;
        break;
      }
    }
    return place;
  }

  TextRange SentenceOf(size_t pos) const { return PlaceOf(pos).sentence; }

  // place_of_: PlaceOf each mention. Mentions are in text order; when the blocks are too (in
  // order, disjoint, as the segmenter makes them), they are walked forward with the mentions
  // instead of searched from the first for each.
  void PlacesOfMentions() {
    const auto& blocks = ctx_.article.blocks;
    bool blocks_in_order = true;
    for (size_t i = 0; i < blocks.size() && blocks_in_order; ++i) {
      blocks_in_order = blocks[i].range.start <= blocks[i].range.end &&
                        (i + 1 == blocks.size() || blocks[i].range.end <= blocks[i + 1].range.start);
    }
    size_t k = 0, last_pos = 0;
    for (const Mention* m : ctx_.mentions) {
      const size_t pos = m->start;
      if (!blocks_in_order || pos < last_pos) {
        place_of_.push_back(PlaceOf(pos));
        continue;
      }
      last_pos = pos;
      while (k < blocks.size() && blocks[k].range.end <= pos) ++k;
      const bool in_block = k < blocks.size() && blocks[k].range.contains(pos);
      place_of_.push_back(in_block ? PlaceInBlock(k, pos) : Place{nullptr, 0, {pos, pos}});
    }
  }

  // --- kinds ----------------------------------------------------------------------------------

  struct Kind {
    std::string_view name;  // "-": the words say the number is no parameter
    std::string_view cue;   // as a JSON string; empty if borrowed from a sibling
    const KindRule* rule;   // the rule of name
  };

  // The nearest kind cue for mention m, within its sentence part: before it, or after it in its
  // clause. nullopt if none.
  std::optional<Kind> KindOf(const Mention& m, TextRange sentence) const {
    const CueHit* best = nullptr;
    size_t best_dist = SIZE_MAX;
    const uint64_t type = TypeBitOf(m);
    const std::span<const CueHit> in_sentence = ctx_.CuesIn(CueTable::kKind, sentence.start, sentence.end);
    for (const CueHit& h : in_sentence) {
      const KindRow& row = tables_.KindRowOf(h);
      if (!row.names_kind || !(row.types & type)) continue;
      if (row.takes_units) {
        const std::string_view unit = m.flags.String("unit");
        if (unit.empty() || !Listed(row.units, unit)) continue;
      }
      size_t dist = SIZE_MAX;
      if (h.end <= m.start && h.start >= sentence.start && row.where != KindRow::kAfter) {
        dist = 2 * (m.start - h.end);
      } else if (h.start >= m.end && h.end <= sentence.end && row.where != KindRow::kBefore &&
                 !ContainsClauseBreak(text_.substr(m.end, h.start - m.end))) {
        dist = 2 * (h.start - m.end) + 1;  // a cue before wins a tie
      }
      if (dist < best_dist || (dist == best_dist && best && h.row->cue.size() > best->row->cue.size())) {
        best = &h;
        best_dist = dist;
      }
    }
    if (!best) return std::nullopt;
    // A "-" cue anywhere earlier in the clause vetoes (计入标准为本人参保缴费基数的2%: an account
    // crediting rate, whatever the nearer 缴费基数的 suggests).
    // CuesIn(kKind, sentence.start, m.start), from the search above.
    const std::span<const CueHit> all = ctx_.by_table[static_cast<size_t>(CueTable::kKind)];
    for (auto it = all.begin() + (in_sentence.data() - all.data()); it != all.end() && it->start < m.start; ++it) {
      const CueHit& h = *it;
      if (tables_.KindRowOf(h).dash && (tables_.KindRowOf(h).types & type) &&
          h.end <= m.start && !ContainsClauseBreak(text_.substr(h.end, m.start - h.end)) &&
          text_.substr(h.end, m.start - h.end).find(':') == std::string_view::npos) {
        return Kind{"-", h.row->cue_json, tables_.KindRowOf(h).rule};
      }
    }
    return Kind{best->row->cols[0], best->row->cue_json, tables_.KindRowOf(*best).rule};
  }

  // tables_.TypeBit(m.type), remembered for the last type asked: a value's siblings and the
  // values after it are mostly of its type (a search of the type names, compared as strings, else).
  uint64_t TypeBitOf(const Mention& m) const {
    if (!have_last_type_ || m.type.data() != last_type_.data() || m.type.size() != last_type_.size()) {
      have_last_type_ = true;
      last_type_ = m.type;
      last_type_bit_ = tables_.TypeBit(m.type);
    }
    return last_type_bit_;
  }

  // --- parameters -----------------------------------------------------------------------------


  // The value and its unit as JSON text, written into a new Param's empty strings (no temporary
  // strings moved in).
  static void SetValueAndUnit(const Mention& m, Param& p) {
    m.Value().Dump(p.value);
    if (IsType(m, "percent")) {
      p.unit = "\"ratio\"";
    } else if (IsType(m, "money")) {
      const std::string_view currency = m.flags.String("currency");
      if (currency.empty()) p.unit = "\"CNY\""; else AppendJsonString(p.unit, currency);
    } else if (IsType(m, "duration") || IsType(m, "count")) {
      const std::string_view unit = m.flags.String("unit");
      if (unit.empty()) p.unit = "null"; else AppendJsonString(p.unit, unit);
    } else if (IsType(m, "date") || IsType(m, "daterange") || IsType(m, "phone") || IsType(m, "email")) {
      AppendJsonString(p.unit, m.type);  // the unit is the type's name
    } else {
      p.unit = "null";
    }
  }

  // 从20%降至10%: if a change verb stands between an earlier mention j of the same type (same
  // sentence) and mention i, returns j and the direction.
  std::optional<std::pair<size_t, std::string_view>> ChangeFrom(size_t i, TextRange sentence) const {
    const Mention& m = *ctx_.mentions[i];
    for (size_t j = i; j-- > 0;) {
      const Mention& p = *ctx_.mentions[j];
      if (p.end <= sentence.start) break;
      if (!SameType(p, m)) continue;
      const std::string_view between = Trim(text_.substr(p.end, m.start - p.end));
      for (const CueHit& h : ctx_.CuesIn(CueTable::kChange, p.end, m.start)) {
        if (h.end <= m.start && Trim(text_.substr(h.start, h.end - h.start)) == between) {
          return std::make_pair(j, h.row->cols.empty() ? std::string_view("none") : std::string_view(h.row->cols[0]));
        }
      }
      return std::nullopt;  // only the nearest earlier value of the type can be the old value
    }
    return std::nullopt;
  }

  // 统一提高至60%: a change verb right before the mention with no old value written. Returns the
  // direction, and whether the verb is a bare one (提高30元: the value is the change, not the new
  // value; the verbs with 至/到 give the new value).
  std::optional<std::pair<std::string_view, bool>> ChangeVerbBefore(const Mention& m) const {
    const CueHit* best = nullptr;
    for (const CueHit& h : ctx_.CuesIn(CueTable::kChange, m.start >= 16 ? m.start - 16 : 0, m.start)) {
      if (h.end <= m.start && m.start - h.end <= 1 && (!best || h.end - h.start > best->end - best->start)) best = &h;
    }
    if (!best) return std::nullopt;
    const std::string_view verb = text_.substr(best->start, best->end - best->start);
    const bool bare = !(verb.ends_with("至") || verb.ends_with("到") || verb.ends_with("为"));
    return std::make_pair(best->row->cols.empty() ? std::string_view("none") : std::string_view(best->row->cols[0]), bare);
  }

  // The change as JSON text: {"from":…,"to":…,"direction":…} (no direction if it is "none").
  static std::string ChangeJson(const Json* from, const Json& to, std::string_view direction) {
    std::string c = "{\"from\":";
    if (from) from->Dump(c); else c += "null";
    c += ",\"to\":";
    to.Dump(c);
    if (direction != "none") {
      c += ",\"direction\":";
      AppendJsonString(c, direction);
    }
    c.push_back('}');
    return c;
  }

  Quals QualifiersFor(size_t mention_start, const Place& place, size_t window_start, const KindRule& rule,
                      std::vector<std::string_view>& cues, const Quals* sibling = nullptr) const {
    const Block* b = place.block;
    Quals q;
    bool scheme_named_near = false;  // by a label of the block or a sibling, not only the title
    if (b) {
      q = block_quals_[place.block_index];
      const Quals labels = RunningLabels(place.block_index, *b, mention_start);
      scheme_named_near = labels.count(kScheme);
      q.Overlay(labels);
    }
    if (sibling) {
      scheme_named_near = scheme_named_near || sibling->count(kScheme);
      q.Overlay(*sibling);
    }
    // The words right before the value: after the last label colon (labels are handled above),
    // and not inside a parenthesis that closed before it ("(如一级医院报销60%),且限额1500元").
    // Only a colon in the window and the block counts, so the search stops there.
    size_t local = window_start;
    const size_t floor = std::max(window_start, b ? b->range.start : 0);
    if (floor < mention_start) {
      const size_t colon = LastByte(text_.substr(floor, mention_start - floor), ':');
      if (colon != std::string_view::npos) local = floor + colon + 1;
    }
    std::vector<std::pair<size_t, size_t>>& closed = scratch_.closed;  // parentheses closed before the value
    closed.clear();
    const bool any_closed = local < mention_start && HasByte(text_.substr(local, mention_start - local), ')');
    for (size_t p = local, open = std::string_view::npos; any_closed && p < mention_start; ++p) {
      if (text_[p] == '(') open = p;
      if (text_[p] == ')' && open != std::string_view::npos) {
        closed.emplace_back(open, p);
        open = std::string_view::npos;
      }
    }
    Quals near;
    // 除新生儿以外: a condition named as an exception is not the value's condition. A cue is one if
    // 除 stands before it and 外 after it in the window: the window's first 除 and last 外 tell,
    // found once for all its cues (each cue searched the text on both sides of it before).
    const std::string_view window = text_.substr(local, mention_start - local);
    bool chu_known = false, wai_known = false;
    size_t first_chu = std::string_view::npos, last_wai = std::string_view::npos;  // in window
    for (const CueHit& h : ctx_.CuesIn(CueTable::kQualifier, local, mention_start)) {
      if (h.end > mention_start || h.row->cols.size() < 2 || Suppressed(h)) continue;
      const QualType type = tables_.TypeOf(h);
      if (!rule.Allows(type)) continue;
      if (std::any_of(closed.begin(), closed.end(), [&](const auto& c) { return h.start > c.first && h.end <= c.second; })) continue;
      if (!chu_known) {
        chu_known = true;
        first_chu = window.find("除");
      }
      if (first_chu != std::string_view::npos && first_chu + std::string_view("除").size() <= h.start - local) {
        if (!wai_known) {
          wai_known = true;
          last_wai = LastOf(window, "外");
        }
        if (last_wai != std::string_view::npos && last_wai >= h.end - local) continue;
      }
      if (near.Emplace(type, QualValue(h))) cues.push_back(h.row->cue_json);
    }
    // The scheme a sentence names holds for all of it (大病保险起付标准为1.5万元,…年度最高支付
    //限额40万元), before the title's.
    if (!near.count(kScheme) && !scheme_named_near) {
      const TextRange sentence = place.sentence;
      for (const CueHit& h : ctx_.CuesIn(CueTable::kQualifier, sentence.start, local)) {
        if (h.row->cols.size() >= 2 && tables_.TypeOf(h) == kScheme && !Suppressed(h) && rule.Allows(kScheme)) {
          q.Set(kScheme, QualValue(h));
          break;
        }
      }
    }
    q.Overlay(near);
    q.has &= rule.listed ? rule.takes : 0u;  // the kind's own conditions only
    return q;
  }

  // A value given as an example or a hypothesis (…(如一级医院报销60%), 举例:假如市内可以报销60%)
  // is not a rule.
  bool IsExampleValue(const Mention& m, TextRange sentence) const {
    const std::string_view before = text_.substr(sentence.start, m.start - sentence.start);
    const size_t open = LastByte(before, '(');
    if (open != std::string_view::npos && before.find(')', open) == std::string_view::npos) {
      for (std::string_view w : {"(如", "(例如", "(比如"}) {
        if (before.substr(open, w.size()) == w) return true;
      }
    }
    for (const CueHit& h : ctx_.CuesIn(CueTable::kExample, sentence.start, m.start)) {
      if (h.row->cols.size() >= 1 && std::string_view(h.row->cols[0]) == "hypothetical" && !ExampleCueCancelled(text_, h)) return true;
    }
    return false;
  }

  // 由80%提升 with no new value: the number is the old one; what it became is not said.
  bool IsOldValueOfUnfinishedChange(const Mention& m) const {
    const std::string_view head = text_.substr(0, m.start);
    if (!head.ends_with("由") && !head.ends_with("从")) return false;
    for (const CueHit& h : ctx_.CuesIn(CueTable::kChange, m.end, m.end + 1)) {
      if (h.start == m.end) return true;
    }
    return false;
  }

  void AddNumeric(size_t i, std::vector<char>& consumed) {
    const Mention& m = *ctx_.mentions[i];
    const TextRange sentence = place_of_[i].sentence;
    if (IsExampleValue(m, sentence) || IsOldValueOfUnfinishedChange(m)) return;
    auto kind = KindOf(m, sentence);
    const auto& change = change_from_[i];
    std::optional<size_t> from_index;
    if (change) from_index = change->first;
    // A value in an enumeration takes the kind of the value before it (在职职工1500元、退休人员2000元).
    size_t window_start = sentence.start;
    Quals sibling_quals;
    bool have_sibling_quals = false;
    for (size_t j = from_index.value_or(i); j-- > 0;) {
      const Mention& p = *ctx_.mentions[j];
      if (p.end <= sentence.start) break;
      if (SameType(p, m)) {
        window_start = std::max(window_start, p.end);
        // A close sibling in a list of numbers (15%+1%, 在职职工1500元、退休人员2000元) lends its
        // kind and conditions; its own words override them. Not for dates, not across a label.
        const bool sibling = !IsType(m, "date") && !IsType(m, "daterange") && m.start - p.end <= 48 &&
                             text_.substr(p.end, m.start - p.end).find(':') == std::string_view::npos;
        if (sibling && param_of_[j] != kNone) {
          const Param& sib = params_[param_of_[j]];
          if (!kind) kind = Kind{sib.kind, {}, sib.rule};
          // Its conditions too, when no clause break stands between them (女满25年,且…满10年:
          // the 10 years are not women's only). Not its bound (≤, ≥): that is the value's own.
          if (kind->name == sib.kind && !ContainsClauseBreak(text_.substr(p.end, m.start - p.end))) {
            sibling_quals = sib.quals;
            sibling_quals.Erase(kBound);
            have_sibling_quals = true;
          }
        }
        break;
      }
    }
    if (from_index) {
      // The old value's words describe both (慢性病门诊自付比例从20%降至10%).
      window_start = sentence.start;
      for (size_t j = *from_index; j-- > 0;) {
        const Mention& p = *ctx_.mentions[j];
        if (p.end <= sentence.start) break;
        if (SameType(p, m)) {
          window_start = p.end;
          break;
        }
      }
      if (!kind) kind = KindOf(*ctx_.mentions[*from_index], sentence);
    }
    if (!kind || kind->name == "-") return;  // "-": the words say it is no parameter
    // Built in its place in params_ (room for one per mention is reserved): a Param moved in was
    // ~170 instructions a value.
    Param& p = params_.emplace_back();
    p.kind = kind->name;
    p.rule = kind->rule;
    p.cues_begin = cue_pool_.size();
    if (!kind->cue.empty()) cue_pool_.push_back(kind->cue);
    SetValueAndUnit(m, p);
    const KindRule& rule = *p.rule;
    p.quals = QualifiersFor(m.start, place_of_[i], window_start, rule, cue_pool_, have_sibling_quals ? &sibling_quals : nullptr);
    p.cues_end = cue_pool_.size();
    Respectively(i, sentence, rule, p);
    if (const std::string_view q = m.flags.String("qualifier"); !q.empty() && q != "range") {
      if (rule.Takes(kBound)) p.quals.Set(kBound, q);
    }
    if (const std::string_view per = m.flags.String("period"); !per.empty()) {
      if (rule.Takes(kPeriod)) p.quals.Set(kPeriod, per);
    }
    if (from_index) {
      p.change = ChangeJson(&ctx_.mentions[*from_index]->Value(), m.Value(), change->second);
      p.mentions.push_back(*from_index);
      consumed[*from_index] = true;
    } else if (const auto dir = ChangeVerbBefore(m)) {
      if (dir->second) {  // 提高30元: by how much, not the new value
        params_.pop_back();
        return;
      }
      p.change = ChangeJson(nullptr, m.Value(), dir->first);
    }
    p.mentions.push_back(i);
    // An effective date stated in the same sentence (从2025年3月9日起,…自付比例从20%降至10%).
    if (rule.Takes(kEffectiveFrom)) {
      // Mentions are in text order: those of the sentence before this one are a run.
      const auto first = std::partition_point(ctx_.mentions.begin(), ctx_.mentions.begin() + static_cast<std::ptrdiff_t>(i),
                                              [&](const Mention* d) { return d->start < sentence.start; });
      for (size_t j = static_cast<size_t>(first - ctx_.mentions.begin()); j < i; ++j) {
        const Mention& d = *ctx_.mentions[j];
        if (!IsType(d, "date")) continue;
        if (d.flags.String("qualifier") == "from" && d.Value().is_string() && d.Value().as_string().size() == 10) {
          p.quals.Set(kEffectiveFrom, d.Value().as_string());
          p.mentions.push_front(j);
        }
      }
    }
    p.sentence = sentence;
    param_of_[i] = params_.size() - 1;
  }

  // 在一级及以下、二级、三级定点医疗机构住院的,起付标准分别为200元、500元、1000元: the k-th value
  // after 分别 takes the k-th of a list of conditions of one kind named before it in the sentence.
  void Respectively(size_t i, TextRange sentence, const KindRule& rule, Param& p) const {
    const Mention& m = *ctx_.mentions[i];
    const std::string_view head = text_.substr(sentence.start, m.start - sentence.start);
    const size_t at = LastOf(head, "分别");
    if (at == std::string_view::npos) return;
    const size_t list_start = sentence.start + at;
    // The values of the list: this mention's type, after 分别, in this sentence.
    std::vector<size_t> values;
    for (size_t j = 0; j < ctx_.mentions.size(); ++j) {
      const Mention& v = *ctx_.mentions[j];
      if (SameType(v, m) && v.start > list_start && v.end <= sentence.end) values.push_back(j);
    }
    const auto k = std::find(values.begin(), values.end(), i);
    if (values.size() < 2 || k == values.end()) return;
    // Conditions before 分别, by type, in order; a type with exactly as many as there are values.
    std::vector<std::string_view> lists[kMaxQualTypes];
    size_t last_end[kMaxQualTypes] = {};
    for (const CueHit& h : ctx_.CuesIn(CueTable::kQualifier, sentence.start, list_start)) {
      if (h.row->cols.size() < 2 || Suppressed(h)) continue;
      const QualType type = tables_.TypeOf(h);
      auto& list = lists[type];
      // Nested cues (一级医院 and 一级) name one condition.
      if (!list.empty() && last_end[type] > h.start) continue;
      last_end[type] = h.end;
      list.push_back(QualValue(h));
    }
    for (QualType type = 0; type < kMaxQualTypes; ++type) {
      if (lists[type].empty() || lists[type].size() != values.size() || !rule.Allows(type)) continue;
      p.quals.Set(type, lists[type][static_cast<size_t>(k - values.begin())]);
    }
  }

  // The words naming a contact value: from the previous value or clause break up to it.
  std::string_view LabelBefore(size_t i) const {
    const Mention& m = *ctx_.mentions[i];
    size_t start = place_of_[i].sentence.start;
    for (size_t j = i; j-- > 0;) {
      if (ctx_.mentions[j]->end <= start) break;
      if (!IsType(*ctx_.mentions[j], "region")) {
        start = std::max(start, ctx_.mentions[j]->end);
        break;
      }
    }
    std::string_view label = text_.substr(start, m.start - start);
    for (std::string_view cut : {",", ";", "(", "。"}) {
      const size_t at = LastOf(label, cut);
      if (at != std::string_view::npos) label = label.substr(at + cut.size());
    }
    // Keep the words after the last digit or colon ("下午3:00-6:00电子邮箱 :" → 电子邮箱).
    label = Trim(label);
    const auto cut = std::find_if(label.rbegin(), label.rend(), [](char c) { return (c >= '0' && c <= '9') || c == ':' || c == '.'; });
    if (cut != label.rend()) label = Trim(label.substr(static_cast<size_t>(label.rend() - cut)));
    const size_t space = LastByte(label, ' ');  // the last field: "县医保局联系电话 医保局总机" → 医保局总机
    if (space != std::string_view::npos) label = label.substr(space + 1);
    // A conjunction or separator between two numbers is no label (0731-87822345或87823120), nor
    // the end of one (…便民热线或12393).
    for (std::string_view joiner : {"、", "或", "和", "及", "/"}) {
      if (label == joiner) return {};
      if (label.size() > joiner.size() && label.substr(label.size() - joiner.size()) == joiner) {
        label.remove_suffix(joiner.size());
      }
    }
    if (label.empty() || !AtMostCodePoints(label, 20)) return {};
    return label;
  }

  void AddContact(size_t i) {
    const Mention& m = *ctx_.mentions[i];
    Param& p = params_.emplace_back();  // in place, as AddNumeric's
    p.kind = IsType(m, "phone") ? "contact_phone" : "contact_email";
    SetValueAndUnit(m, p);
    const TextRange sentence = place_of_[i].sentence;
    size_t window_start = sentence.start;
    for (size_t j = i; j-- > 0;) {
      if (ctx_.mentions[j]->end <= sentence.start) break;
      if (SameType(*ctx_.mentions[j], m)) {
        window_start = ctx_.mentions[j]->end;
        break;
      }
    }
    p.cues_begin = cue_pool_.size();
    p.quals = QualifiersFor(m.start, place_of_[i], window_start, tables_.RuleFor(p.kind), cue_pool_);
    p.cues_end = cue_pool_.size();
    if (const std::string_view label = LabelBefore(i); !label.empty()) p.quals.Set(kLabel, label);
    p.mentions.push_back(i);
    p.sentence = sentence;
  }

  void AddImplied() {
    for (const CueHit& h : ctx_.CuesIn(CueTable::kImplied, 0, SIZE_MAX)) {
      if (h.row->cols.size() < 3) continue;
      Param p;
      p.kind = h.row->cols[0];
      p.value = Json(std::stod(h.row->cols[1])).Dump();
      p.unit = JsonString(h.row->cols[2]);
      p.cues_begin = cue_pool_.size();
      cue_pool_.push_back(h.row->cue_json);
      const Place place = PlaceOf(h.start);
      const TextRange sentence = place.sentence;
      p.quals = QualifiersFor(h.start, place, sentence.start, tables_.RuleFor(p.kind), cue_pool_);
      p.cues_end = cue_pool_.size();
      p.sentence = sentence;
      params_.push_back(std::move(p));
    }
  }

  void AddLabels() {
    std::vector<const CueHit*>& labels = scratch_.label_hits;
    labels.clear();
    for (const CueHit& h : ctx_.CuesIn(CueTable::kLabel, 0, SIZE_MAX)) {
      if (!h.row->cols.empty()) labels.push_back(&h);
    }
    for (size_t k = 0; k < labels.size(); ++k) {
      const CueHit& h = *labels[k];
      if (h.row->cols[0] == "-") continue;
      // Skip a shorter label inside a longer one (地址 in 办公地址).
      if (k > 0 && labels[k - 1]->start <= h.start && labels[k - 1]->end >= h.end) continue;
      size_t start = h.end;
      while (start < text_.size() && (text_[start] == ' ' || text_[start] == ':')) ++start;
      if (start == h.end) continue;  // a label is followed by ':' (办公地址 :…), else it is prose
      const TextRange sentence = SentenceOf(h.start);
      size_t end = std::min(sentence.end, ctx_.article.range.end);
      for (size_t n = k + 1; n < labels.size(); ++n) {
        if (labels[n]->start >= start) {
          end = std::min(end, labels[n]->start);
          break;
        }
      }
      std::string_view value = text_.substr(start, end > start ? end - start : 0);
      // Stop at a numbered next item (" 2. 县医保事务中心") and trailing punctuation.
      for (size_t d = 0; d + 2 < value.size(); ++d) {
        if (value[d] == ' ' && std::isdigit(static_cast<unsigned char>(value[d + 1])) && value[d + 2] == '.') {
          value = value.substr(0, d);
          break;
        }
      }
      while (!value.empty() && (value.back() == ' ' || value.back() == ',' || value.back() == ';')) value.remove_suffix(1);
      if (value.size() >= 3 && value.substr(value.size() - 3) == "。") value.remove_suffix(3);
      if (value.empty() || !AtMostCodePoints(value, 80)) continue;
      Param p;
      p.kind = h.row->cols[0];
      if (p.kind == "postal_code") {
        std::string digits;
        for (char c : value) {
          if (std::isdigit(static_cast<unsigned char>(c))) digits.push_back(c);
          else if (!digits.empty()) break;
        }
        if (digits.size() != 6) continue;
        p.value = JsonString(digits);
      } else {
        p.value = JsonString(value);
      }
      p.unit = "\"text\"";
      p.cues_begin = cue_pool_.size();
      cue_pool_.push_back(h.row->cue_json);
      p.cues_end = cue_pool_.size();
      for (size_t i = 0; i < ctx_.mentions.size(); ++i) {
        if (ctx_.mentions[i]->start >= start && ctx_.mentions[i]->end <= start + value.size()) p.mentions.push_back(i);
      }
      p.sentence = sentence;
      params_.push_back(std::move(p));
    }
  }

  // Appends the parameters array as JSON text. The same parameter stated twice in an article is
  // one parameter resting on both mentions.
  void Emit(std::string& out) {
    // Parameters are the same if their kind, value, qualifiers and change read the same. (Each is
    // a whole JSON value or a kind name, so comparing them one by one is comparing them joined;
    // qualifiers are compared as the values they write, escaping being one-to-one.)
    std::vector<Param*>& written = scratch_.written;
    written.clear();
    for (Param& p : params_) {
      size_t found = 0;
      while (found < written.size() && !(written[found]->kind == p.kind && written[found]->value == p.value &&
                                         written[found]->quals.WritesAs(p.quals) && written[found]->change == p.change)) {
        ++found;
      }
      if (found == written.size()) {
        written.push_back(&p);
        continue;
      }
      MentionIndices& ids = written[found]->mentions;
      for (size_t id : p.mentions) {
        const bool have = std::any_of(ids.begin(), ids.end(), [&](size_t e) { return ctx_.ids[e] == ctx_.ids[id]; });
        if (!have) ids.push_back(id);
      }
    }
    // Written straight into the text, a parameter in one piece of bounded size (one capacity
    // check, not one per member): the keys are fixed and need no escaping.
    out.push_back('[');
    for (size_t n = 0; n < written.size(); ++n) {
      const Param& p = *written[n];
      const std::string& sentence = SentenceJson(p.sentence);
      size_t max = 96 + MaxJsonString(p.kind.size()) + p.value.size() + p.unit.size() + p.quals.MaxJson() +
                   p.change.size() + sentence.size();
      for (size_t id : p.mentions) max += ctx_.ids[id].size() + 1;
      for (size_t k = p.cues_begin; k < p.cues_end; ++k) max += cue_pool_[k].size() + 1;
      AppendWritten(out, max, [&](char* q) {
        q = n ? Put(q, ",{\"kind\":") : Put(q, "{\"kind\":");
        q = WriteJsonString(q, p.kind);
        q = PutText(Put(q, ",\"value\":"), p.value);
        q = PutText(Put(q, ",\"unit\":"), p.unit);
        q = p.quals.PutJson(Put(q, ",\"qualifiers\":"));
        if (!p.change.empty()) q = PutText(Put(q, ",\"change\":"), p.change);
        q = Put(q, ",\"mentions\":[");
        for (size_t k = 0; k < p.mentions.size(); ++k) {
          if (k) *q++ = ',';
          q = PutText(q, ctx_.ids[p.mentions[k]]);  // a JSON string already
        }
        q = PutText(Put(q, "],\"evidence\":{"), sentence);
        q = Put(q, ",\"cues\":[");
        for (size_t k = p.cues_begin; k < p.cues_end; ++k) {
          if (k > p.cues_begin) *q++ = ',';
          q = PutText(q, cue_pool_[k]);
        }
        return Put(q, "]}}");
      });
    }
    out.push_back(']');
  }

  // "sentence":…,"span":{…} of a sentence: the last one is kept, as consecutive parameters often
  // come from one sentence.
  const std::string& SentenceJson(TextRange sentence) {
    if (!sentence_json_.empty() && sentence.start == last_sentence_.start && sentence.end == last_sentence_.end) {
      return sentence_json_;
    }
    last_sentence_ = sentence;
    sentence_json_ = "\"sentence\":";
    AppendJsonString(sentence_json_, sentence.in(text_));
    sentence_json_ += ",\"span\":";
    JsonWriter span(sentence_json_);
    write_span_(span, sentence.start, sentence.end);
    return sentence_json_;
  }

  const ArticleContext& ctx_;
  std::string_view text_;
  const SpanWriterFn& write_span_;
  const QualTables& tables_;
  struct Label {
    size_t colon;   // position of its ':'
    Quals quals;    // the conditions it names
    bool heading;   // another label follows before any value
    size_t next_value;  // NextValueAfter(colon)
  };
  struct Labels {
    bool computed = false;
    std::vector<Label> list;
  };
  // The working vectors, kept per thread from article to article (cleared, not freed): a builder
  // per article would otherwise allocate each of them, and the labels' lists, anew.
  struct Scratch {
    std::vector<char> consumed;  // flags as bytes: no bit arithmetic per access
    std::vector<const CueHit*> label_hits;
    std::vector<Quals> block_quals;
    std::vector<Labels> labels;
    std::vector<Place> place_of;
    std::vector<std::optional<std::pair<size_t, std::string_view>>> change_from;
    std::vector<size_t> param_of;
    std::vector<int8_t> suppressed;  // per qualifier hit: -1 not yet known, else Suppressed's answer
    std::vector<std::pair<size_t, size_t>> closed;  // QualifiersFor's
    std::vector<Param> params;
    std::vector<std::string_view> cue_pool;
    std::string sentence_json;
    std::vector<Param*> written;  // Emit's
  };
  static Scratch& ThreadScratch() {
    thread_local Scratch scratch;
    return scratch;
  }
  // n blocks' labels, none computed; the lists keep their room.
  void ResetLabels(size_t n) {
    if (labels_.size() > n) labels_.resize(n);
    for (Labels& l : labels_) {
      l.computed = false;
      l.list.clear();
    }
    labels_.resize(n);
  }

  Scratch& scratch_ = ThreadScratch();
  std::vector<Quals>& block_quals_ = scratch_.block_quals;
  std::vector<Labels>& labels_ = scratch_.labels;  // per block, found when first needed
  std::vector<Place>& place_of_ = scratch_.place_of;  // per mention
  // Per mention: ChangeFrom's.
  std::vector<std::optional<std::pair<size_t, std::string_view>>>& change_from_ = scratch_.change_from;
  std::vector<size_t>& param_of_ = scratch_.param_of;  // per mention: the parameter AddNumeric made of it, or kNone
  std::vector<int8_t>& suppressed_ = scratch_.suppressed;
  std::vector<Param>& params_ = scratch_.params;
  std::vector<std::string_view>& cue_pool_ = scratch_.cue_pool;  // the parameters' cue words as JSON strings, each one's a run
  TextRange last_sentence_;  // SentenceJson's
  mutable bool have_last_type_ = false;  // TypeBitOf's
  mutable std::string_view last_type_;
  mutable uint64_t last_type_bit_ = 0;
  std::string& sentence_json_ = scratch_.sentence_json;
};

}  // namespace

void BuildParameters(const ArticleContext& ctx, const SpanWriterFn& write_span, std::string& out) {
  Builder(ctx, write_span).Build(out);
}

}  // namespace pe
