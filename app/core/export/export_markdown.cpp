#include "core/export/export_markdown.hpp"

#include <algorithm>

#include "core/export/compare_export.hpp"
#include "core/export/progress_report.hpp"
#include "core/model/followup.hpp"
#include "core/text/i18n.hpp"

namespace nwk {
namespace {

std::string escaped(std::string_view text) {
  std::string out;
  appendMarkdownText(out, text);
  return out;
}

void heading(std::string& out, int level, std::string_view text) {
  out.append(static_cast<std::size_t>(level), '#') += ' ' + escaped(text) + "\n\n";
}

void metaLine(std::string& out, const Meta& meta) {
  std::string line;
  for (const std::string* part : {&meta.municipality, &meta.place, &meta.date, &meta.facilitator})
    if (!part->empty()) line += (line.empty() ? "" : " · ") + escaped(*part);
  if (!line.empty()) out += line + "\n\n";
}

void rankedList(std::string& out, const Session& s, const VotingRound& round,
                const std::vector<ProposalResult>& results) {
  for (const ProposalResult& r : results) {
    const Proposal* p = findById(s.proposals, r.proposal);
    out += "- **" + std::to_string(r.rank) + ".** " + escaped(p ? p->text : "") + " – " + displayScore(round, r.score) +
           "\n";
  }
  out += '\n';
}

void section(std::string& out, const Report& report, const ReportSection& section) {
  heading(out, 2, section.name);
  appendSectionParts(out, report, section, 3, TextFormat::Markdown);
  for (std::size_t r = 0; r < report.rounds.size(); ++r) {
    if (section.rankings[r].empty()) continue;
    const ReportRound& round = report.rounds[r];
    out += "**" + escaped(round.round->name) + "**" +
           (round.interim ? std::string(" (") + tr(Str::ExportInterim) + ")" : "") + "\n\n";
    rankedList(out, *report.session, *round.round, section.rankings[r]);
  }
}

std::string tableRow(std::initializer_list<std::string> cells) {
  std::string row = "|";
  for (const std::string& c : cells) row += " " + escaped(c) + " |";
  return row + "\n";
}

void roundTable(std::string& out, const Session& s, const ReportRound& round) {
  heading(out, 3, round.round->name);
  out += escaped(roundSummary(round)) + "\n\n";
  if (round.interim) out += "*" + escaped(tr(Str::ExportInterimNote)) + "*\n\n";
  out += tableRow({tr(Str::ExportRank), tr(Str::NounProposal), tr(Str::NounAgeGroup), tr(Str::ExportScore), "n"}) +
         "|---:|---|---|---:|---:|\n";
  for (const ProposalResult& r : round.result.proposals) {
    const Proposal* p = findById(s.proposals, r.proposal);
    out += tableRow({std::to_string(r.rank), p ? p->text : "", ageGroupName(s, p ? p->ageGroup : kNoId),
                     displayScore(*round.round, r.score), std::to_string(r.ballots)});
  }
  out += '\n';
}

// The Bestandsanalyse's counts per age group, then the offers (of the chosen age group).
void inventory(std::string& out, const Report& report) {
  const Session& s = *report.session;
  heading(out, 2, tr(Str::ExportInventoryHeading));
  out += tableRow({tr(Str::NounAgeGroup), tr(Str::ExportOffers), tr(Str::AssessKnown), tr(Str::AssessUsed),
                   tr(Str::AssessTransparent), tr(Str::AssessFitting)}) +
         "|---|---:|---:|---:|---:|---:|\n";
  for (const Inventory& i : report.inventory)
    out += tableRow({i.ageGroup->name, std::to_string(i.offers), std::to_string(i.known), std::to_string(i.used),
                     std::to_string(i.transparent), std::to_string(i.fitting)});
  out += "\n" + tableRow({tr(Str::OfferName), tr(Str::OfferCategory), tr(Str::OfferAgeGroups), tr(Str::NounDistrict)}) +
         "|---|---|---|---|\n";
  for (const Offer* o : report.offers) {
    const Category* category = findById(s.categories, o->category);
    const District* district = findById(s.districts, o->district);
    out += tableRow(
        {offerName(*o), category ? category->name : "", ageGroupList(s, o->ageGroups), district ? district->name : ""});
  }
  out += '\n';
}

void gaps(std::string& out, const Report& report) {
  const Session& s = *report.session;
  heading(out, 2, tr(Str::ExportGapsHeading));
  if (report.gaps.empty()) out += escaped(tr(Str::ExportNoGaps)) + "\n";
  for (std::size_t i = 0; i < report.gaps.size(); ++i) {
    const Id district = report.gaps[i].district;
    if (i == 0 || report.gaps[i - 1].district != district) {
      const District* d = findById(s.districts, district);
      out += std::string(i == 0 ? "" : "\n") + "- " + escaped(d ? d->name : "") + ": ";
    } else {
      out += ", ";
    }
    out += escaped(ageGroupName(s, report.gaps[i].ageGroup));
  }
  out += '\n';
}

}  // namespace

void appendMarkdownText(std::string& out, std::string_view text) {
  const std::size_t digits = std::min(text.find_first_not_of("0123456789"), text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '<' || c == '>' || c == '&') {
      out += c == '<' ? "&lt;" : c == '>' ? "&gt;" : "&amp;";
      continue;
    }
    if (c == '\n' || c == '\r' || c == '\t') {
      out += ' ';
      continue;
    }
    const bool inlineMarkup = std::string_view("\\`*_[]|~#").find(c) != std::string_view::npos;
    const bool startsList = (i == 0 && (c == '-' || c == '+')) || (i == digits && i > 0 && (c == '.' || c == ')'));
    if (inlineMarkup || startsList) out += '\\';
    out += c;
  }
}

std::string exportMarkdown(const Session& s, const ExportOptions& options) {
  const Report report = buildReport(s, options);
  std::string out;
  heading(out, 1, reportTitle(s.meta));
  metaLine(out, s.meta);
  out += escaped(whoTookPart(report)) + "\n\n";
  appendVorlage(out, s.meta, TextFormat::Markdown);
  appendMostNamed(out, report, TextFormat::Markdown);
  for (const ReportSection& sec : report.sections) section(out, report, sec);
  heading(out, 2, tr(Str::ExportRoundsHeading));
  if (report.rounds.empty()) out += escaped(tr(Str::ExportNoRounds)) + "\n\n";
  for (const ReportRound& round : report.rounds) roundTable(out, s, round);
  appendMeasuresPlan(out, s, TextFormat::Markdown);
  if (const Session* baseline = baselineOf(s))
    appendComparison(out, compareSessions(*baseline, s), TextFormat::Markdown);
  gaps(out, report);
  out += '\n';
  appendDistrictNotes(out, s, TextFormat::Markdown);
  appendChain(out, s, TextFormat::Markdown);
  appendCategoryCoverage(out, s, TextFormat::Markdown);
  inventory(out, report);
  return out;
}

}  // namespace nwk
