// The progress report (progress_report.hpp) on the demo a year after the conference
// (demo_followup.hpp): status counts, overdue measures and ending funding on a given day,
// the notes since a date, the HTML (owners, deadlines, statuses; self-contained, accessible),
// the CSV's columns read back with the app's CSV reader, English; and the council report's
// Vorlage frame and measures plan (report_html.hpp, export_markdown.hpp).
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "core/export/export_markdown.hpp"
#include "core/export/progress_report.hpp"
#include "core/export/report_html.hpp"
#include "core/io/csv.hpp"
#include "core/sample/demo.hpp"
#include "core/sample/demo_followup.hpp"
#include "core/text/i18n.hpp"

namespace nwk {
namespace {

class ProgressReport : public ::testing::Test {
 protected:
  void TearDown() override { setLanguage(Lang::De); }
  Session s = makeDemoAfterConference();
  const Measure& named(std::string_view owner) {
    for (const Measure& m : s.measures)
      if (m.owner == owner) return m;
    ADD_FAILURE() << "no measure of " << owner;
    return s.measures.front();
  }
  const Measure& started() { return named("Stadt Musterstadt, Jugendamt"); }    // until 2026-09-30
  const Measure& done() { return named("Stadt Musterstadt, Kita-Abteilung"); }  // until 2026-06-30
  const Measure& planned() { return named("Landkreis, Jugendhilfeplanung"); }   // until 2026-03-31
};

// The part of a Markdown text from its heading `from` up to the next heading of level 2.
std::string sectionOf(const std::string& md, std::string_view from) {
  const std::size_t begin = md.find(from);
  if (begin == std::string::npos) return {};
  return md.substr(begin, md.find("\n## ", begin) - begin);
}

TEST_F(ProgressReport, CountsTheDemosMeasuresPerStatus) {
  EXPECT_EQ(statusCounts(s), (std::array<int, 4>{1, 1, 1, 0}));
  s.measures[0].status = MeasureStatus::Dropped;
  EXPECT_EQ(statusCounts(s)[static_cast<std::size_t>(MeasureStatus::Dropped)], 1);
}

TEST_F(ProgressReport, OverdueIsAPastDeadlineOfAPlannedOrStartedMeasure) {
  EXPECT_FALSE(isOverdue(planned(), "2026-03-31")) << "due on the day itself";
  EXPECT_TRUE(isOverdue(planned(), "2026-04-01"));
  EXPECT_FALSE(isOverdue(started(), "2026-09-30"));
  EXPECT_TRUE(isOverdue(started(), "2026-10-01"));
  EXPECT_FALSE(isOverdue(done(), "2030-01-01")) << "done is never overdue";
  EXPECT_FALSE(isOverdue(planned(), "")) << "no today, no judgement";
  Measure dropped = planned();
  dropped.status = MeasureStatus::Dropped;
  EXPECT_FALSE(isOverdue(dropped, "2030-01-01"));
  dropped.status = MeasureStatus::Planned;
  dropped.deadline.clear();
  EXPECT_FALSE(isOverdue(dropped, "2030-01-01")) << "no deadline";
}

TEST_F(ProgressReport, ProjectFundingEndingWithinAYearIsMarked) {
  ASSERT_TRUE(started().projectFunding);  // until 2028-12-31
  EXPECT_FALSE(fundingEndsSoon(started(), "2027-12-30"));
  EXPECT_TRUE(fundingEndsSoon(started(), "2027-12-31"));
  EXPECT_TRUE(fundingEndsSoon(started(), "2029-02-01")) << "ended counts too";
  EXPECT_FALSE(fundingEndsSoon(done(), "2028-12-01")) << "regular funding";
  EXPECT_NE(progressHtml(s, "", "2028-03-01").find("Projektförderung bis 31.12.2028 (endet binnen eines Jahres)"),
            std::string::npos);
  EXPECT_NE(progressHtml(s, "", "2029-03-01").find("31.12.2028 (ausgelaufen)"), std::string::npos);
  EXPECT_EQ(progressHtml(s, "", "2027-01-28").find("(endet binnen"), std::string::npos);
}

TEST_F(ProgressReport, ListsTheNotesSinceTheDateOldestFirst) {
  // Notes: 2026-04-10 (planned), 2026-05-20 (done), 2026-06-15 (started).
  const std::string since = sectionOf(progressMarkdown(s, "2026-05-20", "2026-07-01"), "## Neue Sachstände seit");
  EXPECT_NE(since.find("## Neue Sachstände seit 20.05.2026"), std::string::npos);
  const std::size_t portal = since.find("Vergabeportal online"), post = since.find("Stelle ausgeschrieben");
  EXPECT_NE(portal, std::string::npos) << "a note on the day itself is in";
  EXPECT_NE(post, std::string::npos);
  EXPECT_LT(portal, post);
  EXPECT_NE(since.find("| Mehr Krippenplätze in der Nordstadt |"), std::string::npos) << "with its measure";
  EXPECT_EQ(since.find("Standortsuche"), std::string::npos) << "before the date";

  const std::string all = sectionOf(progressMarkdown(s, "", "2026-07-01"), "## Alle Sachstände");
  EXPECT_NE(all.find("Standortsuche"), std::string::npos);
  EXPECT_NE(
      sectionOf(progressMarkdown(s, "2027-01-01", "2027-01-28"), "## Neue Sachstände").find("Keine neuen Sachstände."),
      std::string::npos);
}

TEST_F(ProgressReport, NamesTheOverdueMeasuresOnTheDay) {
  const std::string early = sectionOf(progressMarkdown(s, "", "2026-03-31"), "## Überfällige");
  EXPECT_NE(early.find("Keine Maßnahme ist überfällig."), std::string::npos);
  const std::string later = sectionOf(progressMarkdown(s, "", "2026-07-01"), "## Überfällige");
  EXPECT_NE(later.find("| Zentrale Kita-Platzvergabe | Landkreis, Jugendhilfeplanung · Partner: Kita-Träger Nordstadt "
                       "| 31\\.03.2026 | geplant, überfällig |"),
            std::string::npos)
      << later;
  EXPECT_EQ(later.find("Koordinierungsstelle"), std::string::npos);
}

TEST_F(ProgressReport, HtmlHoldsOwnersDeadlinesAndStatusesAndIsSelfContained) {
  const std::string html = progressHtml(s, "2026-05-01", "2026-07-01");
  EXPECT_EQ(html.rfind("<!doctype html><html lang=de><head><meta charset=utf-8>", 0), 0u);
  for (const char* outside : {"http:", "https:", "//", "src=", "href=", "<link", "<script", "url(", "@import"})
    EXPECT_EQ(html.find(outside), std::string::npos) << outside;
  for (const char* part : {"<title>Sachstandsbericht: Sozialraumkonferenz Musterstadt</title>",
                           "<main>",
                           "</main>",
                           "@page{size:A4",
                           "<th scope=col>Zuständig</th>",
                           "<th scope=row>Koordinierungsstelle als Lotse für Familien</th>",
                           "Stadt Musterstadt, Jugendamt",
                           "Stadt Musterstadt, Kita-Abteilung",
                           "Landkreis, Jugendhilfeplanung",
                           "30.09.2026",
                           "30.06.2026",
                           "31.03.2026",
                           "<td>begonnen</td>",
                           "<td>umgesetzt</td>",
                           "<td>geplant, überfällig</td>",
                           "<h3>Frühe Hilfen</h3>",
                           "<h3>Übergang Kita-Schule</h3>",
                           "SGB-II-Quote (Westend)",
                           "22,4 %",
                           "780 Std./Jahr<br>45000 €",
                           "Stand: 01.07.2026",
                           "15.06.2026: Stelle ausgeschrieben"})
    EXPECT_NE(html.find(part), std::string::npos) << part;
  EXPECT_EQ(html.find("<th>"), std::string::npos) << "every header cell has its scope";
}

TEST_F(ProgressReport, EscapesUserTextAndShowsWhyAMeasureWasDropped) {
  Measure m = planned();
  m.name = "<script>alert(1)</script>";
  m.status = MeasureStatus::Dropped;
  m.reason = "Kein Standort";
  m.field = kNoId;
  s.measures.push_back(m);
  const std::string html = progressHtml(s, "", "2026-07-01");
  EXPECT_EQ(html.find("<script>"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
  EXPECT_NE(html.find("<td>verworfen: Kein Standort</td>"), std::string::npos);
  EXPECT_NE(html.find("<h3>ohne Handlungsfeld</h3>"), std::string::npos);
}

TEST_F(ProgressReport, CsvHasOneRowPerMeasureWithItsColumns) {
  s.measures[0].owner = "=HYPERLINK(\"x\")";
  const std::string csv = progressCsv(s, "2026-07-01");
  EXPECT_EQ(csv.rfind("\xEF\xBB\xBFHandlungsfeld;Maßnahme;Zuständig;Partner;Frist;Status;", 0), 0u);
  EXPECT_NE(csv.find(";\"'=HYPERLINK(\"\"x\"\")\";"), std::string::npos) << "a formula stays text";
  const CsvResult r = parseCsv(csv);
  ASSERT_TRUE(r.table) << r.error;
  const CsvTable& t = *r.table;
  ASSERT_EQ(t.columns(), 13u);
  ASSERT_EQ(t.rows(), 3u);
  const char* headers[] = {"Handlungsfeld",
                           "Maßnahme",
                           "Zuständig",
                           "Partner",
                           "Frist",
                           "Status",
                           "Grund für das Verwerfen",
                           "Überfällig",
                           "Personalstunden je Jahr",
                           "Sachmittel in Euro",
                           "Finanzierung",
                           "Datum des letzten Sachstands",
                           "Letzter Sachstand"};
  for (std::size_t c = 0; c < 13; ++c) EXPECT_EQ(t.header(c), headers[c]);
  std::size_t seen = 0;
  for (std::size_t row = 0; row < t.rows(); ++row) {
    if (t.cell(row, 1) != "Koordinierungsstelle als Lotse für Familien") continue;
    ++seen;
    EXPECT_EQ(t.cell(row, 0), "Frühe Hilfen");
    EXPECT_EQ(t.cell(row, 3), "Familienzentrum Nordstadt, Kita-Träger");
    EXPECT_EQ(t.cell(row, 4), "2026-09-30");
    EXPECT_EQ(t.cell(row, 5), "begonnen");
    EXPECT_EQ(t.cell(row, 7), "nein");
    EXPECT_EQ(t.number(row, 8), 780.0);
    EXPECT_EQ(t.number(row, 9), 45000.0);
    EXPECT_EQ(t.cell(row, 10), "Projektförderung bis 31.12.2028");
    EXPECT_EQ(t.cell(row, 11), "2026-06-15");
    EXPECT_EQ(t.cell(row, 12), "Stelle ausgeschrieben, Besetzung zum 1. August");
  }
  EXPECT_EQ(seen, 1u);
  EXPECT_NE(csv.find(";Zentrale Kita-Platzvergabe;Landkreis, Jugendhilfeplanung;Kita-Träger Nordstadt;2026-03-31;"
                     "geplant;;ja;60;0;Regelfinanzierung;2026-04-10;"),
            std::string::npos);
}

TEST_F(ProgressReport, SpeaksEnglish) {
  setLanguage(Lang::En);
  const std::string html = progressHtml(s, "2026-05-01", "2026-07-01");
  EXPECT_EQ(html.rfind("<!doctype html><html lang=en>", 0), 0u);
  for (const char* part : {"Progress report: ", "Progress since 2026-05-01", "<td>started</td>", "<td>done</td>",
                           "<td>planned, overdue</td>", "2026-09-30", "As of: 2026-07-01"})
    EXPECT_NE(html.find(part), std::string::npos) << part;
  EXPECT_EQ(html.find("begonnen"), std::string::npos);
}

TEST_F(ProgressReport, CouncilReportHasTheVorlageFrameAndTheMeasuresPlan) {
  const std::string html = reportHtml(s);
  for (const char* part :
       {"<section class=vorlage><h2>Vorlage für den Rat</h2><p>Vorlagen-Nr. V/2026/014</p>",
        "<h3>Beratungsfolge</h3><ul><li>Jugendhilfeausschuss, 12.03.2026</li><li>Stadtrat, "
        "26.03.2026</li></ul>",
        "<h3>Beschlussvorschlag</h3><p>Der Stadtrat nimmt", "<h2>Maßnahmenplan</h2>", "<th scope=col>Zuständig</th>",
        "<td>Landkreis, Jugendhilfeplanung<br>", "<td>31.03.2026</td><td>geplant</td>", "<main>"})
    EXPECT_NE(html.find(part), std::string::npos) << part;
  EXPECT_LT(html.find("Vorlage für den Rat"), html.find("<svg")) << "the frame at the top";
  EXPECT_LT(html.find("Ergebnisse der Abstimmungen"), html.find("<h2>Maßnahmenplan"));
  EXPECT_EQ(html.find("überfällig"), std::string::npos) << "the plan, not the progress";

  const std::string md = exportMarkdown(s);
  for (const char* part :
       {"## Vorlage für den Rat\n\nVorlagen-Nr. V/2026/014\n\n### Beratungsfolge\n\n"
        "- Jugendhilfeausschuss, 12.03.2026\n- Stadtrat, 26.03.2026\n\n### Beschlussvorschlag\n\n",
        "## Maßnahmenplan\n\n### Übergang Kita-Schule\n\n| Maßnahme | Zuständig | Frist | Status |\n",
        "| Zentrale Kita-Platzvergabe | Landkreis, Jugendhilfeplanung · Partner: Kita-Träger "
        "Nordstadt | 31\\.03.2026 | geplant |"})
    EXPECT_NE(md.find(part), std::string::npos) << part;
}

TEST_F(ProgressReport, CouncilReportWithoutVorlageOrMeasuresHasNeither) {
  const Session plain = makeDemoSession();
  for (const std::string& report : {reportHtml(plain), exportMarkdown(plain)}) {
    EXPECT_EQ(report.find("Vorlage"), std::string::npos);
    EXPECT_EQ(report.find("Maßnahmenplan"), std::string::npos);
  }
}

}  // namespace
}  // namespace nwk
