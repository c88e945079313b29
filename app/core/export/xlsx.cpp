#include "core/export/xlsx.hpp"

#include <algorithm>
#include <cmath>

#include "core/export/zip.hpp"
#include "core/model/labels.hpp"
#include "core/text/i18n.hpp"
#include "core/text/utf8.hpp"

namespace nwk {
namespace {

constexpr std::size_t kCellUnits = 32767;  // Excel's most characters (UTF-16 units) in a cell
constexpr std::size_t kNameUnits = 31;     // and in a sheet's name
constexpr std::uint16_t kMinWidth = 6, kMaxWidth = 60;
constexpr const char* kXmlDeclaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
constexpr const char* kMain = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
constexpr const char* kRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
constexpr const char* kPackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";

bool allowedInXml(char32_t c) {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
}

// Calls emit(code point, its bytes) for each character of text that XML 1.0 allows, while
// they fit in maxUnits UTF-16 units; returns how many characters it passed on.
template <class Emit> std::size_t forXmlCharacters(std::string_view text, std::size_t maxUnits, Emit emit) {
  std::size_t units = 0, characters = 0;
  while (!text.empty()) {
    const Utf8Char c = decodeUtf8(text);
    const std::size_t length = std::max<std::size_t>(c.length, 1);
    if (c.length > 0 && allowedInXml(c.codePoint)) {
      units += c.codePoint >= 0x10000 ? 2 : 1;
      if (units > maxUnits) break;
      emit(c.codePoint, text.substr(0, length));
      ++characters;
    }
    text.remove_prefix(length);
  }
  return characters;
}

// Appends text escaped for XML content and attributes; returns its characters.
std::size_t appendXml(std::string& out, std::string_view text, std::size_t maxUnits = kCellUnits) {
  return forXmlCharacters(text, maxUnits, [&](char32_t c, std::string_view bytes) {
    if (c == '&') out += "&amp;";
    else if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else if (c == '"') out += "&quot;";
    else out += bytes;
  });
}

std::string cleanName(std::string_view wanted, std::size_t maxUnits) {
  std::string name;
  forXmlCharacters(wanted, maxUnits, [&](char32_t c, std::string_view bytes) {
    if (c < 0x80 && std::string_view("[]:*?/\\\t\n\r").find(static_cast<char>(c)) != std::string_view::npos)
      name += ' ';
    else name += bytes;
  });
  return name;
}

bool sameIgnoringCase(std::string_view a, std::string_view b) {
  const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [&](char x, char y) { return lower(x) == lower(y); });
}

// "A1:K50", or with absolute = true "$A$1:$K$50".
std::string range(const XlsxSheet& sheet, bool absolute) {
  const std::string mark = absolute ? "$" : "";
  return mark + "A" + mark + "1:" + mark + columnLetters(sheet.columns() - 1) + mark +
         std::to_string(std::max<std::uint32_t>(sheet.rows(), 1));
}

std::string contentTypes(std::size_t sheets) {
  std::string xml =
      std::string(kXmlDeclaration) +
      "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
      "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
      "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
      "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
      "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/"
      "vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>";
  for (std::size_t i = 1; i <= sheets; ++i)
    xml += "<Override PartName=\"/xl/worksheets/sheet" + std::to_string(i) +
           ".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>";
  return xml + "</Types>";
}

std::string packageRelationships() {
  return std::string(kXmlDeclaration) + "<Relationships xmlns=\"" + kPackageRelationships +
         "\"><Relationship Id=\"rId1\" Type=\"" + kRelationships +
         "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>";
}

// Relationships rId1..rIdN are the sheets, rId(N+1) the styles.
std::string workbookRelationships(std::size_t sheets) {
  std::string xml = std::string(kXmlDeclaration) + "<Relationships xmlns=\"" + kPackageRelationships + "\">";
  for (std::size_t i = 1; i <= sheets; ++i)
    xml += "<Relationship Id=\"rId" + std::to_string(i) + "\" Type=\"" + kRelationships +
           "/worksheet\" Target=\"worksheets/sheet" + std::to_string(i) + ".xml\"/>";
  return xml + "<Relationship Id=\"rId" + std::to_string(sheets + 1) + "\" Type=\"" + kRelationships +
         "/styles\" Target=\"styles.xml\"/></Relationships>";
}

// The sheets, and each one's AutoFilter range as Excel names it (_xlnm._FilterDatabase).
std::string workbook(const std::vector<XlsxSheet>& sheets, const std::vector<std::string>& names) {
  std::string list, filters;
  for (std::size_t i = 0; i < sheets.size(); ++i) {
    list += "<sheet name=\"";
    appendXml(list, names[i]);
    list += "\" sheetId=\"" + std::to_string(i + 1) + "\" r:id=\"rId" + std::to_string(i + 1) + "\"/>";
    if (sheets[i].columns() == 0) continue;
    filters += "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"" + std::to_string(i) + "\" hidden=\"1\">'";
    std::string quoted;
    for (char c : names[i]) quoted.append(c == '\'' ? 2 : 1, c);
    appendXml(filters, quoted);
    filters += "'!" + range(sheets[i], true) + "</definedName>";
  }
  if (!filters.empty()) filters = "<definedNames>" + filters + "</definedNames>";
  return std::string(kXmlDeclaration) + "<workbook xmlns=\"" + kMain + "\" xmlns:r=\"" + kRelationships +
         "\"><sheets>" + list + "</sheets>" + filters + "</workbook>";
}

// Style 0 plain, 1 bold (the header).
std::string styles() {
  return std::string(kXmlDeclaration) + "<styleSheet xmlns=\"" + kMain +
         "\"><fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
         "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
         "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
         "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
         "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
         "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
         "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
         "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/></cellXfs>"
         "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>";
}

}  // namespace

