// Phase 1, the Bestandsanalyse: tools and filters above, the map with the offer list / offer
// form or the coverage matrix beside it (below it on narrow screens).
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cfloat>

#include "core/model/followup.hpp"
#include "core/model/labels.hpp"
#include "platform/platform.hpp"
#include "ui/icons.hpp"
#include "ui/map_view.hpp"
#include "ui/panels.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace nwk::ui {
namespace {

constexpr float kSideBySideWidth = 760.0f;
// Below this height (a tablet held across) the filters and the legend fold behind a switch,
// so that the map keeps most of the screen.
constexpr float kFoldBelowHeight = 600.0f;
constexpr float kPanelShare = 0.34f;
constexpr float kCoverageShare = 0.45f;  // the matrix wants a column per age group

void drawTools(AppState& state) {
  MapViewState& map = state.map;
  using T = MapViewState::Tool;
  const bool placing = map.tool == T::PlaceOffer, linking = map.tool == T::Link;
  if (toggle((iconText(icon::kMarker, Str::MapPlaceOffer)).c_str(), "map.place", placing))
    map.tool = placing ? T::Browse : T::PlaceOffer;
  tooltip(tr(Str::MapPlaceOfferHint));
  const std::string linkLabel = iconText(icon::kLink, Str::MapLinkTool);
  flowNext(buttonWidth(linkLabel.c_str()));
  if (toggle(linkLabel.c_str(), "map.link", linking)) {
    map.tool = linking ? T::Browse : T::Link;
    map.linkFrom = kNoId;
  }
  tooltip(tr(Str::MapLinkToolHint));
  if (linking) {
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::CalcTextSize(tr(Str::LinkCooperation)).x + ImGui::GetFrameHeight() * 2);
    if (ImGui::BeginCombo("###map.linkType", linkTypeName(map.linkType))) {
      for (int t = 0; t < 3; ++t)
        if (selectable(linkTypeName(static_cast<LinkType>(t)), ("map.linkType." + std::to_string(t)).c_str(),
                       static_cast<int>(map.linkType) == t))
          map.linkType = static_cast<LinkType>(t);
      ImGui::EndCombo();
    }
  }
  const std::string importLabel = iconText(icon::kUpload, Str::MapImport);
  flowNext(buttonWidth(importLabel.c_str()));
  if (button(importLabel.c_str(), "map.import")) ImGui::OpenPopup("###map.importMenu");
  if (ImGui::BeginPopup("###map.importMenu")) {
    if (selectable(tr(Str::ImportDistrictsMenu), "map.import.districts", false))
      state.request(FileRequest::Kind::ImportDistricts, state.pathInput);
    if (selectable(tr(Str::ImportIndicatorsMenu), "map.import.indicators", false))
      state.request(FileRequest::Kind::ImportIndicators, state.pathInput);
    if (selectable(tr(Str::ImportOffersMenu), "map.import.offers", false))
      state.request(FileRequest::Kind::ImportOffers, state.pathInput);
    ImGui::EndPopup();
  }
}

// The working view per age group, then the other filters.
// The districts coloured by an indicator, or (after a follow-up) by its change since the
// earlier conference.
void drawChoroplethChoice(AppState& state) {
  MapViewState& map = state.map;
  const Session& session = state.doc.session;
  const IndicatorColumn* shown = findById(session.indicatorColumns, map.choropleth);
  const bool baseline = baselineOf(session) != nullptr;
  const std::string current = !shown                 ? tr(Str::MapNoIndicator)
                              : map.choroplethChange ? trf(Str::MapLegendChange, shown->name.c_str())
                                                     : shown->name;
  flowNext(200.0f);
  ImGui::SetNextItemWidth(200.0f);
  if (!ImGui::BeginCombo("###map.choropleth", current.c_str())) return;
  if (selectable(tr(Str::MapNoIndicator), "map.choropleth.none", !shown)) map.choropleth = kNoId;
  for (const IndicatorColumn& c : session.indicatorColumns) {
    const std::string id = "map.choropleth." + std::to_string(c.id);
    if (selectable(c.name.c_str(), id.c_str(), c.id == map.choropleth && !map.choroplethChange))
      map.choropleth = c.id, map.choroplethChange = false;
    if (baseline && selectable(trf(Str::MapLegendChange, c.name.c_str()).c_str(), (id + ".change").c_str(),
                               c.id == map.choropleth && map.choroplethChange))
      map.choropleth = c.id, map.choroplethChange = true;
  }
  ImGui::EndCombo();
}

