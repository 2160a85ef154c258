// CheckNumber builds the PhoneNumber of the shapes the phone patterns produce instead of parsing
// them: it must give what PhoneNumberUtil::Parse gives, for every area code the patterns accept.
#include "extractors/phone/number_check.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace pe {
namespace {

// True if the number is valid (so that a test can tell it compared more than rejections).
bool ExpectSameAsParsing(const std::string& number) {
  const auto fast = CheckNumber(number);
  const auto parsed = CheckNumberByParsing(number);
  EXPECT_EQ(fast.has_value(), parsed.has_value()) << number;
  if (!fast || !parsed) return false;
  EXPECT_EQ(fast->type, parsed->type) << number;
  EXPECT_EQ(fast->e164, parsed->e164) << number;
  return true;
}

std::string RandomDigits(std::mt19937& rng, size_t n) {
  std::string s;
  for (size_t i = 0; i < n; ++i) s.push_back(static_cast<char>('0' + rng() % 10));
  return s;
}

// Every area code of phone.patterns' {area}: 010, 02x, 0xyz.
std::vector<std::string> AreaCodes() {
  std::vector<std::string> codes = {"010"};
  for (int i = 20; i <= 29; ++i) codes.push_back("0" + std::to_string(i));
  for (int i = 300; i <= 999; ++i) codes.push_back("0" + std::to_string(i));
  return codes;
}

TEST(PhoneNumberCheck, FixedLinesAsParsed) {
  std::mt19937 rng(7);
  size_t valid = 0;
  for (const std::string& ac : AreaCodes()) {
    for (char first = '1'; first <= '9'; ++first) {
      for (size_t length : {7, 8}) valid += ExpectSameAsParsing(ac + first + RandomDigits(rng, length - 1));
    }
  }
  EXPECT_GT(valid, 3000u);
}

TEST(PhoneNumberCheck, MobilesAsParsed) {
  std::mt19937 rng(8);
  size_t valid = 0;
  for (int prefix = 130; prefix <= 199; ++prefix) {
    for (int i = 0; i < 20; ++i) {
      const std::string number = std::to_string(prefix) + RandomDigits(rng, 8);
      valid += ExpectSameAsParsing(number);
      valid += ExpectSameAsParsing("+86" + number);
    }
  }
  EXPECT_GT(valid, 1000u);
}

TEST(PhoneNumberCheck, TollFreeAsParsed) {
  std::mt19937 rng(9);
  size_t valid = 0;
  for (const char* prefix : {"400", "800"}) {
    for (int i = 0; i < 200; ++i) valid += ExpectSameAsParsing(prefix + RandomDigits(rng, 7));
  }
  EXPECT_GT(valid, 100u);
}

// Numbers of the known shapes with any digits after the prefix, so that China's rules in
// number_check.cc meet every number type and length libphonenumber tells apart.
TEST(PhoneNumberCheck, RandomNumbersAsParsed) {
  ASSERT_TRUE(HasChinaRules());
  std::mt19937 rng(10);
  size_t valid = 0;
  for (int i = 0; i < 4000; ++i) {
    for (size_t length : {9, 10, 11}) valid += ExpectSameAsParsing("0" + RandomDigits(rng, length));
    const std::string mobile = "1" + std::string(1, static_cast<char>('3' + rng() % 7)) + RandomDigits(rng, 9);
    valid += ExpectSameAsParsing(mobile);
    valid += ExpectSameAsParsing("+86" + mobile);
    valid += ExpectSameAsParsing((rng() % 2 ? "400" : "800") + RandomDigits(rng, 7));
  }
  EXPECT_GT(valid, 8000u);
}

TEST(PhoneNumberCheck, OtherShapesAreParsed) {
  for (const char* number : {"12345", "95518", "0010123456789", "+8607375666736", "8613812345678", "abc"}) {
    ExpectSameAsParsing(number);
  }
}

}  // namespace
}  // namespace pe
