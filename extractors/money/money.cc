#include "extractors/money/money.h"

#include <cmath>
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

// One Chinese numeral character (一, 三, 十): most easily part of a word (二元结构, 一块去).
bool OneChineseNumeral(std::string_view n) { return n.size() == 3 && quantity::ChineseNumeralAt(n, 0); }

// The amount has a magnitude of its own (3万, 五百, 1千).
bool HasMagnitude(std::string_view n) {
  for (std::string_view w : {"百", "千", "万", "亿"}) {
    if (n.find(w) != std::string_view::npos) return true;
  }
  return false;
}

// The value of an amount without its trailing magnitude: 3 for 3万 and 3千万, 二十 for 二十万,
// 五 for 五百; nullopt if it has none.
std::optional<double> BareValue(std::string_view n) {
  size_t end = n.size();
  while (end >= 3 && (n.substr(end - 3, 3) == "万" || n.substr(end - 3, 3) == "亿")) end -= 3;
  if (end >= 4 && (n.substr(end - 3, 3) == "千" || n.substr(end - 3, 3) == "百")) {
    const char32_t prev = CharBefore(n, end - 3);
    if (IsAsciiDigit(prev) || (numerals::IsChineseNumeralChar(prev) && end == 6)) end -= 3;
  }
  if (end == n.size() || end == 0) return std::nullopt;
  return ParseNumberText(n.substr(0, end));
}

// Amounts carry a few decimals at most: drop binary noise (0.7 × 3 = 2.0999999999999996).
double Tidy(double v) {
  if (!(std::fabs(v) < 1e15)) return v;
  const double r = std::round(v * 1e4);
  return std::fabs(r - v * 1e4) < 1e-3 ? quantity::ScaleDecimal(r, -4) : v;
}

class MoneyExtractor : public Extractor {
 public:
  MoneyExtractor() : affixes_("extractors/money/periods.tsv") {
    const quantity::Neighbours context("extractors/money/context.tsv");
    vague_ = context.Of("number");
    kuai_ = context.Of("块");
    cn1_ = context.Of("cn1");
    for (const auto& row : LoadTsv("extractors/money/units.tsv")) {
      if (row.size() < 3) continue;
      // A word that starts with the unit's last character (2025元旦): 元 for 美元 too.
      const std::string_view u = row[0], last = u.size() >= 3 ? u.substr(u.size() - 3) : u;
      units_[row[0]] = Unit{quantity::Scale::Parse(row[1]), row[2], context.Of(last).after};
      if (row[2] != "CNY") named_before_.emplace_back(row[0], row[2]);
    }
    for (const auto& row : LoadTsv("extractors/money/magnitudes.tsv")) {
      if (row.size() >= 2) magnitudes_[row[0]] = quantity::Scale::Parse(row[1]);
    }
  }
  std::string_view name() const override { return "money"; }
  std::vector<std::string> pattern_files() const override { return {"extractors/money/money.patterns"}; }

