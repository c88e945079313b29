// "Workshop-Daten": title, municipality, date, place, facilitator, the age groups (add,
// rename, reorder, delete), the participant groups of the votes (add, rename, delete), the
// council's Vorlage (number, Beratungsfolge, Beschlussvorschlag), the indicators' reference
// dates and the districts' names (an imported file's "altstadt-sued" renamed before it goes
// into a report).
// Every field edit is one undo step.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <string>

#include "core/model/labels.hpp"
#include "core/model/validate.hpp"
#include "ui/icons.hpp"
#include "ui/panels.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace nwk::ui {
namespace {

void metaField(Document& doc, Str label, std::string Meta::*field, const char* id, bool multiline = false) {
  std::string value = doc.session.meta.*field;
  ImGui::TextUnformatted(tr(label));
  ImGui::SetNextItemWidth(-1);
  const std::string widget = withId("", id);
  if (multiline ? ImGui::InputTextMultiline(widget.c_str(), &value, ImVec2(-1, ImGui::GetTextLineHeight() * 4))
                : ImGui::InputText(widget.c_str(), &value)) {
    Meta meta = doc.session.meta;
    meta.*field = value;
    setMeta(doc, meta, id);
  }
  if (ImGui::IsItemDeactivated()) doc.history.seal();
}

// A name field (one undo step per edit) leaving `reserve` pixels for buttons after it.
template <class T> void nameField(Document& doc, const T& item, const std::string& id, float reserve) {
  T changed = item;
  ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - reserve);
  if (ImGui::InputText(withId("", id.c_str()).c_str(), &changed.name)) update(doc, changed, id);
  if (ImGui::IsItemDeactivated()) doc.history.seal();
}

template <class T> void deleteButton(Document& doc, const T& item, const std::string& id) {
  ImGui::SameLine();
  if (button(icon::kTrash, (id + ".delete").c_str())) remove<T>(doc, item.id);
  tooltip(tr(Str::Delete));
}

void ageGroupRow(Document& doc, std::size_t index) {
  const AgeGroup group = doc.session.ageGroups[index];
  const std::string id = "agegroup." + std::to_string(group.id);
  const float buttons = buttonWidth(icon::kUp) + buttonWidth(icon::kDown) + buttonWidth(icon::kTrash) +
                        3 * ImGui::GetStyle().ItemSpacing.x;
  nameField(doc, group, id, buttons);
  ImGui::SameLine();
  ImGui::BeginDisabled(index == 0);
  if (button(icon::kUp, (id + ".up").c_str())) moveAgeGroup(doc, group.id, index - 1);
  tooltip(tr(Str::MoveUp));
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::BeginDisabled(index + 1 == doc.session.ageGroups.size());
  if (button(icon::kDown, (id + ".down").c_str())) moveAgeGroup(doc, group.id, index + 1);
  tooltip(tr(Str::MoveDown));
  ImGui::EndDisabled();
  deleteButton(doc, group, id);
}

void participantGroupRow(Document& doc, const ParticipantGroup& group) {
  const std::string id = "group." + std::to_string(group.id);
  nameField(doc, group, id, buttonWidth(icon::kTrash) + ImGui::GetStyle().ItemSpacing.x);
  deleteButton(doc, group, id);
}

// The reference date of an indicator's values ("Stand 31.12.2025"): what a follow-up
// conference compares.
void indicatorDateRow(AppState& state, const IndicatorColumn& column) {
  ImGui::TextUnformatted(trf(Str::IndicatorAsOf, column.name.c_str()).c_str());
  const std::string id = "indicator." + std::to_string(column.id) + ".asOf";
  if (const auto date = dateInput(state, id, column.asOf)) {
    IndicatorColumn changed = column;
    changed.asOf = *date;
    update(state.doc, changed, id);
  }
}

void heading(Str text) {
  ImGui::Spacing();
  pushHeadingFont();
  ImGui::TextUnformatted(tr(text));
  popHeadingFont();
}

}  // namespace

