// Voting: the tally of each method (ties shared, Borda with partial rankings, per group and
// age group, paper dots beside digital ballots, voided ballots left out), the ballots and
// paper batches refused with their reason (the session untouched), the vote commands' undo,
// format 3's checks, and a property test of the sums over random rounds.
#include <gtest/gtest.h>

#include <cstdio>
#include <random>

#include "core/import/merge.hpp"
#include "core/model/validate.hpp"
#include "core/sample/demo.hpp"
#include "core/text/i18n.hpp"
#include "core/voting/tally.hpp"
#include "core/voting/voting.hpp"

namespace nwk {
namespace {

class TallyTest : public ::testing::Test {
 protected:
  void SetUp() override {
    setLanguage(Lang::De);
    doc.session = makeDefaultSession();
    for (const char* text : {"A", "B", "C", "D"})
      proposals.push_back(
          add(doc, Proposal{0, doc.session.ageGroups[text[0] == 'D'].id, text, Level::Structural, {}, {}}));
  }

  Id openRound(VoteMethod method, std::int32_t points = 5, std::int32_t maxPerProposal = 3) {
    VotingRound r;
    r.name = "Runde";
    r.method = method;
    r.proposals = proposals;
    r.points = points;
    r.maxPerProposal = maxPerProposal;
    r.state = RoundState::Open;
    if (method == VoteMethod::Weighting) r.criteria = {"Wirkung", "Umsetzbarkeit"};
    return add(doc, r);
  }

  Ballot ballot(Id round, std::vector<BallotEntry> entries, Id group = kNoId) {
    Ballot b;
    b.round = round;
    b.group = group;
    b.entries = std::move(entries);
    return b;
  }

  // entries: (proposal index, value[, criterion])
  Id cast(Id round, std::initializer_list<std::array<int, 3>> entries, Id group = kNoId) {
    const VoteResult v = castBallot(doc, ballot(round, entriesOf(entries), group));
    EXPECT_EQ(v.problem, "");
    return v.id;
  }

  std::vector<BallotEntry> entriesOf(std::initializer_list<std::array<int, 3>> entries) {
    std::vector<BallotEntry> out;
    for (const auto& e : entries) out.push_back({proposals[static_cast<std::size_t>(e[0])], e[1], e[2]});
    return out;
  }

  // The reason a ballot is refused; fails if it is accepted or changes the session.
  std::string refusal(Id round, std::initializer_list<std::array<int, 3>> entries, Id group = kNoId,
                      const std::string& voter = "") {
    const Session before = doc.session;
    Ballot b = ballot(round, entriesOf(entries), group);
    b.voter = voter;
    const VoteResult v = castBallot(doc, b);
    EXPECT_EQ(v.id, kNoId);
    EXPECT_EQ(doc.session, before) << "a refused ballot changed the session";
    return v.problem;
  }

  RoundResult result(Id round) { return tally(doc.session, *findById(doc.session.rounds, round)); }

  // "B 4 #1, A 3 #2": text, score and rank in result order.
  std::string summary(const std::vector<ProposalResult>& results) {
    std::string out;
    for (const ProposalResult& r : results) {
      char line[64];
      std::snprintf(line, sizeof line, "%s%s %g #%d", out.empty() ? "" : ", ",
                    findById(doc.session.proposals, r.proposal)->text.c_str(), r.score, r.rank);
      out += line;
    }
    return out;
  }

  Id group(std::size_t i) const { return doc.session.groups[i].id; }

