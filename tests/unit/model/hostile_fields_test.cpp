// Every field a form edits, fed what people and pasted text really contain (German dates,
// NUL, broken UTF-8, right-to-left text, emoji, 10,000 characters and more than a file
// holds), through the same commands the forms use: the session stays valid, so the saved
// file always opens again. And the dates a German facilitator types.
#include <gtest/gtest.h>

#include <functional>
#include <string>
#include <vector>

#include "core/io/session_io.hpp"
#include "core/model/commands.hpp"
#include "core/model/validate.hpp"
#include "core/sample/demo.hpp"

namespace nwk {
namespace {

const std::vector<std::string>& hostileTexts() {
  static const std::vector<std::string> texts = {
      "14.03.2027",
      "",
      std::string("Kita\0Sonnenschein", 17),
      "Kita \xC3\x28 kaputt",
      "\xFF\xFE\xFD",
      "\xE2\x80\xAE"
      "Familienzentrum \xD8\xA7\xD9\x84\xD8\xB9\xD8\xB1\xD8\xA8\xD9\x8A\xD8\xA9",
      "Grüße 🙂👨‍👩‍👧 ß",
      std::string(10'000, 'x'),
      std::string(kLimits.textBytes + 5000, 'y'),
      std::string(kLimits.textBytes - 1, 'z') + "ü",
  };
  return texts;
}

// Sets one text field of a copy of the first item of type T and issues the update.
template <class T> void hostileUpdate(Document& doc, std::function<std::string&(T&)> field) {
  for (const std::string& text : hostileTexts()) {
    T item = itemsOf<T>(doc.session).front();
    field(item) = text;
    update(doc, item);
    ASSERT_EQ(validate(doc.session), std::nullopt) << "text of " << text.size() << " bytes";
  }
}

TEST(HostileFields, EveryTextFieldOfEveryFormKeepsTheSessionValid) {
  Document doc{makeDemoSession(), {}};
  for (auto field : {&Meta::title, &Meta::municipality, &Meta::date, &Meta::place, &Meta::facilitator}) {
    for (const std::string& text : hostileTexts()) {
      Meta meta = doc.session.meta;
      meta.*field = text;
      setMeta(doc, meta);
      ASSERT_EQ(validate(doc.session), std::nullopt) << "meta field, text of " << text.size() << " bytes";
    }
  }
  hostileUpdate<AgeGroup>(doc, [](AgeGroup& g) -> std::string& { return g.name; });
  hostileUpdate<Category>(doc, [](Category& c) -> std::string& { return c.name; });
  hostileUpdate<IndicatorColumn>(doc, [](IndicatorColumn& c) -> std::string& { return c.unit; });
  hostileUpdate<District>(doc, [](District& d) -> std::string& { return d.name; });
  hostileUpdate<District>(doc, [](District& d) -> std::string& { return d.code; });
  for (auto field : {&Offer::name, &Offer::provider, &Offer::contact, &Offer::description})
    hostileUpdate<Offer>(doc, [field](Offer& o) -> std::string& { return o.*field; });
  hostileUpdate<Link>(doc, [](Link& l) -> std::string& { return l.note; });
  hostileUpdate<Problem>(doc, [](Problem& p) -> std::string& { return p.text; });
  hostileUpdate<Proposal>(doc, [](Proposal& p) -> std::string& { return p.text; });
  hostileUpdate<ParticipantGroup>(doc, [](ParticipantGroup& g) -> std::string& { return g.name; });
  hostileUpdate<VotingRound>(doc, [](VotingRound& r) -> std::string& { return r.name; });
  hostileUpdate<Ballot>(doc, [](Ballot& b) -> std::string& { return b.voter; });
  const LoadResult reopened = loadSession(saveSession(doc.session, SessionFormat::Binary));
  ASSERT_TRUE(reopened.session) << reopened.error;
  EXPECT_TRUE(reopened.repairs.empty()) << reopened.repairs.front();
  EXPECT_TRUE(loadSession(saveSession(doc.session, SessionFormat::Json)).session);
}

TEST(HostileFields, ImpossibleNumbersAreBroughtIntoRange) {
  Document doc{makeDemoSession(), {}};
  Meta meta = doc.session.meta;
  meta.coverage = {-5, -1.0};
  setMeta(doc, meta);
  VotingRound round = doc.session.rounds.front();
  round.points = 1000;
  round.maxPerProposal = -3;
  round.timerSeconds = -1;
  round.criteria.assign(20, "Wirkung");
  update(doc, round);
  Offer offer = doc.session.offers.front();
  offer.capacity = -77;
  offer.location = {200.0, 95.0};
  update(doc, offer);
  EXPECT_EQ(validate(doc.session), std::nullopt);
  EXPECT_EQ(doc.session.rounds.front().points, kLimits.votePoints);
  EXPECT_EQ(doc.session.rounds.front().maxPerProposal, 1);
  EXPECT_EQ(doc.session.offers.front().capacity, -1);
  EXPECT_FALSE(doc.session.offers.front().hasLocation);
}

TEST(HostileFields, ANormalisedEditIsUndoneAndRedoneExactly) {
  Document doc{makeDemoSession(), {}};
  const Session before = doc.session;
  Problem p = doc.session.problems.front();
  p.text = std::string("Wartezeit\0n", 11);
  update(doc, p);
  EXPECT_EQ(doc.session.problems.front().text, "Wartezeitn");
  doc.history.undo(doc.session);
  EXPECT_EQ(doc.session, before);
  doc.history.redo(doc.session);
  EXPECT_EQ(doc.session.problems.front().text, "Wartezeitn");
}

TEST(Dates, GermanAndIsoFormsAreReadAndStoredAsIso) {
  EXPECT_EQ(isoDate("14.03.2027"), "2027-03-14");
  EXPECT_EQ(isoDate(" 1.3.2027 "), "2027-03-01");
  EXPECT_EQ(isoDate("2027-03-14"), "2027-03-14");
  EXPECT_EQ(isoDate(""), "");
  EXPECT_EQ(isoDate("29.02.2028"), "2028-02-29") << "a leap year";
  for (const char* wrong : {"29.02.2027", "31.04.2027", "32.01.2027", "14.13.2027", "14.03.27", "14/03/2027",
                            "2027-02-30", "morgen", "14..2027", "1.1.20277"})
    EXPECT_FALSE(isoDate(wrong)) << wrong;
  EXPECT_EQ(germanDate("2027-03-14"), "14.03.2027");
  EXPECT_EQ(germanDate(""), "");
  EXPECT_FALSE(isValidDate("2027-02-29"));
  EXPECT_TRUE(isValidDate("2000-02-29"));
  EXPECT_FALSE(isValidDate("1900-02-29"));
}

TEST(Repair, MakesAnySessionValidAndChangesNothingInAValidOne) {
  Session s = makeDemoSession();
  EXPECT_TRUE(repair(s).empty());
  EXPECT_EQ(s, makeDemoSession());
  s.offers[3].id = 0;
  s.nextId = 3;
  s.proposals[0].problems.push_back(999999);
  s.rounds[0].points = 0;
  s.ballots[0].entries.push_back({999999, 1, 0});
  s.districts[0].parts[0].rings[0][1].lat = 1e300;
  s.districts[1].parts[0].rings[0].resize(2);
  const std::size_t offers = s.offers.size();
  EXPECT_FALSE(repair(s).empty());
  EXPECT_EQ(validate(s), std::nullopt);
  EXPECT_EQ(s.offers.size(), offers) << "no offer is lost for a bad id";
  EXPECT_TRUE(repair(s).empty()) << "a repaired session needs no second repair";
}

TEST(Repair, ListsAtMostAFewLinesAndCountsTheRest) {
  Session s = makeDemoSession();
  for (Offer& o : s.offers) o.name = "\xFF";
  const std::vector<std::string> lines = repair(s);
  ASSERT_EQ(lines.size(), kMaxRepairLines + 1);
  EXPECT_NE(lines.back().find(std::to_string(s.offers.size() - kMaxRepairLines)), std::string::npos) << lines.back();
  EXPECT_EQ(validate(s), std::nullopt);
}

}  // namespace
}  // namespace nwk
