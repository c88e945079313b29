// Indicators per district from a CSV table (csv.hpp), in two steps so the facilitator sees
// what will happen before anything changes: previewIndicatorImport() reads the table and
// matches it against the session without touching it; applyIndicatorImport() writes the
// preview as one undo step.
// The key column is the one whose cells name the most different districts (DistrictMatcher),
// the leftmost of equals, unless the caller chooses it. Every other column whose filled
// cells are mostly numbers becomes an indicator (name from the header; unit "%" from a
// header ending in "(%)", "in %", "%" or from values like "12,5 %"), except a second key
// ("Nr." beside "Stadtteil"). A column with the name of an existing indicator (sameName,
// names.hpp) updates it: the table is then the whole truth for it, so a district
// without a row or with an empty cell has no value afterwards.
// Also the district matching used by the offer import (offer_import.hpp).
// In core/import (district GeoJSON, offer and indicator tables, merging sessions); may use core/text, core/model,
// core/io, core/geo, core/analysis, core/voting.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/io/csv.hpp"
#include "core/model/commands.hpp"
#include "core/model/model.hpp"

namespace nwk {

// Finds districts by name (nameKey, names.hpp; failing that, with all non-ASCII letters
// dropped on both sides, for maps whose names lost their umlauts: "Kumpfmhl" for
// "Kumpfmühl"), by District::code (digits compared as numbers: "016" == "16" == "16.0"), or
// by the name after a number ("01 Innenstadt", "1 - Innenstadt").
// The matcher refers to the session's districts: use it while the session is unchanged.
class DistrictMatcher {
 public:
  explicit DistrictMatcher(const Session& session);
  const District* find(std::string_view nameOrCode) const;  // nullptr when none matches

 private:
  using Entry = std::pair<std::string, std::uint32_t>;  // key, index in session.districts
  const District* lookup(const std::vector<Entry>& entries, const std::string& key) const;
  const District* byName(std::string_view name) const;
  const Session& session_;
  std::vector<Entry> names_, asciiNames_, codes_;  // sorted by key
};

struct ImportRow {
  std::uint32_t row = 0;         // as the spreadsheet numbers it
  std::string text;              // the key cell
  std::uint32_t earlierRow = 0;  // for a repeated district: the row that is imported
};

struct ImportCell {
  std::uint32_t row = 0;
  std::string column;  // the indicator's name
  std::string text;
};

struct ImportedIndicator {
  std::size_t csvColumn = 0;
  std::string name;
  std::string unit;
  Id existing = kNoId;  // the indicator this column updates; kNoId: a new one
};

struct ImportedDistrict {
  Id district = kNoId;
  std::uint32_t row = 0;
  std::vector<std::optional<double>> values;  // one per IndicatorPreview::columns
};

struct IndicatorPreview {
  std::vector<std::string> headers;  // every column's, for choosing the key column
  std::size_t keyColumn = 0;
  std::vector<ImportedIndicator> columns;
  std::vector<std::string> skippedColumns;  // without numbers, a second key, a repeated name
  std::vector<ImportedDistrict> matched;
  std::vector<ImportRow> unmatchedRows;
  std::vector<ImportRow> repeatedRows;  // a second row for the same district: ignored
  std::vector<Id> districtsWithoutRow;
  std::vector<ImportCell> notNumbers;  // in matched rows of indicator columns
};

struct IndicatorPreviewResult {
  std::optional<IndicatorPreview> preview;  // set on success
  std::string error;                        // set on failure
};

IndicatorPreviewResult previewIndicatorImport(const Session& session, std::string_view csvBytes,
                                              std::optional<std::size_t> keyColumn = std::nullopt);

// One undo step; source (where the data comes from) goes to every imported indicator,
// replacing an updated one's only when not empty. Items the session lost since the preview
// are passed over. False when nothing changed.
bool applyIndicatorImport(Document& doc, const IndicatorPreview& preview, const std::string& source);

// The preview for the facilitator, one finding per line, long lists shortened.
std::string describe(const IndicatorPreview& preview, const Session& session);

}  // namespace nwk
