// What the exports share (export_csv, export_geojson, export_markdown, report_html): the
// options, the report's content computed once from the session (the HTML report and the
// Markdown summary render the same Report), and the download's file name
// (names and numbers for people: labels.hpp).
// Rounds: a round is exported when its results are visible (voting.hpp resultsVisible), or
// with includeHidden; a round that is not closed yet is an interim result.
// In core/export (CSV, GeoJSON, Markdown and the HTML report); may use core/text, core/model, core/io, core/geo,
// core/analysis, core/voting, core/import.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/analysis/coverage.hpp"
#include "core/model/labels.hpp"
#include "core/model/model.hpp"
#include "core/voting/tally.hpp"

namespace nwk {

enum class ExportFormat : std::uint8_t { Html, Markdown, GeoJson, Csv, Xlsx };
// The tables (export_tables.hpp); the numbers are widget ids ("export.table.5"): add at the end.
enum class ExportTable : std::uint8_t { Offers, Links, Problems, Proposals, Coverage, Strengths, Districts };
// The formats the reports' parts are written in (text_writer.hpp).
enum class TextFormat : std::uint8_t { Html, Markdown };

struct ExportOptions {
  std::optional<Id> ageGroup;  // only this age group (and the items for all age groups); none: all
  std::optional<Id> round;     // only this round; none: every exported round
  bool includeHidden = false;  // rounds whose results are hidden too
  Id indicator = kNoId;        // report map: districts coloured by this indicator; kNoId: none
  bool operator==(const ExportOptions&) const = default;
};

struct ReportRound {
  const VotingRound* round = nullptr;
  RoundResult result;
  bool interim = false;  // not closed: a Zwischenergebnis
};

// The Bestandsanalyse of one age group: offers serving it, and how many of them were rated
// "rather yes" or "yes" on each question.
struct Inventory {
  const AgeGroup* ageGroup = nullptr;
  std::int32_t offers = 0, known = 0, used = 0, transparent = 0, fitting = 0;
};

struct ReportSection {
  Id ageGroup = kNoId;  // kNoId: the items for all age groups
  std::string name;
  std::vector<const Problem*> problems;
  std::vector<const Strength*> strengths;
  std::vector<std::vector<ProposalResult>> rankings;  // per Report::rounds: its proposals of this age group, ranked
  std::vector<const Proposal*> byLevel;               // all its proposals: structural, institutional, individual
};

// A theme (Proposal::tags) across age groups: how many proposals carry it, in which age groups.
struct Theme {
  std::string name;
  std::int32_t proposals = 0;
  std::vector<Id> ageGroups;  // in order of first appearance; kNoId: all age groups
};

struct GapCell {
  Id district = kNoId;
  Id ageGroup = kNoId;
};

// Pointers into the session given to buildReport: keep it alive and unchanged meanwhile.
struct Report {
  const Session* session = nullptr;
  ExportOptions options;
  std::vector<ReportRound> rounds;
  std::vector<ReportSection> sections;  // the chosen age groups in session order, then "all age groups"
  std::vector<Inventory> inventory;     // per chosen age group
  std::vector<const Offer*> offers;     // those serving the chosen age group (all: every offer)
  CoverageMatrix coverage;
  std::vector<GapCell> gaps;      // coverage cells that are gaps, row by row
  std::int32_t participants = 0;  // the most ballots of one exported round
  std::int32_t ballots = 0;       // over all exported rounds (paper voters included)
  std::int32_t paperVoters = 0;
  std::vector<const Proposal*> mostNamed;  // named by more than one table or age group, most often first
  std::vector<Theme> themes;               // in order of first appearance
};

// The rounds to export, in session order, each tallied.
std::vector<ReportRound> exportedRounds(const Session& s, const ExportOptions& options);
Report buildReport(const Session& s, const ExportOptions& options);

std::string reportTitle(const Meta& meta);  // the title, or "Sozialraumkonferenz"
// "Punkte kleben, geschlossen, 9 Stimmen (davon 4 auf Papier)"
std::string roundSummary(const ReportRound& round);
// The turnout line (ExportTurnout).
std::string turnout(const Report& report);
// Who took part: as entered (Meta::people, Meta::institutions), else as guessed from the
// ballots and said so.
std::string whoTookPart(const Report& report);
std::string districtList(const Session& s, const std::vector<Id>& districts);  // "Altstadt, Nordstadt"
// How often a proposal was named: "von 3 Tischen, in 2 Altersgruppen (auch 3-6)".
std::string namedText(const Session& s, const Proposal& p);

// The report's parts written once for the HTML report and the Markdown summary (text_writer.hpp),
// headings at `level` and below: per age group its problems beside what works well, then its
// proposals by level with their districts and how often they were named;
void appendSectionParts(std::string& out, const Report& report, const ReportSection& section, int level,
                        TextFormat format);
// the most often named proposals and the themes across age groups (nothing when neither);
void appendMostNamed(std::string& out, const Report& report, TextFormat format);
// each district's note (nothing when no district has one);
void appendDistrictNotes(std::string& out, const Session& s, TextFormat format);
// the prevention chain per district: transitions carried, those missing, offers without a link;
void appendChain(std::string& out, const Session& s, TextFormat format);
// the offers per district and category ("Ist die Angebotsstruktur breit genug?").
void appendCategoryCoverage(std::string& out, const Session& s, TextFormat format);

// "<date>_<title>_<what>.<ext>" (file_names.hpp), e.g. "2026-11-21_Sozialraumkonferenz-
// Alfeld_Bericht.html"; `what` in the current language, for CSV the table, for the
// workbook (Xlsx) "Tabellen".
std::string exportFileName(const Meta& meta, std::string_view today, ExportFormat format,
                           ExportTable table = ExportTable::Offers);

}  // namespace nwk
