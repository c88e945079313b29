// Participant mode, as drawn: a phone that opened the join address (?join=CODE) shows only
// the open round's ballot with large touch targets, the confirmation once it is sent (with
// "change"), and whether it still waits for the network. Joining, sending, keeping token
// and ballot in local storage and sending again until the network is back are the live
// client's (ui/live_client.hpp). No account, no name unless the round is named.
#include <imgui.h>

#include "ui/icons.hpp"
#include "ui/live_client.hpp"
#include "ui/panels.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace nwk::ui {
namespace {

using Step = ParticipantState::Step;

void drawStatus(const ParticipantState& p) {
  const LiveConnection& c = p.connection;
  if (p.pending && (c.offline || c.busy)) warningText(tr(c.busy ? Str::PartBusy : Str::PartPending));
  else if (c.offline) warningText(tr(Str::LiveOffline));
  else if (p.pending) ImGui::TextWrapped("%s", tr(Str::PartSending));
  if (p.voided) warningText(tr(Str::PartVoided));
  if (!p.error.empty()) warningText(p.error.c_str());
}

void drawLanguageSwitch(AppState& state) {
  const bool german = state.settings.language == Lang::De;
  const char* other = german ? "English" : "Deutsch";
  ImGui::SameLine(ImGui::GetContentRegionMax().x - buttonWidth(other));
  if (button(other, "participant.language")) {
    state.settings.language = german ? Lang::En : Lang::De;
    state.settingsChanged = true;
  }
}

void drawSent(AppState& state) {
  pushHeadingFont();
  ImGui::TextColored(ImVec4(0.1f, 0.5f, 0.2f, 1.0f), "%s", icon::kCheck);
  ImGui::SameLine();
  ImGui::TextWrapped("%s", tr(Str::PartSent));
  popHeadingFont();
  ImGui::TextWrapped("%s", tr(Str::PartChangeHint));
  if (button(tr(Str::PartChange), "participant.change", ImGui::GetContentRegionAvail().x)) reviseBallot(state);
}

void drawBody(AppState& state) {
  ParticipantState& p = state.participant;
  switch (p.step) {
    case Step::Connecting: ImGui::TextWrapped("%s", tr(Str::PartConnecting)); break;
    case Step::Unknown: ImGui::TextWrapped("%s", trf(Str::PartUnknownCode, p.code.c_str()).c_str()); break;
    case Step::Closed: ImGui::TextWrapped("%s", tr(Str::PartClosed)); break;
    case Step::Sent: drawSent(state); break;
    case Step::Voting:
      if (drawBallotForm(p.round->session, p.round->round(), p.draft, tr(Str::KioskSubmit))) submitBallot(state);
      keepBallotDraft(state);
      break;
  }
}

}  // namespace

void drawParticipant(AppState& state) {
  const ParticipantState& p = state.participant;
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->WorkPos);
  ImGui::SetNextWindowSize(vp->WorkSize);
  ImGui::Begin("###participant", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
  ImGui::TextDisabled("%s", p.round && !p.round->title.empty() ? p.round->title.c_str() : tr(Str::AppName));
  drawLanguageSwitch(state);
  if (p.round) {
    pushHeadingFont();
    ImGui::TextWrapped("%s", p.round->round().name.c_str());
    popHeadingFont();
  }
  drawStatus(p);
  drawBody(state);
  ImGui::Separator();
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextDisabled("%s", tr(Str::PartPrivacy));
  ImGui::PopTextWrapPos();
  ImGui::End();
}

}  // namespace nwk::ui
