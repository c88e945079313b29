// Phase 1, the Bestandsanalyse: tools and filters above, the map with the offer list / offer
// form or the coverage matrix beside it (below it on narrow screens).
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cfloat>

#include "ui/icons.hpp"
#include "ui/map_view.hpp"
#include "ui/panels.hpp"
#include "ui/widgets.hpp"

namespace nwk::ui {
namespace {

constexpr float kSideBySideWidth = 760.0f;
constexpr float kPanelShare = 0.34f;

void drawTools(AppState& state) {
  MapViewState& map = state.map;
  using T = MapViewState::Tool;
  const bool placing = map.tool == T::PlaceOffer, linking = map.tool == T::Link;
  if (toggle((std::string(icon::kMarker) + " " + tr(Str::MapPlaceOffer)).c_str(), "map.place", placing))
    map.tool = placing ? T::Browse : T::PlaceOffer;
  tooltip(tr(Str::MapPlaceOfferHint));
  ImGui::SameLine();
  if (toggle((std::string(icon::kLink) + " " + tr(Str::MapLinkTool)).c_str(), "map.link", linking)) {
    map.tool = linking ? T::Browse : T::Link;
    map.linkFrom = kNoId;
  }
  tooltip(tr(Str::MapLinkToolHint));
  if (linking) {
    ImGui::SameLine();
    static constexpr Str kTypes[] = {Str::LinkCooperation, Str::LinkReferral, Str::LinkTransition};
    ImGui::SetNextItemWidth(ImGui::CalcTextSize(tr(Str::LinkCooperation)).x + ImGui::GetFrameHeight() * 2);
    if (ImGui::BeginCombo("###map.linkType", tr(kTypes[static_cast<int>(map.linkType)]))) {
      for (int t = 0; t < 3; ++t)
        if (selectable(tr(kTypes[t]), ("map.linkType." + std::to_string(t)).c_str(), static_cast<int>(map.linkType) == t))
          map.linkType = static_cast<LinkType>(t);
      ImGui::EndCombo();
    }
  }
  ImGui::SameLine();
  if (button((std::string(icon::kUpload) + " " + tr(Str::MapImport)).c_str(), "map.import")) ImGui::OpenPopup("###map.importMenu");
  if (ImGui::BeginPopup("###map.importMenu")) {
    if (selectable(tr(Str::ImportDistrictsMenu), "map.import.districts", false)) state.request(FileRequest::Kind::ImportDistricts, state.pathInput);
    if (selectable(tr(Str::ImportIndicatorsMenu), "map.import.indicators", false)) state.request(FileRequest::Kind::ImportIndicators, state.pathInput);
    if (selectable(tr(Str::ImportOffersMenu), "map.import.offers", false)) state.request(FileRequest::Kind::ImportOffers, state.pathInput);
    ImGui::EndPopup();
  }
  if (map.tool != T::Browse) {
    ImGui::SameLine();
    ImGui::TextDisabled("%s", tr(placing ? Str::MapPlaceOfferStatus : map.linkFrom == kNoId ? Str::MapLinkFirst : Str::MapLinkSecond));
    if (ImGui::IsKeyPressed(ImGuiKey_Escape)) map.tool = T::Browse;
  }
}

// The working view per age group, then the other filters.
void drawFilters(AppState& state) {
  MapViewState& map = state.map;
  OfferFilter& f = map.filter;
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr(Str::MapAgeGroup));
  ImGui::SameLine();
  if (toggle(tr(Str::AllAgeGroups), "map.age.all", f.ageGroup == kNoId)) f.ageGroup = kNoId;
  for (const AgeGroup& g : state.doc.session.ageGroups) {
    const std::string label = g.name + " " + tr(Str::MapYears);
    flowNext(buttonWidth(label.c_str()));
    if (toggle(label.c_str(), ("map.age." + g.name).c_str(), f.ageGroup == g.id)) f.ageGroup = g.id;
  }
  flowNext(220.0f);
  ImGui::SetNextItemWidth(220.0f);
  ImGui::InputTextWithHint("###map.search", (std::string(icon::kSearch) + " " + tr(Str::MapSearch)).c_str(), &f.search);