  Document doc;
  std::vector<Id> proposals;
};

TEST_F(TallyTest, DotsAreSummedAndRanked) {
  const Id round = openRound(VoteMethod::Dots);
  cast(round, {{0, 2, 0}, {1, 1, 0}});
  cast(round, {{0, 1, 0}, {2, 2, 0}});
  cast(round, {{1, 3, 0}});
  const RoundResult r = result(round);
  EXPECT_EQ(summary(r.proposals), "B 4 #1, A 3 #2, C 2 #3, D 0 #4");
  EXPECT_EQ(r.ballots, 3);
  EXPECT_EQ(r.points, 9);
  EXPECT_EQ(r.proposals[1].ballots, 2) << "A is on two ballots";
}

TEST_F(TallyTest, TiesShareTheirRankAndKeepTheRoundsOrder) {
  const Id round = openRound(VoteMethod::Dots);
  cast(round, {{3, 1, 0}, {1, 1, 0}});
  cast(round, {{2, 2, 0}});
  EXPECT_EQ(summary(result(round).proposals), "C 2 #1, B 1 #2, D 1 #2, A 0 #4");
}

TEST_F(TallyTest, WeightingGivesMeansPerProposalAndCriterionWithTheirBallots) {
  const Id round = openRound(VoteMethod::Weighting);
  cast(round, {{0, 5, 0}, {0, 3, 1}, {1, 4, 0}, {1, 4, 1}});
  cast(round, {{0, 3, 0}, {0, 3, 1}});
  const RoundResult r = result(round);
  EXPECT_EQ(summary(r.proposals), "B 4 #1, A 3.5 #2, C 0 #3, D 0 #3");
  const ProposalResult& a = r.proposals[1];
  ASSERT_EQ(a.criteria.size(), 2u);
  EXPECT_EQ(a.criteria[0].mean, 4.0);
  EXPECT_EQ(a.criteria[0].ballots, 2);
  EXPECT_EQ(a.criteria[1].mean, 3.0);
  EXPECT_EQ(a.ballots, 2);
  EXPECT_EQ(r.proposals[0].ballots, 1);
}

TEST_F(TallyTest, RankingIsABordaCountWhereUnrankedScoresZero) {
  const Id round = openRound(VoteMethod::Ranking);
  cast(round, {{0, 1, 0}, {1, 2, 0}, {2, 3, 0}, {3, 4, 0}});  // A 3, B 2, C 1, D 0
  cast(round, {{2, 1, 0}});                                   // C 3
  cast(round, {{1, 1, 0}, {0, 2, 0}});                        // B 3, A 2
  const RoundResult r = result(round);
  EXPECT_EQ(summary(r.proposals), "A 5 #1, B 5 #1, C 4 #3, D 0 #4");
  EXPECT_EQ(r.points, 14);
  EXPECT_EQ(r.proposals[3].ballots, 1) << "D was ranked (last) on one ballot";
}

TEST_F(TallyTest, EachGroupGetsItsOwnRankingWithItsPaperVoters) {
  const Id round = openRound(VoteMethod::Dots);
  cast(round, {{0, 3, 0}}, group(0));
  cast(round, {{1, 2, 0}}, group(1));
  cast(round, {{2, 1, 0}});
  PaperTally paper;
  paper.group = group(0);
  paper.voters = 1;
  paper.dots = {{proposals[3], 2}};
  ASSERT_EQ(addPaperTally(doc, round, paper).problem, "");
  const RoundResult r = result(round);
  ASSERT_EQ(r.groups.size(), 3u) << "two groups and the ballots without one";
  EXPECT_EQ(r.groups[0].group, group(0));
  EXPECT_EQ(r.groups[0].ballots, 2);
  EXPECT_EQ(summary(r.groups[0].proposals), "A 3 #1, D 2 #2, B 0 #3, C 0 #3");
  EXPECT_EQ(summary(r.groups[1].proposals), "B 2 #1, A 0 #2, C 0 #2, D 0 #2");
  EXPECT_EQ(r.groups[2].group, kNoId);
  EXPECT_EQ(summary(r.groups[2].proposals), "C 1 #1, A 0 #2, B 0 #2, D 0 #2");
}

TEST_F(TallyTest, PaperDotsAddToDigitalBallotsAndTheirVotersAreCounted) {
  const Id round = openRound(VoteMethod::Dots);
  cast(round, {{0, 2, 0}, {1, 3, 0}});
  cast(round, {{0, 1, 0}});
  PaperTally paper;
  paper.voters = 3;
  paper.dots = {{proposals[2], 9}, {proposals[0], 1}};
  const VoteResult added = addPaperTally(doc, round, paper);
  ASSERT_EQ(added.problem, "");
  EXPECT_NE(added.id, kNoId);
  const RoundResult r = result(round);
  EXPECT_EQ(summary(r.proposals), "C 9 #1, A 4 #2, B 3 #3, D 0 #4");
  EXPECT_EQ(r.ballots, 5);
  EXPECT_EQ(r.digitalBallots, 2);
  EXPECT_EQ(r.paperVoters, 3);
  EXPECT_EQ(r.points, 16);
  EXPECT_EQ(r.proposals[0].ballots, 0) << "paper dots are no digital ballots";
}

TEST_F(TallyTest, PaperBatchesBeyondWhatTheirVotersCouldStickAreRefused) {
  const Id dots = openRound(VoteMethod::Dots), weighting = openRound(VoteMethod::Weighting);
  auto refused = [&](Id round, std::int32_t voters, std::vector<PaperDots> d) {
    const Session before = doc.session;
    const VoteResult v = addPaperTally(doc, round, PaperTally{0, kNoId, voters, std::move(d)});
    EXPECT_EQ(v.id, kNoId);
    EXPECT_EQ(doc.session, before);
    return v.problem;
  };
  EXPECT_EQ(refused(dots, 2, {{proposals[0], 3}, {proposals[1], 3}, {proposals[2], 5}}),
            "11 Klebepunkte von 2 Personen: höchstens 10 möglich");
  EXPECT_EQ(refused(dots, 2, {{proposals[0], 7}}), "„A“: 7 Klebepunkte, bei 2 Personen höchstens 6");
  EXPECT_EQ(refused(dots, 0, {}), "Bitte angeben, wie viele Personen auf Papier abgestimmt haben");
  EXPECT_EQ(refused(dots, 2, {{proposals[0], 1}, {proposals[0], 1}}), "„A“ steht zweimal auf dem Stimmzettel");
  EXPECT_EQ(refused(weighting, 2, {{proposals[0], 1}}), "Klebepunkte gibt es nur bei Punkteabfragen");
}

TEST_F(TallyTest, AnEmptyRoundTiesEveryProposalFirst) {
  const Id round = openRound(VoteMethod::Dots);
  const RoundResult r = result(round);
  EXPECT_EQ(r.ballots, 0);
  EXPECT_EQ(summary(r.proposals), "A 0 #1, B 0 #1, C 0 #1, D 0 #1");
  EXPECT_TRUE(r.groups.empty());
  VotingRound none;
  none.id = 999;
  EXPECT_TRUE(tally(doc.session, none).proposals.empty());
}

TEST_F(TallyTest, BallotsThatBreakTheRulesAreRefusedWithTheReason) {
  const Id dots = openRound(VoteMethod::Dots);
  EXPECT_EQ(refusal(dots, {{0, 3, 0}, {1, 3, 0}}), "6 Punkte vergeben, nur 5 möglich");
  EXPECT_EQ(refusal(dots, {{0, 4, 0}}), "„A“ hat 4 Punkte, höchstens 3 pro Vorschlag");
  EXPECT_EQ(refusal(dots, {}), "Der Stimmzettel ist leer: bitte mindestens einen Vorschlag wählen");
  EXPECT_EQ(refusal(dots, {{0, 1, 0}, {0, 1, 0}}), "„A“ steht zweimal auf dem Stimmzettel");
  EXPECT_EQ(refusal(dots, {{0, 1, 0}}, 12345), "Die gewählte Teilnehmendengruppe (12345) gibt es nicht mehr");
  const Session before = doc.session;
  Ballot foreign = ballot(dots, {{doc.session.ageGroups[0].id, 1, 0}});
  EXPECT_EQ(castBallot(doc, foreign).problem,
            "Vorschlag " + std::to_string(doc.session.ageGroups[0].id) + " steht in dieser Abstimmung nicht zur Wahl");
  EXPECT_EQ(doc.session, before);

  VotingRound all = *findById(doc.session.rounds, dots);
  all.allPointsRequired = true;
  all.named = true;
  update(doc, all);
  EXPECT_EQ(refusal(dots, {{0, 3, 0}}, kNoId, "Eva"), "noch 2 Punkte zu vergeben");
  EXPECT_EQ(refusal(dots, {{0, 3, 0}, {1, 2, 0}}, kNoId, " "),
            "Bitte den eigenen Namen eintragen: diese Abstimmung ist namentlich");
  EXPECT_EQ(refusal(dots, {{0, 3, 0}, {1, 2, 0}}, kNoId, std::string(201, 'x')),
            "Der Name ist zu lang (höchstens 200 Zeichen) oder enthält ungültige Zeichen");
  EXPECT_EQ(pointsLeft(all, ballot(dots, entriesOf({{0, 3, 0}}))), 2);
  Ballot named = ballot(dots, entriesOf({{0, 3, 0}, {1, 2, 0}}));
  named.voter = "Eva";
  EXPECT_EQ(findById(doc.session.ballots, castBallot(doc, named).id)->voter, "Eva") << "a named round keeps the name";

  ASSERT_TRUE(setRoundState(doc, dots, RoundState::Closed));
  EXPECT_EQ(refusal(dots, {{0, 1, 0}}), "Die Abstimmung ist geschlossen");
  const Id draft = add(doc, newVotingRound(VoteMethod::Dots, proposals));
  EXPECT_EQ(refusal(draft, {{0, 1, 0}}), "Die Abstimmung ist noch nicht eröffnet");

  const Id weighting = openRound(VoteMethod::Weighting);
  EXPECT_EQ(refusal(weighting, {{0, 6, 0}, {0, 2, 1}}), "„A“: Bewertung 6, erlaubt sind 1 bis 5");
  EXPECT_EQ(refusal(weighting, {{0, 4, 0}}), "„A“: bitte auch „Umsetzbarkeit“ bewerten");
  EXPECT_EQ(refusal(weighting, {{0, 4, 2}}), "„A“: Kriterium 3 gibt es nicht");

  const Id ranking = openRound(VoteMethod::Ranking);
  EXPECT_EQ(refusal(ranking, {{0, 1, 0}, {1, 1, 0}}), "Rang 1 ist doppelt vergeben");
  EXPECT_EQ(refusal(ranking, {{0, 1, 0}, {1, 3, 0}}), "Rang 2 fehlt: die Ränge bitte lückenlos ab 1 vergeben");
  EXPECT_EQ(refusal(ranking, {{0, 5, 0}}), "„A“: Rang 5, erlaubt sind 1 bis 4");
  Ballot lost = ballot(4242, entriesOf({{0, 1, 0}}));
  EXPECT_EQ(castBallot(doc, lost).problem, "Abstimmungsrunde 4242 gibt es nicht");
}

TEST_F(TallyTest, VoidedBallotsDoNotCountAndVoidingUndoes) {
  const Id round = openRound(VoteMethod::Dots);
  cast(round, {{0, 2, 0}});
  cast(round, {{1, 3, 0}});
  ASSERT_TRUE(voidLastBallot(doc, round));
  RoundResult r = result(round);
  EXPECT_EQ(summary(r.proposals), "A 2 #1, B 0 #2, C 0 #2, D 0 #2");
  EXPECT_EQ(r.ballots, 1);
  ASSERT_TRUE(doc.history.undo(doc.session));
  EXPECT_EQ(result(round).ballots, 2) << "undo restores the voided ballot";
  ASSERT_TRUE(doc.history.redo(doc.session));
  ASSERT_TRUE(voidLastBallot(doc, round)) << "the last ballot not voided yet: the first one";
  EXPECT_EQ(result(round).ballots, 0);
  EXPECT_FALSE(voidLastBallot(doc, round));
  EXPECT_EQ(doc.history.undoLabel(), "Letzten Stimmzettel ungültig machen");
}

TEST_F(TallyTest, CastingUndoesAndAnonymousRoundsKeepNoNames) {
  const Id round = openRound(VoteMethod::Dots);
  Ballot b = ballot(round, entriesOf({{0, 1, 0}}));
  b.voter = "Eva";
  b.voided = true;
  const VoteResult v = castBallot(doc, b);
  ASSERT_NE(v.id, kNoId);
  const Ballot* stored = findById(doc.session.ballots, v.id);
  ASSERT_NE(stored, nullptr);
  EXPECT_EQ(stored->voter, "") << "anonymous round";
  EXPECT_FALSE(stored->voided);
  EXPECT_EQ(doc.history.undoLabel(), "Stimme abgeben");
  ASSERT_TRUE(doc.history.undo(doc.session));
  EXPECT_EQ(findById(doc.session.ballots, v.id), nullptr);
  ASSERT_TRUE(doc.history.redo(doc.session));
  EXPECT_EQ(result(round).ballots, 1);
}

TEST_F(TallyTest, NewRoundsAreHiddenDraftsAndWeightingHasTheTwoUsualCriteria) {
  const VotingRound weighting = newVotingRound(VoteMethod::Weighting, proposals);
  EXPECT_EQ(weighting.criteria, (std::vector<std::string>{"Wirkung", "Umsetzbarkeit"}));
  EXPECT_EQ(weighting.state, RoundState::Draft);
  EXPECT_FALSE(resultsVisible(weighting));
  EXPECT_TRUE(newVotingRound(VoteMethod::Dots, proposals).criteria.empty());
  const Id round = add(doc, weighting);
  ASSERT_TRUE(setRoundState(doc, round, RoundState::Open));
  EXPECT_FALSE(resultsVisible(*findById(doc.session.rounds, round))) << "hidden while open";
  ASSERT_TRUE(setRoundState(doc, round, RoundState::Closed));
  EXPECT_TRUE(resultsVisible(*findById(doc.session.rounds, round)));
}

TEST_F(TallyTest, RoundStateChangesAreUndoSteps) {
  const Id round = openRound(VoteMethod::Dots);
  EXPECT_FALSE(setRoundState(doc, round, RoundState::Open)) << "open already";
  ASSERT_TRUE(setRoundState(doc, round, RoundState::Closed));
  EXPECT_EQ(doc.history.undoLabel(), "Abstimmung schließen");
  ASSERT_TRUE(doc.history.undo(doc.session));
  EXPECT_EQ(findById(doc.session.rounds, round)->state, RoundState::Open);
  EXPECT_FALSE(setRoundState(doc, 4242, RoundState::Closed));
}

TEST_F(TallyTest, ARoundGoesBackToPreparationOnlyWhileNobodyHasVoted) {
  const Id round = openRound(VoteMethod::Dots);
  ASSERT_TRUE(setRoundState(doc, round, RoundState::Draft)) << "nobody has voted yet";
  ASSERT_TRUE(setRoundState(doc, round, RoundState::Open));
  cast(round, {{0, 1, 0}});
  ASSERT_TRUE(voidLastBallot(doc, round));
  EXPECT_FALSE(setRoundState(doc, round, RoundState::Draft)) << "undo can bring the voided ballot back";
  const Id paperOnly = openRound(VoteMethod::Dots);
  PaperTally paper;
  paper.voters = 1;
  paper.dots = {{proposals[0], 2}};
  ASSERT_NE(addPaperTally(doc, paperOnly, paper).id, kNoId);
  EXPECT_FALSE(setRoundState(doc, paperOnly, RoundState::Draft));
  EXPECT_EQ(findById(doc.session.rounds, paperOnly)->state, RoundState::Open);
}

TEST_F(TallyTest, AgeGroupResultsAreRankedAmongThemselves) {
  const Id round = openRound(VoteMethod::Dots);
  cast(round, {{0, 3, 0}, {3, 1, 0}});
  cast(round, {{1, 2, 0}});
  const RoundResult r = result(round);
  EXPECT_EQ(summary(forAgeGroup(doc.session, r.proposals, doc.session.ageGroups[0].id)), "A 3 #1, B 2 #2, C 0 #3");
  EXPECT_EQ(summary(forAgeGroup(doc.session, r.proposals, doc.session.ageGroups[1].id)), "D 1 #1");
  EXPECT_TRUE(forAgeGroup(doc.session, r.proposals, kNoId).empty());
}

TEST_F(TallyTest, JsonHasEveryRoundOrTheOneAsked) {
  const Session demo = makeDemoSession();
  const std::string all = tallyJson(demo);
  EXPECT_NE(
      all.find(
          R"("name":"Punktabfrage Plenum","method":"dots","state":"closed","ballots":9,"digitalBallots":5,"paperVoters":4,"points":27)"),
      std::string::npos)
      << all;
  EXPECT_NE(
      all.find(
          R"("criteria":[{"name":"Wirkung","mean":4.5,"ballots":2},{"name":"Umsetzbarkeit","mean":3.5,"ballots":2}])"),
      std::string::npos)
      << all;
  EXPECT_NE(all.find(R"(}],"hidden":false})"), std::string::npos) << "the closed round's results are public";
  const std::string one = tallyJson(demo, demo.rounds[1].id);
  EXPECT_NE(one.find(R"(}],"hidden":true}]})"), std::string::npos) << "the open round's are not yet: " << one;
  EXPECT_EQ(one.find("Punktabfrage"), std::string::npos);
  EXPECT_NE(one.find("Gewichtung der Favoriten"), std::string::npos);
  EXPECT_EQ(tallyJson(demo, 4242), R"({"rounds":[]})");
}

// --- Format 3's checks and merging --------------------------------------------------------

TEST_F(TallyTest, FilesWithImpossibleVotesAreInvalid) {
  const Id round = openRound(VoteMethod::Weighting);
  cast(round, {{0, 4, 0}, {0, 4, 1}});
  ASSERT_FALSE(validate(doc.session).has_value());
  auto invalid = [&](auto mutate) {
    Session s = doc.session;
    mutate(s);
    return validate(s).has_value();
  };
  EXPECT_TRUE(invalid([](Session& s) { s.rounds[0].points = 0; }));
  EXPECT_TRUE(invalid([](Session& s) { s.rounds[0].points = 101; }));
  EXPECT_TRUE(invalid([](Session& s) { s.rounds[0].maxPerProposal = 6; }));
  EXPECT_TRUE(invalid([](Session& s) { s.rounds[0].state = static_cast<RoundState>(3); }));
  EXPECT_TRUE(invalid([](Session& s) { s.rounds[0].timerSeconds = 86'401; }));
  EXPECT_TRUE(invalid([](Session& s) { s.rounds[0].criteria.assign(9, "K"); }));
  EXPECT_TRUE(invalid([](Session& s) { s.rounds[0].proposals.push_back(s.proposals[0].id); }));
  EXPECT_TRUE(invalid([](Session& s) { s.ballots[0].entries[1].criterion = 2; }));
  EXPECT_TRUE(invalid(
      [](Session& s) { s.rounds[0].proposals.pop_back(), s.ballots[0].entries[0].proposal = s.proposals[3].id; }));
  EXPECT_TRUE(invalid([](Session& s) { s.rounds[0].paper.push_back({s.takeId(), kNoId, -1, {}}); }));
  EXPECT_TRUE(invalid([](Session& s) { s.rounds[0].paper.push_back({s.takeId(), 4242, 1, {}}); }));
  EXPECT_TRUE(invalid([](Session& s) { s.rounds[0].paper.push_back({s.ballots[0].id, kNoId, 1, {}}); }));
  EXPECT_FALSE(invalid([](Session& s) {
    s.rounds[0].paper.push_back({s.takeId(), kNoId, 1, {{s.proposals[0].id, 2}}});
  }));
}

TEST(TallyMerge, MergedRoundsGetFreshPaperIdsAndStayValid) {
  Document doc{makeDemoSession(), {}};
  merge(doc, makeDemoSession());
  ASSERT_EQ(doc.session.rounds.size(), 4u);
  EXPECT_FALSE(validate(doc.session).has_value());
  const VotingRound& copy = doc.session.rounds[2];
  EXPECT_NE(copy.paper[0].id, doc.session.rounds[0].paper[0].id);
  EXPECT_EQ(copy.paper[0].dots[0].proposal, copy.proposals[0]);
  EXPECT_EQ(doc.session.rounds[3].state, RoundState::Closed) << "nobody votes into a merged copy";
  EXPECT_EQ(tally(doc.session, copy).points, tally(doc.session, doc.session.rounds[0]).points);
}

// --- Property: the result holds exactly the points on the ballots -------------------------

struct RandomRound {
  Session session;
  std::int64_t points = 0;  // computed here independently: dots, scores or Borda points
  std::int32_t ballots = 0;
};

RandomRound randomRound(std::mt19937& random) {
  auto below = [&](int n) { return static_cast<int>(random() % static_cast<unsigned>(n)); };
  RandomRound out;
  Session& s = out.session = makeDefaultSession();
  VotingRound r;
  r.id = s.takeId();
  r.method = static_cast<VoteMethod>(below(3));
  r.points = 1 + below(10);
  r.maxPerProposal = 1 + below(r.points);
  r.state = static_cast<RoundState>(below(3));
  if (r.method == VoteMethod::Weighting) r.criteria.assign(static_cast<std::size_t>(below(4)), "K");
  const int n = below(12);
  for (int i = 0; i < n; ++i) {
    s.proposals.push_back({s.takeId(), kNoId, "P", Level::Structural, {}, {}});
    if (below(5) > 0) r.proposals.push_back(s.proposals.back().id);  // some proposals are not in the round
  }
  const auto m = static_cast<std::int32_t>(r.proposals.size());
  const int criteria = std::max(1, static_cast<int>(r.criteria.size()));
  const int ballots = below(40);
  for (int b = 0; b < ballots && m > 0; ++b) {
    Ballot ballot{s.takeId(),    r.id, below(3) ? s.groups[static_cast<std::size_t>(below(6))].id : kNoId, {}, {},
                  below(8) == 0, {}};
    std::vector<Id> order = r.proposals;
    std::shuffle(order.begin(), order.end(), random);
    const int entries = below(m + 1);
    for (int e = 0; e < entries; ++e) {
      const Id p = order[static_cast<std::size_t>(e)];
      if (r.method == VoteMethod::Dots) ballot.entries.push_back({p, below(r.maxPerProposal + 1), 0});
      if (r.method == VoteMethod::Ranking) ballot.entries.push_back({p, e + 1, 0});
      for (int c = 0; c < criteria && r.method == VoteMethod::Weighting; ++c)
        ballot.entries.push_back({p, 1 + below(5), c});
    }
    if (!ballot.voided) {
      ++out.ballots;
      for (const BallotEntry& e : ballot.entries) out.points += r.method == VoteMethod::Ranking ? m - e.value : e.value;
    }
    s.ballots.push_back(std::move(ballot));
  }
  for (int t = below(3); t > 0 && r.method == VoteMethod::Dots && m > 0; --t) {
    PaperTally paper{s.takeId(), below(2) ? s.groups[0].id : kNoId, 1 + below(20), {}};
    for (Id p : r.proposals) paper.dots.push_back({p, below(30)});
    out.ballots += paper.voters;
    for (const PaperDots& d : paper.dots) out.points += d.dots;
    r.paper.push_back(std::move(paper));
  }
  s.rounds.push_back(std::move(r));
  return out;
}

TEST(TallyProperty, ResultsHoldExactlyThePointsOfTheBallotsAndPaperDots) {
  std::mt19937 random(20260125);
  for (int i = 0; i < 400; ++i) {
    SCOPED_TRACE(i);
    const RandomRound rr = randomRound(random);
    const Session& s = rr.session;
    ASSERT_FALSE(validate(s).has_value()) << *validate(s);
    const RoundResult r = tally(s, s.rounds[0]);
    EXPECT_EQ(r.points, rr.points);
    EXPECT_EQ(r.ballots, rr.ballots);
    std::int64_t sum = 0, groupSum = 0;
    std::int32_t groupBallots = 0;
    for (const ProposalResult& p : r.proposals) {
      sum += p.points;
      EXPECT_EQ(p.rank, 1 + std::count_if(r.proposals.begin(), r.proposals.end(),
                                          [&](const ProposalResult& o) { return o.score > p.score; }));
    }
    EXPECT_EQ(sum, rr.points);
    for (const GroupResult& g : r.groups) {
      groupBallots += g.ballots;
      for (const ProposalResult& p : g.proposals) groupSum += p.points;
    }
    EXPECT_EQ(groupSum, rr.points) << "the groups split the points";
    EXPECT_EQ(groupBallots, rr.ballots) << "and the ballots";
  }
}

// The rules a voter reads before the first tap, with the round's own numbers.
TEST(BallotsText, NamesPaperOnlyWhenThereWasPaper) {
  setLanguage(Lang::De);
  EXPECT_EQ(ballotsText(1, 0), "1 Stimme");
  EXPECT_EQ(ballotsText(23, 0), "23 Stimmen");
  EXPECT_EQ(ballotsText(23, 3), "23 Stimmen (davon 3 auf Papier)");
}

TEST(BallotRules, SayTheRoundsNumbersBeforeTheFirstVote) {
  setLanguage(Lang::De);
  VotingRound dots = newVotingRound(VoteMethod::Dots, {});
  dots.points = 3;
  dots.maxPerProposal = 2;
  EXPECT_EQ(ballotRules(dots), "Verteilen Sie bis zu 3 Punkte auf die Vorschläge. Höchstens 2 auf einen Vorschlag.");
  dots.points = 1;
  dots.maxPerProposal = 1;
  dots.allPointsRequired = true;
  EXPECT_EQ(ballotRules(dots), "Verteilen Sie 1 Punkt auf die Vorschläge.");
  EXPECT_NE(ballotRules(newVotingRound(VoteMethod::Weighting, {})).find("1 (wenig) bis 5"), std::string::npos);
  setLanguage(Lang::En);
  EXPECT_EQ(ballotRules(newVotingRound(VoteMethod::Ranking, {})),
            "Tap the proposals in the order of your choice: the most important first.");
  setLanguage(Lang::De);
}

}  // namespace
}  // namespace nwk
