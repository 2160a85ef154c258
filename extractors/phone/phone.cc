#include "extractors/phone/phone.h"

#include <algorithm>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "extractors/common/gazetteer.h"
#include "extractors/common/text_util.h"
#include "extractors/phone/number_check.h"
#include "pipeline/utf8.h"

namespace pe {
namespace {

using i18n::phonenumbers::PhoneNumberUtil;

// How far back a bare local number looks for a phone word (bytes, about 50 Chinese characters).
constexpr size_t kCueWindow = 150;
// Longest gap between a full number and a local number listed after it ("0737-5249967、5249991").
constexpr size_t kSiblingGap = 9;
constexpr size_t kMaxCueBytes = 16;  // a phone word between two numbers of a list (ListedAfter)

std::string Digits(std::string_view s) {
  std::string d;
  for (char c : s) {
    if (c >= '0' && c <= '9') d.push_back(c);
  }
  return d;
}

// Moves pos back over spaces and ':' (the gap between a label and its number).
size_t SkipBackGap(std::string_view text, size_t pos) {
  while (pos > 0 && (text[pos - 1] == ' ' || text[pos - 1] == ':' || text[pos - 1] == '\t')) --pos;
  return pos;
}

// Moves pos back over what separates two numbers in a list: spaces and at most one of 、 / , ;
// 或 和 及. Returns pos unchanged if there is nothing of the kind.
size_t SkipBackListSeparator(std::string_view text, size_t pos) {
  size_t p = pos;
  while (p > 0 && text[p - 1] == ' ') --p;
  for (std::string_view s : {"、", "/", ",", ";", "或", "和", "及"}) {
    if (EndsWithAny(text, p, {s})) {
      p -= s.size();
      while (p > 0 && text[p - 1] == ' ') --p;
      break;
    }
  }
  return p;
}

// 8 digits that read as a date (20250319).
bool LooksLikeDate(std::string_view d) {
  if (d.size() != 8) return false;
  const int y = std::stoi(std::string(d.substr(0, 4))), mo = std::stoi(std::string(d.substr(4, 2))),
            day = std::stoi(std::string(d.substr(6, 2)));
  return y >= 1900 && y <= 2099 && mo >= 1 && mo <= 12 && day >= 1 && day <= 31;
}

// The same numbers come back on every page of a site (footers, hotlines): remember the answers,
// per thread (no locking), in a table emptied when it gets big.
std::optional<CheckedNumber> Validate(const std::string& number) {
  constexpr size_t kMaxCached = 4096;
  thread_local std::unordered_map<std::string, std::optional<CheckedNumber>> cache;
  if (const auto it = cache.find(number); it != cache.end()) return it->second;
  if (cache.size() >= kMaxCached) cache.clear();
  return cache.emplace(number, CheckNumber(number)).first->second;
}

std::string CityName(const Gazetteer& gz, const Division& d) {
  const Division* c = gz.CityOf(d);
  return c ? c->name : d.name;
}

// The city whose area code it is, for one of the code's divisions: a county-level city with a code
// of its own is that city (0565: 巢湖市, within 合肥市); a district's code gives its city (0634:
// 莱芜区 → 济南市).
std::string CodeCity(const Gazetteer& gz, const Division& d) {
  if (d.level == DivisionLevel::kCounty && d.name.ends_with("市")) return d.name;
  return CityName(gz, d);
}

// The city an area code belongs to: the only one, or, for a shared code (0731: 长沙, 株洲, 湘潭),
// the one `hint` lies in; "" when it cannot be told.
std::string AreaCity(std::string_view area_code, const Division* hint) {
  const Gazetteer& gz = Gazetteer::Get();
  std::vector<std::string> cities;
  for (const Division* d : gz.DivisionsForAreaCode(area_code)) {
    std::string name = CodeCity(gz, *d);
    if (std::find(cities.begin(), cities.end(), name) == cities.end()) cities.push_back(std::move(name));
  }
  if (cities.size() == 1) return cities[0];
  if (hint) {
    const std::string h = CityName(gz, *hint);
    for (const Division* d : gz.DivisionsForAreaCode(area_code)) {
      if (d == hint || CityName(gz, *d) == h) return CodeCity(gz, *d);
    }
  }
  return {};
}

// The capital of `province` if area_code is one of its codes, else "": GB/T 2260 numbers a
// province's capital 01 (430100 长沙市, 460100 海口市).
std::string CapitalAreaCity(std::string_view area_code, const Division& province) {
  const Gazetteer& gz = Gazetteer::Get();
  const std::string capital = province.code.substr(0, 2) + "0100";
  for (const Division* d : gz.DivisionsForAreaCode(area_code)) {
    if (d->code == capital) return CodeCity(gz, *d);
  }
  return {};
}

bool KnownAreaCode(std::string_view area_code) {
  return !Gazetteer::Get().DivisionsForAreaCode(area_code).empty();
}

const Division* RegionDivision(const Mention& m) {
  if (m.type != "region" || !m.Value().is_object()) return nullptr;
  const Json* code = m.Value().Find("code");
  return code && code->is_string() ? Gazetteer::Get().Find(code->as_string()) : nullptr;
}

class PhoneExtractor : public Extractor {
 public:
  PhoneExtractor() {
    for (const auto& row : LoadTsv("extractors/phone/hotlines.tsv")) {
      if (row.size() >= 3) hotlines_[row[0]] = {row[1], row[2] == "cue"};
    }
    for (const auto& row : LoadTsv("extractors/phone/numbering_plans.tsv")) {
      if (row.size() >= 2) numbering_plans_[row[0]] = row[1];
    }
    for (const auto& row : LoadTsv("extractors/phone/labels.tsv")) {
      if (row.size() < 2) continue;
      if (row[1] == "label") labels_.push_back(row[0]);
      else if (row[1] == "unit") units_.push_back(row[0]);
      else if (row[1] == "unit_ok") unit_ok_.push_back(row[0]);
      else if (row[1] == "cue") cues_.push_back(row[0]);
      else if (row[1] == "after") afters_.push_back(row[0]);
      else if (row[1] == "particle") particles_.push_back(row[0]);
    }
  }

