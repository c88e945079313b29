#include "core/io/csv.hpp"

#include <algorithm>
#include <cstdlib>

#include "core/text/i18n.hpp"
#include "core/text/utf8.hpp"

namespace nwk {
namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }

// Windows-1252's 0x80-0x9F; 0 for its five unassigned bytes (read as U+FFFD).
constexpr char16_t kCp1252High[32] = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                      0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
                                      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

std::string fromWindows1252(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 8);
  for (char ch : bytes) {
    const auto b = static_cast<unsigned char>(ch);
    const char32_t high = b >= 0x80 && b < 0xA0 ? kCp1252High[b - 0x80] : 0;
    appendUtf8(out, b >= 0x80 && b < 0xA0 ? (high ? high : 0xFFFD) : b);
  }
  return out;
}

// Nothing for a broken file: odd length, a lone surrogate, a NUL character.
std::optional<std::string> fromUtf16(std::string_view bytes, bool bigEndian) {
  if (bytes.size() % 2 != 0) return std::nullopt;
  const auto unit = [&](std::size_t i) -> char32_t {
    const auto a = static_cast<unsigned char>(bytes[i]), b = static_cast<unsigned char>(bytes[i + 1]);
    return bigEndian ? (char32_t{a} << 8 | b) : (char32_t{b} << 8 | a);
  };
  std::string out;
  out.reserve(bytes.size() / 2);
  for (std::size_t i = 0; i < bytes.size(); i += 2) {
    char32_t c = unit(i);
    if (c >= 0xD800 && c < 0xDC00 && i + 2 < bytes.size()) {
      const char32_t low = unit(i + 2);
      if (low < 0xDC00 || low > 0xDFFF) return std::nullopt;
      c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
      i += 2;
    } else if ((c >= 0xD800 && c <= 0xDFFF) || c == 0) {
      return std::nullopt;
    }
    appendUtf8(out, c);
  }
  return out;
}

// The file's text as UTF-8; on failure nothing and the message in error.
std::optional<std::string> decode(std::string_view bytes, std::string& error) {
  if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF")) {
    auto text = fromUtf16(bytes.substr(2), bytes[0] == '\xFE');
    if (!text) error = tr(Str::CsvErrUtf16);
    return text;
  }
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  if (bytes.find('\0') != std::string_view::npos) {
    error = tr(Str::CsvErrNul);
    return std::nullopt;
  }
  return isValidUtf8(bytes) ? std::string(bytes) : fromWindows1252(bytes);
}

// Of ';' tab ',': the one splitting most of the first lines (outside quotes) into the same
// number of cells. A tie goes to the earlier candidate.
char detectSeparator(std::string_view text) {
  constexpr std::size_t kLines = 20;
  char chosen = ';';
  std::size_t bestScore = 0;
  for (char sep : {';', '\t', ','}) {
    std::vector<std::uint32_t> counts;  // separators per line (32 bits: sorted by the same code as ids)
    std::uint32_t count = 0;
    bool quoted = false, content = false;
    for (std::size_t i = 0; i <= text.size() && counts.size() < kLines; ++i) {
      const char c = i < text.size() ? text[i] : '\n';
      if (c == '"') quoted = !quoted;
      if (quoted) continue;
      if (c == '\n' || c == '\r') {
        if (content) counts.push_back(count);
        count = 0;
        content = false;
      } else if (c == sep) {
        ++count;
      }
      content |= c != ' ' && c != '\n' && c != '\r';
    }
    std::sort(counts.begin(), counts.end());
    for (std::size_t i = 0, j = 0; i < counts.size(); i = j) {
      while (j < counts.size() && counts[j] == counts[i]) ++j;
      if (counts[i] > 0 && j - i > bestScore) bestScore = j - i, chosen = sep;
    }
  }
  return chosen;
}

