// Beside the map: the coverage matrix, districts x age groups. Each cell counts the offers
// (and per 1,000 children where the age group has a population column); gaps are marked in
// the cell, a district whose chain has an age group without any offer carries the
// broken-chain mark. A click on a cell filters the map to that district and age group.
// Above it the rules: what counts as a gap, and which indicator holds the children per age.
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <string>

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

std::string cellText(const CoverageCell& cell) {
  std::string text = (cell.gap ? "! " : "") + std::to_string(cell.offers);
  if (cell.perThousand) text += "\n" + displayNumber(*cell.perThousand, 1) + " ‰";
  return text;
}

constexpr float kCellPadding = 4.0f;  // the cells' text is short: room for more columns

// One cell: the count, per 1,000 below it when known; gaps in orange with a mark.
void drawCell(AppState& state, const CoverageCell& cell, const District& district, const AgeGroup& group, ImVec2 size) {
  const std::string text = cellText(cell);
  const bool selected = state.map.filter.district == district.id && state.map.filter.ageGroup == group.id;
  if (cell.gap) ImGui::PushStyleColor(ImGuiCol_Button, kGapColour);
  const std::string id = "coverage." + std::to_string(district.id) + "." + group.name;
  if (selected) ImGui::PushStyleColor(ImGuiCol_Border, IM_COL32(0, 0, 0, 255));
  ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, selected ? 2.0f : 0.0f);
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(kCellPadding, ImGui::GetStyle().FramePadding.y));
  if (ImGui::Button(withId(text.c_str(), id.c_str()).c_str(), size)) {
    state.map.filter.district = district.id;
    state.map.filter.ageGroup = group.id;
  }
  ImGui::PopStyleVar(2);
  if (selected) ImGui::PopStyleColor();
  if (cell.gap) ImGui::PopStyleColor();
  tooltip(trf(cell.gap ? Str::CoverageCellGapTip : Str::CoverageCellTip, district.name.c_str(), group.name.c_str())
              .c_str());
}

// An age group's name over its column, cut with "…" where longer (the cells' tooltips name it).
void drawColumnHeader(const char* name, float width) {
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const float height = ImGui::GetTextLineHeight();
  ImGui::RenderTextEllipsis(ImGui::GetWindowDrawList(), at, ImVec2(at.x + width, at.y + height), at.x + width,
                            at.x + width, name, nullptr, nullptr);
  ImGui::Dummy(ImVec2(width, height));
}

// Districts down, age groups across. Cells never shrink below their text: where the panel is
// too narrow for names and cells side by side, each district's name goes above its row, and
// where even the cells alone do not fit, the matrix scrolls sideways instead of being cut.
void drawMatrix(AppState& state, const CoverageMatrix& matrix) {
  const Session& session = state.doc.session;
  if (matrix.rows.empty()) {
    ImGui::TextDisabled("%s", tr(Str::CoverageNoDistricts));
    return;
  }
  const ImGuiStyle& style = ImGui::GetStyle();
  const float spacing = style.ItemSpacing.x;
  const float avail = ImGui::GetContentRegionAvail().x;
  const float columns = static_cast<float>(std::max<std::size_t>(session.ageGroups.size(), 1));
  float widest = 0;
  for (const CoverageRow& r : matrix.rows)
    for (const CoverageCell& c : r.cells) widest = std::max(widest, ImGui::CalcTextSize(cellText(c).c_str()).x);
  const float least = std::max(widest + kCellPadding * 2, minTarget());
  float nameWidth = std::min(ImGui::GetFontSize() * 9, avail * 0.4f);
  const bool namesAbove = (avail - nameWidth - spacing * columns) / columns < least;
  if (namesAbove) nameWidth = -spacing;  // the cells start at the left edge
  const float fitted = (avail - nameWidth - spacing * columns) / columns;
  const float cellWidth = std::max(fitted, least);
  const bool tall = std::any_of(matrix.rows.begin(), matrix.rows.end(), [](const CoverageRow& r) {
    return std::any_of(r.cells.begin(), r.cells.end(), [](const CoverageCell& c) { return c.perThousand.has_value(); });
  });
  const ImVec2 cell(cellWidth, std::max(ImGui::GetFrameHeight() * (tall ? 1.6f : 1.0f), minTarget()));
  const bool sideways = cellWidth > fitted;
  if (sideways) {
    const float rows = static_cast<float>(matrix.rows.size());
    const float rowHeight = cell.y + style.ItemSpacing.y + (namesAbove ? ImGui::GetTextLineHeightWithSpacing() : 0);
    const float height = ImGui::GetTextLineHeightWithSpacing() + rows * rowHeight + style.ScrollbarSize;
    ImGui::BeginChild("###coverage.matrix", ImVec2(0, height), ImGuiChildFlags_None,
                      ImGuiWindowFlags_HorizontalScrollbar);
  }
  const float left = ImGui::GetCursorPosX() + nameWidth + spacing;
  for (std::size_t c = 0; c < session.ageGroups.size(); ++c) {
    if (c > 0) ImGui::SameLine();
    ImGui::SetCursorPosX(left + static_cast<float>(c) * (cellWidth + spacing));
    drawColumnHeader(session.ageGroups[c].name.c_str(), cellWidth);
  }
  for (const CoverageRow& row : matrix.rows) {
    const District* district = findById(session.districts, row.district);
    if (!district) continue;
    if (!namesAbove) ImGui::AlignTextToFramePadding();
    const ImVec2 start = ImGui::GetCursorPos();
    if (row.hasGap) {
      ImGui::TextColored(ImVec4(0.53f, 0.13f, 0.33f, 1.0f), "%s", icon::kBrokenChain);
      tooltip(tr(Str::CoverageGapTip));
      ImGui::SameLine();
    }
    if (namesAbove) {
      ImGui::TextUnformatted(district->name.c_str());
    } else {
      const ImVec2 at = ImGui::GetCursorScreenPos();
      ImGui::PushClipRect(at, ImVec2(at.x + nameWidth, at.y + cell.y), true);
      ImGui::TextUnformatted(district->name.c_str());
      ImGui::PopClipRect();
      ImGui::SetCursorPos(ImVec2(start.x + nameWidth + spacing, start.y));
    }
    for (std::size_t c = 0; c < row.cells.size() && c < session.ageGroups.size(); ++c) {
      if (c > 0) ImGui::SameLine();
      drawCell(state, row.cells[c], *district, session.ageGroups[c], cell);
    }
  }
  if (sideways) ImGui::EndChild();
  if (matrix.outside > 0)
    ImGui::TextDisabled("%s", trf(Str::CoverageOutside, counted(matrix.outside, Noun::Offer).c_str()).c_str());
}

}  // namespace

void drawCoveragePanel(AppState& state) {
  const CoverageMatrix matrix = coverage(state.doc.session);
  const auto broken =
      std::count_if(matrix.rows.begin(), matrix.rows.end(), [](const CoverageRow& r) { return r.hasGap; });
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextDisabled(
      "%s",
      trf(Str::CoverageSummary, static_cast<unsigned>(broken), static_cast<unsigned>(matrix.rows.size())).c_str());
  ImGui::PopTextWrapPos();
  drawMatrix(state, matrix);
  ImGui::SeparatorText(tr(Str::CoverageRules));
  drawRules(state);
  drawPopulationColumns(state);
}

}  // namespace nwk::ui
