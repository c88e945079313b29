// After the conference: measures taken over from proposals, the follow-up conference and
// what the session file keeps of both.
#include "core/model/followup.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "core/import/merge.hpp"
#include "core/io/session_io.hpp"
#include "core/model/validate.hpp"
#include "core/sample/demo.hpp"
#include "core/sample/demo_followup.hpp"

namespace nwk {
namespace {

TEST(TakeOverProposal, MakesOneLinkedMeasureInOneUndoStep) {
  Document doc{makeDemoSession(), {}};
  const Proposal p = doc.session.proposals[2];
  const Id id = takeOverProposal(doc, p.id);
  const Measure* m = findById(doc.session.measures, id);
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->name, p.text);
  EXPECT_EQ(m->proposal, p.id);
  EXPECT_EQ(m->ageGroups, std::vector<Id>{p.ageGroup});
  EXPECT_EQ(m->districts, p.districts);
  EXPECT_EQ(measureOf(doc.session, p.id), m);
  EXPECT_TRUE(doc.history.undo(doc.session));
  EXPECT_TRUE(doc.session.measures.empty());
  EXPECT_EQ(takeOverProposal(doc, 999'999), kNoId);
}

TEST(TakeOverProposal, RemovingTheProposalKeepsTheMeasureOnItsOwn) {
  Document doc{makeDemoSession(), {}};
  const Id proposal = doc.session.proposals[0].id;
  const Id id = takeOverProposal(doc, proposal);
  remove<Proposal>(doc, proposal);
  ASSERT_NE(findById(doc.session.measures, id), nullptr);
  EXPECT_EQ(findById(doc.session.measures, id)->proposal, kNoId);
  EXPECT_EQ(validate(doc.session), std::nullopt);
}

TEST(DemoAfterConference, HasMeasuresFromTheTopThreeProposalsWithStatusesAndNotes) {
  const Session s = makeDemoAfterConference();
  EXPECT_EQ(validate(s), std::nullopt);
  ASSERT_EQ(s.measures.size(), 3u);
  for (const Measure& m : s.measures) {
    EXPECT_NE(findById(s.proposals, m.proposal), nullptr);
    EXPECT_FALSE(m.owner.empty());
    EXPECT_FALSE(m.deadline.empty());
    EXPECT_EQ(m.notes.size(), 1u);
  }
  EXPECT_EQ(s.measures[0].status, MeasureStatus::Started);
  EXPECT_EQ(s.measures[1].status, MeasureStatus::Done);
  EXPECT_EQ(s.fields.size(), 2u);
  EXPECT_EQ(s.goals.size(), 2u);
  EXPECT_EQ(s.meta.phase, Phase::Implementation);
}

TEST(FollowUp, KeepsTheInventoryAndMeasuresAndCarriesTheEarlierConferenceAsBaseline) {
  const Session earlier = makeDemoAfterConference();
  const Session next = prepareFollowUp(earlier, "2027-01-28");
  EXPECT_EQ(validate(next), std::nullopt);
  EXPECT_EQ(next.meta.date, "2027-01-28");
  EXPECT_EQ(next.meta.phase, Phase::Inventory);
  EXPECT_EQ(next.uid, 0u);
  EXPECT_EQ(next.offers.size(), earlier.offers.size());
  for (const Offer& o : next.offers) EXPECT_TRUE(o.toReview);
  EXPECT_EQ(next.districts, earlier.districts);
  EXPECT_EQ(next.measures.size(), 3u);
  EXPECT_EQ(next.measures[0].status, earlier.measures[0].status);
  EXPECT_EQ(next.measures[0].proposal, kNoId) << "its proposal stays in the baseline";
  EXPECT_TRUE(next.proposals.empty());
  EXPECT_TRUE(next.rounds.empty());
  ASSERT_NE(baselineOf(next), nullptr);
  EXPECT_EQ(*baselineOf(next), earlier);
  // A second follow-up keeps both earlier conferences, oldest first, none nested.
  const Session third = prepareFollowUp(next, "2028-01-27");
  ASSERT_EQ(third.history.size(), 2u);
  EXPECT_EQ(third.history[0], earlier);
  EXPECT_TRUE(third.history[1].history.empty());
  EXPECT_EQ(third.history[1].meta.date, "2027-01-28");
}

TEST(FollowUp, RoundTripsInBothFormatsWithItsHistory) {
  const Session s = makeDemoFollowUp();
  for (SessionFormat format : {SessionFormat::Binary, SessionFormat::Json}) {
    const LoadResult r = loadSession(saveSession(s, format));
    ASSERT_TRUE(r.session) << r.error;
    EXPECT_EQ(*r.session, s);
    EXPECT_TRUE(r.repairs.empty());
  }
}

TEST(FollowUp, AHistoryNestedInAHistoryIsRefusedNotFollowedDown) {
  Session s = makeDemoFollowUp();
  Session deeper = s;
  s.history.back().history.push_back(deeper);  // what no version writes
  const LoadResult r = loadSession(saveSession(s, SessionFormat::Binary));
  EXPECT_FALSE(r.session);
  EXPECT_FALSE(r.error.empty());
}

TEST(FollowUp, ValidationChecksTheBaselineByTheSameRules) {
  Session s = makeDemoFollowUp();
  s.history.back().offers[0].district = 999'999;
  EXPECT_NE(validate(s), std::nullopt);
  const std::vector<std::string> repaired = repair(s);
  EXPECT_FALSE(repaired.empty());
  EXPECT_EQ(validate(s), std::nullopt);
  EXPECT_EQ(s.history.back().offers[0].district, kNoId);
}

TEST(Measures, FieldRulesHoldForWhatAFormTyped) {
  Measure m;
  m.deadline = "31.02.2027";
  m.staffHours = -5;
  m.money = 1e300;
  m.notes = {{"gestern", "x"}};
  normalizeFields(m);
  EXPECT_EQ(m.deadline, "");
  EXPECT_EQ(m.staffHours, 0.0);
  EXPECT_EQ(m.money, 0.0);
  EXPECT_EQ(m.notes[0].date, "");
}

TEST(Measures, RemovingADistrictAgeGroupOrFieldClearsTheirReferences) {
  Document doc{makeDemoAfterConference(), {}};
  const auto withAges = std::find_if(doc.session.measures.begin(), doc.session.measures.end(),
                                     [](const Measure& m) { return !m.ageGroups.empty() && m.field != kNoId; });
  ASSERT_NE(withAges, doc.session.measures.end());
  const std::size_t index = static_cast<std::size_t>(withAges - doc.session.measures.begin());
  const Measure before = *withAges;
  remove<AgeGroup>(doc, before.ageGroups[0]);
  remove<FieldOfAction>(doc, before.field);
  const Measure& after = doc.session.measures[index];
  EXPECT_TRUE(std::find(after.ageGroups.begin(), after.ageGroups.end(), before.ageGroups[0]) == after.ageGroups.end());
  EXPECT_EQ(after.field, kNoId);
  EXPECT_EQ(validate(doc.session), std::nullopt);
}

TEST(Merge, BringsGoalsAndMeasuresAlongAndMatchesFieldsOfActionByName) {
  Document doc{makeDemoAfterConference(), {}};
  const Session other = makeDemoAfterConference();
  const MergeReport report = merge(doc, other);
  EXPECT_EQ(report.measures, 3u);
  EXPECT_EQ(report.goals, 2u);
  EXPECT_EQ(doc.session.fields.size(), 2u) << "the same fields of action, not doubled";
  EXPECT_EQ(doc.session.measures.size(), 6u);
  EXPECT_EQ(validate(doc.session), std::nullopt);
  for (std::size_t i = 3; i < 6; ++i) {
    const Measure& m = doc.session.measures[i];
    const Proposal* p = findById(doc.session.proposals, m.proposal);
    ASSERT_NE(p, nullptr) << "a merged measure points at the merged copy of its proposal";
    EXPECT_EQ(p->text, other.measures[i - 3].name);
    EXPECT_EQ(m.field, findById(doc.session.measures, doc.session.measures[i - 3].id)->field);
  }
  // Combining the duplicate proposals moves the measure's link to the one kept.
  const Proposal& kept = *findById(doc.session.proposals, doc.session.measures[0].proposal);
  const Id absorbed = doc.session.measures[3].proposal;
  ASSERT_TRUE(mergeProposals(doc, kept.id, absorbed));
  EXPECT_EQ(doc.session.measures[3].proposal, kept.id);
}

}  // namespace
}  // namespace nwk