  std::string_view name() const override { return "phone"; }
  std::vector<std::string> pattern_files() const override { return {"extractors/phone/phone.patterns"}; }

  bool Resolve(const RuleMatch& m, std::string_view rule, const ExtractionContext& ctx,
               std::vector<Mention>& out) const override {
    const std::string_view text = ctx.text;
    if (rule == "digit_run") return true;  // consumed whole, no mention (see phone.patterns)
    const bool full = rule == "fixed" || rule == "fixed_paren" || rule == "fixed_intl" || rule == "mobile" ||
                      rule == "other_plan";
    if (!NeighboursOk(text, m.start, m.end, full)) return false;
    if (HasLabelBefore(text, m.start) || HasUnitAfter(text, m.end)) return false;

    Mention mention;
    mention.type = "phone";
    mention.start = m.start;
    mention.end = m.end;
    MentionFlags& flags = mention.flags;
    const std::string num = Digits(m.has("num") ? m.group("num") : text.substr(m.start, m.end - m.start));

    if (rule == "fixed" || rule == "fixed_paren" || rule == "fixed_intl") {
      std::string ac(m.group("ac"));
      if (rule == "fixed_intl") ac = "0" + ac;
      const auto c = Validate(ac + num);
      if (c && (c->type == PhoneNumberUtil::FIXED_LINE || c->type == PhoneNumberUtil::FIXED_LINE_OR_MOBILE)) {
        mention.value = c->e164;
      } else if (!c && LabelledWithKnownCode(text, m.start, ac, num)) {
        // 举报电话0931-88695120: libphonenumber holds 兰州's numbers to 7 digits, and 0852 (遵义's
        // until 2016) to none; a phone word names it a phone all the same. Kept, marked.
        mention.value = "+86" + ac.substr(1) + num;
        flags.Set("unverified", true);
      } else {
        return false;
      }
      flags.Set("kind", "fixed");
      flags.Set("area_code", ac);
      if (std::string city = AreaCity(ac, nullptr); !city.empty()) flags.Set("area_city", city);
    } else if (rule == "mobile") {
      const bool intl = m.has("cc") || m.has("pcc");
      const auto c = Validate(intl ? "+86" + num : num);
      if (!c || (c->type != PhoneNumberUtil::MOBILE && c->type != PhoneNumberUtil::FIXED_LINE_OR_MOBILE)) {
        return false;
      }
      mention.value = c->e164;
      flags.Set("kind", "mobile");
    } else if (rule == "other_plan") {
      // The country code's first digits and the rest: +6 6 2 615 8800, or 00 8 1 3 5432 1098, or
      // (853)2856 1234. libphonenumber splits off the country code and validates in its plan.
      std::string digits = Digits(m.has("icc") ? m.group("icc") : m.group("picc")) + num;
      if (m.has("icc") && m.group("icc").starts_with("00")) digits.erase(0, 2);
      const auto c = CheckNumberIn("+" + digits, "ZZ");
      if (!c) return false;
      mention.value = c->e164;
      flags.Set("kind", KindOf(c->type));
    } else if (rule == "toll_free") {
      const std::string d = Digits(text.substr(m.start, m.end - m.start));
      if (d.size() != 10 || (m.end - m.start) - d.size() > 3) return false;
      const auto c = Validate(d);
      if (!c) return false;
      mention.value = c->e164;
      flags.Set("kind", "toll_free");
    } else if (rule == "service") {
      const auto it = hotlines_.find(num);
      if (it == hotlines_.end()) return false;
      const std::string_view ac = m.group("ac");
      if (it->second.needs_cue && ac.empty() && !ShortNumberCued(text, m.start, m.end)) {
        // 郑州120, 北京120共同承担: a place's emergency service, if Refine finds the place there.
        if (!MayFollowPlace(text, m.start, m.end)) return false;
        mention.rule = kAfterPlaceRule;
      }
      mention.value = num;
      flags.Set("kind", "service");
      if (!ac.empty() && KnownAreaCode(ac)) {
        flags.Set("area_code", ac);
        if (std::string city = AreaCity(ac, nullptr); !city.empty()) flags.Set("area_city", city);
      }
      flags.Set("service", it->second.service);
    } else if (rule == "local") {
      if (LooksLikeDate(num) || !LocalNumberCued(text, m.start, m.end)) return false;
      // Completed from the article's region (or a full number just before it) in Refine().
      mention.value = num;
      flags.Set("kind", "fixed");
    } else {
      return false;
    }
    out.push_back(std::move(mention));
    return true;
  }

