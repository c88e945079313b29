// Beside the map, three questions of the Bestandsanalyse:
// - Lücken: the coverage matrix, districts x age groups. Each cell counts the offers (and per
//   1,000 children where the age group has a population column); gaps are marked in the
//   cell, a district with a coverage gap carries a mark. Below it the rules: what counts as a
//   gap, and which indicator holds the children per age.
// - Präventionskette: per district its transitions between age groups, carried or missing
//   (chain.hpp), the offers without any link, and the district's note.
// - Angebotsarten: districts x categories for the age group of the map's filter.
// A click on a cell of the first filters the map to that district and age group; the
// district chosen so shows its note (local knowledge), editable.
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cfloat>
#include <string>

#include "core/analysis/chain.hpp"
#include "core/analysis/coverage.hpp"
#include "core/model/labels.hpp"
#include "ui/icons.hpp"
#include "ui/map_view.hpp"
#include "ui/panels.hpp"
#include "ui/widgets.hpp"

namespace nwk::ui {
namespace {

constexpr ImU32 kGapColour = IM_COL32(230, 159, 0, 255);  // Okabe-Ito orange

void drawRules(AppState& state) {
  Document& doc = state.doc;
  Meta meta = doc.session.meta;
  CoverageRules& rules = meta.coverage;
  ImGui::PushItemWidth(ImGui::GetFontSize() * 7);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr(Str::CoverageMinOffers));
  flowNext(ImGui::CalcItemWidth());
  int minOffers = rules.minOffers;
  if (ImGui::InputInt("###coverage.minOffers", &minOffers)) {
    rules.minOffers = std::clamp(minOffers, 0, 1000);
    setMeta(doc, meta, "coverage.minOffers");
  }
  if (ImGui::IsItemDeactivated()) doc.history.seal();
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr(Str::CoverageMinPer1000));
  flowNext(ImGui::CalcItemWidth());
  double per1000 = rules.minPer1000;
  if (ImGui::InputDouble("###coverage.minPer1000", &per1000, 0.5, 1.0, "%.1f")) {
    rules.minPer1000 = std::clamp(per1000, 0.0, 1000.0);
    setMeta(doc, meta, "coverage.minPer1000");
  }
  if (ImGui::IsItemDeactivated()) doc.history.seal();
  ImGui::PopItemWidth();
}

// Per age group: the indicator column with its number of children (for "per 1,000").
void drawPopulationColumns(AppState& state) {
  const Session& session = state.doc.session;
  if (session.indicatorColumns.empty()) {
    ImGui::TextDisabled("%s", tr(Str::CoverageNoIndicators));
    return;
  }
  ImGui::TextUnformatted(tr(Str::CoveragePopulation));
  for (const AgeGroup& g : session.ageGroups) {
    const IndicatorColumn* current = findById(session.indicatorColumns, g.populationColumn);
    ImGui::AlignTextToFramePadding();
    ImGui::AlignTextToFramePadding();
    ImGui::Text("%s:", g.name.c_str());
    flowNext(ImGui::GetFontSize() * 12);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12);
    const std::string id = "coverage.population." + g.name;
    if (!ImGui::BeginCombo(withId("", id.c_str()).c_str(),
                           current ? current->name.c_str() : tr(Str::CoverageNoPopulation)))
      continue;
    AgeGroup changed = g;
    if (selectable(tr(Str::CoverageNoPopulation), (id + ".none").c_str(), !current)) changed.populationColumn = kNoId;
    for (const IndicatorColumn& c : session.indicatorColumns)
      if (selectable(c.name.c_str(), (id + "." + std::to_string(c.id)).c_str(), c.id == g.populationColumn))
        changed.populationColumn = c.id;
    ImGui::EndCombo();
    update(state.doc, changed);
  }
}

// A matrix of districts (rows) and age groups or categories (columns), as drawn: each cell's
// text, whether it is a gap, and what a click on it shows on the map.
struct GridCell {
  std::string text;
  bool gap = false;
  Id ageGroup = kNoId;  // a click filters the map to this district and age group
};
struct GridRow {
  const District* district = nullptr;
  bool hasGap = false;
  std::vector<GridCell> cells;
};
struct Grid {
  std::vector<std::string> columns;
  std::vector<GridRow> rows;
  bool clickable = true;  // cells as touch targets (age groups); else plain counts, narrow
};

std::string cellText(const CoverageCell& cell) {
  std::string text = (cell.gap ? "! " : "") + std::to_string(cell.offers);
  if (cell.perThousand) text += "\n" + displayNumber(*cell.perThousand, 1) + " ‰";
  return text;
}

