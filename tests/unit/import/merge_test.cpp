// Merging a parallel table's session: everything arrives once, named things are matched,
// duplicates are reported not dropped, the merge is one undo step, combining folds one
// duplicate into the other.
#include <gtest/gtest.h>

#include <algorithm>

#include "core/import/merge.hpp"
#include "core/model/validate.hpp"
#include "core/sample/demo.hpp"

namespace nwk {
namespace {

// Undo restores everything but the id counter: ids are never handed out twice.
Session withoutIdCounter(Session s) {
  s.nextId = 0;
  return s;
}

Session tableSession() {
  Session s = makeDefaultSession();
  const Id age3 = s.ageGroups[1].id;
  const Id extraAge = s.takeId();
  s.ageGroups.push_back({extraAge, "Schwangerschaft"});
  const Id hebamme = s.takeId(), kita = s.takeId();
  s.offers.push_back({hebamme,
                      "Hebammensprechstunde",
                      "Gesundheitsamt",
                      kNoId,
                      {extraAge},
                      true,
                      {9.81, 51.99},
                      kNoId,
                      -1,
                      "",
                      "",
                      {}});
  // The demo's "Kita Sonnenschein" lies at lon 9.963, lat 51.9805; this one is ~30 m away.
  s.offers.push_back(
      {kita, "  kita sonnenschein ", "Stadt", kNoId, {age3}, true, {9.9633, 51.9807}, kNoId, 85, "", "", {}});
  s.links.push_back({s.takeId(), hebamme, kita, LinkType::Referral, ""});
  s.problems.push_back({s.takeId(), age3, "Kita-Platzvergabe ist für Eltern undurchsichtig"});
  s.proposals.push_back({s.takeId(), kNoId, "Sprachkurse für Eltern", Level::Individual, {}, {}});
  return s;
}

TEST(Merge, AddsEverythingOnceAndMatchesNamedKinds) {
  Document doc{makeDemoSession(), {}};
  const Session before = doc.session;
  const MergeReport r = merge(doc, tableSession());
  EXPECT_EQ(r.offers, 2u);
  EXPECT_EQ(r.links, 1u);
  EXPECT_EQ(r.newAgeGroups, 1u) << "0-3 .. 11-18 exist, only Schwangerschaft is new";
  EXPECT_EQ(r.newCategories, 0u);
  EXPECT_EQ(doc.session.offers.size(), before.offers.size() + 2);
  EXPECT_EQ(doc.session.ageGroups.size(), before.ageGroups.size() + 1);
  EXPECT_EQ(validate(doc.session), std::nullopt);
  const Offer& hebamme = doc.session.offers[before.offers.size()];
  EXPECT_EQ(hebamme.ageGroups, std::vector<Id>{doc.session.ageGroups.back().id});
}

TEST(Merge, ReportsDuplicatesWithoutDroppingThem) {
  Document doc{makeDemoSession(), {}};
  const MergeReport r = merge(doc, tableSession());
  ASSERT_EQ(r.duplicates.size(), 2u);
  EXPECT_EQ(r.duplicates[0].kind, Duplicate::Kind::Offer);
  EXPECT_EQ(r.duplicates[0].name, "Kita Sonnenschein");
  EXPECT_EQ(r.duplicates[1].kind, Duplicate::Kind::Problem);
  EXPECT_NE(findById(doc.session.offers, r.duplicates[0].incoming), nullptr);
}

TEST(Merge, FarApartOffersWithTheSameNameAreNoDuplicates) {
  Document doc{makeDemoSession(), {}};
  Session other = tableSession();
  other.offers[1].location = {9.9, 52.1};
  const MergeReport r = merge(doc, other);
  for (const Duplicate& d : r.duplicates) EXPECT_NE(d.kind, Duplicate::Kind::Offer);
}

// Two tablets placed the same Kita in the same district, 400 m apart (a tap is easily that far
// off at a town-wide zoom): a candidate, with its district and the distance; combining it keeps
// what either table entered.
TEST(Merge, TheSameOfferInTheSameDistrictFromTwoTabletsIsACandidateAndCombinesWhole) {
  Document doc{makeDemoSession(), {}};
  const Offer& demoKita = *std::find_if(doc.session.offers.begin(), doc.session.offers.end(),
                                        [](const Offer& o) { return o.name == "Kita Sonnenschein"; });
  ASSERT_NE(demoKita.district, kNoId);
  Session other = doc.session;
  Offer& theirs = *std::find_if(other.offers.begin(), other.offers.end(),
                                [](const Offer& o) { return o.name == "Kita Sonnenschein"; });
  theirs.name = "KITA SONNENSCHEIN";
  theirs.location.lat += 0.0036;  // about 400 m north, still in the same district
  theirs.contact = "0521 12345";
  theirs.assessment.known = Rating::Yes;
  Document mine{doc.session, {}};
  for (Offer& o : mine.session.offers)
    if (o.id == demoKita.id) o.contact.clear(), o.assessment.known = Rating::Unrated;
  const MergeReport r = merge(mine, other);
  const auto kita = std::find_if(r.duplicates.begin(), r.duplicates.end(),
                                 [&](const Duplicate& d) { return d.existing == demoKita.id; });
  ASSERT_NE(kita, r.duplicates.end());
  EXPECT_EQ(kita->district, findById(mine.session.districts, demoKita.district)->name);
  EXPECT_GT(kita->metresApart, 350.0);
  EXPECT_LT(kita->metresApart, 450.0);
  ASSERT_TRUE(combineDuplicate(mine, *kita));
  const Offer* kept = findById(mine.session.offers, demoKita.id);
  ASSERT_NE(kept, nullptr);
  EXPECT_EQ(kept->contact, "0521 12345") << "the other table's contact is kept";
  EXPECT_EQ(kept->assessment.known, Rating::Yes);
  EXPECT_EQ(findById(mine.session.offers, kita->incoming), nullptr);
  EXPECT_EQ(validate(mine.session), std::nullopt);
}

TEST(Merge, IsOneUndoStep) {
  Document doc{makeDemoSession(), {}};
  const Session before = doc.session;
  merge(doc, tableSession());
  const Session after = doc.session;
  ASSERT_TRUE(doc.history.undo(doc.session));
  EXPECT_EQ(withoutIdCounter(doc.session), withoutIdCounter(before));
  ASSERT_TRUE(doc.history.redo(doc.session));
  EXPECT_EQ(doc.session, after);
}

TEST(Merge, MergingASessionIntoItselfDoublesItAndFlagsEveryOffer) {
  Document doc{makeDemoSession(), {}};
  const MergeReport r = merge(doc, makeDemoSession());
  const std::size_t demoOffers = makeDemoSession().offers.size();
  EXPECT_EQ(doc.session.offers.size(), 2 * demoOffers);
  std::size_t offerDuplicates = 0;
  for (const Duplicate& d : r.duplicates) offerDuplicates += d.kind == Duplicate::Kind::Offer;
  EXPECT_EQ(offerDuplicates, demoOffers);
  EXPECT_EQ(validate(doc.session), std::nullopt);
}

// A table that prepared its own districts (with the office's keys) and population columns.
Session tableWithData() {
  Session s = makeDefaultSession();
  const Id births = s.takeId(), teens = s.takeId();
  s.indicatorColumns = {{births, "Schwangere", "Personen", "", ""}, {teens, "Kinder 11-18", "Personen", "Amt", ""}};
  s.ageGroups.push_back({s.takeId(), "Schwangerschaft", births});
  s.ageGroups[3].populationColumn = teens;  // 11-18
  s.ageGroups[0].populationColumn = teens;  // 0-3: the demo's own column stays
  s.districts.push_back({s.takeId(), "nordstadt", "99", {}, {}});
  s.districts.push_back({s.takeId(), "Neubaugebiet", "13", {}, {{births, 12}}});
  return s;
}

TEST(Merge, MatchedDistrictsKeepTheirCodeAndNewOnesBringTheirs) {
  Document doc{makeDemoSession(), {}};
  doc.session.districts[2].code.clear();
  Session other = tableWithData();
  other.districts.push_back({other.takeId(), "Am  Bahnhof", "03a", {}, {}});
  merge(doc, other);
  EXPECT_EQ(doc.session.districts[1].code, "02") << "Nordstadt keeps its own code";
  EXPECT_EQ(doc.session.districts[2].code, "03a") << "Am Bahnhof had none and takes the incoming one";
  EXPECT_EQ(doc.session.districts.back().name, "Neubaugebiet");
  EXPECT_EQ(doc.session.districts.back().code, "13");
  EXPECT_EQ(validate(doc.session), std::nullopt);
}

TEST(Merge, PopulationColumnsPointAtTheMergedColumns) {
  Document doc{makeDemoSession(), {}};
  const Session before = doc.session;
  doc.session.ageGroups[3].populationColumn = kNoId;
  merge(doc, tableWithData());
  const Session& s = doc.session;
  EXPECT_EQ(validate(s), std::nullopt);
  const auto columnOf = [&](const AgeGroup& g) {
    const IndicatorColumn* c = findById(s.indicatorColumns, g.populationColumn);
    return c ? c->name : "";
  };
  EXPECT_EQ(columnOf(s.ageGroups.back()), "Schwangere") << "a new age group's column is the merged copy";
  EXPECT_EQ(columnOf(s.ageGroups[3]), "Kinder 11-18") << "a matched age group without a column takes the incoming one";
  EXPECT_EQ(s.ageGroups[3].populationColumn, before.ageGroups[3].populationColumn) << "matched by name: the demo's";
  EXPECT_EQ(s.ageGroups[0].populationColumn, before.ageGroups[0].populationColumn);
  EXPECT_EQ(s.districts.back().indicators[0].column, s.ageGroups.back().populationColumn);
  ASSERT_TRUE(doc.history.undo(doc.session));
  EXPECT_EQ(doc.session.ageGroups[3].populationColumn, kNoId) << "taking a column over is undone with the merge";
}

TEST(Merge, DefaultNamesMatchTheirTranslation) {
  setLanguage(Lang::De);
  const Session german = makeDefaultSession();
  setLanguage(Lang::En);
  Document doc{makeDefaultSession(), {}};
  const MergeReport r = merge(doc, german);
  setLanguage(Lang::De);
  EXPECT_EQ(r.newCategories, 0u) << "Kita/Krippe is Day care";
  EXPECT_EQ(doc.session.categories.size(), german.categories.size());
  EXPECT_EQ(doc.session.groups.size(), german.groups.size()) << "participant groups too";
}

TEST(MergeCaution, AParallelTableOfTheSameTownNeedsNoQuestion) {
  const Session demo = makeDemoSession();
  Session table = tableSession();
  table.districts = demo.districts;  // the same districts, its own offers
  const MergeCaution c = mergeCaution(demo, table);
  EXPECT_FALSE(c.any()) << c.otherTown << " " << c.foreignDistricts << " " << c.alreadyHere;
}

TEST(MergeCaution, AnotherTownIsNamedByItsMunicipalityOrItsUnknownDistricts) {
  const Session demo = makeDemoSession();
  Session other = tableSession();
  other.meta.municipality = "Hildesheim";
  ASSERT_FALSE(demo.meta.municipality.empty());
  EXPECT_EQ(mergeCaution(demo, other).otherTown, "Hildesheim");
  other.meta.municipality = demo.meta.municipality;
  for (const char* name : {"Moritzberg", "Ochtersum"}) {
    District d;
    d.id = other.takeId();
    d.name = name;
    other.districts.push_back(d);
  }
  const MergeCaution c = mergeCaution(demo, other);
  EXPECT_TRUE(c.anotherTown());
  EXPECT_EQ(c.foreignDistricts, 2u);
  other.districts.push_back(demo.districts.front());  // one known district: the same town
  EXPECT_FALSE(mergeCaution(demo, other).anotherTown());
}

TEST(MergeCaution, TheSameFileMergedTwiceIsNoticed) {
  Document doc{makeDemoSession(), {}};
  const Session table = tableSession();
  EXPECT_FALSE(mergeCaution(doc.session, table).mergedBefore()) << "one offer alike is a duplicate, not a re-merge";
  merge(doc, table);
  const MergeCaution again = mergeCaution(doc.session, table);
  EXPECT_TRUE(again.mergedBefore());
  EXPECT_EQ(again.alreadyHere, again.entries);
  EXPECT_EQ(again.entries, 4u);
  Session self = doc.session;
  EXPECT_TRUE(mergeCaution(doc.session, self).mergedBefore());
}

TEST(Combine, FoldsTheIncomingOfferIntoTheExistingOneWithItsLinksAndAgeGroups) {
  Document doc{makeDemoSession(), {}};
  const MergeReport r = merge(doc, tableSession());
  const Duplicate& kita = r.duplicates[0];
  const Session before = doc.session;
  ASSERT_TRUE(combineDuplicate(doc, kita));
  EXPECT_EQ(findById(doc.session.offers, kita.incoming), nullptr);
  const Offer* kept = findById(doc.session.offers, kita.existing);
  ASSERT_NE(kept, nullptr);
  const Link& hebammeLink = doc.session.links.back();
  EXPECT_EQ(hebammeLink.to, kita.existing) << "the incoming offer's link now points at the kept one";
  EXPECT_EQ(validate(doc.session), std::nullopt);
  doc.history.undo(doc.session);
  EXPECT_EQ(withoutIdCounter(doc.session), withoutIdCounter(before));
  EXPECT_FALSE(combineDuplicate(doc, Duplicate{Duplicate::Kind::Offer, 1, 99999, ""}));
}

TEST(Combine, ProblemsAndProposalsRedirectTheirReferences) {
  Document doc{makeDemoSession(), {}};
  const MergeReport r = merge(doc, makeDemoSession());
  for (const Duplicate& d : r.duplicates) {
    if (d.kind == Duplicate::Kind::Offer) continue;
    ASSERT_TRUE(combineDuplicate(doc, d));
  }
  EXPECT_EQ(doc.session.problems.size(), makeDemoSession().problems.size());
  EXPECT_EQ(doc.session.proposals.size(), makeDemoSession().proposals.size());
  EXPECT_EQ(validate(doc.session), std::nullopt);
}

TEST(Distance, GreatCircleIsRightForKnownPoints) {
  EXPECT_NEAR(distanceMetres({9.8, 52.0}, {9.8, 52.001}), 111.2, 0.5);
  EXPECT_NEAR(distanceMetres({0, 0}, {180, 0}), 20015086.0, 100.0);
}

}  // namespace
}  // namespace nwk

