// Durations and ages: a number and a time unit that touch (3个月, 90天, 15年, 半年, 1.5小时, 60周岁,
// 2~4周), valued as the number in the unit of units.tsv / units_counted.tsv. See README.md here.
#include "extractors/duration/duration.h"

#include <map>
#include <optional>
#include <string>

#include "extractors/common/text_util.h"
#include "extractors/common/quantity_numbers.h"
#include "extractors/common/quantity_words.h"

namespace pe {
namespace {

struct TimeUnit {
  std::string unit;      // second, minute, hour, day, workday, week, month, quarter, year
  bool age = false;      // 岁, 周岁
  bool counted = false;  // written after 个 only (个月, 个季度): units_counted.tsv
  std::vector<std::string> not_followed_by;
};

bool IsWhole(double v) { return v == static_cast<double>(static_cast<long long>(v)); }

class DurationExtractor : public Extractor {
 public:
  DurationExtractor() : context_("extractors/duration/context.tsv") {
    for (const char* path : {"extractors/duration/units.tsv", "extractors/duration/units_counted.tsv",
                             "extractors/duration/units_year.tsv"}) {
      for (const auto& row : LoadTsv(path)) {
        if (row.size() < 2) continue;
        units_[row[0]] = TimeUnit{row[1], row.size() > 2 && row[2] == "1",
                                  std::string_view(path) == "extractors/duration/units_counted.tsv",
                                  quantity::SplitComma(row.size() > 3 ? row[3] : "")};
      }
    }
  }
  std::string_view name() const override { return "duration"; }

  // 8个月大时, 3个月以下的婴儿: months, weeks or days that are a baby's age (context.tsv's
  // age_after words after the mention, or 大 before punctuation).
  bool BabysAge(std::string_view text, size_t end, std::string_view unit) const {
    if (unit != "month" && unit != "week" && unit != "day") return false;
    if (quantity::StartsWithWord(text, end, context_.Get("age_after", "all"))) return true;
    constexpr std::string_view kBig = "大";
    return text.substr(end, kBig.size()) == kBig && !IsHan(CharAt(text, end + kBig.size()));
  }
  std::vector<std::string> pattern_files() const override {
    return {"extractors/duration/duration.patterns"};
  }

  bool Resolve(const RuleMatch& m, std::string_view /*rule*/, const ExtractionContext& ctx,
               std::vector<Mention>& out) const override {
    const std::string_view text = ctx.text;
    // The number: n (3个月), or none: 一 with a half (一个半小时, 一年半).
    const std::string_view n = m.group("n");
    const bool one_and_half = n.empty();
    const std::string_view number = one_and_half ? text.substr(m.start, std::string_view("一").size()) : n;
    size_t pos = Offset(text, number) + number.size();
    // The rest: 余/多 (20余年), 个, 半/多 (一个半小时, 3个多月), the unit, 半 (两年半).
    const auto skip = [&](std::string_view w) {
      if (!StartsWithAny(text, pos, {w})) return false;
      pos += w.size();
      return true;
    };
    const bool more = !one_and_half && (skip("余") || skip("多"));
    const bool ge = skip("个");
    const bool mid_half = skip("半");
    const bool mid_more = !mid_half && ge && skip("多");
    // No unit ends with 半, so a 半 that ends the match follows the unit.
    const size_t half_size = std::string_view("半").size();
    const bool half = m.end > pos + half_size && EndsWithAny(text, m.end, {"半"});
    const size_t unit_end = half ? m.end - half_size : m.end;
    if (unit_end <= pos) return false;
    const std::string_view u = text.substr(pos, unit_end - pos);
    const auto it = units_.find(u);
    if (it == units_.end()) return false;
    const TimeUnit& unit = it->second;
    // 3月 is a date; 半月 is fine, and so is 仨月 (仨 is 三个).
    if (unit.counted && !ge && n != "半" && n != "仨" && n != "俩") return false;

    // 30周年, 天津, 日元: the unit character starts another word.
    if (!half && quantity::StartsWithWord(text, unit_end, unit.not_followed_by)) return false;

    const bool plus_half = mid_half || half;
    if (n == "半") {
      // 半年, 半个月, 半小时; but 上半年 is a half of a calendar year.
      if (plus_half) return false;
      if (quantity::EndsWithWord(text, Offset(text, n), context_.Get("half_not_after", "半"))) return false;
    }
    // The number, or a range written before it (2~4周, 8-12小时, 1到3个月).
    quantity::Numbers numbers;
    if (!quantity::ReadNumbers(text, number, number_words_, numbers)) return false;
    if (plus_half) {
      if (numbers.range) return false;  // 2-3年半: unclear
      numbers.first = numbers.last = numbers.last + 0.5;
    }
    const double v1 = numbers.first, v2 = numbers.last;
    if (unit.age && v2 > 150) return false;
    // 2015年 is a date (a year 1900–2099 written with 年; the pattern leaves out such numbers in
    // digits, this catches them in Chinese numerals: 二〇一五年, and range starts: 2015-20年).
    if (unit.unit == "year" && !unit.age && (IsCalendarYear(v1) || IsCalendarYear(v2))) return false;
    if (unit.unit == "year" && !unit.age && !half && IsShortYear(text, unit_end)) return false;
    // 二三年 is a year said short (2023), not two or three years (两三年).
    if (unit.unit == "year" && !unit.age && number == "二三") return false;
    if (unit.unit == "year" && ListNumberThenYear(text, number)) return false;
    if (u == "日" && !DayIsSpan(text, numbers.start, unit_end, v1)) return false;

    // 3分25秒, 1小时30分钟: a clock's compound is one duration in its smaller unit (1年6个月, a
    // calendar's, stays two). The larger part may already be a mention (1小时): it is taken in.
    std::string inherited_qualifier;
    std::optional<Mention> taken_in;  // the larger part's own mention, replaced by the compound
    if (!numbers.range && !plus_half && !more && !mid_more) {
      if (const auto larger = LargerPartBefore(text, numbers.start, unit.unit)) {
        const auto [start, amount] = *larger;
        if (!out.empty() && out.back().type == "duration" && out.back().end == numbers.start && out.back().start <= start) {
          numbers.start = out.back().start;
          inherited_qualifier = std::string(out.back().flags.String("qualifier"));
          taken_in = std::move(out.back());
          out.pop_back();
        } else {
          numbers.start = start;
        }
        numbers.first = numbers.last = amount * 60 + v1;
      }
    }

    const size_t previous_end = out.empty() ? 0 : out.back().end;
    if (numbers.start < previous_end) return false;
    const quantity::Qualified q = quantity::Qualify(text, numbers.start, m.end, previous_end, qualifiers_, context_);
    Mention mention;
    mention.type = "duration";
    mention.start = q.start;
    mention.end = q.end;
    mention.value = quantity::Value(numbers);
    mention.flags.Set("unit", unit.unit);
    if (unit.age || BabysAge(text, q.end, unit.unit)) mention.flags.Set("age", true);
    if (!q.qualifier.empty()) {
      mention.flags.Set("qualifier", q.qualifier);
    } else if (!inherited_qualifier.empty()) {
      mention.flags.Set("qualifier", inherited_qualifier);
    } else if (more || mid_more) {
      mention.flags.Set("qualifier", "min");  // 20余年, 3个多月: more than the number
    }
    if (taken_in) {
      // It stands where the mention it replaces stood: the caller names the extractor and rule of
      // the mentions a match adds after those it found, and this one adds none.
      mention.extractor = std::move(taken_in->extractor);
      mention.rule = std::move(taken_in->rule);
    }
    out.push_back(std::move(mention));
    return true;
  }

