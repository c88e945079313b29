// Live voting's shared JSON: a round survives the trip to the server with its rules, so the
// server refuses exactly the ballots the app would (same German reason); broken documents are
// refused naming what is wrong; the server's ballots are mirrored into the session once,
// changed in place, voided for good, as one undo step.
#include <gtest/gtest.h>

#include "core/model/labels.hpp"
#include "core/model/validate.hpp"
#include "core/text/i18n.hpp"
#include "core/voting/live.hpp"
#include "core/voting/tally.hpp"
#include "core/voting/voting.hpp"

namespace nwk {
namespace {

class LiveTest : public ::testing::Test {
 protected:
  void SetUp() override {
    setLanguage(Lang::De);
    doc.session = makeDefaultSession();
    doc.session.meta.title = "Sozialraumkonferenz Nord";
    for (const char* text : {"Familienzentrum", "Sprachkita", "Lotsen „Übergang“"})
      proposals.push_back(add(doc, Proposal{0, doc.session.ageGroups[1].id, text, Level::Structural, {}, {}}));
    VotingRound r = newVotingRound(VoteMethod::Dots, proposals);
    r.points = 3;
    r.maxPerProposal = 2;
    r.state = RoundState::Open;
    round = add(doc, r);
  }

  const VotingRound& theRound() const { return *findById(doc.session.rounds, round); }

  LiveBallot live(const char* id, std::vector<BallotEntry> entries, bool voided = false) {
    LiveBallot b;
    b.id = id;
    b.ballot.entries = std::move(entries);
    b.voided = voided;
    return b;
  }

