// Gazetteer::Find looks six-digit codes up in its own open-addressing table: every division is
// found by its code (the last row of a code listed twice), and codes it lacks are not.
#include "extractors/common/gazetteer.h"

#include <gtest/gtest.h>

#include <map>
#include <string>

namespace pe {
namespace {

TEST(Gazetteer, FindsEveryDivisionByCode) {
  const Gazetteer& gz = Gazetteer::Get();
  ASSERT_GT(gz.all().size(), 3000u);
  std::map<std::string, const Division*> last;  // the plain way: the later row wins
  for (const Division& d : gz.all()) last[d.code] = &d;
  for (const auto& [code, d] : last) EXPECT_EQ(gz.Find(code), d) << code;
}

TEST(Gazetteer, MissingCodesAreNotFound) {
  const Gazetteer& gz = Gazetteer::Get();
  std::map<std::string, bool> known;
  for (const Division& d : gz.all()) known[d.code] = true;
  size_t missing = 0;
  for (int n = 0; n < 1000000; n += 7) {
    std::string code = std::to_string(n);
    code.insert(0, 6 - code.size(), '0');
    if (known.count(code)) continue;
    ++missing;
    EXPECT_EQ(gz.Find(code), nullptr) << code;
  }
  EXPECT_GT(missing, 100000u);
  for (const char* code : {"", "43030", "4303000", "43030x", "abcdef"}) EXPECT_EQ(gz.Find(code), nullptr) << code;
}

}  // namespace
}  // namespace pe
