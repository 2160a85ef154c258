#include "extractors/phone/number_check.h"

#include <phonenumbers/phonemetadata.pb.h>
#include <phonenumbers/phonenumber.pb.h>
#include <re2/re2.h>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace i18n::phonenumbers {
// libphonenumber's serialized PhoneMetadataCollection (what PhoneNumberUtil loads); exported by
// the library, declared only in its private metadata.h.
int metadata_size();
const void* metadata_get();
}  // namespace i18n::phonenumbers

namespace pe {
namespace {

using i18n::phonenumbers::PhoneMetadata;
using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberDesc;
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

// Protocol-buffer wire format, just enough to read PhoneMetadata fields out of the collection
// (libphonenumber's generated parser needs libprotobuf's, which we do not link).
class Wire {
 public:
  explicit Wire(std::string_view bytes) : p_(bytes) {}
  /// Reads the next field's number and wire type; false at the end or on malformed input.
  bool Next(uint32_t& field, uint32_t& type) {
    uint64_t tag = 0;
    if (p_.empty() || !Varint(tag)) return false;
    field = static_cast<uint32_t>(tag >> 3);
    type = static_cast<uint32_t>(tag & 7);
    return true;
  }
  bool Varint(uint64_t& v) {
    v = 0;
    for (int shift = 0; shift < 64 && !p_.empty(); shift += 7) {
      const auto b = static_cast<unsigned char>(p_.front());
      p_.remove_prefix(1);
      v |= static_cast<uint64_t>(b & 0x7F) << shift;
      if (b < 0x80) return true;
    }
    return false;
  }
  bool Bytes(std::string_view& out) {
    uint64_t n = 0;
    if (!Varint(n) || n > p_.size()) return false;
    out = p_.substr(0, n);
    p_.remove_prefix(n);
    return true;
  }
  /// Skips a field's value; false for group wire types or truncated input.
  bool Skip(uint32_t type) {
    uint64_t v = 0;
    std::string_view b;
    switch (type) {
      case 0: return Varint(v);
      case 1: return Advance(8);
      case 2: return Bytes(b);
      case 5: return Advance(4);
      default: return false;
    }
  }

 private:
  bool Advance(size_t n) {
    if (n > p_.size()) return false;
    p_.remove_prefix(n);
    return true;
  }
  std::string_view p_;
};

// China's number-type rules, read from libphonenumber's own metadata and matched with RE2:
// PhoneNumberUtil::GetNumberType for a +86 number, step for step, at ~1/10 of the cost (its ICU
// regexes cost ~40,000 instructions a number; the generated corpus repeats almost no number, so
// the memo in phone.cc seldom saves them). Loading them does not build PhoneNumberUtil (33 M
// instructions at start-up), which only numbers of other shapes need now.
// tests/unit/phone_number_check_test.cc compares it with libphonenumber.
class ChinaRules {
 public:
  /// nullptr if the metadata could not be read or a pattern does not compile: use libphonenumber.
  static const ChinaRules* Get() {
    static const std::unique_ptr<ChinaRules> rules = Load();
    return rules.get();
  }

  /// GetNumberTypeHelper(national significant number, CN metadata).
  PhoneNumberUtil::PhoneNumberType TypeOf(std::string_view nsn) const {
    if (!general_.Matches(nsn)) return PhoneNumberUtil::UNKNOWN;
    if (premium_rate_.Matches(nsn)) return PhoneNumberUtil::PREMIUM_RATE;
    if (toll_free_.Matches(nsn)) return PhoneNumberUtil::TOLL_FREE;
    if (shared_cost_.Matches(nsn)) return PhoneNumberUtil::SHARED_COST;
    if (voip_.Matches(nsn)) return PhoneNumberUtil::VOIP;
    if (personal_number_.Matches(nsn)) return PhoneNumberUtil::PERSONAL_NUMBER;
    if (pager_.Matches(nsn)) return PhoneNumberUtil::PAGER;
    if (uan_.Matches(nsn)) return PhoneNumberUtil::UAN;
    if (voicemail_.Matches(nsn)) return PhoneNumberUtil::VOICEMAIL;
    if (fixed_line_.Matches(nsn)) {
      if (same_mobile_and_fixed_line_ || mobile_.Matches(nsn)) return PhoneNumberUtil::FIXED_LINE_OR_MOBILE;
      return PhoneNumberUtil::FIXED_LINE;
    }
    if (!same_mobile_and_fixed_line_ && mobile_.Matches(nsn)) return PhoneNumberUtil::MOBILE;
    return PhoneNumberUtil::UNKNOWN;
  }

 private:
  // A PhoneNumberDesc as IsNumberMatchingDesc uses it: the possible lengths (none: any), then a
  // full match of the national number pattern (none: no match).
  struct Desc {
    std::vector<int> lengths;
    std::unique_ptr<RE2> pattern;

