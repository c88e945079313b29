// The board of phases 2 and 3: one column per age group plus "Alle Altersgruppen", with the
// problems or, switched, the strengths (phase 2: what works well) or the solution proposals
// (phase 3, with how often they were named and their themes) of that group. Every entry is edited in
// place (one undo step per field), proposals carry their level, and each column has a field
// to add an entry (Enter adds). Narrow screens stack the columns. Widths come from the
// item width each column pushes (CalcItemWidth), so entries fit their column.
#include <imgui.h>
#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cfloat>
#include <cstring>
#include <string>

#include "core/export/export.hpp"
#include "core/import/merge.hpp"
#include "core/model/labels.hpp"
#include "ui/icons.hpp"
#include "ui/panels.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace nwk::ui {
namespace {

constexpr float kMinColumnWidth = 200.0f;

void drawLevel(Document& doc, Proposal p) {
  const std::string id = "level." + std::to_string(p.id);
  ImGui::SetNextItemWidth(
      std::max(ImGui::CalcTextSize(tr(Str::LevelInstitutional)).x + ImGui::GetFrameHeight() * 2, 120.0f));
  if (!ImGui::BeginCombo(withId("", id.c_str()).c_str(), levelName(p.level))) return;
  for (Level l : {Level::Structural, Level::Institutional, Level::Individual}) {
    if (selectable(levelName(l), (id + "." + std::to_string(static_cast<int>(l))).c_str(), p.level == l)) {
      p.level = l;
      update(doc, p);
    }
  }
  ImGui::EndCombo();
}

const char* labelOf(const Problem& p) { return p.text.c_str(); }
const char* labelOf(const District& d) { return d.name.c_str(); }

// Checkboxes for the items whose ids are in `chosen`; true when one was ticked or unticked.
template <class T>
bool tickList(Str heading, const std::vector<T>& items, std::vector<Id>& chosen, const std::string& id) {
  if (items.empty()) return false;
  ImGui::SeparatorText(tr(heading));
  bool changed = false;
  for (const T& item : items) {
    bool in = std::find(chosen.begin(), chosen.end(), item.id) != chosen.end();
    if (!ImGui::Checkbox(withId(labelOf(item), (id + "." + std::to_string(item.id)).c_str()).c_str(), &in)) continue;
    if (in) chosen.push_back(item.id);
    else chosen.erase(std::remove(chosen.begin(), chosen.end(), item.id), chosen.end());
    changed = true;
  }
  return changed;
}

// The proposal's field of action (phase 6 groups its measure there), once there are any.
bool fieldChoice(const std::vector<FieldOfAction>& fields, Id& field, const std::string& id) {
  if (fields.empty()) return false;
  ImGui::SeparatorText(tr(Str::NounField));
  bool changed = false;
  if (selectable(tr(Str::MeasuresNoField), (id + ".none").c_str(), field == kNoId)) field = kNoId, changed = true;
  for (const FieldOfAction& f : fields)
    if (selectable(f.name.c_str(), (id + "." + std::to_string(f.id)).c_str(), f.id == field))
      field = f.id, changed = true;
  return changed;
}

// The proposal's themes as one text, stored once the field is left (typing "a, " keeps its comma).
bool tagsField(AppState& state, Proposal& p, const std::string& id) {
  ImGui::TextUnformatted(tr(Str::ProposalTags));
  std::string& draft = state.drafts[id];
  const std::string widget = "###" + id;
  if (ImGui::GetActiveID() != ImGui::GetID(widget.c_str())) draft = commaList(p.tags);
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 16);
  ImGui::InputText(widget.c_str(), &draft);
  if (!ImGui::IsItemDeactivated()) return false;
  const std::vector<std::string> tags = tagsFromText(draft);
  if (tags == p.tags) return false;
  p.tags = tags;
  return true;
}

// The problems a proposal answers, the districts it is meant for, its field of action and
// themes: a count beside a button that opens the lists to tick (one undo step per tick).
void drawProposalLinks(AppState& state, const Proposal& p) {
  Document& doc = state.doc;
  const std::string id = "proposal." + std::to_string(p.id) + ".links";
  ImGui::SameLine();
  if (button(icon::kLink, id.c_str())) ImGui::OpenPopup(id.c_str());
  tooltip(tr(Str::BoardLinksTip));
  if (!p.problems.empty() || !p.districts.empty()) {
    ImGui::SameLine();
    ImGui::TextDisabled("%s", trf(Str::BoardLinksSummary, counted(p.problems.size(), Noun::Problem).c_str(),
                                  counted(p.districts.size(), Noun::District).c_str())
                                  .c_str());
  }
  if (!ImGui::BeginPopup(id.c_str())) return;
  Proposal changed = p;
  bool edited = tickList(Str::PresentProblems, doc.session.problems, changed.problems, id + ".problem");
  edited |= tickList(Str::BoardLinkDistricts, doc.session.districts, changed.districts, id + ".district");
  edited |= fieldChoice(doc.session.fields, changed.field, id + ".field");
  edited |= tagsField(state, changed, id + ".tags");
  if (doc.session.problems.empty() && doc.session.districts.empty()) ImGui::TextDisabled("%s", tr(Str::BoardLinksNone));
  if (edited) update(doc, changed);
  ImGui::EndPopup();
}

