// The session's tables, each defined once and written to any TableSink: the CSV files
// (export_csv.hpp), the workbook's sheets (xlsx.hpp) and the export dialog's preview.
// Tables: offers (with reach, served districts, cost, languages, access and funding), links,
// problems, strengths, proposals (level, districts, how often named, themes, then rank and
// score in each exported round, export.hpp), the coverage matrix (coverage.hpp; offers per
// 1,000 children with one decimal) and the districts (code, offers, note, indicators). One
// row per item in session order under a header row in the current language. Cells are typed:
// a district's code is text ("01" keeps its zero), counts and values are numbers.
// In core/export (CSV, GeoJSON, Markdown and the HTML report); may use core/text, core/model, core/io, core/geo,
// core/analysis, core/voting, core/import.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "core/export/export.hpp"
#include "core/model/model.hpp"

namespace nwk {

// Where a table's cells go, row by row; an empty cell is written as empty().
class TableSink {
 public:
  virtual ~TableSink() = default;
  TableSink& text(std::string_view cell) {
    putText(cell);
    return *this;
  }
  TableSink& number(double value) {
    putNumber(value);
    return *this;
  }
  TableSink& number(std::optional<double> value) { return value ? number(*value) : empty(); }
  TableSink& id(Id value) { return number(static_cast<double>(value)); }
  TableSink& empty() {
    putEmpty();
    return *this;
  }
  void endRow() { putEndRow(); }

 private:
  virtual void putText(std::string_view cell) = 0;
  virtual void putNumber(double value) = 0;
  virtual void putEmpty() = 0;
  virtual void putEndRow() = 0;
};

// The workbook's sheets in their order; the export dialog lists the tables so too.
inline constexpr ExportTable kTables[] = {ExportTable::Offers,    ExportTable::Links,     ExportTable::Problems,
                                          ExportTable::Strengths, ExportTable::Proposals, ExportTable::Coverage,
                                          ExportTable::Districts};

const char* tableName(ExportTable table);  // "Angebote": the sheet's name and the CSV file's
// An indicator's column header, here and in the GeoJSON: "SGB-II-Quote (%)".
std::string indicatorHeader(const IndicatorColumn& column);
// options: round and includeHidden choose the proposals table's rounds; the rest is unused.
void writeTable(TableSink& sink, const Session& s, ExportTable table, const ExportOptions& options);

// The .xlsx workbook: every table a sheet.
std::string exportWorkbook(const Session& s, const ExportOptions& options);
// For the export dialog: the workbook's sheets with their number of rows, then the first
// rows of `table` (cells joined by " | ").
std::string workbookPreview(const Session& s, ExportTable table, const ExportOptions& options);

}  // namespace nwk
