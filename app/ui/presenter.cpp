// Presenter mode: the workshop on the beamer in large text, one slide at a time. Three running
// orders (core/voting/presentation.hpp): per age group its problems and proposals, one proposal at a
// time, or the result of each round. Arrow keys, space, Enter and Page Up/Down (presentation
// clickers) step through, Home/End jump, Esc leaves; large buttons do the same by
// touch. A result is revealed place by place from the last one up; a hidden result (open
// round, not live) stays hidden until the facilitator confirms with "Trotzdem zeigen".
// Undo and the other shortcuts are off while presenting: nothing is edited here.
#include <imgui.h>

#include <algorithm>
#include <cstdint>
#include <string>

#include "core/model/labels.hpp"
#include "ui/panels.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace nwk::ui {
namespace {

constexpr float kBodyScale = 0.68f;  // list text: about 1.8 times the UI font

void title(const std::string& text) {
  pushDisplayFont();
  ImGui::TextWrapped("%s", text.c_str());
  ImGui::PopFont();
  ImGui::Spacing();
}

// A heading and its entries as a bulleted list, in large body text.
template <class T> void itemList(Str heading, const std::vector<T>& items, Id ageGroup) {
  if (std::none_of(items.begin(), items.end(), [&](const T& item) { return item.ageGroup == ageGroup; })) return;
  ImGui::SeparatorText(tr(heading));
  pushDisplayFont();
  ImGui::SetWindowFontScale(kBodyScale);
  for (const T& item : items)
    if (item.ageGroup == ageGroup) ImGui::BulletText("%s", item.text.c_str());
  ImGui::SetWindowFontScale(1.0f);
  ImGui::PopFont();
}

void drawAgeGroupSlide(const Session& s, Id ageGroup) {
  title(ageGroupName(s, ageGroup));
  itemList(Str::PresentProblems, s.problems, ageGroup);
  itemList(Str::PresentProposals, s.proposals, ageGroup);
}

void drawProposalSlide(const Session& s, const Proposal& p) {
  ImGui::TextDisabled("%s", ageGroupName(s, p.ageGroup));
  title(p.text);
  std::string problems;
  for (Id id : p.problems)
    if (const Problem* problem = findById(s.problems, id)) problems += (problems.empty() ? "" : "; ") + problem->text;
  if (!problems.empty()) ImGui::TextWrapped("%s", trf(Str::PresentLinkedProblems, problems.c_str()).c_str());
}

// How many places a round's slide can reveal: none while its result may not be shown.
std::size_t placesOf(const AppState& state, const Slide& slide) {
  if (slide.kind != Slide::Kind::Round) return 0;
  const VotingRound* round = findById(state.doc.session.rounds, slide.id);
  if (!round || !resultShown(state, *round)) return 0;
  return round->proposals.size();  // the tally ranks every proposal of the round
}

void drawRoundSlide(AppState& state, const VotingRound& round, std::size_t places) {
  title(round.name);
  const RoundResult& result = roundResult(state, round);
  pushDisplayFont();
  ImGui::SetWindowFontScale(kBodyScale * 0.8f);
  ImGui::TextUnformatted(ballotsText(result.ballots, result.paperVoters).c_str());
  if (round.state == RoundState::Open) ImGui::TextUnformatted(tr(Str::PresentInterim));
  drawTimer(state, round, false);
  ImGui::SetWindowFontScale(1.0f);
  ImGui::PopFont();
  if (!resultShown(state, round)) {
    drawResult(state, round);  // the hidden notice and the facilitator's confirmation
    return;
  }
  const std::size_t shown = std::min(state.presenter.revealed, places);
  if (shown < places)
    ImGui::TextDisabled(
        "%s", trf(Str::PresentRevealStep, static_cast<unsigned>(shown), static_cast<unsigned>(places)).c_str());
  pushDisplayFont();
  ImGui::SetWindowFontScale(kBodyScale);
  drawResultBars(state.doc.session, round, result.proposals, places - shown);
  ImGui::SetWindowFontScale(1.0f);
  ImGui::PopFont();
}

void drawSlide(AppState& state, const Slide& slide, std::size_t places) {
  const Session& s = state.doc.session;
  switch (slide.kind) {
    case Slide::Kind::AgeGroup: drawAgeGroupSlide(s, slide.id); break;
    case Slide::Kind::Proposal:
      if (const Proposal* p = findById(s.proposals, slide.id)) drawProposalSlide(s, *p);
      break;
    case Slide::Kind::Round:
      if (const VotingRound* r = findById(s.rounds, slide.id)) drawRoundSlide(state, *r, places);
      break;
  }
}

// Forward reveals the next place of a result before moving on; backward shows a result whole.
void step(PresenterState& p, const std::vector<Slide>& slides, int direction, std::size_t places) {
  if (direction > 0 && p.revealed < places) {
    ++p.revealed;
    return;
  }
  if (slides.empty()) return;
  const std::size_t last = slides.size() - 1;
  if (direction > 0) p.index = std::min(p.index + 1, last);
  else p.index = p.index > 0 ? p.index - 1 : 0;
  p.revealed = direction > 0 ? 0 : SIZE_MAX;
}

int keyDirection() {
  auto pressed = [](std::initializer_list<ImGuiKey> keys) {
    return std::any_of(keys.begin(), keys.end(), [](ImGuiKey k) { return ImGui::IsKeyPressed(k); });
  };
  if (pressed({ImGuiKey_RightArrow, ImGuiKey_DownArrow, ImGuiKey_Space, ImGuiKey_PageDown, ImGuiKey_Enter})) return 1;
  if (pressed({ImGuiKey_LeftArrow, ImGuiKey_UpArrow, ImGuiKey_PageUp, ImGuiKey_Backspace})) return -1;
  return 0;
}

void drawModes(PresenterState& p) {
  const std::pair<PresentMode, Str> modes[] = {{PresentMode::AgeGroups, Str::PresentByAgeGroup},
                                               {PresentMode::Proposals, Str::PresentByProposal},
                                               {PresentMode::Results, Str::PresentResults}};
  for (const auto& [mode, name] : modes) {
    if (mode != PresentMode::AgeGroups) flowNext(buttonWidth(tr(name)));
    if (toggle(tr(name), ("present.mode." + std::to_string(static_cast<int>(mode))).c_str(), p.mode == mode) &&
        p.mode != mode) {
      p.mode = mode;
      p.index = 0;
      p.revealed = 0;
      p.slide = {};
    }
  }
}

void drawFooter(PresenterState& p, const std::vector<Slide>& slides, std::size_t places) {
  const float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
  ImGui::BeginDisabled(p.index == 0);
  if (button((std::string("←  ") + tr(Str::PresentPrevious)).c_str(), "present.previous", half))
    step(p, slides, -1, places);
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::BeginDisabled(p.index + 1 >= slides.size() && p.revealed >= places);
  if (button((std::string(tr(Str::PresentNext)) + "  →").c_str(), "present.next", half)) step(p, slides, 1, places);
  ImGui::EndDisabled();
}

}  // namespace

