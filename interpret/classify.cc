#include "interpret/classify.h"

#include <algorithm>
#include <bit>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace pe {
namespace {

// What the rows of the cue tables count for here, read once, so that a hit is a look-up by its
// row rather than string comparisons: an article kind, a topic, a scheme. Topics and schemes are
// numbered by name (rows naming the same topic share its number).
class ClassTables {
 public:
  enum Kind : uint8_t { kOtherKind, kPolicy, kHospital };

  static const ClassTables& Get() {
    static const ClassTables* tables = new ClassTables();
    return *tables;
  }
  /// An article_kinds.tsv hit's kind.
  Kind KindOf(const CueHit& h) const { return kind_of_row_[h.row->index]; }
  /// A topics.tsv hit's topic, or -1 if its row names none.
  int TopicOf(const CueHit& h) const { return topic_of_row_[h.row->index]; }
  /// The scheme a qualifiers.tsv hit names, or -1 if it names none.
  int SchemeOf(const CueHit& h) const { return scheme_of_row_[h.row->index]; }
  std::string_view Name(int n) const { return names_[static_cast<size_t>(n)]; }
  /// How many names there are (topics and schemes share the numbering).
  size_t names() const { return names_.size(); }

 private:
  ClassTables() {
    const CueIndex& index = CueIndex::Get();
    for (const CueRow& r : index.rows(CueTable::kArticleKind)) {
      kind_of_row_.push_back(r.cols.empty() ? kOtherKind : r.cols[0] == "policy" ? kPolicy : r.cols[0] == "hospital" ? kHospital : kOtherKind);
    }
    for (const CueRow& r : index.rows(CueTable::kTopic)) topic_of_row_.push_back(r.cols.empty() ? -1 : Number(r.cols[0]));
    for (const CueRow& r : index.rows(CueTable::kQualifier)) {
      scheme_of_row_.push_back(r.cols.size() >= 2 && r.cols[0] == "scheme" ? Number(r.cols[1]) : -1);
    }
  }
  int Number(std::string_view name) {
    const auto it = std::find(names_.begin(), names_.end(), name);
    if (it != names_.end()) return static_cast<int>(it - names_.begin());
    names_.emplace_back(name);
    return static_cast<int>(names_.size() - 1);
  }

  std::vector<Kind> kind_of_row_;
  std::vector<int> topic_of_row_, scheme_of_row_;
  std::vector<std::string> names_;
};

// The number four ASCII digits at p write.
int FourDigits(const char* p) { return ((p[0] - '0') * 10 + (p[1] - '0')) * 100 + (p[2] - '0') * 10 + (p[3] - '0'); }

// The first ASCII digit of s at or after i, or s.size(). 16 bytes at a time: a title is mostly
// Chinese (no byte of which is a digit), its digits few (a loop per byte was 0.4 M instructions
// on 2 MB).
size_t NextDigit(std::string_view s, size_t i) {
#if defined(__SSE2__)
  // Signed compares: bytes of 0x80 and over are negative, never above '0' - 1.
  const __m128i below = _mm_set1_epi8('0' - 1), above = _mm_set1_epi8('9' + 1);
  for (; i + 16 <= s.size(); i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
    const auto digits = static_cast<unsigned>(_mm_movemask_epi8(_mm_and_si128(_mm_cmpgt_epi8(v, below), _mm_cmplt_epi8(v, above))));
    if (digits) return i + static_cast<size_t>(std::countr_zero(digits));
  }
#endif
  while (i < s.size() && (s[i] < '0' || s[i] > '9')) ++i;
  return i;
}

std::optional<int> YearOf(const Mention& m) {
  if (!IsType(m, "date") || !m.Value().is_string()) return std::nullopt;
  const std::string& v = m.Value().as_string();
  if (v.size() < 4 || v[0] == '-') return std::nullopt;
  // Dates are written YYYY-…: read without a string and strtol (std::stoi for anything else).
  if (std::all_of(v.begin(), v.begin() + 4, [](char c) { return c >= '0' && c <= '9'; })) return FourDigits(v.data());
  return std::stoi(v.substr(0, 4));
}

}  // namespace

// A year a title names, even without 年 ("2025湖南湘潭…", "深圳社保缴费比例2024最新标准"): the
// first run of exactly four digits from 1990 to 2099.
std::optional<int> TitleYear(std::string_view title) {
  for (size_t i = NextDigit(title, 0); i < title.size();) {
    size_t j = i;
    while (j < title.size() && title[j] >= '0' && title[j] <= '9') ++j;
    if (j - i == 4) {
      const int y = FourDigits(title.data() + i);
      if (y >= 1990 && y <= 2099) return y;
    }
    i = NextDigit(title, j);
  }
  return std::nullopt;
}

