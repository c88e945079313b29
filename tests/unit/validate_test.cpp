// Validation of sessions from outside, and the UTF-8 check it relies on.
#include <gtest/gtest.h>

#include "core/demo.hpp"
#include "core/synthetic.hpp"
#include "core/utf8.hpp"
#include "core/validate.hpp"

namespace nwk {
namespace {

TEST(Validate, DefaultDemoAndSyntheticSessionsAreSound) {
  EXPECT_EQ(validate(makeDefaultSession()), std::nullopt);
  EXPECT_EQ(validate(makeDemoSession()), std::nullopt);
  for (std::uint64_t seed = 1; seed < 20; ++seed) EXPECT_EQ(validate(makeSyntheticSession({}, seed)), std::nullopt);
}

TEST(Validate, NamesTheProblem) {
  Session s = makeDemoSession();
  s.offers[0].id = 0;
  EXPECT_NE(validate(s)->find("ungültiger Kennung"), std::string::npos);
  s = makeDemoSession();
  s.offers[0].id = s.nextId + 5;
  EXPECT_TRUE(validate(s).has_value());
  s = makeDemoSession();
  s.offers[0].assessment.used = static_cast<Rating>(9);
  EXPECT_NE(validate(s)->find("rating"), std::string::npos);
  s = makeDemoSession();
  s.links[0].to = s.links[0].from;
  EXPECT_TRUE(validate(s).has_value());
  s = makeDemoSession();
  s.meta.date = "2026-13-01";
  EXPECT_NE(validate(s)->find("date"), std::string::npos);
  s = makeDemoSession();
  s.districts[0].parts[0].rings[0].resize(2);
  EXPECT_NE(validate(s)->find("Punkten"), std::string::npos);
  s = makeDemoSession();
  s.offers[0].ageGroups.push_back(s.offers[0].ageGroups[0]);
  EXPECT_TRUE(validate(s).has_value());
  s = makeDemoSession();
  s.problems[0].text = std::string("Familien ke\0nnen", 16);  // found by fuzzing: NUL breaks JSON
  EXPECT_NE(validate(s)->find("Nullzeichen"), std::string::npos);
}

TEST(Validate, CountsAreCapped) {
  Session s = makeDefaultSession();
  for (std::uint32_t i = 0; i <= kLimits.itemsPerKind; ++i) s.problems.push_back({s.takeId(), kNoId, ""});
  EXPECT_NE(validate(s)->find("zu viele"), std::string::npos);
}

TEST(Utf8, AcceptsValidAndRejectsBrokenSequences) {
  EXPECT_TRUE(isValidUtf8(""));
  EXPECT_TRUE(isValidUtf8("Grüße aus Köln 🙂"));
  EXPECT_FALSE(isValidUtf8("\xC3"));              // truncated
  EXPECT_FALSE(isValidUtf8("\xC0\xAF"));          // overlong '/'
  EXPECT_FALSE(isValidUtf8("\xED\xA0\x80"));      // surrogate
  EXPECT_FALSE(isValidUtf8("\xF4\x90\x80\x80"));  // above U+10FFFF
  EXPECT_FALSE(isValidUtf8("\xFF"));
  EXPECT_FALSE(isValidUtf8("\xE2\x28\xA1"));
}

}  // namespace
}  // namespace nwk
