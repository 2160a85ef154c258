// libphonenumber's verdict on a candidate number: its type and E.164 form.
//
// PhoneNumberUtil::Parse is two thirds of libphonenumber's cost per number (~100,000 instructions:
// it runs a dozen ICU regexes to find, clean and split a number typed any which way). Our patterns
// hand over digits in a few fixed shapes whose parse is known: for those the PhoneNumber is built
// directly and validated by China's rules read from libphonenumber's metadata and matched with RE2
// (GetNumberType step for step; libphonenumber's ICU regexes cost ~40,000 instructions a number).
// Any other text is parsed by libphonenumber. tests/unit/phone_number_check_test.cc compares both
// ways on every area code.
#pragma once
#include <phonenumbers/phonenumberutil.h>

#include <optional>
#include <string>

namespace pe {

struct CheckedNumber {
  std::string e164;
  i18n::phonenumbers::PhoneNumberUtil::PhoneNumberType type = i18n::phonenumbers::PhoneNumberUtil::UNKNOWN;
};

/// The number's type and E.164 form if libphonenumber finds it valid in China ("CN" as the default
/// region); nullopt if it is not.
std::optional<CheckedNumber> CheckNumber(const std::string& number);

/// True if CheckNumber has China's rules (false: the metadata could not be read, and it asks
/// libphonenumber for every number; slower, same answers).
bool HasChinaRules();

/// The number's type and E.164 form if libphonenumber finds it valid as dialled in `region` (an
/// ISO 3166 code: "HK", "MO"); nullopt if it is not.
std::optional<CheckedNumber> CheckNumberIn(const std::string& number, const std::string& region);

/// The same through PhoneNumberUtil::Parse whatever the shape (the reference for the test).
std::optional<CheckedNumber> CheckNumberByParsing(const std::string& number);

}  // namespace pe
