// "Workshop-Daten": title, municipality, date, place, facilitator, who took part (people and
// institutions), the age groups (add, rename, reorder, delete), the offer categories (add,
// rename, recolour, icon, combine, delete), the participant groups of the votes (add, rename,
// delete), the council's Vorlage (number, Beratungsfolge, Beschlussvorschlag), the indicators' reference
// dates and the districts' names (an imported file's "altstadt-sued" renamed before it goes
// into a report).
// Every field edit is one undo step.
#include <imgui.h>
#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <string>

#include "core/model/catalogue.hpp"
#include "core/model/labels.hpp"
#include "core/model/validate.hpp"
#include "platform/platform.hpp"
#include "ui/icons.hpp"
#include "ui/map_view.hpp"
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

// A count of who took part: 0 (not entered) to kMaxCount, the range the file accepts.
constexpr int kMaxCount = 100'000;

void countField(Document& doc, Str label, std::int32_t Meta::*field, const char* id) {
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr(label));
  ImGui::SameLine(ImGui::GetFontSize() * 8);
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 9);
  int value = doc.session.meta.*field;
  if (ImGui::InputInt(withId("", id).c_str(), &value)) {
    Meta meta = doc.session.meta;
    meta.*field = std::clamp(value, 0, kMaxCount);
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

// A square in a category's colour with its icon, as tall as a row.
void categorySwatch(const Category& category) {
  const float size = std::max(ImGui::GetFrameHeight(), minTarget());
  const ImVec2 at = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(size, size));
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(at, ImVec2(at.x + size, at.y + size), imColour(category.colour), ImGui::GetStyle().FrameRounding);
  const char* glyph = icon::categoryIcon(category.icon);
  const ImVec2 glyphSize = ImGui::CalcTextSize(glyph);
  draw->AddText(ImVec2(at.x + (size - glyphSize.x) * 0.5f, at.y + (size - glyphSize.y) * 0.5f), IM_COL32_WHITE, glyph);
}

void colourChoice(Document& doc, const Category& category, const std::string& id) {
  ImGui::TextUnformatted(tr(Str::CategoryColour));
  const float size = std::max(ImGui::GetFrameHeight(), minTarget());
  for (std::size_t i = 0; i < std::size(kCategoryPalette); ++i) {
    const std::uint32_t colour = kCategoryPalette[i];
    if (i > 0) flowNext(size);
    ImGui::PushStyleColor(ImGuiCol_Button, imColour(colour));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, imColour(colour));
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32_WHITE);
    if (button(colour == category.colour ? icon::kCheck : "", (id + ".colour." + std::to_string(i)).c_str(), size)) {
      Category changed = category;
      changed.colour = colour;
      update(doc, changed);
    }
    ImGui::PopStyleColor(3);
  }
}

void iconChoice(Document& doc, const Category& category, const std::string& id) {
  static constexpr const char* kKeys[] = {"daycare", "school",  "family", "counselling", "youth",
                                          "health",  "leisure", "jobs",   "other"};
  ImGui::TextUnformatted(tr(Str::CategoryIcon));
  const float size = std::max(ImGui::GetFrameHeight(), minTarget());
  for (const char* key : kKeys) {
    if (key != kKeys[0]) flowNext(size);
    if (toggle(icon::categoryIcon(key), (id + ".icon." + key).c_str(), category.icon == key)) {
      Category changed = category;
      changed.icon = key;
      update(doc, changed);
    }
  }
}

// The other categories as chips: a tap moves this one's offers there and removes it.
void combineChoice(AppState& state, const Category& category, const std::string& id) {
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(tr(Str::CategoryCombineWith));
  ImGui::PopTextWrapPos();
  bool first = true;
  for (const Category& into : state.doc.session.categories) {
    if (into.id == category.id) continue;
    const std::string label = std::string(icon::categoryIcon(into.icon)) + " " + into.name;
    if (!first) flowNext(buttonWidth(label.c_str()));
    first = false;
    if (button(label.c_str(), (id + ".into." + std::to_string(into.id)).c_str()) &&
        combineCategories(state.doc, category.id, into.id)) {
      state.notify(trf(Str::CategoryCombined, category.name.c_str(), into.name.c_str()), platform::nowMs());
      return;
    }
  }
}

