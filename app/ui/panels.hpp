// The panels, one file each; drawApp() lays them out for one frame. Panels draw AppState
// and change it; they own no state of their own beyond ImGui's.
#pragma once
#include "ui/app_state.hpp"

namespace nwk::ui {

void drawApp(AppState& state);          // app.cpp: full-window layout, shortcuts
void drawTopBar(AppState& state);       // top_bar.cpp: menu, title, language, phases
void drawWorkspace(AppState& state);    // workspace.cpp: the current phase's workspace
void drawBoard(AppState& state);        // board.cpp: problems / proposals per age group
void drawAboutDialog(AppState& state);  // about_dialog.cpp: about and licences
void drawWorkshopDialog(AppState& state);  // workshop_dialog.cpp: meta data, age groups
void drawSessionDialogs(AppState& state);  // session_dialogs.cpp: errors, stored sessions, merge
void drawNotices(AppState& state, double nowMs);  // notices.cpp: short confirmations

}  // namespace nwk::ui
