// libphonenumber's verdict on a candidate number: its type and E.164 form.
//
// PhoneNumberUtil::Parse is two thirds of libphonenumber's cost per number (~100,000 instructions:
// it runs a dozen ICU regexes to find, clean and split a number typed any which way). Our patterns
// hand over digits in a few fixed shapes whose parse is known: for those the PhoneNumber is built
// directly and only GetNumberType (libphonenumber's validation) and Format run. Any other text is
// parsed. tests/unit/phone_number_check_test.cc compares both ways on every area code.
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

/// The same through PhoneNumberUtil::Parse whatever the shape (the reference for the test).
std::optional<CheckedNumber> CheckNumberByParsing(const std::string& number);

}  // namespace pe
