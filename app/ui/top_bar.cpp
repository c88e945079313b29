// Top bar: menu (language, text size, about), the workshop title, a one-tap language
// switch, and the five phases. Narrow screens show the phases as numbers only.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <string>

#include "ui/icons.hpp"
#include "ui/panels.hpp"
#include "ui/widgets.hpp"

namespace nwk::ui {
namespace {

void setLanguageTo(AppState& state, Lang lang) {
  if (state.settings.language == lang) return;
  state.settings.language = lang;
  state.settingsChanged = true;
}

void drawMenuPopup(AppState& state) {
  if (!ImGui::BeginPopup("###menu")) return;
  ImGui::TextDisabled("%s", tr(Str::Language));
  if (selectable("Deutsch", "menu.lang.de", state.settings.language == Lang::De))
    setLanguageTo(state, Lang::De);
  if (selectable("English", "menu.lang.en", state.settings.language == Lang::En))
    setLanguageTo(state, Lang::En);
  ImGui::Separator();
  ImGui::TextDisabled("%s", tr(Str::UiScale));
  ImGui::BeginDisabled(!state.settings.canScaleDown());
  if (button(icon::kMinus, "menu.scale.down")) {
    state.settings.scaleDown();
    state.settingsChanged = true;
  }
  tooltip(tr(Str::UiScaleSmaller));
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  ImGui::Text(tr(Str::UiScaleValue), state.settings.uiScalePercent);
  ImGui::SameLine();
  ImGui::BeginDisabled(!state.settings.canScaleUp());
  if (button(icon::kPlus, "menu.scale.up")) {
    state.settings.scaleUp();
    state.settingsChanged = true;
  }
  tooltip(tr(Str::UiScaleLarger));
  ImGui::EndDisabled();
  ImGui::Separator();
  if (selectable((std::string(icon::kInfo) + "  " + tr(Str::About)).c_str(), "menu.about", false)) {
    state.about.open = true;
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

float phaseButtonWidth(const char* text) {
  return std::max(ImGui::CalcTextSize(text).x + ImGui::GetStyle().FramePadding.x * 2, minTarget());
}

bool phasesFitWithNames() {
  float total = 0;
  for (const PhaseInfo& p : kPhases) total += phaseButtonWidth(tr(p.name)) + ImGui::GetStyle().ItemSpacing.x;
  return total <= ImGui::GetContentRegionAvail().x;
}

void drawPhases(AppState& state) {
  const bool withNames = phasesFitWithNames();
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const float count = static_cast<float>(kPhases.size());
  const float numberWidth = withNames ? 0.0f : (ImGui::GetContentRegionAvail().x - spacing * (count - 1)) / count;
  for (const PhaseInfo& p : kPhases) {
    const std::string id = std::string("phase.") + p.key;
    const std::string number = std::to_string(static_cast<int>(p.phase));
    const bool current = state.phase == p.phase;
    if (current) {
      ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0.12f, 0.29f, 0.54f, 1.0f));
      ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImVec4(0.16f, 0.35f, 0.62f, 1.0f));
      ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
    }
    if (button(withNames ? tr(p.name) : number.c_str(), id.c_str(), numberWidth)) state.phase = p.phase;
    if (current) ImGui::PopStyleColor(3);
    if (!withNames) tooltip(tr(p.name));
    if (p.phase != kPhases.back().phase) ImGui::SameLine();
  }
}

}  // namespace

void drawTopBar(AppState& state) {
  if (button(icon::kMenu, "menu")) ImGui::OpenPopup("###menu");
  tooltip(tr(Str::Menu));
  drawMenuPopup(state);

  ImGui::SameLine();
  const float languageWidth = std::max(ImGui::CalcTextSize("EN").x + ImGui::GetStyle().FramePadding.x * 2, minTarget());
  ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - languageWidth - ImGui::GetStyle().ItemSpacing.x);
  const float textPad = (std::max(ImGui::GetFrameHeight(), minTarget()) - ImGui::GetFontSize()) * 0.5f;
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(ImGui::GetStyle().FramePadding.x, textPad));
  ImGui::InputTextWithHint("###title", tr(Str::TitleHint), &state.title);
  ImGui::PopStyleVar();

  ImGui::SameLine();
  if (button(tr(Str::LanguageSwitch), "language"))
    setLanguageTo(state, state.settings.language == Lang::De ? Lang::En : Lang::De);
  tooltip(tr(Str::LanguageSwitchTip));

  drawPhases(state);
}

}  // namespace nwk::ui
