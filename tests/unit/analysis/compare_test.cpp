// What changed between two conferences (compare.hpp) and its exports (compare_export.hpp):
// the demo's follow-up (matched by id) and the same sessions made independently (matched by
// names), gaps closed and new, goals then and now, measures by status, changed offers'
// fields, the JSON's keys, the Markdown and CSV, the council report's section on what changed
// since the baseline, and two synthetic towns of 10,000 offers.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/analysis/choropleth.hpp"
#include "core/analysis/compare.hpp"
#include "core/export/compare_export.hpp"
#include "core/export/export_markdown.hpp"
#include "core/export/report_html.hpp"
#include "core/io/json_value.hpp"
#include "core/model/followup.hpp"
#include "core/sample/demo.hpp"
#include "core/sample/demo_followup.hpp"
#include "core/sample/synthetic.hpp"
#include "core/text/i18n.hpp"

namespace nwk {
namespace {

const std::vector<std::string> kAdded = {"Jugendtreff Am Rand", "Krippe Sonnenkinder", "Lernwerkstatt Westend"};

std::vector<std::string> names(const std::vector<ComparedOffer>& offers) {
  std::vector<std::string> out;
  for (const ComparedOffer& o : offers) out.push_back(o.name);
  std::sort(out.begin(), out.end());
  return out;
}

// The same session as if typed in anew: no history, every id of districts, columns, age
// groups and offers another one, the offers in reverse order.
Measure measureNamed(Session& s, const std::string& name) {
  Measure m;
  m.id = s.takeId();
  m.name = name;
  return m;
}

Session madeIndependently(Session s) {
  constexpr Id kShift = 100'000;
  const auto shift = [](Id& id) {
    if (id != kNoId) id += kShift;
  };
  s.history.clear();
  s.uid = 0;
  for (District& d : s.districts) {
    shift(d.id);
    for (IndicatorValue& v : d.indicators) shift(v.column);
  }
  for (IndicatorColumn& c : s.indicatorColumns) shift(c.id);
  for (AgeGroup& g : s.ageGroups) {
    shift(g.id);
    shift(g.populationColumn);
  }
  for (Offer& o : s.offers) {
    shift(o.id);
    shift(o.district);
    for (Id& g : o.ageGroups) shift(g);
    for (Id& d : o.servedDistricts) shift(d);
  }
  for (Goal& g : s.goals) {
    shift(g.indicator);
    shift(g.district);
  }
  for (Measure& m : s.measures) shift(m.id);
  std::reverse(s.offers.begin(), s.offers.end());
  return s;
}

void expectDemoChanges(const Session& before, const Comparison& c) {
  EXPECT_EQ(names(c.added), kAdded);
  ASSERT_EQ(c.closed.size(), 1u);
  EXPECT_EQ(c.closed[0].name, before.offers[3].name);
  EXPECT_TRUE(c.changed.empty()) << "confirming an offer (toReview) is no change";
  ASSERT_EQ(c.indicators.size(), 2u);
  EXPECT_EQ(c.indicators[0].district, before.districts[1].name);
  EXPECT_DOUBLE_EQ(c.indicators[0].after - c.indicators[0].before, 12.0);
  EXPECT_EQ(c.indicators[1].district, before.districts[5].name);
  EXPECT_DOUBLE_EQ(c.indicators[1].after - c.indicators[1].before, -1.5);
  EXPECT_EQ(c.indicators[1].asOfAfter, "2026-12-31");
}

TEST(CompareSessions, DemoFollowUpHasThreeOffersAddedOneClosedTwoIndicatorsChanged) {
  const Session before = makeDemoAfterConference(), after = makeDemoFollowUp();
  const Comparison c = compareSessions(before, after);
  EXPECT_TRUE(c.byId);
  EXPECT_EQ(c.afterDate, "2027-01-28");
  expectDemoChanges(before, c);
  ASSERT_EQ(c.added.size(), 3u);
  const auto krippe = std::find_if(c.added.begin(), c.added.end(), [](auto& o) { return o.name == kAdded[1]; });
  EXPECT_EQ(krippe->district, before.districts[1].name);
  EXPECT_EQ(krippe->ageGroups, std::vector<std::string>{before.ageGroups[0].name});
  expectDemoChanges(before, compareSessions(*baselineOf(after), after));
}

TEST(CompareSessions, IndependentSessionsAreMatchedByNames) {
  const Session before = makeDemoAfterConference();
  const Comparison c = compareSessions(before, madeIndependently(makeDemoFollowUp()));
  EXPECT_FALSE(c.byId);
  EXPECT_EQ(names(c.added), kAdded);
  ASSERT_EQ(c.closed.size(), 1u);
  EXPECT_EQ(c.closed[0].name, before.offers[3].name);
  EXPECT_TRUE(c.changed.empty());
  EXPECT_EQ(c.indicators.size(), 2u);
  const Comparison byId = compareSessions(before, makeDemoFollowUp());
  EXPECT_EQ(c.gapsClosed.size(), byId.gapsClosed.size());
  EXPECT_EQ(c.gapsNew.size(), byId.gapsNew.size());
}

TEST(CompareSessions, ListsTheChangedFieldsOfAnOffer) {
  const Session before = makeDemoAfterConference();
  Session after = prepareFollowUp(before, "2027-01-28");
  after.offers[0].provider = "Neuer Träger";
  after.offers[0].capacity = 99;
  after.offers[0].ageGroups = {after.ageGroups[3].id};
  const Comparison c = compareSessions(before, after);
  ASSERT_EQ(c.changed.size(), 1u);
  EXPECT_EQ(c.changed[0].id, after.offers[0].id);
  EXPECT_EQ(c.changed[0].changes,
            (std::vector<std::string>{tr(Str::OfferProvider), tr(Str::OfferAgeGroups), tr(Str::OfferCapacity)}));
  EXPECT_TRUE(c.added.empty());
  EXPECT_TRUE(c.closed.empty());
}

// Two districts; default age groups 0-3, 3-6, 6-10, 11-18; a count and a rate column.
struct Town {
  Session s = makeDefaultSession();
  Id kids = s.takeId(), rate = s.takeId(), north = s.takeId(), south = s.takeId();

