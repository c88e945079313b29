// Internal to core/export: writes HTML or Markdown with the same calls, so each part of a
// report is written once for both formats (progress_report.hpp, compare_export.hpp). HTML
// as the reports want it (report_html.hpp: sections, tables whose header cells carry their
// scope), Markdown as the summary writes it (export_markdown.hpp: CommonMark, GitHub
// tables). Every text passed in is user text: escaped for the format. A TextWriter appends
// to the string it points at; keep that string alive while it writes.
// In core/export (CSV, GeoJSON, Markdown and the HTML report); may use core/text, core/model, core/io, core/geo,
// core/analysis, core/voting, core/import.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/export/export.hpp"

namespace nwk {

// A table: a header, then rows whose first cell names the row (a row header; "–" when
// empty); '\n' separates lines within a cell.
struct Table {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
};

struct TextWriter {
  std::string& out;
  bool html;

  static TextWriter of(std::string& out, TextFormat format) { return {out, format == TextFormat::Html}; }

  void text(std::string_view t);
  // The lines of `t` with `separator` (written as it is) between them.
  void lines(std::string_view t, const char* separator);
  void heading(int level, std::string_view t);
  void para(std::string_view t);
  void note(std::string_view t);  // a remark set apart: a paragraph of class meta, in Markdown in italics
  void list(std::string_view t);  // a list item per line that is not empty
  void beginList();
  void item(std::string_view strong, std::string_view rest);  // `strong` in bold (none when empty), then `rest`
  void endList();
  void open(const char* attributes = "");  // a section (HTML only)
  void close();
  void table(const Table& t);
};

}  // namespace nwk
