// Short confirmations ("Gespeichert: ...", "Letzte Sitzung wiederhergestellt ...") at the
// bottom right for a few seconds; expired ones are dropped. Above them, while a new version
// of the app waits (platform::updateWaiting), its offer stays with a button that saves and
// reloads into it.
#include <imgui.h>

#include <algorithm>

#include "platform/platform.hpp"
#include "ui/icons.hpp"
#include "ui/panels.hpp"
#include "ui/widgets.hpp"

namespace nwk::ui {
namespace {

// The text and its button in one row where they fit within width, else the button below.
void drawUpdateOffer(AppState& state, float width) {
  const char* text = tr(Str::UpdateAvailable);
  const std::string label = iconText(icon::kRedo, Str::UpdateReload);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(text);
  if (ImGui::CalcTextSize(text).x + ImGui::GetStyle().ItemSpacing.x + buttonWidth(label.c_str()) <= width)
    ImGui::SameLine();
  ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(1, 1, 1, 1));
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImVec4(0.88f, 0.92f, 0.98f, 1));
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, ImVec4(0.80f, 0.87f, 0.97f, 1));
  ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.12f, 0.29f, 0.54f, 1));
  if (button(label.c_str(), "update.reload")) state.request(FileRequest::Kind::UpdateApp);
  ImGui::PopStyleColor(4);
  tooltip(tr(Str::UpdateReloadTip));
}

}  // namespace

void drawNotices(AppState& state, double nowMs, bool offerUpdate) {
  auto& notices = state.notices;
  notices.erase(std::remove_if(notices.begin(), notices.end(), [&](const Notice& n) { return n.untilMs < nowMs; }),
                notices.end());
  const bool update = offerUpdate && platform::updateWaiting();
  if (notices.empty() && !update) return;
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float margin = 12.0f;
  ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x - margin, vp->WorkPos.y + vp->WorkSize.y - margin),
                          ImGuiCond_Always, ImVec2(1.0f, 1.0f));
  ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(std::min(520.0f, vp->WorkSize.x - 2 * margin), 400));
  ImGui::PushStyleColor(ImGuiCol_WindowBg, ImVec4(0.12f, 0.29f, 0.54f, 0.95f));
  ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
  ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                           ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                           ImGuiWindowFlags_NoNav;
  if (!update) flags |= ImGuiWindowFlags_NoInputs;  // confirmations only: clicks go to what is below
  if (ImGui::Begin("###notices", nullptr, flags)) {
    const float width = std::min(500.0f, vp->WorkSize.x - 4 * margin);
    ImGui::PushTextWrapPos(width);
    if (update) drawUpdateOffer(state, width);
    for (const Notice& n : notices) ImGui::TextUnformatted(n.text.c_str());
    ImGui::PopTextWrapPos();
  }
  ImGui::End();
  ImGui::PopStyleColor(2);
}

}  // namespace nwk::ui
