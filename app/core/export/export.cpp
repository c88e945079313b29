#include "core/export/export.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/export/export_tables.hpp"
#include "core/io/file_names.hpp"
#include "core/model/offer_filter.hpp"
#include "core/text/i18n.hpp"
#include "core/voting/voting.hpp"

namespace nwk {
namespace {

bool chosen(const std::optional<Id>& wanted, Id id) { return !wanted || *wanted == id; }

bool inAnyRound(const std::vector<ReportRound>& rounds, Id proposal) {
  return std::any_of(rounds.begin(), rounds.end(), [&](const ReportRound& r) {
    return std::find(r.round->proposals.begin(), r.round->proposals.end(), proposal) != r.round->proposals.end();
  });
}

ReportSection sectionFor(const Session& s, const std::vector<ReportRound>& rounds, Id ageGroup) {
  ReportSection section{ageGroup, ageGroupName(s, ageGroup), {}, {}, {}};
  for (const Problem& p : s.problems)
    if (p.ageGroup == ageGroup) section.problems.push_back(&p);
  for (const ReportRound& r : rounds) section.rankings.push_back(forAgeGroup(s, r.result.proposals, ageGroup));
  for (const Proposal& p : s.proposals)
    if (p.ageGroup == ageGroup && !inAnyRound(rounds, p.id)) section.unvoted.push_back(&p);
  return section;
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

}  // namespace

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