  // Local numbers get an area code: from a full number listed right before them, else from the
  // nearest region mention before them in the same article. Shared area codes (0731) get their
  // area_city from the nearest region before them that lies in one of the code's cities.
  void Refine(const ExtractionContext& ctx, std::vector<Mention>& all) const override {
    KeepServicesAfterPlaces(ctx.text, all);
    for (size_t i = 0; i < all.size(); ++i) {
      Mention& m = all[i];
      if (m.type != "phone") continue;
      const bool has_ac = !m.flags.String("area_code").empty();
      const bool local = !has_ac && m.rule == "phone/local";
      const bool shared = has_ac && m.flags.String("area_city").empty();
      if (!local && !shared) continue;
      const TextRange article = ArticleOf(ctx, m.start);
      if (local) {
        CompleteLocal(ctx, all, i, article);
      } else {
        const std::string ac(m.flags.String("area_code"));  // a copy: m.flags changes below
        // The article's own place (its title) first, then the nearest place before the number.
        if (std::string city = TitleAreaCity(ctx, all, ac, m.start); !city.empty()) {
          m.flags.Set("area_city", city);
          continue;
        }
        const Division* nearest = nullptr;  // the nearest place before the number
        bool found = false;
        for (size_t j = i; j-- > 0;) {
          if (all[j].start < article.start) break;
          const Division* d = all[j].end <= m.start ? RegionDivision(all[j]) : nullptr;
          if (!d) continue;
          if (!nearest) nearest = d;
          if (std::string city = AreaCity(ac, d); !city.empty()) {
            m.flags.Set("area_city", FirstListedAreaCity(ctx.text, all, j, ac, city));
            found = true;
            break;
          }
        }
        // 海南省医疗保障局 0898-…: a code the whole province shares, no city of it named, the nearest
        // place the province: its capital (a provincial body sits there).
        if (!found && nearest && nearest->level == DivisionLevel::kProvince) {
          if (std::string city = CapitalAreaCity(ac, *nearest); !city.empty()) m.flags.Set("area_city", city);
        }
      }
    }
  }