// Excel's "sep=;" first line: the separator, and the line's length with its end.
std::optional<std::pair<char, std::size_t>> excelSeparatorLine(std::string_view in) {
  if (!in.starts_with("sep=") || in.size() < 5 || std::string_view("\"\r\n").find(in[4]) != std::string_view::npos)
    return std::nullopt;
  const std::string_view end = in.substr(5, 2);
  if (end.empty()) return std::pair(in[4], std::size_t{5});
  if (end == "\r\n") return std::pair(in[4], std::size_t{7});
  if (end[0] == '\r' || end[0] == '\n') return std::pair(in[4], std::size_t{6});
  return std::nullopt;
}

std::string_view trimNumber(std::string_view s) {
  for (bool again = true; again;) {
    again = false;
    for (std::string_view blank : {" ", "\t", "\xC2\xA0", "\xE2\x80\xAF"}) {
      if (s.starts_with(blank)) s.remove_prefix(blank.size()), again = true;
      if (s.ends_with(blank)) s.remove_suffix(blank.size()), again = true;
    }
  }
  return s;
}

struct NumberForm {
  double value = 0.0;
  std::optional<DecimalMark> shows;  // the decimal mark the form proves, if it does
};

std::optional<NumberForm> readNumber(std::string_view s, DecimalMark ambiguous) {
  s = trimNumber(s);
  if (s.ends_with('%')) s = trimNumber(s.substr(0, s.size() - 1));
  char digits[80];
  std::size_t n = 0;
  if (s.starts_with('-') || s.starts_with("\xE2\x88\x92")) digits[n++] = '-';
  if (s.starts_with('-') || s.starts_with('+')) s.remove_prefix(1);
  else if (s.starts_with("\xE2\x88\x92")) s.remove_prefix(3);
  if (s.empty() || s.size() > 64 || !isDigit(s.front()) || !isDigit(s.back())) return std::nullopt;

  std::size_t commas = 0, points = 0, last = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (isDigit(s[i])) continue;
    if (s[i] == ',') ++commas;
    else if (s[i] == '.') ++points;
    else return std::nullopt;
    last = i;
  }
  const auto markOf = [](char c) { return c == ',' ? DecimalMark::Comma : DecimalMark::Point; };
  NumberForm form;
  char group = 0;
  std::size_t decimal = s.size();  // the decimal mark's position; size() for none
  if (commas > 0 && points > 0) {  // "1.234,5": the last one is the decimal mark
    if ((s[last] == ',' ? commas : points) != 1) return std::nullopt;
    decimal = last;
    group = s[last] == ',' ? '.' : ',';
    form.shows = markOf(s[last]);
  } else if (commas + points == 1) {  // "1,5", "0.123"; "1.234" is ambiguous
    const bool groupable = last <= 3 && s[0] != '0' && s.size() - last == 4;
    if (!groupable || markOf(s[last]) == ambiguous) decimal = last;
    else group = s[last];
    if (!groupable) form.shows = markOf(s[last]);
  } else if (commas + points > 1) {  // "1.234.567"
    group = commas > 0 ? ',' : '.';
    form.shows = markOf(group == ',' ? '.' : ',');
  }
  const std::string_view whole = s.substr(0, decimal);
  if (group != 0) {  // groups of three after a first of one to three digits, no leading 0
    std::size_t run = 0, groups = 0;
    for (char c : whole) {
      if (c != group) ++run;
      else if (groups++ == 0 ? run > 3 : run != 3) return std::nullopt;
      else run = 0;
    }
    if (run != 3 || whole[0] == '0') return std::nullopt;
  }
  for (char c : whole)
    if (c != group) digits[n++] = c;
  if (decimal < s.size()) {
    digits[n++] = '.';
    for (char c : s.substr(decimal + 1)) digits[n++] = c;
  }
  digits[n] = '\0';
  form.value = std::strtod(digits, nullptr);
  return form;
}

}  // namespace

std::optional<double> parseNumber(std::string_view text, DecimalMark ambiguous) {
  const auto form = readNumber(text, ambiguous);
  return form ? std::optional<double>(form->value) : std::nullopt;
}

std::string cellExcerpt(std::string_view cell) {
  constexpr std::size_t kMaxBytes = 60;
  if (cell.empty()) return tr(Str::CsvEmptyCell);
  if (cell.size() <= kMaxBytes) return std::string(cell);
  return std::string(cell.substr(0, utf8Prefix(cell, kMaxBytes))) + "…";
}

