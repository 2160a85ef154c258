// Counts: a number and a classifier that touch (10名, 两家, 1.2万例, 三个, 1-2次), valued as the
// number with the classifier's unit (classifiers.tsv). See README.md in this folder.
#include "extractors/count/count.h"

#include <map>
#include <string>

#include "extractors/common/text_util.h"
#include "extractors/common/quantity_numbers.h"
#include "extractors/common/quantity_words.h"

namespace pe {
namespace {

struct Classifier {
  std::string unit;                          // person, institution, item, ...
  std::vector<std::string> not_followed_by;  // 名单, 所有, 3个月, 5个百分点
};

class CountExtractor : public Extractor {
 public:
  CountExtractor() : context_("extractors/count/context.tsv") {
    for (const auto& row : LoadTsv("extractors/count/classifiers.tsv")) {
      if (row.size() < 2) continue;
      classifiers_[row[0]] = Classifier{row[1], quantity::SplitComma(row.size() > 2 ? row[2] : "")};
    }
  }
  std::string_view name() const override { return "count"; }
  std::vector<std::string> pattern_files() const override { return {"extractors/count/count.patterns"}; }

  bool Resolve(const RuleMatch& m, std::string_view rule, const ExtractionContext& ctx,
               std::vector<Mention>& out) const override {
    const std::string_view text = ctx.text;
    // The number n, then 余/多 (5000余人) and the classifier.
    const std::string_view n = m.group("n");
    if (n.empty()) return false;
    const bool grouped = rule == "count_grouped";
    // 3 216名 groups thousands; after a space it is a table's cells (120 350家), as for money, and
    // so is its tail (20 350家).
    if (grouped && (CharBefore(text, m.start) == ' ' || IsAsciiDigit(CharBefore(text, m.start)))) return false;
    size_t pos = Offset(text, n) + n.size();
    const bool more = StartsWithAny(text, pos, {"余", "多"});
    if (more) pos += std::string_view("余").size();
    const std::string_view cl = text.substr(pos, m.end - pos);
    const auto it = classifiers_.find(cl);
    if (it == classifiers_.end()) return false;
    // 名单, 所有, 人民: the classifier character starts another word; 3个月, 5个百分点: a duration
    // or percentage points.
    if (quantity::StartsWithWord(text, m.end, it->second.not_followed_by)) return false;
    // 二次 is "secondary" (二次报销), not two times.
    if (n == "二" && cl == "次") return false;
    // The number, or a range written before it (1-2次, 3至5家).
    quantity::Numbers numbers;
    if (grouped) {
      const auto v = quantity::ParseQuantity(WithoutSpaces(n));
      if (!v) return false;
      numbers.start = Offset(text, n);
      numbers.first = numbers.last = *v;
    } else if (const std::string_view item_count = ListNumberOfFraction(text, n); item_count.size() != n.size()) {
      const auto v = quantity::ParseQuantity(item_count);  // "\n1.36家": item 1, then 36家
      if (!v) return false;
      numbers.start = Offset(text, item_count);
      numbers.first = numbers.last = *v;
    } else if (!quantity::ReadNumbers(text, n, number_words_, numbers)) {
      return false;
    }

    // GLP-1 类药物, PD-1类: the number ends a name written in Latin letters (digits only: A、B两个).
    if (IsAsciiDigit(CharAt(text, numbers.start)) && AfterLatinName(text, numbers.start)) return false;

    const size_t previous_end = out.empty() ? 0 : out.back().end;
    if (numbers.start < previous_end) return false;
    const quantity::Qualified q = quantity::Qualify(text, numbers.start, m.end, previous_end, qualifiers_, context_);
    Mention mention;
    mention.type = "count";
    mention.start = q.start;
    mention.end = q.end;
    mention.value = quantity::Value(numbers);
    mention.flags.Set("unit", it->second.unit);
    if (!q.qualifier.empty()) {
      mention.flags.Set("qualifier", q.qualifier);
    } else if (more) {
      mention.flags.Set("qualifier", "min");  // 5000余人, 1200多人: more than the number
    }
    out.push_back(std::move(mention));
    return true;
  }

  // 七台河市, 九台区, a 三台 the region extractor took for the county: a count inside a place's
  // name is part of the name. (The region extractor runs after this one, but its mentions are
  // all in `all` before any Refine.)
  void Refine(const ExtractionContext& /*ctx*/, std::vector<Mention>& all) const override {
    std::vector<bool> inside_place(all.size());
    bool any = false;
    for (size_t i = 0; i < all.size(); ++i) {
      if (all[i].type == "count" && InsidePlace(all, i)) inside_place[i] = any = true;
    }
    if (!any) return;
    size_t kept = 0;
    for (size_t i = 0; i < all.size(); ++i) {
      if (!inside_place[i]) {
        if (kept != i) all[kept] = std::move(all[i]);
        ++kept;
      }
    }
    all.resize(kept);
  }

 private:
  static constexpr size_t kLongestPlaceBytes = 96;  // a chain of three long names

  // "\n1.36家": a count is whole, so digits, a point and digits starting a line (no magnitude
  // after them: 1.2万人 is a number) are a list item's number and the count (36家); n otherwise.
  static std::string_view ListNumberOfFraction(std::string_view text, std::string_view n) {
    const size_t dot = n.find('.');
    if (dot == std::string_view::npos || dot == 0 || dot + 1 == n.size()) return n;
    const size_t at = Offset(text, n);
    if (at > 0 && text[at - 1] != '\n') return n;
    for (size_t i = 0; i < n.size(); ++i) {
      if (i != dot && !IsAsciiDigit(static_cast<unsigned char>(n[i]))) return n;
    }
    return n.substr(dot + 1);
  }

  // Whether a Latin letter, or one and a hyphen, stands right before `start` (GLP-1, PD-1, N95).
  static bool AfterLatinName(std::string_view text, size_t start) {
    size_t p = start;
    if (p > 0 && text[p - 1] == '-') --p;
    if (p == 0) return false;
    return IsAsciiLetter(static_cast<unsigned char>(text[p - 1]));
  }

  // Whether a region mention covers all[i]. all is sorted by start: a covering place starts at
  // or before it, and no place is long.
  static bool InsidePlace(const std::vector<Mention>& all, size_t i) {
    const Mention& m = all[i];
    for (size_t j = i; j-- > 0 && all[j].start + kLongestPlaceBytes > m.start;) {
      if (all[j].type == "region" && all[j].end >= m.end) return true;
    }
    for (size_t j = i + 1; j < all.size() && all[j].start == m.start; ++j) {
      if (all[j].type == "region" && all[j].end >= m.end) return true;
    }
    return false;
  }

  std::map<std::string, Classifier, std::less<>> classifiers_;
  quantity::QualifierWords qualifiers_;
  quantity::ContextWords context_;
  quantity::NumberWords number_words_{context_};  // after context_: made from it
};

}  // namespace

std::unique_ptr<Extractor> MakeCountExtractor() { return std::make_unique<CountExtractor>(); }

}  // namespace pe