    bool Matches(std::string_view nsn) const {
      if (!lengths.empty() && std::find(lengths.begin(), lengths.end(), static_cast<int>(nsn.size())) == lengths.end()) {
        return false;
      }
      return pattern && RE2::FullMatch(nsn, *pattern);
    }
    bool Read(std::string_view bytes) {
      Wire w(bytes);
      uint32_t field = 0, type = 0;
      while (w.Next(field, type)) {
        if (field == PhoneNumberDesc::kNationalNumberPatternFieldNumber && type == 2) {
          std::string_view text;
          if (!w.Bytes(text)) return false;
          pattern.reset();
          if (text.empty()) continue;  // an empty pattern matches nothing
          RE2::Options options;
          options.set_log_errors(false);
          pattern = std::make_unique<RE2>(text, options);
          if (!pattern->ok()) return false;
        } else if (field == PhoneNumberDesc::kPossibleLengthFieldNumber && type == 0) {
          uint64_t v = 0;
          if (!w.Varint(v)) return false;
          lengths.push_back(static_cast<int>(v));
        } else if (field == PhoneNumberDesc::kPossibleLengthFieldNumber && type == 2) {  // packed
          std::string_view packed;
          if (!w.Bytes(packed)) return false;
          Wire pw(packed);
          for (uint64_t v = 0; pw.Varint(v);) lengths.push_back(static_cast<int>(v));
        } else if (!w.Skip(type)) {
          return false;
        }
      }
      return true;
    }
  };

  static std::unique_ptr<ChinaRules> Load() {
    Wire collection(std::string_view(static_cast<const char*>(i18n::phonenumbers::metadata_get()),
                                     static_cast<size_t>(i18n::phonenumbers::metadata_size())));
    uint32_t field = 0, type = 0;
    while (collection.Next(field, type)) {
      if (field != 1 || type != 2) {  // PhoneMetadataCollection.metadata
        if (!collection.Skip(type)) return nullptr;
        continue;
      }
      std::string_view region;
      if (!collection.Bytes(region)) return nullptr;
      if (IdOf(region) != "CN") continue;
      auto rules = std::make_unique<ChinaRules>();
      return rules->Read(region) ? std::move(rules) : nullptr;
    }
    return nullptr;
  }

  static std::string_view IdOf(std::string_view region) {
    Wire w(region);
    uint32_t field = 0, type = 0;
    std::string_view id;
    while (w.Next(field, type)) {
      if (field == PhoneMetadata::kIdFieldNumber && type == 2) {
        if (!w.Bytes(id)) return {};
      } else if (!w.Skip(type)) {
        return {};
      }
    }
    return id;
  }

  bool Read(std::string_view region) {
    Wire w(region);
    uint32_t field = 0, type = 0;
    bool general_seen = false;
    while (w.Next(field, type)) {
      Desc* desc = nullptr;
      switch (field) {
        case PhoneMetadata::kGeneralDescFieldNumber: desc = &general_; general_seen = true; break;
        case PhoneMetadata::kFixedLineFieldNumber: desc = &fixed_line_; break;
        case PhoneMetadata::kMobileFieldNumber: desc = &mobile_; break;
        case PhoneMetadata::kTollFreeFieldNumber: desc = &toll_free_; break;
        case PhoneMetadata::kPremiumRateFieldNumber: desc = &premium_rate_; break;
        case PhoneMetadata::kSharedCostFieldNumber: desc = &shared_cost_; break;
        case PhoneMetadata::kPersonalNumberFieldNumber: desc = &personal_number_; break;
        case PhoneMetadata::kVoipFieldNumber: desc = &voip_; break;
        case PhoneMetadata::kPagerFieldNumber: desc = &pager_; break;
        case PhoneMetadata::kUanFieldNumber: desc = &uan_; break;
        case PhoneMetadata::kVoicemailFieldNumber: desc = &voicemail_; break;
        default: break;
      }
      if (desc && type == 2) {
        std::string_view bytes;
        if (!w.Bytes(bytes) || !desc->Read(bytes)) return false;
      } else if (field == PhoneMetadata::kSameMobileAndFixedLinePatternFieldNumber && type == 0) {
        uint64_t v = 0;
        if (!w.Varint(v)) return false;
        same_mobile_and_fixed_line_ = v != 0;
      } else if (!w.Skip(type)) {
        return false;
      }
    }
    return general_seen;
  }

  Desc general_, fixed_line_, mobile_, toll_free_, premium_rate_, shared_cost_, personal_number_, voip_, pager_, uan_,
      voicemail_;
  bool same_mobile_and_fixed_line_ = false;
};

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

bool HasChinaRules() { return ChinaRules::Get() != nullptr; }

std::optional<CheckedNumber> CheckNumberIn(const std::string& number, const std::string& region) {
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  PhoneNumber n;
  if (util.Parse(number, region, &n) != PhoneNumberUtil::NO_PARSING_ERROR) return std::nullopt;
  return Check(util, n);
}

std::optional<CheckedNumber> CheckNumberByParsing(const std::string& number) { return CheckNumberIn(number, "CN"); }

std::optional<CheckedNumber> CheckNumber(const std::string& number) {
  const std::string_view national = KnownShapeNationalNumber(number);
  if (national.empty()) return CheckNumberByParsing(number);
  if (const ChinaRules* rules = ChinaRules::Get()) {
    // GetNumberType: +86 is CN alone; the national significant number is the digits as they are
    // (no leading zero: the shapes start 1-9). Format(E164) is + calling code + those digits.
    CheckedNumber c;
    c.type = rules->TypeOf(national);
    if (c.type == PhoneNumberUtil::UNKNOWN) return std::nullopt;
    c.e164.reserve(3 + national.size());
    c.e164.append("+86").append(national);
    return c;
  }
  PhoneNumber n;
  n.set_country_code(kChinaCallingCode);
  uint64_t value = 0;
  for (const char c : national) value = value * 10 + static_cast<uint64_t>(c - '0');
  n.set_national_number(value);
  return Check(*PhoneNumberUtil::GetInstance(), n);
}

}  // namespace pe