 private:
  struct Hotline {
    std::string service;
    bool needs_cue = false;
  };

  // The city of a shared area code named by a place in the title of the article holding pos.
  std::string TitleAreaCity(const ExtractionContext& ctx, const std::vector<Mention>& all, const std::string& ac,
                            size_t pos) const {
    if (!ctx.page) return "";
    for (const Article& a : ctx.page->articles) {
      if (!a.range.contains(pos)) continue;
      for (const Mention& r : all) {
        if (r.start < a.title.start || r.end > a.title.end) continue;
        if (const Division* d = RegionDivision(r)) {
          if (std::string city = AreaCity(ac, d); !city.empty()) return city;
        }
      }
    }
    return "";
  }

  // 西安市、宝鸡市、咸阳市、汉中市 … 029-86254731: a list names no one of its cities, so a shared code's
  // city is the first item of the list holding all[j] that the code serves (`city`: all[j]'s).
  static std::string FirstListedAreaCity(std::string_view text, const std::vector<Mention>& all, size_t j,
                                         const std::string& ac, std::string city) {
    constexpr std::string_view kComma = "、";
    for (size_t k = j; k > 0; --k) {
      const Mention& prev = all[k - 1];
      if (prev.end + kComma.size() != all[k].start || text.substr(prev.end, kComma.size()) != kComma) break;
      const Division* d = RegionDivision(prev);
      if (!d) break;
      if (std::string c = AreaCity(ac, d); !c.empty()) city = std::move(c);
    }
    return city;
  }

  static TextRange ArticleOf(const ExtractionContext& ctx, size_t pos) {
    if (ctx.page) {
      for (const Article& a : ctx.page->articles) {
        if (a.range.contains(pos)) return a.range;
      }
    }
    return {0, ctx.text.size()};
  }

