#include "core/export/export.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/analysis/chain.hpp"
#include "core/export/export_tables.hpp"
#include "core/export/text_writer.hpp"
#include "core/io/file_names.hpp"
#include "core/model/offer_filter.hpp"
#include "core/text/i18n.hpp"
#include "core/voting/voting.hpp"

namespace nwk {
namespace {

bool chosen(const std::optional<Id>& wanted, Id id) { return !wanted || *wanted == id; }

template <class Item> std::vector<const Item*> ofAgeGroup(const std::vector<Item>& items, Id ageGroup) {
  std::vector<const Item*> found;
  for (const Item& item : items)
    if (item.ageGroup == ageGroup) found.push_back(&item);
  return found;
}

ReportSection sectionFor(const Session& s, const std::vector<ReportRound>& rounds, Id ageGroup) {
  ReportSection section{
      ageGroup, ageGroupName(s, ageGroup), ofAgeGroup(s.problems, ageGroup), ofAgeGroup(s.strengths, ageGroup), {}, {}};
  for (const ReportRound& r : rounds) section.rankings.push_back(forAgeGroup(s, r.result.proposals, ageGroup));
  const std::vector<const Proposal*> proposals = ofAgeGroup(s.proposals, ageGroup);
  for (Level level : {Level::Structural, Level::Institutional, Level::Individual})
    for (const Proposal* p : proposals)
      if (p->level == level) section.byLevel.push_back(p);
  return section;
}

std::size_t timesNamed(const Proposal& p) {
  return static_cast<std::size_t>(std::max(p.tables, 1)) + p.alsoNamedIn.size();
}

// The most often named first, in session order within the same count (no sort: smaller code).
std::vector<const Proposal*> mostNamed(const Session& s) {
  std::size_t most = 0;
  for (const Proposal& p : s.proposals) most = std::max(most, timesNamed(p));
  std::vector<const Proposal*> named;
  for (std::size_t times = most; times > 1; --times)
    for (const Proposal& p : s.proposals)
      if (timesNamed(p) == times) named.push_back(&p);
  return named;
}

void addTheme(std::vector<Theme>& themes, const std::string& name, Id ageGroup) {
  auto theme = std::find_if(themes.begin(), themes.end(), [&](const Theme& t) { return t.name == name; });
  if (theme == themes.end()) theme = themes.insert(themes.end(), Theme{name, 0, {}});
  ++theme->proposals;
  if (std::find(theme->ageGroups.begin(), theme->ageGroups.end(), ageGroup) == theme->ageGroups.end())
    theme->ageGroups.push_back(ageGroup);
}

std::vector<Theme> themesOf(const Session& s) {
  std::vector<Theme> themes;
  for (const Proposal& p : s.proposals)
    for (const std::string& tag : p.tags) addTheme(themes, tag, p.ageGroup);
  return themes;
}

template <class Item> void entries(TextWriter& w, Str heading, const std::vector<const Item*>& items, int level) {
  if (w.html) w.out += "<div>";
  w.heading(level, tr(heading));
  if (items.empty()) w.note(tr(Str::BoardEmpty));
  else {
    w.beginList();
    for (const Item* item : items) w.item({}, item->text);
    w.endList();
  }
  if (w.html) w.out += "</div>";
}

}  // namespace

std::string districtList(const Session& s, const std::vector<Id>& districts) {
  std::string names;
  for (Id id : districts)
    if (const District* d = findById(s.districts, id)) names += (names.empty() ? "" : ", ") + d->name;
  return names;
}

std::string namedText(const Session& s, const Proposal& p) {
  std::string text = p.tables > 1 ? trf(Str::ReportNamedTables, p.tables) : std::string(tr(Str::ReportNamedOneTable));
  if (!p.alsoNamedIn.empty())
    text += ", " + trf(Str::ReportNamedAgeGroups, static_cast<int>(p.alsoNamedIn.size() + 1),
                       ageGroupList(s, p.alsoNamedIn).c_str());
  return text;
}

void appendSectionParts(std::string& out, const Report& report, const ReportSection& section, int level,
                        TextFormat format) {
  const Session& s = *report.session;
  TextWriter w = TextWriter::of(out, format);
  if (w.html) w.out += "<div class=pair>";
  entries(w, Str::ExportProblems, section.problems, level);
  entries(w, Str::ReportStrengths, section.strengths, level);
  if (w.html) w.out += "</div>";
  if (section.byLevel.empty()) return;
  Table t{{tr(Str::ExportLevel), tr(Str::NounProposal), tr(Str::MeasureDistricts), tr(Str::ReportNamed)}, {}};
  for (const Proposal* p : section.byLevel)
    t.rows.push_back({levelName(p->level), p->text, districtList(s, p->districts), namedText(s, *p)});
  w.heading(level, tr(Str::ReportByLevel));
  w.table(t);
}

void appendMostNamed(std::string& out, const Report& report, TextFormat format) {
  if (report.mostNamed.empty() && report.themes.empty()) return;
  const Session& s = *report.session;
  TextWriter w = TextWriter::of(out, format);
  w.open();  // on the first page, under who took part
  w.heading(2, tr(Str::ReportMostNamed));
  if (!report.mostNamed.empty()) {
    Table t{{tr(Str::NounProposal), tr(Str::NounAgeGroup), tr(Str::ExportLevel), tr(Str::ReportNamed)}, {}};
    for (const Proposal* p : report.mostNamed)
      t.rows.push_back({p->text, ageGroupName(s, p->ageGroup), levelName(p->level), namedText(s, *p)});
    w.note(tr(Str::ReportMostNamedLead));
    w.table(t);
  }
  if (!report.themes.empty()) {
    Table t{{tr(Str::ReportTheme), tr(Str::ExportProposals), tr(Str::OfferAgeGroups)}, {}};
    for (const Theme& theme : report.themes)
      t.rows.push_back({theme.name, std::to_string(theme.proposals), ageGroupList(s, theme.ageGroups)});
    w.heading(3, tr(Str::ReportThemes));
    w.table(t);
  }
  w.close();
}

void appendDistrictNotes(std::string& out, const Session& s, TextFormat format) {
  TextWriter w = TextWriter::of(out, format);
  bool any = false;
  for (const District& d : s.districts) {
    if (d.note.empty()) continue;
    if (!any) {
      w.open();
      w.heading(2, tr(Str::ReportNotesHeading));
      w.para(tr(Str::ReportNotesLead));
      w.beginList();
      any = true;
    }
    w.item(d.name + ": ", d.note);
  }
  if (!any) return;
  w.endList();
  w.close();
}

void appendChain(std::string& out, const Session& s, TextFormat format) {
  if (s.ageGroups.size() < 2 || s.districts.empty()) return;
  TextWriter w = TextWriter::of(out, format);
  w.open();
  w.heading(2, tr(Str::AnalysisChain));
  w.para(tr(Str::ChainLead));
  Table t{
      {tr(Str::NounDistrict), tr(Str::ReportChainCarried), tr(Str::ReportChainMissing), tr(Str::ReportChainUnlinked)},
      {}};
  for (const DistrictChain& chain : preventionChain(s).districts) {
    const District* d = findById(s.districts, chain.district);
    std::string missing;
    int carried = 0;
    for (const ChainTransition& transition : chain.transitions) {
      if (transition.covered()) ++carried;
      else
        missing += std::string(missing.empty() ? "" : "\n") + ageGroupName(s, transition.from) + " → " +
                   ageGroupName(s, transition.to);
    }
    t.rows.push_back({d ? d->name : "", trf(Str::ReportChainOf, carried, static_cast<int>(chain.transitions.size())),
                      missing, std::to_string(chain.unlinkedOffers.size())});
  }
  w.table(t);
  w.note(tr(Str::ReportChainNote));
  w.close();
}

void appendCategoryCoverage(std::string& out, const Session& s, TextFormat format) {
  const CategoryCoverage coverage = coverageByCategory(s, kNoId);
  if (coverage.rows.empty() || coverage.categories.empty()) return;
  TextWriter w = TextWriter::of(out, format);
  w.open();
  w.heading(2, tr(Str::ReportCategoriesHeading));
  Table t{{tr(Str::NounDistrict)}, {}};
  for (Id c : coverage.categories)
    if (const Category* category = findById(s.categories, c)) t.header.push_back(category->name);
  for (const CategoryRow& row : coverage.rows) {
    const District* d = findById(s.districts, row.district);
    std::vector<std::string> cells{d ? d->name : ""};
    for (std::int32_t n : row.offers) cells.push_back(n > 0 ? std::to_string(n) : "–");
    t.rows.push_back(std::move(cells));
  }
  w.table(t);
  w.note(tr(Str::ReportCategoriesNote));
  w.close();
}

Inventory inventoryOf(const Session& s, const AgeGroup& ageGroup) {
  Inventory inv;
  inv.ageGroup = &ageGroup;
  for (const Offer& o : s.offers) {
    if (!servesAgeGroup(o, ageGroup.id)) continue;
    ++inv.offers;
    inv.known += ratedYes(o.assessment.known);
    inv.used += ratedYes(o.assessment.used);
    inv.transparent += ratedYes(o.assessment.transparent);
    inv.fitting += ratedYes(o.assessment.fitting);
  }
  return inv;
}

std::vector<ReportRound> exportedRounds(const Session& s, const ExportOptions& options) {
  std::vector<ReportRound> rounds;
  for (const VotingRound& r : s.rounds)
    if (chosen(options.round, r.id) && (options.includeHidden || resultsVisible(r)))
      rounds.push_back({&r, tally(s, r), r.state != RoundState::Closed});
  return rounds;
}

Report buildReport(const Session& s, const ExportOptions& options) {
  Report report;
  report.session = &s;
  report.options = options;
  report.rounds = exportedRounds(s, options);
  for (const AgeGroup& g : s.ageGroups) {
    if (!chosen(options.ageGroup, g.id)) continue;
    report.sections.push_back(sectionFor(s, report.rounds, g.id));
    report.inventory.push_back(inventoryOf(s, g));
  }
  report.sections.push_back(sectionFor(s, report.rounds, kNoId));
  for (const Offer& o : s.offers)
    if (!options.ageGroup || servesAgeGroup(o, *options.ageGroup)) report.offers.push_back(&o);
  report.coverage = coverage(s);
  for (const CoverageRow& row : report.coverage.rows)
    for (std::size_t a = 0; a < row.cells.size(); ++a)
      if (row.cells[a].gap) report.gaps.push_back({row.district, report.coverage.ageGroups[a]});
  for (const ReportRound& r : report.rounds) {
    report.participants = std::max(report.participants, r.result.ballots);
    report.ballots += r.result.ballots;
    report.paperVoters += r.result.paperVoters;
  }
  report.mostNamed = mostNamed(s);
  report.themes = themesOf(s);
  return report;
}

std::string reportTitle(const Meta& meta) { return meta.title.empty() ? tr(Str::DefaultTitle) : meta.title; }

std::string roundSummary(const ReportRound& r) {
  return std::string(methodName(r.round->method)) + ", " + roundStateName(r.round->state) + ", " +
         ballotsText(r.result.ballots, r.result.paperVoters);
}

std::string turnout(const Report& report) {
  return trf(Str::ExportTurnout, counted(report.participants, Noun::Person).c_str(),
             counted(report.ballots, Noun::Vote).c_str(), counted(report.rounds.size(), Noun::Round).c_str(),
             report.paperVoters);
}

std::string whoTookPart(const Report& report) {
  const Meta& meta = report.session->meta;
  if (meta.people <= 0 && meta.institutions <= 0) return trf(Str::ReportGuessed, turnout(report).c_str());
  const std::string people = counted(meta.people, Noun::Person);
  const std::string who = meta.people <= 0         ? trf(Str::ReportInstitutions, meta.institutions)
                          : meta.institutions <= 0 ? people
                                                   : trf(Str::ReportPeopleFrom, people.c_str(), meta.institutions);
  return trf(Str::ReportTookPart, who.c_str()) + " " + turnout(report);
}

std::string exportFileName(const Meta& meta, std::string_view today, ExportFormat format, ExportTable table) {
  switch (format) {
    case ExportFormat::Html:
      return suggestedFileName(meta, today, std::string("_") + tr(Str::ExportFileReport) + ".html");
    case ExportFormat::Markdown:
      return suggestedFileName(meta, today, std::string("_") + tr(Str::ExportFileSummary) + ".md");
    case ExportFormat::GeoJson:
      return suggestedFileName(meta, today, std::string("_") + tr(Str::ExportFileMap) + ".geojson");
    case ExportFormat::Xlsx: return suggestedFileName(meta, today, std::string("_") + tr(Str::TablesFile) + ".xlsx");
    case ExportFormat::Csv: break;
  }
  return suggestedFileName(meta, today, std::string("_") + tableName(table) + ".csv");
}

}  // namespace nwk
