// The set of extractors, built once at start-up and shared by all threads (read-only after).
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "extractors/extractor.h"

namespace pe {

/// A fresh instance of every registered extractor, in registration order.
std::vector<std::unique_ptr<Extractor>> MakeAllExtractors();

/// Sorts mentions by MentionBefore into exactly the order std::sort gives (mentions that compare
/// equal included), faster when they are two sorted runs. (Exposed for its test.)
void SortMentions(std::vector<Mention>& mentions);

class ExtractorSet {
 public:
  /// Every registered extractor (extractors/registry.cc). Aborts with a message naming the file and
  /// line if a pattern file is malformed: that is a build defect, not bad input.
  static const ExtractorSet& Default();

  /// Runs the shared scan, every extractor's own scans and refinements; mentions sorted.
  std::vector<Mention> Extract(const ExtractionContext& ctx) const;

  const std::vector<std::unique_ptr<Extractor>>& extractors() const { return extractors_; }
  const PatternSet& patterns() const { return patterns_; }
  /// The first extractor's dictionary() (the region extractor's names), null if none has one.
  const NameIndex* dictionary() const;
  /// "date/ymd" for rule index i of the shared scan.
  std::string RuleName(size_t i) const;

  /// Builds a set from the given extractors; false with `error` if a pattern file is malformed.
  bool Init(std::vector<std::unique_ptr<Extractor>> extractors, std::string& error);

 private:
  /// Appends an extractor that has no pattern files (no rules to compile); false with `error` if
  /// it has some or its name is malformed.
  bool AddWithoutRules(std::unique_ptr<Extractor> ex, std::string& error);

  std::vector<std::unique_ptr<Extractor>> extractors_;
  PatternSet patterns_;
  std::vector<size_t> rule_owner_;         // rule index → extractor index
  std::vector<std::string> rule_names_;    // rule index → "date/ymd"
};

}  // namespace pe