  void CompleteLocal(const ExtractionContext& ctx, std::vector<Mention>& all, size_t i, const TextRange& article) const {
    const std::string_view text = ctx.text;
    Mention& m = all[i];
    const std::string local = m.Value().is_string() ? m.Value().as_string() : std::string();
    // 1. A full number listed right before it: "0737-5249967、5249991", "(0565)2312345,传真:2312346".
    for (size_t j = i; j-- > 0;) {
      const Mention& p = all[j];
      if (p.end > m.start) continue;
      if (p.type != "phone" || m.start - p.end > kSiblingGap + kMaxCueBytes) break;
      if (!ListedAfter(text.substr(p.end, m.start - p.end))) break;
      const std::string ac(p.flags.String("area_code"));
      if (ac.empty() || p.flags.String("kind") != "fixed") break;
      const std::string city(p.flags.String("area_city"));
      if (Complete(m, ac, local, city)) return;
      // The full number was kept unverified (0565, 巢湖's code until 2011, is in no plan now): a
      // local number as long as its own is completed the same way.
      const std::string& full = p.Value().is_string() ? p.Value().as_string() : std::string();
      if (p.flags.Has("unverified") && full.size() == 3 + (ac.size() - 1) + local.size()) {
        m.value = "+86" + ac.substr(1) + local;
        m.flags.Set("area_code", ac);
        if (!city.empty()) m.flags.Set("area_city", city);
        m.flags.Set("area_code_inferred", true);
        m.flags.Set("unverified", true);
        return;
      }
      break;
    }
    // 2. The nearest region before it in the same article that has an area code; if the number
    // does not fit that one's (转往济南、北京等地就医 … 咨询电话:3412785, a 7-digit number), the
    // article's first region, its own place as a rule.
    const Division* nearest = nullptr;
    for (size_t j = i; j-- > 0;) {
      if (all[j].start < article.start) break;
      const Division* d = all[j].end <= m.start ? RegionDivision(all[j]) : nullptr;
      if (!d) continue;
      if (const auto plan = numbering_plans_.find(d->code.substr(0, 2)); plan != numbering_plans_.end()) {
        DialIn(m, plan->second, local);
        return;
      }
      if (Gazetteer::Get().AreaCodesOf(*d).empty()) continue;
      if (CompleteFrom(ctx, all, m, local, d)) return;
      nearest = d;
      break;
    }
    if (!nearest) return;
    for (size_t j = 0; j < i; ++j) {
      if (all[j].start < article.start) continue;
      const Division* d = RegionDivision(all[j]);
      if (!d || Gazetteer::Get().AreaCodesOf(*d).empty()) continue;
      if (d != nearest && numbering_plans_.find(d->code.substr(0, 2)) == numbering_plans_.end()) {
        CompleteFrom(ctx, all, m, local, d);
      }
      return;
    }
  }

  // Completes local number m with one of d's area codes that makes it a valid fixed number.
  bool CompleteFrom(const ExtractionContext& ctx, const std::vector<Mention>& all, Mention& m, const std::string& local,
                    const Division* d) const {
    for (const std::string& ac : Gazetteer::Get().AreaCodesOf(*d)) {
      if (Complete(m, ac, local, AreaCity(ac, d))) {
        if (std::string city = TitleAreaCity(ctx, all, ac, m.start); !city.empty()) m.flags.Set("area_city", city);
        return true;
      }
    }
    return false;
  }

  static bool Complete(Mention& m, const std::string& ac, const std::string& local, const std::string& city) {
    const auto c = Validate(ac + local);
    if (!c || (c->type != PhoneNumberUtil::FIXED_LINE && c->type != PhoneNumberUtil::FIXED_LINE_OR_MOBILE)) {
      return false;
    }
    m.value = c->e164;
    m.flags.Set("area_code", ac);
    if (!city.empty()) m.flags.Set("area_city", city);
    m.flags.Set("area_code_inferred", true);
    return true;
  }

  // A local number after a place with its own numbering plan (Hong Kong, Macau): valid there, it
  // is that plan's number (+852 …), with no area code; else it stays as written.
  static void DialIn(Mention& m, const std::string& region, const std::string& local) {
    const auto c = CheckNumberIn(local, region);
    if (!c) return;
    m.value = c->e164;
    m.flags.Set("kind", KindOf(c->type));
  }

  // The kind of a number of another plan: its mobiles and toll-free numbers by name, else fixed.
  static std::string_view KindOf(PhoneNumberUtil::PhoneNumberType type) {
    return type == PhoneNumberUtil::MOBILE ? "mobile" : type == PhoneNumberUtil::TOLL_FREE ? "toll_free" : "fixed";
  }

