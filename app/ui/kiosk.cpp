// Kiosk mode: one shared device passed around the room. Only the open round's ballot
// (ballot_form.cpp), then a neutral thank-you screen that shows nothing of it, and the next
// person. Undo, redo and every shortcut are off; leaving needs
// the facilitator's PIN. The kiosk survives a reload (settings.kioskRound).
#include <imgui.h>
#include <imgui_stdlib.h>

#include <string>

#include "core/voting/voting.hpp"
#include "platform/platform.hpp"
#include "ui/icons.hpp"
#include "ui/panels.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace nwk::ui {
namespace {

void drawBallot(AppState& state, const VotingRound& round) {
  KioskState& kiosk = state.kiosk;
  pushHeadingFont();
  ImGui::TextWrapped("%s", round.name.c_str());
  popHeadingFont();
  drawTimer(state, round, false);
  if (drawBallotForm(state.doc.session, round, kiosk.draft, tr(Str::KioskSubmit)) &&
      castBallot(state.doc, kiosk.draft).id != kNoId) {
    kiosk.draft = {};
    kiosk.thanks = true;
  }
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
  const bool enter = ImGui::InputText(
      "###kiosk.pin", &kiosk.pinEntry,
      ImGuiInputTextFlags_Password | ImGuiInputTextFlags_CharsDecimal | ImGuiInputTextFlags_EnterReturnsTrue);
  ImGui::SameLine();
  if (button(tr(Str::Ok), "kiosk.pin.ok") || enter) {
    if (pinMatches(state.settings, kiosk.pinEntry)) leaveKiosk(state);
    else kiosk.wrongPin = true;
    kiosk.pinEntry.clear();
  }
  ImGui::SameLine();
  if (button(tr(Str::Cancel), "kiosk.pin.cancel")) {
    kiosk.askingPin = kiosk.wrongPin = false;
    kiosk.pinEntry.clear();
  }
  if (kiosk.wrongPin) warningText(tr(Str::KioskWrongPin));
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
  const bool enter = ImGui::InputText("###kiosk.newPin", &kiosk.pinEntry,
                                      ImGuiInputTextFlags_CharsDecimal | ImGuiInputTextFlags_EnterReturnsTrue);
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
  if (button(tr(Str::Cancel), "kiosk.start.cancel")) {
    kiosk = {};
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

void drawKiosk(AppState& state) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->WorkPos);
  ImGui::SetNextWindowSize(vp->WorkSize);
  ImGui::Begin("###kiosk", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
  const VotingRound* round = findById(state.doc.session.rounds, state.settings.kioskRound);
  if (state.kiosk.thanks) drawThanks(state.kiosk);
  else if (round && round->state == RoundState::Open) drawBallot(state, *round);
  else ImGui::TextWrapped("%s", tr(Str::KioskWaiting));
  ImGui::Separator();
  drawLeave(state);
  ImGui::End();
}

}  // namespace nwk::ui
