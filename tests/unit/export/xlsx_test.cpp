// The workbook writer (xlsx.hpp) and its ZIP container (zip.hpp): the archive read back by
// its central directory with each entry's CRC-32, the SpreadsheetML parts Excel looks for,
// typed cells, escaping, what XML forbids dropped, and Excel's rules for sheet names.
#include <gtest/gtest.h>

#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include "core/export/xlsx.hpp"
#include "core/export/zip.hpp"
#include "core/io/checksum.hpp"
#include "core/text/i18n.hpp"

namespace nwk {
namespace {

std::uint32_t read16(std::string_view b, std::size_t at) {
  return static_cast<unsigned char>(b[at]) | static_cast<unsigned char>(b[at + 1]) << 8;
}
std::uint32_t read32(std::string_view b, std::size_t at) { return read16(b, at) | read16(b, at + 2) << 16; }

// The entries as an unzip tool reads them: from the end record through the central
// directory to each local header; every stored entry's CRC checked.
std::map<std::string, std::string> unzip(std::string_view zip) {
  std::map<std::string, std::string> entries;
  const std::size_t end = zip.size() - 22;
  EXPECT_EQ(read32(zip, end), 0x06054B50u) << "end record";
  const std::uint32_t count = read16(zip, end + 10);
  std::size_t at = read32(zip, end + 16);
  EXPECT_EQ(at + read32(zip, end + 12), end) << "the directory ends where the end record starts";
  for (std::uint32_t i = 0; i < count; ++i) {
    EXPECT_EQ(read32(zip, at), 0x02014B50u) << "directory entry " << i;
    const std::uint32_t crc = read32(zip, at + 16), size = read32(zip, at + 24), nameLength = read16(zip, at + 28);
    const std::string name(zip.substr(at + 46, nameLength));
    const std::size_t local = read32(zip, at + 42);
    EXPECT_EQ(read32(zip, local), 0x04034B50u) << name;
    EXPECT_EQ(read16(zip, local + 8), 0u) << name << " is stored";
    EXPECT_EQ(read32(zip, local + 14), crc) << name;
    EXPECT_EQ(zip.substr(local + 30, nameLength), name);
    const std::string bytes(zip.substr(local + 30 + nameLength + read16(zip, local + 28), size));
    EXPECT_EQ(crc32(bytes), crc) << name;
    entries[name] = bytes;
    at += 46 + nameLength + read16(zip, at + 30) + read16(zip, at + 32);
  }
  return entries;
}

bool contains(std::string_view text, std::string_view part) { return text.find(part) != std::string_view::npos; }

}  // namespace

TEST(Zip, StoredEntriesReadBackWithTheirChecksums) {
  const std::string zip = zipStored({{"a.txt", "123456789"}, {"dir/b.xml", "<b/>"}, {"empty", ""}});
  EXPECT_EQ(crc32("123456789"), 0xCBF43926u);
  const auto entries = unzip(zip);
  ASSERT_EQ(entries.size(), 3u);
  EXPECT_EQ(entries.at("a.txt"), "123456789");
  EXPECT_EQ(entries.at("dir/b.xml"), "<b/>");
  EXPECT_EQ(entries.at("empty"), "");
  EXPECT_EQ(zip, zipStored({{"a.txt", "123456789"}, {"dir/b.xml", "<b/>"}, {"empty", ""}})) << "no clock in the bytes";
}

TEST(Xlsx, AWorkbookHasThePartsExcelOpensAndASheetPerTable) {
  std::vector<XlsxSheet> sheets;
  sheets.emplace_back("Angebote").text("Name").endRow();
  sheets.emplace_back("Stärken").text("Text").endRow();
  const auto parts = unzip(xlsxFile(sheets));
  for (const char* part : {"[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                           "xl/styles.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"})
    EXPECT_EQ(parts.count(part), 1u) << part;
  EXPECT_EQ(parts.size(), 7u);
  const std::string& workbook = parts.at("xl/workbook.xml");
  EXPECT_TRUE(contains(workbook, R"(<sheet name="Angebote" sheetId="1" r:id="rId1"/>)")) << workbook;
  EXPECT_TRUE(contains(workbook, R"(<sheet name="Stärken" sheetId="2" r:id="rId2"/>)"));
  EXPECT_TRUE(contains(workbook, R"(localSheetId="1" hidden="1">'Stärken'!$A$1:$A$1</definedName>)"));
  EXPECT_TRUE(contains(parts.at("xl/_rels/workbook.xml.rels"), R"(Id="rId3" Type=")"));
  EXPECT_TRUE(contains(parts.at("[Content_Types].xml"), R"(PartName="/xl/worksheets/sheet2.xml")"));
  EXPECT_TRUE(contains(parts.at("xl/styles.xml"), "<font><b/>")) << "a bold font for the header";
}

TEST(Xlsx, CellsAreTypedAndEmptyOnesSkipped) {
  XlsxSheet sheet("T");
  sheet.text("Schlüssel").text("Wert").text("").text("Notiz").endRow();
  sheet.text("01").number(28.6).empty().text("x").endRow();
  sheet.number(-3).endRow();
  const std::string xml = sheet.xml();
  EXPECT_TRUE(contains(xml, R"(<c r="A1" s="1" t="inlineStr"><is><t xml:space="preserve">Schlüssel</t></is></c>)"))
      << "the header bold";
  EXPECT_TRUE(contains(xml, R"(<row r="2"><c r="A2" t="inlineStr"><is><t xml:space="preserve">01</t></is></c>)"))
      << "a code stays text: " << xml;
  EXPECT_TRUE(contains(xml, R"(<c r="B2"><v>28.6</v></c><c r="D2" t="inlineStr">)")) << "a number, C2 skipped";
  EXPECT_TRUE(contains(xml, R"(<c r="A3"><v>-3</v></c>)"));
  EXPECT_TRUE(contains(xml, R"(<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>)"));
  EXPECT_TRUE(contains(xml, R"(<autoFilter ref="A1:D3"/>)"));
  EXPECT_TRUE(contains(xml, R"(<col min="1" max="1" width="11" customWidth="1"/>)")) << "Schlüssel: 9 characters";
  EXPECT_TRUE(contains(xml, R"(<col min="2" max="2" width="8" customWidth="1"/>)")) << "at least 6 wide";
  EXPECT_EQ(sheet.rows(), 3u);
  EXPECT_EQ(sheet.columns(), 4u);
}

TEST(Xlsx, TextIsEscapedAndWhatXmlForbidsDropped) {
  XlsxSheet sheet("T");
  sheet.text("a<b> & \"c\"\x01\x0B\xEF\xBF\xBF\xC3 ü\tz\n").endRow();
  EXPECT_TRUE(contains(sheet.xml(), "<t xml:space=\"preserve\">a&lt;b&gt; &amp; &quot;c&quot; ü\tz\n</t>"))
      << sheet.xml();
  XlsxSheet longCell("T");
  longCell.text(std::string(40000, 'x')).endRow();
  EXPECT_TRUE(contains(longCell.xml(), std::string(32767, 'x') + "</t>"));
  EXPECT_FALSE(contains(longCell.xml(), std::string(32768, 'x'))) << "Excel's limit per cell";
}

TEST(Xlsx, SheetNamesFollowExcelsRules) {
  EXPECT_EQ(sheetName("Probleme/Lösungen [alt]", {}), "Probleme Lösungen  alt ");
  EXPECT_EQ(sheetName("a:b*c?d\\e", {}), "a b c d e");
  EXPECT_EQ(sheetName("Angebote je Stadtteil und Altersgruppe", {}), "Angebote je Stadtteil und Alter") << "31";
  EXPECT_EQ(sheetName("Angebote", {"angebote"}), "Angebote (2)") << "unique regardless of case";
  EXPECT_EQ(sheetName("Angebote", {"Angebote", "Angebote (2)"}), "Angebote (3)");
  EXPECT_EQ(sheetName("Angebote je Stadtteil und Altersgruppe", {"Angebote je Stadtteil und Alter"}),
            "Angebote je Stadtteil und A (2)");
  EXPECT_EQ(sheetName("", {}), tr(Str::TablesFile));
  EXPECT_EQ(sheetName("Ä\x02", {}), "Ä");
}

TEST(Xlsx, ColumnLetters) {
  EXPECT_EQ(columnLetters(0), "A");
  EXPECT_EQ(columnLetters(25), "Z");
  EXPECT_EQ(columnLetters(26), "AA");
  EXPECT_EQ(columnLetters(701), "ZZ");
  EXPECT_EQ(columnLetters(702), "AAA");
}

}  // namespace nwk
