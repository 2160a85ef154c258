// Phone numbers: fixed lines with area code ("0737-5666736", "(0553)6829080"), mobiles ("138 1234
// 5678", "+86 138 1234 5678"), 400/800 numbers, short service numbers from a table (12333, 12345,
// 120, 95518) and local numbers without area code ("2653171"), completed from the article's region.
// Values are E.164 ("+867375666736"); short numbers and uncompleted local numbers as written.
// Flags: kind (fixed/mobile/service/toll_free), area_code, area_city, area_code_inferred, service.
// See extractors/phone/README.md.
#pragma once
#include <memory>

#include "extractors/extractor.h"

namespace pe {
std::unique_ptr<Extractor> MakePhoneExtractor();
}  // namespace pe