  static constexpr Str kColourings[] = {Str::MapColourCategory, Str::AssessKnown, Str::AssessUsed, Str::AssessTransparent, Str::AssessFitting};
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr(Str::MapColour));
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ImGui::CalcTextSize(tr(Str::AssessTransparent)).x + ImGui::GetFrameHeight() * 2);
  if (ImGui::BeginCombo("###map.colouring", tr(kColourings[static_cast<int>(map.colouring)]))) {
    for (int c = 0; c < 5; ++c)
      if (selectable(tr(kColourings[c]), ("map.colouring." + std::to_string(c)).c_str(), static_cast<int>(map.colouring) == c))
        map.colouring = static_cast<MapViewState::Colouring>(c);
    ImGui::EndCombo();
  }
  flowNext(buttonWidth(tr(Str::MapUnusedOnly)));
  if (toggle(tr(Str::MapUnusedOnly), "map.unused", f.unusedOnly)) f.unusedOnly = !f.unusedOnly;
  tooltip(tr(Str::MapUnusedOnlyHint));
  const IndicatorColumn* shown = findById(state.doc.session.indicatorColumns, map.choropleth);
  flowNext(200.0f);
  ImGui::SetNextItemWidth(200.0f);
  if (ImGui::BeginCombo("###map.choropleth", shown ? shown->name.c_str() : tr(Str::MapNoIndicator))) {
    if (selectable(tr(Str::MapNoIndicator), "map.choropleth.none", !shown)) map.choropleth = kNoId;
    for (const IndicatorColumn& c : state.doc.session.indicatorColumns)
      if (selectable(c.name.c_str(), ("map.choropleth." + std::to_string(c.id)).c_str(), c.id == map.choropleth)) map.choropleth = c.id;
    ImGui::EndCombo();
  }
  tooltip(tr(Str::MapIndicatorHint));
  if (const District* d = findById(state.doc.session.districts, f.district)) {
    const std::string label = std::string(icon::kClose) + " " + d->name;
    flowNext(buttonWidth(label.c_str()));
    if (button(label.c_str(), "map.district.clear")) f.district = kNoId;
    tooltip(tr(Str::MapDistrictFilterClear));
  }
}

// Category legend: a colour chip per category; a click hides or shows its offers.
void drawLegend(AppState& state) {
  MapViewState& map = state.map;
  auto& hidden = map.filter.hiddenCategories;
  bool first = true;
  for (const Category& c : state.doc.session.categories) {
    const bool isHidden = std::find(hidden.begin(), hidden.end(), c.id) != hidden.end();
    const std::string label = std::string(icon::categoryIcon(c.icon)) + " " + c.name;
    if (!first) flowNext(buttonWidth(label.c_str()));
    first = false;
    const ImU32 colour = isHidden ? IM_COL32(200, 200, 200, 255) : imColour(c.colour);
    ImGui::PushStyleColor(ImGuiCol_Button, colour);
    ImGui::PushStyleColor(ImGuiCol_Text, isHidden ? IM_COL32(90, 90, 90, 255) : IM_COL32(255, 255, 255, 255));
    if (button(label.c_str(), ("map.category." + std::to_string(c.id)).c_str())) {
      if (isHidden) hidden.erase(std::remove(hidden.begin(), hidden.end(), c.id), hidden.end());
      else hidden.push_back(c.id);
    }
    ImGui::PopStyleColor(2);
  }
}

void drawSidePanel(AppState& state) {
  MapViewState& map = state.map;
  using P = MapViewState::Panel;
  if (toggle((std::string(icon::kList) + " " + tr(Str::MapOffersTab)).c_str(), "panel.offers", map.panel == P::Offers)) map.panel = P::Offers;
  ImGui::SameLine();
  if (toggle((std::string(icon::kTable) + " " + tr(Str::MapCoverageTab)).c_str(), "panel.coverage", map.panel == P::Coverage)) map.panel = P::Coverage;
  if (map.panel == P::Offers) drawOfferPanel(state);
  else drawCoveragePanel(state);
}

}  // namespace

void drawInventory(AppState& state) {
  drawTools(state);
  drawFilters(state);
  drawLegend(state);
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const bool sideBySide = avail.x >= kSideBySideWidth;
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const ImVec2 mapSize = sideBySide ? ImVec2(avail.x * (1 - kPanelShare) - spacing, avail.y)
                                    : ImVec2(avail.x, std::max(avail.y * 0.6f, 260.0f));
  ImGui::BeginGroup();
  const ImVec2 mapMin = ImGui::GetCursorScreenPos();
  drawMap(state, mapSize);
  drawChoroplethLegend(state, mapMin, ImVec2(mapMin.x + mapSize.x, mapMin.y + mapSize.y));
  ImGui::EndGroup();
  if (sideBySide) ImGui::SameLine();
  if (ImGui::BeginChild("###map.panel", ImVec2(0, sideBySide ? avail.y : 0), ImGuiChildFlags_None)) drawSidePanel(state);
  ImGui::EndChild();
}

}  // namespace nwk::ui