// Reach and access: a switch opening the choices (a dot while one is on).
void drawAccessFilter(OfferFilter& f) {
  const std::string label = std::string(tr(Str::MapAccess)) + (f.accessActive() ? " •" : " …");
  flowNext(buttonWidth(label.c_str()));
  if (toggle(label.c_str(), "map.access", f.accessActive())) ImGui::OpenPopup("###map.access.popup");
  if (!ImGui::BeginPopup("###map.access.popup")) return;
  if (toggle(tr(Str::MapAccessAnyReach), "map.access.reach.any", !f.reach)) f.reach.reset();
  for (int r = 0; r < 4; ++r) {
    const Reach reach = static_cast<Reach>(r);
    flowNext(buttonWidth(reachName(reach)));
    if (toggle(reachName(reach), ("map.access.reach." + std::to_string(r)).c_str(), f.reach == reach)) f.reach = reach;
  }
  const auto flag = [](const char* text, const char* id, bool& on) {
    if (toggle(text, id, on)) on = !on;
  };
  flag(tr(Str::CostFree), "map.access.free", f.freeOnly);
  flowNext(buttonWidth(tr(Str::OfferLowThreshold)));
  flag(tr(Str::OfferLowThreshold), "map.access.lowThreshold", f.lowThresholdOnly);
  flowNext(buttonWidth(tr(Str::OfferEducationPackage)));
  flag(tr(Str::OfferEducationPackage), "map.access.educationPackage", f.educationPackageOnly);
  if (toggle(tr(Str::MapFundingEndsSoon), "map.access.funding", !f.fundingToday.empty()))
    f.fundingToday = f.fundingToday.empty() ? platform::localDate() : std::string();
  ImGui::EndPopup();
}

void drawFilters(AppState& state) {
  MapViewState& map = state.map;
  OfferFilter& f = map.filter;
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr(Str::MapAgeGroup));
  ImGui::SameLine();
  if (toggle(tr(Str::AllAgeGroups), "map.age.all", f.ageGroup == kNoId)) f.ageGroup = kNoId;
  for (const AgeGroup& g : state.doc.session.ageGroups) {
    const std::string label = ageGroupLabel(g.name);
    flowNext(buttonWidth(label.c_str()));
    if (toggle(label.c_str(), ("map.age." + g.name).c_str(), f.ageGroup == g.id)) f.ageGroup = g.id;
  }
  flowNext(220.0f);
  ImGui::SetNextItemWidth(220.0f);
  ImGui::InputTextWithHint("###map.search", (iconText(icon::kSearch, Str::MapSearch)).c_str(), &f.search);

  static constexpr Str kColourings[] = {Str::MapColourCategory, Str::AssessKnown, Str::AssessUsed,
                                        Str::AssessTransparent, Str::AssessFitting};
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr(Str::MapColour));
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ImGui::CalcTextSize(tr(Str::AssessTransparent)).x + ImGui::GetFrameHeight() * 2);
  if (ImGui::BeginCombo("###map.colouring", tr(kColourings[static_cast<int>(map.colouring)]))) {
    for (int c = 0; c < 5; ++c)
      if (selectable(tr(kColourings[c]), ("map.colouring." + std::to_string(c)).c_str(),
                     static_cast<int>(map.colouring) == c))
        map.colouring = static_cast<OfferColouring>(c);
    ImGui::EndCombo();
  }
  flowNext(buttonWidth(tr(Str::MapUnusedOnly)));
  if (toggle(tr(Str::MapUnusedOnly), "map.unused", f.unusedOnly)) f.unusedOnly = !f.unusedOnly;
  tooltip(tr(Str::MapUnusedOnlyHint));
  drawAccessFilter(f);
  drawChoroplethChoice(state);
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

// The panel switches; on narrow screens the map is a third choice instead of a neighbour.
void drawPanelSwitches(MapViewState& map, bool narrow) {
  using P = MapViewState::Panel;
  if (narrow) {
    if (toggle((iconText(icon::kMap, Str::MapMapTab)).c_str(), "panel.map", map.narrowShowsMap))
      map.narrowShowsMap = true;
  }
  const bool panelShown = !narrow || !map.narrowShowsMap;
  const std::string offersLabel = iconText(icon::kList, Str::MapOffersTab);
  if (narrow) flowNext(buttonWidth(offersLabel.c_str()));
  if (toggle(offersLabel.c_str(), "panel.offers", panelShown && map.panel == P::Offers)) {
    map.panel = P::Offers;
    map.narrowShowsMap = false;
  }
  const std::string coverageLabel = iconText(icon::kTable, Str::MapCoverageTab);
  flowNext(buttonWidth(coverageLabel.c_str()));
  if (toggle(coverageLabel.c_str(), "panel.coverage", panelShown && map.panel == P::Coverage)) {
    map.panel = P::Coverage;
    map.narrowShowsMap = false;
  }
}

void drawSidePanel(AppState& state) {
  if (state.map.panel == MapViewState::Panel::Offers) drawOfferPanel(state);
  else drawCoveragePanel(state);
}