  Document doc;
  std::vector<Id> proposals;
  Id round = kNoId;
};

TEST_F(LiveTest, ARoundArrivesWithItsRulesTextsAgeGroupsAndGroups) {
  std::string problem;
  const auto parsed = parseLiveRound(liveRoundJson(doc.session, theRound()), &problem);
  ASSERT_TRUE(parsed) << problem;
  const VotingRound& r = parsed->round();
  EXPECT_EQ(r.id, round);
  EXPECT_EQ(r.proposals, proposals);
  EXPECT_EQ(r.points, 3);
  EXPECT_EQ(r.maxPerProposal, 2);
  EXPECT_EQ(r.state, RoundState::Open);
  EXPECT_EQ(parsed->title, "Sozialraumkonferenz Nord");
  EXPECT_EQ(parsed->session.proposals[2].text, "Lotsen „Übergang“");
  EXPECT_STREQ(ageGroupName(parsed->session, parsed->session.proposals[0].ageGroup), "3-6");
  EXPECT_EQ(parsed->session.groups, doc.session.groups);
}

TEST_F(LiveTest, TheServerRefusesWhatTheAppRefusesWithTheSameReason) {
  const auto parsed = parseLiveRound(liveRoundJson(doc.session, theRound()), nullptr);
  ASSERT_TRUE(parsed);
  std::string problem;
  const auto over = parseBallot(R"({"entries":[{"proposal":)" + std::to_string(proposals[0]) +
                                    R"(,"value":2},{"proposal":)" + std::to_string(proposals[1]) + R"(,"value":2}]})",
                                &problem);
  ASSERT_TRUE(over) << problem;
  Ballot here = *over;
  here.round = round;
  const auto serverSays = ballotProblem(parsed->session, parsed->round(), here);
  ASSERT_TRUE(serverSays);
  EXPECT_EQ(*serverSays, "4 Punkte vergeben, nur 3 möglich");
  EXPECT_EQ(castBallot(doc, here).problem, *serverSays);

  here.entries.pop_back();
  EXPECT_FALSE(ballotProblem(parsed->session, parsed->round(), here));
  here.entries[0].criterion = 6;
  EXPECT_EQ(ballotProblem(parsed->session, parsed->round(), here), "„Familienzentrum“: Kriterium 7 gibt es nicht")
      << "a phone cannot sneak a criterion into a dot vote (found by fuzz_live)";
  here.entries[0].criterion = 0;
  EXPECT_EQ(*parseBallot(ballotJson(here), nullptr), (Ballot{kNoId, kNoId, kNoId, "", here.entries, false, ""}));
}

TEST_F(LiveTest, BrokenDocumentsAreRefusedNamingWhatIsWrong) {
  std::string problem;
  EXPECT_FALSE(parseBallot("{\"entries\":[{\"proposal\":1.5,\"value\":1}]}", &problem));
  EXPECT_EQ(problem, "Kein gültiger Stimmzettel: proposal");
  EXPECT_FALSE(parseBallot("{\"entries\":[{\"proposal\":2,\"value\":99999999999}]}", &problem));
  EXPECT_EQ(problem, "Kein gültiger Stimmzettel: value");
  EXPECT_FALSE(parseBallot("[1,2]", &problem));
  EXPECT_FALSE(parseBallot("{\"entries\":", &problem));
  EXPECT_NE(problem.find("Kein gültiger Stimmzettel: "), std::string::npos);

  std::string sent = liveRoundJson(doc.session, theRound());
  const auto replace = [&](const std::string& from, const std::string& to) {
    std::string changed = sent;
    changed.replace(changed.find(from), from.size(), to);
    return changed;
  };
  EXPECT_FALSE(parseLiveRound(replace("\"dots\"", "\"lottery\""), &problem));
  EXPECT_EQ(problem, "Keine gültige Live-Abstimmung: method");
  EXPECT_FALSE(parseLiveRound(replace("\"points\":3", "\"points\":0"), &problem));
  EXPECT_EQ(problem, "Keine gültige Live-Abstimmung: points");
  EXPECT_FALSE(parseLiveRound(replace("\"maxPerProposal\":2", "\"maxPerProposal\":7"), &problem));
  EXPECT_NE(problem.find("maxPerProposal"), std::string::npos) << problem;
  const std::string twice = "{\"id\":" + std::to_string(proposals[0]) + ",\"text\":\"x\"},";
  EXPECT_FALSE(parseLiveRound(replace("\"proposals\":[", "\"proposals\":[" + twice), &problem));
  EXPECT_NE(problem.find("Keine gültige Live-Abstimmung: "), std::string::npos) << "a proposal twice";

  EXPECT_FALSE(parseLiveFeed("{\"state\":\"open\",\"devices\":-1,\"lastSeq\":0,\"ballots\":[]}", &problem));
  EXPECT_EQ(problem, "Die Antwort des Servers ist unlesbar: devices");
}

TEST_F(LiveTest, AFeedSurvivesItsTripAndMirrorsOnceAsOneUndoStep) {
  LiveFeed feed;
  feed.devices = 4;
  feed.lastSeq = 9;
  feed.ballots = {live("a1", {{proposals[0], 2, 0}}), live("b2", {{proposals[1], 1, 0}, {proposals[2], 2, 0}})};
  feed.ballots[1].ballot.group = doc.session.groups[0].id;
  const auto parsed = parseLiveFeed(liveFeedJson(feed), nullptr);
  ASSERT_TRUE(parsed);
  EXPECT_EQ(parsed->lastSeq, 9u);
  EXPECT_EQ(parsed->devices, 4);
  ASSERT_EQ(parsed->ballots.size(), 2u);
  EXPECT_EQ(parsed->ballots[1].ballot, feed.ballots[1].ballot);

  EXPECT_EQ(mirrorLiveBallots(doc, round, parsed->ballots), 2);
  EXPECT_EQ(mirrorLiveBallots(doc, round, parsed->ballots), 0) << "the same feed again changes nothing";
  ASSERT_EQ(doc.session.ballots.size(), 2u);
  EXPECT_EQ(doc.session.ballots[1].liveId, "b2");
  EXPECT_EQ(doc.session.ballots[1].group, doc.session.groups[0].id);
  EXPECT_EQ(tally(doc.session, theRound()).ballots, 2);
  EXPECT_EQ(doc.history.undoLabel(), "Stimmen von Handys übernehmen");
  doc.history.undo(doc.session);
  EXPECT_TRUE(doc.session.ballots.empty()) << "both ballots were one undo step";
}

TEST_F(LiveTest, AChangedBallotIsReplacedInPlaceAndAVoidStays) {
  mirrorLiveBallots(doc, round, {live("a1", {{proposals[0], 2, 0}})});
  const Id id = doc.session.ballots[0].id;
  EXPECT_EQ(mirrorLiveBallots(doc, round, {live("a1", {{proposals[1], 2, 0}})}), 1);
  ASSERT_EQ(doc.session.ballots.size(), 1u);
  EXPECT_EQ(doc.session.ballots[0].id, id) << "the participant changed the ballot: same ballot";
  EXPECT_EQ(doc.session.ballots[0].entries[0].proposal, proposals[1]);

  EXPECT_EQ(mirrorLiveBallots(doc, round, {live("a1", {{proposals[1], 2, 0}}, true)}), 1);
  EXPECT_TRUE(doc.session.ballots[0].voided);
  EXPECT_EQ(mirrorLiveBallots(doc, round, {live("a1", {{proposals[1], 2, 0}})}), 0)
      << "a void is never undone by the server";
  EXPECT_EQ(tally(doc.session, theRound()).ballots, 0);
}

TEST_F(LiveTest, BallotsThatNoLongerFitTheRoundAreLeftOut) {
  EXPECT_EQ(mirrorLiveBallots(doc, round, {live("x", {{proposals[0], 9, 0}}), live("y", {{4242, 1, 0}})}), 0);
  EXPECT_TRUE(doc.session.ballots.empty());
  EXPECT_FALSE(doc.history.canUndo() && doc.history.undoLabel() == "Stimmen von Handys übernehmen");
}

TEST_F(LiveTest, APhoneReadsItsRoundItsBallotAndTheServersReasons) {
  Ballot mine;
  mine.entries = {{proposals[2], 2, 0}};
  const std::string me =
      "{\"round\":" + liveRoundJson(doc.session, theRound()) + ",\"ballot\":" + ballotJson(mine) + ",\"voided\":false}";
  std::string problem;
  const auto view = parseParticipantView(me, &problem);
  ASSERT_TRUE(view) << problem;
  EXPECT_EQ(view->token, "");
  EXPECT_EQ(view->round.round().proposals, proposals);
  ASSERT_TRUE(view->ballot);
  EXPECT_EQ(view->ballot->entries, mine.entries);

  const auto joined =
      parseParticipantView("{\"token\":\"ab12\",\"round\":" + liveRoundJson(doc.session, theRound()) + "}", nullptr);
  ASSERT_TRUE(joined);
  EXPECT_EQ(joined->token, "ab12");
  EXPECT_FALSE(joined->ballot);
  EXPECT_FALSE(parseParticipantView("{\"token\":\"ab12\"}", &problem));
  EXPECT_EQ(problem, "Keine gültige Live-Abstimmung: round");

  EXPECT_EQ(ballotPutJson("K7PX", mine),
            "{\"code\":\"K7PX\",\"ballot\":" + ballotJson(mine).substr(0, ballotJson(mine).size() - 1) + "}}");
  EXPECT_EQ(joinJson("K7PX"), "{\"code\":\"K7PX\"}");
  const LiveRefusal refusal =
      parseLiveRefusal("{\"error\":\"4 Punkte vergeben, nur 3 möglich\",\"code\":\"invalid_ballot\"}");
  EXPECT_EQ(refusal.message, "4 Punkte vergeben, nur 3 möglich");
  EXPECT_EQ(refusal.code, "invalid_ballot");
  EXPECT_EQ(parseLiveRefusal("<html>").message, "");
}

TEST_F(LiveTest, TheServersJoinCodeAndQrAreReadAndTheRoundGoesLiveAsOneStep) {
  const auto opened = parseLiveRoundOpened(
      R"({"code":"K7PX","joinUrl":"http://192.168.1.5:8090/?join=K7PX","qr":{"size":2,"rows":["10","01"]}})", nullptr);
  ASSERT_TRUE(opened);
  EXPECT_EQ(opened->code, "K7PX");
  EXPECT_EQ(opened->qrRows, (std::vector<std::string>{"10", "01"}));
  std::string problem;
  EXPECT_FALSE(parseLiveRoundOpened(R"({"code":"K7PX","joinUrl":"x","qr":{"rows":["10","0"]}})", &problem))
      << "a QR code is square";
  EXPECT_EQ(problem, "Die Antwort des Servers ist unlesbar: qr");

  VotingRound draft = theRound();
  draft.state = RoundState::Draft;
  update(doc, draft);
  EXPECT_TRUE(startLiveRound(doc, round, "K7PX"));
  EXPECT_EQ(theRound().state, RoundState::Open);
  EXPECT_EQ(theRound().liveCode, "K7PX");
  EXPECT_FALSE(startLiveRound(doc, round, "K7PX")) << "already live under that code";
  doc.history.undo(doc.session);
  EXPECT_EQ(theRound().state, RoundState::Draft);
  EXPECT_EQ(theRound().liveCode, "");
}

TEST_F(LiveTest, EveryReaderRefusesWhatTheSessionWouldRefuse) {
  // Found by fuzz_live: a ballot id with \u0000 was read, mirrored, and the session then
  // failed validation. The same for every text and every identifier a reader takes.
  const std::string sent = liveRoundJson(doc.session, theRound());
  const std::string entries = R"("entries":[{"proposal":)" + std::to_string(proposals[0]) + R"(,"value":1}])";
  const auto feedWith = [&](const std::string& id, const std::string& voter) {
    return R"({"state":"open","devices":1,"lastSeq":1,"ballots":[{"id":)" + id + R"(,"seq":1,"voided":false,"voter":)" +
           voter + "," + entries + "}]}";
  };
  for (const char* bad : {R"("a\u0000b")", R"("a/../b")", R"("a b")", R"("a\nb")", R"("ä")", R"("")"})
    EXPECT_FALSE(parseLiveFeed(feedWith(bad, R"("")"), nullptr)) << "ballot id " << bad;
  EXPECT_FALSE(parseLiveFeed(feedWith(R"("a1")", R"("Ann\u0000")"), nullptr)) << "voter";
  EXPECT_FALSE(parseLiveFeed(feedWith(R"("a1")", "\"\xC3\x28\""), nullptr)) << "voter, not UTF-8";
  EXPECT_FALSE(parseLiveFeed(feedWith(R"("a1")", '"' + std::string(kLimits.textBytes + 1, 'x') + '"'), nullptr))
      << "voter, too long";
  ASSERT_TRUE(parseLiveFeed(feedWith(R"("a1")", R"("Ann \u00c4")"), nullptr));

  for (const char* bad : {R"("K7\u0000X")", R"("K7/X")", R"("K7?x=1")", R"("K7PX K7PX K7PX K7PX")"}) {
    const std::string opened = std::string(R"({"code":)") + bad + R"(,"joinUrl":"x","qr":{"rows":["1"]}})";
    EXPECT_FALSE(parseLiveRoundOpened(opened, nullptr)) << "code " << bad;
  }
  EXPECT_FALSE(parseParticipantView(R"({"token":"ab\n12","round":)" + sent + "}", nullptr)) << "a token";
  EXPECT_FALSE(
      parseParticipantView(R"({"round":)" + sent + R"(,"ballot":{"voter":"\u0000",)" + entries + "}}", nullptr))
      << "the phone's own ballot";
  EXPECT_FALSE(parseBallot(R"({"voter":"x\u0000",)" + entries + "}", nullptr));
}

TEST_F(LiveTest, AFeedComesInPagesThatReadEvenWithTheLargestBallots) {
  LiveFeed all;
  for (std::uint64_t i = 1; i <= 3 * kFeedPageBallots; ++i) {
    LiveBallot b = live("id", {});
    b.id += std::to_string(i);
    b.seq = 10 * i;
    b.ballot.voter = std::string(200, 'x');
    b.ballot.entries.assign(i % 100 == 0 ? kLimits.entriesPerBallot : 20, BallotEntry{Id{4'000'000'000}, 100, 7});
    all.ballots.push_back(std::move(b));
  }
  all.lastSeq = 10 * all.ballots.size() + 5;  // a void later than every ballot
  std::vector<std::string> seen;
  std::uint64_t since = 0;
  for (int pages = 0; pages < 1000; ++pages) {
    LiveFeed page;  // the ballots changed since, as the server collects them
    page.lastSeq = all.lastSeq;
    page.ballots.assign(std::upper_bound(all.ballots.begin(), all.ballots.end(), since,
                                         [](std::uint64_t seq, const LiveBallot& b) { return seq < b.seq; }),
                        all.ballots.end());
    cutToPage(page);
    std::string problem;
    const auto read = parseLiveFeed(liveFeedJson(page), &problem);
    ASSERT_TRUE(read) << problem;
    ASSERT_FALSE(read->ballots.empty() && read->more);
    for (const LiveBallot& b : read->ballots) seen.push_back(b.id);
    EXPECT_EQ(read->lastSeq, read->more ? read->ballots.back().seq : all.lastSeq);
    since = read->lastSeq;
    if (!read->more) break;
  }
  ASSERT_EQ(seen.size(), all.ballots.size());
  for (std::size_t i = 0; i < seen.size(); ++i) EXPECT_EQ(seen[i], all.ballots[i].id) << "each once, in order";
}

}  // namespace
}  // namespace nwk
