// A list of offers from a CSV table (csv.hpp), in two steps like the indicator import:
// previewOfferImport() reads and checks without touching the session, applyOfferImport()
// adds the previewed offers as one undo step.
// Columns are recognised by their header or its start ("Name der Einrichtung"), German or
// English (case, spaces, umlaut spelling ignored): Name/Angebot/Bezeichnung/Einrichtung
// (required), Träger/Anbieter/Provider, Kategorie/Category, Altersgruppen/Age groups,
// Lon/Längengrad/x with Lat/Breitengrad/y (WGS84), Stadtteil/Bezirk/Sozialraum/District
// (name or code), Kapazität/Plätze/Capacity, Kontakt/Telefon/E-Mail/Adresse/Contact
// (joined), Beschreibung/Bemerkung/Description. Other columns are listed as ignored.
// Per row: categories match by name (nameKey) or by one part of a name like "Kita/Krippe";
// unknown ones are created (with the colours of the existing categories in turn). Age groups
// match by name ("0–3; 3-6", "0-3 Jahre"), "alle"/"all" meaning every age group; unknown
// ones are left out with a notice. An offer with coordinates gets the district containing
// it (districtAt), else the one its district cell names. Rows without a name are skipped;
// every other problem is a notice on an imported row.
// In core/import (district GeoJSON, offer and indicator tables, merging sessions); may use core/text, core/model,
// core/io, core/geo, core/analysis, core/voting.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/commands.hpp"
#include "core/model/model.hpp"

namespace nwk {

struct ImportedOffer {
  std::uint32_t row = 0;          // as the spreadsheet numbers it
  Offer offer;                    // id not yet set
  std::int32_t newCategory = -1;  // index in OfferPreview::newCategories, or -1
};

struct OfferRowNotice {
  std::uint32_t row = 0;
  std::string message;   // complete, in the current language, starting with the row
  bool skipped = false;  // the row is not imported
};

struct OfferPreview {
  std::vector<std::string> recognisedColumns;  // headers used
  std::vector<std::string> ignoredColumns;
  std::vector<ImportedOffer> offers;
  std::vector<std::string> newCategories;
  std::vector<OfferRowNotice> notices;  // in row order
};

struct OfferPreviewResult {
  std::optional<OfferPreview> preview;  // set on success
  std::string error;                    // set on failure
};

OfferPreviewResult previewOfferImport(const Session& session, std::string_view csvBytes);

// One undo step. References to items the session lost since the preview are dropped.
// Returns the number of offers added.
std::size_t applyOfferImport(Document& doc, const OfferPreview& preview);

// The preview for the facilitator, one finding per line, long lists shortened.
std::string describe(const OfferPreview& preview);

}  // namespace nwk
