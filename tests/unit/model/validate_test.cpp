// Validation of sessions from outside, and the UTF-8 check it relies on.
#include <gtest/gtest.h>

#include <limits>

#include "core/model/validate.hpp"
#include "core/sample/demo.hpp"
#include "core/sample/synthetic.hpp"
#include "core/text/utf8.hpp"

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

TEST(Validate, PopulationColumnsMustExist) {
  Session s = makeDemoSession();
  s.ageGroups[1].populationColumn = s.offers[0].id;  // an id, but not of an indicator column
  EXPECT_NE(validate(s)->find("verweist auf ein fehlendes Element"), std::string::npos);
  s.ageGroups[1].populationColumn = kNoId;
  EXPECT_EQ(validate(s), std::nullopt);
}

TEST(Validate, CoverageRulesStayInRange) {
  const auto problem = [](CoverageRules rules) {
    Session s = makeDefaultSession();
    s.meta.coverage = rules;
    return validate(s).value_or("");
  };
  for (CoverageRules fine : {CoverageRules{0, 0.0}, CoverageRules{1000, 1000.0}, CoverageRules{2, 7.5}})
    EXPECT_EQ(problem(fine), "") << fine.minOffers << " " << fine.minPer1000;
  for (std::int32_t n : {-1, 1001}) EXPECT_NE(problem({n, 0.0}).find("coverage.minOffers"), std::string::npos) << n;
  for (double x : {-0.5, 1000.5, std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity()})
    EXPECT_NE(problem({1, x}).find("coverage.minPer1000"), std::string::npos) << x;
}

TEST(Validate, DistrictCodesAreText) {
  Session s = makeDemoSession();
  s.districts[2].code =
      "\xFF"
      "03";
  EXPECT_NE(validate(s)->find("UTF-8"), std::string::npos);
  s.districts[2].code = std::string(kLimits.textBytes + 1, '1');
  EXPECT_NE(validate(s)->find("zu lang"), std::string::npos);
  s.districts[2].code = "091620000";
  EXPECT_EQ(validate(s), std::nullopt);
}

TEST(Validate, AnOfferWithoutLocationStillHasFiniteCoordinates) {
  Session s = makeDemoSession();
  Offer& o = s.offers[0];
  o.hasLocation = false;
  o.location = {9.9, 52.0};
  EXPECT_FALSE(validate(s)) << "unused coordinates may be anything finite";
  o.location.lon = std::numeric_limits<double>::quiet_NaN();
  ASSERT_TRUE(validate(s)) << "NaN would be written to a JSON copy as null, which no reader takes back";
  EXPECT_NE(validate(s)->find("lon/lat"), std::string::npos);
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
