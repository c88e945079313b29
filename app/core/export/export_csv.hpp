// CSV files of the session's tables (export_tables.hpp) for spreadsheets, one per table.
// Dialects: ExcelDe, what German Excel opens right on a double click (UTF-8 with BOM, ';',
// decimal comma, CRLF), and Rfc4180 (no BOM, ',', decimal point, CRLF). Numbers are number
// cells (unknown: empty). Cells holding the separator, a quote or a line break are quoted.
// Formulas: a text cell that a spreadsheet would run as a formula gets a leading apostrophe
// ("=1+2" -> "'=1+2"): one starting with '=', '@', tab or CR, and one starting with '+' or '-'
// unless all that follows is digits, spaces and ( ) / . , - : such a cell cannot call a
// function, reference a cell or start a program (that needs letters, '!', '|', '"' or '@'),
// so a phone number "+49 5181 123" stays what it is. Number cells are never changed: a
// negative number stays a number (-3,5).
// CsvWriter writes a table by those rules, a cell at a time (a TableSink); the other CSV
// exports (the comparison, the progress report) use it too.
// In core/export (CSV, GeoJSON, Markdown and the HTML report); may use core/text, core/model, core/io, core/geo,
// core/analysis, core/voting, core/import.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

#include "core/export/export.hpp"
#include "core/export/export_tables.hpp"
#include "core/model/model.hpp"

namespace nwk {

enum class CsvDialect : std::uint8_t { ExcelDe, Rfc4180 };

// Cells in the dialect, row by row: text neutralised and quoted as said above, numbers with
// up to 10 decimals and the dialect's decimal mark. take() hands over the text (ExcelDe:
// starting with the BOM).
class CsvWriter : public TableSink {
 public:
  explicit CsvWriter(CsvDialect dialect);
  std::string take() { return std::move(out_); }

 private:
  void putText(std::string_view cell) override;
  void putNumber(double value) override;
  void putEmpty() override { separate(); }
  void putEndRow() override;
  void separate();
  std::string out_;
  char separator_, decimalMark_;
  bool rowStart_ = true;
};

// options: round and includeHidden choose the proposals table's rounds; the rest is unused.
std::string exportCsv(const Session& s, ExportTable table, CsvDialect dialect, const ExportOptions& options = {});

}  // namespace nwk
