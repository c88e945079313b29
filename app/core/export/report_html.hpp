// The workshop report as one self-contained HTML file (no request leaves it: inline CSS and
// SVG only, no fonts, scripts or images from elsewhere), in the current language: title,
// place, date, turnout; the Vorlage's frame where set (number, Beratungsfolge one committee
// per line, Beschlussvorschlag); the district map as SVG (districts, coloured by an indicator when
// options.indicator is set, offers as dots in their category's colour, legend); the coverage
// matrix with its gaps; the Bestandsanalyse per age group and the offers; per age group the
// problems and the ranked proposals with bar charts; each exported round's results (an open
// round marked as Zwischenergebnis); the measures plan where there are measures
// (progress_report.hpp); what changed since the conference it follows, where it follows one
// (compare_export.hpp appendComparison); how the votes were counted. Printing gives A4 pages
// with a page break before each major section and none inside a table or figure.
// Contents follow buildReport (export.hpp): the chosen age group and round, hidden results
// only with options.includeHidden. Every user text is HTML-escaped.
// In core/export (CSV, GeoJSON, Markdown and the HTML report); may use core/text, core/model, core/io, core/geo,
// core/analysis, core/voting, core/import.
#pragma once
#include <string>
#include <string_view>

#include "core/export/export.hpp"
#include "core/geo/plane.hpp"
#include "core/model/model.hpp"

namespace nwk {

std::string reportHtml(const Session& s, const ExportOptions& options = {});

// A report page up to and including <body>: doctype, the current language, `title` and the
// reports' print-friendly style (shared with progress_report.hpp): printed, every A4 page has
// a footer with the title and `date` ("YYYY-MM-DD" or empty) and "Seite 2 von 9".
std::string htmlPageStart(std::string_view title, std::string_view date = {});

// The report's district map alone as an SVG document `width` pixels wide (text and dots
// scale with it) showing `view` (metres in buildMapScene's projection; empty: the whole
// town), districts coloured by `indicator` (kNoId: none): the map picture at a chosen size,
// which the browser turns into a PNG. Its height follows the view's proportions.
std::string mapSvg(const Session& s, Id indicator, const Bounds& view, double width);

// Appends text with & < > " ' as character references: safe in element content and in
// quoted attribute values.
void appendHtmlText(std::string& out, std::string_view text);

}  // namespace nwk