void deleteCategory(Document& doc, const Category& category, const std::string& id) {
  ImGui::Spacing();
  ImGui::PushTextWrapPos(0.0f);
  if (!canRemoveCategory(doc.session, category.id)) {
    ImGui::TextDisabled("%s", tr(Str::CategoryOtherKept));
  } else {
    if (offersIn(doc.session, category.id) > 0) ImGui::TextDisabled("%s", tr(Str::CategoryDeleteMoves));
    if (button(iconText(icon::kTrash, Str::CategoryDelete).c_str(), (id + ".delete").c_str()))
      removeCategory(doc, category.id);
  }
  ImGui::PopTextWrapPos();
}

// A category: its swatch, name and number of offers; opened, everything that can be changed.
void categoryRow(AppState& state, const Category& category) {
  Document& doc = state.doc;
  const std::string id = "category." + std::to_string(category.id);
  categorySwatch(category);
  ImGui::SameLine();
  const std::string title = category.name + "  ·  " + counted(offersIn(doc.session, category.id), Noun::Offer);
  if (!treeNode(withId(title.c_str(), id.c_str()).c_str())) return;
  ImGui::TextUnformatted(tr(Str::CategoryName));
  if (const auto name =
          uniqueNameInput(doc.history, id + ".name", category.name, categoryNamesBut(doc.session, category.id), -1)) {
    Category changed = category;
    changed.name = *name;
    update(doc, changed, id + ".name");
  }
  colourChoice(doc, category, id);
  iconChoice(doc, category, id);
  if (doc.session.categories.size() > 1) combineChoice(state, category, id);
  if (findById(doc.session.categories, category.id)) deleteCategory(doc, category, id);
  ImGui::TreePop();
}

void drawCategories(AppState& state) {
  const auto categories = state.doc.session.categories;  // a copy: a row may remove its category
  for (const Category& c : categories) categoryRow(state, c);
  if (button(iconText(icon::kPlus, Str::CategoryAdd).c_str(), "category.add")) {
    const Id added = addCategory(state.doc);
    ImGui::GetStateStorage()->SetInt(ImGui::GetID(("###category." + std::to_string(added)).c_str()), 1);  // opened
  }
}

void heading(Str text) {
  ImGui::Spacing();
  pushHeadingFont();
  ImGui::TextUnformatted(tr(text));
  popHeadingFont();
}

}  // namespace

std::optional<std::string> uniqueNameInput(History& history, const std::string& id, const std::string& stored,
                                           const std::vector<std::string>& others, float width) {
  const std::string label = withId("", id.c_str());
  ImGuiStorage* problems = ImGui::GetStateStorage();  // the typed name's problem + 1, or 0
  const ImGuiID key = ImGui::GetID(label.c_str());
  if (const int problem = problems->GetInt(key)) fieldError(tr(static_cast<Str>(problem - 1)));
  std::string value = stored;
  std::optional<std::string> result;
  ImGui::SetNextItemWidth(width);
  if (ImGui::InputText(label.c_str(), &value)) {
    const auto problem = nameProblem(value, others);
    problems->SetInt(key, problem ? static_cast<int>(*problem) + 1 : 0);
    if (!problem) result = value;
  }
  if (ImGui::IsItemDeactivated()) {
    const ImGuiInputTextState* typing = ImGui::GetInputTextState(key);
    // Left with a refused name: back to the name before, in the same undo step as the typing.
    if (problems->GetInt(key) && typing && stored != typing->InitialTextA.Data) result = typing->InitialTextA.Data;
    else history.seal();
    problems->SetInt(key, 0);
  }
  return result;
}

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
  heading(Str::ParticipationHeading);
  countField(doc, Str::MetaPeople, &Meta::people, "meta.people");
  countField(doc, Str::MetaInstitutions, &Meta::institutions, "meta.institutions");
  ImGui::TextDisabled("%s", tr(Str::MetaCountHint));
  heading(Str::AgeGroupsHeading);
  for (std::size_t i = 0; i < doc.session.ageGroups.size(); ++i) {
    ImGui::PushID(static_cast<int>(i));
    ageGroupRow(doc, i);
    ImGui::PopID();
  }
  if (button(iconText(icon::kPlus, Str::AgeGroupAdd).c_str(), "agegroup.add"))
    add(doc, AgeGroup{kNoId, tr(Str::AgeGroupNew)});
  heading(Str::CategoriesHeading);
  drawCategories(state);
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
