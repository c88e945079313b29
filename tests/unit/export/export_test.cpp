// The exports (export.hpp and its formats) on the demo town plus one awkward offer: CSV in
// both dialects read back with the app's own CSV reader, GeoJSON structure and re-import,
// the Markdown summary and the HTML report (escaping, no outside requests, hidden and
// interim rounds), numbers and file names.
#include <gtest/gtest.h>

#include <cctype>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/export/export.hpp"
#include "core/export/export_csv.hpp"
#include "core/export/export_geojson.hpp"
#include "core/export/export_markdown.hpp"
#include "core/export/report_html.hpp"
#include "core/geo/map_scene.hpp"
#include "core/import/geojson.hpp"
#include "core/io/csv.hpp"
#include "core/io/json_value.hpp"
#include "core/model/validate.hpp"
#include "core/sample/demo.hpp"
#include "core/text/i18n.hpp"
#include "number_text.hpp"

namespace nwk {
namespace {

constexpr const char* kScript = "<script>alert(1)</script>";

// The demo (a closed dot-voting round, an open weighting round with hidden results) plus an
// offer with a script as its name, a phone number, a formula and a place west of Greenwich.
Session awkwardSession() {
  Session s = makeDemoSession();
  Offer o;
  o.id = s.takeId();
  o.name = kScript;
  o.provider = "Träger; \"Zitat\"";
  o.contact = "+49 5181 123";
  o.description = "=1+2";
  o.hasLocation = true;
  o.location = {-3.5, 50.25};
  o.capacity = 12;
  s.offers.push_back(o);
  return s;
}

class Export : public ::testing::Test {
 protected:
  void TearDown() override { setLanguage(Lang::De); }
  Session s = awkwardSession();
};

std::size_t column(const CsvTable& t, std::string_view header) {
  for (std::size_t c = 0; c < t.columns(); ++c)
    if (t.header(c) == header) return c;
  ADD_FAILURE() << "no column " << header;
  return 0;
}

TEST_F(Export, TheSessionIsValid) { EXPECT_EQ(validate(s), std::nullopt); }

TEST_F(Export, ExcelCsvHasBomSemicolonsDecimalCommaAndCrlf) {
  const std::string csv = exportCsv(s, ExportTable::Offers, CsvDialect::ExcelDe);
  EXPECT_EQ(csv.rfind("\xEF\xBB\xBFID;Name;Träger;", 0), 0u);
  EXPECT_NE(csv.find(";-3,5;50,25;12;+49 5181 123;'=1+2;"), std::string::npos);
  EXPECT_NE(csv.find(";\"Träger; \"\"Zitat\"\"\";"), std::string::npos);
  EXPECT_EQ(csv.substr(csv.size() - 2), "\r\n");
  EXPECT_EQ(csv.find('\n', 0), csv.find("\r\n", 0) + 1);
}

TEST_F(Export, ExcelCsvReadsBackWithTheSessionsNamesAndNumbers) {
  const CsvResult r = parseCsv(exportCsv(s, ExportTable::Offers, CsvDialect::ExcelDe));
  ASSERT_TRUE(r.table) << r.error;
  const CsvTable& t = *r.table;
  ASSERT_EQ(t.rows(), s.offers.size());
  for (std::size_t i = 0; i < s.offers.size(); ++i) {
    const Offer& o = s.offers[i];
    EXPECT_EQ(t.cell(i, column(t, "Name")), o.name);
    EXPECT_EQ(t.number(i, column(t, "ID")), static_cast<double>(o.id));
    if (o.hasLocation) {
      EXPECT_NEAR(*t.number(i, column(t, "Länge")), o.location.lon, 1e-9);
      EXPECT_NEAR(*t.number(i, column(t, "Breite")), o.location.lat, 1e-9);
    }
  }
  EXPECT_EQ(t.cell(s.offers.size() - 1, column(t, "Kontakt")), "+49 5181 123");
}

TEST_F(Export, Rfc4180CsvHasCommasAndDecimalPoints) {
  const std::string csv = exportCsv(s, ExportTable::Offers, CsvDialect::Rfc4180);
  EXPECT_EQ(csv.rfind("ID,Name,", 0), 0u);
  EXPECT_NE(csv.find(",-3.5,50.25,12,+49 5181 123,'=1+2,"), std::string::npos);
  EXPECT_NE(csv.find(",\"0-3, 3-6\","), std::string::npos);  // a cell holding the separator is quoted
}

TEST_F(Export, FormulasAreNeutralisedButNumbersAndPhoneNumbersStay) {
  Session t = makeDefaultSession();
  for (const char* text : {"=HYPERLINK(\"x\")", "@SUM(A1)", "+1+cmd|' /C calc'!A0", "-Kita", "\tTab", "+49 5181 123",
                           "-3,5", "(0511) 123-45", "Kita = Ort"})
    t.problems.push_back({t.takeId(), kNoId, text});
  const CsvResult r = parseCsv(exportCsv(t, ExportTable::Problems, CsvDialect::Rfc4180));
  ASSERT_TRUE(r.table) << r.error;
  const char* expected[] = {"'=HYPERLINK(\"x\")", "'@SUM(A1)", "'+1+cmd|' /C calc'!A0", "'-Kita",    "'\tTab",
                            "+49 5181 123",       "-3,5",      "(0511) 123-45",         "Kita = Ort"};
  for (std::size_t i = 0; i < std::size(expected); ++i) EXPECT_EQ(r.table->cell(i, 2), expected[i]);
}

TEST_F(Export, ProposalsCarryTheVisibleRoundsOnlyUnlessHiddenAreIncluded) {
  const std::string visible = exportCsv(s, ExportTable::Proposals, CsvDialect::ExcelDe);
  EXPECT_NE(visible.find("Punktabfrage Plenum: Rang;Punktabfrage Plenum: Ergebnis\r\n"), std::string::npos);
  EXPECT_EQ(visible.find("Gewichtung"), std::string::npos);
  EXPECT_NE(visible.find(
                ";Koordinierungsstelle als Lotse für Familien;strukturell;Familien kennen die Angebote nicht;;3;3-6;"
                "Information, Lotsen;1;9\r\n"),
            std::string::npos);
  ExportOptions hidden;
  hidden.includeHidden = true;
  const std::string all = exportCsv(s, ExportTable::Proposals, CsvDialect::ExcelDe, hidden);
  EXPECT_NE(all.find("Gewichtung der Favoriten (Zwischenergebnis): Ergebnis"), std::string::npos);
  EXPECT_NE(all.find(";2;7;2;3,75\r\n"), std::string::npos);  // weighting: the mean of 4, 4, 5, 2
}

TEST_F(Export, CoverageCsvMatchesTheMatrix) {
  const CoverageMatrix m = coverage(s);
  const CsvResult r = parseCsv(exportCsv(s, ExportTable::Coverage, CsvDialect::ExcelDe));
  ASSERT_TRUE(r.table) << r.error;
  const CsvTable& t = *r.table;
  ASSERT_EQ(t.rows(), s.districts.size());
  for (std::size_t d = 0; d < m.rows.size(); ++d) {
    EXPECT_EQ(t.cell(d, 0), s.districts[d].name);
    for (std::size_t a = 0; a < s.ageGroups.size(); ++a) {
      EXPECT_EQ(t.number(d, 2 + 4 * a), m.rows[d].cells[a].offers);
      EXPECT_NEAR(*t.number(d, 4 + 4 * a), *m.rows[d].cells[a].perThousand, 0.05 + 1e-9);  // one decimal
      const std::string_view perThousand = t.cell(d, 4 + 4 * a);
      const std::size_t comma = perThousand.find(',');
      EXPECT_TRUE(comma == std::string_view::npos || comma + 2 == perThousand.size()) << perThousand;
      EXPECT_EQ(t.cell(d, 5 + 4 * a), m.rows[d].cells[a].gap ? "ja" : "nein");
    }
  }
}

TEST_F(Export, HeadersFollowTheLanguage) {
  setLanguage(Lang::En);
  EXPECT_EQ(exportCsv(s, ExportTable::Links, CsvDialect::Rfc4180).rfind("ID,From,To,Type,Note\r\n", 0), 0u);
  EXPECT_EQ(exportFileName(s.meta, "", ExportFormat::Html), "2026-01-25_Sozialraumkonferenz-Musterstadt_Report.html");
}

// --- GeoJSON ------------------------------------------------------------------------------

double signedDegreeArea(const JsonValue ring) {
  double sum = 0.0;
  for (std::size_t i = 0; i + 1 < ring.size(); ++i)
    sum += ring.at(i).at(0).number() * ring.at(i + 1).at(1).number() -
           ring.at(i + 1).at(0).number() * ring.at(i).at(1).number();
  return sum / 2.0;
}

void expectRightHandRings(const JsonValue polygon) {
  for (std::size_t r = 0; r < polygon.size(); ++r) {
    const JsonValue ring = polygon.at(r);
    ASSERT_GE(ring.size(), 4u);
    const JsonValue last = ring.at(ring.size() - 1);
    EXPECT_TRUE(ring.at(0).at(0).number() == last.at(0).number() && ring.at(0).at(1).number() == last.at(1).number())
        << "ring not closed";
    EXPECT_EQ(signedDegreeArea(ring) > 0.0, r == 0) << "outline counter-clockwise, holes clockwise";
    for (const JsonValue p : ring) {
      EXPECT_NEAR(p.at(0).number(), 10.0, 0.5);  // [lon, lat]: the demo lies at 10 E, 52 N
      EXPECT_NEAR(p.at(1).number(), 52.0, 0.5);
    }
  }
}

TEST_F(Export, GeoJsonHasDistrictsWithRightHandRingsAndOffersAsPoints) {
  const JsonParse parsed = parseJson(exportGeoJson(s));
  ASSERT_FALSE(parsed.error);
  const JsonValue doc = parsed.document.root();
  EXPECT_EQ(doc["type"].string(), "FeatureCollection");
  const auto& features = doc["features"];
  ASSERT_EQ(features.size(), s.districts.size() + s.offers.size());
  int holes = 0, multi = 0;
  for (std::size_t d = 0; d < s.districts.size(); ++d) {
    const auto& f = features.at(static_cast<std::size_t>(d));
    EXPECT_EQ(f["properties"]["Name"].string(), s.districts[d].name.c_str());
    EXPECT_TRUE(f["properties"]["Angebote 0-3"].int64());
    EXPECT_TRUE(f["properties"]["SGB-II-Quote (%)"].is(JsonType::Number));
    const auto& g = f["geometry"];
    if (std::string(g["type"].string()) == "MultiPolygon") {
      ++multi;
      for (const auto& polygon : g["coordinates"]) expectRightHandRings(polygon);
    } else {
      EXPECT_EQ(g["type"].string(), "Polygon");
      holes += g["coordinates"].size() > 1;
      expectRightHandRings(g["coordinates"]);
    }
  }
  EXPECT_EQ(holes, 1);  // Lindenhof around the Stadtpark
  EXPECT_EQ(multi, 1);  // Kirchdorf with its exclave
  const auto& script = features.at(features.size() - 1);
  EXPECT_EQ(script["properties"]["Name"].string(), kScript);
  EXPECT_EQ(script["properties"]["Kontakt"].string(), "+49 5181 123");
  EXPECT_EQ(script["geometry"]["coordinates"].at(0).number(), -3.5);
  EXPECT_EQ(script["geometry"]["coordinates"].at(1).number(), 50.25);
}

// Every number of the demo's GeoJSON export as short as it can be and still read back exactly:
// "9.967", never "9.9670000000000005".
TEST(GeoJsonExport, NoNumberHasMoreDigitsThanItNeeds) {
  const std::string geojson = exportGeoJson(makeDemoSession());
  std::size_t numbers = 0;
  for (std::size_t i = 0; i < geojson.size();) {
    const bool startsNumber = (geojson[i] == '-' || std::isdigit(static_cast<unsigned char>(geojson[i]))) &&
                              (i == 0 || std::string_view(",[:").find(geojson[i - 1]) != std::string_view::npos);
    if (!startsNumber) {
      i = geojson[i] == '"' ? geojson.find('"', i + 1) + 1 : i + 1;  // skip strings whole
      continue;
    }
    const std::size_t end = geojson.find_first_not_of("-+.eE0123456789", i);
    const std::string text = geojson.substr(i, end - i);
    const double d = std::strtod(text.c_str(), nullptr);
    EXPECT_EQ(significantDigits(text), significantDigits(shortestText(d))) << text << " could be " << shortestText(d);
    ++numbers;
    i = end;
  }
  EXPECT_GT(numbers, 400u) << "the demo's export holds hundreds of coordinates";
}

TEST_F(Export, GeoJsonReimportsItsDistrictsWithNamesAndCodes) {
  const DistrictImport r = importDistricts(exportGeoJson(s));
  ASSERT_EQ(r.error, "");
  EXPECT_EQ(r.nameProperty, "Name");
  EXPECT_EQ(r.codeProperty, "Schlüssel");
  ASSERT_EQ(r.districts.size(), s.districts.size());
  for (std::size_t d = 0; d < s.districts.size(); ++d) {
    EXPECT_EQ(r.districts[d].name, s.districts[d].name);
    EXPECT_EQ(r.districts[d].code, s.districts[d].code);
    EXPECT_EQ(r.districts[d].parts.size(), s.districts[d].parts.size());
  }
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_NE(r.warnings[0].find(counted(s.offers.size(), Noun::Feature)), std::string::npos);
}

TEST(GeoJsonImport, PointsAloneAreStillRefusedAndFeatureNumbersKeptBesidePoints) {
  const std::string point =
      R"({"type":"Feature","properties":{"name":"Kita"},"geometry":{"type":"Point","coordinates":[12.1,49.0]}})";
  const std::string line =
      R"({"type":"Feature","properties":{"name":"Donau"},"geometry":{"type":"LineString","coordinates":[[12,49],[12.1,49.1]]}})";
  const std::string area =
      R"({"type":"Feature","properties":{"name":"Mitte"},"geometry":{"type":"Polygon","coordinates":[[[12,49],[12.01,49],[12.01,49.01],[12,49.01],[12,49]]]}})";
  EXPECT_NE(importDistricts(R"({"type":"FeatureCollection","features":[)" + point + "]}").error.find("„Point“"),
            std::string::npos);
  const DistrictImport r =
      importDistricts(R"({"type":"FeatureCollection","features":[)" + point + "," + area + "," + line + "]}");
  EXPECT_NE(r.error.find("Objekt 3 („Donau“)"), std::string::npos) << r.error;
}

// --- Markdown and HTML ----------------------------------------------------------------------

TEST_F(Export, MarkdownEscapesUserTextAndRanksTheProposals) {
  s.problems.push_back({s.takeId(), kNoId, "- *fett* [Link](x) | 1. Zeile\nzwei"});
  const std::string md = exportMarkdown(s);
  EXPECT_EQ(md.rfind("# Sozialraumkonferenz Musterstadt\n\nMusterstadt · Rathaus, Großer Saal · 2026-01-25", 0), 0u);
  EXPECT_NE(md.find("- \\- \\*fett\\* \\[Link\\](x) \\| 1. Zeile zwei\n"), std::string::npos);
  EXPECT_NE(md.find("- **1.** Koordinierungsstelle als Lotse für Familien – 9 Punkte\n"), std::string::npos);
  EXPECT_NE(md.find("| 1 | Koordinierungsstelle als Lotse für Familien | Alle Altersgruppen | 9 Punkte | 4 |"),
            std::string::npos);
  EXPECT_EQ(md.find("Gewichtung der Favoriten"), std::string::npos);  // open, results hidden
  EXPECT_NE(md.find("- Eichenhöhe: 0-3, 11-18"), std::string::npos);
  std::string script;
  appendMarkdownText(script, kScript);
  EXPECT_EQ(script, "&lt;script&gt;alert(1)&lt;/script&gt;");
  std::string numbered;
  appendMarkdownText(numbered, "12. Mai");
  EXPECT_EQ(numbered, "12\\. Mai");
}

TEST_F(Export, MarkdownMarksAnIncludedOpenRoundAsInterim) {
  ExportOptions options;
  options.includeHidden = true;
  const std::string md = exportMarkdown(s, options);
  EXPECT_NE(md.find("**Gewichtung der Favoriten** (Zwischenergebnis)"), std::string::npos);
  EXPECT_NE(md.find("*Zwischenergebnis: die Abstimmung ist noch nicht geschlossen.*"), std::string::npos);
  EXPECT_NE(md.find("Mittelwert 3,75"), std::string::npos);
}

TEST_F(Export, HtmlReportIsSelfContainedAndEscapesUserText) {
  const std::string html = reportHtml(s);
  EXPECT_EQ(html.rfind("<!doctype html><html lang=de><head><meta charset=utf-8>", 0), 0u);
  for (const char* outside : {"http:", "https:", "//", "src=", "href=", "<link", "<script", "url(", "@import"})
    EXPECT_EQ(html.find(outside), std::string::npos) << outside;
  EXPECT_NE(html.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
  for (const char* part : {"@page{size:A4", "break-before:page", "break-inside:avoid", "<svg role=img", "<circle ",
                           "Angebote je Stadtteil und Altersgruppe", "Bestandsanalyse",
                           "Koordinierungsstelle als Lotse für Familien", "Wie gezählt wurde", "class=\"n gap\""})
    EXPECT_NE(html.find(part), std::string::npos) << part;
  EXPECT_EQ(html.find("Gewichtung der Favoriten"), std::string::npos);
  EXPECT_EQ(html.find("Zwischenergebnis"), std::string::npos);
}

std::size_t countOf(const std::string& text, std::string_view part) {
  std::size_t n = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

TEST_F(Export, MapSvgIsAStandaloneDocumentOfTheChosenWidthAndView) {
  const std::string town = mapSvg(s, kNoId, Bounds{}, 2400);
  EXPECT_EQ(town.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"2400\" height=\"", 0), 0u);
  EXPECT_EQ(countOf(town, "<path "), s.districts.size());
  EXPECT_EQ(countOf(town, "=\""), countOf(town, "=")) << "every attribute quoted: an SVG image is XML";
  EXPECT_GT(countOf(town, "<circle "), 40u) << "the demo town's offers";
  const MapScene scene = buildMapScene(s);
  Bounds westHalf = scene.fitBounds;
  westHalf.max.x = (westHalf.min.x + westHalf.max.x) / 2;
  const std::string west = mapSvg(s, kNoId, westHalf, 800);
  EXPECT_LT(countOf(west, "<circle "), countOf(town, "<circle ")) << "offers outside the view are left out";
  EXPECT_GT(countOf(west, "<circle "), 0u);
}

TEST_F(Export, HtmlReportShowsAnOpenLiveRoundAsInterimAndTheChoropleth) {
  s.rounds[1].liveResults = true;
  ExportOptions options;
  options.indicator = s.indicatorColumns.back().id;  // SGB-II-Quote
  const std::string html = reportHtml(s, options);
  EXPECT_NE(html.find("Gewichtung der Favoriten"), std::string::npos);
  EXPECT_NE(html.find("<p class=interim>Zwischenergebnis"), std::string::npos);
  EXPECT_NE(html.find("SGB-II-Quote (%)"), std::string::npos);
  EXPECT_NE(html.find("Quelle: Statistikstelle Musterstadt"), std::string::npos);
  EXPECT_NE(html.find("fill=\"#253494\""), std::string::npos);  // the darkest class
}

TEST_F(Export, HtmlReportForOneAgeGroupAndOneRoundInEnglish) {
  setLanguage(Lang::En);
  ExportOptions options;
  options.ageGroup = s.ageGroups[0].id;
  options.round = s.rounds[0].id;
  const std::string html = reportHtml(s, options);
  EXPECT_EQ(html.rfind("<!doctype html><html lang=en>", 0), 0u);
  EXPECT_NE(html.find("<h3>0-3</h3>"), std::string::npos);
  EXPECT_EQ(html.find("<h3>3-6</h3>"), std::string::npos);
  EXPECT_NE(html.find("<h3>All age groups</h3>"), std::string::npos);
  EXPECT_NE(html.find("How the votes were counted"), std::string::npos);
}

// --- Shared helpers -------------------------------------------------------------------------

TEST(ExportHelpers, NumbersHaveNoExponentNoTrailingZerosAndNoNegativeZero) {
  EXPECT_EQ(formatNumber(-3.5, 2, ','), "-3,5");
  EXPECT_EQ(formatNumber(2.0, 2, '.'), "2");
  EXPECT_EQ(formatNumber(-0.0001, 2, ','), "0");
  EXPECT_EQ(formatNumber(1e-7, 10, '.'), "0.0000001");
  EXPECT_EQ(formatNumber(1234567.25, 10, ','), "1234567,25");
  EXPECT_EQ(formatNumber(1e300, 15, '.').size(), 301u);
}

TEST(ExportHelpers, FileNamesFromDateAndTitle) {
  Meta meta;
  meta.title = "Sozialraumkonferenz Alfeld";
  meta.date = "2026-11-21";
  EXPECT_EQ(exportFileName(meta, "2027-01-01", ExportFormat::Html),
            "2026-11-21_Sozialraumkonferenz-Alfeld_Bericht.html");
  EXPECT_EQ(exportFileName(meta, "", ExportFormat::Csv, ExportTable::Coverage),
            "2026-11-21_Sozialraumkonferenz-Alfeld_Abdeckung.csv");
  meta.date.clear();
  EXPECT_EQ(exportFileName(meta, "2027-01-01", ExportFormat::GeoJson),
            "2027-01-01_Sozialraumkonferenz-Alfeld_Karte.geojson");
}

}  // namespace
}  // namespace nwk
