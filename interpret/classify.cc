#include "interpret/classify.h"

#include <algorithm>
#include <map>
#include <string_view>

namespace pe {
namespace {

void AddUnique(std::vector<std::string_view>& v, std::string_view s) {
  if (std::find(v.begin(), v.end(), s) == v.end()) v.push_back(s);
}

// A year a title names, even without 年 ("2025湖南湘潭…", "深圳社保缴费比例2024最新标准"): the
// first run of exactly four digits from 1990 to 2099.
std::optional<int> TitleYear(std::string_view title) {
  for (size_t i = 0; i < title.size(); ++i) {
    if (title[i] < '0' || title[i] > '9') continue;
    size_t j = i;
    while (j < title.size() && title[j] >= '0' && title[j] <= '9') ++j;
    if (j - i == 4) {
      const int y = std::stoi(std::string(title.substr(i, 4)));
      if (y >= 1990 && y <= 2099) return y;
    }
    i = j;
  }
  return std::nullopt;
}

std::optional<int> YearOf(const Mention& m) {
  if (m.type != "date" || !m.value.is_string()) return std::nullopt;
  const std::string& v = m.value.as_string();
  if (v.size() < 4 || v[0] == '-') return std::nullopt;
  return std::stoi(v.substr(0, 4));
}

}  // namespace

ArticleClass ClassifyArticle(const ArticleContext& ctx) {
  ArticleClass c;
  int policy_title = 0, policy_body = 0, hospital_title = 0;
  struct Topic {
    std::string_view name;
    int count = 0;
    bool in_title = false;
  };
  std::vector<Topic> topics;             // in order of first appearance
  std::vector<std::string_view> schemes;  // likewise
  for (const CueHit& h : ctx.cues) {
    const bool in_title = ctx.InTitle(h.start);
    if (h.table == CueTable::kArticleKind && !h.row->cols.empty()) {
      if (h.row->cols[0] == "policy") (in_title ? policy_title : policy_body)++;
      if (h.row->cols[0] == "hospital" && in_title) ++hospital_title;
    } else if (h.table == CueTable::kTopic && !h.row->cols.empty()) {
      const std::string_view name = h.row->cols[0];
      auto t = std::find_if(topics.begin(), topics.end(), [&](const Topic& x) { return x.name == name; });
      if (t == topics.end()) t = topics.insert(t, Topic{name});
      ++t->count;
      t->in_title = t->in_title || in_title;
    } else if (h.table == CueTable::kQualifier && h.row->cols.size() >= 2 && h.row->cols[0] == "scheme") {
      AddUnique(schemes, h.row->cols[1]);
    }
  }
  c.is_policy = (policy_title > 0 || policy_body >= 2) && !(hospital_title > 0 && policy_title == 0);
  if (!c.is_policy) {
    c.topics.push_back(hospital_title > 0 ? "hospital_recommendation" : "off_topic");
    return c;
  }
  c.schemes.assign(schemes.begin(), schemes.end());
  for (const Topic& t : topics) {
    if (t.count >= 2 || t.in_title) c.topics.emplace_back(t.name);
  }
  // Policy year: the year the title names, else the year the article's dates name most often
  // (the latest on a tie). A related item's publication date is not a policy year.
  c.policy_year = TitleYear(ctx.span(ctx.article.title.start, ctx.article.title.end));
  if (!c.policy_year) {
    std::map<int, int> years;
    for (const Mention* m : ctx.mentions) {
      if (m->flags.is_object() && m->flags.Find("role")) continue;
      if (const auto y = YearOf(*m)) {
        if (ctx.InTitle(m->start)) {
          c.policy_year = y;
          break;
        }
        ++years[*y];
      }
    }
    if (!c.policy_year && !years.empty()) {
      int best = 0, n = 0;
      for (const auto& [y, k] : years) {
        if (k >= n) best = y, n = k;
      }
      c.policy_year = best;
    }
  }
  return c;
}

}  // namespace pe