  // No digit, letter or URL/e-mail/decimal character touching the candidate. A full number may be
  // followed by an extension "-8001" (1-4 digits, not part of the mention).
  static bool NeighboursOk(std::string_view text, size_t start, size_t end, bool full) {
    const char32_t b = CharBefore(text, start);
    if (IsAsciiAlnum(b)) return false;
    switch (b) {
      case '.':  // 11.12393 as item 11 of a list: the number after its mark
        if (!ListItemNumberBefore(text, start - 1)) return false;
        break;
      case '@': case '_': case '=': case '&': case '?': case '#': case '%': case '+': case '~':
      case '\\':
        return false;
      case '/': {  // "5249967/5249991" lists numbers; "example.com/13812345678" is a URL
        const char32_t bb = CharBefore(text, start - 1);
        if ((IsAsciiAlnum(bb) && !IsAsciiDigit(bb)) || bb == '/' || bb == '.') return false;
        break;
      }
      case '-':  // "HNZC2025-3061234": part of a code
        if (IsAsciiAlnum(CharBefore(text, start - 1))) return false;
        break;
      case '*': {  // 511303********0024: the rest of a masked ID number (not **12393**, Markdown bold)
        size_t p = start;
        while (p > 0 && text[p - 1] == '*') --p;
        if (IsAsciiAlnum(CharBefore(text, p))) return false;
        break;
      }
      default:
        break;
    }
    const char32_t a = CharAt(text, end);
    if (IsAsciiAlnum(a)) return false;
    switch (a) {
      case '@': case '_': case '=': case '&': case '%': case '\\':
        return false;
      case '.':
        return !IsAsciiDigit(CharAt(text, end + 1));  // 2653171.5
      case '-': {
        size_t n = 0;
        while (IsAsciiDigit(CharAt(text, end + 1 + n))) ++n;
        return n == 0 || (full && n <= 4);
      }
      default:
        return true;
    }
  }

  // A fixed number libphonenumber does not hold valid that is a phone all the same: an area code
  // the gazetteer knows, a subscriber of 7 or 8 digits, a phone word right before it (电话, 热线 …).
  bool LabelledWithKnownCode(std::string_view text, size_t start, std::string_view area_code,
                             std::string_view subscriber) const {
    return (subscriber.size() == 7 || subscriber.size() == 8) && KnownAreaCode(area_code) &&
           EndsWithWord(text, SkipBackGap(text, start), cues_);
  }

  bool HasLabelBefore(std::string_view text, size_t start) const {
    size_t p = SkipBackGap(text, start);
    if (EndsWithAny(text, p, {"是", "为"})) p = SkipBackGap(text, p - 3);
    return EndsWithWord(text, p, labels_);
  }

  bool HasUnitAfter(std::string_view text, size_t end) const {
    if (end < text.size() && text[end] == ' ') ++end;
    if (StartsWithWord(text, end, unit_ok_)) return false;  // 转8012, 12333人工服务, 0736 本站总访问量
    return StartsWithWord(text, end, units_);
  }

  // What lies between two numbers of one list: a list separator (SkipBackListSeparator), which a
  // phone word may follow (,传真:).
  bool ListedAfter(std::string_view gap) const {
    if (gap.empty()) return false;
    // Phone words (联系, 电话: 联系电话) before the gap's ':' or spaces, back to the separator.
    size_t label = SkipBackGap(gap, gap.size());
    const size_t label_end = label;
    for (bool more = true; more;) {
      more = false;
      for (const std::string& w : cues_) {
        if (label >= w.size() && gap.compare(label - w.size(), w.size(), w) == 0) {
          label -= w.size();
          more = true;
          break;
        }
      }
    }
    const size_t g = label < label_end ? label : gap.size();
    return g <= kSiblingGap && SkipBackListSeparator(gap, g) == 0;
  }

  // A bare local number needs a phone word earlier on its line (电话, 热线, 咨询 …) or a full
  // number listed right before it.
  bool LocalNumberCued(std::string_view text, size_t start, size_t end) const {
    size_t from = start > kCueWindow ? start - kCueWindow : 0;
    const size_t nl = text.rfind('\n', start);
    if (nl != std::string_view::npos && nl + 1 > from) from = nl + 1;
    while (from < start && !utf8::IsLead(static_cast<unsigned char>(text[from]))) ++from;
    const std::string_view window = text.substr(from, start - from);
    for (const std::string& w : cues_) {
      if (window.find(w) != std::string_view::npos) return true;
    }
    if (InContactList(text, start) || InPhoneColumn(text, start, end)) return true;
    const size_t p = SkipBackListSeparator(text, start);
    if (p == start) return false;
    size_t q = p;
    return DigitsEndingAt(text, q) >= 7;
  }