std::string quotedList(const std::vector<std::string>& names) {
  constexpr std::size_t kShown = 12;
  std::string out;
  for (std::size_t i = 0; i < names.size() && i < kShown; ++i)
    out += (i > 0 ? ", " : "") + trf(Str::CsvQuoted, cellExcerpt(names[i]).c_str());
  if (names.size() > kShown) out += " " + trf(Str::CsvMore, static_cast<unsigned>(names.size() - kShown));
  return out;
}

void appendLines(std::string& out, std::size_t count, const std::function<std::string(std::size_t)>& line) {
  constexpr std::size_t kShown = 12;
  for (std::size_t i = 0; i < count && i < kShown; ++i) out += line(i) + "\n";
  if (count > kShown) out += trf(Str::CsvMore, static_cast<unsigned>(count - kShown)) + "\n";
}

std::string_view CsvTable::cellOf(std::size_t record, std::size_t column) const {
  const std::size_t begin = rowBegins_[record], end = rowBegins_[record + 1];
  if (column >= end - begin) return {};
  const std::size_t k = begin + column;
  const std::size_t start = k == 0 ? 0 : cellEnds_[k - 1];
  return std::string_view(text_).substr(start, cellEnds_[k] - start);
}

std::optional<double> CsvTable::number(std::size_t row, std::size_t column) const {
  return parseNumber(cell(row, column), decimalMark_);
}

// Splits the decoded text into the table's records.
class CsvReader {
 public:
  CsvReader(std::string_view text, CsvTable& table) : in_(text), t_(table) {}

  // The error message, or nothing on success.
  std::optional<std::string> read();

 private:
  bool blank(char c) const { return c == ' ' || (c == '\t' && t_.separator_ != '\t'); }
  bool cellEnd(char c) const { return c == t_.separator_ || c == '\n' || c == '\r'; }
  std::optional<std::string> readCell(std::uint32_t record);
  void trimCell(std::size_t start);
  void dropTitleRows();
  void decideDecimalMark();

  std::string_view in_;
  std::size_t pos_ = 0;
  CsvTable& t_;
};

std::optional<std::string> CsvReader::readCell(std::uint32_t record) {
  const std::size_t start = t_.text_.size();
  std::string& out = t_.text_;
  while (pos_ < in_.size() && blank(in_[pos_])) ++pos_;
  if (pos_ < in_.size() && in_[pos_] == '"') {
    for (++pos_;;) {
      if (pos_ >= in_.size()) return trf(Str::CsvErrQuote, record);
      const char c = in_[pos_++];
      if (c == '"' && (pos_ >= in_.size() || in_[pos_] != '"')) break;
      if (c == '"') ++pos_;
      if (c == '\r' && pos_ < in_.size() && in_[pos_] == '\n') continue;  // CRLF inside a cell: LF
      out += c == '\r' ? '\n' : c;
    }
  }
  while (pos_ < in_.size() && !cellEnd(in_[pos_])) out += in_[pos_++];
  trimCell(start);
  const std::size_t column = t_.cellEnds_.size() - t_.rowBegins_.back() + 1;
  if (out.size() - start > kCsvLimits.cellBytes)
    return trf(Str::CsvErrCellTooLong, record, static_cast<unsigned>(column), kCsvLimits.cellBytes);
  if (column > kCsvLimits.columns) return trf(Str::CsvErrTooManyColumns, record, kCsvLimits.columns);
  if (t_.cellEnds_.size() >= kCsvLimits.cells) return trf(Str::CsvErrTooManyCells, kCsvLimits.cells);
  t_.cellEnds_.push_back(static_cast<std::uint32_t>(out.size()));
  return std::nullopt;
}

void CsvReader::trimCell(std::size_t start) {
  std::string& out = t_.text_;
  while (out.size() > start && (out.back() == ' ' || out.back() == '\t')) out.pop_back();
  std::size_t first = start;
  while (first < out.size() && (out[first] == ' ' || out[first] == '\t')) ++first;
  out.erase(start, first - start);
}