  bool Resolve(const RuleMatch& m, std::string_view rule, const ExtractionContext& ctx,
               std::vector<Mention>& out) const override {
    const std::string_view text = ctx.text;
    const size_t limit = out.empty() ? 0 : out.back().end;
    if (m.start < limit) return false;  // inside the qualifier word of the previous mention
    // Part of a longer number on the left (12345元 seen from "2345元", 0737-5元).
    if (quantity::ContinuesNumberOnLeft(text, m.start)) return false;
    const char32_t before = CharBefore(text, m.start);
    // 3 000元 groups thousands; after a space it is a table's cells (500 600元).
    if (rule == "amount_grouped" && before == ' ') return false;
    // Chinese numerals right after another numeral: the tail of a numeral the scan gave up on
    // (一两百元, 十几万元).
    if (quantity::IsCnNumeral(before) && quantity::ChineseNumeralAt(text, m.start)) return false;
    if (quantity::InsideUrl(text, m.start)) return false;
    // 几十元, 数十万元: vague; but a number in digits is not (缴费基数6000元).
    if (!IsAsciiDigit(CharAt(text, m.start)) && vague_.Before(text, m.start)) return false;

    Mention mention;
    mention.type = "money";
    size_t start = m.start;
    std::string_view qualifier;
    Cents cents;  // written after the unit: 三块五 (spoken tenths), 贰拾伍元陆角贰分
    const Unit* unit = &yen_;
    if (rule == "yen") {
      const auto v = ParseNumberText(m.group("yn"));
      if (!v) return false;
      mention.value = Tidy(*v);
    } else {
      const std::string_view u = m.group("u"), n2 = m.group("n2");
      // "\n4.300元" after item 3 of a list: item 4, then 300元.
      const std::string_view n1 = n2.empty() ? quantity::WithoutListItemNumber(text, m.group("n1")) : m.group("n1");
      start = Offset(text, n1);
      // 00元, 05元: a leading zero before another digit is the rest of a number broken off (2,5-\n00元).
      if (n1.size() >= 2 && n1[0] == '0' && IsAsciiDigit(static_cast<unsigned char>(n1[1]))) return false;
      const auto it = units_.find(u);
      if (it == units_.end()) return false;
      unit = &it->second;
      // 2025元旦, 元素: 元 starts a word.
      if (StartsWithWord(text, m.end, unit->starts_word)) return false;
      if (u == "块") {
        // 一块五, 一百二十三块五 (speech): one numeral after 块, then no Han character, is tenths.
        cents = JiaoAfter(text, m.end);
        // 一块 (together), 切成3块 (pieces): not money; 一块一 (1.1) is.
        if ((n1 == "一" && !cents.bytes) || kuai_.Before(text, m.start) || !kuai_.Allowed(text, m.end + cents.bytes)) {
          return false;
        }
      } else if (u == "元" && !m.has("more") && n2.empty()) {
        cents = JiaoFenAfter(text, m.end);  // 贰拾伍元陆角贰分, 5元3角, 伍元零伍分
      }
      // 二元结构, 三元里: one numeral character and 元 inside a word (after the tenths: 三块五).
      if (n2.empty() && OneChineseNumeral(n1) && !m.has("more") && !cents.bytes && !cn1_.Allowed(text, m.end)) return false;
      // The multiplier of 多 / 余 + magnitude (1000余万元).
      quantity::Scale mag;
      if (const std::string_view g = m.group("mag"); !g.empty()) {
        const auto mi = magnitudes_.find(g);
        if (mi == magnitudes_.end()) return false;
        mag = mi->second;
      }
      const auto a = rule == "amount_grouped" ? ParseNumberText(WithoutSpaces(n1)) : ParseNumberText(n1);
      const auto neighbours = a || !n2.empty() || m.has("more") ? std::nullopt : numerals::ParseNeighbourRange(n1);
      if (neighbours) {  // 三四百块: three or four hundred
        mention.value = quantity::RangeValue(Tidy(unit->scale.Apply(mag.Apply(neighbours->first))),
                                             Tidy(unit->scale.Apply(mag.Apply(neighbours->second))));
        qualifier = "range";
      } else if (!a) {
        return false;
      } else if (!n2.empty()) {
        const auto b = ParseNumberText(n2);
        if (!b) return false;
        double lo = *a;
        // 1-3万元: the first number takes the second's magnitude when it has none of its own and
        // is not larger than the second's digits (but 5000-1万元 is 5000 to 10000).
        if (!HasMagnitude(n1)) {
          if (const auto bare = BareValue(n2); bare && *bare > 0 && lo <= *bare) lo *= *b / *bare;
        }
        lo = Tidy(unit->scale.Apply(mag.Apply(lo)));
        const double hi = Tidy(unit->scale.Apply(mag.Apply(*b)));
        if (!(lo < hi)) return false;
        mention.value = quantity::RangeValue(lo, hi);
        qualifier = "range";
      } else {
        mention.value = Tidy(unit->scale.Apply(mag.Apply(*a)) + cents.hundredths / 100.0);
        if (m.has("more")) qualifier = "min";  // 1000余元: more than 1000
      }
      if (cents.bytes && (neighbours || !n2.empty() || m.has("more"))) return false;  // 三四百块五: no reading
    }
    // 结余为-3.26亿元, |-¥412.30: a minus sign right before the amount is its sign.
    if (mention.value.is_number() && mention.value.as_number() != 0 && MinusSignBefore(text, start)) {
      --start;
      mention.value = Json(-mention.value.as_number());
    }
    mention.start = start;
    mention.end = m.end + cents.bytes;
    const quantity::Found found = affixes_.Extend(text, limit, mention.start, mention.end);
    if (qualifier.empty()) qualifier = found.qualifier;
    mention.flags.Set("currency", CurrencyNamedBefore(text, start, unit->currency, out));
    if (!qualifier.empty()) mention.flags.Set("qualifier", qualifier);
    if (!found.period.empty()) mention.flags.Set("period", found.period);
    out.push_back(std::move(mention));
    return true;
  }

  void Refine(const ExtractionContext& ctx, std::vector<Mention>& all) const override {
    affixes_.ResolveOverlaps(ctx.text, name(), all);
  }

 private:
  // A '-' right before pos that is a sign, not a dash or a range's joiner: nothing before it that
  // ends a number or an amount (300元-500元, 2-3万元, A-5).
  static bool MinusSignBefore(std::string_view text, size_t pos) {
    if (pos == 0 || text[pos - 1] != '-') return false;
    const char32_t c = CharBefore(text, pos - 1);
    if (IsAsciiAlnum(c) || quantity::IsCnNumeral(c) || c == '-' || c == '%' || c == ')' || c == '.' || c == ',') return false;
    switch (c) {
      case U'元': case U'块': case U'角': case U'分': case U'‰': case U'）': case U'~': case U'至': case U'到':
        return false;
      default:
        return true;
    }
  }

