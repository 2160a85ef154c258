// What an article is: about policy or not (a hospital recommendation, a bus timetable), its
// topics, the insurance schemes it names, and the policy year it speaks of.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "interpret/context.h"

namespace pe {

struct ArticleClass {
  bool is_policy = false;
  // Names from the cue tables (or literals), which live as long as the program.
  std::vector<std::string_view> topics;   ///< in the order of interpret/data/topics.tsv's first use
  std::vector<std::string_view> schemes;
  std::optional<int> policy_year;
};

/// Classifies into `c` (its lists cleared first, their room kept: a caller reuses one from article
/// to article).
void ClassifyArticle(const ArticleContext& ctx, ArticleClass& c);

/// A year a title names, even without 年 ("2025湖南湘潭…", "深圳社保缴费比例2024最新标准"): the
/// first run of exactly four ASCII digits from 1990 to 2099.
std::optional<int> TitleYear(std::string_view title);

}  // namespace pe