  // The digits of a number written with digits and '-' that ends at q (moved to its start).
  static size_t DigitsEndingAt(std::string_view text, size_t& q) {
    size_t digits = 0;
    while (q > 0 && (IsAsciiDigit(static_cast<unsigned char>(text[q - 1])) || text[q - 1] == '-')) {
      digits += text[q - 1] != '-';
      --q;
    }
    return digits;
  }

  // A table flattened one cell per line (PDF text: 序号\n县市区\n咨询电话\n1\n北湖区\n2226511): the number
  // fills its line, and a header cell ending in a phone word (咨询电话, 联系电话, 热线) fills a line
  // at most kColumnWindow bytes before it.
  static bool InPhoneColumn(std::string_view text, size_t start, size_t end) {
    constexpr size_t kColumnWindow = 2048, kLongestHeader = 6 * 3;  // six Han characters
    const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
    size_t a = start, b = end;
    while (a > 0 && blank(text[a - 1])) --a;
    while (b < text.size() && blank(text[b])) ++b;
    if ((a > 0 && text[a - 1] != '\n') || (b < text.size() && text[b] != '\n')) return false;
    const size_t floor = a > kColumnWindow ? a - kColumnWindow : 0;
    for (size_t line_end = a > 0 ? a - 1 : 0; line_end > floor;) {
      const size_t nl = text.rfind('\n', line_end - 1);
      const size_t line_start = nl == std::string_view::npos ? 0 : nl + 1;
      std::string_view line = text.substr(line_start, line_end - line_start);
      while (!line.empty() && blank(line.back())) line.remove_suffix(1);
      while (!line.empty() && blank(line.front())) line.remove_prefix(1);
      if (line.size() <= kLongestHeader && (line.ends_with("电话") || line.ends_with("热线"))) return true;
      if (nl == std::string_view::npos) break;
      line_end = nl;
    }
    return false;
  }

  // A list of contacts, one per line: "县医疗保障局:0710-5812069\n市医保经办服务大厅:3268715" — the
  // number right after a colon (or, in a list aligned with spaces, after a label and a space:
  // "预约挂号  84521766"), and the line before ending with a number that has an area code (0, then 9
  // or more digits). Lines of amounts ("基金收入:1234567") have no such line before them.
  static bool InContactList(std::string_view text, size_t start) {
    size_t label_end = start;
    while (label_end > 0 && text[label_end - 1] == ' ') --label_end;
    const bool colon = start > 0 && text[start - 1] == ':';
    if (!colon && (label_end == start || label_end == 0 || static_cast<unsigned char>(text[label_end - 1]) < 0x80)) {
      return false;
    }
    const size_t nl = text.rfind('\n', start);
    if (nl == std::string_view::npos) return false;
    size_t q = nl;
    while (q > 0 && (text[q - 1] == ' ' || text[q - 1] == '\r')) --q;
    return DigitsEndingAt(text, q) >= 10 && text[q] == '0';
  }

  // A short number that is also an everyday quantity (110, 120) needs a dialling word right
  // before it ("拨打120", "拨打110、119、120") or a confirming word right after it ("120急救"), or
  // after 是 / 不是 ("110是报警电话", "120不是咨询热线").
  bool ShortNumberCued(std::string_view text, size_t start, size_t end) const {
    size_t e = end;
    if (e < text.size() && text[e] == ' ') ++e;
    if (StartsWithWord(text, e, afters_)) return true;
    for (std::string_view is : {"是", "不是"}) {
      if (text.substr(e, is.size()) == is && StartsWithWord(text, e + is.size(), afters_)) return true;
    }
    return CuedBefore(text, start);
  }