Grid gapGrid(const Session& session, const CoverageMatrix& matrix) {
  Grid grid;
  for (const AgeGroup& g : session.ageGroups) grid.columns.push_back(g.name);
  for (const CoverageRow& row : matrix.rows) {
    GridRow r{findById(session.districts, row.district), row.hasGap, {}};
    for (std::size_t c = 0; c < row.cells.size() && c < session.ageGroups.size(); ++c)
      r.cells.push_back({cellText(row.cells[c]), row.cells[c].gap, session.ageGroups[c].id});
    grid.rows.push_back(std::move(r));
  }
  return grid;
}

Grid categoryGrid(const Session& session, const CategoryCoverage& coverage) {
  Grid grid;
  for (Id c : coverage.categories) {
    const Category* category = findById(session.categories, c);
    grid.columns.push_back(category ? icon::categoryIcon(category->icon) : "");  // named in the legend below
  }
  grid.clickable = false;
  for (const CategoryRow& row : coverage.rows) {
    GridRow r{findById(session.districts, row.district), false, {}};
    for (std::size_t c = 0; c < row.offers.size() && c < coverage.categories.size(); ++c)
      r.cells.push_back({row.offers[c] > 0 ? std::to_string(row.offers[c]) : "–", false, kNoId});
    grid.rows.push_back(std::move(r));
  }
  return grid;
}

constexpr float kCellPadding = 4.0f;  // the cells' text is short: room for more columns

// A click on a cell: the map shows this district and age group.
void showOnMap(AppState& state, const District& district, const GridCell& cell) {
  state.map.filter.district = district.id;
  state.map.filter.ageGroup = cell.ageGroup;
}

// A count to read, not a target (no touch size needed): framed text.
void drawCount(const std::string& text, ImVec2 size) {
  const ImVec2 at = ImGui::GetCursorScreenPos();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(at, ImVec2(at.x + size.x, at.y + size.y), ImGui::GetColorU32(ImGuiCol_FrameBg),
                      ImGui::GetStyle().FrameRounding);
  const ImVec2 extent = ImGui::CalcTextSize(text.c_str());
  draw->AddText(ImVec2(at.x + (size.x - extent.x) * 0.5f, at.y + (size.y - extent.y) * 0.5f),
                ImGui::GetColorU32(ImGuiCol_Text), text.c_str());
  ImGui::Dummy(size);
}

// One cell: its text (the count, per 1,000 below it when known); gaps in orange with a mark.
void drawCell(AppState& state, const GridCell& cell, const District& district, const std::string& column, ImVec2 size) {
  const OfferFilter& filter = state.map.filter;
  const bool selected = filter.district == district.id && filter.ageGroup == cell.ageGroup;
  if (cell.gap) ImGui::PushStyleColor(ImGuiCol_Button, kGapColour);
  const std::string id = "coverage." + std::to_string(district.id) + "." + column;
  if (selected) ImGui::PushStyleColor(ImGuiCol_Border, IM_COL32(0, 0, 0, 255));
  ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, selected ? 2.0f : 0.0f);
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(kCellPadding, ImGui::GetStyle().FramePadding.y));
  if (ImGui::Button(withId(cell.text.c_str(), id.c_str()).c_str(), size)) showOnMap(state, district, cell);
  ImGui::PopStyleVar(2);
  if (selected) ImGui::PopStyleColor();
  if (cell.gap) ImGui::PopStyleColor();
  tooltip(
      trf(cell.gap ? Str::CoverageCellGapTip : Str::CoverageCellTip, district.name.c_str(), column.c_str()).c_str());
}

// A column's name over it, cut with "…" where longer (the cells' tooltips name it).
void drawColumnHeader(const char* name, float width) {
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const float height = ImGui::GetTextLineHeight();
  ImGui::RenderTextEllipsis(ImGui::GetWindowDrawList(), at, ImVec2(at.x + width, at.y + height), at.x + width,
                            at.x + width, name, nullptr, nullptr);
  ImGui::Dummy(ImVec2(width, height));
}

