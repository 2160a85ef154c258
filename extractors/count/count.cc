// Counts: a number and a classifier that touch (10名, 两家, 1.2万例, 三个, 1-2次), valued as the
// number with the classifier's unit (classifiers.tsv). See README.md in this folder.
#include "extractors/count/count.h"

#include <map>
#include <string>

#include "extractors/common/text_util.h"
#include "extractors/count/quantity.h"

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
    const bool range = rule == "count_range";
    const std::string_view n1 = m.group(range ? "n1" : "n");
    const std::string_view cl = m.group("cl");
    const auto it = classifiers_.find(cl);
    if (it == classifiers_.end() || n1.empty()) return false;
    const size_t number_start = quantity::Offset(text, n1);
    const size_t unit_end = quantity::Offset(text, cl) + cl.size();
    if (!quantity::NumberStartOk(text, number_start, n1, context_)) return false;
    // 名单, 所有, 人民: the classifier character starts another word; 3个月, 5个百分点: a duration
    // or percentage points.
    if (quantity::StartsWithWord(text, unit_end, it->second.not_followed_by)) return false;

    // 半 is no count; a lone 一 is a determiner (一名职工, 一次性); 二次 is "secondary".
    if (n1 == "半" || (!range && n1 == "一") || (n1 == "二" && cl == "次")) return false;
    const auto v1 = quantity::ParseQuantity(n1);
    if (!v1) return false;
    Json value(*v1);
    if (range) {
      const std::string_view n2 = m.group("n2");
      if (n2 == "半") return false;
      const auto v2 = quantity::ParseQuantity(n2);
      if (!v2 || !(*v1 < *v2)) return false;
      value = quantity::RangeValue(*v1, *v2);
    }

    const quantity::Qualified q =
        quantity::Qualify(text, number_start, unit_end, m.group("qb"), m.group("qa"), qualifiers_, context_);
    Mention mention;
    mention.type = "count";
    mention.start = q.start;
    mention.end = q.end;
    mention.value = std::move(value);
    mention.flags.Set("unit", it->second.unit);
    if (!q.qualifier.empty()) {
      mention.flags.Set("qualifier", q.qualifier);
    } else if (m.has("more")) {
      mention.flags.Set("qualifier", "min");  // 5000余人, 1200多人: more than the number
    }
    out.push_back(std::move(mention));
    return true;
  }

 private:
  std::map<std::string, Classifier, std::less<>> classifiers_;
  quantity::Qualifiers qualifiers_;
  quantity::ContextWords context_;
};

}  // namespace

std::unique_ptr<Extractor> MakeCountExtractor() { return std::make_unique<CountExtractor>(); }

}  // namespace pe
