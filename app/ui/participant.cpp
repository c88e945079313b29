// Participant mode: a phone that opened the join address (?join=CODE). It joins once (the
// token stays in the phone's local storage), shows only the open round's ballot with large
// touch targets, sends it, confirms it, and lets the participant change it until the round
// closes. The ballot being filled in is kept in local storage at every change; one that
// could not be sent stays marked as pending and is sent again every few seconds until the
// network is back, a reload included. No account, no name unless the round is named.
#include <imgui.h>

#include <algorithm>
#include <cctype>
#include <string>
#include <utility>

#include "core/voting/live.hpp"
#include "platform/platform.hpp"
#include "ui/icons.hpp"
#include "ui/panels.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace nwk::ui {
namespace {

constexpr int kRetryMs = 3000;
constexpr double kRefreshMs = 15'000;  // how often an idle phone asks whether the round closed

using Step = ParticipantState::Step;

// Kept in local storage as one text per join code: the token, "1" when the ballot is still
// to be sent, and the ballot as JSON, one per line.
std::string storageKey(const ParticipantState& p) { return "netzwerkkarte.join." + p.code; }

void remember(ParticipantState& p) {
  const std::string text = p.token + "\n" + (p.pending ? "1" : "0") + "\n" + ballotJson(p.draft);
  if (text == p.saved) return;
  platform::setLocalText(storageKey(p), text);
  p.saved = text;
}

void recall(ParticipantState& p) {
  p.saved = platform::localText(storageKey(p));
  const std::size_t first = p.saved.find('\n'), second = p.saved.find('\n', first + 1);
  if (second == std::string::npos) return;
  p.token = p.saved.substr(0, first);
  p.pending = p.saved.compare(first + 1, second - first - 1, "1") == 0;
  if (auto draft = parseBallot(std::string_view(p.saved).substr(second + 1), nullptr)) p.draft = *draft;
}

void retryLater(ParticipantState& p) {
  p.nextRefreshMs = platform::nowMs() + kRetryMs;
  platform::wakeAfter(kRetryMs + 10);
}

void refresh(AppState& state);

// The server's answer to a ballot: acknowledged, to be sent again (no network, busy, a
// server error), or refused with its reason.
void takeBallotAnswer(AppState& state, int status, const std::string& body) {
  ParticipantState& p = state.participant;
  p.requesting = false;
  p.offline = status == 0;
  p.busy = status == 429;
  const LiveRefusal refusal = parseLiveRefusal(body);
  if (status == 200) {
    p.pending = false;
    p.step = Step::Sent;
  } else if (status == 0 || status == 429 || status >= 500) {
    retryLater(p);  // still pending: sent again by drawParticipant
  } else if (status == 403) {
    p.token.clear();  // the server no longer knows this phone: join again, then send
    refresh(state);
  } else {
    p.pending = false;
    const bool closed = refusal.code == "closed";
    p.voided = refusal.code == "voided";
    p.step = closed ? Step::Closed : Step::Voting;
    if (!closed && !p.voided) p.error = refusal.message.empty() ? trf(Str::LiveServerStatus, status) : refusal.message;
  }
  remember(p);
}

void send(AppState& state) {
  ParticipantState& p = state.participant;
  p.pending = true;
  p.error.clear();
  remember(p);
  p.requesting = true;
  platform::requestJson("PUT", "/api/ballot", p.token, ballotPutJson(p.code, p.draft), 10'000,
                        [&state](int status, std::string body) { takeBallotAnswer(state, status, body); });
}

// What the server says about this phone: the round (and whether it is still open) and the
// ballot it already has from this phone.
void apply(AppState& state, ParticipantView view) {
  ParticipantState& p = state.participant;
  if (!view.token.empty()) p.token = std::move(view.token);
  p.voided = view.voided;
  const bool open = view.round.round().state == RoundState::Open;
  p.round = std::move(view.round);
  if (!open) {
    p.step = Step::Closed;
  } else if (p.pending) {  // shown with its "not sent yet" notice while it goes out again
    p.step = Step::Voting;
    send(state);
  } else if (view.ballot) {
    if (p.step == Step::Connecting) p.draft = std::move(*view.ballot);
    if (p.step != Step::Voting) p.step = Step::Sent;
  } else if (p.step == Step::Connecting) {
    p.step = Step::Voting;
  }
  remember(p);
}

// The server's answer to joining or to "what about me".
void takeAnswer(AppState& state, bool joining, int status, const std::string& body) {
  ParticipantState& p = state.participant;
  p.requesting = false;
  p.offline = status == 0;
  p.busy = status == 429;
  std::string problem;
  auto view = status == 200 ? parseParticipantView(body, &problem) : std::nullopt;
  if (view) {
    p.error.clear();
    apply(state, std::move(*view));
    return;
  }
  if (status == 403 && !joining) p.token.clear();  // the server forgot this phone: join again
  else if (status == 404) p.step = Step::Unknown;
  else if (status == 409 && joining) p.step = Step::Closed;
  else if (status == 200) p.error = problem;
  else if (status != 0 && status != 429) p.error = trf(Str::LiveServerStatus, status);
  if (p.step != Step::Unknown && p.step != Step::Closed) retryLater(p);
}

void refresh(AppState& state) {
  ParticipantState& p = state.participant;
  p.requesting = true;
  p.nextRefreshMs = platform::nowMs() + kRefreshMs;
  platform::wakeAfter(static_cast<int>(kRefreshMs) + 10);
  const bool joining = p.token.empty();
  platform::requestJson(joining ? "POST" : "GET", joining ? "/api/join" : "/api/me", p.token,
                        joining ? joinJson(p.code) : std::string(), 10'000,
                        [&state, joining](int status, std::string body) { takeAnswer(state, joining, status, body); });
}

void drawStatus(const ParticipantState& p) {
  const ImVec4 warn(0.75f, 0.25f, 0.0f, 1.0f);
  if (p.pending && (p.offline || p.busy)) ImGui::TextColored(warn, "%s", tr(p.busy ? Str::PartBusy : Str::PartPending));
  else if (p.offline) ImGui::TextColored(warn, "%s", tr(Str::LiveOffline));
  else if (p.pending) ImGui::TextUnformatted(tr(Str::PartSending));
  if (p.voided) ImGui::TextColored(warn, "%s", tr(Str::PartVoided));
  if (!p.error.empty()) ImGui::TextColored(warn, "%s", p.error.c_str());
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

void drawSent(ParticipantState& p) {
  pushHeadingFont();
  ImGui::TextColored(ImVec4(0.1f, 0.5f, 0.2f, 1.0f), "%s", icon::kCheck);
  ImGui::SameLine();
  ImGui::TextWrapped("%s", tr(Str::PartSent));
  popHeadingFont();
  ImGui::TextWrapped("%s", tr(Str::PartChangeHint));
  if (button(tr(Str::PartChange), "participant.change", ImGui::GetContentRegionAvail().x)) p.step = Step::Voting;
}

void drawBody(AppState& state) {
  ParticipantState& p = state.participant;
  switch (p.step) {
    case Step::Connecting: ImGui::TextWrapped("%s", tr(Str::PartConnecting)); break;
    case Step::Unknown: ImGui::TextWrapped("%s", trf(Str::PartUnknownCode, p.code.c_str()).c_str()); break;
    case Step::Closed: ImGui::TextWrapped("%s", tr(Str::PartClosed)); break;
    case Step::Sent: drawSent(p); break;
    case Step::Voting:
      if (drawBallotForm(p.round->session, p.round->round(), p.draft, tr(Str::KioskSubmit))) {
        p.pending = true;  // sent as soon as no other request is under way
        p.nextRefreshMs = 0;
      }
      remember(p);
      break;
  }
}

}  // namespace

void startParticipant(AppState& state, const std::string& code) {
  ParticipantState& p = state.participant;
  p.active = true;
  p.code = code.substr(0, 16);
  std::transform(p.code.begin(), p.code.end(), p.code.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  recall(p);
  state.touch = true;
}

void drawParticipant(AppState& state) {
  ParticipantState& p = state.participant;
  const double now = platform::nowMs();
  if (!p.requesting && now >= p.nextRefreshMs && p.step != Step::Unknown && p.step != Step::Closed) {
    if (p.pending && p.round) send(state);
    else refresh(state);
  }
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->WorkPos);
  ImGui::SetNextWindowSize(vp->WorkSize);
  ImGui::Begin("###participant", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
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
