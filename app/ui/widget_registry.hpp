// Every labelled ImGui item's rectangle, recorded each frame through ImGui's test-engine
// item hooks (IMGUI_ENABLE_TEST_ENGINE), as JSON for browser tests (exported as
// nwk_widgets_json). Ids are the part after "###" in a label (see widgets.hpp), else the
// label itself. Coordinates are CSS pixels, the visible part clipped to the item's window.
// Also tells the platform where text fields are, for the phone keyboard input. Used by
// the app (with automation.hpp) and the participant page.
#pragma once
#include <cstdint>
#include <string>

namespace nwk::automation {

void enableItemHooks();  // after ImGui::CreateContext
void beginFrame();       // before ImGui::NewFrame: forget the last frame's items
void endFrame();         // after drawing: hand text fields to the platform
void countFrame();       // one more frame was drawn
std::int64_t framesDrawn();

std::string widgetsJson();

}  // namespace nwk::automation