// Districts down, columns across. Cells never shrink below their text: where the panel is
// too narrow for names and cells side by side, each district's name goes above its row, and
// where even the cells alone do not fit, the matrix scrolls sideways instead of being cut.
void drawMatrix(AppState& state, const Grid& grid) {
  if (grid.rows.empty()) {
    ImGui::TextDisabled("%s", tr(Str::CoverageNoDistricts));
    return;
  }
  const ImGuiStyle& style = ImGui::GetStyle();
  const float spacing = style.ItemSpacing.x;
  const float avail = ImGui::GetContentRegionAvail().x;
  const float columns = static_cast<float>(std::max<std::size_t>(grid.columns.size(), 1));
  float widest = 0;
  bool tall = false;
  for (const GridRow& r : grid.rows)
    for (const GridCell& c : r.cells) {
      widest = std::max(widest, ImGui::CalcTextSize(c.text.c_str()).x);
      tall |= c.text.find('\n') != std::string::npos;
    }
  const float least = std::max(widest + kCellPadding * 2, grid.clickable ? minTarget() : 0.0f);
  float nameWidth = std::min(ImGui::GetFontSize() * 9, avail * 0.4f);
  const bool namesAbove = (avail - nameWidth - spacing * columns) / columns < least;
  if (namesAbove) nameWidth = -spacing;  // the cells start at the left edge
  const float fitted = (avail - nameWidth - spacing * columns) / columns;
  const float cellWidth = std::max(fitted, least);
  const ImVec2 cell(cellWidth,
                    std::max(ImGui::GetFrameHeight() * (tall ? 1.6f : 1.0f), grid.clickable ? minTarget() : 0.0f));
  const bool sideways = cellWidth > fitted;
  if (sideways) {
    const float rows = static_cast<float>(grid.rows.size());
    const float rowHeight = cell.y + style.ItemSpacing.y + (namesAbove ? ImGui::GetTextLineHeightWithSpacing() : 0);
    const float height = ImGui::GetTextLineHeightWithSpacing() + rows * rowHeight + style.ScrollbarSize;
    ImGui::BeginChild("###coverage.matrix", ImVec2(0, height), ImGuiChildFlags_None,
                      ImGuiWindowFlags_HorizontalScrollbar);
  }
  const float left = ImGui::GetCursorPosX() + nameWidth + spacing;
  for (std::size_t c = 0; c < grid.columns.size(); ++c) {
    if (c > 0) ImGui::SameLine();
    ImGui::SetCursorPosX(left + static_cast<float>(c) * (cellWidth + spacing));
    drawColumnHeader(grid.columns[c].c_str(), cellWidth);
  }
  for (const GridRow& row : grid.rows) {
    if (!row.district) continue;
    if (!namesAbove) ImGui::AlignTextToFramePadding();
    const ImVec2 start = ImGui::GetCursorPos();
    if (row.hasGap) {
      ImGui::TextColored(ImVec4(0.53f, 0.13f, 0.33f, 1.0f), "%s", icon::kWarning);
      tooltip(tr(Str::CoverageGapTip));
      ImGui::SameLine();
    }
    if (namesAbove) {
      ImGui::TextUnformatted(row.district->name.c_str());
    } else {
      const ImVec2 at = ImGui::GetCursorScreenPos();
      ImGui::PushClipRect(at, ImVec2(at.x + nameWidth, at.y + cell.y), true);
      ImGui::TextUnformatted(row.district->name.c_str());
      ImGui::PopClipRect();
      ImGui::SetCursorPos(ImVec2(start.x + nameWidth + spacing, start.y));
    }
    for (std::size_t c = 0; c < row.cells.size(); ++c) {
      if (c > 0) ImGui::SameLine();
      if (grid.clickable) drawCell(state, row.cells[c], *row.district, grid.columns[c], cell);
      else drawCount(row.cells[c].text, cell);
    }
  }
  if (sideways) ImGui::EndChild();
}

std::string namesOf(const Session& session, const std::vector<Id>& offers) {
  std::string names;
  for (Id id : offers)
    if (const Offer* o = findById(session.offers, id)) names += (names.empty() ? "" : ", ") + offerName(*o);
  return names;
}

// What carries a transition: its links ("A → B") and the offers serving both age groups.
std::string carriers(const Session& session, const ChainTransition& t) {
  std::string text;
  for (Id id : t.links)
    if (const Link* l = findById(session.links, id)) {
      const Offer *from = findById(session.offers, l->from), *to = findById(session.offers, l->to);
      if (from && to) text += (text.empty() ? "" : ", ") + offerName(*from) + " → " + offerName(*to);
    }
  const std::string offers = namesOf(session, t.offers);
  if (!offers.empty()) text += (text.empty() ? "" : ", ") + offers;
  return text;
}

// One district's chain: a chip per transition (carried: a check; missing: orange), what
// carries it on hover, the offers without any link, and the district's note.
void drawDistrictChain(const Session& session, const DistrictChain& chain) {
  const District* district = findById(session.districts, chain.district);
  if (!district) return;
  const auto carried = std::count_if(chain.transitions.begin(), chain.transitions.end(),
                                     [](const ChainTransition& t) { return t.covered(); });
  ImGui::SeparatorText(district->name.c_str());
  ImGui::TextDisabled(
      "%s",
      trf(Str::ChainCovered, static_cast<unsigned>(carried), static_cast<unsigned>(chain.transitions.size())).c_str());
  bool first = true;
  for (const ChainTransition& t : chain.transitions) {
    const std::string label = std::string(t.covered() ? icon::kCheck : icon::kBrokenChain) + " " +
                              ageGroupName(session, t.from) + " → " + ageGroupName(session, t.to);
    if (!first) flowNext(buttonWidth(label.c_str()));
    first = false;
    if (!t.covered()) ImGui::PushStyleColor(ImGuiCol_Button, kGapColour);
    button(label.c_str(), ("chain." + std::to_string(chain.district) + "." + std::to_string(t.from)).c_str());
    if (!t.covered()) ImGui::PopStyleColor();
    tooltip(t.covered() ? trf(Str::ChainCarriedBy, carriers(session, t).c_str()).c_str() : tr(Str::ChainMissing));
  }
  ImGui::PushTextWrapPos(0.0f);
  if (!chain.unlinkedOffers.empty())
    ImGui::TextDisabled("%s", trf(Str::ChainUnlinked, namesOf(session, chain.unlinkedOffers).c_str()).c_str());
  if (!district->note.empty()) ImGui::TextUnformatted(trf(Str::DistrictNote, district->note.c_str()).c_str());
  ImGui::PopTextWrapPos();
}

