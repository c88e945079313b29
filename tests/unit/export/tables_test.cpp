// The tables (export_tables.hpp) as CSV, workbook and preview, and the GeoJSON's new
// properties, on the demo town with an offer that reaches two more districts, costs a
// reduced fee, speaks two languages, is low-threshold, takes the BuT voucher and is
// project-funded until the end of 2027; a proposal named at three tables, in two more age
// groups, with themes; a strength; a district's note. The HTML report's text for the preview.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "core/export/export_csv.hpp"
#include "core/export/export_geojson.hpp"
#include "core/export/export_tables.hpp"
#include "core/export/html_text.hpp"
#include "core/export/report_html.hpp"
#include "core/export/xlsx.hpp"
#include "core/io/csv.hpp"
#include "core/io/json_value.hpp"
#include "core/sample/demo.hpp"
#include "core/text/i18n.hpp"

namespace nwk {
namespace {

Session sessionWithTheNewFields() {
  Session s = makeDemoSession();
  s.strengths.clear();  // the demo's own: here one the test knows
  Offer& o = s.offers[0];
  o.reach = Reach::Districts;
  o.servedDistricts = {s.districts[1].id, s.districts[2].id};
  o.cost = Cost::Reduced;
  o.languages = "Türkisch, Arabisch";
  o.lowThreshold = true;
  o.educationPackage = true;
  o.projectFunding = true;
  o.fundedUntil = "2027-12-31";
  Proposal& p = s.proposals[0];
  p.districts = {s.districts[0].id};
  p.tables = 3;
  p.alsoNamedIn = {s.ageGroups[0].id, s.ageGroups[1].id};
  p.tags = {"Sprache", "Mobilität"};
  s.strengths.push_back({s.takeId(), s.ageGroups[0].id, "Hebammen kennen die Familien"});
  s.districts[0].note = "Viele Familien ziehen neu zu";
  return s;
}

class Tables : public ::testing::Test {
 protected:
  void TearDown() override { setLanguage(Lang::De); }
  Session s = sessionWithTheNewFields();
};

CsvTable readBack(const Session& s, ExportTable table) {
  CsvResult r = parseCsv(exportCsv(s, table, CsvDialect::ExcelDe));
  EXPECT_TRUE(r.table) << r.error;
  return r.table ? std::move(*r.table) : CsvTable();
}

std::string_view cellOf(const CsvTable& t, std::size_t row, std::string_view header) {
  for (std::size_t c = 0; c < t.columns(); ++c)
    if (t.header(c) == header) return t.cell(row, c);
  ADD_FAILURE() << "no column " << header;
  return {};
}

bool contains(std::string_view text, std::string_view part) { return text.find(part) != std::string_view::npos; }

}  // namespace

TEST_F(Tables, OffersCarryReachAccessAndFunding) {
  const CsvTable t = readBack(s, ExportTable::Offers);
  EXPECT_EQ(cellOf(t, 0, "Reichweite"), "in mehreren Stadtteilen");
  EXPECT_EQ(cellOf(t, 0, "Weitere Stadtteile"), s.districts[1].name + ", " + s.districts[2].name);
  EXPECT_EQ(cellOf(t, 0, "Kosten"), "ermäßigt");
  EXPECT_EQ(cellOf(t, 0, "Sprachen"), "Türkisch, Arabisch");
  EXPECT_EQ(cellOf(t, 0, "Niedrigschwellig"), "ja");
  EXPECT_EQ(cellOf(t, 0, "Bildung und Teilhabe"), "ja");
  EXPECT_EQ(cellOf(t, 0, "Finanzierung"), "Projektförderung bis 31.12.2027");
  EXPECT_EQ(cellOf(t, 1, "Reichweite"), "im Stadtteil");
  EXPECT_EQ(cellOf(t, 1, "Kosten"), "unbekannt");
  EXPECT_EQ(cellOf(t, 1, "Niedrigschwellig"), "nein");
  EXPECT_EQ(cellOf(t, 1, "Finanzierung"), "Regelfinanzierung");
}

TEST_F(Tables, ProposalsCarryDistrictsHowOftenTheyWereNamedAndThemes) {
  const CsvTable t = readBack(s, ExportTable::Proposals);
  EXPECT_EQ(cellOf(t, 0, "Stadtteile"), s.districts[0].name);
  EXPECT_EQ(cellOf(t, 0, "Genannt an Tischen"), "3");
  EXPECT_EQ(cellOf(t, 0, "Auch genannt in"), s.ageGroups[0].name + ", " + s.ageGroups[1].name);
  EXPECT_EQ(cellOf(t, 0, "Themen"), "Sprache, Mobilität");
  EXPECT_EQ(cellOf(t, 1, "Genannt an Tischen"), "1");
}

TEST_F(Tables, StrengthsAndDistrictsAreTablesOfTheirOwn) {
  const CsvTable strengths = readBack(s, ExportTable::Strengths);
  ASSERT_EQ(strengths.rows(), 1u);
  EXPECT_EQ(cellOf(strengths, 0, "Altersgruppe"), s.ageGroups[0].name);
  EXPECT_EQ(cellOf(strengths, 0, "Was läuft gut"), "Hebammen kennen die Familien");
  const CsvTable districts = readBack(s, ExportTable::Districts);
  ASSERT_EQ(districts.rows(), s.districts.size());
  EXPECT_EQ(cellOf(districts, 0, "Name"), s.districts[0].name);
  EXPECT_EQ(cellOf(districts, 0, "Schlüssel"), "01");
  EXPECT_EQ(cellOf(districts, 0, "Notiz"), "Viele Familien ziehen neu zu");
  EXPECT_EQ(cellOf(districts, 0, "SGB-II-Quote (%)"), "14,2") << "an indicator's value";
  EXPECT_EQ(cellOf(districts, 0, "Angebote"), std::to_string(coverage(s).rows[0].offers));
}

TEST_F(Tables, TheWorkbookHasASheetPerTableWithTypedCells) {
  std::vector<std::string> names;
  for (ExportTable t : kTables) names.emplace_back(tableName(t));
  EXPECT_EQ(names, (std::vector<std::string>{"Angebote", "Verbindungen", "Probleme", "Stärken", "Lösungsvorschläge",
                                             "Abdeckung", "Stadtteile"}));
  XlsxSheet coverageSheet("Abdeckung");
  writeTable(coverageSheet, s, ExportTable::Coverage, {});
  const std::string xml = coverageSheet.xml();
  EXPECT_TRUE(contains(xml, R"(<c r="B2" t="inlineStr"><is><t xml:space="preserve">01</t></is></c>)"))
      << "the district's code as text";
  EXPECT_TRUE(contains(xml, R"(<c r="E2"><v>28.6</v></c>)")) << "offers per 1,000 children: a rounded number";
  EXPECT_EQ(coverageSheet.rows(), s.districts.size() + 1);
  const std::string workbook = exportWorkbook(s, {});
  EXPECT_EQ(workbook.substr(0, 4), "PK\x03\x04");
  EXPECT_TRUE(contains(workbook, R"(<sheet name="Stadtteile" sheetId="7" r:id="rId7"/>)"));
}

TEST_F(Tables, TheWorkbookPreviewCountsEverySheetsRowsAndShowsTheChosenTable) {
  const std::string preview = workbookPreview(s, ExportTable::Strengths, {});
  EXPECT_TRUE(contains(preview, "Angebote: " + std::to_string(s.offers.size()) + "\n")) << preview;
  EXPECT_TRUE(contains(preview, "Stärken: 1\n"));
  EXPECT_TRUE(contains(preview, "Stadtteile: " + std::to_string(s.districts.size()) + "\n"));
  EXPECT_TRUE(contains(preview, "Stärken, die ersten Zeilen:\nID | Altersgruppe | Was läuft gut\n"));
  EXPECT_TRUE(contains(preview, " | " + s.ageGroups[0].name + " | Hebammen kennen die Familien\n"));
  const std::string offers = workbookPreview(s, ExportTable::Offers, {});
  const std::size_t rows = offers.size() - offers.find("ersten Zeilen:");
  EXPECT_LT(rows, 3000u) << "the first rows only";
}

TEST_F(Tables, HeadersAndSheetNamesFollowTheLanguage) {
  setLanguage(Lang::En);
  EXPECT_EQ(tableName(ExportTable::Strengths), std::string("Strengths"));
  const CsvTable t = readBack(s, ExportTable::Offers);
  EXPECT_EQ(cellOf(t, 0, "Cost"), "reduced");
  EXPECT_EQ(cellOf(t, 0, "Funding"), "Project funding until 2027-12-31");
  EXPECT_EQ(exportFileName(s.meta, "", ExportFormat::Xlsx), "2026-01-25_Sozialraumkonferenz-Musterstadt_Tables.xlsx");
}

TEST_F(Tables, GeoJsonOffersHaveReachAccessAndFundingUnderStableKeys) {
  setLanguage(Lang::En);  // keys and values the same in either language
  const JsonParse parsed = parseJson(exportGeoJson(s));
  ASSERT_FALSE(parsed.error);
  const JsonValue features = parsed.document.root()["features"];
  const JsonValue district = features.at(0)["properties"];
  EXPECT_EQ(district["note"].string(), std::string("Viele Familien ziehen neu zu"));
  const JsonValue offer = features.at(s.districts.size())["properties"];
  EXPECT_EQ(offer["reach"].string(), std::string("districts"));
  ASSERT_EQ(offer["servedDistricts"].size(), 2u);
  EXPECT_EQ(offer["servedDistricts"].at(1).string(), s.districts[2].name);
  EXPECT_EQ(offer["cost"].string(), std::string("reduced"));
  EXPECT_EQ(offer["languages"].string(), std::string("Türkisch, Arabisch"));
  EXPECT_TRUE(offer["lowThreshold"].boolean());
  EXPECT_TRUE(offer["educationPackage"].boolean());
  EXPECT_TRUE(offer["projectFunding"].boolean());
  EXPECT_EQ(offer["fundedUntil"].string(), std::string("2027-12-31"));
  const JsonValue regular = features.at(s.districts.size() + 1)["properties"];
  EXPECT_EQ(regular["reach"].string(), std::string("district"));
  EXPECT_FALSE(regular["projectFunding"].boolean());
  EXPECT_TRUE(regular["fundedUntil"].is(JsonType::Null));
}

TEST_F(Tables, TheReportsTextHasHeadingsAndTableRowsButNoMarkup) {
  const std::string text = htmlText(reportHtml(s, {}));
  EXPECT_EQ(text.find('<'), std::string::npos) << "no tag, no style sheet, no svg";
  EXPECT_FALSE(contains(text, "&amp;"));
  EXPECT_EQ(text.rfind(std::string(1, kHeadingMark) + "Sozialraumkonferenz Musterstadt\n", 0), 0u);
  EXPECT_TRUE(contains(text, "\n\n" + std::string(1, kHeadingMark) + "Netzwerkkarte\n"));
  EXPECT_TRUE(contains(text, "\n" + s.districts[0].name + " | ")) << "a table row per line";
  EXPECT_EQ(htmlText("<p>a &amp; b<br>c</p><table><tr><th>x<br>y</th><td>1</td></tr></table><ul><li>z</li></ul>"),
            "a & b\nc\nx · y | 1\n• z\n");
}

}  // namespace nwk