std::optional<std::string> dateInput(AppState& state, const std::string& id, const std::string& stored, float width) {
  auto& drafts = state.dateDrafts;
  auto draft = std::find_if(drafts.begin(), drafts.end(), [&](const auto& d) { return d.first == id; });
  if (draft != drafts.end() && draft->second.replaces != stored) {  // undo, another session
    drafts.erase(draft);
    draft = drafts.end();
  }
  std::string value = draft != drafts.end() ? draft->second.typed : displayDate(stored);
  std::optional<std::string> result;
  ImGui::SetNextItemWidth(width);
  if (ImGui::InputTextWithHint(withId("", id.c_str()).c_str(), tr(Str::MetaDateHint), &value)) {
    result = isoDate(value);
    if (draft == drafts.end()) draft = drafts.insert(drafts.end(), {id, {}});
    draft->second = AppState::DateDraft{value, result.value_or(stored)};
  }
  const bool valid = draft == drafts.end() || isoDate(draft->second.typed);
  if (ImGui::IsItemDeactivated()) {
    state.doc.history.seal();
    if (valid && draft != drafts.end()) drafts.erase(draft);  // shown as stored
  }
  if (!valid) fieldError(tr(Str::MetaDateInvalid));
  return result;
}

void drawWorkshopDialog(AppState& state) {
  if (!beginModal(tr(Str::WorkshopTitle), "workshop", state.workshopDialogOpen, 640, 720)) {
    state.workshopDialogOpen = false;
    return;
  }
  Document& doc = state.doc;
  const float closeHeight = std::max(ImGui::GetFrameHeight(), minTarget()) + ImGui::GetStyle().ItemSpacing.y;
  ImGui::BeginChild("###workshop.fields", ImVec2(0, -closeHeight));
  metaField(doc, Str::MetaTitle, &Meta::title, "meta.title");
  metaField(doc, Str::MetaMunicipality, &Meta::municipality, "meta.municipality");
  ImGui::TextUnformatted(tr(Str::MetaDate));
  if (const auto date = dateInput(state, "meta.date", doc.session.meta.date)) {
    Meta meta = doc.session.meta;
    meta.date = *date;
    setMeta(doc, meta, "meta.date");
  }
  metaField(doc, Str::MetaPlace, &Meta::place, "meta.place");
  metaField(doc, Str::MetaFacilitator, &Meta::facilitator, "meta.facilitator");
  heading(Str::AgeGroupsHeading);
  for (std::size_t i = 0; i < doc.session.ageGroups.size(); ++i) {
    ImGui::PushID(static_cast<int>(i));
    ageGroupRow(doc, i);
    ImGui::PopID();
  }
  if (button(iconText(icon::kPlus, Str::AgeGroupAdd).c_str(), "agegroup.add"))
    add(doc, AgeGroup{kNoId, tr(Str::AgeGroupNew)});
  heading(Str::GroupsHeading);
  const auto groups = doc.session.groups;  // a copy: a row may delete its group
  for (const ParticipantGroup& g : groups) {
    ImGui::PushID(static_cast<int>(g.id));
    participantGroupRow(doc, g);
    ImGui::PopID();
  }
  if (button(iconText(icon::kPlus, Str::GroupAdd).c_str(), "group.add"))
    add(doc, ParticipantGroup{kNoId, tr(Str::GroupNew)});
  heading(Str::MetaVorlageHeading);
  metaField(doc, Str::MetaVorlageNumber, &Meta::vorlageNumber, "meta.vorlageNumber");
  metaField(doc, Str::MetaVorlageCommittees, &Meta::committees, "meta.committees", true);
  metaField(doc, Str::MetaVorlageResolution, &Meta::resolution, "meta.resolution", true);
  if (!doc.session.indicatorColumns.empty()) heading(Str::IndicatorsHeading);
  for (const IndicatorColumn& c : doc.session.indicatorColumns) indicatorDateRow(state, c);
  if (!doc.session.districts.empty()) heading(Str::DistrictsHeading);
  for (const District& d : doc.session.districts) nameField(doc, d, "district." + std::to_string(d.id), 0);
  ImGui::EndChild();
  if (button(tr(Str::Close), "workshop.close") || ImGui::IsKeyPressed(ImGuiKey_Escape)) {
    state.workshopDialogOpen = false;
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

}  // namespace nwk::ui
