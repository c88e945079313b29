#include "core/import/indicator_import.hpp"

#include <algorithm>

#include "core/model/labels.hpp"
#include "core/model/validate.hpp"
#include "core/text/i18n.hpp"
#include "core/text/names.hpp"

namespace nwk {
namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }

std::size_t indexIn(const Session& s, const District* d) { return static_cast<std::size_t>(d - s.districts.data()); }

// The text without its non-ASCII characters, as maps that lost their umlauts write names
// ("Kumpfmhl" for "Kumpfmühl").
std::string withoutNonAscii(std::string_view text) {
  std::string out;
  for (char c : text)
    if (static_cast<unsigned char>(c) < 0x80) out += c;
  return out;
}

// Codes as numbers where they are numbers: "016", "16" and "16.0" are one code.
std::string codeKey(std::string_view text) {
  const std::size_t mark = text.find_last_of(".,");
  if (mark != std::string_view::npos && mark + 1 < text.size() &&
      text.find_first_not_of('0', mark + 1) == std::string_view::npos)
    text = text.substr(0, mark);
  const auto numeric = [](char c) { return isDigit(c) || c == '.' || c == ','; };
  if (text.empty() || !std::all_of(text.begin(), text.end(), numeric)) return nameKey(text);
  if (!std::all_of(text.begin(), text.end(), isDigit)) return std::string(text);  // "1,5" is not "15"
  const std::size_t first = std::min(text.find_first_not_of('0'), text.size() - 1);
  return std::string(text.substr(first));
}

// "Anteil (%)", "Anteil in %", "Anteil [%]", "Anteil %": {"Anteil", "%"}.
std::pair<std::string, std::string> splitUnit(std::string_view header) {
  for (std::string_view suffix : {"(in %)", "(%)", "[%]", " in %", "%"}) {
    if (!header.ends_with(suffix)) continue;
    std::string_view name = header.substr(0, header.size() - suffix.size());
    while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
    if (!name.empty()) return {std::string(name), "%"};
  }
  return {std::string(header), ""};
}

// The column whose cells name the most different districts, the leftmost of equals; nothing
// if none names any.
std::optional<std::size_t> findKeyColumn(const Session& s, const CsvTable& t, const DistrictMatcher& matcher) {
  std::optional<std::size_t> best;
  std::size_t bestCount = 0;
  for (std::size_t c = 0; c < t.columns(); ++c) {
    std::vector<bool> named(s.districts.size(), false);
    for (std::size_t r = 0; r < t.rows(); ++r)
      if (const District* d = matcher.find(t.cell(r, c))) named[indexIn(s, d)] = true;
    const auto count = static_cast<std::size_t>(std::count(named.begin(), named.end(), true));
    if (count > bestCount) best = c, bestCount = count;
  }
  return best;
}

class PreviewBuilder {
 public:
  PreviewBuilder(const Session& s, const CsvTable& t) : s_(s), t_(t), matcher_(s) {}
  std::optional<std::string> build(std::optional<std::size_t> keyColumn, IndicatorPreview& p);

 private:
  void matchRows(IndicatorPreview& p);
  void chooseColumns(IndicatorPreview& p) const;
  bool isSecondKey(std::size_t column) const;
  void readValues(IndicatorPreview& p) const;

  const Session& s_;
  const CsvTable& t_;
  DistrictMatcher matcher_;
  std::vector<Id> rowDistrict_;  // per table row: the district it imports to, or kNoId
};

