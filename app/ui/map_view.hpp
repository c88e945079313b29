// The district map of phase 1 (map_view.cpp) and the helpers the offer panels share with it.
#pragma once
#include <imgui.h>

#include <cstdint>

#include "ui/app_state.hpp"

namespace nwk::ui {

// The map, size pixels large at the cursor: districts, links, offers; pan, zoom, tools.
void drawMap(AppState& state, ImVec2 size);
// The choropleth's legend (classes, indicator, source), at the map's lower left corner.
void drawChoroplethLegend(const AppState& state, ImVec2 mapMin, ImVec2 mapMax);

// Where a place is on screen in the map's current view (browser tests click there).
ImVec2 screenPoint(const MapViewState& map, LonLat p);
// A point on the map where a press and drag pans it: no marker, cluster, district name or
// link under it (the map's own hit test), nearest to the map's middle; (-1, -1) if none.
ImVec2 emptyMapPoint(const AppState& state);
// What the map shows, in metres of the scene's projection; empty before it was first drawn.
Bounds visibleBounds(const MapViewState& map);
// Nothing to draw yet (no district, no offer): the start card instead of the zoom buttons.
inline bool mapIsEmpty(const Session& s) { return s.districts.empty() && s.offers.empty(); }
// Whether the map and the list show this offer (filters; somewhere to put it).
bool offerShown(const MapViewState& map, const Offer& offer);
// 0xAARRGGBB of an offer's marker: its category's colour, or its assessment's rating.
std::uint32_t offerColour(const MapViewState& map, const Session& session, const Offer& offer);
// True when two offers serve no age group in common: their link is part of the prevention chain.
bool crossesAgeGroups(const Offer& a, const Offer& b);
// 0xAARRGGBB as ImGui's colour.
ImU32 imColour(std::uint32_t argb);

}  // namespace nwk::ui