  // Fractions of a yuan written after the unit, and their bytes.
  struct Cents {
    int hundredths = 0;
    size_t bytes = 0;
  };

  // The tenths (角) spoken after 块 at pos: a numeral 一-九 with no Han character after it (三块五。),
  // else none (三块五毛, 五块钱, 一块一块).
  static Cents JiaoAfter(std::string_view text, size_t pos) {
    const int d = CentDigit(CharAt(text, pos));
    constexpr size_t kHan = 3;  // bytes of one Han numeral
    if (d <= 0 || d > 9 || !IsHan(CharAt(text, pos)) || IsHan(CharAt(text, pos + kHan))) return {};
    return {d * 10, kHan};
  }

  // 角 and 分 after 元 at pos, as invoices and receipts write them: 陆角贰分, 3角, 零伍分; none else.
  static Cents JiaoFenAfter(std::string_view text, size_t pos) {
    Cents c;
    size_t p = pos;
    const auto digit_then = [&](char32_t mark, int scale) {
      const char32_t ch = CharAt(text, p);
      const int d = CentDigit(ch);
      if (d <= 0) return false;
      const size_t at = p + Utf8Size(ch);
      if (CharAt(text, at) != mark) return false;
      if (mark == U'分' && CharAt(text, at + Utf8Size(mark)) == U'钟') return false;  // 1元1分钟: a minute
      c.hundredths += d * scale;
      p = at + Utf8Size(mark);
      return true;
    };
    if (digit_then(U'角', 10)) {
      digit_then(U'分', 1);
    } else {
      if (CharAt(text, p) == U'零') p += Utf8Size(U'零');
      if (!digit_then(U'分', 1)) return {};
    }
    c.bytes = p - pos;
    return c;
  }

  // 1-9 for a digit written as a numeral (一, 壹, 两) or in ASCII; 0 otherwise.
  static int CentDigit(char32_t c) {
    if (c >= '1' && c <= '9') return static_cast<int>(c - '0');
    constexpr std::u32string_view kSimple = U"一二三四五六七八九", kFormal = U"壹贰叁肆伍陆柒捌玖";
    if (const size_t d = kSimple.find(c); d != std::u32string_view::npos) return static_cast<int>(d) + 1;
    if (const size_t d = kFormal.find(c); d != std::u32string_view::npos) return static_cast<int>(d) + 1;
    return c == U'两' ? 2 : 0;
  }

  struct Unit {
    quantity::Scale scale;
    std::string currency;
    std::vector<std::string> starts_word;  // context.tsv: after its last character (元旦, 元素)
  };

  // 新台币1,780元: a foreign currency named right before an amount in 元 is its currency (the word
  // stays out of the span, as 人民币 does); 新台币50元至420元: and the range's second amount's.
  std::string_view CurrencyNamedBefore(std::string_view text, size_t number_start, std::string_view currency,
                                       const std::vector<Mention>& out) const {
    if (currency != "CNY") return currency;
    const std::string_view before = text.substr(0, number_start);
    for (const auto& [word, named] : named_before_) {
      if (before.ends_with(word)) return named;
    }
    if (!out.empty() && out.back().type == "money" && out.back().end < number_start &&
        IsRangeJoiner(text.substr(out.back().end, number_start - out.back().end))) {
      const std::string_view previous = out.back().flags.String("currency");
      for (const auto& [word, named] : named_before_) {
        if (previous == named) return named;
      }
    }
    return currency;
  }

  // 至, 到, ~, - … (common.patterns' {to}), spaces around it.
  static bool IsRangeJoiner(std::string_view gap) {
    while (!gap.empty() && gap.front() == ' ') gap.remove_prefix(1);
    while (!gap.empty() && gap.back() == ' ') gap.remove_suffix(1);
    for (std::string_view j : {"至", "到", "~", "-", "—", "–", "－", "〜"}) {
      if (gap == j) return true;
    }
    return false;
  }

  std::map<std::string, Unit, std::less<>> units_;
  std::vector<std::pair<std::string, std::string>> named_before_;  // foreign units: word, currency
  std::map<std::string, quantity::Scale, std::less<>> magnitudes_;
  Unit yen_{quantity::Scale{}, "CNY", {}};
  // context.tsv's words, by key: number (a vague amount before it), 块 and cn1 (the words that
  // make 块 or a one-numeral amount something else).
  quantity::NeighbourWords vague_, kuai_, cn1_;
  quantity::Affixes affixes_;
};

}  // namespace

std::unique_ptr<Extractor> MakeMoneyExtractor() { return std::make_unique<MoneyExtractor>(); }

}  // namespace pe