std::optional<std::string> PreviewBuilder::build(std::optional<std::size_t> keyColumn, IndicatorPreview& p) {
  if (s_.districts.empty()) return tr(Str::ImportErrNoDistricts);
  if (t_.rows() == 0) return tr(Str::ImportErrNoRows);
  for (std::size_t c = 0; c < t_.columns(); ++c) p.headers.emplace_back(t_.header(c));
  if (keyColumn && *keyColumn >= t_.columns())
    return trf(Str::ImportErrKeyColumn, static_cast<unsigned>(*keyColumn + 1), static_cast<unsigned>(t_.columns()));
  if (!keyColumn) keyColumn = findKeyColumn(s_, t_, matcher_);
  if (!keyColumn) return trf(Str::ImportErrNoKeyColumn, cellExcerpt(s_.districts.front().name).c_str());
  p.keyColumn = *keyColumn;
  matchRows(p);
  chooseColumns(p);
  if (p.columns.empty()) return trf(Str::ImportErrNoIndicators, cellExcerpt(t_.header(p.keyColumn)).c_str());
  std::size_t added = 0;
  for (const ImportedIndicator& c : p.columns) added += c.existing == kNoId;
  if (s_.indicatorColumns.size() + added > kLimits.itemsPerKind)
    return trf(Str::ImportErrTooMany, kLimits.itemsPerKind, tr(Str::NounIndicator));
  readValues(p);
  return std::nullopt;
}

void PreviewBuilder::matchRows(IndicatorPreview& p) {
  std::vector<std::uint32_t> firstRow(s_.districts.size(), 0);
  rowDistrict_.assign(t_.rows(), kNoId);
  for (std::size_t r = 0; r < t_.rows(); ++r) {
    const std::string_view key = t_.cell(r, p.keyColumn);
    const District* d = matcher_.find(key);
    if (d == nullptr) {
      p.unmatchedRows.push_back({t_.rowNumber(r), std::string(key), 0});
      continue;
    }
    std::uint32_t& first = firstRow[indexIn(s_, d)];
    if (first != 0) {
      p.repeatedRows.push_back({t_.rowNumber(r), std::string(key), first});
      continue;
    }
    first = t_.rowNumber(r);
    rowDistrict_[r] = d->id;
  }
  for (std::size_t i = 0; i < s_.districts.size(); ++i)
    if (firstRow[i] == 0) p.districtsWithoutRow.push_back(s_.districts[i].id);
}

// A column naming the same district as the key in every matched row it fills: "Nr." beside
// "Stadtteil". Not an indicator, even when its cells are numbers.
bool PreviewBuilder::isSecondKey(std::size_t column) const {
  bool filled = false;
  for (std::size_t r = 0; r < t_.rows(); ++r) {
    if (rowDistrict_[r] == kNoId || t_.cell(r, column).empty()) continue;
    const District* d = matcher_.find(t_.cell(r, column));
    if (d == nullptr || d->id != rowDistrict_[r]) return false;
    filled = true;
  }
  return filled;
}

void PreviewBuilder::chooseColumns(IndicatorPreview& p) const {
  for (std::size_t c = 0; c < t_.columns(); ++c) {
    if (c == p.keyColumn) continue;
    const std::string header =
        p.headers[c].empty() ? trf(Str::ImportColumnNumber, static_cast<unsigned>(c + 1)) : p.headers[c];
    std::size_t filled = 0, numbers = 0;
    bool percent = false;
    for (std::size_t r = 0; r < t_.rows(); ++r) {
      const std::string_view cell = t_.cell(r, c);
      if (cell.empty()) continue;
      ++filled;
      if (!t_.number(r, c)) continue;
      ++numbers;
      percent |= cell.back() == '%';
    }
    auto [name, unit] = splitUnit(header);
    const bool repeated = std::any_of(p.columns.begin(), p.columns.end(),
                                      [&name = name](const ImportedIndicator& i) { return sameName(i.name, name); });
    if (numbers == 0 || numbers * 2 < filled || repeated || isSecondKey(c)) {
      p.skippedColumns.push_back(header);
      continue;
    }
    const auto existing = std::find_if(s_.indicatorColumns.begin(), s_.indicatorColumns.end(),
                                       [&name = name](const IndicatorColumn& i) { return sameName(i.name, name); });
    if (unit.empty() && percent) unit = "%";
    const Id existingId = existing == s_.indicatorColumns.end() ? kNoId : existing->id;
    p.columns.push_back({c, std::move(name), std::move(unit), existingId});
  }
}

