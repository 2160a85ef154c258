#include "interpret/parameters.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "extractors/common/text_util.h"
#include "pipeline/utf8.h"

namespace pe {
namespace {

// Qualifiers in the order they are written out.
constexpr const char* kQualifierOrder[] = {"insurance", "scheme", "care_setting", "facility_level", "population", "payer",
                                           "period", "sex", "scope", "bound", "effective_from", "label"};

using Quals = std::map<std::string, std::string>;

const std::map<std::string, std::set<std::string>>& KindQualifiers() {
  static const auto* m = [] {
    auto* out = new std::map<std::string, std::set<std::string>>();
    for (const auto& row : LoadTsv("interpret/data/kind_qualifiers.tsv")) {
      if (row.size() < 2) continue;
      std::set<std::string>& s = (*out)[row[0]];
      size_t start = 0;
      for (;;) {
        const size_t comma = row[1].find(',', start);
        s.insert(row[1].substr(start, comma == std::string::npos ? std::string::npos : comma - start));
        if (comma == std::string::npos) break;
        start = comma + 1;
      }
    }
    return out;
  }();
  return *m;
}

bool TypeListed(const std::string& types, const std::string& type) {
  size_t start = 0;
  for (;;) {
    const size_t comma = types.find(',', start);
    if (types.compare(start, comma == std::string::npos ? std::string::npos : comma - start, type) == 0) return true;
    if (comma == std::string::npos) return false;
    start = comma + 1;
  }
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == ':')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == ':')) s.remove_suffix(1);
  return s;
}

const Json* Flag(const Mention& m, std::string_view key) { return m.flags.is_object() ? m.flags.Find(key) : nullptr; }

struct Param {
  std::string kind;
  Json value;
  Json unit;
  Quals quals;
  std::optional<Json> change;
  std::vector<std::string> mention_ids;
  TextRange sentence;
  std::vector<std::string> cues;
};

class Builder {
 public:
  Builder(const ArticleContext& ctx, const std::function<Json(size_t, size_t)>& span_of)
      : ctx_(ctx), text_(ctx.text()), span_of_(span_of) {}

  Json Build() {
    ComputeBlockContexts();
    std::vector<bool> consumed(ctx_.mentions.size(), false);  // "from" values of a change
    for (size_t i = 0; i < ctx_.mentions.size(); ++i) {
      if (const auto c = ChangeFrom(i, SentenceOf(ctx_.mentions[i]->start))) consumed[c->first] = true;
    }
    for (size_t i = 0; i < ctx_.mentions.size(); ++i) {
      if (consumed[i]) continue;
      const Mention& m = *ctx_.mentions[i];
      if (m.type == "phone" || m.type == "email") {
        AddContact(i);
        continue;
      }
      if (m.type == "region" || m.type == "url") continue;
      if (m.type == "percent" && Flag(m, "points")) continue;  // a change in points needs its base
      if (Flag(m, "role")) continue;                           // a publication date
      AddNumeric(i, consumed);
    }
    AddImplied();
    AddLabels();
    return Emit();
  }

 private:
  // --- contexts -------------------------------------------------------------------------------

  // Qualifier cues inside [start, end): the first of each type.
  Quals QualsIn(size_t start, size_t end, std::vector<std::string>* cues = nullptr,
                const std::set<std::string>* allowed = nullptr) const {
    Quals q;
    for (const CueHit& h : ctx_.CuesIn(CueTable::kQualifier, start, end)) {
      if (h.end > end || h.row->cols.size() < 2 || Suppressed(h)) continue;
      if (allowed && !allowed->count(h.row->cols[0])) continue;
      if (q.emplace(h.row->cols[0], QualValue(h)).second && cues) cues->push_back(h.row->cue);
    }
    return q;
  }

