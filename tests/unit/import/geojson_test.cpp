// Districts from GeoJSON: the JSON reader under it, the real Regensburg file, the broken and
// foreign files a facilitator may pick (each refused with a message that names what is
// wrong), projected files, and swapping the districts of an open session as one undo step.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>

#include "core/geo/polygon.hpp"
#include "core/geo/projection.hpp"
#include "core/import/geojson.hpp"
#include "core/io/json_value.hpp"
#include "core/model/validate.hpp"
#include "test_data.hpp"

namespace nwk {
namespace {

std::string regensburg() { return testData("regensburg_stadtteile.geojson"); }

// A FeatureCollection from features written as JSON, with an optional "crs" name.
std::string collection(const std::vector<std::string>& features, const std::string& crs = {}) {
  std::string out = "{\"type\":\"FeatureCollection\",";
  if (!crs.empty()) out += "\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"" + crs + "\"}},";
  out += "\"features\":[";
  for (std::size_t i = 0; i < features.size(); ++i) out += (i ? "," : "") + features[i];
  return out + "]}";
}

std::string feature(const std::string& name, const std::string& type, const std::string& coordinates) {
  return "{\"type\":\"Feature\",\"properties\":{\"name\":\"" + name + "\"},\"geometry\":{\"type\":\"" + type +
         "\",\"coordinates\":" + coordinates + "}}";
}

const std::string kSquare = "[[[12.0,49.0],[12.01,49.0],[12.01,49.01],[12.0,49.01],[12.0,49.0]]]";

Session withIds(std::vector<District> districts) {
  Session s = makeDefaultSession();
  for (District& d : districts) d.id = s.takeId();
  s.districts = std::move(districts);
  return s;
}

::testing::AssertionResult refusedWith(const DistrictImport& r, std::initializer_list<const char*> parts) {
  if (r.error.empty()) return ::testing::AssertionFailure() << "imported " << r.districts.size() << " districts";
  if (!r.districts.empty()) return ::testing::AssertionFailure() << "an error, yet districts: " << r.error;
  for (const char* part : parts)
    if (r.error.find(part) == std::string::npos)
      return ::testing::AssertionFailure() << "\"" << part << "\" missing in: " << r.error;
  return ::testing::AssertionSuccess();
}

// --- The real file ---------------------------------------------------------------------------

TEST(GeoJson, ImportsTheRegensburgDistricts) {
  const DistrictImport r = importDistricts(regensburg());
  ASSERT_EQ(r.error, "");
  ASSERT_EQ(r.districts.size(), 18u);
  EXPECT_EQ(r.nameProperty, "name");
  EXPECT_TRUE(r.nameObvious);
  EXPECT_EQ(r.codeProperty, "sbz");
  EXPECT_EQ(r.propertyKeys,
            (std::vector<std::string>{"sbz", "name", "hektar", "cartodb_id", "created_at", "updated_at"}));
  EXPECT_TRUE(r.warnings.empty()) << r.warnings.front();
  EXPECT_NE(r.crsNote.find("4326"), std::string::npos) << r.crsNote;
  EXPECT_EQ(r.districts[0].name, "Ober- und Niederwinzer - Kager");
  EXPECT_EQ(r.districts[0].code, "16");
  EXPECT_EQ(r.districts[3].name, "Innenstadt");
  EXPECT_EQ(r.districts[3].code, "01") << "codes keep their leading zero";
  EXPECT_EQ(r.districts[0].parts[0].rings[0].size(), 531u) << "532 points in the file, the closing one dropped";
  for (const District& d : r.districts) {
    EXPECT_EQ(d.id, kNoId);
    ASSERT_GE(d.parts.size(), 1u) << d.name;
    for (const Polygon& p : d.parts) {
      ASSERT_GE(p.rings.size(), 1u) << d.name;
      for (const Ring& ring : p.rings) {
        EXPECT_GE(ring.size(), 3u) << d.name;
        EXPECT_FALSE(ring.front() == ring.back()) << d.name;
        EXPECT_FALSE(selfIntersection(project(ring, projectionAround(ring[0])))) << d.name;
      }
    }
  }
  EXPECT_EQ(validate(withIds(r.districts)), std::nullopt);
  EXPECT_EQ(summary(r),
            "18 Stadtteile; Namen aus „name“, Kennungen aus „sbz“; Koordinaten: "
            "Länge/Breite in Grad (EPSG:4326); 0 Hinweise");
}

TEST(GeoJson, TheOldTownPointLiesInInnenstadt) {
  const Session s = withIds(importDistricts(regensburg()).districts);
  const Id id = districtAt(s, {12.0975, 49.0185});
  ASSERT_NE(id, kNoId);
  EXPECT_EQ(findById(s.districts, id)->name, "Innenstadt");
  EXPECT_EQ(findById(s.districts, districtAt(s, {12.1, 49.0}))->name, "Galgenberg");
  EXPECT_EQ(districtAt(s, {13.4, 52.5}), kNoId) << "Berlin is not in Regensburg";
}

TEST(GeoJson, TheFacilitatorMayChooseTheNameProperty) {
  const DistrictImport bySbz = importDistricts(regensburg(), "sbz");
  ASSERT_EQ(bySbz.error, "");
  EXPECT_EQ(bySbz.nameProperty, "sbz");
  EXPECT_EQ(bySbz.districts[3].name, "01");
  EXPECT_EQ(bySbz.codeProperty, "") << "the names' property is no code";
  EXPECT_TRUE(refusedWith(importDistricts(regensburg(), "Stadtteilname"), {"„Stadtteilname“", "sbz, name, hektar"}));
}

// --- Choosing names -------------------------------------------------------------------------

TEST(GeoJson, AGuessedNamePropertyIsFlaggedForChecking) {
  auto withProps = [](const std::string& props) {
    return "{\"type\":\"Feature\",\"properties\":{" + props +
           "},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":" + kSquare + "}}";
  };
  const DistrictImport r = importDistricts(collection({withProps(R"("fid": 1, "bezeichnung": "Mitte", "kurz": "M")"),
                                                       withProps(R"("fid": 2, "bezeichnung": "Nord", "kurz": "N")")}));
  ASSERT_EQ(r.error, "");
  EXPECT_EQ(r.nameProperty, "bezeichnung");
  EXPECT_TRUE(r.nameObvious);