std::optional<std::string> CsvReader::read() {
  if (const auto hint = excelSeparatorLine(in_)) {
    t_.separator_ = hint->first;
    pos_ = hint->second;
  } else {
    t_.separator_ = detectSeparator(in_);
  }
  t_.rowBegins_.push_back(0);
  for (std::uint32_t record = 1; pos_ < in_.size(); ++record) {
    const std::size_t textStart = t_.text_.size();
    for (;;) {
      if (auto error = readCell(record)) return error;
      if (pos_ < in_.size() && in_[pos_] == t_.separator_) {
        ++pos_;
        continue;
      }
      if (pos_ < in_.size() && in_[pos_] == '\r') ++pos_;
      if (pos_ < in_.size() && in_[pos_] == '\n') ++pos_;
      break;
    }
    if (t_.text_.size() == textStart) {  // only empty cells: skipped, but counted
      t_.cellEnds_.resize(t_.rowBegins_.back());
    } else {
      t_.rowBegins_.push_back(static_cast<std::uint32_t>(t_.cellEnds_.size()));
      t_.rowNumbers_.push_back(record);
    }
  }
  if (t_.rowNumbers_.empty()) return tr(Str::ErrFileEmpty);
  dropTitleRows();
  if (t_.rows() > kCsvLimits.rows) return trf(Str::CsvErrTooManyRows, kCsvLimits.rows);
  for (std::size_t r = 0; r + 1 < t_.rowBegins_.size(); ++r)
    t_.columns_ = std::max<std::size_t>(t_.columns_, t_.rowBegins_[r + 1] - t_.rowBegins_[r]);
  decideDecimalMark();
  return std::nullopt;
}

// Offices put a title line or two above the table ("Kinder unter 6 nach Stadtteilen;;;"):
// the header is the first row with more than its first cell filled, if there is one.
void CsvReader::dropTitleRows() {
  const std::size_t records = t_.rowNumbers_.size();
  for (std::size_t r = 0; r < records; ++r) {
    bool moreThanFirst = false;
    for (std::size_t c = 1; c < t_.rowBegins_[r + 1] - t_.rowBegins_[r]; ++c) moreThanFirst |= !t_.cellOf(r, c).empty();
    if (!moreThanFirst) continue;
    t_.rowBegins_.erase(t_.rowBegins_.begin(), t_.rowBegins_.begin() + static_cast<std::ptrdiff_t>(r));
    t_.rowNumbers_.erase(t_.rowNumbers_.begin(), t_.rowNumbers_.begin() + static_cast<std::ptrdiff_t>(r));
    return;
  }
}

void CsvReader::decideDecimalMark() {
  std::size_t commas = 0, points = 0;
  for (std::size_t r = 1; r + 1 < t_.rowBegins_.size(); ++r) {
    for (std::size_t c = 0; c < t_.rowBegins_[r + 1] - t_.rowBegins_[r]; ++c) {
      const auto form = readNumber(t_.cellOf(r, c), DecimalMark::Comma);
      if (form && form->shows) (*form->shows == DecimalMark::Comma ? commas : points) += 1;
    }
  }
  const bool tie = commas == points;
  t_.decimalMark_ = (tie ? t_.separator_ == ',' : points > commas) ? DecimalMark::Point : DecimalMark::Comma;
}

CsvResult parseCsv(std::string_view bytes) {
  CsvResult result;
  if (bytes.empty()) {
    result.error = tr(Str::ErrFileEmpty);
    return result;
  }
  if (bytes.size() > kCsvLimits.bytes) {
    result.error = trf(Str::ErrFileTooLarge, static_cast<double>(bytes.size()) / (1024.0 * 1024.0),
                       static_cast<int>(kCsvLimits.bytes / (1024 * 1024)));
    return result;
  }
  const std::optional<std::string> text = decode(bytes, result.error);
  if (!text) return result;
  CsvTable table;
  if (auto error = CsvReader(*text, table).read()) {
    result.error = std::move(*error);
    return result;
  }
  result.table = std::move(table);
  return result;
}

}  // namespace nwk
