#include "extractors/percent/percent.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "extractors/common/numerals.h"
#include "extractors/common/text_util.h"
#include "extractors/common/quantity_numbers.h"
#include "extractors/common/quantity_words.h"

namespace pe {
namespace {

class PercentExtractor : public Extractor {
 public:
  PercentExtractor() {
    const quantity::Neighbours context("extractors/percent/context.tsv");
    vague_ = context.Of("number");
    cheng_ = context.Of("成");
    zhe_ = context.Of("折");
    range_start_ = context.Of("range_start");
    cn_tail_ = context.Of("cn_tail");
    product_ = context.Of("product");
    product_form_ = context.Of("product_form");
    for (const auto& row : LoadTsv("extractors/percent/units.tsv")) {
      if (row.size() >= 3) units_[row[0]] = Unit{quantity::Scale::Parse(row[1]), row[2] == "points"};
    }
  }
  std::string_view name() const override { return "percent"; }
  std::vector<std::string> pattern_files() const override { return {"extractors/percent/percent.patterns"}; }

  bool Resolve(const RuleMatch& m, std::string_view rule, const ExtractionContext& ctx,
               std::vector<Mention>& out) const override {
    const std::string_view text = ctx.text;
    const size_t limit = out.empty() ? 0 : out.back().end;
    if (m.start < limit) return false;  // inside the qualifier word of the previous mention
    // Part of a longer number or word on the left (12.5% seen from "2.5%", "E5%8C" in a URL).
    const char32_t before = CharBefore(text, m.start);
    if (IsAsciiAlnum(before) || before == '%' || before == '_') return false;
    if (quantity::ContinuesNumberOnLeft(text, m.start)) return false;
    // Chinese numerals right after another numeral: the tail of a numeral the scan gave up on.
    if (quantity::IsCnNumeral(before) && quantity::ChineseNumeralAt(text, m.start)) return false;
    if (quantity::InsideUrl(text, m.start)) return false;
    // 几十个百分点, 数十%: vague; a number in digits is not (缴费基数2%).
    if (!IsAsciiDigit(CharAt(text, m.start)) && vague_.Before(text, m.start)) return false;

    Mention mention;
    mention.type = "percent";
    size_t start = m.start, end = m.end;
    if (rule == "sign") {
      const std::string_view u = m.group("u");
      const auto unit = units_.find(u);
      if (unit == units_.end()) return false;
      // "100%25", "50%off": percent-encoding or a word, not a percentage.
      if (u.size() == 1 && IsAsciiAlnum(CharAt(text, m.end))) return false;
      // "\n3.70%" after item 2 of a list: item 3, then 70%.
      const std::string_view n1 = m.has("n2") ? m.group("n1") : quantity::WithoutListItemNumber(text, m.group("n1"));
      start = Offset(text, n1);
      const auto a = Value(n1, unit->second.scale);
      if (!a) return false;
      if (m.has("n2") && range_start_.Before(text, m.start) && quantity::IsCnNumeral(CharAt(text, m.start))) {
        // 统一到98%: the 一 ends another word; the percentage is the range's end alone.
        const std::string_view n2 = m.group("n2");
        const auto b = Value(n2, unit->second.scale);
        if (!b) return false;
        start = Offset(text, n2);
        mention.value = *b;
      } else if (m.has("n2")) {
        const auto b = Value(m.group("n2"), unit->second.scale);
        if (!b || !(*a < *b)) return false;
        mention.value = quantity::RangeValue(*a, *b);
      } else {
        mention.value = *a;
      }
      if (unit->second.points) mention.flags.Set("points", true);
      if (!m.has("n2") && StrengthInProductName(text, m.end)) return false;
    } else {  // fen_zhi, cheng, zhe: a fraction word
      // 百分之 2.3 (spaced-out text): the space goes before the fraction is read.
      std::string unspaced;
      std::string_view f = m.group("f");
      if (rule == "fen_zhi" && f.find(' ') != std::string_view::npos) {  // only fen_zhi allows one
        unspaced = WithoutSpaces(f);
        f = unspaced;
      }
      // 百分之七十三级医院 (no punctuation): the 三 starts 三级医院.
      constexpr std::string_view kPerCent = "百分之";
      constexpr size_t kNumeralBytes = 3;  // one Han numeral
      if (rule == "fen_zhi" && unspaced.empty() && f.starts_with(kPerCent) && f.size() > kPerCent.size() + kNumeralBytes &&
          cn_tail_.After(text, m.end) && quantity::IsCnNumeral(CharAt(f, f.size() - kNumeralBytes))) {
        f.remove_suffix(kNumeralBytes);
        end -= kNumeralBytes;
      }
      // 7成50岁: the digit after 成 starts the next number; the fraction is 7成.
      if (rule == "cheng" && !f.empty() && IsAsciiDigit(static_cast<unsigned char>(f.back())) && IsAsciiDigit(CharAt(text, m.end))) {
        f.remove_suffix(1);
        --end;
      }
      if (rule != "fen_zhi") {
        // 统一成立, 一成不变, 十成员, 一波三折, 折合: the character is part of another word.
        const std::string_view key = rule == "cheng" ? "成" : "折";
        const quantity::NeighbourWords& words = rule == "cheng" ? cheng_ : zhe_;
        const size_t key_end = Offset(text, f) + f.find(key) + key.size();
        if (words.Before(text, m.start) || words.After(text, key_end) || (key_end != end && words.After(text, end))) {
          return false;
        }
      }
      const auto v = numerals::ParseFraction(f);
      const auto neighbours = v ? std::nullopt : NeighbourRangeIn(rule, f);
      if (!v && !neighbours) return false;
      if (neighbours && m.has("c1")) return false;  // 六到七八成: no reading
      if (rule == "fen_zhi") {  // 1分之一: a share needs a denominator of at least 2
        const auto den = numerals::ParseNumber(f.substr(0, f.find("分之")));
        if (den && *den < 2) return false;
      }
      if (neighbours) {  // 百分之六七十: sixty or seventy per cent; 七八成: seventy or eighty
        const int exp = rule == "cheng" ? -1 : -2;
        mention.value = quantity::RangeValue(quantity::ScaleDecimal(neighbours->first, exp),
                                             quantity::ScaleDecimal(neighbours->second, exp));
      } else if (m.has("c1")) {  // 七到八成
        const auto a = numerals::ParseNumber(m.group("c1"));
        if (!a || !(*a / 10 < *v)) return false;
        mention.value = quantity::RangeValue(quantity::ScaleDecimal(*a, -1), *v);
      } else {
        mention.value = *v;
      }
    }
    mention.start = start;
    mention.end = end;
    const quantity::Found found = affixes_.Extend(text, limit, mention.start, mention.end);
    if (!found.qualifier.empty()) mention.flags.Set("qualifier", found.qualifier);
    out.push_back(std::move(mention));
    return true;
  }

