// Presenter mode's running orders: which slides each mode has, in board order, and which
// slide stays on the beamer when the session changes while presenting.
#include <gtest/gtest.h>

#include "core/model/commands.hpp"
#include "core/text/i18n.hpp"
#include "core/voting/presentation.hpp"
#include "core/voting/voting.hpp"

namespace nwk {
namespace {

class PresentationTest : public ::testing::Test {
 protected:
  void SetUp() override {
    setLanguage(Lang::De);
    doc.session = makeDefaultSession();
    young = doc.session.ageGroups[0].id;
    teens = doc.session.ageGroups[3].id;
  }
  Id proposal(Id ageGroup, const char* text) {
    return add(doc, Proposal{0, ageGroup, text, Level::Structural, {}, {}});
  }

  Document doc;
  Id young = kNoId, teens = kNoId;
};

std::vector<Id> idsOf(const std::vector<Slide>& slides) {
  std::vector<Id> ids;
  for (const Slide& s : slides) ids.push_back(s.id);
  return ids;
}

TEST_F(PresentationTest, AgeGroupSlidesFollowTheBoardAndSkipEmptyGroups) {
  EXPECT_TRUE(presentationSlides(doc.session, PresentMode::AgeGroups).empty()) << "nothing collected yet";
  proposal(teens, "Jugendtreff");
  add(doc, Problem{0, kNoId, "Wege sind weit"});
  add(doc, Problem{0, young, "Zu wenige Krippenplätze"});
  const auto slides = presentationSlides(doc.session, PresentMode::AgeGroups);
  EXPECT_EQ(idsOf(slides), (std::vector<Id>{kNoId, young, teens})) << "all age groups first, then the board's order";
  for (const Slide& s : slides) EXPECT_EQ(s.kind, Slide::Kind::AgeGroup);
}

TEST_F(PresentationTest, ProposalSlidesAreGroupedByAgeGroupInBoardOrder) {
  const Id a = proposal(teens, "A");
  const Id b = proposal(young, "B");
  const Id c = proposal(kNoId, "C");
  const Id d = proposal(young, "D");
  EXPECT_EQ(idsOf(presentationSlides(doc.session, PresentMode::Proposals)), (std::vector<Id>{c, b, d, a}));
}

TEST_F(PresentationTest, ResultSlidesAreTheRoundsThatWereOpened) {
  const Id p = proposal(young, "A");
  const Id draft = add(doc, newVotingRound(VoteMethod::Dots, {p}));
  const Id open = add(doc, newVotingRound(VoteMethod::Ranking, {p}));
  ASSERT_TRUE(setRoundState(doc, open, RoundState::Open));
  const auto slides = presentationSlides(doc.session, PresentMode::Results);
  ASSERT_EQ(slides.size(), 1u);
  EXPECT_EQ(slides[0], (Slide{Slide::Kind::Round, open}));
  EXPECT_NE(slides[0].id, draft);
}

TEST_F(PresentationTest, TheCurrentSlideStaysWhenOthersAreAddedOrRemoved) {
  const Id a = proposal(young, "A");
  const Id b = proposal(young, "B");
  const Slide onB{Slide::Kind::Proposal, b};
  proposal(kNoId, "vor allen anderen");
  auto slides = presentationSlides(doc.session, PresentMode::Proposals);
  EXPECT_EQ(slides[keepSlide(slides, onB, 1)], onB) << "B moved to index 2 and stays on screen";
  ASSERT_TRUE(remove<Proposal>(doc, b));
  slides = presentationSlides(doc.session, PresentMode::Proposals);
  EXPECT_EQ(keepSlide(slides, onB, 2), 1u) << "B is gone: the nearest slide, the last one";
  EXPECT_EQ(slides[1].id, a);
  EXPECT_EQ(keepSlide({}, onB, 5), 0u);
}

}  // namespace
}  // namespace nwk