// How often it was named (tables, other age groups) and its themes, when there is any.
void drawNaming(const Session& session, const Proposal& p) {
  std::string text = p.tables > 1 || !p.alsoNamedIn.empty() ? namedText(session, p) : std::string();
  if (!p.tags.empty()) text += (text.empty() ? "# " : "  ·  # ") + commaList(p.tags);
  if (text.empty()) return;
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  ImGui::TextWrapped("%s", text.c_str());  // within its column
  ImGui::PopStyleColor();
}

// Duplicates from parallel groups: a proposal dragged onto another merges into it (both
// texts, all links and votes; one undo step).
void dragToMerge(Document& doc, const Proposal& p) {
  if (ImGui::BeginDragDropSource()) {
    ImGui::SetDragDropPayload("nwk.proposal", &p.id, sizeof p.id);
    ImGui::TextUnformatted(tr(Str::BoardMergeDrag));
    ImGui::EndDragDropSource();
  }
  if (!ImGui::BeginDragDropTarget()) return;
  if (const ImGuiPayload* payload = ImGui::AcceptDragDropPayload("nwk.proposal")) {
    Id dropped = kNoId;
    std::memcpy(&dropped, payload->Data, sizeof dropped);
    mergeProposals(doc, p.id, dropped);
  }
  ImGui::EndDragDropTarget();
}

// The entry's text, wrapped, in a frame; a click (or Enter) turns it into an editor.
template <class T> void drawEntryText(AppState& state, const T& item, const std::string& id, float width) {
  Document& doc = state.doc;
  const ImGuiStyle& style = ImGui::GetStyle();
  if (state.editingEntry == item.id) {
    std::string text = item.text;
    const float lines =
        std::max(3.0f, ImGui::CalcTextSize(text.c_str(), nullptr, false, width).y / ImGui::GetTextLineHeight() + 1);
    if (!ImGui::IsAnyItemActive()) ImGui::SetKeyboardFocusHere();
    if (ImGui::InputTextMultiline(withId("", (id + ".edit").c_str()).c_str(), &text,
                                  ImVec2(width, lines * ImGui::GetTextLineHeight() + style.FramePadding.y * 2),
                                  ImGuiInputTextFlags_CtrlEnterForNewLine | ImGuiInputTextFlags_EnterReturnsTrue)) {
      T changed = item;
      changed.text = text;
      update(doc, changed, id);
    }
    if (ImGui::IsItemDeactivated()) {
      doc.history.seal();
      state.editingEntry = kNoId;
    }
    return;
  }
  const float textWidth = width - style.FramePadding.x * 2;
  const ImVec2 textSize = ImGui::CalcTextSize(item.text.c_str(), nullptr, false, textWidth);
  const ImVec2 size(width,
                    std::max(textSize.y + style.FramePadding.y * 2, std::max(ImGui::GetFrameHeight(), minTarget())));
  if (ImGui::InvisibleButton(id.c_str(), size)) state.editingEntry = item.id;
  if constexpr (std::is_same_v<T, Proposal>) dragToMerge(doc, item);
  const ImVec2 min = ImGui::GetItemRectMin();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(min, ImGui::GetItemRectMax(),
                      ImGui::GetColorU32(ImGui::IsItemHovered() ? ImGuiCol_FrameBgHovered : ImGuiCol_FrameBg),
                      style.FrameRounding);
  draw->AddText(nullptr, 0.0f, ImVec2(min.x + style.FramePadding.x, min.y + (size.y - textSize.y) * 0.5f),
                ImGui::GetColorU32(ImGuiCol_Text), item.text.c_str(), nullptr, textWidth);
}

// One entry: its text (click to edit), a delete button, and (proposals) the level and links.
template <class T> void drawEntry(AppState& state, const T& item, const char* kind) {
  Document& doc = state.doc;
  ImGui::PushID(static_cast<int>(item.id));
  const std::string id = std::string(kind) + "." + std::to_string(item.id);
  const float deleteWidth = buttonWidth(icon::kTrash);
  drawEntryText(state, item, id, ImGui::CalcItemWidth() - deleteWidth - ImGui::GetStyle().ItemSpacing.x);
  ImGui::SameLine();
  const Id itemId = item.id;
  if (button(icon::kTrash, (id + ".delete").c_str())) remove<T>(doc, itemId);
  tooltip(tr(Str::Delete));
  if constexpr (std::is_same_v<T, Proposal>) {
    if (const Proposal* p = findById(doc.session.proposals, itemId)) {
      drawLevel(doc, *p);
      drawProposalLinks(state, *p);
      drawNaming(state.doc.session, *p);
    }
    ImGui::Spacing();
  }
  ImGui::PopID();
}

