// Small widget helpers shared by the panels.
// Labels: "Visible text###stable.id" lets ImGui show translated text while the widget's id
// (and the id browser tests find it by) stays the same in every language.
// Touch: in touch mode every control is at least kTouchTarget CSS pixels in both directions.
#pragma once
#include <imgui.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/model/model.hpp"
#include "core/text/i18n.hpp"

namespace nwk::ui {

inline constexpr float kTouchTarget = 44.0f;  // CSS pixels, WCAG 2.5.5 / Apple HIG

void setTouchMode(bool touch);  // once per frame, before drawing
bool touchMode();
float minTarget();  // kTouchTarget in touch mode, else 0

std::string withId(const char* text, const char* id);

bool button(const char* text, const char* id, float minWidth = 0.0f);
// An icon before a text of the string table: "<icon>  Öffnen …".
std::string iconText(const char* icon, Str text);
float buttonWidth(const char* text);  // the width button() gives text (for layouts)
bool selectable(const char* text, const char* id, bool selected);
// A button that shows whether its option is on (filters, tools).
bool toggle(const char* text, const char* id, bool on);
// Continues the row when an item `width` wide still fits, else starts a new one (chips).
void flowNext(float width);
void tooltip(const char* text);  // for the item just drawn, on hover

// ImGui::TreeNode at least as tall as a touch target in touch mode; ImGui::TreePop() after true.
bool treeNode(const char* label);

// A problem with what was typed, in red under the field, wrapped.
void fieldError(const char* message);
// A status that needs attention (offline, a wrong PIN, a refusal), in orange, wrapped: on a
// phone it never runs off the screen.
void warningText(const char* message);

// A modal dialog centred on the screen, opened when wantOpen: at most maxWidth wide, and
// maxHeight high (0: as high as its content). Returns whether it is open; then call
// ImGui::EndPopup(). One dialog at a time: while another is shown, it waits; when wantOpen
// turns false it closes.
bool beginModal(const char* title, const char* id, bool wantOpen, float maxWidth, float maxHeight = 0);

// Chips (toggles that wrap) for the items whose ids are in `chosen`, under a label; true when
// one was switched.
template <class T> bool chips(Str label, const std::vector<T>& items, std::vector<Id>& chosen, const std::string& id) {
  if (items.empty()) return false;
  ImGui::TextUnformatted(tr(label));
  bool changed = false, first = true;
  for (const T& item : items) {
    const auto it = std::find(chosen.begin(), chosen.end(), item.id);
    const bool on = it != chosen.end();
    if (!first) flowNext(buttonWidth(item.name.c_str()));
    first = false;
    if (!toggle(item.name.c_str(), (id + "." + std::to_string(item.id)).c_str(), on)) continue;
    if (on) chosen.erase(it);
    else chosen.push_back(item.id);
    changed = true;
  }
  return changed;
}

}  // namespace nwk::ui