  const DistrictImport guessed =
      importDistricts(collection({withProps(R"("fid": 1, "typ": "Stadtteil", "titel": "Mitte")"),
                                  withProps(R"("fid": 2, "typ": "Stadtteil", "titel": "Nord")")}));
  ASSERT_EQ(guessed.error, "");
  EXPECT_EQ(guessed.nameProperty, "titel") << "the first key with a different text per feature";
  EXPECT_FALSE(guessed.nameObvious);
  EXPECT_NE(summary(guessed).find("bitte prüfen"), std::string::npos) << summary(guessed);
}

TEST(GeoJson, UnnamedAndRepeatedNamesAreWarnedAboutAndKept) {
  const DistrictImport r = importDistricts(collection(
      {feature("Mitte", "Polygon", kSquare), feature("", "Polygon", kSquare), feature("mitte", "Polygon", kSquare)}));
  ASSERT_EQ(r.error, "");
  ASSERT_EQ(r.districts.size(), 3u);
  EXPECT_EQ(r.districts[1].name, "Gebiet 2");
  ASSERT_EQ(r.warnings.size(), 2u);
  EXPECT_EQ(r.warnings[0], "Objekt 2 hat keinen Wert in „name“ und heißt jetzt „Gebiet 2“.");
  EXPECT_EQ(r.warnings[1], "Der Name „mitte“ kommt mehrfach vor (Objekte 1 und 3).");

  const DistrictImport bare = importDistricts("{\"type\":\"MultiPolygon\",\"coordinates\":[" + kSquare + "]}");
  ASSERT_EQ(bare.error, "");
  ASSERT_EQ(bare.districts.size(), 1u);
  EXPECT_EQ(bare.districts[0].name, "Gebiet 1");
  EXPECT_EQ(bare.warnings,
            (std::vector<std::string>{"Die Datei enthält keine Namen: die Gebiete heißen „Gebiet 1“ bis „Gebiet 1“."}));
}

TEST(GeoJson, HolesAndMultiPartsAreKeptAndRepeatedPointsDropped) {
  const std::string withHole =
      "[[[12.0,49.0],[12.03,49.0],[12.03,49.03],[12.0,49.03],[12.0,49.0]],"
      "[[12.01,49.01],[12.01,49.01],[12.02,49.01],[12.02,49.02],[12.01,49.02],[12.01,49.01]]]";
  const DistrictImport r = importDistricts(feature("Mitte", "MultiPolygon", "[" + withHole + "," + kSquare + "]"));
  ASSERT_EQ(r.error, "");
  ASSERT_EQ(r.districts.size(), 1u);
  const District& d = r.districts[0];
  ASSERT_EQ(d.parts.size(), 2u);
  ASSERT_EQ(d.parts[0].rings.size(), 2u);
  EXPECT_EQ(d.parts[0].rings[1].size(), 4u);
  EXPECT_TRUE(contains(d, {12.005, 49.005}));
  EXPECT_FALSE(contains(d, {12.015, 49.015})) << "inside the hole";
}

