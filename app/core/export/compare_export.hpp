// "What changed" between two conferences (compare.hpp) for other tools and for people:
// - comparisonJson: stable keys, for the CLI (`netzwerkkarte-cli compare`) and scripts:
//   {"beforeDate", "afterDate", "byId",
//    "offers": {"added": [names], "closed": [names], "changed": [names],
//               "addedDetails" / "closedDetails" / "changedDetails":
//                 [{"id", "name", "district", "ageGroups": [names], "changes": [labels]}]},
//    "gaps": {"closed": [{"district", "ageGroup"}], "new": [...]},
//    "indicators": [{"column", "unit", "district", "districtId", "before", "after",
//                    "asOfBefore", "asOfAfter"}],
//    "goals": [{"text", "field", "then", "now" (null: unknown), "valueToday", "target", "deadline"}],
//    "measures": {"before": {"planned", "started", "done", "dropped"}, "after": {...},
//                 "changed": [{"name", "before" (status key, null: new), "after"}]}}.
//   Labels ("changes") are in the language current when compared; keys never change.
// - comparisonMarkdown: a section per kind of change under headings in the current language;
//   dates as the language's readers write them.
// - appendComparison: the same as a major section of the council report (report_html.hpp,
//   export_markdown.hpp), headed "Veränderungen seit der Konferenz vom <date>".
// - comparisonCsv: one row per change (kind, name, district, age groups, before, after) under
//   a header row, for German Excel as export_csv.hpp's ExcelDe: UTF-8 with BOM, ';', decimal
//   comma, CRLF, formula-like text neutralised with a leading apostrophe.
// In core/export (CSV, GeoJSON, Markdown and the HTML report); may use core/text, core/model, core/io, core/geo,
// core/analysis, core/voting, core/import.
#pragma once
#include <string>

#include "core/analysis/compare.hpp"
#include "core/export/export.hpp"

namespace nwk {

std::string comparisonJson(const Comparison& c);
std::string comparisonMarkdown(const Comparison& c);
std::string comparisonCsv(const Comparison& c);
void appendComparison(std::string& out, const Comparison& c, TextFormat format);

}  // namespace nwk
