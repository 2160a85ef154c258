#include "extractors/date/date.h"

#include <algorithm>
#include <map>
#include <optional>

#include "extractors/common/numerals.h"
#include "extractors/common/quantity_words.h"
#include "extractors/common/text_util.h"
#include "pipeline/utf8.h"

namespace pe {
namespace {

struct YMD {
  int y = 0, m = 0, d = 0;  // 0 = not written
};

int ToInt(std::string_view s) {
  int v = 0;
  for (char c : s) {
    if (c >= '0' && c <= '9') v = v * 10 + (c - '0');
  }
  return v;
}

int CnToInt(std::string_view s) {
  const auto v = numerals::ParseNumber(s);
  return v ? static_cast<int>(*v) : 0;
}

// 五八年 → 1958, 一九年 → 2019: a year said short in two Chinese numerals at `start`, the year's
// numerals `cs` and the mention's end `end`; the 2000s up to 30, else the 1900s. None for two
// neighbouring numerals or 三五 (七八年: seven or eight years; numerals::ParseNeighbourRange), after
// a numeral or 第 (第一二年, 十八年), or before 级 (一二年级: school grades).
std::optional<int> ShortYearInNumerals(std::string_view text, size_t start, std::string_view cs, size_t end) {
  if (numerals::ParseNeighbourRange(cs)) return std::nullopt;
  const size_t first_len = utf8::SequenceLength(cs, 0);
  const auto a = numerals::ParseNumber(cs.substr(0, first_len)), b = numerals::ParseNumber(cs.substr(first_len));
  if (!a || !b) return std::nullopt;
  const char32_t before = CharBefore(text, start);
  if (before == U'第' || numerals::IsChineseNumeralChar(before) || IsAsciiDigit(before)) return std::nullopt;
  if (text.substr(end).starts_with("级")) return std::nullopt;
  const int v = static_cast<int>(*a) * 10 + static_cast<int>(*b);
  return v <= 30 ? 2000 + v : 1900 + v;
}

int DaysIn(int y, int m) {
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2 && y != 0) return (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28;
  return kDays[m - 1];
}

bool Valid(const YMD& v) {
  if (v.m != 0 && (v.m < 1 || v.m > 12)) return false;
  if (v.d != 0) {
    if (v.d < 1) return false;
    if (v.d > (v.m ? DaysIn(v.y, v.m) : 31)) return false;
  }
  return true;
}

// printf's "%0<width>d" (at least `width` characters, zeros after a sign) at p, which has room for
// 12 bytes; returns the end. Without printf: a date is formatted at every date match.
char* PutPadded(char* p, int v, int width) {
  // A month or day, a four-digit year (all but odd input): two digits at a time, no loop
  // (callgrind: ~290 instructions a date with the loop below for every part).
  if (width == 2 && v >= 0 && v < 100) return detail::PutDigitPair(p, static_cast<uint32_t>(v));
  if (width == 4 && v >= 0 && v < 10000) {
    return detail::PutDigitPair(detail::PutDigitPair(p, static_cast<uint32_t>(v / 100)), static_cast<uint32_t>(v % 100));
  }
  char buf[24];  // written right to left
  char* const end = buf + sizeof buf;
  char* q = end;
  unsigned long long magnitude = v < 0 ? 0ull - static_cast<unsigned long long>(v) : static_cast<unsigned long long>(v);
  do {
    *--q = static_cast<char>('0' + magnitude % 10);
    magnitude /= 10;
  } while (magnitude != 0);
  if (v < 0) --width;
  while (end - q < width && q > buf + 1) *--q = '0';  // room kept for the sign
  if (v < 0) *--q = '-';
  return std::copy(q, end, p);
}

// ISO 8601 at the precision written: 2024-09-01, 2022-12, 2025, --01-20, --03, ---25. Written in a
// buffer, made a string once.
std::string Iso(const YMD& v) {
  char buf[48];
  char* p = buf;
  if (v.y) {
    p = PutPadded(p, v.y, 4);
    if (v.m) {
      *p++ = '-';
      p = PutPadded(p, v.m, 2);
      if (v.d) {
        *p++ = '-';
        p = PutPadded(p, v.d, 2);
      }
    }
  } else if (!v.m) {
    p = Put(p, "---");
    p = PutPadded(p, v.d, 2);
  } else {
    p = Put(p, "--");
    p = PutPadded(p, v.m, 2);
    if (v.d) {
      *p++ = '-';
      p = PutPadded(p, v.d, 2);
    }
  }
  return std::string(buf, p);
}

// True if a document number or a journal issue follows a year: 2024年第38号, 2023年第12期 (but
// 2024年第三批, 2024年第一季度 are dates).
bool IssueNumberAt(std::string_view text, size_t pos) {
  if (!StartsWithAny(text, pos, {"第"})) return false;
  size_t p = pos + std::string_view("第").size(), digits = 0;
  while (p < text.size()) {
    size_t next = p;
    const char32_t c = utf8::Decode(text, next);
    if (!IsAsciiDigit(c) && !numerals::IsChineseNumeralChar(c)) break;
    p = next;
    ++digits;
  }
  return digits > 0 && StartsWithAny(text, p, {"号", "期"});
}

class DateExtractor : public Extractor {
 public:
  DateExtractor() {
    for (const auto& row : LoadTsv("extractors/date/qualifiers.tsv")) {
      if (row.size() >= 2) qualifiers_[row[0]] = row[1];
    }
    for (const auto& row : LoadTsv("extractors/date/context.tsv")) {
      if (row.size() >= 2 && row[0] == "dot_number_unit") dot_number_units_ = quantity::SplitComma(row[1]);
    }
  }
  std::string_view name() const override { return "date"; }
  std::vector<std::string> pattern_files() const override { return {"extractors/date/date.patterns"}; }

