// "Workshop-Daten": title, municipality, date, place, facilitator, and the age groups
// (add, rename, reorder, delete). Every field edit is one undo step.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <string>

#include "ui/icons.hpp"
#include "ui/panels.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace nwk::ui {
namespace {

void metaField(Document& doc, Str label, std::string Meta::*field, const char* id) {
  std::string value = doc.session.meta.*field;
  ImGui::TextUnformatted(tr(label));
  ImGui::SetNextItemWidth(-1);
  if (ImGui::InputText(withId("", id).c_str(), &value)) {
    Meta meta = doc.session.meta;
    meta.*field = value;
    setMeta(doc, meta, id);
  }
  if (ImGui::IsItemDeactivated()) doc.history.seal();
}

void ageGroupRow(Document& doc, std::size_t index) {
  const AgeGroup group = doc.session.ageGroups[index];
  const std::string id = "agegroup." + std::to_string(group.id);
  const float buttons = buttonWidth(icon::kUp) + buttonWidth(icon::kDown) + buttonWidth(icon::kTrash) +
                        3 * ImGui::GetStyle().ItemSpacing.x;
  std::string name = group.name;
  ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - buttons);
  if (ImGui::InputText(withId("", id.c_str()).c_str(), &name)) update(doc, AgeGroup{group.id, name}, id);
  if (ImGui::IsItemDeactivated()) doc.history.seal();
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
  ImGui::SameLine();
  if (button(icon::kTrash, (id + ".delete").c_str())) remove<AgeGroup>(doc, group.id);
  tooltip(tr(Str::Delete));
}

}  // namespace

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
  metaField(doc, Str::MetaDate, &Meta::date, "meta.date");
  metaField(doc, Str::MetaPlace, &Meta::place, "meta.place");
  metaField(doc, Str::MetaFacilitator, &Meta::facilitator, "meta.facilitator");
  ImGui::Spacing();
  pushHeadingFont();
  ImGui::TextUnformatted(tr(Str::AgeGroupsHeading));
  popHeadingFont();
  for (std::size_t i = 0; i < doc.session.ageGroups.size(); ++i) {
    ImGui::PushID(static_cast<int>(i));
    ageGroupRow(doc, i);
    ImGui::PopID();
  }
  if (button((std::string(icon::kPlus) + "  " + tr(Str::AgeGroupAdd)).c_str(), "agegroup.add"))
    add(doc, AgeGroup{kNoId, tr(Str::AgeGroupNew)});
  ImGui::EndChild();
  if (button(tr(Str::Close), "workshop.close") || ImGui::IsKeyPressed(ImGuiKey_Escape)) {
    state.workshopDialogOpen = false;
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

}  // namespace nwk::ui
