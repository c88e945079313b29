// Test automation for the app: the app state as JSON for browser tests (exported as
// nwk_state_json), beside the widgets' rectangles (widget_registry.hpp).
#pragma once
#include <string>

#include "ui/app_state.hpp"
#include "ui/widget_registry.hpp"

namespace nwk::automation {

void attach(AppState* state);  // after ImGui::CreateContext; turns the item hooks on

std::string stateJson();

}  // namespace nwk::automation