void togglePresenter(AppState& state) {
  PresenterState& p = state.presenter;
  p.open = !p.open;
  if (!p.open) return;
  const Phase phase = state.doc.session.meta.phase;
  p.mode = phase >= Phase::Weighting   ? PresentMode::Results
           : phase == Phase::Solutions ? PresentMode::Proposals
                                       : PresentMode::AgeGroups;
  p.index = 0;
  p.revealed = 0;
  p.slide = {};
}

void drawPresenter(AppState& state) {
  PresenterState& p = state.presenter;
  if (ImGui::IsKeyPressed(ImGuiKey_Escape)) {
    p.open = false;
    return;
  }
  const std::vector<Slide> slides = presentationSlides(state.doc.session, p.mode);
  p.index = keepSlide(slides, p.slide, p.index);
  const std::size_t placesBefore = slides.empty() ? 0 : placesOf(state, slides[p.index]);
  if (const int direction = keyDirection()) step(p, slides, direction, placesBefore);
  if (ImGui::IsKeyPressed(ImGuiKey_Home) || ImGui::IsKeyPressed(ImGuiKey_End)) {
    p.index = ImGui::IsKeyPressed(ImGuiKey_Home) || slides.empty() ? 0 : slides.size() - 1;
    p.revealed = SIZE_MAX;
  }
  if (!slides.empty()) p.slide = slides[p.index];
  const std::size_t places = slides.empty() ? 0 : placesOf(state, p.slide);

  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->WorkPos);
  ImGui::SetNextWindowSize(vp->WorkSize);
  ImGui::Begin("###presenter", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
  drawModes(p);
  const std::string counter =
      slides.empty() ? std::string() : std::to_string(p.index + 1) + " / " + std::to_string(slides.size());
  const float right =
      buttonWidth(tr(Str::PresentLeave)) + ImGui::CalcTextSize(counter.c_str()).x + ImGui::GetStyle().ItemSpacing.x * 2;
  ImGui::SameLine();
  if (ImGui::GetContentRegionAvail().x < right) ImGui::NewLine();  // a phone: on a line of their own
  ImGui::SetCursorPosX(ImGui::GetContentRegionMax().x - right + ImGui::GetStyle().ItemSpacing.x);
  ImGui::AlignTextToFramePadding();
  ImGui::TextDisabled("%s", counter.c_str());
  ImGui::SameLine();
  if (button(tr(Str::PresentLeave), "present.leave")) p.open = false;
  const float footer = std::max(ImGui::GetFrameHeight(), minTarget()) + ImGui::GetStyle().ItemSpacing.y * 2;
  if (ImGui::BeginChild("###present.slide", ImVec2(0, -footer), ImGuiChildFlags_None)) {
    ImGui::PushTextWrapPos(0.0f);
    if (slides.empty()) title(tr(Str::PresentEmpty));
    else drawSlide(state, p.slide, places);
    ImGui::PopTextWrapPos();
  }
  ImGui::EndChild();
  drawFooter(p, slides, places);
  ImGui::End();
}

}  // namespace nwk::ui
