#include "extractors/phone/number_check.h"

#include <phonenumbers/phonenumber.pb.h>

#include <string_view>

namespace pe {
namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

constexpr int kChinaCallingCode = 86;

bool AllDigits(std::string_view s) {
  for (const char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return !s.empty();
}

// The national significant number of a number in one of the shapes the phone patterns produce,
// as PhoneNumberUtil::Parse(number, "CN") finds it; empty for any other shape:
//   0 + area code + subscriber ("07375666736", 10-12 digits): the trunk prefix 0 goes;
//   a mobile number, 1[3-9] and 9 digits, alone or after +86;
//   a 400/800 number (10 digits).
std::string_view KnownShapeNationalNumber(std::string_view number) {
  const bool international = number.substr(0, 3) == "+86";
  if (international) number.remove_prefix(3);
  if (!AllDigits(number)) return {};
  const size_t n = number.size();
  const bool mobile = n == 11 && number[0] == '1' && number[1] >= '3';
  if (international) return mobile ? number : std::string_view{};
  if (mobile) return number;
  if (n >= 10 && n <= 12 && number[0] == '0' && number[1] != '0') return number.substr(1);
  if (n == 10 && (number[0] == '4' || number[0] == '8') && number.substr(1, 2) == "00") return number;
  return {};
}

std::optional<CheckedNumber> Check(const PhoneNumberUtil& util, const PhoneNumber& n) {
  // IsValidNumber(n) is GetNumberType(n) != UNKNOWN (both match the number against its region's
  // type patterns): one pass, not two.
  CheckedNumber c;
  c.type = util.GetNumberType(n);
  if (c.type == PhoneNumberUtil::UNKNOWN) return std::nullopt;
  util.Format(n, PhoneNumberUtil::E164, &c.e164);
  return c;
}

}  // namespace

std::optional<CheckedNumber> CheckNumberByParsing(const std::string& number) {
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  PhoneNumber n;
  if (util.Parse(number, "CN", &n) != PhoneNumberUtil::NO_PARSING_ERROR) return std::nullopt;
  return Check(util, n);
}

std::optional<CheckedNumber> CheckNumber(const std::string& number) {
  const std::string_view national = KnownShapeNationalNumber(number);
  if (national.empty()) return CheckNumberByParsing(number);
  PhoneNumber n;
  n.set_country_code(kChinaCallingCode);
  uint64_t value = 0;
  for (const char c : national) value = value * 10 + static_cast<uint64_t>(c - '0');
  n.set_national_number(value);
  return Check(*PhoneNumberUtil::GetInstance(), n);
}

}  // namespace pe
