// What an HTML export (the report, the progress report) shows, as plain text for the export
// dialog's preview: no tags, no style sheet, script, picture (svg) or page title; headings on
// lines of their own that start with kHeadingMark (the dialog draws them as headings), after
// a blank line; paragraphs on their own lines, list items as "• item", a table row per line
// with its cells joined by " | " (a line break within a cell: " · "). The entities the
// exports write (&amp; &lt; &gt; &quot; &#39;) are read back.
// In core/export (CSV, GeoJSON, Markdown and the HTML report); may use core/text, core/model, core/io, core/geo,
// core/analysis, core/voting, core/import.
#pragma once
#include <string>
#include <string_view>

namespace nwk {

inline constexpr char kHeadingMark = '\x01';

std::string htmlText(std::string_view html);

}  // namespace nwk