  void Refine(const ExtractionContext& ctx, std::vector<Mention>& all) const override {
    affixes_.ResolveOverlaps(ctx.text, name(), all);
  }

 private:
  struct Unit {
    quantity::Scale scale;
    bool points = false;
  };

  // Two neighbouring numerals in a fraction word: 百分之六七十 (60 to 70), 七八成 (7 to 8 tenths).
  static std::optional<std::pair<double, double>> NeighbourRangeIn(std::string_view rule, std::string_view f) {
    constexpr std::string_view kPerCent = "百分之", kCheng = "成";
    if (rule == "fen_zhi" && f.starts_with(kPerCent)) return numerals::ParseNeighbourRange(f.substr(kPerCent.size()));
    if (rule == "cheng" && f.ends_with(kCheng)) return numerals::ParseNeighbourRange(f.substr(0, f.size() - kCheng.size()));
    return std::nullopt;
  }

  // 0.9%氯化钠注射液, 75%酒精, 1%克霉唑乳膏: a strength that starts a drug's or product's name
  // (after one optional space) is part of the name: a listed substance right after it, or a
  // dosage form within a few Han characters.
  bool StrengthInProductName(std::string_view text, size_t end) const {
    constexpr int kLongestNameChars = 8;  // 聚维酮碘, 他克莫司, 盐酸左氧氟沙星 before the form
    size_t pos = end < text.size() && text[end] == ' ' ? end + 1 : end;
    if (!IsHan(CharAt(text, pos))) return false;
    if (product_.After(text, pos)) return true;
    for (int i = 0; i <= kLongestNameChars && IsHan(CharAt(text, pos)); ++i) {
      if (product_form_.After(text, pos)) return true;
      pos += Utf8Size(CharAt(text, pos));
    }
    return false;
  }

  static std::optional<double> Value(std::string_view n, const quantity::Scale& scale) {
    const auto v = ParseNumberText(n);
    if (!v) return std::nullopt;
    return scale.Apply(*v);
  }

  std::map<std::string, Unit, std::less<>> units_;
  // context.tsv's words, by key: number (a vague number before it), 成 and 折 (the fraction word
  // inside another word), range_start (a word ending with a range's first numeral: 统一到98%).
  // product and product_form: the words of a drug's name after a strength (0.9%氯化钠注射液).
  quantity::NeighbourWords vague_, cheng_, zhe_, range_start_, cn_tail_, product_, product_form_;
  quantity::Affixes affixes_;
};

}  // namespace

std::unique_ptr<Extractor> MakePercentExtractor() { return std::make_unique<PercentExtractor>(); }

}  // namespace pe
