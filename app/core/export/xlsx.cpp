#include "core/export/xlsx.hpp"

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <iterator>

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
// Style 0 plain, 1 bold (the header).
constexpr const char* kStyles =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
    "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
    "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
    "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
    "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
    "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
    "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
    "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
    "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/></cellXfs>"
    "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>";

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

// Appends the parts one after the other (one call instead of a chain of temporaries).
void put(std::string& out, std::initializer_list<std::string_view> parts) {
  for (std::string_view part : parts) out += part;
}

// "A1:K50", or with mark "$": "$A$1:$K$50".
std::string range(const XlsxSheet& sheet, std::string_view mark) {
  std::string out;
  put(out, {mark, "A", mark, "1:", mark, columnLetters(sheet.columns() - 1), mark,
            std::to_string(std::max<std::uint32_t>(sheet.rows(), 1))});
  return out;
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
    put(xml, {"<Override PartName=\"/xl/worksheets/sheet", std::to_string(i),
              ".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"});
  return xml + "</Types>";
}

// The package's relationship to the workbook, or the workbook's: rId1..rIdN the sheets,
// rId(N+1) the styles.
std::string relationships(std::size_t sheets, bool package) {
  std::string xml;
  put(xml, {kXmlDeclaration, "<Relationships xmlns=\"", kPackageRelationships, "\">"});
  if (package)
    put(xml, {"<Relationship Id=\"rId1\" Type=\"", kRelationships, "/officeDocument\" Target=\"xl/workbook.xml\"/>"});
  for (std::size_t i = 1; !package && i <= sheets + 1; ++i) {
    const std::string n = std::to_string(i);
    put(xml, {"<Relationship Id=\"rId", n, "\" Type=\"", kRelationships});
    if (i > sheets) put(xml, {"/styles\" Target=\"styles.xml\"/>"});
    else put(xml, {"/worksheet\" Target=\"worksheets/sheet", n, ".xml\"/>"});
  }
  return xml + "</Relationships>";
}

// The sheets, and each one's AutoFilter range as Excel names it (_xlnm._FilterDatabase).
std::string workbook(const std::vector<XlsxSheet>& sheets, const std::vector<std::string>& names) {
  std::string xml, filters;
  put(xml, {kXmlDeclaration, "<workbook xmlns=\"", kMain, "\" xmlns:r=\"", kRelationships, "\"><sheets>"});
  for (std::size_t i = 0; i < sheets.size(); ++i) {
    const std::string n = std::to_string(i + 1);
    xml += "<sheet name=\"";
    appendXml(xml, names[i]);
    put(xml, {"\" sheetId=\"", n, "\" r:id=\"rId", n, "\"/>"});
    if (sheets[i].columns() == 0) continue;
    put(filters,
        {"<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"", std::to_string(i), "\" hidden=\"1\">'"});
    std::string quoted;
    for (char c : names[i]) quoted.append(c == '\'' ? 2 : 1, c);
    appendXml(filters, quoted);
    put(filters, {"'!", range(sheets[i], "$"), "</definedName>"});
  }
  xml += "</sheets>";
  if (!filters.empty()) put(xml, {"<definedNames>", filters, "</definedNames>"});
  return xml + "</workbook>";
}

}  // namespace

std::string columnLetters(std::uint32_t column) {
  char letters[8];  // 16,384 columns at most: "XFD"
  char* first = std::end(letters);
  for (std::uint32_t n = column + 1; n > 0; n = (n - 1) / 26) *--first = static_cast<char>('A' + (n - 1) % 26);
  return std::string(first, std::end(letters));
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

// The cell's start; `type` its attribute's rest: "\" t=\"inlineStr" for text, "" for a number.
void XlsxSheet::beginCell(std::size_t length, std::string_view type) {
  const std::string row = std::to_string(row_ + 1);
  if (!rowOpen_) put(data_, {"<row r=\"", row, "\">"});
  rowOpen_ = true;
  put(data_, {"<c r=\"", columnLetters(column_), row, row_ == 0 ? "\" s=\"1" : "", type, "\">"});
  if (widths_.size() <= column_) widths_.resize(column_ + 1, 0);
  widths_[column_] = std::max(widths_[column_], static_cast<std::uint16_t>(std::min<std::size_t>(length, kMaxWidth)));
  ++column_;
}

void XlsxSheet::putText(std::string_view cell) {
  if (cell.empty()) return putEmpty();
  std::string escaped;
  const std::size_t characters = appendXml(escaped, cell);
  beginCell(characters, "\" t=\"inlineStr");
  put(data_, {"<is><t xml:space=\"preserve\">", escaped, "</t></is></c>"});
}

void XlsxSheet::putNumber(double value) {
  if (!std::isfinite(value)) return putEmpty();
  const std::string text = formatNumber(value, 10, '.');
  beginCell(text.size(), "");
  put(data_, {"<v>", text, "</v></c>"});
}

void XlsxSheet::putEndRow() {
  if (rowOpen_) data_ += "</row>";
  rowOpen_ = false;
  ++row_;
  column_ = 0;
}

std::string XlsxSheet::xml() const {
  std::string xml;
  put(xml, {kXmlDeclaration, "<worksheet xmlns=\"", kMain,
            "\"><sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" "
            "activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>"});
  for (std::size_t c = 0; c < widths_.size(); ++c) {
    const std::string n = std::to_string(c + 1);
    put(xml, {c == 0 ? "<cols>" : "", "<col min=\"", n, "\" max=\"", n, "\" width=\"",
              std::to_string(std::max(widths_[c], kMinWidth) + 2), "\" customWidth=\"1\"/>",
              c + 1 == widths_.size() ? "</cols>" : ""});
  }
  put(xml, {"<sheetData>", data_, "</sheetData>"});
  if (!widths_.empty()) put(xml, {"<autoFilter ref=\"", range(*this, ""), "\"/>"});
  return xml + "</worksheet>";
}

std::string xlsxFile(const std::vector<XlsxSheet>& sheets) {
  std::vector<std::string> names;
  for (const XlsxSheet& sheet : sheets) names.push_back(sheetName(sheet.name(), names));
  std::vector<ZipEntry> entries = {{"[Content_Types].xml", contentTypes(sheets.size())},
                                   {"_rels/.rels", relationships(0, true)},
                                   {"xl/workbook.xml", workbook(sheets, names)},
                                   {"xl/_rels/workbook.xml.rels", relationships(sheets.size(), false)},
                                   {"xl/styles.xml", kStyles}};
  for (std::size_t i = 0; i < sheets.size(); ++i)
    entries.push_back({"xl/worksheets/sheet" + std::to_string(i + 1) + ".xml", sheets[i].xml()});
  return zipStored(entries);
}

}  // namespace nwk
