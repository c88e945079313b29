#include <imgui.h>

#include "ui/panels.hpp"

namespace nwk::ui {

void drawApp(AppState& state) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->WorkPos);
  ImGui::SetNextWindowSize(vp->WorkSize);
  constexpr ImGuiWindowFlags kFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                      ImGuiWindowFlags_NoSavedSettings |
                                      ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
  const bool visible = ImGui::Begin("###main", nullptr, kFlags);
  ImGui::PopStyleVar();
  if (visible) {
    drawTopBar(state);
    ImGui::Separator();
    drawWorkspace(state);
  }
  ImGui::End();
  drawAboutDialog(state);
}

}  // namespace nwk::ui