  Town() {
    s.meta.coverage.minOffers = 1;
    s.indicatorColumns.push_back({kids, "Kinder 0-3", "Personen", "", ""});
    s.indicatorColumns.push_back({rate, "SGB-II-Quote", "%", "", ""});
    s.districts.push_back({north, "Nord", "01", {}, {{kids, 200}, {rate, 10}}});
    s.districts.push_back({south, "Süd", "02", {}, {{kids, 100}, {rate, 20}}});
    for (Id district : {north, south})
      for (const AgeGroup& g : s.ageGroups) offer(district, g.id);
  }
  void offer(Id district, Id ageGroup) {
    Offer o;
    o.id = s.takeId();
    o.name = "Angebot " + std::to_string(o.id);
    o.ageGroups = {ageGroup};
    o.district = district;
    s.offers.push_back(std::move(o));
  }
  void removeOffer(Id district, Id ageGroup) {
    std::erase_if(s.offers, [&](const Offer& o) { return o.district == district && o.ageGroups[0] == ageGroup; });
  }
};

TEST(CompareSessions, GapsClosedAndNewByMatchedDistrictAndAgeGroup) {
  Town before;
  before.removeOffer(before.south, before.s.ageGroups[3].id);  // a gap in Süd, 11-18
  Town after = before;
  after.offer(after.south, after.s.ageGroups[3].id);        // closed
  after.removeOffer(after.north, after.s.ageGroups[0].id);  // new
  std::reverse(after.s.districts.begin(), after.s.districts.end());
  const Comparison c = compareSessions(before.s, after.s);
  ASSERT_EQ(c.gapsClosed.size(), 1u);
  EXPECT_EQ(c.gapsClosed[0].district, "Süd");
  EXPECT_EQ(c.gapsClosed[0].ageGroup, after.s.ageGroups[3].name);
  ASSERT_EQ(c.gapsNew.size(), 1u);
  EXPECT_EQ(c.gapsNew[0].district, "Nord");
  EXPECT_EQ(c.gapsNew[0].ageGroup, after.s.ageGroups[0].name);
  EXPECT_EQ(c.added.size(), 1u);
  EXPECT_EQ(c.closed.size(), 1u);
}

TEST(CompareSessions, GoalsThenAndNowInTheirDistrictOrOverTheTown) {
  Town before;
  Town after = before;
  after.s.districts[0].indicators = {{after.kids, 230}, {after.rate, 8}};
  const Id field = after.s.takeId();
  after.s.fields.push_back({field, "Frühe Hilfen"});
  after.s.goals.push_back({after.s.takeId(), field, "Krippenplätze Nord", after.kids, after.north, "", "60", "90", ""});
  after.s.goals.push_back({after.s.takeId(), kNoId, "Kinder in der Stadt", after.kids, kNoId, "", "", "", ""});
  after.s.goals.push_back({after.s.takeId(), kNoId, "Quote", after.rate, kNoId, "", "", "", ""});
  after.s.goals.push_back({after.s.takeId(), kNoId, "Befragung", kNoId, kNoId, "Elternbefragung", "40 %", "", ""});
  const Comparison c = compareSessions(before.s, after.s);
  ASSERT_EQ(c.goals.size(), 4u);
  EXPECT_EQ(c.goals[0].field, "Frühe Hilfen");
  EXPECT_EQ(c.goals[0].then, 200.0);
  EXPECT_EQ(c.goals[0].now, 230.0);
  EXPECT_EQ(c.goals[0].target, "90");
  EXPECT_EQ(c.goals[1].then, 300.0) << "persons: the sum over the districts";
  EXPECT_EQ(c.goals[1].now, 330.0);
  EXPECT_EQ(c.goals[2].then, 15.0) << "a rate: the mean";
  EXPECT_EQ(c.goals[2].now, 14.0);
  EXPECT_FALSE(c.goals[3].then.has_value());
  EXPECT_FALSE(c.goals[3].now.has_value());
  EXPECT_EQ(c.goals[3].valueToday, "40 %");
  EXPECT_EQ(c.indicators.size(), 2u);
}

TEST(CompareSessions, DemoGoalThenAndNow) {
  const Session before = makeDemoAfterConference(), after = makeDemoFollowUp();
  const Comparison c = compareSessions(before, after);
  ASSERT_EQ(c.goals.size(), 2u);
  const Goal& goal = after.goals[0];
  const auto valueIn = [&](const Session& s) {
    for (const IndicatorValue& v : findById(s.districts, goal.district)->indicators)
      if (v.column == goal.indicator) return v.value;
    return -1.0;
  };
  EXPECT_EQ(c.goals[0].then, valueIn(before));
  EXPECT_EQ(c.goals[0].now, valueIn(after));
  EXPECT_EQ(c.goals[0].text, goal.text);
  EXPECT_FALSE(c.goals[1].then.has_value()) << "measured by a survey, not a column";
}

TEST(CompareSessions, MeasuresByStatusAndTheirChanges) {
  const Session before = makeDemoAfterConference();
  Session after = makeDemoFollowUp();
  Comparison c = compareSessions(before, after);
  EXPECT_EQ(c.measuresBefore, (std::array<int, 4>{1, 1, 1, 0}));
  EXPECT_EQ(c.measuresAfter, c.measuresBefore);
  EXPECT_TRUE(c.measures.empty());
  after.measures[0].status = MeasureStatus::Done;
  after.measures.push_back(measureNamed(after, "Neue Maßnahme"));
  c = compareSessions(before, after);
  EXPECT_EQ(c.measuresAfter, (std::array<int, 4>{2, 0, 2, 0}));
  ASSERT_EQ(c.measures.size(), 2u);
  EXPECT_EQ(c.measures[0].name, after.measures[0].name);
  EXPECT_EQ(c.measures[0].before, MeasureStatus::Started);
  EXPECT_EQ(c.measures[0].after, MeasureStatus::Done);
  EXPECT_FALSE(c.measures[1].before.has_value());
  c = compareSessions(before, madeIndependently(after));
  EXPECT_EQ(c.measures.size(), 2u) << "matched by name";
}

TEST(CompareExport, JsonHasTheDocumentedKeys) {
  const Comparison c = compareSessions(makeDemoAfterConference(), makeDemoFollowUp());
  const std::string text = comparisonJson(c);
  const JsonParse parsed = parseJson(text);
  ASSERT_FALSE(parsed.error) << text;
  const JsonValue root = parsed.document.root();
  std::vector<std::string> added;
  for (JsonValue v : root["offers"]["added"]) added.emplace_back(v.string());
  std::sort(added.begin(), added.end());
  EXPECT_EQ(added, kAdded);
  EXPECT_EQ(root["offers"]["closed"].size(), 1u);
  EXPECT_TRUE(root["offers"]["changed"].is(JsonType::Array));
  EXPECT_EQ(root["offers"]["addedDetails"].size(), 3u);
  EXPECT_TRUE(root["offers"]["addedDetails"].at(0)["ageGroups"].is(JsonType::Array));
  EXPECT_TRUE(root["gaps"]["closed"].is(JsonType::Array));
  EXPECT_TRUE(root["gaps"]["new"].is(JsonType::Array));
  EXPECT_EQ(root["indicators"].size(), 2u);
  EXPECT_TRUE(root["indicators"].at(0)["before"].is(JsonType::Number));
  EXPECT_EQ(root["goals"].size(), 2u);
  EXPECT_TRUE(root["goals"].at(1)["then"].is(JsonType::Null));
  EXPECT_EQ(root["measures"]["before"]["started"].number(), 1.0);
  EXPECT_EQ(root["measures"]["after"]["done"].number(), 1.0);
  EXPECT_TRUE(root["measures"]["changed"].is(JsonType::Array));
  EXPECT_TRUE(root["byId"].boolean());
}

TEST(CompareExport, MarkdownAndCsvNameEveryChange) {
  Session after = makeDemoFollowUp();
  after.measures.push_back(measureNamed(after, "=HYPERLINK(\"x\")"));
  const Comparison c = compareSessions(makeDemoAfterConference(), after);
  const std::string md = comparisonMarkdown(c);
  EXPECT_EQ(md.rfind(std::string("# ") + tr(Str::CompareTitle) + "\n", 0), 0u) << md;
  for (const std::string& name : kAdded) EXPECT_NE(md.find("**" + name + "**"), std::string::npos) << md;
  EXPECT_NE(md.find(std::string("## ") + tr(Str::CompareIndicators)), std::string::npos);
  const std::string csv = comparisonCsv(c);
  EXPECT_EQ(csv.rfind("\xEF\xBB\xBF", 0), 0u);
  EXPECT_NE(csv.find(std::string(tr(Str::CompareKindAdded)) + ";Krippe Sonnenkinder;"), std::string::npos) << csv;
  EXPECT_NE(csv.find("'=HYPERLINK"), std::string::npos) << "a formula is neutralised";
  const std::size_t rows = static_cast<std::size_t>(std::count(csv.begin(), csv.end(), '\n'));
  EXPECT_EQ(rows, 1 + c.added.size() + c.closed.size() + c.changed.size() + c.gapsClosed.size() + c.gapsNew.size() +
                      c.indicators.size() + c.goals.size() + c.measures.size());
}

// What the bench measures (core_bench.cpp): 10,000 offers each, 200 closed, 100 added, 250
// changed; by id and by names.
TEST(CompareSessions, TwoTownsOfTenThousandOffers) {
  const Session before = makeSyntheticSession({24, 10'000, 0, 0, 0, 0, 4}, 7);
  Session after = prepareFollowUp(before, "2027-01-01");
  for (std::size_t i = 0; i < after.offers.size(); i += 40) after.offers[i].provider += " (neu)";
  std::erase_if(after.offers, [](const Offer& o) { return o.id % 50 == 0; });
  for (int i = 0; i < 100; ++i) {
    Offer o = after.offers[static_cast<std::size_t>(i)];
    o.id = after.takeId();
    o.name = "Neues Angebot " + std::to_string(i);
    after.offers.push_back(o);
  }
  for (const Session& s : {after, madeIndependently(after)}) {
    const Comparison c = compareSessions(before, s);
    EXPECT_EQ(c.added.size(), 100u);
    EXPECT_EQ(c.closed.size(), before.offers.size() - (after.offers.size() - 100));
    EXPECT_GE(c.changed.size(), 240u);
  }
}

// The council report (report_html.hpp, export_markdown.hpp) of a follow-up holds what changed
// since its baseline, written once for both formats (appendComparison).
TEST(CompareExport, CouncilReportOfAFollowUpHasTheChangesSinceTheBaseline) {
  const Session s = makeDemoFollowUp();
  const std::string heading = "Veränderungen seit der Konferenz vom 25.01.2026";
  const std::string md = exportMarkdown(s), html = reportHtml(s);
  EXPECT_NE(md.find("## " + heading + "\n"), std::string::npos) << md;
  EXPECT_NE(html.find("<section class=major><h2>" + heading + "</h2>"), std::string::npos);
  for (const std::string& name : kAdded) {
    EXPECT_NE(md.find("- **" + name + "**"), std::string::npos) << name;
    EXPECT_NE(html.find("<li><strong>" + name + "</strong>"), std::string::npos) << name;
  }
  EXPECT_NE(md.find("### " + std::string(tr(Str::CompareOffersClosed))), std::string::npos);
  EXPECT_NE(md.find("(Stand 31.12.2026)"), std::string::npos) << "the reference date as Germans write it";
  EXPECT_LT(md.find(std::string("## ") + tr(Str::MeasuresPlan)), md.find(heading)) << "after the measures plan";
  const std::size_t section = html.find(heading);
  const std::string part = html.substr(section, html.find("</section>", section) - section);
  EXPECT_NE(part.find("<th scope=col>"), std::string::npos);
  EXPECT_NE(part.find("<th scope=row>"), std::string::npos);
  EXPECT_EQ(part.find("<th>"), std::string::npos) << "every header cell has its scope";
  EXPECT_EQ(part.find("<th scope=col></th>"), std::string::npos) << "no empty header cell";
  EXPECT_EQ(part.find("<th scope=row></th>"), std::string::npos) << "no empty header cell";
}

TEST(CompareExport, CouncilReportWithoutBaselineHasNoChangesSection) {
  const Session s = makeDemoSession();
  ASSERT_EQ(baselineOf(s), nullptr);
  EXPECT_EQ(exportMarkdown(s).find("Veränderungen seit"), std::string::npos);
  EXPECT_EQ(reportHtml(s).find("Veränderungen seit"), std::string::npos);
}

TEST(CompareExport, ChangesSectionSpeaksEnglish) {
  setLanguage(Lang::En);
  const std::string md = exportMarkdown(makeDemoFollowUp());
  setLanguage(Lang::De);
  EXPECT_NE(md.find("## Changes since the conference of 2026-01-25\n"), std::string::npos) << md;
  EXPECT_NE(md.find("(as of 2026-12-31)"), std::string::npos);
}

// The same code writes the CLI's comparison: its Markdown is the section's, under its own title.
TEST(CompareExport, MarkdownIsTheReportsSectionUnderItsOwnTitle) {
  const Comparison c = compareSessions(makeDemoAfterConference(), makeDemoFollowUp());
  std::string section;
  appendComparison(section, c, TextFormat::Markdown);
  std::string md = comparisonMarkdown(c);
  const std::string offersHeading = std::string("## ") + tr(Str::CompareOffersAdded);
  ASSERT_NE(md.find(offersHeading), std::string::npos);
  ASSERT_NE(section.find("#" + offersHeading), std::string::npos);
  std::string body = md.substr(md.find(offersHeading));
  std::string sectionBody = section.substr(section.find("#" + offersHeading));
  // one level deeper in the report
  for (std::size_t at = 0; (at = body.find("\n#", at)) != std::string::npos; at += 3) body.insert(at + 1, "#");
  EXPECT_EQ("#" + body, sectionBody);
}

}  // namespace
}  // namespace nwk

namespace nwk {
namespace {

// The map's colours of a change since the baseline: symmetric around zero, the district
// whose value fell in the lowest class, unchanged districts in the middle one.
TEST(ChoroplethOfChange, ClassesAreSymmetricAroundZero) {
  const Session s = makeDemoFollowUp();
  const Session& baseline = *baselineOf(s);
  Id sgb2 = kNoId;
  for (const IndicatorColumn& c : s.indicatorColumns)
    if (c.name == "SGB-II-Quote") sgb2 = c.id;
  const Choropleth c = classifyChange(s, baseline, sgb2);
  ASSERT_EQ(c.upper.size(), 5u);
  EXPECT_TRUE(c.change);
  EXPECT_DOUBLE_EQ(c.minimum, -c.upper.back());
  EXPECT_DOUBLE_EQ(*indicatorChange(s.districts[5], baseline, sgb2), -1.5);
  EXPECT_EQ(c.classOf(*indicatorChange(s.districts[5], baseline, sgb2)), 0);
  EXPECT_EQ(c.classOf(*indicatorChange(s.districts[0], baseline, sgb2)), 2);
  EXPECT_NE(changeColour(0, 5), changeColour(4, 5));
  // Nothing changed: one class, no invented spread.
  EXPECT_EQ(classifyChange(baseline, baseline, sgb2).upper.size(), 1u);
}

}  // namespace
}  // namespace nwk
