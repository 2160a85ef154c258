#include "extractors/registry.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <future>
#include <numeric>
#include <string>
#include <string_view>

#include "pipeline/embedded.h"

// One line per extractor: its factory, declared in its own folder.
#include "extractors/count/count.h"
#include "extractors/date/date.h"
#include "extractors/duration/duration.h"
#include "extractors/email_url/email_url.h"
#include "extractors/money/money.h"
#include "extractors/percent/percent.h"
#include "extractors/phone/phone.h"
#include "extractors/region/region.h"

namespace pe {
namespace {

// Puts the mentions in `order` (indices into them), moving each once.
void Permute(std::vector<Mention>& mentions, const std::vector<uint32_t>& order) {
  std::vector<Mention> sorted;
  sorted.reserve(mentions.size());
  for (const uint32_t i : order) sorted.push_back(std::move(mentions[i]));
  mentions.swap(sorted);
}

// The sorted order of mentions that are two strictly increasing runs (the usual case: the
// scan's, then the dictionary's), by merging them: linear, where std::sort cost 2.2 M
// instructions on the 2 MB slice. False (order unspecified) if two mentions compare equal or
// there are more runs: then std::sort decides, as before. With no two equal, the sorted order is
// unique, so the merge gives exactly what std::sort gives.
bool MergeTwoRuns(const std::vector<Mention>& m, std::vector<uint32_t>& order) {
  const size_t n = m.size();
  size_t mid = n == 0 ? 0 : 1;  // the end of the first run
  while (mid < n && MentionBefore(m[mid - 1], m[mid])) ++mid;
  for (size_t i = mid + 1; i < n; ++i) {
    if (!MentionBefore(m[i - 1], m[i])) return false;
  }
  size_t a = 0, b = mid, k = 0;
  while (a < mid && b < n) {
    if (MentionBefore(m[a], m[b])) {
      order[k++] = static_cast<uint32_t>(a++);
    } else if (MentionBefore(m[b], m[a])) {
      order[k++] = static_cast<uint32_t>(b++);
    } else {
      return false;
    }
  }
  while (a < mid) order[k++] = static_cast<uint32_t>(a++);
  while (b < n) order[k++] = static_cast<uint32_t>(b++);
  return true;
}

// After the refinements the mentions are usually still in order.
void StableSortMentions(std::vector<Mention>& mentions) {
  if (std::is_sorted(mentions.begin(), mentions.end(), MentionBefore)) return;
  std::vector<uint32_t> order(mentions.size());
  std::iota(order.begin(), order.end(), 0u);
  std::stable_sort(order.begin(), order.end(),
                   [&](uint32_t a, uint32_t b) { return MentionBefore(mentions[a], mentions[b]); });
  Permute(mentions, order);
}

// An extractor name ("date") or a rule's own name ("ymd") in the schema's pattern for rules
// (^[a-z_]+/[A-Za-z0-9_-]+$). The records copy these names without escaping (pipeline/record.cc).
bool IsPlainName(std::string_view name, bool extractor) {
  if (name.empty()) return false;
  for (const char c : name) {
    const bool ok = (c >= 'a' && c <= 'z') || c == '_' ||
                    (!extractor && ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'));
    if (!ok) return false;
  }
  return true;
}

}  // namespace

// std::sort over indices makes the same comparisons and moves as over the mentions themselves, so
// mentions that compare equal end in the same order as before; a mention (three strings, two JSON
// values) is moved once instead of at every step.
void SortMentions(std::vector<Mention>& mentions) {
  std::vector<uint32_t> order(mentions.size());
  if (!MergeTwoRuns(mentions, order)) {
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(),
              [&](uint32_t a, uint32_t b) { return MentionBefore(mentions[a], mentions[b]); });
  }
  Permute(mentions, order);
}

namespace {

// Every registered extractor but the region extractor, which has no rules (see Default).
std::vector<std::unique_ptr<Extractor>> MakeRuleExtractors() {
  std::vector<std::unique_ptr<Extractor>> v;
  v.push_back(MakeDateExtractor());
  v.push_back(MakePercentExtractor());
  v.push_back(MakeMoneyExtractor());
  v.push_back(MakePhoneExtractor());
  v.push_back(MakeEmailUrlExtractor());
  v.push_back(MakeCountExtractor());
  v.push_back(MakeDurationExtractor());
  return v;
}

}  // namespace

std::vector<std::unique_ptr<Extractor>> MakeAllExtractors() {
  std::vector<std::unique_ptr<Extractor>> v = MakeRuleExtractors();
  v.push_back(MakeRegionExtractor());  // after the others: its Refine() sees every mention
  return v;
}

const ExtractorSet& ExtractorSet::Default() {
  static const ExtractorSet* set = [] {
    // The region extractor (its gazetteer index: ~15% of the start-up's instructions) has no
    // rules: a second thread builds it while this one compiles the others' rules, and it goes last,
    // as in MakeAllExtractors.
    std::future<std::unique_ptr<Extractor>> region = std::async(std::launch::async, MakeRegionExtractor);
    auto* s = new ExtractorSet();
    std::string error;
    if (!s->Init(MakeRuleExtractors(), error) || !s->AddWithoutRules(region.get(), error)) {
      std::fprintf(stderr, "policy-extract: internal error in pattern data: %s\n", error.c_str());
      std::abort();
    }
    return s;
  }();
  return *set;
}

bool ExtractorSet::AddWithoutRules(std::unique_ptr<Extractor> ex, std::string& error) {
  if (!IsPlainName(ex->name(), true)) {
    error = "extractor name \"" + std::string(ex->name()) + "\": a-z and _ only";
    return false;
  }
  if (!ex->pattern_files().empty()) {
    error = "extractor " + std::string(ex->name()) + " has pattern files: it must be given to Init";
    return false;
  }
  extractors_.push_back(std::move(ex));
  return true;
}

bool ExtractorSet::Init(std::vector<std::unique_ptr<Extractor>> extractors, std::string& error) {
  extractors_ = std::move(extractors);
  for (const auto& ex : extractors_) {
    if (!IsPlainName(ex->name(), true)) {
      error = "extractor name \"" + std::string(ex->name()) + "\": a-z and _ only";
      return false;
    }
  }
  std::vector<std::pair<std::string, std::string>> common;
  const std::string common_path = "extractors/common/common.patterns";
  const auto common_data = FindEmbedded(common_path);
  if (!common_data) {
    error = common_path + " is not embedded";
    return false;
  }
  PatternFile common_file;
  if (!ParsePatternFile(common_path, *common_data, common, common_file, error)) return false;
  for (size_t e = 0; e < extractors_.size(); ++e) {
    for (const std::string& path : extractors_[e]->pattern_files()) {
      const auto data = FindEmbedded(path);
      if (!data) {
        error = path + " is not embedded (add it to the data list in CMakeLists.txt)";
        return false;
      }
      auto fragments = common;  // a file sees the common fragments and its own
      PatternFile file;
      if (!ParsePatternFile(path, *data, fragments, file, error)) return false;
      for (const PatternRule& r : file.rules) {
        if (!IsPlainName(r.name, false)) {
          error = path + ":" + std::to_string(r.line) + ": rule name \"" + r.name + "\": A-Z, a-z, 0-9, _ and - only";
          return false;
        }
        patterns_.Add(r);
        rule_owner_.push_back(e);
        rule_names_.push_back(std::string(extractors_[e]->name()) + "/" + r.name);
      }
    }
  }
  return patterns_.size() == 0 || patterns_.Compile(error);
}

std::string ExtractorSet::RuleName(size_t i) const { return rule_names_[i]; }

const NameIndex* ExtractorSet::dictionary() const {
  for (const auto& ex : extractors_) {
    if (const NameIndex* d = ex->dictionary()) return d;
  }
  return nullptr;
}

std::vector<Mention> ExtractorSet::Extract(const ExtractionContext& ctx) const {
  std::vector<Mention> out;
  // About one mention per 100 bytes of policy text: room up front saves moving them as it grows.
  out.reserve(ctx.text.size() / 96 + 8);
  if (patterns_.size() > 0) {
    patterns_.Scan(ctx.text, [&](const RuleMatch& m) {
      const Extractor& ex = *extractors_[rule_owner_[m.rule]];
      const size_t before = out.size();
      const bool ok = ex.Resolve(m, patterns_.rule(m.rule).name, ctx, out);
      if (!ok) {
        out.resize(before);
        return false;
      }
      for (size_t i = before; i < out.size(); ++i) {
        if (out[i].extractor.empty()) out[i].extractor = ex.name();
        if (out[i].rule.empty()) out[i].rule = rule_names_[m.rule];
      }
      return true;
    });
  }
  for (const auto& ex : extractors_) {
    const size_t before = out.size();
    ex->ExtractMore(ctx, out);
    for (size_t i = before; i < out.size(); ++i) {
      if (out[i].extractor.empty()) out[i].extractor = ex->name();
    }
  }
  SortMentions(out);
  for (const auto& ex : extractors_) ex->Refine(ctx, out);
  StableSortMentions(out);
  return out;
}

}  // namespace pe
