#include "ui/participant_client.hpp"

#include <cctype>
#include <utility>

#include "core/voting/live.hpp"
#include "platform/platform.hpp"

namespace nwk::ui {
namespace {

using Step = ParticipantState::Step;
using CodeProblem = ParticipantState::CodeProblem;

constexpr int kRefreshMs = 15'000;  // how often an idle phone asks whether the round closed
constexpr std::size_t kMaxCode = 16;

// A request on behalf of this phone, with its token.
void requestForPhone(ParticipantState& p, const LiveRequest& request, LiveAnswer done) {
  exchange([&p]() -> LiveConnection& { return p.connection; }, p.token, request, std::move(done));
}

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

// Back to the join screen, the reason at the field.
void refuseCode(ParticipantState& p, CodeProblem problem) {
  p.step = Step::Entering;
  p.codeProblem = problem;
  p.pending = false;
}

void refresh(ParticipantState& p);

// The server's answer to a ballot: acknowledged, to be sent again (busy, a server error, or
// no network: exchange has set that pause), or refused with its reason.
bool takeBallotAnswer(ParticipantState& p, int status, const std::string& body) {
  const LiveRefusal refusal = parseLiveRefusal(body);
  const bool sendAgain = status == 0 || status == 429 || status >= 500;  // still pending: syncParticipant
  if (status == 200) {
    p.pending = false;
    p.step = Step::Sent;
  } else if (status == 403) {
    p.token.clear();  // the server no longer knows this phone: join again, then send
    refresh(p);
  } else if (!sendAgain) {
    p.pending = false;
    p.voided = refusal.code == "voided";
    if (refusal.code == "closed") refuseCode(p, CodeProblem::Closed);
    else p.step = Step::Voting;
    if (refusal.code != "closed" && !p.voided)
      p.error = refusal.message.empty() ? trf(Str::LiveServerStatus, status) : refusal.message;
  }
  remember(p);
  return !sendAgain;
}

void send(ParticipantState& p) {
  p.pending = true;
  p.error.clear();
  remember(p);
  requestForPhone(p, {"PUT", "/api/ballot", ballotPutJson(p.code, p.draft)},
                  [&p](int status, const std::string& body) { return takeBallotAnswer(p, status, body); });
}

// What the server says about this phone: the round (and whether it is still open) and the
// ballot it already has from this phone.
void apply(ParticipantState& p, ParticipantView view) {
  if (!view.token.empty()) p.token = std::move(view.token);
  p.voided = view.voided;
  const bool open = view.round.round().state == RoundState::Open;
  p.round = std::move(view.round);
  if (!open) {
    refuseCode(p, CodeProblem::Closed);
  } else if (p.pending) {  // shown with its "not sent yet" notice while it goes out again
    p.step = Step::Voting;
    send(p);
  } else if (view.ballot) {
    if (p.step == Step::Connecting) p.draft = std::move(*view.ballot);
    if (p.step != Step::Voting) p.step = Step::Sent;
  } else if (p.step == Step::Connecting) {
    p.step = Step::Voting;
  }
  remember(p);
}

// The server's answer to joining or to "what about me".
bool takeAnswer(ParticipantState& p, bool joining, int status, const std::string& body) {
  std::string problem;
  auto view = status == 200 ? parseParticipantView(body, &problem) : std::nullopt;
  if (view) {
    p.error.clear();
    apply(p, std::move(*view));
    return true;
  }
  if (status == 403 && !joining) p.token.clear();  // the server forgot this phone: join again
  else if (status == 404) refuseCode(p, CodeProblem::Unknown);
  else if (status == 409 && joining) refuseCode(p, CodeProblem::Closed);
  else if (status == 200) p.error = problem;
  else if (status != 0 && status != 429) p.error = trf(Str::LiveServerStatus, status);
  return false;
}

void refresh(ParticipantState& p) {
  waitBeforeNext(p.connection, kRefreshMs);
  const bool joining = p.token.empty();
  const LiveRequest request =
      joining ? LiveRequest{"POST", "/api/join", joinJson(p.code)} : LiveRequest{"GET", "/api/me", {}};
  requestForPhone(p, request,
                  [&p, joining](int status, const std::string& body) { return takeAnswer(p, joining, status, body); });
}

std::string normalizedCode(const std::string& typed) {
  std::string code;
  for (const char c : typed)
    if (!std::isspace(static_cast<unsigned char>(c)) && code.size() < kMaxCode)
      code += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return code;
}

}  // namespace

void joinWithCode(ParticipantState& p, const std::string& typed) {
  std::string code = normalizedCode(typed);
  if (code.empty() || p.connection.requesting) return;
  LiveConnection connection = p.connection;
  p = ParticipantState{};
  p.code = std::move(code);
  p.step = Step::Connecting;
  p.connection.offline = connection.offline;
  recall(p);
}

void syncParticipant(ParticipantState& p) {
  if (p.step == Step::Entering || !due(p.connection, platform::nowMs())) return;
  if (p.pending && p.round) send(p);
  else refresh(p);
}

void keepBallotDraft(ParticipantState& p) { remember(p); }

void submitBallot(ParticipantState& p) {
  p.pending = true;
  p.connection.notBeforeMs = 0;
}

void reviseBallot(ParticipantState& p) { p.step = Step::Voting; }

}  // namespace nwk::ui
