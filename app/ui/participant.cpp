// The participant page's canvas: the open round's ballot with large touch targets, the
// confirmation once it is sent (with "change"), and whether it still waits for the network.
// The join screen and the accessible ballot are the page's HTML (participant_page.cpp).
#include <imgui.h>

#include <algorithm>

#include "ui/ballot_form.hpp"
#include "ui/icons.hpp"
#include "ui/participant_client.hpp"
#include "ui/participant_page.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace nwk::ui {
namespace {

using Step = ParticipantState::Step;

constexpr float kColumnEms = 40;

void drawStatus(const ParticipantState& p) {
  const LiveConnection& c = p.connection;
  if (p.pending && (c.offline || c.busy)) warningText(tr(c.busy ? Str::PartBusy : Str::PartPending));
  else if (c.offline) warningText(tr(Str::LiveOffline));
  else if (p.pending) ImGui::TextWrapped("%s", tr(Str::PartSending));
  if (p.voided) warningText(tr(Str::PartVoided));
  if (!p.error.empty()) warningText(p.error.c_str());
}

void drawLanguageSwitch(ParticipantPage& page) {
  const char* other = tr(Str::PartOtherLanguage);
  ImGui::SameLine(ImGui::GetContentRegionMax().x - buttonWidth(other));
  if (button(other, "participant.language")) {
    page.language = page.language == Lang::De ? Lang::En : Lang::De;
    page.changed = true;
  }
}

void drawSent(ParticipantState& p) {
  pushHeadingFont();
  ImGui::TextColored(ImVec4(0.1f, 0.5f, 0.2f, 1.0f), "%s", icon::kCheck);
  ImGui::SameLine();
  ImGui::TextWrapped("%s", tr(Str::PartSent));
  popHeadingFont();
  ImGui::TextWrapped("%s", tr(Str::PartChangeHint));
  if (button(tr(Str::PartChange), "participant.change", ImGui::GetContentRegionAvail().x)) reviseBallot(p);
}

}  // namespace

bool canvasShown(const ParticipantPage& page) {
  const Step step = page.participant.step;
  return !page.accessible && page.participant.round && (step == Step::Voting || step == Step::Sent);
}

void drawParticipant(ParticipantPage& page) {
  ParticipantState& p = page.participant;
  // One column as wide as the join screen's (participant.css), in the middle of wide screens.
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float width = std::min(vp->WorkSize.x, kColumnEms * ImGui::GetFontSize());
  ImGui::SetNextWindowPos({vp->WorkPos.x + (vp->WorkSize.x - width) / 2, vp->WorkPos.y});
  ImGui::SetNextWindowSize({width, vp->WorkSize.y});
  ImGui::Begin("###participant", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
  ImGui::TextDisabled("%s", p.round->title.empty() ? tr(Str::AppName) : p.round->title.c_str());
  drawLanguageSwitch(page);
  pushHeadingFont();
  ImGui::TextWrapped("%s", p.round->round().name.c_str());
  popHeadingFont();
  drawStatus(p);
  if (p.step == Step::Sent) {
    drawSent(p);
  } else {
    if (drawBallotForm(p.round->session, p.round->round(), p.draft, tr(Str::KioskSubmit))) submitBallot(p);
    keepBallotDraft(p);
  }
  ImGui::Separator();
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextDisabled("%s", tr(Str::PartPrivacy));
  ImGui::PopTextWrapPos();
  ImGui::End();
}

}  // namespace nwk::ui
