// Kiosk mode: one shared device passed around the room. Only the open round's ballot:
// the participant group, the proposals with large touch controls (dots: minus/plus with
// "noch 3 Punkte"; weighting: 1-5 per criterion; ranking: tap in order of preference), the
// reason a ballot cannot be submitted yet, then a neutral thank-you screen that shows
// nothing of it, and the next person. Undo, redo and every shortcut are off; leaving needs
// the facilitator's PIN. The kiosk survives a reload (settings.kioskRound).
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cfloat>
#include <string>

#include "core/voting.hpp"
#include "platform/platform.hpp"
#include "ui/icons.hpp"
#include "ui/panels.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace nwk::ui {
namespace {

BallotEntry* entryFor(Ballot& b, Id proposal, std::int32_t criterion = 0) {
  for (BallotEntry& e : b.entries)
    if (e.proposal == proposal && e.criterion == criterion) return &e;
  return nullptr;
}

void setEntry(Ballot& b, Id proposal, std::int32_t value, std::int32_t criterion = 0) {
  if (BallotEntry* e = entryFor(b, proposal, criterion)) {
    e->value = value;
  } else {
    b.entries.push_back({proposal, value, criterion});
  }
  b.entries.erase(std::remove_if(b.entries.begin(), b.entries.end(), [](const BallotEntry& e) { return e.value == 0; }),
                  b.entries.end());
}

std::int32_t valueOf(const Ballot& b, Id proposal, std::int32_t criterion = 0) {
  for (const BallotEntry& e : b.entries)
    if (e.proposal == proposal && e.criterion == criterion) return e.value;
  return 0;
}

void drawDots(Ballot& ballot, const VotingRound& round, Id proposal) {
  const std::int32_t dots = valueOf(ballot, proposal);
  const std::string id = "kiosk.dots." + std::to_string(proposal);
  ImGui::BeginDisabled(dots == 0);
  if (button(icon::kMinus, (id + ".minus").c_str(), kTouchTarget)) setEntry(ballot, proposal, dots - 1);
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  ImGui::Text("%d", dots);
  ImGui::SameLine();
  ImGui::BeginDisabled(dots >= round.maxPerProposal || pointsLeft(round, ballot) <= 0);
  if (button(icon::kPlus, (id + ".plus").c_str(), kTouchTarget)) setEntry(ballot, proposal, dots + 1);
  ImGui::EndDisabled();
}

void drawScores(Ballot& ballot, const VotingRound& round, Id proposal) {
  for (std::size_t c = 0; c < round.criteria.size(); ++c) {
    const auto criterion = static_cast<std::int32_t>(c);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(round.criteria[c].c_str());
    const std::int32_t score = valueOf(ballot, proposal, criterion);
    for (std::int32_t v = 1; v <= 5; ++v) {
      ImGui::SameLine();
      const std::string id = "kiosk.score." + std::to_string(proposal) + "." + std::to_string(c) + "." + std::to_string(v);
      if (toggle(std::to_string(v).c_str(), id.c_str(), score == v)) setEntry(ballot, proposal, score == v ? 0 : v, criterion);
    }
  }
}

// Tap in order of preference: the next free rank; tapping a ranked proposal takes its rank
// back and moves the later ones up.
void drawRank(Ballot& ballot, Id proposal) {
  const std::int32_t rank = valueOf(ballot, proposal);
  const std::string label = rank > 0 ? trf(Str::KioskRank, rank) : std::string(tr(Str::KioskRankChoose));
  if (!toggle(label.c_str(), ("kiosk.rank." + std::to_string(proposal)).c_str(), rank > 0)) return;
  if (rank == 0) {
    std::int32_t next = 1;
    for (const BallotEntry& e : ballot.entries) next = std::max(next, e.value + 1);
    setEntry(ballot, proposal, next);
    return;
  }
  setEntry(ballot, proposal, 0);
  for (BallotEntry& e : ballot.entries)
    if (e.value > rank) --e.value;
}

void drawGroupChoice(AppState& state, Ballot& ballot) {
  const auto& groups = state.doc.session.groups;
  if (groups.empty()) return;
  ImGui::TextUnformatted(tr(Str::KioskGroup));
  bool first = true;
  for (const ParticipantGroup& g : groups) {
    if (!first) flowNext(buttonWidth(g.name.c_str()));
    first = false;
    if (toggle(g.name.c_str(), ("kiosk.group." + std::to_string(g.id)).c_str(), ballot.group == g.id))
      ballot.group = ballot.group == g.id ? kNoId : g.id;
  }
}

void drawBallot(AppState& state, const VotingRound& round) {
  KioskState& kiosk = state.kiosk;
  Ballot& ballot = kiosk.draft;
  ballot.round = round.id;
  pushHeadingFont();
  ImGui::TextWrapped("%s", round.name.c_str());
  popHeadingFont();
  drawTimer(state, round, false);
  drawGroupChoice(state, ballot);
  if (round.named) {
    ImGui::TextUnformatted(tr(Str::KioskName));
    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::InputText("###kiosk.name", &ballot.voter);
  }
  const float footer = ImGui::GetFrameHeightWithSpacing() * 2 + kTouchTarget;
  if (ImGui::BeginChild("###kiosk.proposals", ImVec2(0, -footer), ImGuiChildFlags_None)) {
    for (Id id : round.proposals) {
      const Proposal* p = findById(state.doc.session.proposals, id);
      if (!p) continue;
      ImGui::Separator();
      ImGui::PushID(static_cast<int>(id));
      ImGui::TextWrapped("%s", p->text.c_str());
      switch (round.method) {
        case VoteMethod::Dots: drawDots(ballot, round, id); break;
        case VoteMethod::Weighting: drawScores(ballot, round, id); break;
        case VoteMethod::Ranking: drawRank(ballot, id); break;
      }
      ImGui::PopID();
    }
  }
  ImGui::EndChild();
  if (round.method == VoteMethod::Dots) ImGui::Text("%s", trf(Str::KioskPointsLeft, pointsLeft(round, ballot)).c_str());
  const auto problem = ballotProblem(state.doc.session, round, ballot);
  if (problem) ImGui::TextColored(ImVec4(0.7f, 0.2f, 0.0f, 1.0f), "%s", problem->c_str());
  else ImGui::TextUnformatted("");
  ImGui::BeginDisabled(problem.has_value());
  if (button(tr(Str::KioskSubmit), "kiosk.submit", ImGui::GetContentRegionAvail().x)) {
    if (castBallot(state.doc, ballot).id != kNoId) {
      kiosk.draft = {};
      kiosk.thanks = true;
    }
  }
  ImGui::EndDisabled();
}

void drawThanks(KioskState& kiosk) {
  pushHeadingFont();
  ImGui::TextWrapped("%s", tr(Str::KioskThanks));
  popHeadingFont();
  ImGui::TextWrapped("%s", tr(Str::KioskPassOn));
  if (button(tr(Str::KioskNext), "kiosk.next", ImGui::GetContentRegionAvail().x)) kiosk.thanks = false;
}

// Leaving the kiosk: the facilitator's PIN.
void drawLeave(AppState& state) {
  KioskState& kiosk = state.kiosk;
  if (!kiosk.askingPin) {
    if (button(tr(Str::KioskLeave), "kiosk.leave")) kiosk.askingPin = true;
    return;
  }
  ImGui::TextUnformatted(tr(Str::KioskPin));
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
  const bool enter = ImGui::InputText("###kiosk.pin", &kiosk.pinEntry, ImGuiInputTextFlags_Password | ImGuiInputTextFlags_CharsDecimal |
                                                                           ImGuiInputTextFlags_EnterReturnsTrue);
  ImGui::SameLine();
  if (button(tr(Str::Ok), "kiosk.pin.ok") || enter) {
    if (pinMatches(state.settings, kiosk.pinEntry)) leaveKiosk(state);
    else kiosk.wrongPin = true;
    kiosk.pinEntry.clear();
  }
  ImGui::SameLine();
  if (button(tr(Str::ImportCancel), "kiosk.pin.cancel")) {
    kiosk.askingPin = kiosk.wrongPin = false;
    kiosk.pinEntry.clear();
  }
  if (kiosk.wrongPin) ImGui::TextColored(ImVec4(0.7f, 0.2f, 0.0f, 1.0f), "%s", tr(Str::KioskWrongPin));
}

}  // namespace

