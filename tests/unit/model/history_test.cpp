// Every command and its undo/redo: undo restores the exact earlier session, redo the exact
// later one, and removals take what depends on them along in the same step.
#include <gtest/gtest.h>

#include "core/model/commands.hpp"
#include "core/sample/demo.hpp"

namespace nwk {
namespace {

// Undo restores everything but the id counter: ids are never handed out twice.
Session withoutIdCounter(Session s) {
  s.nextId = 0;
  return s;
}

class HistoryTest : public ::testing::Test {
 protected:
  Document doc{makeDemoSession(), {}};

  // Runs op, then checks undo gives `before` back and redo gives the result again.
  template <class Op> void expectUndoRedo(Op op) {
    const Session before = doc.session;
    op();
    const Session after = doc.session;
    ASSERT_NE(before, after) << "the command changed nothing";
    ASSERT_TRUE(doc.history.undo(doc.session));
    EXPECT_EQ(withoutIdCounter(doc.session), withoutIdCounter(before));
    ASSERT_TRUE(doc.history.redo(doc.session));
    EXPECT_EQ(doc.session, after);
  }
};

TEST_F(HistoryTest, AddOfEveryKindUndoesAndRedoes) {
  expectUndoRedo([&] { add(doc, AgeGroup{0, "Schwangerschaft"}); });
  expectUndoRedo([&] { add(doc, Category{0, "Hebammen", 0xFF112233u, "health"}); });
  expectUndoRedo([&] { add(doc, IndicatorColumn{0, "Alleinerziehende", "%", "Statistik", {}}); });
  expectUndoRedo([&] { add(doc, District{0, "Neubaugebiet", "", {}, {}}); });
  expectUndoRedo([&] { add(doc, Offer{0, "Spielgruppe", "Verein", kNoId, {}, false, {}, kNoId, 12, "", "", {}}); });
  expectUndoRedo([&] {
    add(doc, Link{0, doc.session.offers[0].id, doc.session.offers[1].id, LinkType::Referral, ""});
  });
  expectUndoRedo([&] { add(doc, Problem{0, kNoId, "Lange Wartezeiten"}); });
  expectUndoRedo([&] { add(doc, Proposal{0, kNoId, "Familienbüro", Level::Structural, {}, {}}); });
  expectUndoRedo([&] { add(doc, ParticipantGroup{0, "Polizei"}); });
  VotingRound round;
  round.name = "Runde 2";
  round.method = VoteMethod::Ranking;
  round.state = RoundState::Open;
  expectUndoRedo([&] { add(doc, round); });
  expectUndoRedo([&] { add(doc, Ballot{0, doc.session.rounds[0].id, kNoId, {}, {}, false, {}}); });
}

TEST_F(HistoryTest, AddAssignsFreshIdsThatAreNeverReused) {
  const Id first = add(doc, Problem{0, kNoId, "A"});
  doc.history.undo(doc.session);
  const Id second = add(doc, Problem{0, kNoId, "B"});
  EXPECT_NE(first, second);
  EXPECT_EQ(findById(doc.session.problems, first), nullptr);
  ASSERT_NE(findById(doc.session.problems, second), nullptr);
}

TEST_F(HistoryTest, UpdateUndoesAndRedoesAndIgnoresNoChange) {
  Offer o = doc.session.offers[3];
  o.name = "Grundschule am Park (Ganztag)";
  o.assessment.used = Rating::No;
  expectUndoRedo([&] { EXPECT_TRUE(update(doc, o)); });
  EXPECT_FALSE(update(doc, o)) << "an update that changes nothing is no undo step";
  Offer missing = o;
  missing.id = 99999;
  EXPECT_FALSE(update(doc, missing));
}

TEST_F(HistoryTest, RemovingAnOfferRemovesItsLinksInOneStep) {
  const Id kita = doc.session.offers[0].id;
  const auto linked = [&] {
    int n = 0;
    for (const Link& l : doc.session.links) n += (l.from == kita || l.to == kita);
    return n;
  };
  ASSERT_EQ(linked(), 2);
  expectUndoRedo([&] { EXPECT_TRUE(remove<Offer>(doc, kita)); });
  EXPECT_EQ(linked(), 0);
  doc.history.undo(doc.session);
  EXPECT_EQ(linked(), 2);
}

TEST_F(HistoryTest, RemovingAnAgeGroupMovesItsItemsToAllAgeGroups) {
  const Id age0 = doc.session.ageGroups[0].id;
  expectUndoRedo([&] { remove<AgeGroup>(doc, age0); });
  for (const Offer& o : doc.session.offers) EXPECT_EQ(std::count(o.ageGroups.begin(), o.ageGroups.end(), age0), 0);
  for (const Problem& p : doc.session.problems) EXPECT_NE(p.ageGroup, age0);
}

TEST_F(HistoryTest, RemovingAProposalClearsRoundsAndBallots) {
  const Id lotse = doc.session.proposals[0].id;
  expectUndoRedo([&] { remove<Proposal>(doc, lotse); });
  for (const VotingRound& r : doc.session.rounds)
    EXPECT_EQ(std::count(r.proposals.begin(), r.proposals.end(), lotse), 0);
  for (const Ballot& b : doc.session.ballots)
    for (const BallotEntry& e : b.entries) EXPECT_NE(e.proposal, lotse);
}

TEST_F(HistoryTest, EveryRemovalOfTheDemoUndoesExactly) {
  const Session original = doc.session;
  auto removeAll = [&](auto tag) {
    using T = decltype(tag);
    while (!itemsOf<T>(doc.session).empty()) ASSERT_TRUE(remove<T>(doc, itemsOf<T>(doc.session).front().id));
  };
  removeAll(AgeGroup{});
  removeAll(Category{});
  removeAll(IndicatorColumn{});
  removeAll(District{});
  removeAll(Problem{});
  removeAll(ParticipantGroup{});
  removeAll(VotingRound{});
  removeAll(Proposal{});
  removeAll(Offer{});
  EXPECT_TRUE(doc.session.links.empty());
  EXPECT_TRUE(doc.session.ballots.empty());
  while (doc.history.undo(doc.session)) {
  }
  EXPECT_EQ(doc.session, original);
}

TEST_F(HistoryTest, MetaAndAgeGroupOrder) {
  Meta m = doc.session.meta;
  m.title = "Grüße aus Köln";
  m.phase = Phase::Weighting;
  expectUndoRedo([&] { EXPECT_TRUE(setMeta(doc, m)); });
  const Id last = doc.session.ageGroups.back().id;
  expectUndoRedo([&] { EXPECT_TRUE(moveAgeGroup(doc, last, 0)); });
  EXPECT_EQ(doc.session.ageGroups.front().id, last);
  EXPECT_FALSE(moveAgeGroup(doc, last, 0));
  EXPECT_FALSE(moveAgeGroup(doc, last, 99));
}

TEST_F(HistoryTest, NewCommandClearsRedoAndRevisionCounts) {
  const auto r0 = doc.history.revision();
  add(doc, Problem{0, kNoId, "A"});
  doc.history.undo(doc.session);
  EXPECT_TRUE(doc.history.canRedo());
  add(doc, Problem{0, kNoId, "B"});
  EXPECT_FALSE(doc.history.canRedo());
  EXPECT_EQ(doc.history.revision(), r0 + 3);
  EXPECT_FALSE(doc.history.undoLabel().empty());
}

TEST_F(HistoryTest, KeepsAtMostMaxStepsAndUndoStopsThere) {
  for (std::size_t i = 0; i < History::kMaxSteps + 10; ++i) add(doc, Problem{0, kNoId, std::to_string(i)});
  std::size_t undone = 0;
  while (doc.history.undo(doc.session)) ++undone;
  EXPECT_EQ(undone, History::kMaxSteps);
  EXPECT_EQ(doc.session.problems.size(), makeDemoSession().problems.size() + 10);
}

}  // namespace
}  // namespace nwk