  bool Resolve(const RuleMatch& m, std::string_view rule, const ExtractionContext& ctx,
               std::vector<Mention>& out) const override {
    const std::string_view text = ctx.text;
    // Part of a longer number on either side (12025年, 2025-03-195): not a date.
    // (A digit after a day mark or 年/月 starts the next token: 6月16日12时.)
    const char32_t before = CharBefore(text, m.start), after = CharAt(text, m.end);
    if (IsAsciiDigit(before) || (IsAsciiDigit(after) && IsAsciiDigit(CharBefore(text, m.end)))) return false;
    // 1.2025年 is no year; 附件:1.2024年度 is; so is 通知.2024-09-12 (a reference's full stop after a title).
    if (before == '.' && IsAsciiDigit(CharBefore(text, m.start - 1)) && !AfterListNumber(text, m.start - 1)) return false;
    if (before == '-') {
      const char32_t b = CharBefore(text, m.start - 1);
      if (IsAsciiDigit(b) || IsAsciiLetter(b)) return false;  // 0737-2025-..., GZ-2026-03
    }
    size_t end = m.end;
    std::string_view q = m.group("q");
    // "2025年前三季度": 前 belongs to what follows, not to the date.
    if (q == "前" && (numerals::IsChineseNumeralChar(CharAt(text, end)) || IsAsciiDigit(CharAt(text, end)))) {
      end -= q.size();
      q = {};
    }
    // "2024年第38号" is a document number's year, "2020年代" a decade.
    if (rule == "y" && (IssueNumberAt(text, end) || StartsWithAny(text, end, {"代"}))) return false;
    // 农历四月初九, 阴历腊月: a lunar date is no date of the calendar the values are in; 初 then a
    // numeral is a lunar month's day (四月初九), not the month's beginning.
    if (EndsWithAny(text, m.start, {"农历", "阴历"})) return false;
    if (q == "初" && numerals::IsChineseNumeralChar(CharAt(text, end))) return false;
    // 六月龄, 1-6月龄: an age in months.
    if (StartsWithAny(text, end, {"龄"})) return false;
    // 2028年12月3-: a day with no 日 before a dash is a range's start (the range did not resolve) or
    // a number broken at a line's end (PDF text: 3-\n1日), no date of its own.
    if (rule == "ymd" && IsAsciiDigit(CharBefore(text, end)) &&
        (after == '-' || after == U'—' || after == U'–' || after == '~' || after == U'〜')) {
      return false;
    }
    if (rule == "m" && IsAsciiDigit(after)) return false;  // 12月3: its day, written without 日
    // "2010-12年" is a range of years; "2025-02-30" an impossible day, not the month 2025-02.
    if (rule == "ym_numeric" && (StartsWithAny(text, end, {"年"}) || after == '-' || after == '/' || after == '.')) {
      return false;
    }
    // A dot makes a decimal number too: 2025.10元, 2025.05%, 2024.12倍, V2025.01 are no months.
    if ((rule == "ym_dot" || rule == "range_ym_dot") && q.empty() &&
        (StartsWithWord(text, end, dot_number_units_) || after == '.' || after == '%' || after == U'％' ||
         IsAsciiLetter(before))) {
      return false;
    }

    Mention mention;
    mention.start = m.start;
    mention.end = end;
    if (rule == "paren_day") {  // 昨日(17日): the day in the brackets
      mention.start = Offset(text, m.group("d"));
      mention.end = m.end - 1;
    } else if (rule == "reporter_day") {  // 记者24日: the day after 记者
      mention.start = Offset(text, m.group("d"));
    }
    if (rule.substr(0, 6) == "range_") {
      if (!ResolveRange(m, rule, mention)) return false;
    } else {
      YMD v;
      if (rule == "roc_ymd") {
        v = {RocYear(m.group("roc")), ToInt(m.group("m")), ToInt(m.group("d"))};
        if (v.y < 1912 || v.y > 2099) return false;
      } else if (rule == "cn_short_y") {
        const auto year = ShortYearInNumerals(text, m.start, m.group("cs"), end);
        if (!year) return false;
        v = {*year, 0, 0};
      } else if (rule.starts_with("cn_")) {
        v = {CnToInt(m.group("cy")), CnToInt(m.group("cm")), CnToInt(m.group("cd"))};
        if (m.has("cy") && (v.y < 1900 || v.y > 2099)) return false;
        if (m.has("cm") && v.m == 0) return false;
        if (m.has("cd") && v.d == 0) return false;
      } else {
        const std::string_view y = m.group("y");
        // 07年 is 2007, a year said short (date.patterns, @short_year).
        v = {y.size() == 2 ? 2000 + ToInt(y) : ToInt(y), ToInt(m.group("m")), ToInt(m.group("d"))};
      }
      if (!Valid(v)) return false;
      // "1.5月" or "3月" right after a decimal point is not a month.
      mention.type = "date";
      mention.value = Iso(v);
      if (m.has("every")) mention.flags.Set("recurring", "yearly");
      if (const std::string_view rel = m.group("rel"); !rel.empty()) {
        mention.flags.Set("relative_to", rel == "每月" ? "every_month"
                                         : (rel == "次月" || rel == "下月" || rel == "下个月") ? "next_month"
                                         : (rel == "上月" || rel == "上个月") ? "previous_month"
                                         : rel == "当年" ? "current_year" : "current_month");
      }
    }
    if (!q.empty()) {
      const auto it = qualifiers_.find(std::string(q));
      if (it != qualifiers_.end()) mention.flags.Set("qualifier", it->second);
    }
    out.push_back(std::move(mention));
    return true;
  }

