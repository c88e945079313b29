#include "core/export.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/file_names.hpp"
#include "core/i18n.hpp"
#include "core/voting.hpp"

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
         trf(Str::ResultBallots, static_cast<unsigned>(r.result.ballots), static_cast<unsigned>(r.result.paperVoters));
}

std::string turnout(const Report& report) {
  return trf(Str::ExportTurnout, report.participants, report.ballots, static_cast<int>(report.rounds.size()),
             report.paperVoters);
}

const char* ageGroupName(const Session& s, Id ageGroup) {
  const AgeGroup* g = findById(s.ageGroups, ageGroup);
  return g ? g->name.c_str() : tr(Str::AllAgeGroups);
}

std::string ageGroupList(const Session& s, const std::vector<Id>& ageGroups) {
  std::string out;
  for (Id a : ageGroups) out += (out.empty() ? "" : ", ") + std::string(ageGroupName(s, a));
  return out;
}

const char* levelName(Level level) {
  static constexpr Str kNames[] = {Str::LevelStructural, Str::LevelInstitutional, Str::LevelIndividual};
  return tr(kNames[static_cast<int>(level) % 3]);
}

const char* ratingName(Rating rating) {
  static constexpr Str kNames[] = {Str::RatingUnrated, Str::RatingNo, Str::RatingRatherNo, Str::RatingRatherYes, Str::RatingYes};
  return tr(kNames[static_cast<int>(rating) % 5]);
}

const char* linkTypeName(LinkType type) {
  static constexpr Str kNames[] = {Str::LinkCooperation, Str::LinkReferral, Str::LinkTransition};
  return tr(kNames[static_cast<int>(type) % 3]);
}

const char* methodName(VoteMethod method) {
  static constexpr Str kNames[] = {Str::VoteDots, Str::VoteWeighting, Str::VoteRanking};
  return tr(kNames[static_cast<int>(method) % 3]);
}

const char* roundStateName(RoundState state) {
  static constexpr Str kNames[] = {Str::RoundDraft, Str::RoundOpen, Str::RoundClosed};
  return tr(kNames[static_cast<int>(state) % 3]);
}

bool ratedYes(Rating rating) { return rating == Rating::RatherYes || rating == Rating::Yes; }

std::string formatNumber(double value, int decimals, char decimalMark) {
  if (!std::isfinite(value)) return {};
  char buffer[400];  // 1e308 with 15 decimals fits
  std::snprintf(buffer, sizeof buffer, "%.*f", std::clamp(decimals, 0, 15), value);
  std::string out = buffer;
  if (out.find('.') != std::string::npos) {
    out.erase(out.find_last_not_of('0') + 1);
    if (out.back() == '.') out.pop_back();
  }
  if (out == "-0") out = "0";
  std::replace(out.begin(), out.end(), '.', decimalMark);
  return out;
}

std::string displayNumber(double value, int decimals) {
  return formatNumber(value, decimals, language() == Lang::De ? ',' : '.');
}

std::string displayScore(const VotingRound& round, double score) {
  if (round.method == VoteMethod::Weighting) return trf(Str::ExportMean, displayNumber(score, 2).c_str());
  return trf(Str::ExportPoints, displayNumber(score, 0).c_str());
}

std::string exportFileName(const Meta& meta, std::string_view today, ExportFormat format, ExportTable table) {
  static constexpr Str kTables[] = {Str::ExportOffers, Str::ExportLinks, Str::ExportProblems, Str::ExportProposals,
                                    Str::ExportCoverage};
  switch (format) {
    case ExportFormat::Html: return suggestedFileName(meta, today, std::string("_") + tr(Str::ExportFileReport) + ".html");
    case ExportFormat::Markdown:
      return suggestedFileName(meta, today, std::string("_") + tr(Str::ExportFileSummary) + ".md");
    case ExportFormat::GeoJson: return suggestedFileName(meta, today, std::string("_") + tr(Str::ExportFileMap) + ".geojson");
    case ExportFormat::Csv: break;
  }
  return suggestedFileName(meta, today, std::string("_") + tr(kTables[static_cast<int>(table) % 5]) + ".csv");
}

}  // namespace nwk
