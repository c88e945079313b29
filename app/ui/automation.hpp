// Test automation: every labelled ImGui item's rectangle, recorded each frame through
// ImGui's test-engine item hooks (IMGUI_ENABLE_TEST_ENGINE), and the app state, both as
// JSON for browser tests (exported as nwk_widgets_json / nwk_state_json). Ids are the part
// after "###" in a label (see widgets.hpp), else the label itself. Coordinates are CSS
// pixels, the visible part clipped to the item's window. Also tells the platform where
// text fields are, for the phone keyboard input.
#pragma once
#include <string>

#include "ui/app_state.hpp"

namespace nwk::automation {

void attach(AppState* state);  // after ImGui::CreateContext; turns the hooks on
void beginFrame();             // before ImGui::NewFrame: forget the last frame's items
void endFrame();               // after drawing: hand text fields to the platform
void countFrame();             // one more frame was drawn

std::string widgetsJson();
std::string stateJson();

}  // namespace nwk::automation