void drawChain(AppState& state) {
  const Session& session = state.doc.session;
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextDisabled("%s", tr(Str::ChainLead));
  ImGui::PopTextWrapPos();
  if (session.ageGroups.size() < 2) {
    ImGui::TextDisabled("%s", tr(Str::ChainNoAgeGroups));
    return;
  }
  if (session.districts.empty()) ImGui::TextDisabled("%s", tr(Str::CoverageNoDistricts));
  for (const DistrictChain& chain : preventionChain(session).districts)
    if (state.map.filter.district == kNoId || state.map.filter.district == chain.district)
      drawDistrictChain(session, chain);
}

// The note on the district chosen on the map or in the matrix: local knowledge beside the data.
void drawDistrictNote(AppState& state) {
  const District* chosen = findById(state.doc.session.districts, state.map.filter.district);
  if (!chosen) return;
  District district = *chosen;
  ImGui::SeparatorText(district.name.c_str());
  ImGui::PushItemWidth(-FLT_MIN);
  const std::string key = "district." + std::to_string(district.id) + ".note";
  if (labelledInput(state.doc.history, tr(Str::DistrictNoteLabel), key, district.note, 3))
    update(state.doc, district, key);
  ImGui::PopItemWidth();
}

void drawAnalysisSwitch(MapViewState& map) {
  using A = MapViewState::Analysis;
  static constexpr std::pair<A, Str> kViews[] = {
      {A::Gaps, Str::AnalysisGaps}, {A::Chain, Str::AnalysisChain}, {A::Categories, Str::AnalysisCategories}};
  bool first = true;
  for (const auto& [view, name] : kViews) {
    if (!first) flowNext(buttonWidth(tr(name)));
    first = false;
    if (toggle(tr(name), ("coverage.view." + std::to_string(static_cast<int>(view))).c_str(), map.analysis == view))
      map.analysis = view;
  }
}

void drawGaps(AppState& state) {
  const Session& session = state.doc.session;
  const CoverageMatrix matrix = coverage(session);
  const auto gaps =
      std::count_if(matrix.rows.begin(), matrix.rows.end(), [](const CoverageRow& r) { return r.hasGap; });
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextDisabled(
      "%s", trf(Str::CoverageSummary, static_cast<unsigned>(gaps), static_cast<unsigned>(matrix.rows.size())).c_str());
  ImGui::PopTextWrapPos();
  drawMatrix(state, gapGrid(session, matrix));
  if (matrix.outside > 0)
    ImGui::TextDisabled("%s", trf(Str::CoverageOutside, counted(matrix.outside, Noun::Offer).c_str()).c_str());
  drawDistrictNote(state);
  ImGui::SeparatorText(tr(Str::CoverageRules));
  drawRules(state);
  drawPopulationColumns(state);
}

void drawCategories(AppState& state) {
  const Session& session = state.doc.session;
  const Id ageGroup = state.map.filter.ageGroup;
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextDisabled(
      "%s",
      trf(Str::CategoriesLead, ageGroup == kNoId ? tr(Str::AllAgeGroups) : ageGroupName(session, ageGroup)).c_str());
  ImGui::PopTextWrapPos();
  drawMatrix(state, categoryGrid(session, coverageByCategory(session, ageGroup)));
  std::string legend;
  for (const Category& c : session.categories)
    legend += (legend.empty() ? "" : "   ") + std::string(icon::categoryIcon(c.icon)) + " " + c.name;
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextDisabled("%s", legend.c_str());
  ImGui::PopTextWrapPos();
}

}  // namespace

void drawCoveragePanel(AppState& state) {
  drawAnalysisSwitch(state.map);
  switch (state.map.analysis) {
    case MapViewState::Analysis::Gaps: drawGaps(state); break;
    case MapViewState::Analysis::Chain: drawChain(state); break;
    case MapViewState::Analysis::Categories: drawCategories(state); break;
  }
}

}  // namespace nwk::ui
