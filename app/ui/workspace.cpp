// The current phase's workspace. Until a phase's tools exist it shows what the phase is for,
// so a facilitator projecting it can explain the step from the screen.
#include <imgui.h>

#include "ui/icons.hpp"
#include "ui/panels.hpp"
#include "ui/theme.hpp"

namespace nwk::ui {
namespace {

const char* phaseIcon(Phase p) {
  switch (p) {
    case Phase::Inventory: return icon::kMap;
    case Phase::Problems: return icon::kWarning;
    case Phase::Solutions: return icon::kLightbulb;
    case Phase::Weighting: return icon::kBalance;
    case Phase::Results: return icon::kChart;
  }
  return icon::kMap;
}

}  // namespace

void drawWorkspace(AppState& state) {
  if (!ImGui::BeginChild("###workspace", ImVec2(0, 0), ImGuiChildFlags_None)) {
    ImGui::EndChild();
    return;
  }
  const PhaseInfo& info = phaseInfo(state.phase);
  ImGui::Spacing();
  ImGui::TextDisabled("%s  %s", phaseIcon(info.phase), tr(info.name));
  pushHeadingFont();
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(tr(info.lead));
  popHeadingFont();
  ImGui::Spacing();
  ImGui::TextUnformatted(tr(info.body));
  ImGui::Spacing();
  ImGui::TextDisabled("%s  %s", icon::kWrench, tr(Str::WorkspaceComing));
  ImGui::PopTextWrapPos();
  ImGui::EndChild();
}

}  // namespace nwk::ui
