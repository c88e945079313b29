// The frame's layout (top bar, workspace, dialogs, notices) and the app-wide shortcuts:
// Ctrl+Z / Ctrl+Y (Ctrl+Shift+Z) undo and redo outside text fields, Ctrl+S saves, Ctrl+O opens.
// Presenter mode, like kiosk mode and the live vote's join screen, has the screen to itself.
#include <imgui.h>

#include "platform/platform.hpp"
#include "ui/live_client.hpp"
#include "ui/panels.hpp"

namespace nwk::ui {
namespace {

void handleShortcuts(AppState& state) {
  const ImGuiIO& io = ImGui::GetIO();
  if (!io.KeyCtrl) return;
  auto pressed = [](ImGuiKey key) { return ImGui::IsKeyPressed(key, false); };
  if (pressed(ImGuiKey_S)) state.request(FileRequest::Kind::SaveBinary, state.pathInput);
  if (pressed(ImGuiKey_O)) state.request(FileRequest::Kind::Open, state.pathInput);
  if (io.WantTextInput) return;  // a text field has its own undo
  if (pressed(ImGuiKey_Z) && !io.KeyShift) state.undo();
  if (pressed(ImGuiKey_Y) || (pressed(ImGuiKey_Z) && io.KeyShift)) state.redo();
}

}  // namespace

void drawApp(AppState& state) {
  syncLiveRounds(state);
  // Kiosk (the ballot only), the beamer (slides only) and the join screen have the screen
  // to themselves: no shortcuts, no undo, no editing.
  if (state.settings.kioskRound != 0 || state.presenter.open || state.live.joinScreen != kNoId) {
    if (state.settings.kioskRound != 0) drawKiosk(state);
    else if (state.presenter.open) drawPresenter(state);
    else drawLiveJoinScreen(state);
    drawNotices(state, platform::nowMs(), false);  // no update offer on the projected screen
    return;
  }
  handleShortcuts(state);
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->WorkPos);
  ImGui::SetNextWindowSize(vp->WorkSize);
  constexpr ImGuiWindowFlags kFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                      ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
  const bool visible = ImGui::Begin("###main", nullptr, kFlags);
  ImGui::PopStyleVar();
  if (visible) {
    drawTopBar(state);
    ImGui::Separator();
    drawWorkspace(state);
  }
  ImGui::End();
  drawWorkshopDialog(state);
  drawFollowUpDialog(state);
  drawAboutDialog(state);
  drawSessionDialogs(state);
  drawImportDialog(state);
  drawExportDialog(state);
  drawNotices(state, platform::nowMs(), true);
}

}  // namespace nwk::ui