namespace nwk {
namespace {

// The demo's closed dot-voting round has ballots: merging the two proposals it ranks first
// keeps every vote valid (a ballot that voted for both keeps one entry) and the texts both.
TEST(MergeProposals, KeepsBothTextsAndEveryBallotValidAndIsOneUndoStep) {
  Document doc{makeDemoSession(), {}};
  const Session before = doc.session;
  const VotingRound& round = doc.session.rounds.front();
  ASSERT_GE(round.proposals.size(), 2u);
  const Id keep = round.proposals[0], absorbed = round.proposals[1];
  const std::string keepText = findById(doc.session.proposals, keep)->text;
  const std::string absorbedText = findById(doc.session.proposals, absorbed)->text;
  ASSERT_TRUE(mergeProposals(doc, keep, absorbed));
  EXPECT_EQ(doc.session.proposals.size(), before.proposals.size() - 1);
  EXPECT_EQ(findById(doc.session.proposals, absorbed), nullptr);
  EXPECT_EQ(findById(doc.session.proposals, keep)->text, keepText + "\n" + absorbedText);
  EXPECT_EQ(validate(doc.session), std::nullopt) << *validate(doc.session);
  for (const Ballot& b : doc.session.ballots)
    for (const BallotEntry& e : b.entries) EXPECT_NE(e.proposal, absorbed);
  ASSERT_TRUE(doc.history.undo(doc.session));
  EXPECT_EQ(withoutIdCounter(doc.session), withoutIdCounter(before));
  EXPECT_FALSE(mergeProposals(doc, keep, keep)) << "a proposal does not merge into itself";
}

}  // namespace
}  // namespace nwk
