// The progress report (Sachstandsbericht) on the measures plan after the conference: how many
// measures are planned, started, done and dropped; the progress notes dated on or after
// `since`, with their measure; the overdue measures; per field of action (then those without
// one) its goals (text, measured by, value today, target, deadline) and each measure with
// owner and partners, deadline, status (the reason when dropped), resources, funding (project
// funding ending within a year of `today` marked) and its latest notes.
// Formats: one self-contained HTML page (as the report, report_html.hpp: no request leaves it,
// prints on A4, a main landmark, table headers with their scope), Markdown, and CSV with one
// row per measure in German Excel's dialect (export_csv.hpp: BOM, ';', decimal comma,
// formulas neutralised; dates ISO). In the current language; dates shown as its readers write
// them. Dates are "YYYY-MM-DD"; `today` is always passed in (the core never reads the clock);
// an empty `since` means every note. The council report's Vorlage frame and measures plan are
// written here too, with the same table code.
// In core/export (CSV, GeoJSON, Markdown and the HTML report); may use core/text, core/model, core/io, core/geo,
// core/analysis, core/voting, core/import.
#pragma once
#include <array>
#include <string>
#include <string_view>

#include "core/export/export.hpp"
#include "core/model/model.hpp"

namespace nwk {

// A deadline before today and still planned or started; never without a deadline or today.
bool isOverdue(const Measure& m, std::string_view today);
// Project funding whose end date is at most a year after today (ended ones included).
bool fundingEndsSoon(const Measure& m, std::string_view today);
// The measures per status, indexed by MeasureStatus: planned, started, done, dropped.
std::array<int, 4> statusCounts(const Session& s);

std::string progressHtml(const Session& s, std::string_view since, std::string_view today);
std::string progressMarkdown(const Session& s, std::string_view since, std::string_view today);
std::string progressCsv(const Session& s, std::string_view today);

// The council report's parts (report_html.hpp, export_markdown.hpp), in either format:
// the Vorlage's frame: its number, the Beratungsfolge (Meta::committees, a list item per
// line), the Beschlussvorschlag; nothing when none of them is set;
void appendVorlage(std::string& out, const Meta& meta, TextFormat format);
// the measures plan as a major section: per field of action each measure with owner,
// deadline and status; nothing when the session has no measures.
void appendMeasuresPlan(std::string& out, const Session& s, TextFormat format);

}  // namespace nwk
