// CSV tables as German offices and Excel write them, read for the indicator and offer imports.
// Text: UTF-8 with or without BOM; UTF-16 LE/BE with BOM (Excel's "Unicode text"); anything
// else that is not valid UTF-8 is read as Windows-1252 (umlauts, € „ “ –). The result is
// always valid UTF-8 without NUL.
// Layout: RFC 4180 (quoted cells with doubled quotes, separators and line breaks inside
// quotes), CRLF, LF or CR line ends, an Excel "sep=;" first line honoured. Otherwise the
// separator is the one of ';' tab ',' that splits the first lines into the same number of
// cells, ';' winning a tie. The header is the first row with more than its first cell
// filled (title lines above it are dropped), else the first row. Cells are trimmed of
// spaces; rows whose cells are all empty are skipped but counted, so row numbers are those
// the spreadsheet shows (header row = 1 when it is the first line).
// Numbers: parseNumber() reads German and English forms. A lone separator followed by three
// digits ("1.234", "1,234") is ambiguous; the table decides it for all its cells (see
// CsvTable::decimalMark).
// Errors are messages in the current language naming the row and column.
// In core/io (session files, the one JSON reader and writer, CSV, file names); may use core/text, core/model.
#pragma once
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/validate.hpp"

namespace nwk {

struct CsvLimits {
  std::uint32_t bytes = 32u * 1024u * 1024u;
  std::uint32_t rows = 200'000;  // data rows
  std::uint32_t columns = 1'000;
  std::uint32_t cells = 4'000'000;
  std::uint32_t cellBytes = kLimits.textBytes;
};
inline constexpr CsvLimits kCsvLimits{};

enum class DecimalMark : std::uint8_t { Comma, Point };

class CsvTable {
 public:
  std::size_t rows() const { return rowNumbers_.size() - 1; }  // data rows, header excluded
  std::size_t columns() const { return columns_; }             // the widest row's
  std::string_view header(std::size_t column) const { return cellOf(0, column); }
  std::string_view cell(std::size_t row, std::size_t column) const { return cellOf(row + 1, column); }
  std::uint32_t rowNumber(std::size_t row) const { return rowNumbers_[row + 1]; }
  char separator() const { return separator_; }
  // Cells that show their decimal mark ("12,5", "1.234,5", "0.25", "1.234.567") vote; a tie
  // (no such cell) goes to the point in ','-separated files, else to the German comma.
  DecimalMark decimalMark() const { return decimalMark_; }
  std::optional<double> number(std::size_t row, std::size_t column) const;

 private:
  friend class CsvReader;
  std::string_view cellOf(std::size_t record, std::size_t column) const;

  std::string text_;                      // every cell's text, one after the other
  std::vector<std::uint32_t> cellEnds_;   // end of each cell in text_
  std::vector<std::uint32_t> rowBegins_;  // each record's first cell, then the end; record 0 = header
  std::vector<std::uint32_t> rowNumbers_;
  std::size_t columns_ = 0;
  char separator_ = ';';
  DecimalMark decimalMark_ = DecimalMark::Comma;
};

struct CsvResult {
  std::optional<CsvTable> table;  // set on success
  std::string error;              // set on failure
};

CsvResult parseCsv(std::string_view bytes);

// "1.234,5", "1234,5", "1234.5", "1,234.5", "-3", "+7", "12,5 %", " 7 " (spaces and
// non-breaking spaces around, a trailing % ignored); digit groups of three only. Anything
// else is no number: "+49 5181 123", "1e5", "ca. 20", "–". ambiguous: how to read "1.234".
std::optional<double> parseNumber(std::string_view text, DecimalMark ambiguous = DecimalMark::Comma);

// For the import previews' messages: a cell cut to a few dozen characters (at a character
// boundary, with "…"), "(leer)" when empty; names as "„a“, „b“ … und 4 weitere"; lines
// line(0) .. line(count - 1), at most a dozen, then "… und 4 weitere".
std::string cellExcerpt(std::string_view cell);
std::string quotedList(const std::vector<std::string>& names);
void appendLines(std::string& out, std::size_t count, const std::function<std::string(std::size_t)>& line);

}  // namespace nwk
