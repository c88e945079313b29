#include "core/model/labels.hpp"

#include <gtest/gtest.h>

#include "core/text/i18n.hpp"

namespace nwk {
namespace {

class Labels : public ::testing::Test {
 protected:
  void TearDown() override { setLanguage(Lang::De); }
};

TEST_F(Labels, AnAgeGroupSaysJahreOnlyWhenItsNameIsABareRange) {
  EXPECT_EQ(ageGroupLabel("0-3"), "0-3 Jahre");
  EXPECT_EQ(ageGroupLabel("11–18"), "11–18 Jahre");
  EXPECT_EQ(ageGroupLabel("0-3 Jahre"), "0-3 Jahre");
  EXPECT_EQ(ageGroupLabel("Schwangerschaft"), "Schwangerschaft");
  EXPECT_EQ(ageGroupLabel("ab 18 Jahren"), "ab 18 Jahren");
  EXPECT_EQ(ageGroupLabel(""), "");
  setLanguage(Lang::En);
  EXPECT_EQ(ageGroupLabel("6-10"), "6-10 years");
}

TEST_F(Labels, AScoreOfOnePointIsSingular) {
  VotingRound dots;
  dots.method = VoteMethod::Dots;
  EXPECT_EQ(displayScore(dots, 1.0), "1 Punkt");
  EXPECT_EQ(displayScore(dots, 9.0), "9 Punkte");
  EXPECT_EQ(displayScore(dots, 0.0), "0 Punkte");
  setLanguage(Lang::En);
  EXPECT_EQ(displayScore(dots, 1.0), "1 point");
}

}  // namespace
}  // namespace nwk