  // A qualifier cue inside a longer phrase listed with type "-" (退休 in 退休年龄) says nothing.
  bool Suppressed(const CueHit& h) const {
    if (h.row->cols[0] == "-") return true;
    for (const CueHit& o : ctx_.CuesIn(CueTable::kQualifier, h.start >= 12 ? h.start - 12 : 0, h.start + 1)) {
      if (!o.row->cols.empty() && o.row->cols[0] == "-" && o.start <= h.start && o.end >= h.end) return true;
    }
    return false;
  }

  // The value a qualifier cue gives: its third column, or the fourth column's alternative when
  // its word (非) stands within four characters before the cue.
  std::string QualValue(const CueHit& h) const {
    if (h.row->cols.size() >= 3) {
      const std::string& alt = h.row->cols[2];
      const size_t colon = alt.find(':');
      if (colon != std::string::npos) {
        const std::string word = alt.substr(0, colon);
        const size_t from = h.start >= 12 ? h.start - 12 : 0;
        const std::string_view before = text_.substr(from, h.start - from);
        const size_t at = before.rfind(word);
        if (at != std::string_view::npos && !ContainsClauseBreak(before.substr(at))) return alt.substr(colon + 1);
      }
    }
    return h.row->cols[1];
  }

  static void Overlay(Quals& base, const Quals& top) {
    for (const auto& [k, v] : top) base[k] = v;
  }

