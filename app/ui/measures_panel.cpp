// Phase 6, "Umsetzung": the measures plan per field of action (filtered by status, owner and
// age group; overdue measures marked), the voted proposals to take over as measures, the
// goals (goals_panel.cpp) and what changed since the earlier conference (changes_panel.cpp).
// A measure's form (measure_form.cpp) opens beside the plan, or in its place on a phone.
#include <imgui.h>

#include <algorithm>
#include <string>

#include "core/export/progress_report.hpp"
#include "core/model/followup.hpp"
#include "core/model/labels.hpp"
#include "platform/platform.hpp"
#include "ui/icons.hpp"
#include "ui/panels.hpp"
#include "ui/widgets.hpp"

namespace nwk::ui {
namespace {

constexpr float kFormMinWidth = 340.0f;
constexpr float kSideBySideWidth = 760.0f;

bool matches(const MeasuresViewState& view, const Measure& m) {
  if (view.statusFilter >= 0 && static_cast<int>(m.status) != view.statusFilter) return false;
  if (!view.ownerFilter.empty() && m.owner != view.ownerFilter) return false;
  return view.ageGroupFilter == kNoId ||
         std::find(m.ageGroups.begin(), m.ageGroups.end(), view.ageGroupFilter) != m.ageGroups.end();
}

float comboWidth(const char* allLabel) {
  return std::max(ImGui::CalcTextSize(allLabel).x + ImGui::GetFrameHeight() * 2, 150.0f);
}

// A combo of "all" and the choices; true when another was chosen (`chosen`: its index, -1:
// all). Takes the labels as strings rather than a lambda: one function for both filters.
bool filterCombo(const char* id, const char* allLabel, const std::vector<std::string>& labels, int& chosen) {
  ImGui::SetNextItemWidth(comboWidth(allLabel));
  bool changed = false;
  const char* shown = chosen < 0 ? allLabel : labels[static_cast<std::size_t>(chosen)].c_str();
  if (ImGui::BeginCombo(withId("", id).c_str(), shown)) {
    if (selectable(allLabel, (std::string(id) + ".all").c_str(), chosen < 0)) chosen = -1, changed = true;
    for (int i = 0; i < static_cast<int>(labels.size()); ++i)
      if (selectable(labels[static_cast<std::size_t>(i)].c_str(), (std::string(id) + "." + std::to_string(i)).c_str(),
                     chosen == i))
        chosen = i, changed = true;
    ImGui::EndCombo();
  }
  return changed;
}

std::vector<std::string> owners(const Session& s) {
  std::vector<std::string> names;
  for (const Measure& m : s.measures)
    if (!m.owner.empty() && std::find(names.begin(), names.end(), m.owner) == names.end()) names.push_back(m.owner);
  return names;
}

void drawFilters(AppState& state) {
  MeasuresViewState& view = state.measures;
  const Session& s = state.doc.session;
  flowNext(ImGui::CalcTextSize(tr(Str::MeasuresFilter)).x);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr(Str::MeasuresFilter));
  for (int i = -1; i < 4; ++i) {  // the statuses as chips: one tap, on a phone too
    const char* label = i < 0 ? tr(Str::MeasuresAllStatuses) : statusName(static_cast<MeasureStatus>(i));
    flowNext(buttonWidth(label));
    if (toggle(label, ("measures.status." + std::to_string(i)).c_str(), view.statusFilter == i)) view.statusFilter = i;
  }
  const std::vector<std::string> names = owners(s);
  int owner = -1;
  for (std::size_t i = 0; i < names.size(); ++i)
    if (names[i] == view.ownerFilter) owner = static_cast<int>(i);
  flowNext(comboWidth(tr(Str::MeasuresAllOwners)));
  if (filterCombo("measures.owner", tr(Str::MeasuresAllOwners), names, owner))
    view.ownerFilter = owner < 0 ? std::string() : names[static_cast<std::size_t>(owner)];
  int age = -1;
  std::vector<std::string> ageNames;
  for (std::size_t i = 0; i < s.ageGroups.size(); ++i) {
    if (s.ageGroups[i].id == view.ageGroupFilter) age = static_cast<int>(i);
    ageNames.push_back(s.ageGroups[i].name);
  }
  flowNext(comboWidth(tr(Str::MeasuresAllAgeGroups)));
  if (filterCombo("measures.age", tr(Str::MeasuresAllAgeGroups), ageNames, age))
    view.ageGroupFilter = age < 0 ? kNoId : s.ageGroups[static_cast<std::size_t>(age)].id;
}

// The measure's name (a tap opens its form), under it its status, owner and deadline (in
// red when overdue) and its latest progress note, wrapped.
void drawMeasureRow(AppState& state, const Measure& m, const std::string& now) {
  const std::string id = "measure." + std::to_string(m.id);
  if (selectable(m.name.c_str(), id.c_str(), state.measures.selected == m.id))
    state.measures.selected = state.measures.selected == m.id ? kNoId : m.id;
  std::string details = statusName(m.status);
  if (!m.owner.empty()) details += "  ·  " + m.owner;
  if (!m.deadline.empty()) details += "  ·  " + trf(Str::MeasureUntil, germanDate(m.deadline).c_str());
  const bool overdue = isOverdue(m, now);
  if (overdue) details = std::string(icon::kWarning) + " " + tr(Str::StatusOverdue) + ": " + details;
  ImGui::Indent();
  ImGui::PushTextWrapPos(0.0f);
  if (overdue) ImGui::TextColored(ImVec4(0.75f, 0.15f, 0.1f, 1.0f), "%s", details.c_str());
  else ImGui::TextUnformatted(details.c_str());
  if (!m.notes.empty())
    ImGui::TextDisabled("%s: %s", germanDate(m.notes.back().date).c_str(), m.notes.back().text.c_str());
  ImGui::PopTextWrapPos();
  ImGui::Unindent();
}

// The measures of one field of action (kNoId: in none) that pass the filters.
void drawField(AppState& state, Id field, const char* heading, const std::string& now) {
  const Session& s = state.doc.session;
  bool any = false;
  for (const Measure& m : s.measures) {
    if (m.field != field || !matches(state.measures, m)) continue;
    if (!any) ImGui::SeparatorText(heading);
    any = true;
    drawMeasureRow(state, m, now);
  }
}

// The proposals of the closed rounds, best first, each with "Als Maßnahme übernehmen".
void drawProposalsToTakeOver(AppState& state) {
  const Session& s = state.doc.session;
  std::vector<Id> shown;
  for (const VotingRound& r : s.rounds) {
    if (r.state != RoundState::Closed) continue;
    for (const ProposalResult& p : roundResult(state, r).proposals) {
      if (std::find(shown.begin(), shown.end(), p.proposal) != shown.end()) continue;
      const Proposal* proposal = findById(s.proposals, p.proposal);
      if (!proposal) continue;
      if (shown.empty()) ImGui::SeparatorText(tr(Str::MeasuresFromProposals));
      shown.push_back(p.proposal);
      const std::string id = "takeover." + std::to_string(p.proposal);
      const bool taken = measureOf(s, p.proposal) != nullptr;
      ImGui::BeginDisabled(taken);
      if (button(taken ? icon::kCheck : icon::kPlus, id.c_str())) {
        state.measures.selected = takeOverProposal(state.doc, p.proposal);
        state.measures.tab = MeasuresViewState::Tab::Plan;
      }
      ImGui::EndDisabled();
      tooltip(tr(taken ? Str::MeasureTakenOver : Str::MeasureTakeOver));
      ImGui::SameLine();
      ImGui::AlignTextToFramePadding();
      ImGui::PushTextWrapPos(0.0f);
      ImGui::TextUnformatted(trf(Str::MeasureRankedProposal, p.rank, proposal->text.c_str()).c_str());
      ImGui::PopTextWrapPos();
    }
  }
}

void drawPlanList(AppState& state) {
  Session& s = state.doc.session;
  if (button(iconText(icon::kPlus, Str::MeasureAdd).c_str(), "measure.add")) {
    Measure m;
    m.name = tr(Str::MeasureNew);
    state.measures.selected = add(state.doc, std::move(m));
  }
  drawFilters(state);
  const std::string now = platform::localDate();
  if (s.measures.empty()) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled("%s", tr(Str::MeasuresEmpty));
    ImGui::PopTextWrapPos();
  }
  for (const FieldOfAction& f : s.fields) drawField(state, f.id, f.name.c_str(), now);
  drawField(state, kNoId, tr(Str::MeasuresNoField), now);
  drawProposalsToTakeOver(state);
}

