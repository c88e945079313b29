#include "core/export/export_csv.hpp"

#include <string_view>

#include "core/model/labels.hpp"

namespace nwk {
namespace {

constexpr int kDecimals = 10;  // more than any session value needs, fewer than Excel's 15 digits

// Whether a spreadsheet would run the text as a formula (see the header).
bool runsAsFormula(std::string_view text) {
  if (text.empty()) return false;
  const char first = text[0];
  if (first == '=' || first == '@' || first == '\t' || first == '\r') return true;
  if (first != '+' && first != '-') return false;
  return text.substr(1).find_first_not_of("0123456789 ()/.,-") != std::string_view::npos;
}

}  // namespace

CsvWriter::CsvWriter(CsvDialect dialect)
    : separator_(dialect == CsvDialect::ExcelDe ? ';' : ','), decimalMark_(dialect == CsvDialect::ExcelDe ? ',' : '.') {
  if (dialect == CsvDialect::ExcelDe) out_ = "\xEF\xBB\xBF";
}

void CsvWriter::putText(std::string_view cell) {
  separate();
  const std::string neutral = runsAsFormula(cell) ? "'" + std::string(cell) : std::string(cell);
  if (neutral.find_first_of(std::string{separator_, '"', '\n', '\r'}) == std::string::npos) {
    out_ += neutral;
    return;
  }
  out_ += '"';
  for (char c : neutral) out_.append(c == '"' ? 2 : 1, c);
  out_ += '"';
}

void CsvWriter::putNumber(double value) {
  separate();
  out_ += formatNumber(value, kDecimals, decimalMark_);
}

void CsvWriter::putEndRow() {
  out_ += "\r\n";
  rowStart_ = true;
}

void CsvWriter::separate() {
  if (!rowStart_) out_ += separator_;
  rowStart_ = false;
}

std::string exportCsv(const Session& s, ExportTable table, CsvDialect dialect, const ExportOptions& options) {
  CsvWriter w(dialect);
  writeTable(w, s, table, options);
  return w.take();
}

}  // namespace nwk
