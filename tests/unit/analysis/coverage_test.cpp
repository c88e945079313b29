// The coverage matrix (offers per district and age group, per 1,000 children, gaps by the
// session's rules, coverage gaps, offers counted in every district they reach) and its JSON;
// coverage per category; the demo town Musterstadt: its districts tile
// the town without overlaps, its offers lie in the districts they name, and it shows gaps.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>

#include "core/analysis/coverage.hpp"
#include "core/geo/polygon.hpp"
#include "core/geo/projection.hpp"
#include "core/io/json_value.hpp"
#include "core/model/commands.hpp"
#include "core/model/validate.hpp"
#include "core/sample/demo.hpp"
#include "core/sample/synthetic.hpp"
#include "items.hpp"

namespace nwk {
namespace {

// Two districts, "Nord" with 200 children aged 0-3 and "Süd" with none recorded; the
// default age groups 0-3, 3-6, 6-10, 11-18; 0-3 counts its children in column `kids`.
struct Town {
  Session s = makeDefaultSession();
  Id kids = s.takeId(), north = s.takeId(), south = s.takeId();

  Town() {
    s.indicatorColumns.push_back({kids, "Kinder 0-3", "Personen", "", ""});
    s.ageGroups[0].populationColumn = kids;
    s.districts.push_back(districtItem(north, "Nord", "01", {{kids, 200}}));
    s.districts.push_back(districtItem(south, "Süd", "02"));
  }
  Id age(std::size_t i) const { return s.ageGroups[i].id; }
  Offer& offer(Id district, std::vector<Id> ages) {
    return s.offers.emplace_back(offerItem(s.takeId(), district, std::move(ages)));
  }
};

TEST(CoverageMatrix, CountsOffersPerDistrictAndAgeGroup) {
  Town t;
  t.offer(t.north, {t.age(0), t.age(1)});
  t.offer(t.north, {t.age(1)});
  t.offer(t.south, {t.age(3)});
  const CoverageMatrix m = coverage(t.s);
  ASSERT_EQ(m.rows.size(), 2u);
  EXPECT_EQ(m.rows[0].district, t.north);
  EXPECT_EQ(m.ageGroups, (std::vector<Id>{t.age(0), t.age(1), t.age(2), t.age(3)}));
  const auto counts = [](const CoverageRow& row) {
    std::vector<std::int32_t> out;
    for (const CoverageCell& c : row.cells) out.push_back(c.offers);
    return out;
  };
  EXPECT_EQ(counts(m.rows[0]), (std::vector<std::int32_t>{1, 2, 0, 0}));
  EXPECT_EQ(counts(m.rows[1]), (std::vector<std::int32_t>{0, 0, 0, 1}));
  EXPECT_EQ(m.rows[0].offers, 2) << "an offer for two age groups is one offer of the district";
  EXPECT_EQ(m.ageGroupOffers, (std::vector<std::int32_t>{1, 2, 0, 1}));
  EXPECT_EQ(m.outside, 0);
}

TEST(CoverageMatrix, OffersPerThousandChildrenWhereTheNumberIsKnown) {
  Town t;
  t.offer(t.north, {t.age(0)});
  t.offer(t.north, {t.age(0)});
  t.offer(t.south, {t.age(0)});
  t.s.districts.push_back(districtItem(t.s.takeId(), "Leer", "03", {{t.kids, 0}}));
  const CoverageMatrix m = coverage(t.s);
  EXPECT_EQ(m.rows[0].cells[0].children, 200.0);
  EXPECT_EQ(m.rows[0].cells[0].perThousand, 10.0);
  EXPECT_FALSE(m.rows[1].cells[0].children) << "Süd has no value in the column";
  EXPECT_FALSE(m.rows[1].cells[0].perThousand);
  EXPECT_EQ(m.rows[2].cells[0].children, 0.0);
  EXPECT_FALSE(m.rows[2].cells[0].perThousand) << "no rate for zero children";
  EXPECT_FALSE(m.rows[0].cells[1].children) << "3-6 has no population column";
}

TEST(CoverageMatrix, GapsFollowBothRules) {
  Town t;
  t.offer(t.north, {t.age(0)});  // 5 per 1,000 children
  t.offer(t.north, {t.age(1)});
  t.offer(t.north, {t.age(1)});
  auto gaps = [&](CoverageRules rules) {
    t.s.meta.coverage = rules;
    std::vector<bool> out;
    const CoverageMatrix m = coverage(t.s);
    for (const CoverageCell& c : m.rows[0].cells) out.push_back(c.gap);
    return out;
  };
  EXPECT_EQ(gaps({1, 0.0}), (std::vector<bool>{false, false, true, true}));
  EXPECT_EQ(gaps({2, 0.0}), (std::vector<bool>{true, false, true, true}));
  EXPECT_EQ(gaps({0, 0.0}), (std::vector<bool>{false, false, false, false}));
  EXPECT_EQ(gaps({1, 6.0}), (std::vector<bool>{true, false, true, true}));
  EXPECT_EQ(gaps({1, 5.0}), (std::vector<bool>{false, false, true, true})) << "5 per 1,000 meets a minimum of 5";
  EXPECT_EQ(gaps({0, 50.0}), (std::vector<bool>{true, false, false, false}))
      << "the rate rule applies only where the number of children is known";
}

TEST(CoverageMatrix, AnAgeGroupWithoutOffersIsACoverageGap) {
  Town t;
  for (std::size_t a = 0; a < 4; ++a) t.offer(t.north, {t.age(a)});
  for (std::size_t a = 0; a < 3; ++a) t.offer(t.south, {t.age(a)});
  const CoverageMatrix m = coverage(t.s);
  EXPECT_FALSE(m.rows[0].hasGap);
  EXPECT_TRUE(m.rows[1].hasGap) << "Süd has nothing for 11-18";
  t.s.meta.coverage.minOffers = 0;
  EXPECT_TRUE(coverage(t.s).rows[1].hasGap) << "the coverage gap does not depend on the rules for cells";
}

TEST(CoverageMatrix, AnOfferWithoutAgeGroupsCountsForEveryAgeGroup) {
  Town t;
  t.offer(t.south, {});
  const CoverageMatrix m = coverage(t.s);
  for (const CoverageCell& c : m.rows[1].cells) EXPECT_EQ(c.offers, 1);
  EXPECT_FALSE(m.rows[1].hasGap);
  EXPECT_EQ(m.rows[1].offers, 1);
}

TEST(CoverageMatrix, OffersOutsideEveryDistrictAreCountedApart) {
  Town t;
  t.offer(kNoId, {t.age(0)});
  t.offer(kNoId, {});
  t.offer(t.north, {t.age(0)});
  const CoverageMatrix m = coverage(t.s);
  EXPECT_EQ(m.outside, 2);
  EXPECT_EQ(m.ageGroupOffers[0], 1);
  EXPECT_EQ(m.rows[0].cells[0].offers, 1);
}

// --- Reach: an offer counts in every district it serves, once ------------------------------

std::vector<std::int32_t> offersIn(const CoverageMatrix& m, std::size_t ageGroup) {
  std::vector<std::int32_t> out;
  for (const CoverageRow& row : m.rows) out.push_back(row.cells[ageGroup].offers);
  return out;
}

TEST(CoverageReach, ATownWideOfferCountsInEveryDistrictAndOnceInTheTown) {
  Town t;
  t.offer(kNoId, {t.age(0)}).reach = Reach::Town;
  t.offer(t.north, {t.age(0)}).reach = Reach::Town;
  const CoverageMatrix m = coverage(t.s);
  EXPECT_EQ(offersIn(m, 0), (std::vector<std::int32_t>{2, 2}));
  EXPECT_EQ(m.rows[1].offers, 2);
  EXPECT_FALSE(m.rows[1].cells[0].gap) << "Süd is served from elsewhere";
  EXPECT_EQ(m.ageGroupOffers[0], 2) << "each offer once in the town's sum";
  EXPECT_EQ(m.outside, 0) << "a town-wide offer placed in no district is not outside";
}

TEST(CoverageReach, AnOfferForSeveralDistrictsCountsInEachItNamesOnce) {
  Town t;
  const Id east = t.s.takeId();
  t.s.districts.push_back(districtItem(east, "Ost", "03"));
  Offer& o = t.offer(t.north, {t.age(1)});
  o.reach = Reach::Districts;
  o.servedDistricts = {t.south, t.north};
  const CoverageMatrix m = coverage(t.s);
  EXPECT_EQ(offersIn(m, 1), (std::vector<std::int32_t>{1, 1, 0})) << "Nord once though named twice; not Ost";
  EXPECT_EQ(m.ageGroupOffers[1], 1);
  t.s.offers[0].reach = Reach::District;
  EXPECT_EQ(offersIn(coverage(t.s), 1), (std::vector<std::int32_t>{1, 0, 0}))
      << "districts named for an earlier reach no longer count";
}

TEST(CoverageReach, AMobileOfferServesTheDistrictsItNamesOrTheWholeTown) {
  Town t;
  Offer& named = t.offer(kNoId, {t.age(2)});
  named.reach = Reach::Mobile;
  named.servedDistricts = {t.south};
  EXPECT_EQ(offersIn(coverage(t.s), 2), (std::vector<std::int32_t>{0, 1}));
  t.s.offers[0].servedDistricts.clear();
  const CoverageMatrix everywhere = coverage(t.s);
  EXPECT_EQ(offersIn(everywhere, 2), (std::vector<std::int32_t>{1, 1}));
  EXPECT_EQ(everywhere.outside, 0);
}

// --- Coverage per category: "Ist die Angebotsstruktur breit genug?" -------------------------

std::vector<std::int32_t> row(const CategoryCoverage& c, std::size_t r, std::size_t columns) {
  std::vector<std::int32_t> out(c.rows[r].offers.begin(), c.rows[r].offers.begin() + std::ptrdiff_t(columns));
  out.push_back(c.rows[r].uncategorized);
  return out;
}

struct CategoryTown : Town {
  Id category(std::size_t i) const { return s.categories[i].id; }
  CategoryTown() {
    offer(north, {age(0)}).category = category(0);
    offer(north, {age(1)}).category = category(0);
    offer(north, {}).category = category(1);
    offer(south, {age(0)});  // no category
    offer(kNoId, {age(3)}).category = category(2);
    s.offers.back().reach = Reach::Town;
  }
};

TEST(CoverageByCategory, CountsOffersPerDistrictAndCategory) {
  const CategoryTown t;
  const CategoryCoverage all = coverageByCategory(t.s, kNoId);
  ASSERT_EQ(all.categories.size(), t.s.categories.size());
  EXPECT_EQ(all.categories[0], t.category(0));
  ASSERT_EQ(all.rows.size(), 2u);
  EXPECT_EQ(all.rows[1].district, t.south);
  EXPECT_EQ(row(all, 0, 3), (std::vector<std::int32_t>{2, 1, 1, 0})) << "Kita x2, counselling, the town-wide one";
  EXPECT_EQ(row(all, 1, 3), (std::vector<std::int32_t>{0, 0, 1, 1})) << "the town-wide one and one without category";
  for (std::size_t k = 3; k < all.categories.size(); ++k) EXPECT_EQ(all.rows[0].offers[k], 0);
}

TEST(CoverageByCategory, ForOneAgeGroupCountsTheOffersServingIt) {
  const CategoryTown t;
  const CategoryCoverage babies = coverageByCategory(t.s, t.age(0));
  EXPECT_EQ(babies.ageGroup, t.age(0));
  EXPECT_EQ(row(babies, 0, 3), (std::vector<std::int32_t>{1, 1, 0, 0})) << "an offer naming no age group serves all";
  EXPECT_EQ(row(babies, 1, 3), (std::vector<std::int32_t>{0, 0, 0, 1}));
  const CategoryCoverage teens = coverageByCategory(t.s, t.age(3));
  EXPECT_EQ(row(teens, 0, 3), (std::vector<std::int32_t>{0, 1, 1, 0}));
  EXPECT_EQ(row(teens, 1, 3), (std::vector<std::int32_t>{0, 0, 1, 0}));
}

TEST(CoverageByCategory, JsonHasTheDocumentedShape) {
  const CategoryTown t;
  const JsonParse parsed = parseJson(categoryCoverageJson(t.s, t.age(0)));
  ASSERT_FALSE(parsed.error);
  const JsonValue doc = parsed.document.root();
  EXPECT_EQ(doc["ageGroup"]["id"].uint64(), t.age(0));
  EXPECT_EQ(doc["ageGroup"]["name"].string(), "0-3");
  EXPECT_EQ(doc["categories"].size(), t.s.categories.size());
  EXPECT_EQ(doc["categories"].at(0)["id"].uint64(), t.category(0));
  EXPECT_EQ(doc["categories"].at(0)["name"].string(), t.s.categories[0].name);
  const auto& south = doc["districts"].at(1);
  EXPECT_EQ(south["id"].uint64(), t.south);
  EXPECT_EQ(south["name"].string(), "Süd");
  EXPECT_EQ(south["code"].string(), "02");
  EXPECT_EQ(south["cells"].size(), t.s.categories.size());
  EXPECT_EQ(south["cells"].at(0)["category"].uint64(), t.category(0));
  EXPECT_EQ(south["cells"].at(0)["offers"].int64(), 0);
  EXPECT_EQ(south["uncategorized"].int64(), 1);
  const JsonParse all = parseJson(categoryCoverageJson(t.s, kNoId));
  ASSERT_FALSE(all.error);
  EXPECT_TRUE(all.document.root()["ageGroup"].is(JsonType::Null));
  EXPECT_EQ(all.document.root()["districts"].at(0)["cells"].at(0)["offers"].int64(), 2);
}

TEST(CoverageMatrix, EmptySessionsGiveEmptyMatrices) {
  const CoverageMatrix empty = coverage(Session{});
  EXPECT_TRUE(empty.rows.empty());
  EXPECT_TRUE(empty.ageGroups.empty());
  EXPECT_EQ(empty.outside, 0);
  Session noDistricts = makeDefaultSession();
  noDistricts.offers.push_back(offerItem(noDistricts.takeId(), kNoId, {}));
  const CoverageMatrix m = coverage(noDistricts);
  EXPECT_TRUE(m.rows.empty());
  EXPECT_EQ(m.ageGroupOffers, (std::vector<std::int32_t>{0, 0, 0, 0}));
  EXPECT_EQ(m.outside, 1);
  const JsonParse parsed = parseJson(coverageJson(Session{}));
  ASSERT_FALSE(parsed.error);
  const JsonValue doc = parsed.document.root();
  EXPECT_EQ(doc["districts"].size(), 0u);
}

TEST(CoverageJson, HasTheDocumentedShape) {
  Town t;
  t.s.meta.coverage = {1, 6.0};
  t.s.districts[0].name = "Nord \"Mitte\"";
  t.offer(t.north, {t.age(0)});
  t.offer(kNoId, {});
  const JsonParse parsed = parseJson(coverageJson(t.s));
  ASSERT_FALSE(parsed.error) << coverageJson(t.s);
  const JsonValue doc = parsed.document.root();
  const auto& ages = doc["ageGroups"];
  ASSERT_EQ(ages.size(), 4u);
  EXPECT_EQ(ages.at(0)["id"].uint64(), t.age(0));
  EXPECT_EQ(ages.at(0)["name"].string(), "0-3");
  EXPECT_EQ(ages.at(0)["populationColumn"].uint64(), t.kids);
  EXPECT_TRUE(ages.at(1)["populationColumn"].is(JsonType::Null));
  EXPECT_EQ(ages.at(0)["offers"].int64(), 1);
  const auto& north = doc["districts"].at(0);
  EXPECT_EQ(north["id"].uint64(), t.north);
  EXPECT_EQ(north["name"].string(), "Nord \"Mitte\"");
  EXPECT_EQ(north["code"].string(), "01");
  EXPECT_EQ(north["offers"].int64(), 1);
  EXPECT_TRUE(north["gap"].boolean());
  const auto& cell = north["cells"].at(0);
  EXPECT_EQ(cell["ageGroup"].uint64(), t.age(0));
  EXPECT_EQ(cell["offers"].int64(), 1);
  EXPECT_EQ(cell["children"].number(), 200.0);
  EXPECT_EQ(cell["perThousand"].number(), 5.0);
  EXPECT_TRUE(cell["gap"].boolean()) << "5 per 1,000 is below the minimum of 6";
  EXPECT_TRUE(north["cells"].at(1)["children"].is(JsonType::Null));
  EXPECT_TRUE(north["cells"].at(1)["perThousand"].is(JsonType::Null));
  EXPECT_EQ(doc["rules"]["minOffers"].int64(), 1);
  EXPECT_EQ(doc["rules"]["minPer1000"].number(), 6.0);
  EXPECT_EQ(doc["outside"].int64(), 1);
}

TEST(CoveragePopulation, RemovingTheColumnClearsItFromTheAgeGroupInOneUndoStep) {
  Town t;
  Document doc{t.s, {}};
  ASSERT_TRUE(remove<IndicatorColumn>(doc, t.kids));
  EXPECT_EQ(doc.session.ageGroups[0].populationColumn, kNoId);
  EXPECT_EQ(validate(doc.session), std::nullopt);
  ASSERT_TRUE(doc.history.undo(doc.session));
  EXPECT_EQ(doc.session.ageGroups[0].populationColumn, t.kids);
}

// --- The demo town -------------------------------------------------------------------------

TEST(CoverageDemo, IsValidAndHasTwelveCodedDistrictsWithPopulationColumns) {
  const Session s = makeDemoSession();
  EXPECT_EQ(validate(s), std::nullopt);
  ASSERT_EQ(s.districts.size(), 12u);
  for (std::size_t i = 0; i < s.districts.size(); ++i) {
    const District& d = s.districts[i];
    EXPECT_EQ(std::stoi(d.code), static_cast<int>(i) + 1) << d.name;
    for (const Polygon& p : d.parts) EXPECT_GE(p.rings[0].size(), 5u) << d.name;
  }
  for (const AgeGroup& g : s.ageGroups) {
    const IndicatorColumn* column = findById(s.indicatorColumns, g.populationColumn);
    ASSERT_NE(column, nullptr) << g.name;
    EXPECT_EQ(column->name, "Kinder " + g.name);
  }
  const auto hasHole = [](const District& d) { return d.parts[0].rings.size() > 1; };
  EXPECT_EQ(std::count_if(s.districts.begin(), s.districts.end(), hasHole), 1);
  const auto multiPart = [](const District& d) { return d.parts.size() > 1; };
  EXPECT_EQ(std::count_if(s.districts.begin(), s.districts.end(), multiPart), 1);
}

TEST(CoverageDemo, OffersLieInTheDistrictTheyNameAndInNoOther) {
  const Session s = makeDemoSession();
  int located = 0, outside = 0;
  for (const Offer& o : s.offers) {
    if (!o.hasLocation) {
      EXPECT_NE(o.district, kNoId) << o.name << ": placed in a district only";
      continue;
    }
    ++located;
    for (const District& d : s.districts)
      EXPECT_EQ(contains(d, o.location), d.id == o.district) << o.name << " / " << d.name;
    outside += o.district == kNoId;
  }
  EXPECT_GE(located, 40);
  EXPECT_EQ(outside, 2) << "the playground in the Stadtpark and the hospital outside the town";
}

TEST(CoverageDemo, DistrictsDoNotOverlap) {
  const Session s = makeDemoSession();
  LonLat lo{180, 90}, hi{-180, -90};
  for (const District& d : s.districts)
    for (const LonLat& p : d.parts[0].rings[0]) {
      lo = {std::min(lo.lon, p.lon), std::min(lo.lat, p.lat)};
      hi = {std::max(hi.lon, p.lon), std::max(hi.lat, p.lat)};
    }
  int inTown = 0;
  for (int i = 0; i < 150; ++i) {
    for (int j = 0; j < 150; ++j) {
      const LonLat p{lo.lon + (hi.lon - lo.lon) * (i + 0.37) / 150, lo.lat + (hi.lat - lo.lat) * (j + 0.61) / 150};
      const auto n =
          std::count_if(s.districts.begin(), s.districts.end(), [&](const District& d) { return contains(d, p); });
      ASSERT_LE(n, 1) << "lon " << p.lon << " lat " << p.lat;
      inTown += static_cast<int>(n);
    }
  }
  EXPECT_GT(inTown, 150 * 150 / 2) << "the districts fill most of their bounding box";
}

// The closed loops formed by the district edges that no neighbour walks backwards. Where
// neighbours share their borders point for point, these are only the outlines of the whole
// area and of its holes and islands.
int unsharedLoops(const Session& s) {
  using Point = std::pair<double, double>;
  std::map<std::pair<Point, Point>, int> edges;
  for (const District& d : s.districts)
    for (const Polygon& p : d.parts)
      for (const Ring& r : p.rings)
        for (std::size_t i = 0; i < r.size(); ++i) {
          const LonLat a = r[i], b = r[(i + 1) % r.size()];
          ++edges[{{a.lon, a.lat}, {b.lon, b.lat}}];
        }
  std::map<Point, Point> unshared;  // start -> end
  for (const auto& [edge, count] : edges) {
    EXPECT_EQ(count, 1) << "an edge walked twice in the same direction: overlapping districts";
    if (!edges.count({edge.second, edge.first})) {
      EXPECT_TRUE(unshared.emplace(edge.first, edge.second).second) << "an outline touches itself";
    }
  }
  int loops = 0;
  while (!unshared.empty()) {
    Point at = unshared.begin()->first;
    for (auto it = unshared.find(at); it != unshared.end(); it = unshared.find(at)) {
      at = it->second;
      unshared.erase(it);
    }
    ++loops;
  }
  return loops;
}

TEST(CoverageDemo, DistrictsTileTheTownWithExactlySharedBorders) {
  EXPECT_EQ(unsharedLoops(makeDemoSession()), 2) << "the town's outline and the Stadtpark";
}

TEST(CoverageDemo, OuterDistrictsLackOffersForTeenagers) {
  const Session s = makeDemoSession();
  const CoverageMatrix m = coverage(s);
  std::vector<std::string> withGap, teenGaps;
  for (std::size_t r = 0; r < m.rows.size(); ++r) {
    if (m.rows[r].hasGap) withGap.push_back(s.districts[r].name);
    if (m.rows[r].cells[3].gap) teenGaps.push_back(s.districts[r].name);
  }
  EXPECT_EQ(withGap, (std::vector<std::string>{"Eichenhöhe", "Mühlenbach", "Sonnenhang", "Kirchdorf", "Hasenheide"}));
  EXPECT_GT(teenGaps.size(), withGap.size()) << "some inner districts have too few per 1,000 young people";
  EXPECT_FALSE(m.rows[0].hasGap) << "the Altstadt has offers for every age";
  EXPECT_EQ(m.outside, 1) << "the one offer placed in no district that reaches none";
  const auto knownButUnused = std::count_if(s.offers.begin(), s.offers.end(), [](const Offer& o) {
    return o.assessment.known >= Rating::RatherYes && o.assessment.used <= Rating::RatherNo &&
           o.assessment.used != Rating::Unrated;
  });
  EXPECT_GE(knownButUnused, 4);
}

// --- The synthetic bench sessions ----------------------------------------------------------

TEST(CoverageSynthetic, WavyDistrictsTileAGridAndOffersLieInTheirDistricts) {
  const Session s = makeSyntheticSession({20, 400, 0, 0, 0, 0, 100}, 3);
  EXPECT_EQ(validate(s), std::nullopt);
  const Projection flat = projectionAround({9, 50});
  const Ring& first = s.districts[0].parts[0].rings[0];
  const double cell = std::abs(signedArea(project({first[0], first[25], first[50], first[75]}, flat)));
  int islands = 0;
  for (const District& d : s.districts) {
    ASSERT_EQ(d.parts[0].rings[0].size(), 100u);
    EXPECT_NEAR(signedArea(project(d.parts[0].rings[0], flat)), cell, cell * 0.01) << "waves in, waves out";
    islands += static_cast<int>(d.parts[0].rings.size() - 1 + d.parts.size() - 1);
  }
  EXPECT_GT(islands, 0);
  EXPECT_EQ(unsharedLoops(s), 1 + islands) << "the grid's outline, the holes and the exclaves";
  int inside = 0;
  for (const Offer& o : s.offers) {
    if (!o.hasLocation) continue;
    EXPECT_EQ(districtAt(s, o.location), o.district) << o.name;
    inside += o.district != kNoId;
  }
  EXPECT_GT(inside, 300);
  const CoverageMatrix m = coverage(s);
  EXPECT_EQ(m.rows.size(), 20u);
  EXPECT_GT(m.outside, 0);
}

}  // namespace
}  // namespace nwk
