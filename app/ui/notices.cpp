// Short confirmations ("Gespeichert: ...", "Letzte Sitzung wiederhergestellt ...") at the
// top right for a few seconds; expired ones are dropped.
#include <imgui.h>

#include <algorithm>

#include "ui/panels.hpp"

namespace nwk::ui {

void drawNotices(AppState& state, double nowMs) {
  auto& notices = state.notices;
  notices.erase(std::remove_if(notices.begin(), notices.end(), [&](const Notice& n) { return n.untilMs < nowMs; }),
                notices.end());
  if (notices.empty()) return;
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float margin = 12.0f;
  ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x - margin, vp->WorkPos.y + vp->WorkSize.y - margin),
                          ImGuiCond_Always, ImVec2(1.0f, 1.0f));
  ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(std::min(520.0f, vp->WorkSize.x - 2 * margin), 400));
  ImGui::PushStyleColor(ImGuiCol_WindowBg, ImVec4(0.12f, 0.29f, 0.54f, 0.95f));
  ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
  constexpr ImGuiWindowFlags kFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                                      ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                                      ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoInputs;
  if (ImGui::Begin("###notices", nullptr, kFlags)) {
    ImGui::PushTextWrapPos(std::min(500.0f, vp->WorkSize.x - 4 * margin));
    for (const Notice& n : notices) ImGui::TextUnformatted(n.text.c_str());
    ImGui::PopTextWrapPos();
  }
  ImGui::End();
  ImGui::PopStyleColor(2);
}

}  // namespace nwk::ui