 private:
  static bool IsCalendarYear(double v) { return IsWhole(v) && v >= 1900 && v <= 2099; }

  // The word of the next larger clock unit that ends at `number_start` (分 before 25秒, 小时
  // before 30分钟: context.tsv compound_before), or "".
  std::string_view LargerWordBefore(std::string_view text, size_t number_start, std::string_view unit) const {
    for (const std::string& w : context_.Get("compound_before", unit)) {
      if (EndsWithAny(text, number_start, {w})) return w;
    }
    return {};
  }

  // The larger part of a clock's compound before the number at `number_start`: where its digits
  // start and their value (3 of 3分25秒), if a larger unit's word with digits before it ends there.
  std::optional<std::pair<size_t, double>> LargerPartBefore(std::string_view text, size_t number_start,
                                                            std::string_view unit) const {
    const std::string_view w = LargerWordBefore(text, number_start, unit);
    if (w.empty()) return std::nullopt;
    const size_t digits_end = number_start - w.size();
    size_t p = digits_end;
    while (p > 0 && IsAsciiDigit(static_cast<unsigned char>(text[p - 1])) && digits_end - p < 4) --p;
    if (p == digits_end || (p > 0 && IsAsciiDigit(static_cast<unsigned char>(text[p - 1])))) return std::nullopt;
    const auto amount = ParseNumberText(text.substr(p, digits_end - p));
    if (!amount) return std::nullopt;
    return std::pair{p, *amount};
  }

  // "24年3月", "25年1月1日": a year written with two digits, then a month: a date, not 24 years.
  // ("1年6个月" is two durations.)
  static bool IsShortYear(std::string_view text, size_t after_year) {
    size_t i = after_year, digits = 0;
    while (i < text.size() && IsAsciiDigit(static_cast<unsigned char>(text[i])) && digits < 3) ++i, ++digits;
    return digits >= 1 && digits <= 2 && StartsWithAny(text, i, {"月"});
  }

  // "附件:1.2024年…": a list number, then a year (a date), not 1.2024 years.
  static bool ListNumberThenYear(std::string_view text, std::string_view number) {
    const size_t dot = number.find('.');
    if (dot == std::string_view::npos || number.size() - dot - 1 != 4) return false;
    const auto year = ParseNumberText(number.substr(dot + 1));
    return year && IsCalendarYear(*year) && AfterListNumber(text, Offset(text, number) + dot);
  }

  // N日 is a span of days (30日内, 缴费30日后, 延长至90日: no month has a 90th day), not a day of a
  // month (每月7-10日, 9月1日至15日, 截至15日, 15日前).
  bool DayIsSpan(std::string_view text, size_t number_start, size_t unit_end, double n) const {
    const bool day_of_month = IsWhole(n) && n >= 1 && n <= 31;
    if (!day_of_month) return true;
    if (quantity::EndsWithWord(text, number_start, context_.Get("day_not_after", "日"))) return false;
    if (quantity::StartsWithWord(text, unit_end, context_.Get("day_span_before", "日"))) return true;
    if (quantity::StartsWithWord(text, unit_end, context_.Get("day_date_before", "日"))) return false;
    return !quantity::EndsWithWord(text, number_start, context_.Get("day_date_after", "日"));
  }

  std::map<std::string, TimeUnit, std::less<>> units_;
  quantity::QualifierWords qualifiers_;
  quantity::ContextWords context_;
  quantity::NumberWords number_words_{context_};  // after context_: made from it
};

}  // namespace

std::unique_ptr<Extractor> MakeDurationExtractor() { return std::make_unique<DurationExtractor>(); }

}  // namespace pe
