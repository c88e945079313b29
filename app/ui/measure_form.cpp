// One measure's form: name, field of action, owner and partners, districts and age groups,
// deadline, resources, funding, status (with the reason when dropped), the proposal it was
// made from, and its dated progress notes (Sachstand). Every field edit is one undo step.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cfloat>
#include <string>

#include "core/model/labels.hpp"
#include "platform/platform.hpp"
#include "ui/icons.hpp"
#include "ui/panels.hpp"
#include "ui/widgets.hpp"

namespace nwk::ui {
namespace {

// The owners a municipality's plan names most; a field of its own for the rest.
constexpr Str kOwnerSuggestions[] = {Str::OwnerCity, Str::OwnerDistrict, Str::OwnerProvider, Str::OwnerSchool};

bool numberField(History& history, Str label, const std::string& id, double& value) {
  ImGui::TextUnformatted(tr(label));
  double typed = value;
  const bool edited = ImGui::InputDouble(withId("", id.c_str()).c_str(), &typed, 0.0, 0.0, "%.0f");
  if (ImGui::IsItemDeactivated()) history.seal();
  if (edited) value = std::max(0.0, typed);
  return edited;
}

bool fieldCombo(const Session& s, Id& field, const std::string& id) {
  const FieldOfAction* current = findById(s.fields, field);
  ImGui::TextUnformatted(tr(Str::NounField));
  bool changed = false;
  if (ImGui::BeginCombo(withId("", id.c_str()).c_str(), current ? current->name.c_str() : tr(Str::MeasuresNoField))) {
    if (selectable(tr(Str::MeasuresNoField), (id + ".none").c_str(), field == kNoId)) field = kNoId, changed = true;
    for (const FieldOfAction& f : s.fields)
      if (selectable(f.name.c_str(), (id + "." + std::to_string(f.id)).c_str(), f.id == field))
        field = f.id, changed = true;
    ImGui::EndCombo();
  }
  return changed;
}

// The usual owners, one tap each.
bool ownerSuggestions(Measure& m, const std::string& key) {
  bool changed = false, first = true;
  for (Str suggestion : kOwnerSuggestions) {
    if (!first) flowNext(buttonWidth(tr(suggestion)));
    first = false;
    if (button(tr(suggestion), (key + ".owner." + std::to_string(static_cast<int>(suggestion))).c_str())) {
      m.owner = tr(suggestion);
      changed = true;
    }
  }
  return changed;
}

bool statusField(Measure& m, const std::string& key) {
  ImGui::TextUnformatted(tr(Str::MeasureStatusLabel));
  bool changed = false;
  for (int i = 0; i < 4; ++i) {
    const auto status = static_cast<MeasureStatus>(i);
    if (i > 0) flowNext(buttonWidth(statusName(status)));
    if (toggle(statusName(status), (key + ".status." + std::to_string(i)).c_str(), m.status == status) &&
        m.status != status) {
      m.status = status;
      changed = true;
    }
  }
  return changed;
}

void drawNotes(AppState& state, const Measure& current, const std::string& key) {
  ImGui::SeparatorText(tr(Str::MeasureNotes));
  Measure m = current;
  for (std::size_t i = m.notes.size(); i-- > 0;) {  // the latest first
    const std::string id = key + ".note." + std::to_string(i);
    if (button(icon::kTrash, (id + ".delete").c_str())) {
      m.notes.erase(m.notes.begin() + static_cast<std::ptrdiff_t>(i));
      update(state.doc, m);
      return;
    }
    tooltip(tr(Str::Delete));
    ImGui::SameLine();
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted((germanDate(m.notes[i].date) + "  " + m.notes[i].text).c_str());
    ImGui::PopTextWrapPos();
  }
  std::string& draft = state.drafts[key + ".note"];
  ImGui::SetNextItemWidth(-FLT_MIN);
  const bool entered = ImGui::InputTextWithHint(withId("", (key + ".noteDraft").c_str()).c_str(),
                                                tr(Str::MeasureNoteHint), &draft, ImGuiInputTextFlags_EnterReturnsTrue);
  ImGui::BeginDisabled(draft.empty());
  const bool added = button(iconText(icon::kPlus, Str::MeasureNoteAdd).c_str(), (key + ".noteAdd").c_str());
  ImGui::EndDisabled();
  if ((entered || added) && !draft.empty()) {
    m.notes.push_back({platform::localDate(), draft});
    draft.clear();
    update(state.doc, m);
  }
}

void drawProposalLink(const Session& s, const Measure& m) {
  const Proposal* p = findById(s.proposals, m.proposal);
  if (!p) return;
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextDisabled("%s", trf(Str::MeasureFromProposal, p->text.c_str()).c_str());
  ImGui::PopTextWrapPos();
}

}  // namespace

bool fundingField(AppState& state, bool& projectFunding, std::string& fundedUntil, const std::string& key) {
  ImGui::TextUnformatted(tr(Str::MeasureFunding));
  bool changed = false;
  if (toggle(tr(Str::MeasureFundingRegular), (key + ".regular").c_str(), !projectFunding) && projectFunding)
    projectFunding = false, fundedUntil.clear(), changed = true;
  flowNext(buttonWidth(tr(Str::MeasureFundingProject)));
  if (toggle(tr(Str::MeasureFundingProject), (key + ".project").c_str(), projectFunding) && !projectFunding)
    projectFunding = true, changed = true;
  if (!projectFunding) return changed;
  ImGui::TextUnformatted(tr(Str::MeasureFundedUntil));
  if (const auto date = dateInput(state, key + ".fundedUntil", fundedUntil)) fundedUntil = *date, changed = true;
  return changed;
}

void drawMeasureForm(AppState& state, const Measure& current) {
  const Session& s = state.doc.session;
  History& history = state.doc.history;
  Measure m = current;
  const std::string key = "measure." + std::to_string(m.id);
  if (button(iconText(icon::kList, Str::MeasureBack).c_str(), (key + ".back").c_str())) state.measures.selected = kNoId;
  ImGui::SameLine();
  if (button(iconText(icon::kTrash, Str::Delete).c_str(), (key + ".delete").c_str())) {
    remove<Measure>(state.doc, m.id);
    state.measures.selected = kNoId;
    return;
  }
  drawProposalLink(s, m);
  ImGui::PushItemWidth(-FLT_MIN);
  bool typed = labelledInput(history, tr(Str::MeasureName), key + ".name", m.name, 3);
  bool changed = fieldCombo(s, m.field, key + ".field");
  typed |= labelledInput(history, tr(Str::MeasureOwner), key + ".owner", m.owner);
  changed |= ownerSuggestions(m, key);
  typed |= labelledInput(history, tr(Str::MeasurePartners), key + ".partners", m.partners);
  changed |= statusField(m, key);
  if (m.status == MeasureStatus::Dropped)
    typed |= labelledInput(history, tr(Str::MeasureReason), key + ".reason", m.reason);
  ImGui::TextUnformatted(tr(Str::MeasureDeadline));
  if (const auto date = dateInput(state, key + ".deadline", m.deadline)) m.deadline = *date, typed = true;
  changed |= chips(Str::MeasureAgeGroups, s.ageGroups, m.ageGroups, key + ".age");
  changed |= chips(Str::MeasureDistricts, s.districts, m.districts, key + ".district");
  typed |= numberField(history, Str::MeasureStaffHours, key + ".staffHours", m.staffHours);
  typed |= numberField(history, Str::MeasureMoney, key + ".money", m.money);
  typed |= fundingField(state, m.projectFunding, m.fundedUntil, key);
  ImGui::PopItemWidth();
  if (typed) update(state.doc, m, key + "." + std::to_string(ImGui::GetActiveID()));
  else if (changed) update(state.doc, m);
  if (const Measure* now = findById(state.doc.session.measures, m.id)) drawNotes(state, *now, key);
}

}  // namespace nwk::ui