  // A date on a related item's "category date" line is its publication date.
  void Refine(const ExtractionContext& ctx, std::vector<Mention>& all) const override {
    EventDays(ctx.text, all);
    if (!ctx.page) return;
    // The mentions come sorted by start (ExtractorSet::Extract): each article's date is looked up
    // among those that start where it does, not among all of a page's mentions.
    const auto by_start = [](const Mention& m, size_t start) { return m.start < start; };
    const bool sorted = std::is_sorted(all.begin(), all.end(),
                                       [](const Mention& x, const Mention& y) { return x.start < y.start; });
    for (const Article& a : ctx.page->articles) {
      if (a.published.end == 0) continue;
      auto it = sorted ? std::lower_bound(all.begin(), all.end(), a.published.start, by_start) : all.begin();
      for (; it != all.end() && (!sorted || it->start == a.published.start); ++it) {
        Mention& mention = *it;
        if (mention.start == a.published.start && mention.end == a.published.end && mention.type == "date") {
          mention.flags.Set("role", "pubdate");
        }
      }
    }
  }

 private:
  // 时间:2025年10月24日—26日(24日全天报到,25—26日会议): days of the month written alone right after
  // a date or a range of days that holds them, on its line, are those days (---24, ---25 to ---26),
  // not durations of 24 days; 30日内 and 3日后 after it stay durations, and so does a day outside
  // the dates' days (自2025年3月1日起30日 ...). The duration extractor read them first.
  static void EventDays(std::string_view text, std::vector<Mention>& all) {
    constexpr size_t kNear = 64;  // bytes from the dates: within their line's clause or two
    for (size_t i = 0; i < all.size(); ++i) {
      Mention& m = all[i];
      if (m.type != "duration" || m.flags.String("unit") != "day" || !m.flags.String("qualifier").empty() ||
          !text.substr(0, m.end).ends_with("日")) {
        continue;
      }
      const Json& v = m.Value();
      const Json* lo = v.is_object() ? v.Find("min") : &v;
      const Json* hi = v.is_object() ? v.Find("max") : &v;
      if (!lo || !hi || !lo->is_number() || !hi->is_number()) continue;
      const double first = lo->as_number(), last = hi->as_number();
      if (first != static_cast<int>(first) || last != static_cast<int>(last) || first < 1 || last > 31) continue;
      if (StartsWithAny(text, m.end, {"内", "后", "以", "之", "左右", "起", "前", "止", "为"})) continue;
      const std::optional<std::pair<int, int>> days = DaysBefore(text, all, i, kNear);
      if (!days || first < days->first || last > days->second) continue;
      const YMD a{0, 0, static_cast<int>(first)}, b{0, 0, static_cast<int>(last)};
      m.flags = MentionFlags();
      m.extractor = "date";
      if (v.is_object()) {
        Json range = Json::MakeObject();
        range.Set("start", Iso(a));
        range.Set("end", Iso(b));
        m.type = "daterange";
        m.value = std::move(range);
        m.rule = "date/event_days";
      } else {
        m.type = "date";
        m.value = Json(Iso(a));
        m.rule = "date/event_day";
      }
      m.shared_value = nullptr;
    }
  }

