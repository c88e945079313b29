// What the council report adds for issue 18, in the HTML report and the Markdown summary: who
// took part (entered or guessed, and said so), proposals by level with their districts, the
// most often named proposals and themes, strengths beside the problems, the districts' notes,
// the printed footer with title, date and page numbers, the map's scale bar, north arrow,
// links and offers without a place of their own, every column explained, numbers rounded.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "core/export/export.hpp"
#include "core/export/export_markdown.hpp"
#include "core/export/report_html.hpp"
#include "core/sample/demo.hpp"
#include "core/text/i18n.hpp"

namespace nwk {
namespace {

bool has(const std::string& text, std::string_view part) { return text.find(part) != std::string::npos; }

std::size_t countOf(const std::string& text, std::string_view part) {
  std::size_t n = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

// The demo as it was before issue 18: nobody counted, no strengths or notes, each proposal
// named by one table without themes; each test adds what it checks.
Session demoWithoutIssue18() {
  Session s = makeDemoSession();
  s.meta.people = s.meta.institutions = 0;
  s.strengths.clear();
  for (District& d : s.districts) d.note.clear();
  for (Proposal& p : s.proposals) {
    p.tables = 1;
    p.alsoNamedIn.clear();
    p.tags.clear();
  }
  return s;
}

TEST(Report18Demo, TheDemosReportCarriesItsAttendanceStrengthsNotesMostNamedAndChain) {
  const Session s = makeDemoSession();
  for (const std::string& out : {reportHtml(s), exportMarkdown(s)}) {
    EXPECT_TRUE(has(out, "Teilgenommen haben 48 Personen aus 23 Institutionen."));
    EXPECT_TRUE(has(out, "Hebammen und Frühe Hilfen arbeiten eng zusammen"));
    EXPECT_TRUE(has(out, "Viele junge Familien ziehen zu"));
    EXPECT_TRUE(has(out, "von 3 Tischen"));
    EXPECT_TRUE(has(out, "Präventionskette"));
    EXPECT_TRUE(has(out, "Fehlende Übergänge"));
    EXPECT_TRUE(has(out, "Angebotsarten je Stadtteil"));
  }
}

class Report18 : public ::testing::Test {
 protected:
  void TearDown() override { setLanguage(Lang::De); }

  Proposal& propose(Id ageGroup, const char* text, Level level) {
    Proposal p;
    p.id = s.takeId();
    p.ageGroup = ageGroup;
    p.text = text;
    p.level = level;
    s.proposals.push_back(p);
    return s.proposals.back();
  }
  Id ageGroup(std::size_t i) const { return s.ageGroups[i].id; }

  Session s = demoWithoutIssue18();
};

TEST_F(Report18, WhoTookPartAsEnteredOrGuessedFromTheBallotsAndSaidSo) {
  const std::string guessed = reportHtml(s);
  EXPECT_TRUE(has(guessed,
                  "Die Zahl der Teilnehmenden wurde nicht eingetragen; geschätzt aus den Stimmzetteln: 9 "
                  "Personen"));
  s.meta.people = 92;
  s.meta.institutions = 41;
  for (const std::string& out : {reportHtml(s), exportMarkdown(s)}) {
    EXPECT_TRUE(has(out, "Teilgenommen haben 92 Personen aus 41 Institutionen. 9 Personen (in der Abstimmung"));
    EXPECT_FALSE(has(out, "nicht eingetragen"));
  }
  s.meta.people = 0;
  EXPECT_TRUE(has(reportHtml(s), "Teilgenommen haben Personen aus 41 Institutionen."));
  setLanguage(Lang::En);
  s.meta.people = 1;
  s.meta.institutions = 0;
  EXPECT_TRUE(has(reportHtml(s), "1 person took part."));
}

TEST_F(Report18, ProposalsOfAnAgeGroupAreOrderedByLevelWithTheirDistricts) {
  const Id youngest = ageGroup(0);
  propose(youngest, "Elterncafé im Familienzentrum", Level::Individual);
  propose(youngest, "Leitbild Frühe Hilfen", Level::Institutional).districts = {s.districts[0].id, s.districts[1].id};
  for (const std::string& out : {reportHtml(s), exportMarkdown(s)}) {
    const auto structural = out.find("Mehr Krippenplätze in der Nordstadt");  // the demo's, structural
    const auto institutional = out.find("Leitbild Frühe Hilfen"), individual = out.find("Elterncafé");
    ASSERT_NE(individual, std::string::npos);
    EXPECT_LT(structural, institutional);
    EXPECT_LT(institutional, individual);
    EXPECT_TRUE(has(out, "Lösungsvorschläge nach Ebene"));
  }
  EXPECT_TRUE(has(reportHtml(s),
                  "<th scope=row>institutionell</th><td>Leitbild Frühe Hilfen</td><td>Altstadt, "
                  "Nordstadt</td><td>von 1 Tisch</td>"));
  EXPECT_TRUE(has(exportMarkdown(s), "| institutionell | Leitbild Frühe Hilfen | Altstadt, Nordstadt | von 1 Tisch |"));
}

TEST_F(Report18, TheRankedTablesNameEachProposalsLevelAndExplainN) {
  const std::string html = reportHtml(s);
  EXPECT_TRUE(has(html, "<th>Ebene</th><th colspan=2>Ergebnis</th><th class=n>n</th>"));
  EXPECT_TRUE(has(html, "<td>strukturell</td><td class=bar>"));
  EXPECT_TRUE(has(html, "n: Zahl der Stimmzettel, die dem Vorschlag etwas gegeben haben"));
  EXPECT_FALSE(has(html, "<th></th>")) << "no header cell is empty";
}

TEST_F(Report18, TheMostOftenNamedProposalsComeFirstWithTheirTablesAgeGroupsAndThemes) {
  Proposal& lotse = propose(ageGroup(0), "Familienlotsen in jedem Stadtteil", Level::Structural);
  lotse.tables = 3;
  lotse.alsoNamedIn = {ageGroup(1), ageGroup(2)};
  lotse.tags = {"Zugang"};
  propose(ageGroup(3), "Jugendbeteiligung stärken", Level::Institutional).tables = 2;
  propose(ageGroup(3), "Beratung in der Schule", Level::Individual).tags = {"Zugang", "Sprache"};
  const Report report = buildReport(s, {});
  ASSERT_EQ(report.mostNamed.size(), 2u);
  EXPECT_EQ(report.mostNamed[0]->text, "Familienlotsen in jedem Stadtteil");
  ASSERT_EQ(report.themes.size(), 2u);
  EXPECT_EQ(report.themes[0].name, "Zugang");
  EXPECT_EQ(report.themes[0].proposals, 2);
  EXPECT_EQ(report.themes[0].ageGroups, (std::vector<Id>{ageGroup(0), ageGroup(3)}));
  for (const std::string& out : {reportHtml(s), exportMarkdown(s)}) {
    EXPECT_TRUE(has(out, "Am häufigsten genannt"));
    EXPECT_TRUE(has(out, "von 3 Tischen, in 3 Altersgruppen (auch 3-6, 6-10)"));
    EXPECT_LT(out.find("Familienlotsen"), out.find("Jugendbeteiligung stärken"));
    EXPECT_TRUE(has(out, "Themen über die Altersgruppen"));
  }
  EXPECT_TRUE(has(reportHtml(s), "<th scope=row>Zugang</th><td>2</td><td>0-3, 11-18</td>"));
}

TEST_F(Report18, NothingMostOftenNamedWhenEveryProposalWasNamedOnce) {
  EXPECT_FALSE(has(reportHtml(s), "Am häufigsten genannt"));
  EXPECT_FALSE(has(exportMarkdown(s), "Am häufigsten genannt"));
}

TEST_F(Report18, StrengthsStandBesideTheProblemsOfTheirAgeGroup) {
  s.strengths.push_back({s.takeId(), ageGroup(1), "Kitas und Grundschulen kennen sich"});
  const std::string html = reportHtml(s);
  const auto section = html.find("<h3>3-6</h3>"), next = html.find("<h3>6-10</h3>");
  const auto strength = html.find("<li>Kitas und Grundschulen kennen sich</li>");
  EXPECT_LT(section, strength);
  EXPECT_LT(strength, next);
  EXPECT_TRUE(has(html, "<div class=pair><div><h4>Probleme</h4>"));
  EXPECT_TRUE(has(html, "<h4>Was läuft gut?</h4><ul><li>Kitas"));
  EXPECT_TRUE(has(exportMarkdown(s), "### Was läuft gut?\n\n- Kitas und Grundschulen kennen sich\n"));
}

TEST_F(Report18, EachDistrictsNoteStandsWithTheDistrict) {
  s.districts[2].note = "Viele Familien ziehen neu zu; die Kita-Daten hinken hinterher.";
  const std::string name = s.districts[2].name;
  EXPECT_TRUE(has(reportHtml(s), "<h2>Bestätigen die Daten unsere Erfahrung?</h2>"));
  EXPECT_TRUE(has(reportHtml(s), "<li><strong>" + name + ": </strong>Viele Familien ziehen neu zu"));
  EXPECT_TRUE(has(exportMarkdown(s), "- **" + name + ": **Viele Familien ziehen neu zu"));
  s.districts[2].note.clear();
  EXPECT_FALSE(has(reportHtml(s), "Bestätigen die Daten"));
}

TEST_F(Report18, EveryPrintedPageHasTheTitleDateAndPageNumberInItsFooter) {
  const std::string html = reportHtml(s);
  EXPECT_TRUE(has(html,
                  "@bottom-left{font:8.5pt sans-serif;color:#444;content:\"Sozialraumkonferenz Musterstadt · "
                  "25.01.2026\"}"));
  EXPECT_TRUE(has(html, "content:\"Seite \" counter(page) \" von \" counter(pages) \"\""));
  EXPECT_TRUE(has(html, "h2,h3,h4{break-after:avoid"));
  s.meta.title = "Die \"Mitte\" </style><b>";
  const std::string awkward = reportHtml(s);
  EXPECT_TRUE(has(awkward, "content:\"Die \\\"Mitte\\\" \\3C /style>\\3C b> · 25.01.2026\""));
  EXPECT_EQ(countOf(awkward, "</style>"), 1u);
  setLanguage(Lang::En);
  EXPECT_TRUE(has(reportHtml(s), "content:\"Page \" counter(page) \" of \" counter(pages) \"\""));
}

TEST_F(Report18, TheMapHasAScaleBarANorthArrowItsLinksAndCountsOffersWithoutAPlace) {
  const std::string html = reportHtml(s);
  EXPECT_TRUE(has(html, ">1 km</text>"));
  EXPECT_TRUE(has(html, "l6,16h-12z\"/><text text-anchor=\"end\" x=\"768.0\""));  // the north arrow, "N"
  std::size_t placed = 0;  // links between two offers with a place of their own
  for (const Link& l : s.links)
    placed += findById(s.offers, l.from)->hasLocation && findById(s.offers, l.to)->hasLocation;
  EXPECT_EQ(placed, 8u);
  EXPECT_EQ(countOf(html, "<line "), placed + 3) << "the demo's links, and the legend's three types";
  EXPECT_TRUE(has(html, "Verbindungen:</li><li><svg aria-hidden=true"));
  EXPECT_TRUE(has(html, "aria-label=\"Karte: 12 Stadtteile, "));
  const std::size_t dots = countOf(html, "<circle ");
  s.offers[0].hasLocation = false;  // placed in its district only
  const std::string moved = reportHtml(s);
  EXPECT_EQ(countOf(moved, "<circle "), dots - 1) << "not drawn over the district's name";
  EXPECT_TRUE(has(moved, "<tspan class=\"un\" dy=\"12\""));
  EXPECT_TRUE(has(moved, ">1 ohne Ort</tspan>"));
  EXPECT_TRUE(has(moved, "„n ohne Ort“ unter einem Stadtteilnamen"));
  EXPECT_TRUE(has(mapSvg(s, kNoId, Bounds{}, 800), ">1 ohne Ort</tspan>"));
}

TEST_F(Report18, CoverageIsRoundedAndItsColumnsExplained) {
  const std::string html = reportHtml(s);
  EXPECT_TRUE(has(html, "4 (28,6)"));
  EXPECT_FALSE(has(html, "28,57"));
  EXPECT_TRUE(has(html, "<h2>Angebote je Stadtteil und Altersgruppe</h2>"));
  EXPECT_TRUE(has(html, "Angebote gesamt: jedes Angebot des Stadtteils einmal gezählt"));
  EXPECT_FALSE(has(html, "Präventionskette unterbrochen")) << "a coverage gap, not the prevention chain";
}

TEST_F(Report18, AnOfferReachingBeyondItsDistrictSaysSoInTheOffersTable) {
  s.offers[0].reach = Reach::Town;
  const std::string name = s.districts[0].name;
  EXPECT_TRUE(has(reportHtml(s), "<td>" + name + " (stadtweit)</td>"));
}

}  // namespace
}  // namespace nwk