void PreviewBuilder::readValues(IndicatorPreview& p) const {
  for (std::size_t r = 0; r < t_.rows(); ++r) {
    if (rowDistrict_[r] == kNoId) continue;
    ImportedDistrict d{rowDistrict_[r], t_.rowNumber(r), {}};
    for (const ImportedIndicator& column : p.columns) {
      const std::string_view cell = t_.cell(r, column.csvColumn);
      d.values.push_back(t_.number(r, column.csvColumn));
      if (!cell.empty() && !d.values.back()) p.notNumbers.push_back({d.row, column.name, std::string(cell)});
    }
    p.matched.push_back(std::move(d));
  }
}

// Inserts the new indicators and updates the existing ones; their ids, per preview column.
std::vector<Id> writeColumns(Change& change, const IndicatorPreview& preview, const std::string& source) {
  Session& s = change.session();
  std::vector<Id> ids;
  for (const ImportedIndicator& column : preview.columns) {
    const auto index = column.existing == kNoId ? -1 : indexOf(s.indicatorColumns, column.existing);
    if (index < 0) {
      ids.push_back(s.takeId());
      change.insert<IndicatorColumn>(s.indicatorColumns.size(), {ids.back(), column.name, column.unit, source, {}});
      continue;
    }
    IndicatorColumn updated = s.indicatorColumns[static_cast<std::size_t>(index)];
    if (!column.unit.empty()) updated.unit = column.unit;
    if (!source.empty()) updated.source = source;
    ids.push_back(updated.id);
    change.replace<IndicatorColumn>(static_cast<std::size_t>(index), std::move(updated));
  }
  return ids;
}

// Every district's values of the imported indicators: the table's, or none.
void writeValues(Change& change, const IndicatorPreview& preview, const std::vector<Id>& ids) {
  std::vector<std::pair<Id, std::uint32_t>> rows;  // district id, index in preview.matched; sorted
  for (std::size_t i = 0; i < preview.matched.size(); ++i)
    rows.emplace_back(preview.matched[i].district, static_cast<std::uint32_t>(i));
  std::sort(rows.begin(), rows.end());
  const auto imported = [&](const IndicatorValue& v) {
    return std::find(ids.begin(), ids.end(), v.column) != ids.end();
  };
  const std::vector<District>& districts = change.session().districts;
  for (std::size_t i = 0; i < districts.size(); ++i) {
    District d = districts[i];
    std::erase_if(d.indicators, imported);
    const auto row = std::lower_bound(rows.begin(), rows.end(), std::make_pair(d.id, std::uint32_t{0}));
    if (row != rows.end() && row->first == d.id) {
      const ImportedDistrict& table = preview.matched[row->second];
      for (std::size_t c = 0; c < ids.size() && c < table.values.size(); ++c)
        if (table.values[c]) d.indicators.push_back({ids[c], *table.values[c]});
    }
    change.replace<District>(i, std::move(d));
  }
}

}  // namespace

DistrictMatcher::DistrictMatcher(const Session& session) : session_(session) {
  for (std::size_t i = 0; i < session.districts.size(); ++i) {
    const District& d = session.districts[i];
    const auto index = static_cast<std::uint32_t>(i);
    names_.emplace_back(nameKey(d.name), index);
    asciiNames_.emplace_back(nameKey(withoutNonAscii(d.name)), index);
    if (!d.code.empty()) codes_.emplace_back(codeKey(d.code), index);
  }
  // By key, then index: the first district of a repeated key is found.
  for (auto* entries : {&names_, &asciiNames_, &codes_}) std::sort(entries->begin(), entries->end());
}

const District* DistrictMatcher::lookup(const std::vector<Entry>& entries, const std::string& key) const {
  if (key.empty()) return nullptr;
  const auto it = std::lower_bound(entries.begin(), entries.end(), key,
                                   [](const Entry& e, const std::string& k) { return e.first < k; });
  return it != entries.end() && it->first == key ? &session_.districts[it->second] : nullptr;
}

const District* DistrictMatcher::byName(std::string_view name) const {
  if (const District* d = lookup(names_, nameKey(name))) return d;
  return lookup(asciiNames_, nameKey(withoutNonAscii(name)));
}

