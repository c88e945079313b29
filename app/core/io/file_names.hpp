// File names for what the app writes: "<date>_<title><suffix>", e.g.
// "2026-11-21_Sozialraumkonferenz-Alfeld.nwk" or "..._Bericht.html". The date is the
// workshop's (or `today` when it has none); the title keeps letters (umlauts too), digits,
// '-' and '_', turns spaces into '-', and falls back to "Netzwerkkarte".
// In core/io (session files, the one JSON reader and writer, CSV, file names); may use core/text, core/model.
#pragma once
#include <string>
#include <string_view>

#include "core/model/model.hpp"

namespace nwk {

std::string suggestedFileName(const Meta& meta, std::string_view today, std::string_view suffix);

// Whether name ends in suffix (given in lower case), case ignored: "Karte.GeoJSON", ".geojson".
bool hasSuffix(std::string_view name, std::string_view suffix);

}  // namespace nwk
