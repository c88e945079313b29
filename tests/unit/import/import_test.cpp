// Importing tables: indicators per district (matched by name in any spelling or by code,
// rows and cells that do not fit listed with their row numbers) and lists of offers (columns
// by German or English headers, districts from coordinates, categories and age groups by
// name). Each import is previewed without touching the session and applied as one undo step.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "core/import/geojson.hpp"
#include "core/import/indicator_import.hpp"
#include "core/import/offer_import.hpp"
#include "core/model/validate.hpp"
#include "test_data.hpp"

namespace nwk {
namespace {

// Undo restores everything but the id counter: ids are never handed out twice.
Session withoutIdCounter(Session s) {
  s.nextId = 0;
  return s;
}

District square(Session& s, const std::string& name, const std::string& code, double lon, double lat) {
  const Ring ring{{lon, lat}, {lon + 0.01, lat}, {lon + 0.01, lat + 0.01}, {lon, lat + 0.01}};
  return {s.takeId(), name, code, {Polygon{{ring}}}, {}};
}

// The default session with three districts; the first two are squares side by side.
Session townSession() {
  Session s = makeDefaultSession();
  s.districts.push_back(square(s, "Oestliche Innenstadt", "16", 9.80, 51.98));
  s.districts.push_back(square(s, "Nordstadt", "17", 9.81, 51.98));
  s.districts.push_back({s.takeId(), "St. Georg", "018", {}, {}});
  return s;
}

const District& named(const Session& s, const std::string& name) {
  for (const District& d : s.districts)
    if (d.name == name) return d;
  ADD_FAILURE() << "no district " << name;
  return s.districts.front();
}

std::optional<double> valueOf(const District& d, Id column) {
  for (const IndicatorValue& v : d.indicators)
    if (v.column == column) return v.value;
  return std::nullopt;
}

IndicatorPreview indicatorPreview(const Session& s, std::string_view csv, std::optional<std::size_t> key = {}) {
  IndicatorPreviewResult r = previewIndicatorImport(s, csv, key);
  EXPECT_EQ(r.error, "");
  return r.preview ? std::move(*r.preview) : IndicatorPreview{};
}

TEST(Import, IndicatorsFromAWindows1252FileMatchUmlautSpellings) {
  const Session s = townSession();
  const std::string csv =
      "Kinder unter 6;Stadtteil\r\n"
      "120;\xD6stliche Innenstadt\r\n"
      "85;NORDSTADT\r\n"
      "14;St Georg\r\n";
  const IndicatorPreview p = indicatorPreview(s, csv);
  EXPECT_EQ(p.keyColumn, 1u) << "the district names are in the second column";
  ASSERT_EQ(p.columns.size(), 1u);
  EXPECT_EQ(p.columns[0].name, "Kinder unter 6");
  EXPECT_EQ(p.columns[0].existing, kNoId);
  EXPECT_EQ(p.matched.size(), 3u);
  EXPECT_TRUE(p.unmatchedRows.empty());
  EXPECT_TRUE(p.districtsWithoutRow.empty());

  Document doc{s, {}};
  EXPECT_TRUE(applyIndicatorImport(doc, p, "Stadt Alfeld, Einwohnermeldeamt 31.12.2023"));
  ASSERT_EQ(doc.session.indicatorColumns.size(), 1u);
  const IndicatorColumn& column = doc.session.indicatorColumns[0];
  EXPECT_EQ(column.source, "Stadt Alfeld, Einwohnermeldeamt 31.12.2023");
  EXPECT_EQ(valueOf(named(doc.session, "Oestliche Innenstadt"), column.id), 120.0);
  EXPECT_EQ(valueOf(named(doc.session, "St. Georg"), column.id), 14.0);
  EXPECT_EQ(validate(doc.session), std::nullopt);
}

TEST(Import, IndicatorsFromExcelUtf8WithDecimalCommaAndPercentUnits) {
  const Session s = townSession();
  const std::string csv =
      "\xEF\xBB\xBFStadtteil;SGB-II-Quote unter 15 (%);Einwohner;Alleinerziehend\r\n"
      "Östliche Innenstadt;30,8;1.234;16,8 %\r\n"
      "Nordstadt;1,1;987;27,3 %\r\n"
      "St. Georg;12,5;2.000;20 %\r\n";
  const IndicatorPreview p = indicatorPreview(s, csv);
  ASSERT_EQ(p.columns.size(), 3u);
  EXPECT_EQ(p.columns[0].name, "SGB-II-Quote unter 15");
  EXPECT_EQ(p.columns[0].unit, "%");
  EXPECT_EQ(p.columns[1].unit, "");
  EXPECT_EQ(p.columns[2].unit, "%") << "from the values";
  ASSERT_EQ(p.matched.size(), 3u);
  EXPECT_EQ(p.matched[0].values, (std::vector<std::optional<double>>{30.8, 1234.0, 16.8}));
  EXPECT_EQ(p.matched[2].values, (std::vector<std::optional<double>>{12.5, 2000.0, 20.0}));
}

TEST(Import, RowsAndCellsThatDoNotFitAreListedWithTheirRowNumbers) {
  setLanguage(Lang::De);
  const Session s = townSession();
  const std::string csv =
      "Stadtteil;Kinder;Telefon Ansprechpartner\n"
      "Nordstadt;85;+49 5181 123\n"
      "Westviertel;40;+49 5181 124\n"
      "\n"
      "Nordstadt;86;+49 5181 125\n"
      "Östliche Innenstadt;k. A.;+49 5181 126\n"
      "Stadt gesamt;1000;\n";
  const IndicatorPreview p = indicatorPreview(s, csv);
  ASSERT_EQ(p.columns.size(), 1u) << "phone numbers are no numbers";
  EXPECT_EQ(p.columns[0].name, "Kinder");
  EXPECT_EQ(p.skippedColumns, std::vector<std::string>{"Telefon Ansprechpartner"});
  ASSERT_EQ(p.unmatchedRows.size(), 2u);
  EXPECT_EQ(p.unmatchedRows[0].row, 3u);
  EXPECT_EQ(p.unmatchedRows[0].text, "Westviertel");
  EXPECT_EQ(p.unmatchedRows[1].row, 7u);
  ASSERT_EQ(p.repeatedRows.size(), 1u);
  EXPECT_EQ(p.repeatedRows[0].row, 5u);
  EXPECT_EQ(p.repeatedRows[0].earlierRow, 2u);
  EXPECT_EQ(p.districtsWithoutRow, std::vector<Id>{named(s, "St. Georg").id});
  ASSERT_EQ(p.notNumbers.size(), 1u);
  EXPECT_EQ(p.notNumbers[0].row, 6u);
  EXPECT_EQ(p.notNumbers[0].column, "Kinder");
  EXPECT_EQ(p.notNumbers[0].text, "k. A.");

  const std::string text = describe(p, s);
  EXPECT_NE(text.find("Zeile 3: „Westviertel“ ist kein Stadtteil"), std::string::npos) << text;
  EXPECT_NE(text.find("Zeile 5: „Nordstadt“ steht schon in Zeile 2"), std::string::npos) << text;
  EXPECT_NE(text.find("Zeile 6, Spalte „Kinder“: „k. A.“ ist keine Zahl"), std::string::npos) << text;
  EXPECT_NE(text.find("„St. Georg“"), std::string::npos) << text;
  EXPECT_NE(text.find("Neuer Indikator „Kinder“ — gelesen: Nordstadt 85"), std::string::npos)
      << "the values as read, before applying: " << text;
}

TEST(Import, DistrictsMatchByCodeAndACodeColumnIsNoIndicator) {
  const Session s = townSession();
  const IndicatorPreview byCode = indicatorPreview(s, "Nr;Kinder\n016;5\n17.0;6\n18;7\n");
  EXPECT_EQ(byCode.keyColumn, 0u);
  EXPECT_EQ(byCode.matched.size(), 3u) << "016 == 16, 17.0 == 17, 18 == 018";
  EXPECT_EQ(byCode.matched[0].district, named(s, "Oestliche Innenstadt").id);

  const IndicatorPreview both = indicatorPreview(s, "Stadtteil;Nr;Kinder\nNordstadt;17;6\nSt. Georg;18;7\n");
  EXPECT_EQ(both.keyColumn, 0u);
  ASSERT_EQ(both.columns.size(), 1u);
  EXPECT_EQ(both.columns[0].name, "Kinder");
  EXPECT_EQ(both.skippedColumns, std::vector<std::string>{"Nr"});
}

TEST(Import, DistrictsMatchByTheNameAfterANumber) {
  const Session s = townSession();
  const IndicatorPreview p = indicatorPreview(s, "Bezirk;Kinder\n01 Nordstadt;5\n2 - St. Georg;6\n3 Süd;7\n");
  EXPECT_EQ(p.matched.size(), 2u);
  ASSERT_EQ(p.unmatchedRows.size(), 1u);
  EXPECT_EQ(p.unmatchedRows[0].text, "3 Süd");
}

TEST(Import, TheKeyColumnCanBeChosen) {
  const Session s = townSession();
  const std::string csv = "Anzahl;Name;Wert\n16;Nordstadt;1\n17;St. Georg;2\n";
  EXPECT_EQ(indicatorPreview(s, csv).keyColumn, 0u) << "both name districts; the leftmost wins";
  const IndicatorPreview chosen = indicatorPreview(s, csv, 1);
  EXPECT_EQ(chosen.keyColumn, 1u);
  EXPECT_EQ(chosen.matched[0].district, named(s, "Nordstadt").id);
  EXPECT_EQ(chosen.columns.size(), 2u) << "Anzahl no longer names the same districts as the key";
  EXPECT_EQ(previewIndicatorImport(s, csv, 3).error, trf(Str::ImportErrKeyColumn, 4u, 3u));
}

TEST(Import, IndicatorPreviewRefusesTablesItCannotUse) {
  const Session s = townSession();
  EXPECT_EQ(previewIndicatorImport(makeDefaultSession(), "Stadtteil;Wert\nNord;1\n").error,
            tr(Str::ImportErrNoDistricts));
  EXPECT_EQ(previewIndicatorImport(s, "Stadtteil;Wert\nMars;1\n").error,
            trf(Str::ImportErrNoKeyColumn, "Oestliche Innenstadt"));
  EXPECT_EQ(previewIndicatorImport(s, "Stadtteil;Bemerkung\nNordstadt;gut\n").error,
            trf(Str::ImportErrNoIndicators, "Stadtteil"));
  EXPECT_EQ(previewIndicatorImport(s, "Stadtteil;Wert\n").error, tr(Str::ImportErrNoRows));
  EXPECT_EQ(previewIndicatorImport(s, "Stadtteil;Wert\n\"Nordstadt;1\n").error, trf(Str::CsvErrQuote, 2u));
}

TEST(Import, IndicatorApplyUpdatesByNameAndIsOneUndoStep) {
  Session s = townSession();
  const Id quote = s.takeId(), other = s.takeId();
  s.indicatorColumns.push_back({quote, "SGB-II-Quote", "%", "Jobcenter 2022", ""});
  s.indicatorColumns.push_back({other, "Fläche", "ha", ""});
  s.districts[0].indicators = {{quote, 29.0}, {other, 120.0}};
  s.districts[2].indicators = {{quote, 11.0}};
  Document doc{s, {}};

  const IndicatorPreview p =
      indicatorPreview(s, "Stadtteil;sgb-ii-quote;Kinder unter 6\nOestliche Innenstadt;30,8;120\nNordstadt;1,1;85\n");
  ASSERT_EQ(p.columns.size(), 2u);
  EXPECT_EQ(p.columns[0].existing, quote) << "same name, other case: updated, not duplicated";
  EXPECT_TRUE(applyIndicatorImport(doc, p, ""));
  const Session after = doc.session;

  EXPECT_EQ(after.indicatorColumns.size(), 3u);
  EXPECT_EQ(after.indicatorColumns[0].source, "Jobcenter 2022") << "kept: no new source given";
  EXPECT_EQ(valueOf(after.districts[0], quote), 30.8);
  EXPECT_EQ(valueOf(after.districts[0], other), 120.0) << "other indicators untouched";
  EXPECT_EQ(valueOf(after.districts[1], quote), 1.1);
  EXPECT_EQ(valueOf(after.districts[2], quote), std::nullopt) << "no row: the table is the whole truth";
  EXPECT_EQ(validate(after), std::nullopt);

  ASSERT_TRUE(doc.history.undo(doc.session));
  EXPECT_EQ(withoutIdCounter(doc.session), withoutIdCounter(s));
  EXPECT_FALSE(doc.history.canUndo()) << "one step";
  ASSERT_TRUE(doc.history.redo(doc.session));
  EXPECT_EQ(doc.session, after);
}

TEST(Import, RealRegensburgDistrictsMatchNamesWithUmlautsAndCodes) {
  Session s = makeDefaultSession();
  const DistrictImport districts = importDistricts(testData("regensburg_stadtteile.geojson"));
  ASSERT_EQ(districts.error, "");
  ASSERT_EQ(districts.districts.size(), 18u);
  for (District d : districts.districts) {
    d.id = s.takeId();
    s.districts.push_back(std::move(d));
  }
  // The map lost its umlauts ("Kumpfmhl"); the statistics office's table has them.
  const std::string byName =
      "Stadtbezirk;Kinder unter 6\n"
      "Kumpfmühl - Ziegetsdorf - Neuprüll;812\n"
      "Großprüfening - Dechbetten - Königswiesen;655\n"
      "Oberisling - Graß;301\n"
      "INNENSTADT;1.024\n";
  const IndicatorPreview p = indicatorPreview(s, byName);
  ASSERT_EQ(p.unmatchedRows.size(), 0u) << p.unmatchedRows[0].text;
  EXPECT_EQ(p.matched.size(), 4u);
  EXPECT_EQ(p.districtsWithoutRow.size(), 14u);
  EXPECT_EQ(p.matched[3].values[0], 1024.0);

  std::string byCode = "sbz;Anteil in %\n";
  for (int i = 1; i <= 18; ++i) byCode += std::to_string(i) + ";" + std::to_string(i) + ",5\n";
  const IndicatorPreview codes = indicatorPreview(s, byCode);
  EXPECT_EQ(codes.matched.size(), 18u) << "1 matches the map's \"01\"";
  EXPECT_EQ(codes.columns[0].unit, "%");

  // The cathedral lies in the Innenstadt.
  const std::string offers = "Name;Lon;Lat\nDomspatzen-Kita;12,0984;49,0195\n";
  const OfferPreviewResult o = previewOfferImport(s, offers);
  ASSERT_TRUE(o.preview) << o.error;
  ASSERT_EQ(o.preview->offers.size(), 1u);
  const District* innenstadt = findById(s.districts, o.preview->offers[0].offer.district);
  ASSERT_NE(innenstadt, nullptr);
  EXPECT_EQ(innenstadt->name, "Innenstadt");
}

// --- Offers --------------------------------------------------------------------------------

OfferPreview offerPreview(const Session& s, std::string_view csv) {
  OfferPreviewResult r = previewOfferImport(s, csv);
  EXPECT_EQ(r.error, "");
  return r.preview ? std::move(*r.preview) : OfferPreview{};
}

Id categoryNamed(const Session& s, const std::string& name) {
  for (const Category& c : s.categories)
    if (c.name == name) return c.id;
  return kNoId;
}

TEST(Import, OffersWithCoordinatesGetTheDistrictThatContainsThem) {
  const Session s = townSession();
  const std::string csv =
      "Angebot;Träger;Kategorie;Altersgruppen;Längengrad;Breitengrad;Stadtteil;Plätze;Telefon;E-Mail\n"
      "Kita Sonnenschein;AWO;kita;\"0–3; 3-6\";9,805;51,985;;85;05181 123;kita@example.org\n"
      "Familienzentrum;Stadt;Familienzentrum;alle;9,815;51,985;;;;\n"
      "Hebammensprechstunde;Gesundheitsamt;Gesundheit;0-3 Jahre;9,9;52,1;Nordstadt;ca. 20;;\n"
      "Lernhilfe;Caritas;Lernförderung;6 - 10, 11-18, Schwangerschaft;;;St Georg;12;;\n"
      ";Ohne Namen;;;;;;;;\n"
      "Jugendtreff;Stadt;Jugendarbeit;11–18;;;;;;\n";
  const OfferPreview p = offerPreview(s, csv);
  ASSERT_EQ(p.offers.size(), 5u);
  EXPECT_TRUE(p.ignoredColumns.empty());
  const Offer& kita = p.offers[0].offer;
  EXPECT_EQ(kita.name, "Kita Sonnenschein");
  EXPECT_EQ(kita.provider, "AWO");
  EXPECT_EQ(kita.category, categoryNamed(s, "Kita/Krippe")) << "a part of a name with '/'";
  EXPECT_EQ(kita.ageGroups, (std::vector<Id>{s.ageGroups[0].id, s.ageGroups[1].id}));
  EXPECT_TRUE(kita.hasLocation);
  EXPECT_EQ(kita.location, (LonLat{9.805, 51.985}));
  EXPECT_EQ(kita.district, named(s, "Oestliche Innenstadt").id);
  EXPECT_EQ(kita.capacity, 85);
  EXPECT_EQ(kita.contact, "05181 123, kita@example.org");

  const Offer& centre = p.offers[1].offer;
  EXPECT_EQ(centre.district, named(s, "Nordstadt").id);
  EXPECT_EQ(centre.ageGroups.size(), s.ageGroups.size()) << "\"alle\": every age group";

  const Offer& midwife = p.offers[2].offer;
  EXPECT_TRUE(midwife.hasLocation) << "outside every district, kept and flagged";
  EXPECT_EQ(midwife.district, named(s, "Nordstadt").id) << "then the district cell decides";
  EXPECT_EQ(midwife.ageGroups, std::vector<Id>{s.ageGroups[0].id});
  EXPECT_EQ(midwife.capacity, -1);

  const Offer& tutoring = p.offers[3].offer;
  EXPECT_FALSE(tutoring.hasLocation);
  EXPECT_EQ(tutoring.district, named(s, "St. Georg").id);
  EXPECT_EQ(tutoring.ageGroups, (std::vector<Id>{s.ageGroups[2].id, s.ageGroups[3].id}));
  EXPECT_EQ(p.offers[3].newCategory, 0);
  EXPECT_EQ(p.newCategories, std::vector<std::string>{"Lernförderung"});
  EXPECT_EQ(p.offers[4].offer.category, categoryNamed(s, "Jugendarbeit"));

  std::vector<std::string> notices;
  for (const OfferRowNotice& n : p.notices) notices.push_back(n.message);
  EXPECT_EQ(notices, (std::vector<std::string>{
                         trf(Str::ImportOfferOutside, 4u),
                         trf(Str::ImportOfferBadCapacity, 4u, "ca. 20"),
                         trf(Str::ImportOfferUnknownAgeGroup, 5u, "Schwangerschaft"),
                         trf(Str::ImportOfferNoName, 6u),
                         trf(Str::ImportOfferNoPlace, 7u),
                     }));
  EXPECT_TRUE(p.notices[3].skipped);
  EXPECT_FALSE(p.notices[0].skipped);
}

TEST(Import, OfferApplyCreatesCategoriesAndIsOneUndoStep) {
  const Session s = townSession();
  Document doc{s, {}};
  const OfferPreview p = offerPreview(s,
                                      "Name,Category,Age groups,Lon,Lat\n"
                                      "Youth club,Youth clubs,11-18,9.815,51.985\n"
                                      "Library,Youth clubs,,,\n"
                                      "Homework help,schule,,9.805,51.985\n");
  EXPECT_EQ(p.newCategories, std::vector<std::string>{"Youth clubs"});
  EXPECT_EQ(applyOfferImport(doc, p), 3u);
  const Session after = doc.session;
  ASSERT_EQ(after.offers.size(), 3u);
  ASSERT_EQ(after.categories.size(), s.categories.size() + 1);
  const Category& created = after.categories.back();
  EXPECT_EQ(created.name, "Youth clubs");
  EXPECT_EQ(created.colour, s.categories[0].colour) << "the existing colours in turn";
  EXPECT_EQ(after.offers[0].category, created.id);
  EXPECT_EQ(after.offers[1].category, created.id) << "created once";
  EXPECT_EQ(after.offers[0].district, named(s, "Nordstadt").id);
  EXPECT_EQ(after.offers[2].category, categoryNamed(s, "Schule"));
  EXPECT_EQ(validate(after), std::nullopt);

  ASSERT_TRUE(doc.history.undo(doc.session));
  EXPECT_EQ(withoutIdCounter(doc.session), withoutIdCounter(s));
  EXPECT_FALSE(doc.history.canUndo());
  ASSERT_TRUE(doc.history.redo(doc.session));
  EXPECT_EQ(doc.session, after);
}

TEST(Import, OfferHeadersAsOfficesWriteThem) {
  const OfferPreview p =
      offerPreview(townSession(),
                   "Name der Einrichtung;Trägerschaft;Telefonnummer;E-Mail-Adresse;Kapazität (Plätze);"
                   "Stadtteilname;Öffnungszeiten\n"
                   "Kita Sonnenschein;AWO;05181 123;kita@example.org;1.200;17;Mo-Fr\n");
  ASSERT_EQ(p.offers.size(), 1u);
  const Offer& o = p.offers[0].offer;
  EXPECT_EQ(o.name, "Kita Sonnenschein");
  EXPECT_EQ(o.provider, "AWO");
  EXPECT_EQ(o.contact, "05181 123, kita@example.org");
  EXPECT_EQ(o.capacity, 1200);
  EXPECT_EQ(o.district, named(townSession(), "Nordstadt").id) << "by code";
  EXPECT_EQ(p.ignoredColumns, std::vector<std::string>{"Öffnungszeiten"});
}

TEST(Import, OfferFilesThatCannotBeMeantAreRefused) {
  setLanguage(Lang::De);
  const OfferPreviewResult r = previewOfferImport(townSession(), "Träger;Ort\nAWO;Nord\n");
  EXPECT_EQ(r.error, trf(Str::ImportErrNoNameColumn, "„Träger“, „Ort“"));
  std::string rows;  // a description column taken for the category makes one per row
  for (int i = 0; i <= 500; ++i) rows += "Kita " + std::to_string(i) + ";mit Garten, Nr. " + std::to_string(i) + "\n";
  EXPECT_EQ(previewOfferImport(townSession(), "Name;Kategorie\n" + rows).error,
            trf(Str::ImportErrManyCategories, "Kategorie", 500u));
  EXPECT_EQ(previewOfferImport(townSession(), "Name;Details\n" + rows).error, "");
  const OfferPreview half = offerPreview(townSession(), "Name;Lon;Ort\nKita;9,8;Nord\n");
  EXPECT_EQ(half.ignoredColumns, (std::vector<std::string>{"Ort", "Lon"})) << "half a coordinate is none";
}

}  // namespace
}  // namespace nwk
