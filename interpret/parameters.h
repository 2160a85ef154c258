// Policy parameters: what each number of an article means (a deductible, a reimbursement rate, a
// waiting period…) and under which conditions (scheme, care setting, hospital level, population,
// period, sex), with the mentions it rests on and the sentence it came from.
//
// How a parameter is formed (all words are data in interpret/data/):
//   kind        the nearest kind cue (kinds.tsv) to the mention within its sentence part: before
//               it, or after it in its clause; a mention with no cue makes no parameter.
//   qualifiers  the nearest conditions, innermost first: the words just before the mention (after
//               a sibling value of the same type: 在职职工1500元、退休人员2000元), then labels
//               earlier in its block ("门诊报销比例 :"), the block's own label, the heading or list
//               lead-in above it, and the title (scheme only). kind_qualifiers.tsv says which
//               conditions each kind takes.
//   change      从20%降至10% / 由50%提高至70%: one parameter with the new value and the old.
//   labels      办公地址 / 办公时间 / 邮政编码 (labels.tsv): the text after the label.
//   implied     不设起付线 (implied.tsv): a value without a number.
#pragma once
#include <functional>
#include <string>

#include "interpret/context.h"
#include "pipeline/json.h"

namespace pe {

/// Writes the source span object of a normalised-text range (the emit stage's).
using SpanWriterFn = std::function<void(JsonWriter&, size_t, size_t)>;

/// Appends the article's parameters to `out` as the JSON text of the record's "parameters" array.
void BuildParameters(const ArticleContext& ctx, const SpanWriterFn& write_span, std::string& out);

}  // namespace pe