namespace nwk {
namespace {

TEST(Coalescing, TypingIntoOneFieldIsOneUndoStepUntilSealed) {
  Document doc{makeDemoSession(), {}};
  const std::string original = doc.session.meta.title;
  Meta m = doc.session.meta;
  for (const char* text : {"G", "Gr", "Grü", "Grüße"}) {
    m.title = text;
    setMeta(doc, m, "meta.title");
  }
  doc.history.seal();
  m.title = "Grüße aus Köln";
  setMeta(doc, m, "meta.title");
  ASSERT_TRUE(doc.history.undo(doc.session));
  EXPECT_EQ(doc.session.meta.title, "Grüße");
  ASSERT_TRUE(doc.history.undo(doc.session));
  EXPECT_EQ(doc.session.meta.title, original);
  EXPECT_FALSE(doc.history.canUndo());
}

TEST(Coalescing, ADifferentFieldStartsANewStep) {
  Document doc{makeDemoSession(), {}};
  Meta m = doc.session.meta;
  m.title = "A";
  setMeta(doc, m, "meta.title");
  m.place = "B";
  setMeta(doc, m, "meta.place");
  doc.history.undo(doc.session);
  EXPECT_EQ(doc.session.meta.title, "A");
  EXPECT_EQ(doc.session.meta.place, makeDemoSession().meta.place);
}

}  // namespace
}  // namespace nwk
