// Live voting, the facilitator's side. "Live-Abstimmung starten" sends the round to
// netzwerkkarte-server (the page's own origin) and shows the join code, the QR code and the
// counts; while a round is live one long-poll per round brings the phones' ballots in
// (mirrorLiveBallots: idempotent, so a repeated answer or a reload does no harm). Closing
// closes on the server first and takes the last ballots in; voiding a phone's ballot is sent
// to the server, so a restart never brings it back. After a reload the round reconnects by
// itself: the server recognises it by the session's uid and the round's id.
#include <imgui.h>

#include <algorithm>
#include <string>

#include "core/io/json_writer.hpp"
#include "core/voting/live.hpp"
#include "core/voting/voting.hpp"
#include "platform/platform.hpp"
#include "ui/icons.hpp"
#include "ui/panels.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace nwk::ui {
namespace {

constexpr const char* kSecretKey = "netzwerkkarte.live.secret";
constexpr int kPollSeconds = 20;
constexpr int kRetryMs = 3000;

bool isLive(const VotingRound& round) { return !round.liveCode.empty() && round.state == RoundState::Open; }

std::string roundsPath(const std::string& code, const char* what) { return "/api/rounds/" + code + "/" + what; }

// What went wrong, for the facilitator: the server's own reason, or its status.
std::string problemOf(int status, const std::string& body) {
  if (status == 401 || status == 403) return tr(Str::LiveForbidden);
  const LiveRefusal refusal = parseLiveRefusal(body);
  return refusal.message.empty() ? trf(Str::LiveServerStatus, status) : trf(Str::LiveServerSays, refusal.message.c_str());
}

// A request on behalf of the round's link; failures to reach the server retry later.
void request(AppState& state, Id round, const std::string& method, const std::string& path, const std::string& body,
             int timeoutMs, std::function<void(AppState&, int, const std::string&)> done) {
  state.live.rounds[round].requesting = true;
  platform::requestJson(method, path, state.live.secret, body, timeoutMs,
                        [&state, round, done](int status, std::string answer) {
                          LiveRoundLink& link = state.live.rounds[round];
                          link.requesting = false;
                          link.offline = status == 0;
                          if (status == 0) {
                            link.retryAtMs = platform::nowMs() + kRetryMs;
                            platform::wakeAfter(kRetryMs + 10);
                          }
                          done(state, status, answer);
                        });
}

// Opens the round on the server, or finds it again there (after a reload).
void registerRound(AppState& state, const VotingRound& round) {
  VotingRound open = round;
  open.state = RoundState::Open;
  if (state.doc.session.uid == 0) state.doc.session.uid = platform::randomU64();  // as autosave would
  const std::string key = std::to_string(state.doc.session.uid) + "-" + std::to_string(round.id);
  request(state, round.id, "POST", "/api/rounds?key=" + key, liveRoundJson(state.doc.session, open), 10'000,
          [id = round.id](AppState& s, int status, const std::string& body) {
            const VotingRound* r = findById(s.doc.session.rounds, id);
            if (status == 0 && r && isLive(*r)) return;  // retried by syncLiveRounds
            std::string problem;
            const auto opened = status / 100 == 2 ? parseLiveRoundOpened(body, &problem) : std::nullopt;
            if (!opened) {
              s.live.error = status == 0 ? tr(Str::LiveUnreachable) : status / 100 == 2 ? problem : problemOf(status, body);
              s.live.rounds.erase(id);
              return;
            }
            s.live.error.clear();
            LiveRoundLink& link = s.live.rounds[id];
            link.joinUrl = opened->joinUrl;
            link.qr = opened->qrRows;
            if (r && r->liveCode != opened->code && startLiveRound(s.doc, id, opened->code))
              s.rounds.timerStartedMs.try_emplace(id, platform::nowMs());  // its timer runs from now
          });
}

void takeIn(AppState& state, Id round, const LiveFeed& feed) {
  LiveRoundLink& link = state.live.rounds[round];
  mirrorLiveBallots(state.doc, round, feed.ballots);
  link.since = std::max(link.since, feed.lastSeq);
  link.devices = feed.devices;
}

// Waits for the next ballots (the server answers at once when there are new ones).
void poll(AppState& state, const VotingRound& round, int waitSeconds,
          std::function<void(AppState&, bool ok)> then = nullptr) {
  const LiveRoundLink& link = state.live.rounds[round.id];
  const std::string path = roundsPath(round.liveCode, "ballots") + "?since=" + std::to_string(link.since) +
                           "&wait=" + std::to_string(waitSeconds);
  request(state, round.id, "GET", path, {}, (waitSeconds + 10) * 1000,
          [id = round.id, then](AppState& s, int status, const std::string& body) {
            std::string problem;
            const auto feed = status == 200 ? parseLiveFeed(body, &problem) : std::nullopt;
            if (feed) takeIn(s, id, *feed);
            else if (status != 0) s.live.error = status == 200 ? problem : problemOf(status, body);
            if (then) then(s, feed.has_value());
          });
}

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
  return trf(Str::LiveCounts, round.liveCode.c_str(), devices, phoneBallots(state.doc.session, round.id));
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
    if (it->second.offline) ImGui::TextColored(ImVec4(0.75f, 0.25f, 0.0f, 1.0f), "%s", tr(Str::LiveOffline));
  }
  if (button(tr(Str::LiveShowJoin), (key + ".join").c_str())) state.live.joinScreen = round.id;
  if (state.live.closeFailed == round.id) {
    ImGui::SameLine();
    if (button(tr(Str::LiveEndAnyway), (key + ".endAnyway").c_str())) {
      state.live.closeFailed = kNoId;
      setRoundState(state.doc, round.id, RoundState::Closed);
    }
    tooltip(tr(Str::LiveEndAnywayTip));
  }
  ImGui::EndGroup();
}

}  // namespace