void drawPlan(AppState& state) {
  const Measure* selected = findById(state.doc.session.measures, state.measures.selected);
  // Alone (the plan, or a phone's form) in the workspace, which scrolls as a whole; side by
  // side each in a panel of its own.
  if (!selected) {
    state.measures.selected = kNoId;
    return drawPlanList(state);
  }
  const float width = ImGui::GetContentRegionAvail().x;
  if (width < kSideBySideWidth) return drawMeasureForm(state, *selected);
  const float formWidth = std::max(kFormMinWidth, width * 0.45f);
  ImGui::BeginChild("###measures.plan", ImVec2(width - formWidth, 0));
  drawPlanList(state);
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild("###measures.form", ImVec2(0, 0), ImGuiChildFlags_Border);
  drawMeasureForm(state, *selected);
  ImGui::EndChild();
}

// The three views of the phase, flowing onto the next line on a phone.
void tabButton(AppState& state, MeasuresViewState::Tab tab, const char* icon, Str label, const char* id) {
  const std::string text = iconText(icon, label);
  if (tab != MeasuresViewState::Tab::Plan) flowNext(buttonWidth(text.c_str()));
  if (toggle(text.c_str(), id, state.measures.tab == tab)) state.measures.tab = tab;
}

}  // namespace

void drawImplementation(AppState& state) {
  tabButton(state, MeasuresViewState::Tab::Plan, icon::kList, Str::MeasuresPlan, "measures.tab.plan");
  tabButton(state, MeasuresViewState::Tab::Goals, icon::kStar, Str::MeasuresGoals, "measures.tab.goals");
  tabButton(state, MeasuresViewState::Tab::Changes, icon::kHistory, Str::MeasuresChanges, "measures.tab.changes");
  ImGui::Spacing();
  switch (state.measures.tab) {
    case MeasuresViewState::Tab::Plan: drawPlan(state); break;
    case MeasuresViewState::Tab::Goals: drawGoals(state); break;
    case MeasuresViewState::Tab::Changes: drawChanges(state); break;
  }
}

}  // namespace nwk::ui