// The offer list or form beside (or instead of) the map; a newly chosen offer's form starts at
// its top, not where the previous one was scrolled to.
bool beginSidePanel(MapViewState& map, const char* id, ImVec2 size) {
  if (map.panelOffer != map.selectedOffer) {
    ImGui::SetNextWindowScroll(ImVec2(0.0f, 0.0f));
    map.panelOffer = map.selectedOffer;
  }
  return ImGui::BeginChild(id, size, ImGuiChildFlags_None);
}

// A session without districts and offers starts here: the next steps and what the app is
// for, over the map (the tools around it stay usable; a tool chosen hides it).
void drawStartCard(AppState& state, ImVec2 at, float width, float maxHeight) {
  using K = FileRequest::Kind;
  if (!mapIsEmpty(state.doc.session) || state.map.tool != MapViewState::Tool::Browse) return;
  ImGui::SetCursorScreenPos(at);
  ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(FLT_MAX, maxHeight));  // scrolls beyond
  ImGui::PushStyleColor(ImGuiCol_ChildBg, IM_COL32(255, 255, 255, 245));
  if (ImGui::BeginChild("###start", ImVec2(width, 0), ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY)) {
    pushHeadingFont();
    ImGui::TextUnformatted(tr(Str::AppName));
    popHeadingFont();
    ImGui::TextWrapped("%s", tr(Str::StartNext));
    const float full = ImGui::GetContentRegionAvail().x;
    if (button(iconText(icon::kStar, Str::FileDemo).c_str(), "start.demo", full)) state.request(K::Demo);
    if (button(iconText(icon::kUpload, Str::StartDistricts).c_str(), "start.districts", full))
      state.request(K::ImportDistricts, state.pathInput);
    if (button(iconText(icon::kFolderOpen, Str::FileOpen).c_str(), "start.open", full))
      state.request(K::Open, state.pathInput);
    ImGui::PushTextWrapPos(0.0f);  // what the app is for, below the steps (a phone scrolls to it)
    ImGui::TextDisabled("%s", tr(Str::AboutText));
    ImGui::PopTextWrapPos();
  }
  ImGui::EndChild();
  ImGui::PopStyleColor();
}

void drawMapWithLegend(AppState& state, ImVec2 size) {
  ImGui::BeginGroup();
  const ImVec2 mapMin = ImGui::GetCursorScreenPos();
  drawMap(state, size);
  drawChoroplethLegend(state, mapMin, ImVec2(mapMin.x + size.x, mapMin.y + size.y));
  const float width = std::min(size.x - 32.0f, ImGui::GetFontSize() * 28.0f);
  drawStartCard(state, ImVec2(mapMin.x + (size.x - width) * 0.5f, mapMin.y + 16.0f), width, size.y - 32.0f);
  ImGui::SetCursorScreenPos(ImVec2(mapMin.x, mapMin.y + size.y));
  ImGui::Dummy(ImVec2(0, 0));
  ImGui::EndGroup();
}

// The switch for folded filters and legend (a dot while a filter hides offers); both
// below it while open.
void drawFoldedFilters(AppState& state) {
  MapViewState& map = state.map;
  const std::string label = std::string(tr(Str::MapFilters)) + (map.filter.active() ? " •" : "");
  flowNext(buttonWidth(label.c_str()));
  if (toggle(label.c_str(), "map.filters", map.filtersOpen)) map.filtersOpen = !map.filtersOpen;
  if (map.filtersOpen) {
    drawFilters(state);
    drawLegend(state);
  }
}

// Phones: tools, a filter switch, then the map or the chosen panel filling the rest.
void drawNarrow(AppState& state) {
  MapViewState& map = state.map;
  drawPanelSwitches(map, true);
  drawFoldedFilters(state);
  if (map.narrowShowsMap) {
    drawMapWithLegend(state, ImGui::GetContentRegionAvail());
    return;
  }
  drawStartCard(state, ImGui::GetCursorScreenPos(), ImGui::GetContentRegionAvail().x, FLT_MAX);
  if (beginSidePanel(map, "###map.panel", ImVec2(0, 0))) drawSidePanel(state);
  ImGui::EndChild();
}

}  // namespace

void drawInventory(AppState& state) {
  drawTools(state);
  if (ImGui::GetContentRegionAvail().x < kSideBySideWidth) {
    drawNarrow(state);
    return;
  }
  if (ImGui::GetContentRegionAvail().y < kFoldBelowHeight) {
    drawFoldedFilters(state);
  } else {
    drawFilters(state);
    drawLegend(state);
  }
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const float share = state.map.panel == MapViewState::Panel::Coverage ? kCoverageShare : kPanelShare;
  drawMapWithLegend(state, ImVec2(avail.x * (1 - share) - ImGui::GetStyle().ItemSpacing.x, avail.y));
  ImGui::SameLine();
  if (beginSidePanel(state.map, "###map.panel.wide", ImVec2(0, avail.y))) {
    drawPanelSwitches(state.map, false);
    drawSidePanel(state);
  }
  ImGui::EndChild();
}

}  // namespace nwk::ui
