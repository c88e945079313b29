// CSV as offices and Excel write it: the encodings (UTF-8 with and without BOM, Windows-1252,
// UTF-16 with BOM), the separators, RFC 4180 quoting, row numbers as the spreadsheet shows
// them, limits with messages naming the row, and German and English numbers.
#include <gtest/gtest.h>

#include <string>

#include "core/io/csv.hpp"
#include "core/text/i18n.hpp"

namespace nwk {
namespace {

CsvTable parsed(std::string_view bytes) {
  CsvResult r = parseCsv(bytes);
  EXPECT_EQ(r.error, "");
  return r.table ? std::move(*r.table) : CsvTable{};
}

std::string errorOf(std::string_view bytes) {
  const CsvResult r = parseCsv(bytes);
  EXPECT_FALSE(r.table.has_value());
  return r.error;
}

TEST(Csv, ReadsWindows1252WithUmlautsAndTypographicQuotes) {
  // "Östliche Innenstadt", „Süd“ – as an office PC writes them (Excel "CSV (Trennzeichen-getrennt)").
  const std::string bytes =
      "Kinder unter 6;Stadtteil\r\n"
      "120;\xD6stliche Innenstadt\r\n"
      "85;\x84S\xFC"
      "d\x93 \x96 Gr\xFCng\xFCrtel\r\n"
      "7;Kosten in \x80\r\n";
  const CsvTable t = parsed(bytes);
  EXPECT_EQ(t.separator(), ';');
  ASSERT_EQ(t.rows(), 3u);
  EXPECT_EQ(t.header(0), "Kinder unter 6");
  EXPECT_EQ(t.cell(0, 1), "Östliche Innenstadt");
  EXPECT_EQ(t.cell(1, 1), "„Süd“ – Grüngürtel");
  EXPECT_EQ(t.cell(2, 1), "Kosten in €");
}

TEST(Csv, ReadsExcelUtf8WithBomSemicolonsAndDecimalComma) {
  const std::string bytes =
      "\xEF\xBB\xBFStadtteil;Anteil SGB II (%);Einwohner\r\n"
      "Nord;12,5;1.234\r\n"
      "Süd;3,75;987\r\n";
  const CsvTable t = parsed(bytes);
  EXPECT_EQ(t.header(0), "Stadtteil") << "the BOM is not part of the first header";
  EXPECT_EQ(t.columns(), 3u);
  EXPECT_EQ(t.decimalMark(), DecimalMark::Comma);
  EXPECT_EQ(t.number(0, 1), 12.5);
  EXPECT_EQ(t.number(0, 2), 1234.0) << "in a decimal-comma file 1.234 is a thousand and more";
  EXPECT_EQ(t.cell(1, 0), "Süd");
}

TEST(Csv, ReadsRfc4180QuotesWithSeparatorsLineBreaksAndDoubledQuotes) {
  const std::string bytes =
      "name,provider,description\n"
      "\"Kita Sonnenschein, Haus 2\",\"AWO\",\"Montag bis Freitag\r\n7-17 Uhr\"\n"
      "\"Treff \"\"Oase\"\"\",Stadt,\n"
      "Lernhilfe,Caritas,\"\"\n";
  const CsvTable t = parsed(bytes);
  EXPECT_EQ(t.separator(), ',');
  ASSERT_EQ(t.rows(), 3u);
  EXPECT_EQ(t.cell(0, 0), "Kita Sonnenschein, Haus 2");
  EXPECT_EQ(t.cell(0, 2), "Montag bis Freitag\n7-17 Uhr");
  EXPECT_EQ(t.cell(1, 0), "Treff \"Oase\"");
  EXPECT_EQ(t.cell(1, 2), "");
  EXPECT_EQ(t.rowNumber(2), 4u) << "the line break inside quotes stays in row 2";
  EXPECT_EQ(t.decimalMark(), DecimalMark::Point);
}

TEST(Csv, DetectsTheSeparatorThatGivesEvenColumns) {
  // Decimal commas would split into uneven columns; the semicolons split evenly.
  EXPECT_EQ(parsed("Stadtteil;Quote;Anteil\nNord;1,5;2,25\nSüd;3;4\n").separator(), ';');
  EXPECT_EQ(parsed("Stadtteil\tQuote\nNord\t1,5\nSüd\t3\n").separator(), '\t');
  EXPECT_EQ(parsed("a,b;c\n1,2;3\n4,5;6\n").separator(), ';') << "a tie goes to ';'";
  const CsvTable excel = parsed("sep=,\nName;Wert,Zahl\nA;1,2\n");
  EXPECT_EQ(excel.separator(), ',') << "Excel's sep= line decides";
  EXPECT_EQ(excel.header(0), "Name;Wert");
  EXPECT_EQ(excel.rowNumber(0), 2u) << "the sep= line is not a row";
}

TEST(Csv, ConvertsExcelUnicodeTextInUtf16) {
  const std::u16string text = u"Stadtteil\tKinder\r\nÖstliche Innenstadt\t12\r\n𝄞\t1\r\n";
  std::string le = "\xFF\xFE", be = "\xFE\xFF";
  for (char16_t c : text) {
    le += static_cast<char>(c & 0xFF), le += static_cast<char>(c >> 8);
    be += static_cast<char>(c >> 8), be += static_cast<char>(c & 0xFF);
  }
  for (const std::string& bytes : {le, be}) {
    const CsvTable t = parsed(bytes);
    EXPECT_EQ(t.separator(), '\t');
    ASSERT_EQ(t.rows(), 2u);
    EXPECT_EQ(t.cell(0, 0), "Östliche Innenstadt");
    EXPECT_EQ(t.cell(1, 0), "𝄞") << "a surrogate pair";
  }
  EXPECT_EQ(errorOf(le.substr(0, le.size() - 1)), tr(Str::CsvErrUtf16)) << "odd length";
  EXPECT_EQ(errorOf(std::string("\xFF\xFE\x00\xD8\x41\x00", 6)), tr(Str::CsvErrUtf16)) << "lone surrogate";
}

TEST(Csv, RefusesNulBytesEmptyAndOversizedFiles) {
  EXPECT_EQ(errorOf(std::string("S\0t\0a\0d\0t\0", 10)), tr(Str::CsvErrNul)) << "UTF-16 without BOM";
  EXPECT_EQ(errorOf(""), tr(Str::ErrFileEmpty));
  EXPECT_EQ(errorOf(";;\r\n\r\n;\n"), tr(Str::ErrFileEmpty)) << "only empty cells";
  EXPECT_NE(errorOf(std::string(kCsvLimits.bytes + 1, 'a')).find("MB"), std::string::npos);
}

TEST(Csv, RowNumbersAreTheSpreadsheetsWithTitleLinesAndBlankRows) {
  const std::string bytes =
      "Kinder unter 6 nach Stadtteilen, 31.12.2023;;\n"
      ";;\n"
      "Stadtteil;Anzahl;Anteil\n"
      "Nord;12;3,5\n"
      ";;\n"
      "\n"
      "Süd;7;1,25\n";
  const CsvTable t = parsed(bytes);
  EXPECT_EQ(t.header(0), "Stadtteil") << "the title line above the table is not the header";
  ASSERT_EQ(t.rows(), 2u);
  EXPECT_EQ(t.rowNumber(0), 4u);
  EXPECT_EQ(t.rowNumber(1), 7u) << "blank rows count, as in Excel";
}

TEST(Csv, TrimsCellsAndToleratesRaggedRows) {
  const CsvTable t = parsed("Name ; Wert\n  Nord  ;  \" 7 \" ;extra\nSüd\n");
  EXPECT_EQ(t.header(0), "Name");
  EXPECT_EQ(t.cell(0, 0), "Nord");
  EXPECT_EQ(t.cell(0, 1), "7");
  EXPECT_EQ(t.columns(), 3u);
  EXPECT_EQ(t.cell(1, 1), "") << "missing cells read as empty";
  EXPECT_EQ(t.cell(1, 9), "");
}

TEST(Csv, NamesTheRowOfAnUnclosedQuote) {
  const std::string error = errorOf("Name;Wert\nNord;1\n\"Süd;2\nWest;3\n");
  EXPECT_EQ(error, trf(Str::CsvErrQuote, 3u));
}

TEST(Csv, LimitsColumnsAndCellLengthNamingTheRow) {
  std::string wide = "a;b\n1;2\n";
  for (std::uint32_t i = 0; i <= kCsvLimits.columns; ++i) wide += "x;";
  EXPECT_EQ(errorOf(wide + "\n"), trf(Str::CsvErrTooManyColumns, 3u, kCsvLimits.columns));
  const std::string longCell = "a;b\n1;" + std::string(kCsvLimits.cellBytes + 1, 'x') + "\n";
  EXPECT_EQ(errorOf(longCell), trf(Str::CsvErrCellTooLong, 2u, 2u, kCsvLimits.cellBytes));
}

TEST(Csv, LimitsRows) {
  std::string bytes = "Name;Wert\n";
  for (std::uint32_t i = 0; i <= kCsvLimits.rows; ++i) bytes += "a;1\n";
  EXPECT_EQ(errorOf(bytes), trf(Str::CsvErrTooManyRows, kCsvLimits.rows));
}

TEST(Csv, ParsesGermanAndEnglishNumbers) {
  EXPECT_EQ(parseNumber("1.234,5"), 1234.5);
  EXPECT_EQ(parseNumber("1234,5"), 1234.5);
  EXPECT_EQ(parseNumber("1234.5"), 1234.5);
  EXPECT_EQ(parseNumber("1,234.5"), 1234.5);
  EXPECT_EQ(parseNumber("1.234.567"), 1234567.0);
  EXPECT_EQ(parseNumber("-3"), -3.0);
  EXPECT_EQ(parseNumber("+7"), 7.0);
  EXPECT_EQ(parseNumber("\xE2\x88\x92"
                        "2,5"),
            -2.5)
      << "typographic minus";
  EXPECT_EQ(parseNumber("12,5 %"), 12.5);
  EXPECT_EQ(parseNumber("30,8%"), 30.8);
  EXPECT_EQ(parseNumber(" 7 "), 7.0);
  EXPECT_EQ(parseNumber("\xC2\xA0"
                        "42\xC2\xA0"),
            42.0)
      << "non-breaking spaces from Excel";
  EXPECT_EQ(parseNumber("0,123"), 0.123) << "a leading zero is never a thousands group";
  for (const char* text : {"+49 5181 123", "05181/123", "1e5", "ca. 20", "–", "-", ".", "", "12,5,3", "1.23.456",
                           "1.234,5,6", "1,5.3", ",5", "5,", "0x10", "inf", "nan", "1 234", "12 %%"})
    EXPECT_EQ(parseNumber(text), std::nullopt) << text;
}

TEST(Csv, AmbiguousThousandsAreDecidedByTheTable) {
  EXPECT_EQ(parseNumber("1.234", DecimalMark::Comma), 1234.0);
  EXPECT_EQ(parseNumber("1.234", DecimalMark::Point), 1.234);
  EXPECT_EQ(parseNumber("1,234", DecimalMark::Comma), 1.234);
  EXPECT_EQ(parseNumber("1,234", DecimalMark::Point), 1234.0);

  EXPECT_EQ(parsed("Name;Wert\nA;1.234\nB;0,5\n").number(0, 1), 1234.0) << "0,5 shows a decimal comma";
  EXPECT_EQ(parsed("Name;Wert\nA;1.234\nB;0.5\n").number(0, 1), 1.234) << "0.5 shows a decimal point";
  EXPECT_EQ(parsed("Name;Wert\nA;1.234\n").number(0, 1), 1234.0) << "no evidence, ';': German";
  EXPECT_EQ(parsed("Name,Wert\nA,1.234\n").number(0, 1), 1.234) << "no evidence, ',': English";
}

}  // namespace
}  // namespace nwk