bool connectLive(AppState& state) {
  const std::string secret = platform::pageParameter("facilitator");
  if (!secret.empty()) {
    platform::setLocalText(kSecretKey, secret);
    platform::forgetPageFragment();
  }
  state.live.secret = platform::localText(kSecretKey);
  const std::string code = platform::pageParameter("join");
  if (code.empty()) return false;
  startParticipant(state, code);
  return true;
}

void syncLiveRounds(AppState& state) {
  if (state.live.secret.empty()) return;
  const double now = platform::nowMs();
  for (const VotingRound& round : state.doc.session.rounds) {
    if (!isLive(round)) continue;
    const LiveRoundLink& link = state.live.rounds[round.id];
    if (link.requesting || now < link.retryAtMs || state.live.closing == round.id) continue;
    if (link.qr.empty()) registerRound(state, round);
    else poll(state, round, kPollSeconds);
  }
}

void drawLiveControls(AppState& state, const VotingRound& round) {
  if (round.state == RoundState::Closed) return;
  if (isLive(round)) {
    drawLiveBox(state, round);
  } else {
    ImGui::SameLine();
    const auto link = state.live.rounds.find(round.id);
    const bool connecting = link != state.live.rounds.end() && link->second.requesting;
    ImGui::BeginDisabled(state.live.secret.empty() || connecting || round.proposals.empty());
    if (button(tr(connecting ? Str::LiveConnecting : Str::LiveStart), ("live." + std::to_string(round.id) + ".start").c_str()))
      registerRound(state, round);
    ImGui::EndDisabled();
    tooltip(tr(state.live.secret.empty() ? Str::LiveNeedsServer : Str::LiveStartTip));
  }
  if (!state.live.error.empty()) ImGui::TextColored(ImVec4(0.75f, 0.25f, 0.0f, 1.0f), "%s", state.live.error.c_str());
}

void closeRound(AppState& state, const VotingRound& round) {
  if (!isLive(round) || state.live.secret.empty()) {
    setRoundState(state.doc, round.id, RoundState::Closed);
    return;
  }
  state.live.closing = round.id;
  request(state, round.id, "POST", roundsPath(round.liveCode, "close"), "{}", 10'000,
          [id = round.id](AppState& s, int status, const std::string& body) {
            const VotingRound* r = findById(s.doc.session.rounds, id);
            if (status != 200 || !r) {
              s.live.closing = kNoId;
              s.live.closeFailed = id;
              if (status != 0) s.live.error = problemOf(status, body);
              return;
            }
            poll(s, *r, 0, [id](AppState& after, bool) {
              after.live.closing = kNoId;
              after.live.closeFailed = kNoId;
              setRoundState(after.doc, id, RoundState::Closed);
            });
          });
}

void voidLastBallotEverywhere(AppState& state, const VotingRound& round) {
  const auto& ballots = state.doc.session.ballots;
  const auto last = std::find_if(ballots.rbegin(), ballots.rend(), [&](const Ballot& b) { return b.round == round.id && !b.voided; });
  if (last == ballots.rend()) return;
  if (!last->liveId.empty() && !round.liveCode.empty()) {
    JsonWriter body;
    body.beginObject().key("ballot").value(last->liveId).endObject();
    platform::requestJson("POST", roundsPath(round.liveCode, "void"), state.live.secret, body.str(), 10'000,
                          [&state](int status, std::string answer) {
                            if (status != 200) state.live.error = status == 0 ? tr(Str::LiveOffline) : problemOf(status, answer);
                          });
  }
  voidLastBallot(state.doc, round.id);
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
  ImGui::Begin("###live.joinScreen", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
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
