// The session's map as GeoJSON (RFC 7946) for GIS tools: one FeatureCollection, first the
// districts as Polygon or MultiPolygon (rings closed, outlines counter-clockwise, holes
// clockwise, positions [lon, lat]) with their number of offers in all and per age group and
// their indicator values; then the offers as Points (an offer without a location has a null
// geometry) with their properties. Property keys are the column headers of the CSV tables
// in the current language ("Art" tells districts from offers), per age group "Angebote 0-3",
// per indicator its name and unit ("SGB-II-Quote (%)"). A district's note is "note"; an
// offer's reach, access and funding have stable English keys and values: "reach"
// (district, districts, town, mobile), "servedDistricts" (names), "cost" (unknown, free,
// reduced, fee), "languages", "lowThreshold", "educationPackage", "projectFunding" (true,
// false) and "fundedUntil" ("YYYY-MM-DD", null unless project funding has an end).
// importDistricts (geojson.hpp) reads the file back: the districts with names and codes,
// the offers set aside.
// In core/export (CSV, GeoJSON, Markdown and the HTML report); may use core/text, core/model, core/io, core/geo,
// core/analysis, core/voting, core/import.
#pragma once
#include <string>

#include "core/model/model.hpp"

namespace nwk {

std::string exportGeoJson(const Session& s);

}  // namespace nwk