  // For each block: what it inherits from the title, the heading above it and its list lead-in,
  // and its own label (the words before its first ':').
  void ComputeBlockContexts() {
    const Article& a = ctx_.article;
    Quals title_quals;
    for (const auto& [k, v] : QualsIn(a.title.start, a.title.end)) {
      if (k == "scheme") title_quals[k] = v;
    }
    const Block* heading = nullptr;
    const Block* lead = nullptr;  // a numbered item or a paragraph ending with ':'
    for (const Block& b : a.blocks) {
      Quals q = title_quals;
      if (heading) Overlay(q, QualsIn(heading->range.start, heading->range.end));
      const bool numbered = b.kind == BlockKind::kListItem && !b.marker.empty() &&
                            std::isdigit(static_cast<unsigned char>(b.marker[0]));
      if (lead && !numbered && b.kind != BlockKind::kHeading) Overlay(q, QualsIn(lead->range.start, lead->range.end));
      const std::string_view line = b.range.in(text_);
      block_quals_.push_back(std::move(q));  // the block's own labels are RunningLabels' work
      if (b.kind == BlockKind::kHeading) {
        heading = &b;
        lead = nullptr;
      } else if (numbered || (b.kind == BlockKind::kParagraph && (line.ends_with(":") || line.ends_with(":")))) {
        lead = &b;
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
    auto& labels = label_cache_[block_index];
    if (!labels.computed) {
      labels.computed = true;
      size_t label_start = b.range.start;
      for (size_t p = b.range.start; p < b.range.end; ++p) {
        const char c = text_[p];
        if (c == ',' || c == ';' || text_.substr(p, 3) == "。") {
          label_start = p + 1;
        } else if (c == ':') {
          // The label is the last space-separated field before the colon ("…标准 男性 :").
          std::string_view label = Trim(text_.substr(label_start, p - label_start));
          const size_t space = label.rfind(' ');
          if (space != std::string_view::npos) label = label.substr(space + 1);
          // …and not a value glued to it ("0739-2719338城乡居民医保 :"; normalisation joins them).
          while (!label.empty() && static_cast<unsigned char>(label[0]) < 0x80) label.remove_prefix(1);
          if (!label.empty() && utf8::CountCodePoints(label) <= 12) {
            const size_t from = static_cast<size_t>(label.data() - text_.data());
            labels.list.push_back({p, QualsIn(from, from + label.size()), false});
          }
          label_start = p + 1;
        }
      }
      for (size_t k = 0; k + 1 < labels.list.size(); ++k) {
        labels.list[k].heading = !ValueBetween(labels.list[k].colon, labels.list[k + 1].colon);
      }
    }
    Quals out;
    for (const auto& l : labels.list) {
      if (l.colon >= upto) break;
      if (l.heading || !ValueBetween(l.colon, upto) || !FieldBreakBetween(l.colon + 1, upto)) Overlay(out, l.quals);
    }
    return out;
  }

  // True if a space separates fields between the two positions (leading spaces not counted):
  // scraped snippets put one between "label :value" items.
  bool FieldBreakBetween(size_t from, size_t to) const {
    while (from < to && text_[from] == ' ') ++from;
    return from < to && text_.substr(from, to - from).find(' ') != std::string_view::npos;
  }

  // True if a value (a number, a date, a phone…) starts in (from, to).
  bool ValueBetween(size_t from, size_t to) const {
    for (const Mention* m : ctx_.mentions) {
      if (m->start > from && m->start < to && m->type != "region") return true;
    }
    return false;
  }

  const Block* BlockOf(size_t pos, size_t* index) const {
    for (size_t i = 0; i < ctx_.article.blocks.size(); ++i) {
      const Block& b = ctx_.article.blocks[i];
      if (pos >= b.range.start && pos < b.range.end) {
        *index = i;
        return &b;
      }
    }
    return nullptr;
  }

  TextRange SentenceOf(size_t pos) const {
    if (const TextRange* s = ctx_.SentenceAt(pos)) return *s;
    return {pos, pos};
  }

  // --- kinds ----------------------------------------------------------------------------------

  // The nearest kind cue for mention m, within its sentence part: before it, or after it in its
  // clause. nullopt if none.
  std::optional<std::pair<std::string, std::string>> KindOf(const Mention& m, TextRange sentence) const {
    const CueHit* best = nullptr;
    size_t best_dist = SIZE_MAX;
    for (const CueHit& h : ctx_.CuesIn(CueTable::kKind, sentence.start, sentence.end)) {
      if (h.row->cols.size() < 3 || !TypeListed(h.row->cols[1], m.type)) continue;
      if (h.row->cols.size() >= 4 && !h.row->cols[3].empty()) {  // the units the kind takes
        const Json* unit = Flag(m, "unit");
        if (!unit || !unit->is_string() || !TypeListed(h.row->cols[3], unit->as_string())) continue;
      }
      const std::string& where = h.row->cols[2];
      size_t dist = SIZE_MAX;
      if (h.end <= m.start && h.start >= sentence.start && where != "after") {
        dist = 2 * (m.start - h.end);
      } else if (h.start >= m.end && h.end <= sentence.end && where != "before" &&
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
    for (const CueHit& h : ctx_.CuesIn(CueTable::kKind, sentence.start, m.start)) {
      if (h.row->cols.size() >= 2 && h.row->cols[0] == "-" && TypeListed(h.row->cols[1], m.type) &&
          h.end <= m.start && !ContainsClauseBreak(text_.substr(h.end, m.start - h.end)) &&
          text_.substr(h.end, m.start - h.end).find(':') == std::string_view::npos) {
        return std::make_pair(std::string("-"), h.row->cue);
      }
    }
    return std::make_pair(best->row->cols[0], best->row->cue);
  }

  // --- parameters -----------------------------------------------------------------------------

  static std::pair<Json, Json> ValueAndUnit(const Mention& m) {
    const Json* unit = Flag(m, "unit");
    if (m.type == "percent") return {m.value, Json("ratio")};
    if (m.type == "money") {
      const Json* c = Flag(m, "currency");
      return {m.value, c ? *c : Json("CNY")};
    }
    if (m.type == "duration" || m.type == "count") return {m.value, unit ? *unit : Json()};
    if (m.type == "date") return {m.value, Json("date")};
    if (m.type == "daterange") return {m.value, Json("daterange")};
    if (m.type == "phone") return {m.value, Json("phone")};
    if (m.type == "email") return {m.value, Json("email")};
    return {m.value, Json()};
  }

  // 从20%降至10%: if a change verb stands between an earlier mention j of the same type (same
  // sentence) and mention i, returns j and the direction.
  std::optional<std::pair<size_t, std::string>> ChangeFrom(size_t i, TextRange sentence) const {
    const Mention& m = *ctx_.mentions[i];
    for (size_t j = i; j-- > 0;) {
      const Mention& p = *ctx_.mentions[j];
      if (p.end <= sentence.start) break;
      if (p.type != m.type) continue;
      const std::string_view between = Trim(text_.substr(p.end, m.start - p.end));
      for (const CueHit& h : ctx_.CuesIn(CueTable::kChange, p.end, m.start)) {
        if (h.end <= m.start && Trim(text_.substr(h.start, h.end - h.start)) == between) {
          return std::make_pair(j, h.row->cols.empty() ? "none" : h.row->cols[0]);
        }
      }
      return std::nullopt;  // only the nearest earlier value of the type can be the old value
    }
    return std::nullopt;
  }

  // 统一提高至60%: a change verb right before the mention with no old value written. Returns the
  // direction, and whether the verb is a bare one (提高30元: the value is the change, not the new
  // value; the verbs with 至/到 give the new value).
  std::optional<std::pair<std::string, bool>> ChangeVerbBefore(const Mention& m) const {
    const CueHit* best = nullptr;
    for (const CueHit& h : ctx_.CuesIn(CueTable::kChange, m.start >= 16 ? m.start - 16 : 0, m.start)) {
      if (h.end <= m.start && m.start - h.end <= 1 && (!best || h.end - h.start > best->end - best->start)) best = &h;
    }
    if (!best) return std::nullopt;
    const std::string_view verb = text_.substr(best->start, best->end - best->start);
    const bool bare = !(verb.ends_with("至") || verb.ends_with("到") || verb.ends_with("为"));
    return std::make_pair(best->row->cols.empty() ? std::string("none") : best->row->cols[0], bare);
  }

  Quals QualifiersFor(size_t mention_start, size_t window_start, const std::string& kind,
                      std::vector<std::string>& cues, const Quals* sibling = nullptr) const {
    size_t bi = 0;
    const Block* b = BlockOf(mention_start, &bi);
    Quals q;
    bool scheme_named_near = false;  // by a label of the block or a sibling, not only the title
    if (b) {
      q = block_quals_[bi];
      const Quals labels = RunningLabels(bi, *b, mention_start);
      scheme_named_near = labels.count("scheme") > 0;
      Overlay(q, labels);
    }
    if (sibling) {
      scheme_named_near = scheme_named_near || sibling->count("scheme") > 0;
      Overlay(q, *sibling);
    }
    const auto it = KindQualifiers().find(kind);
    // The words right before the value: after the last label colon (labels are handled above),
    // and not inside a parenthesis that closed before it ("(如一级医院报销60%),且限额1500元").
    size_t local = window_start;
    const size_t colon = text_.substr(0, mention_start).rfind(':');
    if (colon != std::string_view::npos && colon >= window_start && (!b || colon >= b->range.start)) local = colon + 1;
    std::vector<std::pair<size_t, size_t>> closed;  // parentheses closed before the value
    for (size_t p = local, open = std::string_view::npos; p < mention_start; ++p) {
      if (text_[p] == '(') open = p;
      if (text_[p] == ')' && open != std::string_view::npos) {
        closed.emplace_back(open, p);
        open = std::string_view::npos;
      }
    }
    Quals near;
    for (const CueHit& h : ctx_.CuesIn(CueTable::kQualifier, local, mention_start)) {
      if (h.end > mention_start || h.row->cols.size() < 2 || Suppressed(h)) continue;
      if (it != KindQualifiers().end() && !it->second.count(h.row->cols[0])) continue;
      if (std::any_of(closed.begin(), closed.end(), [&](const auto& c) { return h.start > c.first && h.end <= c.second; })) continue;
      // 除新生儿以外: a condition named as an exception is not the value's condition.
      const std::string_view before = text_.substr(local, h.start - local), after = text_.substr(h.end, mention_start - h.end);
      if (before.find("除") != std::string_view::npos && after.find("外") != std::string_view::npos) continue;
      if (near.emplace(h.row->cols[0], QualValue(h)).second) cues.push_back(h.row->cue);
    }
    // The scheme a sentence names holds for all of it (大病保险起付标准为1.5万元,…年度最高支付
    //限额40万元), before the title's.
    if (!near.count("scheme") && !scheme_named_near) {
      const TextRange sentence = SentenceOf(mention_start);
      for (const CueHit& h : ctx_.CuesIn(CueTable::kQualifier, sentence.start, local)) {
        if (h.row->cols.size() >= 2 && h.row->cols[0] == "scheme" && !Suppressed(h) &&
            (it == KindQualifiers().end() || it->second.count("scheme"))) {
          q["scheme"] = QualValue(h);
          break;
        }
      }
    }
    Overlay(q, near);
    Quals out;
    for (const auto& [k, v] : q) {
      if (it != KindQualifiers().end() && it->second.count(k)) out[k] = v;
    }
    return out;
  }

  // A value given as an example or a hypothesis (…(如一级医院报销60%), 举例:假如市内可以报销60%)
  // is not a rule.
  bool IsExampleValue(const Mention& m, TextRange sentence) const {
    const std::string_view before = text_.substr(sentence.start, m.start - sentence.start);
    const size_t open = before.rfind('(');
    if (open != std::string_view::npos && before.find(')', open) == std::string_view::npos) {
      for (std::string_view w : {"(如", "(例如", "(比如"}) {
        if (before.substr(open, w.size()) == w) return true;
      }
    }
    for (const CueHit& h : ctx_.CuesIn(CueTable::kExample, sentence.start, m.start)) {
      if (h.row->cols.size() >= 1 && h.row->cols[0] == "hypothetical" && !ExampleCueCancelled(text_, h)) return true;
    }
    return false;
  }

  // 由80%提升 with no new value: the number is the old one; what it became is not said.
  bool IsOldValueOfUnfinishedChange(const Mention& m) const {
    if (!EndsWithAny(text_, m.start, {"由", "从"})) return false;
    for (const CueHit& h : ctx_.CuesIn(CueTable::kChange, m.end, m.end + 1)) {
      if (h.start == m.end) return true;
    }
    return false;
  }

  void AddNumeric(size_t i, std::vector<bool>& consumed) {
    const Mention& m = *ctx_.mentions[i];
    const TextRange sentence = SentenceOf(m.start);
    if (IsExampleValue(m, sentence) || IsOldValueOfUnfinishedChange(m)) return;
    auto kind = KindOf(m, sentence);
    const auto change = ChangeFrom(i, sentence);
    std::optional<size_t> from_index;
    if (change) from_index = change->first;
    // A value in an enumeration takes the kind of the value before it (在职职工1500元、退休人员2000元).
    size_t window_start = sentence.start;
    const Quals* sibling_quals = nullptr;
    for (size_t j = from_index.value_or(i); j-- > 0;) {
      const Mention& p = *ctx_.mentions[j];
      if (p.end <= sentence.start) break;
      if (p.type == m.type) {
        window_start = std::max(window_start, p.end);
        // A close sibling in a list of numbers (15%+1%, 在职职工1500元、退休人员2000元) lends its
        // kind and conditions; its own words override them. Not for dates, not across a label.
        const bool sibling = m.type != "date" && m.type != "daterange" && m.start - p.end <= 48 &&
                             text_.substr(p.end, m.start - p.end).find(':') == std::string_view::npos;
        if (sibling && last_kind_.count(j)) {
          if (!kind) kind = std::make_pair(last_kind_.at(j), std::string());
          // Its conditions too, when no clause break stands between them (女满25年,且…满10年:
          // the 10 years are not women's only).
          if (kind->first == last_kind_.at(j) && !ContainsClauseBreak(text_.substr(p.end, m.start - p.end))) {
            sibling_quals = &last_quals_.at(j);
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
        if (p.type == m.type) {
          window_start = p.end;
          break;
        }
      }
      if (!kind) kind = KindOf(*ctx_.mentions[*from_index], sentence);
    }
    if (!kind || kind->first == "-") return;  // "-": the words say it is no parameter
    Param p;
    p.kind = kind->first;
    if (!kind->second.empty()) p.cues.push_back(kind->second);
    std::tie(p.value, p.unit) = ValueAndUnit(m);
    p.quals = QualifiersFor(m.start, window_start, p.kind, p.cues, sibling_quals);
    Respectively(i, sentence, p);
    if (const Json* q = Flag(m, "qualifier"); q && q->is_string() && q->as_string() != "range") {
      if (KindQualifiers().count(p.kind) && KindQualifiers().at(p.kind).count("bound")) p.quals["bound"] = q->as_string();
    }
    if (const Json* per = Flag(m, "period"); per && per->is_string()) {
      if (KindQualifiers().count(p.kind) && KindQualifiers().at(p.kind).count("period")) p.quals["period"] = per->as_string();
    }
    if (from_index) {
      const Mention& old = *ctx_.mentions[*from_index];
      Json c = Json::MakeObject();
      c.Set("from", old.value);
      c.Set("to", m.value);
      if (change->second != "none") c.Set("direction", change->second);
      p.change = std::move(c);
      p.mention_ids.push_back(ctx_.ids[*from_index]);
      consumed[*from_index] = true;
    } else if (const auto dir = ChangeVerbBefore(m)) {
      if (dir->second) return;  // 提高30元: by how much, not the new value
      Json c = Json::MakeObject();
      c.Set("from", Json());
      c.Set("to", m.value);
      if (dir->first != "none") c.Set("direction", dir->first);
      p.change = std::move(c);
    }
    p.mention_ids.push_back(ctx_.ids[i]);
    // An effective date stated in the same sentence (从2025年3月9日起,…自付比例从20%降至10%).
    if (KindQualifiers().count(p.kind) && KindQualifiers().at(p.kind).count("effective_from")) {
      for (size_t j = 0; j < i; ++j) {
        const Mention& d = *ctx_.mentions[j];
        const Json* q = Flag(d, "qualifier");
        if (d.type == "date" && d.start >= sentence.start && q && q->is_string() && q->as_string() == "from" &&
            d.value.is_string() && d.value.as_string().size() == 10) {
          p.quals["effective_from"] = d.value.as_string();
          p.mention_ids.insert(p.mention_ids.begin(), ctx_.ids[j]);
        }
      }
    }
    p.sentence = sentence;
    last_kind_[i] = p.kind;
    last_quals_[i] = p.quals;
    last_quals_[i].erase("bound");
    params_.push_back(std::move(p));
  }

  // 在一级及以下、二级、三级定点医疗机构住院的,起付标准分别为200元、500元、1000元: the k-th value
  // after 分别 takes the k-th of a list of conditions of one kind named before it in the sentence.
  void Respectively(size_t i, TextRange sentence, Param& p) const {
    const Mention& m = *ctx_.mentions[i];
    const std::string_view head = text_.substr(sentence.start, m.start - sentence.start);
    const size_t at = head.rfind("分别");
    if (at == std::string_view::npos) return;
    const size_t list_start = sentence.start + at;
    // The values of the list: this mention's type, after 分别, in this sentence.
    std::vector<size_t> values;
    for (size_t j = 0; j < ctx_.mentions.size(); ++j) {
      const Mention& v = *ctx_.mentions[j];
      if (v.type == m.type && v.start > list_start && v.end <= sentence.end) values.push_back(j);
    }
    const auto k = std::find(values.begin(), values.end(), i);
    if (values.size() < 2 || k == values.end()) return;
    // Conditions before 分别, by kind, in order; a kind with exactly as many as there are values.
    std::map<std::string, std::vector<std::string>> by_kind;
    for (const CueHit& h : ctx_.CuesIn(CueTable::kQualifier, sentence.start, list_start)) {
      if (h.row->cols.size() < 2 || Suppressed(h)) continue;
      auto& list = by_kind[h.row->cols[0]];
      // Nested cues (一级医院 and 一级) name one condition.
      if (!list.empty() && last_cue_end_[h.row->cols[0]] > h.start) continue;
      last_cue_end_[h.row->cols[0]] = h.end;
      list.push_back(QualValue(h));
    }
    last_cue_end_.clear();
    const auto allowed = KindQualifiers().find(p.kind);
    for (const auto& [kind, list] : by_kind) {
      if (list.size() != values.size()) continue;
      if (allowed != KindQualifiers().end() && !allowed->second.count(kind)) continue;
      p.quals[kind] = list[static_cast<size_t>(k - values.begin())];
    }
  }

  // The words naming a contact value: from the previous value or clause break up to it.
  std::string LabelBefore(size_t i) const {
    const Mention& m = *ctx_.mentions[i];
    size_t start = SentenceOf(m.start).start;
    for (size_t j = i; j-- > 0;) {
      if (ctx_.mentions[j]->end <= start) break;
      if (ctx_.mentions[j]->type != "region") {
        start = std::max(start, ctx_.mentions[j]->end);
        break;
      }
    }
    std::string_view label = text_.substr(start, m.start - start);
    for (std::string_view cut : {",", ";", "(", "。"}) {
      const size_t at = label.rfind(cut);
      if (at != std::string_view::npos) label = label.substr(at + cut.size());
    }
    // Keep the words after the last digit or colon ("下午3:00-6:00电子邮箱 :" → 电子邮箱).
    label = Trim(label);
    const size_t cut = label.find_last_of("0123456789:.");
    if (cut != std::string_view::npos) label = Trim(label.substr(cut + 1));
    const size_t space = label.rfind(' ');  // the last field: "县医保局联系电话 医保局总机" → 医保局总机
    if (space != std::string_view::npos) label = label.substr(space + 1);
    // A conjunction or separator between two numbers is no label (0731-87822345或87823120), nor
    // the end of one (…便民热线或12393).
    for (std::string_view joiner : {"、", "或", "和", "及", "/"}) {
      if (label == joiner) return "";
      if (label.size() > joiner.size() && label.substr(label.size() - joiner.size()) == joiner) {
        label.remove_suffix(joiner.size());
      }
    }
    if (label.empty() || utf8::CountCodePoints(label) > 20) return "";
    return std::string(label);
  }

  void AddContact(size_t i) {
    const Mention& m = *ctx_.mentions[i];
    Param p;
    p.kind = m.type == "phone" ? "contact_phone" : "contact_email";
    std::tie(p.value, p.unit) = ValueAndUnit(m);
    const TextRange sentence = SentenceOf(m.start);
    size_t window_start = sentence.start;
    for (size_t j = i; j-- > 0;) {
      if (ctx_.mentions[j]->end <= sentence.start) break;
      if (ctx_.mentions[j]->type == m.type) {
        window_start = ctx_.mentions[j]->end;
        break;
      }
    }
    p.quals = QualifiersFor(m.start, window_start, p.kind, p.cues);
    if (const std::string label = LabelBefore(i); !label.empty()) p.quals["label"] = label;
    p.mention_ids.push_back(ctx_.ids[i]);
    p.sentence = sentence;
    params_.push_back(std::move(p));
  }

  void AddImplied() {
    for (const CueHit& h : ctx_.CuesIn(CueTable::kImplied, 0, SIZE_MAX)) {
      if (h.row->cols.size() < 3) continue;
      Param p;
      p.kind = h.row->cols[0];
      p.value = Json(std::stod(h.row->cols[1]));
      p.unit = Json(h.row->cols[2]);
      p.cues.push_back(h.row->cue);
      const TextRange sentence = SentenceOf(h.start);
      p.quals = QualifiersFor(h.start, sentence.start, p.kind, p.cues);
      p.sentence = sentence;
      params_.push_back(std::move(p));
    }
  }

  void AddLabels() {
    const std::vector<const CueHit*> labels = [&] {
      std::vector<const CueHit*> v;
      for (const CueHit& h : ctx_.CuesIn(CueTable::kLabel, 0, SIZE_MAX)) {
        if (!h.row->cols.empty()) v.push_back(&h);
      }
      return v;
    }();
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
      if (value.empty() || utf8::CountCodePoints(value) > 80) continue;
      Param p;
      p.kind = h.row->cols[0];
      if (p.kind == "postal_code") {
        std::string digits;
        for (char c : value) {
          if (std::isdigit(static_cast<unsigned char>(c))) digits.push_back(c);
          else if (!digits.empty()) break;
        }
        if (digits.size() != 6) continue;
        p.value = Json(digits);
      } else {
        p.value = Json(std::string(value));
      }
      p.unit = Json("text");
      p.cues.push_back(h.row->cue);
      for (size_t i = 0; i < ctx_.mentions.size(); ++i) {
        if (ctx_.mentions[i]->start >= start && ctx_.mentions[i]->end <= start + value.size()) {
          p.mention_ids.push_back(ctx_.ids[i]);
        }
      }
      p.sentence = sentence;
      params_.push_back(std::move(p));
    }
  }

  Json Emit() const {
    Json out = Json::MakeArray();
    std::vector<std::string> keys;
    std::vector<size_t> slot;
    for (const Param& p : params_) {
      Json q = Json::MakeObject();
      for (const char* k : kQualifierOrder) {
        if (const auto it = p.quals.find(k); it != p.quals.end()) q.Set(k, it->second);
      }
      // The same parameter stated twice in an article is one parameter resting on both mentions.
      const std::string key = p.kind + "|" + p.value.Dump() + "|" + q.Dump() + "|" + (p.change ? p.change->Dump() : "");
      const auto found = std::find(keys.begin(), keys.end(), key);
      if (found != keys.end()) {
        Json& existing = out.as_array()[static_cast<size_t>(found - keys.begin())];
        Json& ids = const_cast<Json&>(*existing.Find("mentions"));
        for (const std::string& id : p.mention_ids) {
          bool have = false;
          for (const Json& e : ids.as_array()) have = have || e.as_string() == id;
          if (!have) ids.Push(id);
        }
        continue;
      }
      keys.push_back(key);
      Json j = Json::MakeObject();
      j.Set("kind", p.kind);
      j.Set("value", p.value);
      j.Set("unit", p.unit);
      j.Set("qualifiers", std::move(q));
      if (p.change) j.Set("change", *p.change);
      Json ids = Json::MakeArray();
      for (const std::string& id : p.mention_ids) ids.Push(id);
      j.Set("mentions", std::move(ids));
      Json ev = Json::MakeObject();
      ev.Set("sentence", p.sentence.in(text_));
      ev.Set("span", span_of_(p.sentence.start, p.sentence.end));
      Json cues = Json::MakeArray();
      for (const std::string& c : p.cues) cues.Push(c);
      ev.Set("cues", std::move(cues));
      j.Set("evidence", std::move(ev));
      out.Push(std::move(j));
    }
    (void)slot;
    return out;
  }

  const ArticleContext& ctx_;
  std::string_view text_;
  const std::function<Json(size_t, size_t)>& span_of_;
  std::vector<Quals> block_quals_;
  struct Label {
    size_t colon;   // position of its ':'
    Quals quals;    // the conditions it names
    bool heading;   // another label follows before any value
  };
  struct Labels {
    bool computed = false;
    std::vector<Label> list;
  };
  mutable std::map<size_t, Labels> label_cache_;
  std::map<size_t, std::string> last_kind_;
  mutable std::map<std::string, size_t> last_cue_end_;  // scratch for Respectively
  std::map<size_t, Quals> last_quals_;
  std::vector<Param> params_;
};

}  // namespace

Json BuildParameters(const ArticleContext& ctx, const std::function<Json(size_t, size_t)>& span_of) {
  return Builder(ctx, span_of).Build();
}

}  // namespace pe