std::string columnLetters(std::uint32_t column) {
  std::string letters;
  for (std::uint32_t n = column + 1; n > 0; n = (n - 1) / 26)
    letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
  return letters;
}

std::string sheetName(std::string_view wanted, const std::vector<std::string>& taken) {
  const auto isTaken = [&](const std::string& name) {
    return std::any_of(taken.begin(), taken.end(), [&](const std::string& t) { return sameIgnoringCase(t, name); });
  };
  const std::string base = wanted.empty() ? std::string(tr(Str::TablesFile)) : std::string(wanted);
  std::string name = cleanName(base, kNameUnits);
  for (int n = 2; isTaken(name); ++n) {
    const std::string suffix = " (" + std::to_string(n) + ")";
    name = cleanName(base, kNameUnits - suffix.size()) + suffix;
  }
  return name;
}

void XlsxSheet::beginCell(std::size_t length, const char* type) {
  const std::string row = std::to_string(row_ + 1);
  if (!rowOpen_) data_ += "<row r=\"" + row + "\">";
  rowOpen_ = true;
  data_ += "<c r=\"" + columnLetters(column_) + row + "\"";
  if (row_ == 0) data_ += " s=\"1\"";
  if (type) data_ += std::string(" t=\"") + type + "\"";
  data_ += '>';
  if (widths_.size() <= column_) widths_.resize(column_ + 1, 0);
  widths_[column_] = std::max(widths_[column_], static_cast<std::uint16_t>(std::min<std::size_t>(length, kMaxWidth)));
  ++column_;
}

void XlsxSheet::putText(std::string_view cell) {
  if (cell.empty()) return putEmpty();
  std::string escaped;
  const std::size_t characters = appendXml(escaped, cell);
  beginCell(characters, "inlineStr");
  data_ += "<is><t xml:space=\"preserve\">" + escaped + "</t></is></c>";
}

void XlsxSheet::putNumber(double value) {
  if (!std::isfinite(value)) return putEmpty();
  const std::string text = formatNumber(value, 10, '.');
  beginCell(text.size(), nullptr);
  data_ += "<v>" + text + "</v></c>";
}

void XlsxSheet::putEndRow() {
  if (rowOpen_) data_ += "</row>";
  rowOpen_ = false;
  ++row_;
  column_ = 0;
}

std::string XlsxSheet::xml() const {
  std::string xml = std::string(kXmlDeclaration) + "<worksheet xmlns=\"" + kMain +
                    "\"><sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" "
                    "activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>";
  if (!widths_.empty()) xml += "<cols>";
  for (std::size_t c = 0; c < widths_.size(); ++c) {
    const std::string n = std::to_string(c + 1);
    xml += "<col min=\"" + n + "\" max=\"" + n + "\" width=\"" + std::to_string(std::max(widths_[c], kMinWidth) + 2) +
           "\" customWidth=\"1\"/>";
  }
  if (!widths_.empty()) xml += "</cols>";
  xml += "<sheetData>" + data_ + "</sheetData>";
  if (!widths_.empty()) xml += "<autoFilter ref=\"" + range(*this, false) + "\"/>";
  return xml + "</worksheet>";
}

std::string xlsxFile(const std::vector<XlsxSheet>& sheets) {
  std::vector<std::string> names;
  for (const XlsxSheet& sheet : sheets) names.push_back(sheetName(sheet.name(), names));
  std::vector<ZipEntry> entries = {{"[Content_Types].xml", contentTypes(sheets.size())},
                                   {"_rels/.rels", packageRelationships()},
                                   {"xl/workbook.xml", workbook(sheets, names)},
                                   {"xl/_rels/workbook.xml.rels", workbookRelationships(sheets.size())},
                                   {"xl/styles.xml", styles()}};
  for (std::size_t i = 0; i < sheets.size(); ++i)
    entries.push_back({"xl/worksheets/sheet" + std::to_string(i + 1) + ".xml", sheets[i].xml()});
  return zipStored(entries);
}

}  // namespace nwk