template <class T> void drawAddField(AppState& state, Id ageGroup, Str hint, const char* kind) {
  const std::string key = std::string(kind) + ".new." + std::to_string(ageGroup);
  std::string& draft = state.drafts[key];
  const char* addText = tr(Str::BoardAdd);
  const float addWidth = buttonWidth(addText);
  ImGui::SetNextItemWidth(ImGui::CalcItemWidth() - addWidth - ImGui::GetStyle().ItemSpacing.x);
  bool submit =
      ImGui::InputTextWithHint(withId("", key.c_str()).c_str(), tr(hint), &draft, ImGuiInputTextFlags_EnterReturnsTrue);
  const bool refocus = submit;
  ImGui::SameLine();
  submit |= button(addText, (key + ".add").c_str());
  if (submit && draft.find_first_not_of(" \t") != std::string::npos) {
    T item{};
    item.ageGroup = ageGroup;
    item.text = draft;
    add(state.doc, std::move(item));
    draft.clear();
  }
  if (refocus) ImGui::SetKeyboardFocusHere(-1);  // keep typing the next entry
}

template <class T> void drawColumn(AppState& state, Id ageGroup, const char* title, Str hint, const char* kind) {
  pushHeadingFont();
  ImGui::TextUnformatted(title);
  popHeadingFont();
  int shown = 0;
  const auto items = itemsOf<T>(state.doc.session);  // a copy: entries may be removed while drawn
  for (const T& item : items) {
    if (item.ageGroup != ageGroup) continue;
    drawEntry(state, item, kind);
    ++shown;
  }
  if (shown == 0) ImGui::TextDisabled("%s", tr(Str::BoardEmpty));
  drawAddField<T>(state, ageGroup, hint, kind);
}

template <class T> void drawBoardOf(AppState& state, Str hint, const char* kind) {
  std::vector<std::pair<Id, std::string>> columns{{kNoId, tr(Str::AllAgeGroups)}};
  for (const AgeGroup& g : state.doc.session.ageGroups) columns.emplace_back(g.id, g.name);
  const float count = static_cast<float>(columns.size());
  const float spacing = ImGui::GetStyle().ItemSpacing.x * 2;
  const float width = (ImGui::GetContentRegionAvail().x - spacing * (count - 1)) / count;
  if (width >= kMinColumnWidth) {  // side by side: one group per column
    for (const auto& [id, name] : columns) {
      if (id != columns.front().first) ImGui::SameLine(0, spacing);
      ImGui::PushID(static_cast<int>(id));
      ImGui::BeginGroup();
      ImGui::PushItemWidth(width);
      ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
      ImGui::Dummy(ImVec2(width, 0));
      drawColumn<T>(state, id, name.c_str(), hint, kind);
      ImGui::PopTextWrapPos();
      ImGui::PopItemWidth();
      ImGui::EndGroup();
      ImGui::PopID();
    }
    return;
  }
  ImGui::PushItemWidth(-FLT_MIN);  // stacked: every column the full width
  for (const auto& [id, name] : columns) {
    ImGui::PushID(static_cast<int>(id));
    ImGui::Separator();
    drawColumn<T>(state, id, name.c_str(), hint, kind);
    ImGui::PopID();
  }
  ImGui::PopItemWidth();
}

}  // namespace

// Phase 2 names what works well beside the problems (resource orientation): a switch.
void drawProblemsOrStrengths(AppState& state) {
  bool& strengths = state.boardShowsStrengths;
  const std::string problems = iconText(icon::kWarning, Str::BoardProblems);
  const std::string works = iconText(icon::kStar, Str::BoardStrengths);
  if (toggle(problems.c_str(), "board.problems", !strengths)) strengths = false;
  flowNext(buttonWidth(works.c_str()));
  if (toggle(works.c_str(), "board.strengths", strengths)) strengths = true;
  if (strengths) drawBoardOf<Strength>(state, Str::BoardStrengthHint, "strength");
  else drawBoardOf<Problem>(state, Str::BoardProblemHint, "problem");
}

void drawBoard(AppState& state) {
  if (state.doc.session.meta.phase == Phase::Problems) drawProblemsOrStrengths(state);
  else drawBoardOf<Proposal>(state, Str::BoardProposalHint, "proposal");
}

}  // namespace nwk::ui