  // The days (first, last) of the nearest date or range of days with a month before all[i], if it
  // ends within `near` bytes on all[i]'s line; a range's ends must share their month.
  static std::optional<std::pair<int, int>> DaysBefore(std::string_view text, const std::vector<Mention>& all,
                                                      size_t i, size_t near) {
    const size_t start = all[i].start;
    for (size_t j = i; j-- > 0;) {
      const Mention& d = all[j];
      if (d.end > start) continue;
      if (start - d.end > near || text.substr(d.end, start - d.end).find('\n') != std::string_view::npos) return std::nullopt;
      if (d.type != "date" && d.type != "daterange") continue;
      const Json& v = d.Value();
      if (d.type == "date") {
        if (!v.is_string() || v.as_string().starts_with("---")) continue;  // a day alone: look further
        const std::optional<std::pair<int, int>> md = MonthDay(v.as_string());
        if (!md) return std::nullopt;
        return std::make_pair(md->second, md->second);
      }
      const Json* s = v.Find("start");
      const Json* e = v.Find("end");
      if (!s || !e || !s->is_string() || !e->is_string() || s->as_string().starts_with("---")) continue;
      const auto ms = MonthDay(s->as_string()), me = MonthDay(e->as_string());
      if (!ms || !me || ms->first != me->first) return std::nullopt;
      return std::make_pair(ms->second, me->second);
    }
    return std::nullopt;
  }