bool pinMatches(const Settings& settings, const std::string& pin) { return pinHash(pin) == settings.kioskPinHash; }

void leaveKiosk(AppState& state) {
  state.settings.kioskRound = 0;
  state.settings.kioskPinHash = 0;
  state.settingsChanged = true;
  state.kiosk = {};
}

// "Jetzt abstimmen": the facilitator sets the PIN that will end the kiosk, then hands over.
void drawKioskStart(AppState& state) {
  KioskState& kiosk = state.kiosk;
  if (!beginModal(tr(Str::KioskStart), "kiosk.start", kiosk.startFor != kNoId, 480.0f)) return;
  ImGui::TextWrapped("%s", tr(Str::KioskSetPin));
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
  const bool enter = ImGui::InputText("###kiosk.newPin", &kiosk.pinEntry, ImGuiInputTextFlags_CharsDecimal | ImGuiInputTextFlags_EnterReturnsTrue);
  const bool valid = kiosk.pinEntry.size() >= 4;
  if (!valid) ImGui::TextDisabled("%s", tr(Str::KioskPinTooShort));
  ImGui::BeginDisabled(!valid);
  if (button(tr(Str::KioskStart), "kiosk.start.ok") || (enter && valid)) {
    state.settings.kioskRound = kiosk.startFor;
    state.settings.kioskPinHash = pinHash(kiosk.pinEntry);
    state.settingsChanged = true;
    kiosk = {};
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (button(tr(Str::ImportCancel), "kiosk.start.cancel")) {
    kiosk = {};
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

void drawKiosk(AppState& state) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->WorkPos);
  ImGui::SetNextWindowSize(vp->WorkSize);
  ImGui::Begin("###kiosk", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
  const VotingRound* round = findById(state.doc.session.rounds, state.settings.kioskRound);
  if (state.kiosk.thanks) drawThanks(state.kiosk);
  else if (round && round->state == RoundState::Open) drawBallot(state, *round);
  else ImGui::TextWrapped("%s", tr(Str::KioskWaiting));
  ImGui::Separator();
  drawLeave(state);
  ImGui::End();
}

}  // namespace nwk::ui
