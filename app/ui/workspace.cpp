// The current phase's workspace: what the phase is for (so a facilitator projecting it can
// explain the step from the screen), then its tools: the board in phases 2 and 3, the rounds
// in 4 and 5, the measures plan in 6; from phase 2 on a button starts presenter mode for the beamer.
#include <imgui.h>

#include <string>

#include "ui/icons.hpp"
#include "ui/panels.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace nwk::ui {
namespace {

const char* phaseIcon(Phase p) {
  switch (p) {
    case Phase::Inventory: return icon::kMap;
    case Phase::Problems: return icon::kWarning;
    case Phase::Solutions: return icon::kLightbulb;
    case Phase::Weighting: return icon::kBalance;
    case Phase::Results: return icon::kChart;
    case Phase::Implementation: return icon::kTasks;
  }
  return icon::kMap;
}

}  // namespace

void drawWorkspace(AppState& state) {
  if (!ImGui::BeginChild("###workspace", ImVec2(0, 0), ImGuiChildFlags_None)) {
    ImGui::EndChild();
    return;
  }
  const PhaseInfo& info = phaseInfo(state.doc.session.meta.phase);
  if (info.phase == Phase::Inventory) {  // the map needs the room: the lead line only
    ImGui::PushTextWrapPos(0.0f);        // a phone wraps it rather than cutting it off
    ImGui::TextDisabled("%s", iconText(phaseIcon(info.phase), info.lead).c_str());
    ImGui::PopTextWrapPos();
    tooltip(tr(info.body));
    drawInventory(state);
    ImGui::EndChild();
    return;
  }
  ImGui::Spacing();
  ImGui::AlignTextToFramePadding();
  ImGui::TextDisabled("%s  %s", phaseIcon(info.phase), tr(info.name));
  const std::string present = iconText(icon::kExpand, Str::PresentStart);
  const std::string exportLabel = iconText(icon::kDown, Str::ExportTitle);
  const bool exports = info.phase == Phase::Results || info.phase == Phase::Implementation;
  const float right = buttonWidth(present.c_str()) +
                      (exports ? buttonWidth(exportLabel.c_str()) + ImGui::GetStyle().ItemSpacing.x : 0.0f);
  ImGui::SameLine(ImGui::GetContentRegionMax().x - right);
  if (exports && button(exportLabel.c_str(), "export")) openExportDialog(state);
  if (exports) ImGui::SameLine();
  if (button(present.c_str(), "present")) togglePresenter(state);
  tooltip(tr(Str::PresentTip));
  pushHeadingFont();
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(tr(info.lead));
  popHeadingFont();
  ImGui::Spacing();
  ImGui::TextUnformatted(tr(info.body));
  ImGui::Spacing();
  ImGui::PopTextWrapPos();
  if (info.phase == Phase::Problems || info.phase == Phase::Solutions) drawBoard(state);
  else if (info.phase == Phase::Implementation) drawImplementation(state);
  else drawRounds(state);
  ImGui::EndChild();
}

}  // namespace nwk::ui
