// One rule for names typed by different people (names.hpp), with real German place names:
// case and umlaut spelling ignored, separators ignored but between digits. Then the rule
// through each caller: replacing districts, merging a session, the offer search, and
// matching indicator and offer rows to districts all agree on what is the same name.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <utility>

#include "core/import/geojson.hpp"
#include "core/import/indicator_import.hpp"
#include "core/import/merge.hpp"
#include "core/import/offer_import.hpp"
#include "core/model/offer_filter.hpp"
#include "core/text/i18n.hpp"
#include "core/text/names.hpp"
#include "test_data.hpp"

namespace nwk {
namespace {

using NamePairs = std::initializer_list<std::pair<const char*, const char*>>;

::testing::AssertionResult all(NamePairs pairs, bool same) {
  for (const auto& [a, b] : pairs)
    if (sameName(a, b) != same) return ::testing::AssertionFailure() << "\"" << a << "\" / \"" << b << "\"";
  return ::testing::AssertionSuccess();
}

TEST(Names, CaseIsIgnoredForUmlautsAndOtherLatinLetters) {
  EXPECT_TRUE(all({{"SÜDSTADT", "Südstadt"},
                   {"GÖRLITZ", "Görlitz"},
                   {"ÄUSSERE NEUSTADT", "Äußere Neustadt"},
                   {"ÉCHIROLLES", "échirolles"},
                   {"ŁÓDŹ", "łódź"},
                   {"ŽATEC", "žatec"},
                   {"ȘTEFĂNEȘTI", "ștefănești"}},
                  true));
  EXPECT_TRUE(all({{"Görlitz", "Gorlitz"}, {"Łódź", "Lodz"}}, false)) << "o is not ö, accents count";
}

TEST(Names, UmlautsEqualTheirSpellings) {
  EXPECT_TRUE(all({{"Südstadt", "suedstadt"},
                   {"SÜDSTADT", "SUEDSTADT"},
                   {"München", "Muenchen"},
                   {"Straße", "Strasse"},
                   {"Weißenburg", "Weissenburg"},
                   {"WEIẞENBURG", "Weißenburg"},
                   {"Goerlitz", "Görlitz"},
                   {"Großprüfening", "GROSSPRUEFENING"},
                   {"Su\xCC\x88"
                    "dstadt",
                    "Südstadt"}},  // u with a combining diaeresis, as macOS writes it
                  true));
  EXPECT_FALSE(sameName("Oberisling - Graß", "Oberisling - Gras"));
}

TEST(Names, SpacesDashesAndPunctuationDoNotCount) {
  EXPECT_TRUE(all({{" Innenstadt - ", "Innenstadt"},
                   {"Straubing-Ost", "Straubing Ost"},
                   {"Straubing–Ost", "STRAUBING - OST"},
                   {"Nord-West", "Nord West"},
                   {"Nord-West", "Nordwest"},
                   {"Stadtamhof", "Stadt am Hof"},
                   {"Innenstadt   Nord", "Innenstadt\tNord"},
                   {"Innenstadt\xC2\xA0Nord", "Innenstadt Nord"},
                   {"St. Georg", "St Georg"},
                   {"Weißenburg i. Bay.", "Weissenburg i Bay"},
                   {"Kumpfmühl - Ziegetsdorf - Neuprüll", "Kumpfmühl/Ziegetsdorf/Neuprüll"}},
                  true));
  EXPECT_EQ(nameKey("  SÜDSTADT – Ost "), "suedstadtost");
  EXPECT_EQ(nameKey(" - "), "");
}

TEST(Names, NumbersStayApart) {
  EXPECT_TRUE(all({{"0–3", "0 - 3"}, {"0-3", "0 3"}, {"Stadtbezirk 12", "Stadtbezirk-12"}}, true));
  EXPECT_TRUE(all({{"0-3", "03"}, {"Stadtbezirk 1 2", "Stadtbezirk 12"}}, false));
  EXPECT_EQ(nameKey("0–3 Jahre"), "0 3jahre");
}

TEST(Names, DifferentPlacesStayDifferent) {
  EXPECT_TRUE(all({{"Südstadt", "Nordstadt"}, {"Straubing-Ost", "Straubing-West"}, {"Innenstadt", ""}}, false));
}

TEST(Names, EveryRegensburgDistrictKeepsAKeyOfItsOwn) {
  const DistrictImport r = importDistricts(testData("regensburg_stadtteile.geojson"));
  ASSERT_EQ(r.error, "");
  ASSERT_EQ(r.districts.size(), 18u);
  std::set<std::string> keys;
  for (const District& d : r.districts) keys.insert(nameKey(d.name));
  EXPECT_EQ(keys.size(), 18u);
  EXPECT_EQ(nameKey("Ober- und Niederwinzer - Kager"), nameKey("OBER UND NIEDERWINZER–KAGER"));
  EXPECT_EQ(keys.count(nameKey("STEINWEG-PFAFFENSTEIN")), 1u);
  EXPECT_EQ(keys.count(nameKey("Sallern – Gallingkofen")), 1u);
}

TEST(Names, ContainsFindsPartsByTheSameRule) {
  for (const char* part : {"SÜD", "suedst", "Jugendtreff", " jugend-treff ", ""})
    EXPECT_TRUE(nameContains("Jugendtreff Südstadt", part)) << part;
  EXPECT_TRUE(nameContains("Straßensozialarbeit", "strasse"));
  EXPECT_TRUE(nameContains("Kita Nord-West", "nord west"));
  EXPECT_FALSE(nameContains("Kita Sonnenschein", "Sonnenblume"));
  EXPECT_FALSE(nameContains("Kita", "Kita Nord"));
}

// --- Through each caller ---------------------------------------------------------------------

District squareDistrict(Id id, const std::string& name) {
  const Ring ring{{12.0, 49.0}, {12.01, 49.0}, {12.01, 49.01}, {12.0, 49.01}};
  return {id, name, "", {Polygon{{ring}}}, {}};
}

Session withDistricts(std::initializer_list<const char*> names) {
  Session s = makeDefaultSession();
  for (const char* name : names) s.districts.push_back(squareDistrict(s.takeId(), name));
  return s;
}

// Whether an indicator row naming `typed` is imported for the district `existing`.
bool indicatorRowMatches(const std::string& existing, const std::string& typed) {
  const Session s = withDistricts({existing.c_str(), "Anderswo"});
  const IndicatorPreviewResult r = previewIndicatorImport(s, "Stadtteil;Kinder\n" + typed + ";12\nAnderswo;3\n", 0);
  if (!r.preview) return false;
  return std::any_of(r.preview->matched.begin(), r.preview->matched.end(),
                     [&](const ImportedDistrict& d) { return d.district == s.districts[0].id; });
}

// Whether an offer row with the district cell `typed` lands in the district `existing`.
bool offerRowMatches(const std::string& existing, const std::string& typed) {
  const Session s = withDistricts({existing.c_str()});
  const OfferPreviewResult r = previewOfferImport(s, "Name;Stadtteil\nJugendtreff;" + typed + "\n");
  return r.preview && r.preview->offers.size() == 1 && r.preview->offers[0].offer.district == s.districts[0].id;
}

// Whether merging a session with the district `typed` finds the open session's `existing`.
bool mergeMatches(const std::string& existing, const std::string& typed) {
  Document doc{withDistricts({existing.c_str()}), {}};
  return merge(doc, withDistricts({typed.c_str()})).newDistricts == 0;
}

// Whether an offer placed in the old district `typed` (no location) moves to the new
// district `existing` when the map is replaced.
bool replacementKeepsTheOffer(const std::string& existing, const std::string& typed) {
  Document doc{withDistricts({typed.c_str()}), {}};
  doc.session.offers.push_back(
      {doc.session.takeId(), "Elterncafé", "", kNoId, {}, false, {}, doc.session.districts[0].id, -1, "", "", {}});
  replaceDistricts(doc, {squareDistrict(kNoId, existing)});
  return doc.session.offers[0].district == doc.session.districts[0].id;
}

// Whether the offer search for `typed` shows the offer named `existing`.
bool searchFinds(const std::string& existing, const std::string& typed) {
  OfferFilter filter;
  filter.search = typed;
  Offer offer;
  offer.name = existing;
  return filter.matches(offer);
}

TEST(Names, EveryCallerFollowsTheOneRule) {
  const struct {
    const char* existing;
    const char* typed;
    bool same;
  } cases[] = {
      {"Südstadt", "SÜDSTADT", true},
      {"Südstadt", "suedstadt", true},
      {"Südstadt",
       "Su\xCC\x88"
       "dstadt",
       true},
      {"Weißenburg", "WEISSENBURG", true},
      {"Görlitz", "Goerlitz", true},
      {"Straubing-Ost", " Straubing – Ost ", true},
      {"Innenstadt", " Innenstadt - ", true},
      {"Kumpfmühl - Ziegetsdorf - Neuprüll", "KUMPFMÜHL–ZIEGETSDORF–NEUPRÜLL", true},
      {"Südstadt", "Nordstadt", false},
      {"Straubing-Ost", "Straubing-West", false},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(std::string(c.existing) + " / " + c.typed);
    EXPECT_EQ(sameName(c.existing, c.typed), c.same);
    EXPECT_EQ(indicatorRowMatches(c.existing, c.typed), c.same) << "indicator import";
    EXPECT_EQ(offerRowMatches(c.existing, c.typed), c.same) << "offer import";
    EXPECT_EQ(mergeMatches(c.existing, c.typed), c.same) << "merge";
    EXPECT_EQ(replacementKeepsTheOffer(c.existing, c.typed), c.same) << "replacing the districts";
    EXPECT_EQ(searchFinds(c.existing, c.typed), c.same) << "search";
  }
}

TEST(Names, AGeoJsonWithOneNameTwiceIsWarnedAbout) {
  const std::string square = "[[[12.0,49.0],[12.01,49.0],[12.01,49.01],[12.0,49.01],[12.0,49.0]]]";
  std::string features;
  for (const char* name : {"Straubing-Ost", "Straubing-West", "STRAUBING OST"})
    features += std::string(features.empty() ? "" : ",") + R"({"type":"Feature","properties":{"name":")" + name +
                R"("},"geometry":{"type":"Polygon","coordinates":)" + square + "}}";
  const DistrictImport r = importDistricts(R"({"type":"FeatureCollection","features":[)" + features + "]}");
  ASSERT_EQ(r.error, "");
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_NE(r.warnings[0].find("STRAUBING OST"), std::string::npos) << r.warnings[0];
}

TEST(Names, TheSearchFindsProvidersByTheSameRule) {
  OfferFilter filter;
  filter.search = "strassenkinder";
  Offer offer;
  offer.name = "Notschlafstelle";
  offer.provider = "Straßenkinder e.V.";
  EXPECT_TRUE(filter.matches(offer));
  filter.search = "Jugendamt";
  EXPECT_FALSE(filter.matches(offer));
}

TEST(Names, MergingMatchesCategoriesAndAgeGroupsByTheSameRule) {
  setLanguage(Lang::De);
  Document doc{makeDefaultSession(), {}};
  Session other = makeDefaultSession();
  ASSERT_EQ(other.categories[0].name, "Kita/Krippe");
  other.categories[0].name = "KITA / KRIPPE";
  ASSERT_EQ(other.ageGroups.size(), 4u);
  other.ageGroups[0].name = "0–3";  // "0-3"
  other.ageGroups[1].name = " 3 - 6 ";
  other.ageGroups[2].name = "6-10 Jahre";
  const MergeReport r = merge(doc, other);
  EXPECT_EQ(r.newCategories, 0u);
  EXPECT_EQ(r.newAgeGroups, 1u) << "only \"6-10 Jahre\" is new";
}

}  // namespace
}  // namespace nwk
