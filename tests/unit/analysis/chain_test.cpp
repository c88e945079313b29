// The prevention chain per district: which transitions between neighbouring age groups are
// carried by a link or by an offer serving both, which offers have no link at all; offers
// counted where they reach; its JSON; the demo town; 10,000 offers in a few milliseconds.
#include <gtest/gtest.h>

#include <algorithm>
#include <ctime>

#include "core/analysis/chain.hpp"
#include "core/io/json_value.hpp"
#include "core/sample/demo.hpp"
#include "core/sample/synthetic.hpp"
#include "items.hpp"

namespace nwk {
namespace {

// Two districts, Nord and Süd; the default age groups 0-3, 3-6, 6-10, 11-18.
struct Town {
  Session s = makeDefaultSession();
  Id north = s.takeId(), south = s.takeId();

  Town() {
    s.districts.push_back(districtItem(north, "Nord", "01"));
    s.districts.push_back(districtItem(south, "Süd", "02"));
  }
  Id age(std::size_t i) const { return s.ageGroups[i].id; }
  Id offer(Id district, std::vector<Id> ages, Reach reach = Reach::District) {
    return s.offers.emplace_back(offerItem(s.takeId(), district, std::move(ages), reach)).id;
  }
  Id link(Id from, Id to, LinkType type = LinkType::Transition) {
    return s.links.emplace_back(Link{s.takeId(), from, to, type, ""}).id;
  }
};

const ChainTransition& transition(const PreventionChain& c, std::size_t district, std::size_t t) {
  return c.districts.at(district).transitions.at(t);
}

std::vector<bool> covered(const PreventionChain& c, std::size_t district) {
  std::vector<bool> out;
  for (const ChainTransition& t : c.districts.at(district).transitions) out.push_back(t.covered());
  return out;
}

TEST(PreventionChain, ADistrictWithACoveredAndAMissingTransition) {
  Town t;
  const Id krippe = t.offer(t.north, {t.age(0)}), kita = t.offer(t.north, {t.age(1)});
  t.offer(t.north, {t.age(2)});
  const Id handover = t.link(krippe, kita);
  const PreventionChain c = preventionChain(t.s);
  ASSERT_EQ(c.districts.size(), 2u);
  EXPECT_EQ(c.districts[0].district, t.north);
  ASSERT_EQ(c.districts[0].transitions.size(), 3u) << "0-3 → 3-6 → 6-10 → 11-18";
  const ChainTransition& first = transition(c, 0, 0);
  EXPECT_EQ(first.from, t.age(0));
  EXPECT_EQ(first.to, t.age(1));
  EXPECT_EQ(first.links, std::vector<Id>{handover});
  EXPECT_TRUE(first.offers.empty());
  EXPECT_EQ(transition(c, 0, 1).from, t.age(1));
  EXPECT_EQ(transition(c, 0, 1).to, t.age(2));
  EXPECT_EQ(covered(c, 0), (std::vector<bool>{true, false, false})) << "the Kita knows no school";
  EXPECT_EQ(covered(c, 1), (std::vector<bool>{false, false, false})) << "Süd has nothing";
}

TEST(PreventionChain, AnOfferServingTwoAgeGroupsCarriesTheTransitionBetweenThem) {
  Town t;
  const Id centre = t.offer(t.north, {t.age(1), t.age(2)});
  t.offer(t.north, {t.age(0), t.age(2)});  // not neighbours: carries nothing
  const PreventionChain c = preventionChain(t.s);
  EXPECT_EQ(covered(c, 0), (std::vector<bool>{false, true, false}));
  EXPECT_EQ(transition(c, 0, 1).offers, std::vector<Id>{centre});
  EXPECT_TRUE(transition(c, 0, 1).links.empty());
}

TEST(PreventionChain, ATownWideOfferTakesPartInTheChainOfEveryDistrict) {
  Town t;
  const Id agency = t.offer(kNoId, {t.age(3)}, Reach::Town);
  const Id school = t.offer(t.north, {t.age(2)});
  const Id bridge = t.offer(kNoId, {t.age(0), t.age(1)}, Reach::Town);
  const Id orientation = t.link(agency, school, LinkType::Cooperation);
  const PreventionChain c = preventionChain(t.s);
  EXPECT_EQ(covered(c, 0), (std::vector<bool>{true, false, true}));
  EXPECT_EQ(covered(c, 1), (std::vector<bool>{true, false, false})) << "the school is in Nord only";
  EXPECT_EQ(transition(c, 0, 2).links, std::vector<Id>{orientation}) << "11-18 ← 6-10 counts both ways";
  EXPECT_EQ(transition(c, 1, 0).offers, std::vector<Id>{bridge});
}

TEST(PreventionChain, OffersForSeveralDistrictsOrMobileCountWhereTheyServe) {
  Town t;
  const Id kita = t.offer(t.north, {t.age(1)});
  const Id visits = t.offer(kNoId, {t.age(0)}, Reach::Mobile);
  t.s.offers.back().servedDistricts = {t.north};
  const Id hall = t.offer(t.south, {t.age(2)}, Reach::Districts);
  t.s.offers.back().servedDistricts = {t.north};
  t.link(visits, kita);
  t.link(kita, hall, LinkType::Referral);
  const PreventionChain c = preventionChain(t.s);
  EXPECT_EQ(covered(c, 0), (std::vector<bool>{true, true, false}));
  EXPECT_EQ(covered(c, 1), (std::vector<bool>{false, false, false})) << "the Kita is not in Süd";
}

TEST(PreventionChain, ALinkAcrossDistrictsCarriesNeitherChain) {
  Town t;
  t.link(t.offer(t.north, {t.age(0)}), t.offer(t.south, {t.age(1)}));
  const PreventionChain c = preventionChain(t.s);
  EXPECT_FALSE(transition(c, 0, 0).covered());
  EXPECT_FALSE(transition(c, 1, 0).covered());
}

TEST(PreventionChain, AnOfferNamingNoAgeGroupCarriesNoTransition) {
  Town t;
  const Id open = t.offer(t.north, {});
  t.link(open, t.offer(t.north, {t.age(0)}), LinkType::Referral);
  t.link(open, t.offer(t.north, {t.age(1)}), LinkType::Referral);
  const PreventionChain c = preventionChain(t.s);
  EXPECT_EQ(covered(c, 0), (std::vector<bool>{false, false, false}))
      << "open to all says nothing about who hands families on";
}

TEST(PreventionChain, TransitionsFollowTheSessionsOrderOfAgeGroups) {
  Town t;
  const Id pregnancy = t.s.takeId();
  t.s.ageGroups.insert(t.s.ageGroups.begin(), AgeGroup{pregnancy, "Schwangerschaft", kNoId});
  const Id midwife = t.offer(t.south, {pregnancy});
  const Id pilots = t.offer(t.south, {t.age(1)});  // age(1) is 0-3 now
  const Id referral = t.link(midwife, pilots, LinkType::Referral);
  const PreventionChain c = preventionChain(t.s);
  ASSERT_EQ(c.districts[1].transitions.size(), 4u);
  EXPECT_EQ(transition(c, 1, 0).from, pregnancy);
  EXPECT_EQ(transition(c, 1, 0).links, std::vector<Id>{referral});
  Session single = makeDefaultSession();
  single.ageGroups.resize(1);
  single.districts = t.s.districts;
  EXPECT_TRUE(preventionChain(single).districts[0].transitions.empty());
}

TEST(PreventionChain, ListsTheOffersWithoutAnyLinkPerDistrictAndOverall) {
  Town t;
  const Id a = t.offer(t.north, {t.age(0)}), b = t.offer(t.north, {t.age(3)});
  const Id lonely = t.offer(t.north, {t.age(1)});
  const Id everywhere = t.offer(kNoId, {}, Reach::Town);
  const Id nowhere = t.offer(kNoId, {t.age(2)});
  const Id south = t.offer(t.south, {t.age(2)});
  t.link(a, b, LinkType::Cooperation);
  const PreventionChain c = preventionChain(t.s);
  EXPECT_EQ(c.districts[0].unlinkedOffers, (std::vector<Id>{lonely, everywhere}));
  EXPECT_EQ(c.districts[1].unlinkedOffers, (std::vector<Id>{everywhere, south}));
  EXPECT_EQ(c.unlinkedOffers, (std::vector<Id>{lonely, everywhere, nowhere, south}));
}

TEST(PreventionChain, EmptySessionsGiveAnEmptyChain) {
  const PreventionChain c = preventionChain(Session{});
  EXPECT_TRUE(c.districts.empty());
  EXPECT_TRUE(c.unlinkedOffers.empty());
  const JsonParse parsed = parseJson(chainJson(Session{}));
  ASSERT_FALSE(parsed.error);
  EXPECT_EQ(parsed.document.root()["districts"].size(), 0u);
}

TEST(ChainJson, HasTheDocumentedShape) {
  Town t;
  t.s.offers.clear();
  const Id krippe = t.offer(t.north, {t.age(0)}), kita = t.offer(t.north, {t.age(1), t.age(2)});
  t.s.offers[0].name = "Krippe \"Spatzennest\"";
  t.s.offers[1].name = "Kita";
  const Id handover = t.link(krippe, kita, LinkType::Referral);
  const Id lonely = t.offer(t.south, {t.age(3)});
  const JsonParse parsed = parseJson(chainJson(t.s));
  ASSERT_FALSE(parsed.error) << chainJson(t.s);
  const JsonValue doc = parsed.document.root();
  const auto& north = doc["districts"].at(0);
  EXPECT_EQ(north["id"].uint64(), t.north);
  EXPECT_EQ(north["name"].string(), "Nord");
  EXPECT_EQ(north["code"].string(), "01");
  EXPECT_EQ(north["covered"].int64(), 2);
  const auto& first = north["transitions"].at(0);
  EXPECT_EQ(first["from"]["id"].uint64(), t.age(0));
  EXPECT_EQ(first["from"]["name"].string(), "0-3");
  EXPECT_EQ(first["to"]["name"].string(), "3-6");
  EXPECT_TRUE(first["covered"].boolean());
  const auto& link = first["links"].at(0);
  EXPECT_EQ(link["id"].uint64(), handover);
  EXPECT_EQ(link["type"].string(), "referral");
  EXPECT_EQ(link["from"]["id"].uint64(), krippe);
  EXPECT_EQ(link["from"]["name"].string(), "Krippe \"Spatzennest\"");
  EXPECT_EQ(link["to"]["name"].string(), "Kita");
  EXPECT_EQ(first["offers"].size(), 0u);
  EXPECT_EQ(north["transitions"].at(1)["offers"].at(0)["id"].uint64(), kita);
  EXPECT_FALSE(north["transitions"].at(2)["covered"].boolean());
  EXPECT_EQ(north["unlinkedOffers"].size(), 0u);
  EXPECT_EQ(doc["districts"].at(1)["unlinkedOffers"].at(0)["id"].uint64(), lonely);
  EXPECT_EQ(doc["unlinkedOffers"].at(0)["name"].string(), "Angebot");
}

TEST(PreventionChainDemo, HasCoveredAndMissingTransitions) {
  const PreventionChain c = preventionChain(makeDemoSession());
  int coveredByLink = 0, coveredByOffer = 0, missing = 0;
  for (const DistrictChain& d : c.districts)
    for (const ChainTransition& t : d.transitions) {
      coveredByLink += !t.links.empty();
      coveredByOffer += !t.offers.empty();
      missing += !t.covered();
    }
  EXPECT_GT(coveredByLink, 0);
  EXPECT_GT(coveredByOffer, 0);
  EXPECT_GT(missing, 0);
  EXPECT_FALSE(c.unlinkedOffers.empty());
}

TEST(PreventionChainSynthetic, TenThousandOffersAndTwentyThousandLinksTakeMilliseconds) {
  Session s = makeSyntheticSession({20, 10'000, 20'000, 0, 0, 0, 4}, 7);
  for (std::size_t o = 0; o < s.offers.size(); o += 50) s.offers[o].reach = Reach::Town;
  const std::clock_t start = std::clock();  // processor time: the machine may be busy
  const PreventionChain c = preventionChain(s);
  const double ms = 1000.0 * static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC;
  EXPECT_LT(ms, 100.0) << "even unoptimised";
  ASSERT_EQ(c.districts.size(), 20u);
  EXPECT_TRUE(std::any_of(c.districts[0].transitions.begin(), c.districts[0].transitions.end(),
                          [](const ChainTransition& t) { return !t.links.empty(); }));
}

}  // namespace
}  // namespace nwk