// --- Refused files ----------------------------------------------------------------------------

TEST(GeoJson, RefusesWhatIsNotGeoJson) {
  EXPECT_TRUE(refusedWith(importDistricts(""), {"Die Datei ist leer."}));
  EXPECT_TRUE(
      refusedWith(importDistricts("Stadtteil;Kinder\nMitte;120\n"), {"kein gültiges GeoJSON", "Zeile 1 (Byte 0)"}));
  EXPECT_TRUE(
      refusedWith(importDistricts(R"({"netzwerkkarte": {"format": 1}})"), {"kein GeoJSON", "FeatureCollection"}));
  EXPECT_TRUE(refusedWith(importDistricts(R"({"type":"FeatureCollection","features":[]})"), {"keine Objekte"}));
  EXPECT_TRUE(refusedWith(importDistricts(collection({feature("Mitte", "Polygon", kSquare), "[1,2]"})),
                          {"Objekt 2 ist kein GeoJSON-Feature"}));
}

TEST(GeoJson, RefusesPointsAndLinesNamingTheFeature) {
  const DistrictImport r = importDistricts(collection({
      "{\"type\":\"Feature\",\"properties\":{\"name\":\"Kita "
      "Sonnenschein\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[12.1,49.0]}}",
  }));
  EXPECT_TRUE(
      refusedWith(r, {"Objekt 1 („Kita Sonnenschein“)", "„Point“", "nur Flächen sein (Polygon oder MultiPolygon)"}));
  EXPECT_TRUE(refusedWith(importDistricts(collection({feature("Mitte", "Polygon", kSquare),
                                                      feature("Donau", "LineString", "[[12.0,49.0],[12.1,49.1]]")})),
                          {"Objekt 2 („Donau“)", "„LineString“"}));
}

TEST(GeoJson, RefusesEmptyAndBrokenGeometry) {
  EXPECT_TRUE(refusedWith(
      importDistricts(collection({"{\"type\":\"Feature\",\"properties\":{\"name\":\"Mitte\"},\"geometry\":null}"})),
      {"Objekt 1 („Mitte“) hat keine Geometrie."}));
  EXPECT_TRUE(refusedWith(importDistricts(feature("Mitte", "Polygon", "[]")), {"Objekt 1 („Mitte“)", "leer"}));
  EXPECT_TRUE(refusedWith(importDistricts(feature("Mitte", "MultiPolygon", "[]")), {"Objekt 1 („Mitte“)", "leer"}));
  EXPECT_TRUE(refusedWith(importDistricts(feature("Mitte", "Polygon", "[[[12.0,49.0],[12.01,49.0],[12.0,49.0]]]")),
                          {"Objekt 1 („Mitte“)", "weniger als 3 verschiedene Punkte"}));
  EXPECT_TRUE(refusedWith(importDistricts(feature("Mitte", "Polygon", "[[[12.0,49.0],[12.01,49.0],[12.02,49.0]]]")),
                          {"Objekt 1 („Mitte“)", "keine Fläche"}));
  EXPECT_TRUE(refusedWith(importDistricts(feature("Mitte", "Polygon", "[[[12.0,\"49\"],[12.01,49.0],[12.0,49.01]]]")),
                          {"Objekt 1 („Mitte“)", "Koordinaten sind fehlerhaft"}));
}

TEST(GeoJson, RefusesASelfIntersectingRingWithItsPlace) {
  const std::string bowtie = "[[[12.0,49.0],[12.01,49.01],[12.01,49.0],[12.0,49.01],[12.0,49.0]]]";
  const DistrictImport r =
      importDistricts(collection({feature("Mitte", "Polygon", kSquare), feature("Schleife", "Polygon", bowtie)}));
  EXPECT_TRUE(refusedWith(r, {"Objekt 2 („Schleife“)", "kreuzt sich selbst", "Geometrien reparieren"}));
}

