// Live voting, the facilitator's side, as drawn: "Live-Abstimmung starten", then the join
// code, the QR code and the counts of a live round, "end anyway" when the server could not
// close it, and the join screen for the beamer. The talking to netzwerkkarte-server (opening,
// long-polling the phones' ballots, closing, voiding, reconnecting after a reload) is the
// live client's (ui/live_client.hpp).
#include <imgui.h>

#include <algorithm>
#include <string>

#include "ui/icons.hpp"
#include "ui/live_client.hpp"
#include "ui/panels.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace nwk::ui {
namespace {

std::int32_t phoneBallots(const Session& s, Id round) {
  return static_cast<std::int32_t>(std::count_if(s.ballots.begin(), s.ballots.end(), [&](const Ballot& b) {
    return b.round == round && !b.voided && !b.liveId.empty();
  }));
}

// The QR code's modules as squares, with the quiet zone of four modules around them.
void drawQr(const std::vector<std::string>& rows, float size) {
  const ImVec2 at = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(size, size));
  if (rows.empty()) return;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float module = size / static_cast<float>(rows.size() + 8);
  draw->AddRectFilled(at, ImVec2(at.x + size, at.y + size), IM_COL32_WHITE);
  for (std::size_t y = 0; y < rows.size(); ++y) {
    for (std::size_t x = 0; x < rows[y].size(); ++x) {
      if (rows[y][x] != '1') continue;
      const ImVec2 a(at.x + module * static_cast<float>(x + 4), at.y + module * static_cast<float>(y + 4));
      draw->AddRectFilled(a, ImVec2(a.x + module, a.y + module), IM_COL32_BLACK);
    }
  }
}

std::string countsText(const AppState& state, const VotingRound& round) {
  const auto it = state.live.rounds.find(round.id);
  const std::int32_t devices = it == state.live.rounds.end() ? 0 : it->second.devices;
  return trf(Str::LiveCounts, round.liveCode.c_str(), counted(devices, Noun::Device).c_str(),
             counted(phoneBallots(state.doc.session, round.id), Noun::Vote).c_str());
}

void drawLiveBox(AppState& state, const VotingRound& round) {
  const auto it = state.live.rounds.find(round.id);
  const std::string key = "live." + std::to_string(round.id);
  if (it != state.live.rounds.end() && !it->second.qr.empty()) {
    drawQr(it->second.qr, ImGui::GetFontSize() * 7);
    ImGui::SameLine();
  }
  ImGui::BeginGroup();
  ImGui::TextUnformatted(countsText(state, round).c_str());
  if (it != state.live.rounds.end()) {
    ImGui::TextDisabled("%s", it->second.joinUrl.c_str());
    if (it->second.connection.offline) warningText(tr(Str::LiveOffline));
  }
  if (button(tr(Str::LiveShowJoin), (key + ".join").c_str())) state.live.joinScreen = round.id;
  if (state.live.closeFailed == round.id) {
    ImGui::SameLine();
    if (button(tr(Str::LiveEndAnyway), (key + ".endAnyway").c_str())) endLiveRoundAnyway(state, round.id);
    tooltip(tr(Str::LiveEndAnywayTip));
  }
  ImGui::EndGroup();
}

}  // namespace

void drawLiveControls(AppState& state, const VotingRound& round) {
  if (round.state == RoundState::Closed) return;
  if (isLive(round)) {
    drawLiveBox(state, round);
  } else {
    const auto link = state.live.rounds.find(round.id);
    const bool connecting = link != state.live.rounds.end() && link->second.connection.requesting;
    const char* label = tr(connecting ? Str::LiveConnecting : Str::LiveStart);
    flowNext(buttonWidth(label));
    ImGui::BeginDisabled(connecting || round.proposals.empty());
    // Without a server the button stays tappable and says why it cannot start (a greyed-out
    // button explains nothing on a tablet, where there is no hover).
    if (button(label, ("live." + std::to_string(round.id) + ".start").c_str())) {
      if (state.live.secret.empty()) state.live.error = tr(Str::LiveNeedsServer);
      else openLiveRound(state, round);
    }
    ImGui::EndDisabled();
    tooltip(tr(state.live.secret.empty() ? Str::LiveNeedsServer : Str::LiveStartTip));
  }
  if (!state.live.error.empty()) fieldError(state.live.error.c_str());
}

void drawLiveJoinScreen(AppState& state) {
  const VotingRound* round = findById(state.doc.session.rounds, state.live.joinScreen);
  const auto link = state.live.rounds.find(state.live.joinScreen);
  if (!round || !isLive(*round) || link == state.live.rounds.end() || ImGui::IsKeyPressed(ImGuiKey_Escape)) {
    state.live.joinScreen = kNoId;
    return;
  }
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->WorkPos);
  ImGui::SetNextWindowSize(vp->WorkSize);
  ImGui::Begin("###live.joinScreen", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
  pushHeadingFont();
  ImGui::TextWrapped("%s", tr(Str::LiveJoinTitle));
  popHeadingFont();
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const float qrSize = std::max(120.0f, std::min(avail.x * 0.5f, avail.y - ImGui::GetFrameHeightWithSpacing() * 3));
  drawQr(link->second.qr, qrSize);
  ImGui::SameLine();
  ImGui::BeginGroup();
  ImGui::PushTextWrapPos(0.0f);
  pushHeadingFont();
  ImGui::TextUnformatted(tr(Str::LiveJoinScan));
  ImGui::TextUnformatted(link->second.joinUrl.c_str());
  popHeadingFont();
  pushDisplayFont();
  ImGui::TextUnformatted(trf(Str::LiveJoinCode, round->liveCode.c_str()).c_str());
  ImGui::PopFont();
  pushHeadingFont();
  ImGui::TextUnformatted(tr(Str::LiveJoinWifi));
  ImGui::Spacing();
  ImGui::TextUnformatted(countsText(state, *round).c_str());
  drawTimer(state, *round, false);
  popHeadingFont();
  ImGui::PopTextWrapPos();
  if (button(tr(Str::LiveBack), "live.joinScreen.back")) state.live.joinScreen = kNoId;
  ImGui::EndGroup();
  ImGui::End();
}

}  // namespace nwk::ui
