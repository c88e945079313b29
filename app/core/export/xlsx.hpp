// An .xlsx workbook (Office Open XML SpreadsheetML, ECMA-376) as Excel and LibreOffice open
// it, written without a library: a ZIP of stored entries (zip.hpp) holding the content types,
// the relationships, the workbook, a style sheet (0 normal, 1 bold) and a sheet per table.
// Cells are typed: text as inline strings, numbers as numbers; an empty cell is skipped. The
// first row is the header: bold, frozen while scrolling, with an AutoFilter over the table.
// Columns are as wide as their longest cell (within limits). Text is XML-escaped; what XML
// 1.0 forbids (control characters, U+FFFE, U+FFFF, broken UTF-8) is dropped, and a cell
// keeps at most Excel's 32,767 characters. Sheet names follow Excel's rules (sheetName).
// In core/export (CSV, GeoJSON, Markdown and the HTML report); may use core/text, core/model, core/io, core/geo,
// core/analysis, core/voting, core/import.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/export/export_tables.hpp"

namespace nwk {

// One sheet, written a cell at a time as its table's rows come.
class XlsxSheet : public TableSink {
 public:
  explicit XlsxSheet(std::string name) : name_(std::move(name)) {}
  const std::string& name() const { return name_; }
  std::uint32_t rows() const { return row_; }  // rows ended so far, header included
  std::uint32_t columns() const { return static_cast<std::uint32_t>(widths_.size()); }
  std::string xml() const;  // xl/worksheets/sheetN.xml

 private:
  void putText(std::string_view cell) override;
  void putNumber(double value) override;
  void putEmpty() override { ++column_; }
  void putEndRow() override;
  void beginCell(std::size_t length, std::string_view type);

  std::string name_;
  std::string data_;                   // the <row> elements so far
  std::vector<std::uint16_t> widths_;  // characters of each column's longest cell
  std::uint32_t row_ = 0, column_ = 0;
  bool rowOpen_ = false;
};

// The workbook's file; the sheets' names made safe and unique on the way (sheetName).
std::string xlsxFile(const std::vector<XlsxSheet>& sheets);

// A name Excel accepts for a sheet: []:*?/\ replaced by spaces, at most 31 characters,
// none empty ("Tabelle"), and unlike any in taken (ignoring case), else numbered "Name (2)".
std::string sheetName(std::string_view wanted, const std::vector<std::string>& taken);
// "A", "Z", "AA" for columns 0, 25, 26.
std::string columnLetters(std::uint32_t column);

}  // namespace nwk
