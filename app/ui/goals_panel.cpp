// Phase 6, "Ziele": the fields of action (add, rename, delete: their proposals, goals and
// measures stay, in no field) and under each its SMART goals: what should change, measured by
// an indicator of the session (column and district) or a free text, the value today, the
// target and by when. Every field edit is one undo step.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <cfloat>
#include <string>

#include "ui/icons.hpp"
#include "ui/panels.hpp"
#include "ui/widgets.hpp"

namespace nwk::ui {
namespace {

constexpr float kColumnMinWidth = 180.0f;

// A combo of "none" and the items; true when another was chosen.
template <class T> bool idCombo(Str label, Str none, const std::vector<T>& items, Id& chosen, const std::string& id) {
  ImGui::TextUnformatted(tr(label));
  const T* current = findById(items, chosen);
  bool changed = false;
  if (ImGui::BeginCombo(withId("", id.c_str()).c_str(), current ? current->name.c_str() : tr(none))) {
    if (selectable(tr(none), (id + ".none").c_str(), chosen == kNoId)) chosen = kNoId, changed = true;
    for (const T& item : items)
      if (selectable(item.name.c_str(), (id + "." + std::to_string(item.id)).c_str(), item.id == chosen))
        chosen = item.id, changed = true;
    ImGui::EndCombo();
  }
  return changed;
}

// One of the columns side by side in a row (`row`), or nothing: the fields stack. Groups, not
// an ImGui table: BeginTable and EndTable alone were ~10 KB of code in the web download.
void beginColumn(bool row, float width, bool first) {
  if (!row) return;
  if (!first) ImGui::SameLine();
  ImGui::BeginGroup();
  ImGui::PushItemWidth(width);
}

void endColumn(bool row) {
  if (!row) return;
  ImGui::PopItemWidth();
  ImGui::EndGroup();
}

void drawGoal(AppState& state, const Goal& current) {
  const Session& s = state.doc.session;
  History& history = state.doc.history;
  Goal g = current;
  const std::string key = "goal." + std::to_string(g.id);
  ImGui::PushID(key.c_str());
  ImGui::Separator();
  bool typed = labelledInput(history, tr(Str::GoalText), key + ".text", g.text);
  bool changed =
      idCombo(Str::GoalIndicator, Str::GoalIndicatorNone, s.indicatorColumns, g.indicator, key + ".indicator");
  if (g.indicator != kNoId)
    changed |= idCombo(Str::GoalDistrict, Str::GoalWholeTown, s.districts, g.district, key + ".district");
  else typed |= labelledInput(history, tr(Str::GoalMeasuredBy), key + ".measuredBy", g.measuredBy);
  // Today, target and deadline side by side where they fit (a phone stacks them).
  const float width = ImGui::GetContentRegionAvail().x;
  const bool row = width >= 3 * kColumnMinWidth;
  const float columnWidth = (width - 2 * ImGui::GetStyle().ItemSpacing.x) / 3;
  beginColumn(row, columnWidth, true);
  typed |= labelledInput(history, tr(Str::GoalValueToday), key + ".today", g.valueToday);
  endColumn(row);
  beginColumn(row, columnWidth, false);
  typed |= labelledInput(history, tr(Str::GoalTarget), key + ".target", g.target);
  endColumn(row);
  beginColumn(row, columnWidth, false);
  ImGui::TextUnformatted(tr(Str::GoalDeadline));
  if (const auto date = dateInput(state, key + ".deadline", g.deadline)) g.deadline = *date, typed = true;
  endColumn(row);
  if (typed) update(state.doc, g, key + "." + std::to_string(ImGui::GetActiveID()));
  else if (changed) update(state.doc, g);
  if (button(iconText(icon::kTrash, Str::GoalDelete).c_str(), (key + ".delete").c_str())) remove<Goal>(state.doc, g.id);
  ImGui::PopID();
}

void drawFieldHeader(Document& doc, const FieldOfAction& field) {
  const std::string id = "field." + std::to_string(field.id);
  FieldOfAction changed = field;
  ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - buttonWidth(icon::kTrash) -
                          ImGui::GetStyle().ItemSpacing.x);
  if (ImGui::InputText(withId("", id.c_str()).c_str(), &changed.name)) update(doc, changed, id);
  if (ImGui::IsItemDeactivated()) doc.history.seal();
  ImGui::SameLine();
  if (button(icon::kTrash, (id + ".delete").c_str())) remove<FieldOfAction>(doc, field.id);
  tooltip(tr(Str::FieldDelete));
}

void drawGoalsOf(AppState& state, Id field) {
  const auto goals = state.doc.session.goals;  // a copy: a goal may be deleted while drawn
  for (const Goal& g : goals)
    if (g.field == field) drawGoal(state, g);
  const std::string id = "goal.add." + std::to_string(field);
  if (button(iconText(icon::kPlus, Str::GoalAdd).c_str(), id.c_str())) {
    Goal goal;
    goal.field = field;
    goal.text = tr(Str::GoalNew);
    add(state.doc, std::move(goal));
  }
}

}  // namespace

void drawGoals(AppState& state) {
  Document& doc = state.doc;
  ImGui::PushItemWidth(-FLT_MIN);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextDisabled("%s", tr(Str::GoalsLead));
  ImGui::PopTextWrapPos();
  const auto fields = doc.session.fields;  // a copy: a field may be deleted while drawn
  for (const FieldOfAction& f : fields) {
    ImGui::PushID(static_cast<int>(f.id));
    ImGui::SeparatorText(tr(Str::NounField));
    drawFieldHeader(doc, f);
    ImGui::Indent();
    drawGoalsOf(state, f.id);
    ImGui::Unindent();
    ImGui::PopID();
  }
  ImGui::Spacing();
  if (button(iconText(icon::kPlus, Str::FieldAdd).c_str(), "field.add"))
    add(doc, FieldOfAction{kNoId, tr(Str::FieldNew)});
  bool anyUnfiled = false;
  for (const Goal& g : doc.session.goals) anyUnfiled |= g.field == kNoId;
  if (anyUnfiled || fields.empty()) {
    ImGui::SeparatorText(tr(Str::GoalsNoField));
    drawGoalsOf(state, kNoId);
  }
  ImGui::PopItemWidth();
}

}  // namespace nwk::ui
