#include "ui/widgets.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>

namespace nwk::ui {
namespace {
bool gTouch = false;
}

void setTouchMode(bool touch) { gTouch = touch; }
bool touchMode() { return gTouch; }
float minTarget() { return gTouch ? kTouchTarget : 0.0f; }

std::string withId(const char* text, const char* id) { return std::string(text) + "###" + id; }

float buttonWidth(const char* text) {
  return std::max(ImGui::CalcTextSize(text, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2, minTarget());
}

bool button(const char* text, const char* id, float minWidth) {
  const ImVec2 size(std::max(buttonWidth(text), minWidth), std::max(ImGui::GetFrameHeight(), minTarget()));
  return ImGui::Button(withId(text, id).c_str(), size);
}

bool selectable(const char* text, const char* id, bool selected) {
  const float height = std::max(ImGui::GetTextLineHeight(), minTarget());
  return ImGui::Selectable(withId(text, id).c_str(), selected, 0, ImVec2(0, height));
}

bool toggle(const char* text, const char* id, bool on) {
  if (on) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
  const bool pressed = button(text, id);
  if (on) ImGui::PopStyleColor();
  return pressed;
}

void flowNext(float width) {
  const float right = ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x + width;
  if (right <= ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x) ImGui::SameLine();
}

void tooltip(const char* text) {
  if (gTouch || !ImGui::IsItemHovered(ImGuiHoveredFlags_DelayNormal | ImGuiHoveredFlags_AllowWhenDisabled)) return;
  // Wrapped to a readable measure and never wider than the screen.
  const float width = std::min(ImGui::GetFontSize() * 32.0f, ImGui::GetMainViewport()->WorkSize.x * 0.9f);
  ImGui::BeginTooltip();
  ImGui::PushTextWrapPos(width);
  ImGui::TextUnformatted(text);
  ImGui::PopTextWrapPos();
  ImGui::EndTooltip();
}

namespace {

// Another dialog on the screen's own level (not one this dialog was opened from) that is
// open and drawn. Two such dialogs opened in the same frame would each close the other every
// frame and, re-appearing each time, never be shown (ImGui hides a popup's first frame): a
// merge report with the repairs' message beside it stayed invisible.
bool otherDialogShown(ImGuiID id) {
  const ImGuiContext& g = *ImGui::GetCurrentContext();
  if (g.BeginPopupStack.Size > 0 || g.OpenPopupStack.empty()) return false;
  const ImGuiPopupData& top = g.OpenPopupStack.front();
  return top.PopupId != id && top.Window && (top.Window->Flags & ImGuiWindowFlags_Modal) &&
         (top.Window->Active || top.Window->WasActive);
}

}  // namespace

std::string iconText(const char* icon, Str text) { return std::string(icon) + "  " + tr(text); }

bool beginModal(const char* title, const char* id, bool wantOpen, float maxWidth, float maxHeight) {
  const std::string label = withId(title, id);
  const bool open = ImGui::IsPopupOpen(label.c_str());
  if (wantOpen && !open) {
    if (otherDialogShown(ImGui::GetID(label.c_str()))) return false;  // waits its turn
    ImGui::OpenPopup(label.c_str());
  }
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float width = std::min(maxWidth, vp->WorkSize.x - 16);
  if (maxHeight > 0) ImGui::SetNextWindowSize(ImVec2(width, std::min(maxHeight, vp->WorkSize.y - 16)));
  else ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0), ImVec2(width, vp->WorkSize.y - 16));
  ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  const bool shown = ImGui::BeginPopupModal(
      label.c_str(), nullptr,
      ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | (maxHeight > 0 ? 0 : ImGuiWindowFlags_AlwaysAutoResize));
  if (shown && !wantOpen) {  // what it showed is gone (another session opened): close it
    ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    return false;
  }
  return shown;
}

bool treeNode(const char* label) {
  const ImVec2 padding = ImGui::GetStyle().FramePadding;
  const float y = std::max(padding.y, (minTarget() - ImGui::GetFontSize()) * 0.5f);
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(padding.x, y));
  const bool open = ImGui::TreeNodeEx(label, ImGuiTreeNodeFlags_FramePadding);
  ImGui::PopStyleVar();
  return open;
}

void warningText(const char* message) {
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextColored(ImVec4(0.72f, 0.25f, 0.0f, 1.0f), "%s", message);
  ImGui::PopTextWrapPos();
}

void fieldError(const char* message) {
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextColored(ImVec4(0.75f, 0.1f, 0.1f, 1.0f), "%s", message);
  ImGui::PopTextWrapPos();
}

}  // namespace nwk::ui
