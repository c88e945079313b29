// Districts from a GeoJSON file (RFC 7946, and the older "crs" member that QGIS writes), and
// swapping them into the open session.
// importDistricts() takes a FeatureCollection, a single Feature or a bare Polygon /
// MultiPolygon, in WGS84 lon/lat (no "crs", CRS84, EPSG:4326) or in ETRS89 / WGS84 UTM zone
// 32N / 33N declared in "crs" (converted to lon/lat). It refuses, with a message in the
// current language that names the feature and says what to do, anything it cannot turn into
// valid districts: other coordinate systems, points and lines, empty or self-intersecting
// rings, non-finite numbers, too many features or points. Points and features without a
// geometry beside areas (the offers of an exported map, export_geojson.hpp) are set aside
// with a warning. On success every district is valid for validate.hpp; ids are 0
// (replaceDistricts() hands out fresh ones).
// In core/import (district GeoJSON, offer and indicator tables, merging sessions); may use core/text, core/model,
// core/io, core/geo, core/analysis, core/voting.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/model/commands.hpp"
#include "core/model/model.hpp"

namespace nwk {

struct GeoJsonLimits {
  std::size_t bytes = 64u * 1024u * 1024u;
  std::size_t features = 2'000;
  std::size_t points = 500'000;  // over all features
};
inline constexpr GeoJsonLimits kGeoJsonLimits{};

struct DistrictImport {
  std::string error;                      // set on failure; then nothing below is
  std::vector<District> districts;        // in file order
  std::vector<std::string> propertyKeys;  // every property name found, in order of appearance
  std::string nameProperty;               // where the names come from; empty: none found
  bool nameObvious = false;               // false: a guess the facilitator should check
  std::string codeProperty;               // where District::code comes from; empty: none
  std::string crsNote;                    // the coordinate system read, e.g. "ETRS89 / UTM 32N ..."
  std::vector<std::string> warnings;      // unnamed features, repeated names
};

// nameProperty: take the names from this property; empty: choose one (see nameObvious).
DistrictImport importDistricts(std::string_view bytes, const std::string& nameProperty = {});

// One line for the facilitator: how many districts, names and codes from where, the
// coordinate system, the number of warnings.
std::string summary(const DistrictImport& result);

// Replaces all districts of the session by `districts` (given fresh ids), as one undo step.
// What referred to the old districts is re-assigned: an offer with a location to the new
// district containing it; an offer without a location or outside every new district, and
// each proposal, to the new district with the old one's name (sameName, names.hpp:
// "SÜDSTADT" is "Südstadt"), else to none. A new district without indicator values or code
// takes those of the old district of the same name.
void replaceDistricts(Document& doc, std::vector<District> districts);

}  // namespace nwk
