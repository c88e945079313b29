// A short summary of the workshop in Markdown (CommonMark, GitHub tables) for an e-mail or a
// wiki, from the same Report as the HTML report (export.hpp): title, place and date, the
// turnout, the Vorlage's frame where set, per age group the problems and the ranked proposals,
// each exported round's results as a table, the measures plan where there are measures
// (progress_report.hpp), what changed since the conference it follows where it follows one
// (compare_export.hpp), the coverage gaps, the Bestandsanalyse's counts and the offers.
// In core/export (CSV, GeoJSON, Markdown and the HTML report); may use core/text, core/model, core/io, core/geo,
// core/analysis, core/voting, core/import.
#pragma once
#include <string>
#include <string_view>

#include "core/export/export.hpp"
#include "core/model/model.hpp"

namespace nwk {

std::string exportMarkdown(const Session& s, const ExportOptions& options = {});

// Appends user text so that it shows as itself where the summary puts it (after a list
// marker, in a heading or a table cell): inline markup \ ` * _ [ ] | ~ # and a leading list
// marker ("- ", "+ ", "1. ", "1) ") behind a backslash, < > & as HTML entities, line breaks
// and tabs as spaces. Other punctuation stays as it is, readable in a plain-text e-mail.
void appendMarkdownText(std::string& out, std::string_view text);

}  // namespace nwk
