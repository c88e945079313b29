#include "core/sample/demo_followup.hpp"

#include <utility>

#include "core/model/followup.hpp"
#include "core/sample/demo.hpp"
#include "core/voting/tally.hpp"

namespace nwk {
namespace {

Id fieldNamed(Document& doc, const char* name) { return add(doc, FieldOfAction{kNoId, name}); }

// The closed dot round's three best proposals, in rank order.
std::vector<Id> topThree(const Session& s) {
  const RoundResult result = tally(s, s.rounds.front());
  std::vector<Id> top;
  for (std::size_t i = 0; i < result.proposals.size() && top.size() < 3; ++i) top.push_back(result.proposals[i].proposal);
  return top;
}

struct DemoMeasure {
  const char* owner;
  const char* partners;
  const char* deadline;
  double staffHours;
  double money;
  MeasureStatus status;
  const char* noteDate;
  const char* note;
};

constexpr DemoMeasure kMeasures[3] = {
    {"Stadt Musterstadt, Jugendamt", "Familienzentrum Nordstadt, Kita-Träger", "2026-09-30", 780, 45000,
     MeasureStatus::Started, "2026-06-15", "Stelle ausgeschrieben, Besetzung zum 1. August"},
    {"Stadt Musterstadt, Kita-Abteilung", "freie Träger", "2026-06-30", 120, 8000, MeasureStatus::Done, "2026-05-20",
     "Vergabeportal online, alle Träger angeschlossen"},
    {"Landkreis, Jugendhilfeplanung", "Kita-Träger Nordstadt", "2026-03-31", 60, 0, MeasureStatus::Planned,
     "2026-04-10", "Standortsuche verzögert, Antrag im Kreistag"},
};

Id sgb2Column(const Session& s) {
  for (const IndicatorColumn& c : s.indicatorColumns)
    if (c.name == "SGB-II-Quote") return c.id;
  return kNoId;
}

void changeIndicator(Document& doc, Id district, Id column, double by) {
  District d = *findById(doc.session.districts, district);
  for (IndicatorValue& v : d.indicators)
    if (v.column == column) v.value += by;
  update(doc, d);
}

}  // namespace

Session makeDemoAfterConference() {
  Document doc{makeDemoSession(), {}};
  Session& s = doc.session;
  s.meta.phase = Phase::Implementation;
  s.meta.vorlageNumber = "V/2026/014";
  s.meta.committees = "Jugendhilfeausschuss, 12.03.2026\nStadtrat, 26.03.2026";
  s.meta.resolution = "Der Stadtrat nimmt die Ergebnisse der Sozialraumkonferenz zur Kenntnis und beauftragt die "
                      "Verwaltung mit der Umsetzung des Maßnahmenplans.";
  const Id transitions = fieldNamed(doc, "Übergang Kita-Schule");
  const Id earlyHelp = fieldNamed(doc, "Frühe Hilfen");
  for (Proposal p : s.proposals) {
    p.field = p.ageGroup == s.ageGroups[0].id || p.ageGroup == kNoId ? earlyHelp : transitions;
    update(doc, p);
  }
  add(doc, Goal{kNoId, earlyHelp, "Weniger Kinder im SGB-II-Bezug im Westend", sgb2Column(s), s.districts[5].id, {},
                "22,4 %", "20 %", "2028-12-31"});
  add(doc, Goal{kNoId, transitions, "Alle Familien kennen die Kita-Platzvergabe", kNoId, kNoId, "Elternbefragung",
                "40 %", "80 %", "2027-06-30"});
  const std::vector<Id> top = topThree(s);
  for (std::size_t i = 0; i < top.size(); ++i) {
    Measure m = *findById(s.measures, takeOverProposal(doc, top[i]));
    const DemoMeasure& d = kMeasures[i];
    m.owner = d.owner;
    m.partners = d.partners;
    m.deadline = d.deadline;
    m.staffHours = d.staffHours;
    m.money = d.money;
    m.status = d.status;
    m.projectFunding = i == 0;
    if (m.projectFunding) m.fundedUntil = "2028-12-31";
    m.notes.push_back({d.noteDate, d.note});
    update(doc, m);
  }
  return std::move(doc.session);
}

Session makeDemoFollowUp() {
  Document doc{prepareFollowUp(makeDemoAfterConference(), "2027-01-28"), {}};
  Session& s = doc.session;
  s.meta.title = "Sozialraumkonferenz Musterstadt 2027";
  for (IndicatorColumn c : s.indicatorColumns) {
    c.asOf = "2026-12-31";
    update(doc, c);
  }
  // Two values changed: the children under three in the Nordstadt, the SGB-II rate in the Westend.
  changeIndicator(doc, s.districts[1].id, s.ageGroups[0].populationColumn, +12);
  changeIndicator(doc, s.districts[5].id, sgb2Column(s), -1.5);
  // Three offers opened, one closed; the rest confirmed.
  struct NewOffer {
    const char* name;
    std::size_t district, ageGroup, category;
  };
  for (const NewOffer& n : {NewOffer{"Krippe Sonnenkinder", 1, 0, 0}, NewOffer{"Lernwerkstatt Westend", 5, 2, 2},
                            NewOffer{"Jugendtreff Am Rand", 11, 3, 3}}) {
    Offer o;
    o.name = n.name;
    o.district = s.districts[n.district].id;
    o.ageGroups = {s.ageGroups[n.ageGroup].id};
    o.category = s.categories[n.category].id;
    add(doc, std::move(o));
  }
  remove<Offer>(doc, s.offers[3].id);
  for (Offer o : s.offers) {
    o.toReview = false;
    update(doc, o);
  }
  return std::move(doc.session);
}

}  // namespace nwk
