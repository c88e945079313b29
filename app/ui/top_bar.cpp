// Top bar: menu (session files, workshop details, language, text size, about), undo/redo,
// the workshop title, a one-tap language switch, and the six phases. Narrow screens show
// the phases as numbers only.
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

// A menu entry that queues a file request and closes the menu; `key`: its Ctrl shortcut.
void fileEntry(AppState& state, const char* icon, Str text, const char* id, FileRequest::Kind kind, char key = 0) {
  const std::string label = iconText(icon, text) + (key ? std::string("   ") + tr(Str::KeyCtrl) + "+" + key : "");
  if (!selectable(label.c_str(), id, false)) return;
  state.request(kind, platform::filesByPath() ? state.pathInput : std::string());
  if (kind == FileRequest::Kind::ListStored) state.sessions.open = true;
  ImGui::CloseCurrentPopup();
}

void drawSessionSection(AppState& state) {
  using K = FileRequest::Kind;
  ImGui::TextDisabled("%s", tr(Str::FileHeading));
  if (platform::filesByPath()) {
    ImGui::SetNextItemWidth(std::max(320.0f, ImGui::GetFontSize() * 20));
    ImGui::InputTextWithHint("###menu.path", tr(Str::PathPrompt), &state.pathInput);
  }
  fileEntry(state, icon::kFile, Str::FileNew, "menu.new", K::New);
  fileEntry(state, icon::kStar, Str::FileDemo, "menu.demo", K::Demo);
  fileEntry(state, icon::kFolderOpen, Str::FileOpen, "menu.open", K::Open, 'O');
  fileEntry(state, icon::kSave, Str::FileSave, "menu.save", K::SaveBinary, 'S');
  fileEntry(state, icon::kCode, Str::FileSaveJson, "menu.save.json", K::SaveJson);
  fileEntry(state, icon::kMerge, Str::FileMerge, "menu.merge", K::Merge);
  fileEntry(state, icon::kHistory, Str::FileSessions, "menu.sessions", K::ListStored);
  if (selectable(iconText(icon::kDown, Str::ExportMenu).c_str(), "menu.export", false)) {
    openExportDialog(state);
    ImGui::CloseCurrentPopup();
  }
  if (selectable(iconText(icon::kHistory, Str::FollowUpPrepare).c_str(), "menu.followUp", false)) {
    state.measures.followUpOpen = true;
    ImGui::CloseCurrentPopup();
  }
  if (selectable(iconText(icon::kPencil, Str::WorkshopDetails).c_str(), "menu.workshop", false)) {
    state.workshopDialogOpen = true;
    ImGui::CloseCurrentPopup();
  }
}

void drawSettingsSection(AppState& state) {
  ImGui::TextDisabled("%s", tr(Str::Language));
  if (toggle("Deutsch", "menu.lang.de", state.settings.language == Lang::De)) setLanguageTo(state, Lang::De);
  ImGui::SameLine();  // one row: the menu stays within a phone's height
  if (toggle("English", "menu.lang.en", state.settings.language == Lang::En)) setLanguageTo(state, Lang::En);
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
}

void drawMenuPopup(AppState& state) {
  if (!ImGui::BeginPopup("###menu")) return;
  drawSessionSection(state);
  ImGui::Separator();
  drawSettingsSection(state);
  ImGui::Separator();
  if (selectable(iconText(icon::kInfo, Str::About).c_str(), "menu.about", false)) {
    state.about.open = true;
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

void drawUndoRedo(AppState& state) {
  History& history = state.doc.history;
  ImGui::BeginDisabled(!history.canUndo());
  if (button(icon::kUndo, "undo")) state.undo();
  ImGui::EndDisabled();
  tooltip(history.canUndo() ? trf(Str::UndoTip, history.undoLabel().c_str()).c_str() : tr(Str::NothingToUndo));
  ImGui::SameLine();
  ImGui::BeginDisabled(!history.canRedo());
  if (button(icon::kRedo, "redo")) state.redo();
  ImGui::EndDisabled();
  tooltip(history.canRedo() ? trf(Str::RedoTip, history.redoLabel().c_str()).c_str() : tr(Str::NothingToRedo));
}

void drawTitle(AppState& state, float width) {
  Document& doc = state.doc;
  std::string title = doc.session.meta.title;
  ImGui::SetNextItemWidth(width);
  const float textPad = (std::max(ImGui::GetFrameHeight(), minTarget()) - ImGui::GetFontSize()) * 0.5f;
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(ImGui::GetStyle().FramePadding.x, textPad));
  if (ImGui::InputTextWithHint("###title", tr(Str::TitleHint), &title)) {
    Meta meta = doc.session.meta;
    meta.title = title;
    setMeta(doc, meta, "meta.title");
  }
  if (ImGui::IsItemDeactivated()) doc.history.seal();
  ImGui::PopStyleVar();
}

bool phasesFitWithNames() {
  float total = 0;
  for (const PhaseInfo& p : kPhases) total += buttonWidth(tr(p.name)) + ImGui::GetStyle().ItemSpacing.x;
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
    const bool current = state.doc.session.meta.phase == p.phase;
    if (current) {
      ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0.12f, 0.29f, 0.54f, 1.0f));
      ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImVec4(0.16f, 0.35f, 0.62f, 1.0f));
      ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
    }
    if (button(withNames ? tr(p.name) : number.c_str(), id.c_str(), numberWidth)) state.setPhase(p.phase);
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
  drawUndoRedo(state);
  ImGui::SameLine();
  const float languageWidth = buttonWidth(tr(Str::LanguageSwitch));
  drawTitle(state, ImGui::GetContentRegionAvail().x - languageWidth - ImGui::GetStyle().ItemSpacing.x);
  ImGui::SameLine();
  if (button(tr(Str::LanguageSwitch), "language"))
    setLanguageTo(state, state.settings.language == Lang::De ? Lang::En : Lang::De);
  tooltip(tr(Str::LanguageSwitchTip));
  drawPhases(state);
}

}  // namespace nwk::ui