void ClassifyArticle(const ArticleContext& ctx, ArticleClass& c) {
  c.is_policy = false;
  c.topics.clear();
  c.schemes.clear();
  c.policy_year.reset();
  const ClassTables& tables = ClassTables::Get();
  int policy_title = 0, policy_body = 0, hospital_title = 0;
  struct Topic {
    int name;
    int count = 0;
    bool in_title = false;
  };
  // In order of first appearance; kept per thread from article to article (cleared, not freed).
  thread_local std::vector<Topic> topics;
  thread_local std::vector<int> schemes;
  // By name: the topic's place in topics (or -1), whether schemes has it. Filled for this article
  // and emptied again below (a search of the lists per hit otherwise).
  thread_local std::vector<int> topic_at;
  thread_local std::vector<char> scheme_seen;
  topics.clear();
  schemes.clear();
  if (topic_at.size() != tables.names()) {
    topic_at.assign(tables.names(), -1);
    scheme_seen.assign(tables.names(), false);
  }
  // Each table's hits on their own (they are in text order, as the whole list is): a loop per
  // table rather than a test of every hit's table.
  for (const CueHit& h : ctx.by_table[static_cast<size_t>(CueTable::kArticleKind)]) {
    const bool in_title = ctx.InTitle(h.start);
    const ClassTables::Kind kind = tables.KindOf(h);
    if (kind == ClassTables::kPolicy) (in_title ? policy_title : policy_body)++;
    if (kind == ClassTables::kHospital && in_title) ++hospital_title;
  }
  for (const CueHit& h : ctx.by_table[static_cast<size_t>(CueTable::kTopic)]) {
    const int name = tables.TopicOf(h);
    if (name < 0) continue;
    int& at = topic_at[static_cast<size_t>(name)];
    if (at < 0) {
      at = static_cast<int>(topics.size());
      topics.push_back(Topic{name});
    }
    Topic& t = topics[static_cast<size_t>(at)];
    ++t.count;
    t.in_title = t.in_title || ctx.InTitle(h.start);
  }
  for (const CueHit& h : ctx.by_table[static_cast<size_t>(CueTable::kQualifier)]) {
    const int scheme = tables.SchemeOf(h);
    if (scheme >= 0 && !scheme_seen[static_cast<size_t>(scheme)]) {
      scheme_seen[static_cast<size_t>(scheme)] = true;
      schemes.push_back(scheme);
    }
  }
  for (const Topic& t : topics) topic_at[static_cast<size_t>(t.name)] = -1;
  for (const int scheme : schemes) scheme_seen[static_cast<size_t>(scheme)] = false;
  c.is_policy = (policy_title > 0 || policy_body >= 2) && !(hospital_title > 0 && policy_title == 0);
  if (!c.is_policy) {
    c.topics.push_back(hospital_title > 0 ? "hospital_recommendation" : "off_topic");
    return;
  }
  for (const int scheme : schemes) c.schemes.emplace_back(tables.Name(scheme));
  const auto named = [](const Topic& t) { return t.count >= 2 || t.in_title; };
  for (const Topic& t : topics) {
    if (named(t)) c.topics.emplace_back(tables.Name(t.name));
  }
  // Policy year: the year the title names, else the year the article's dates name most often
  // (the latest on a tie). A related item's publication date is not a policy year.
  c.policy_year = TitleYear(ctx.span(ctx.article.title.start, ctx.article.title.end));
  if (!c.policy_year) {
    // How often each year is named: a short list kept per thread (cleared, not freed), not a map
    // with a node per year.
    thread_local std::vector<std::pair<int, int>> years;
    years.clear();
    for (const Mention* m : ctx.mentions) {
      if (m->flags.Has("role")) continue;
      if (const auto y = YearOf(*m)) {
        if (ctx.InTitle(m->start)) {
          c.policy_year = y;
          break;
        }
        const auto it = std::find_if(years.begin(), years.end(), [&](const auto& e) { return e.first == *y; });
        if (it == years.end()) years.emplace_back(*y, 1); else ++it->second;
      }
    }
    if (!c.policy_year && !years.empty()) {
      int best = 0, n = 0;  // the most named; the latest on a tie
      for (const auto& [y, k] : years) {
        if (k > n || (k == n && y > best)) best = y, n = k;
      }
      c.policy_year = best;
    }
  }
}

}  // namespace pe