TEST(GeoJson, RefusesNaNCoordinatesAsASyntaxErrorWithTheLine) {
  const std::string text = "{\"type\":\"FeatureCollection\",\"features\":[\n" + feature("Mitte", "Polygon", kSquare) +
                           ",\n" + feature("Nord", "Polygon", "[[[12.0,49.0],[NaN,49.0],[12.0,49.01]]]") + "]}";
  EXPECT_TRUE(refusedWith(importDistricts(text), {"kein gültiges GeoJSON", "Zeile 3", "NaN und Infinity"}));
}

TEST(GeoJson, RefusesAMillionPointsSuggestingToSimplify) {
  // Ten features of 100,000 points each; the count is checked before any shape is.
  std::string ring = "[[[12.1,49.0]";
  for (int i = 1; i < 100'000; ++i) ring += ",[12.1,49.0]";
  ring += "]]";
  const std::vector<std::string> features(10, feature("Riesig", "Polygon", ring));
  EXPECT_TRUE(refusedWith(importDistricts(collection(features)),
                          {"1000000 Punkte", "höchstens 500000", "vereinfachen", "mapshaper"}));
}

TEST(GeoJson, RefusesTooManyFeatures) {
  const std::vector<std::string> features(2001, feature("Mitte", "Polygon", kSquare));
  EXPECT_TRUE(refusedWith(importDistricts(collection(features)), {"2001 Objekte", "höchstens 2000"}));
}

// --- Coordinate systems ------------------------------------------------------------------------

// A square of 0.01° at lon 12.10, lat 49.02, in EPSG:25832 (by PROJ's cs2cs).
const std::string kUtmSquare =
    "[[[726635.6462,5434309.7930],[727366.6289,5434339.7283],[727321.0365,5435451.1571],"
    "[726590.2007,5435421.2232],[726635.6462,5434309.7930]]]";

TEST(GeoJson, RefusesUtmWithoutCrsSayingWhatIsNeeded) {
  const DistrictImport r = importDistricts(collection({feature("Mitte", "Polygon", kUtmSquare)}));
  EXPECT_TRUE(refusedWith(r, {"Objekt 1 („Mitte“)", "726635.6462", "kein Koordinatensystem", "EPSG:4326", "EPSG:25832",
                              "Objekte speichern als"}));
}

TEST(GeoJson, ConvertsDeclaredUtmToLonLat) {
  for (const char* crs : {"urn:ogc:def:crs:EPSG::25832", "EPSG:25832", "http://www.opengis.net/def/crs/EPSG/0/25832"}) {
    const DistrictImport r = importDistricts(collection({feature("Mitte", "Polygon", kUtmSquare)}, crs));
    ASSERT_EQ(r.error, "") << crs;
    const Ring& ring = r.districts[0].parts[0].rings[0];
    ASSERT_EQ(ring.size(), 4u);
    const LonLat expected[] = {{12.10, 49.02}, {12.11, 49.02}, {12.11, 49.03}, {12.10, 49.03}};
    for (std::size_t i = 0; i < 4; ++i) {
      EXPECT_NEAR(ring[i].lon, expected[i].lon, 1e-6) << crs << " point " << i;
      EXPECT_NEAR(ring[i].lat, expected[i].lat, 1e-6) << crs << " point " << i;
    }
    EXPECT_EQ(r.crsNote, "UTM-Zone 32N (EPSG:25832), in Länge/Breite umgerechnet");
  }
  // The same old town point in zone 33, declared the older way.
  const std::string zone33 =
      "{\"type\":\"Feature\",\"crs\":{\"type\":\"EPSG\",\"properties\":{\"code\":25833}},"
      "\"properties\":{\"name\":\"Punkt\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
      "[[[287795.0746,5433571.6345],[287895.0746,5433571.6345],[287795.0746,5433671.6345]]]}}";
  const DistrictImport r33 = importDistricts(zone33);
  ASSERT_EQ(r33.error, "");
  EXPECT_NEAR(r33.districts[0].parts[0].rings[0][0].lon, 12.0975, 1e-6);
  EXPECT_NEAR(r33.districts[0].parts[0].rings[0][0].lat, 49.0185, 1e-6);
}

TEST(GeoJson, AcceptsDeclaredLonLatAndRefusesOtherSystems) {
  for (const char* crs : {"urn:ogc:def:crs:OGC:1.3:CRS84", "EPSG:4326", "urn:ogc:def:crs:EPSG::4326"})
    EXPECT_EQ(importDistricts(collection({feature("Mitte", "Polygon", kSquare)}, crs)).error, "") << crs;
  EXPECT_TRUE(
      refusedWith(importDistricts(collection({feature("Mitte", "Polygon", kSquare)}, "urn:ogc:def:crs:EPSG::31468")),
                  {"„EPSG:31468“", "EPSG:4326", "ETRS89 / UTM 32N"}));
  EXPECT_TRUE(refusedWith(importDistricts(collection({feature("Mitte", "Polygon", kSquare)}, "EPSG:25832")),
                          {"Objekt 1 („Mitte“)", "außerhalb des Bereichs von EPSG:25832"}))
      << "lon/lat numbers declared as UTM";
}

TEST(GeoJson, MessagesFollowTheLanguage) {
  setLanguage(Lang::En);
  const DistrictImport r = importDistricts(collection({feature("Mitte", "Point", "[12.1,49.0]")}));
  setLanguage(Lang::De);
  EXPECT_TRUE(refusedWith(r, {"Feature 1 (\"Mitte\")", "only be areas"}));
}

// --- Replacing the districts of a session -------------------------------------------------------

TEST(GeoJson, ReplaceDistrictsReassignsOffersAndProposalsInOneUndoStep) {
  Document doc{makeDefaultSession(), {}};
  Session& s = doc.session;
  const Id column = s.takeId();
  s.indicatorColumns.push_back({column, "Kinder unter 15", "Personen", "", ""});
  const Id oldCentre = s.takeId(), oldElsewhere = s.takeId();
  const Ring square{{12.0, 49.0}, {12.3, 49.0}, {12.3, 49.1}, {12.0, 49.1}};
  s.districts.push_back({oldCentre, "INNENSTADT", "", {{{square}}}, {{column, 820.0}}});
  s.districts.push_back({oldElsewhere, "Nirgendwo", "", {{{square}}}, {}});
  const Id located = s.takeId(), unlocatedCentre = s.takeId(), unlocatedElsewhere = s.takeId();
  s.offers.push_back({located, "Kita am Dom", "", kNoId, {}, true, {12.1, 49.0}, oldCentre, -1, "", "", {}});
  s.offers.push_back({unlocatedCentre, "Elterncafé", "", kNoId, {}, false, {}, oldCentre, -1, "", "", {}});
  s.offers.push_back({unlocatedElsewhere, "Streetwork", "", kNoId, {}, false, {}, oldElsewhere, -1, "", "", {}});
  const Id proposal = s.takeId();
  s.proposals.push_back({proposal, kNoId, "Familienzentrum", Level::Structural, {}, {oldCentre, oldElsewhere}});
  ASSERT_EQ(validate(s), std::nullopt);
  const Session before = s;

  const DistrictImport r = importDistricts(regensburg());
  ASSERT_EQ(r.error, "");
  replaceDistricts(doc, r.districts);

  ASSERT_EQ(s.districts.size(), 18u);
  EXPECT_EQ(validate(s), std::nullopt);
  for (const District& d : s.districts) EXPECT_GE(d.id, before.nextId) << "fresh ids";
  auto nameOf = [&](Id id) { return id == kNoId ? std::string("-") : findById(s.districts, id)->name; };
  EXPECT_EQ(nameOf(findById(s.offers, located)->district), "Galgenberg") << "by its location";
  EXPECT_EQ(nameOf(findById(s.offers, unlocatedCentre)->district), "Innenstadt") << "by its old district's name";
  EXPECT_EQ(findById(s.offers, unlocatedElsewhere)->district, kNoId);
  const District* centre = findById(s.districts, findById(s.offers, unlocatedCentre)->district);
  EXPECT_EQ(centre->indicators, (std::vector<IndicatorValue>{{column, 820.0}})) << "indicator values follow the name";
  EXPECT_EQ(centre->code, "01");
  ASSERT_EQ(findById(s.proposals, proposal)->districts.size(), 1u);
  EXPECT_EQ(findById(s.proposals, proposal)->districts[0], centre->id);

  const Session after = s;
  EXPECT_EQ(doc.history.undoLabel(), "Stadtteile ersetzen");
  ASSERT_TRUE(doc.history.undo(s));
  EXPECT_FALSE(doc.history.canUndo()) << "one undo step";
  Session restored = s;
  restored.nextId = before.nextId;
  EXPECT_TRUE(restored == before);
  ASSERT_TRUE(doc.history.redo(s));
  EXPECT_TRUE(s == after);
}

}  // namespace
}  // namespace nwk