  // A dialling word before the short number at start, or before a list of them.
  bool CuedBefore(std::string_view text, size_t start) const {
    size_t p = start;
    for (int hops = 0; hops < 8; ++hops) {
      p = SkipBackGap(text, p);
      if (EndsWithWord(text, p, cues_)) return true;
      if (hops == 0) {  // 打了120: a particle after the dialling word
        for (const std::string& w : particles_) {
          if (text.substr(0, p).ends_with(w) && EndsWithWord(text, p - w.size(), cues_)) return true;
        }
      }
      const size_t q = SkipBackListSeparator(text, p);
      if (q == p) return false;
      size_t r = q;
      while (r > 0 && IsAsciiDigit(static_cast<unsigned char>(text[r - 1]))) --r;
      if (r == q || !hotlines_.count(std::string(text.substr(r, q - r)))) return false;
      p = r;
    }
    return false;
  }

  // A cue-only short number with no cue kept for Refine, which keeps it only right after a place.
  static constexpr std::string_view kAfterPlaceRule = "phone/service_after_place";

  // Whether a cue-only short number may be a place's service (郑州120): a Han character right
  // before it, and no list separator after it (床位数:北京120、上海95 lists figures).
  static bool MayFollowPlace(std::string_view text, size_t start, size_t end) {
    if (!IsHan(CharBefore(text, start))) return false;
    const char32_t after = CharAt(text, end);
    return after != U'、' && after != ';' && after != U'；';
  }

  // Keeps the numbers MayFollowPlace let through only right after a region mention (郑州120,
  // 兰州市120, 杭州市区120) that is itself not an item of a list (上海95、北京120).
  static void KeepServicesAfterPlaces(std::string_view text, std::vector<Mention>& all) {
    std::vector<bool> drop(all.size());
    bool any = false;
    for (size_t i = 0; i < all.size(); ++i) {
      if (all[i].type == "phone" && all[i].rule == kAfterPlaceRule) drop[i] = any = !AfterPlace(text, all, i);
    }
    if (!any) return;
    size_t kept = 0;
    for (size_t i = 0; i < all.size(); ++i) {
      if (drop[i]) continue;
      if (kept != i) all[kept] = std::move(all[i]);
      ++kept;
    }
    all.resize(kept);
  }

  // Whether all[i] stands right after a region mention (郑州120, or 兰州市 / 杭州市区 before it when the
  // mention is 兰州 or 杭州) that is no item of a list and after which no figure of a list follows.
  static bool AfterPlace(std::string_view text, const std::vector<Mention>& all, size_t i) {
    size_t place_end = all[i].start;
    for (std::string_view gap : {"市区", "市", "区"}) {
      if (text.substr(0, place_end).ends_with(gap)) {
        place_end -= gap.size();
        break;
      }
    }
    for (size_t j = i; j-- > 0 && all[j].end + 8 >= all[i].start;) {
      const Mention& r = all[j];
      if (r.type == "region" && (r.end == all[i].start || r.end == place_end)) {
        return CharBefore(text, r.start) != U'、' && !PlaceWithFigureNext(text, all, i);
      }
    }
    return false;
  }

  // 武汉120,孝感80: the next place, close after all[i], has a figure too: a list of figures.
  static bool PlaceWithFigureNext(std::string_view text, const std::vector<Mention>& all, size_t i) {
    for (size_t k = i + 1; k < all.size() && all[k].start < all[i].end + 24; ++k) {
      if (all[k].type != "region") continue;
      size_t p = all[k].end;
      if (text.substr(p).starts_with("市")) p += std::string_view("市").size();
      return p < text.size() && IsAsciiDigit(static_cast<unsigned char>(text[p]));
    }
    return false;
  }

  std::unordered_map<std::string, Hotline> hotlines_;
  std::unordered_map<std::string, std::string> numbering_plans_;  // province code prefix → ISO region
  std::vector<std::string> labels_, units_, unit_ok_, cues_, afters_, particles_;
};

}  // namespace

std::unique_ptr<Extractor> MakePhoneExtractor() { return std::make_unique<PhoneExtractor>(); }

}  // namespace pe