const District* DistrictMatcher::find(std::string_view nameOrCode) const {
  if (const District* d = byName(nameOrCode)) return d;
  if (const District* d = lookup(codes_, codeKey(nameOrCode))) return d;
  const std::size_t afterCode = nameOrCode.find_first_not_of("0123456789");  // "01 Innenstadt"
  if (afterCode == 0 || afterCode == std::string_view::npos || nameOrCode[afterCode] != ' ') return nullptr;
  return byName(nameOrCode.substr(afterCode));
}

IndicatorPreviewResult previewIndicatorImport(const Session& session, std::string_view csvBytes,
                                              std::optional<std::size_t> keyColumn) {
  IndicatorPreviewResult result;
  CsvResult csv = parseCsv(csvBytes);
  if (!csv.table) {
    result.error = std::move(csv.error);
    return result;
  }
  IndicatorPreview preview;
  if (auto error = PreviewBuilder(session, *csv.table).build(keyColumn, preview)) result.error = std::move(*error);
  else result.preview = std::move(preview);
  return result;
}

bool applyIndicatorImport(Document& doc, const IndicatorPreview& preview, const std::string& source) {
  Change change(doc.session, tr(Str::ImportCmdIndicators));
  writeValues(change, preview, writeColumns(change, preview, source));
  const bool changed = !change.empty();
  doc.history.record(change.finish());
  return changed;
}

namespace {

// The first values of a column as they were read ("gelesen: Altstadt 1.234,5 · Nordstadt 98"),
// so that a decimal comma read as a thousands separator shows before anything changes.
std::string readValues(const IndicatorPreview& p, std::size_t column, const Session& session) {
  std::string values;
  int shown = 0;
  for (const ImportedDistrict& row : p.matched) {
    const District* d = findById(session.districts, row.district);
    if (!d || column >= row.values.size() || !row.values[column]) continue;
    values += (shown ? " · " : "") + d->name + " " + displayNumber(*row.values[column], 3);
    if (++shown == 3) break;
  }
  return values.empty() ? std::string() : " — " + trf(Str::ImportReadAs, values.c_str());
}

}  // namespace

std::string describe(const IndicatorPreview& p, const Session& session) {
  const auto count = [](std::size_t n) { return static_cast<unsigned>(n); };
  std::string out = trf(Str::ImportKeySummary, cellExcerpt(p.headers[p.keyColumn]).c_str(), count(p.matched.size()),
                        count(session.districts.size())) +
                    "\n";
  appendLines(out, p.columns.size(), [&](std::size_t i) {
    const ImportedIndicator& c = p.columns[i];
    const std::string name = c.unit.empty() ? c.name : c.name + " (" + c.unit + ")";
    return trf(c.existing == kNoId ? Str::ImportIndicatorNew : Str::ImportIndicatorUpdate, name.c_str()) +
           readValues(p, i, session);
  });
  if (!p.skippedColumns.empty()) out += trf(Str::ImportSkippedColumns, quotedList(p.skippedColumns).c_str()) + "\n";
  appendLines(out, p.unmatchedRows.size(), [&](std::size_t i) {
    return trf(Str::ImportUnmatchedRow, p.unmatchedRows[i].row, cellExcerpt(p.unmatchedRows[i].text).c_str());
  });
  appendLines(out, p.repeatedRows.size(), [&](std::size_t i) {
    const ImportRow& r = p.repeatedRows[i];
    return trf(Str::ImportRepeatedRow, r.row, cellExcerpt(r.text).c_str(), r.earlierRow);
  });
  std::vector<std::string> without;
  for (Id id : p.districtsWithoutRow)
    if (const District* d = findById(session.districts, id)) without.push_back(d->name);
  if (!without.empty()) out += trf(Str::ImportDistrictsWithoutRow, quotedList(without).c_str()) + "\n";
  appendLines(out, p.notNumbers.size(), [&](std::size_t i) {
    const ImportCell& c = p.notNumbers[i];
    return trf(Str::ImportNotANumber, c.row, cellExcerpt(c.column).c_str(), cellExcerpt(c.text).c_str());
  });
  return out;
}

}  // namespace nwk