  // The month and day of an ISO date with both (2025-10-24, --10-24); nullopt otherwise.
  static std::optional<std::pair<int, int>> MonthDay(std::string_view iso) {
    if (iso.size() < 7 || iso[iso.size() - 3] != '-' || iso[iso.size() - 6] != '-') return std::nullopt;
    const int month = ToInt(iso.substr(iso.size() - 5, 2)), day = ToInt(iso.substr(iso.size() - 2));
    if (month < 1 || day < 1) return std::nullopt;
    return std::make_pair(month, day);
  }

  bool ResolveRange(const RuleMatch& m, std::string_view rule, Mention& mention) const {
    // A month or day in digits (m1) or in Chinese numerals (cm1).
    const auto part = [&](const char* digits, const char* chinese) {
      return m.has(digits) ? ToInt(m.group(digits)) : CnToInt(m.group(chinese));
    };
    const int y1 = m.has("roc") ? RocYear(m.group("roc")) : m.has("cy") ? CnToInt(m.group("cy")) : ToInt(m.group("y1"));
    YMD a{y1, part("m1", "cm1"), part("d1", "cd1")};
    YMD b{m.has("cy2") ? CnToInt(m.group("cy2")) : ToInt(m.group("y2")), part("m2", "cm2"), part("d2", "cd2")};
    if ((m.has("cy") && (a.y < 1900 || a.y > 2099)) || (m.has("cy2") && (b.y < 1900 || b.y > 2099))) return false;
    if ((m.has("cm1") && a.m == 0) || (m.has("cm2") && b.m == 0) || (m.has("cd1") && a.d == 0) ||
        (m.has("cd2") && b.d == 0)) {
      return false;
    }
    // An end that is a day alone before the start's day (2028年12月3-\n1日, a date broken by a line)
    // is no range: the wrap below is for months, a day range cannot wrap.
    if (b.m == 0 && b.d != 0 && a.d != 0 && b.d < a.d) return false;
    // The end shares what it leaves out with the start (2024年9月10日至12月25日 ends 2024-12-25).
    if (b.y == 0) b.y = a.y;
    if (b.m == 0 && b.d != 0) b.m = a.m;
    if (rule == "range_years") a.m = a.d = b.m = b.d = 0;
    if (!Valid(a) || !Valid(b)) return false;
    // A window that wraps the year end (11月1日至2月28日) ends in the next year.
    bool year_inferred = false;
    if (a.y && !m.has("y2") && !m.has("cy2") && (b.m < a.m || (b.m == a.m && b.d < a.d))) {
      b.y = a.y + 1;
      year_inferred = true;
    }
    if (a.y && b.y && b.y < a.y) return false;
    mention.type = "daterange";
    Json v = Json::MakeObject();
    v.Set("start", Iso(a));
    v.Set("end", Iso(b));
    mention.value = std::move(v);
    if (year_inferred) mention.flags.Set("year_inferred", true);
    if (m.has("every")) mention.flags.Set("recurring", "yearly");
    if (m.group("rel") == "每月") mention.flags.Set("recurring", "monthly");
    return true;
  }

  // 民国 N 年 (the Republic of China calendar, still used on Taiwan pages) is the year 1911 + N.
  static int RocYear(std::string_view n) { return n.empty() ? 0 : 1911 + ToInt(n); }

  std::map<std::string, std::string> qualifiers_;
  std::vector<std::string> dot_number_units_;  // context.tsv: words after a decimal number, not a month
};

}  // namespace

std::unique_ptr<Extractor> MakeDateExtractor() { return std::make_unique<DateExtractor>(); }

}  // namespace pe
