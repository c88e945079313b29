#include "ui/live_client.hpp"

#include <algorithm>
#include <cctype>
#include <functional>
#include <string>
#include <utility>

#include "core/io/json_writer.hpp"
#include "core/voting/live.hpp"
#include "core/voting/voting.hpp"
#include "platform/platform.hpp"

namespace nwk::ui {
namespace {

constexpr const char* kSecretKey = "netzwerkkarte.live.secret";
constexpr int kTimeoutMs = 10'000;
constexpr int kRetryMs = 3000;
constexpr int kPollSeconds = 20;
constexpr int kRefreshMs = 15'000;  // how often an idle phone asks whether the round closed

// --- One request path for both sides --------------------------------------------------------

struct Request {
  const char* method;
  std::string path;
  std::string body;
  int timeoutMs = kTimeoutMs;
};
// Handles an answer; false when it was of no use (an error, or a body that cannot be read).
using Answer = std::function<bool(AppState&, int status, const std::string& body)>;

void waitBeforeNext(LiveConnection& connection, int milliseconds) {
  connection.notBeforeMs = platform::nowMs() + milliseconds;
  platform::wakeAfter(milliseconds + 10);
}

void retryLater(LiveConnection& connection) { waitBeforeNext(connection, kRetryMs); }

bool due(const LiveConnection& connection, double now) {
  return !connection.requesting && now >= connection.notBeforeMs;
}

// Where a request's connection is: a live round's link, or the phone's. Looked up again when
// the answer comes (the link may have gone meanwhile).
using ConnectionOf = LiveConnection& (*)(AppState&, Id round);
LiveConnection& roundConnection(AppState& state, Id round) { return state.live.rounds[round].connection; }
LiveConnection& phoneConnection(AppState& state, Id) { return state.participant.connection; }
LiveConnection& secretConnection(AppState& state, Id) { return state.live.secretCheck; }

// Sends the request with its connection marked as under way. The answer marks whether the
// server was reached, then goes to done; when it was of no use (no network, busy, any
// error, an unreadable body), the next request on the connection waits kRetryMs, so no
// side ever asks again every frame, whatever the server answers.
void exchange(AppState& state, ConnectionOf connectionOf, Id round, const std::string& bearer, const Request& request,
              Answer done) {
  connectionOf(state, round).requesting = true;
  platform::requestJson(request.method, request.path, bearer, request.body, request.timeoutMs,
                        [&state, connectionOf, round, done = std::move(done)](int status, std::string body) {
                          LiveConnection& connection = connectionOf(state, round);
                          connection.requesting = false;
                          connection.offline = status == 0;
                          connection.busy = status == 429;
                          if (!done(state, status, body)) retryLater(connectionOf(state, round));
                        });
}

// --- Facilitator ----------------------------------------------------------------------------

// A request on behalf of the round's link, with the facilitator's secret.
void requestForRound(AppState& state, Id round, const Request& request, Answer done) {
  exchange(state, roundConnection, round, state.live.secret, request, std::move(done));
}

std::string roundsPath(const std::string& code, const char* what) { return "/api/rounds/" + code + "/" + what; }

// What went wrong, for the facilitator: the server's own reason, or its status.
std::string problemOf(int status, const std::string& body) {
  if (status == 401 || status == 403) return tr(Str::LiveForbidden);
  const LiveRefusal refusal = parseLiveRefusal(body);
  return refusal.message.empty() ? trf(Str::LiveServerStatus, status)
                                 : trf(Str::LiveServerSays, refusal.message.c_str());
}

void takeIn(AppState& state, Id round, const LiveFeed& feed) {
  LiveRoundLink& link = state.live.rounds[round];
  mirrorLiveBallots(state.doc, round, feed.ballots);
  link.since = std::max(link.since, feed.lastSeq);
  link.devices = feed.devices;
  link.closedOnServer = feed.closed && !feed.more;
}

// Waits for the next page of ballots (the server answers at once when there are new ones,
// and the next page follows on the next frame); `then` gets the page, or null when there was
// none.
void poll(AppState& state, const VotingRound& round, int waitSeconds,
          std::function<void(AppState&, const LiveFeed*)> then = nullptr) {
  const LiveRoundLink& link = state.live.rounds[round.id];
  const std::string path = roundsPath(round.liveCode, "ballots") + "?since=" + std::to_string(link.since) +
                           "&wait=" + std::to_string(waitSeconds);
  requestForRound(state, round.id, {"GET", path, {}, (waitSeconds + 10) * 1000},
                  [id = round.id, then](AppState& s, int status, const std::string& body) {
                    std::string problem;
                    const auto feed = status == 200 ? parseLiveFeed(body, &problem) : std::nullopt;
                    if (feed) takeIn(s, id, *feed);
                    else if (status != 0) s.live.error = status == 200 ? problem : problemOf(status, body);
                    if (then) then(s, feed ? &*feed : nullptr);
                    return feed.has_value();
                  });
}

// The round is closed on the server: takes in every page of its feed, then closes it here.
// Without the last page it stays open here (closeFailed), so no ballot goes missing unseen.
void takeInAllAndClose(AppState& state, Id id) {
  const VotingRound* round = findById(state.doc.session.rounds, id);
  if (!round) {
    state.live.closing = kNoId;
    return;
  }
  poll(state, *round, 0, [id](AppState& s, const LiveFeed* feed) {
    if (feed && feed->more) return takeInAllAndClose(s, id);
    s.live.closing = kNoId;
    s.live.closeFailed = feed ? kNoId : id;
    if (feed) setRoundState(s.doc, id, RoundState::Closed);
  });
}

// A secret from a facilitator link is kept only once the server confirms it: a link from
// anywhere else must not replace the one that works.
void checkOfferedSecret(AppState& state) {
  LiveState& live = state.live;
  if (!due(live.secretCheck, platform::nowMs())) return;
  exchange(state, secretConnection, kNoId, live.offeredSecret, {"GET", "/api/facilitator", {}},
           [](AppState& s, int status, const std::string&) {
             const bool confirmed = status == 200, refused = status == 401 || status == 403;
             if (confirmed) {
               s.live.secret = s.live.offeredSecret;
               platform::setLocalText(kSecretKey, s.live.secret);
               s.live.error.clear();
             }
             if (refused) s.live.error = tr(Str::LiveLinkRefused);
             if (confirmed || refused) s.live.offeredSecret.clear();
             return confirmed;
           });
}

// --- Participant ----------------------------------------------------------------------------

using Step = ParticipantState::Step;

// A request on behalf of this phone, with its token.
void requestForPhone(AppState& state, const Request& request, Answer done) {
  exchange(state, phoneConnection, kNoId, state.participant.token, request, std::move(done));
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

void startParticipant(AppState& state, const std::string& code) {
  ParticipantState& p = state.participant;
  p.active = true;
  p.code = code.substr(0, 16);
  std::transform(p.code.begin(), p.code.end(), p.code.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  recall(p);
  state.touch = true;
}

void refresh(AppState& state);

// The server's answer to a ballot: acknowledged, to be sent again (busy, a server error, or
// no network: exchange has set that pause), or refused with its reason.
bool takeBallotAnswer(AppState& state, int status, const std::string& body) {
  ParticipantState& p = state.participant;
  const LiveRefusal refusal = parseLiveRefusal(body);
  const bool sendAgain = status == 0 || status == 429 || status >= 500;  // still pending: syncParticipant
  if (status == 200) {
    p.pending = false;
    p.step = Step::Sent;
  } else if (status == 403) {
    p.token.clear();  // the server no longer knows this phone: join again, then send
    refresh(state);
  } else if (!sendAgain) {
    p.pending = false;
    const bool closed = refusal.code == "closed";
    p.voided = refusal.code == "voided";
    p.step = closed ? Step::Closed : Step::Voting;
    if (!closed && !p.voided) p.error = refusal.message.empty() ? trf(Str::LiveServerStatus, status) : refusal.message;
  }
  remember(p);
  return !sendAgain;
}

void send(AppState& state) {
  ParticipantState& p = state.participant;
  p.pending = true;
  p.error.clear();
  remember(p);
  requestForPhone(state, {"PUT", "/api/ballot", ballotPutJson(p.code, p.draft)}, takeBallotAnswer);
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

bool finished(const ParticipantState& p) { return p.step == Step::Unknown || p.step == Step::Closed; }

// The server's answer to joining or to "what about me".
bool takeAnswer(AppState& state, bool joining, int status, const std::string& body) {
  ParticipantState& p = state.participant;
  std::string problem;
  auto view = status == 200 ? parseParticipantView(body, &problem) : std::nullopt;
  if (view) {
    p.error.clear();
    apply(state, std::move(*view));
    return true;
  }
  if (status == 403 && !joining) p.token.clear();  // the server forgot this phone: join again
  else if (status == 404) p.step = Step::Unknown;
  else if (status == 409 && joining) p.step = Step::Closed;
  else if (status == 200) p.error = problem;
  else if (status != 0 && status != 429) p.error = trf(Str::LiveServerStatus, status);
  return false;
}

void refresh(AppState& state) {
  ParticipantState& p = state.participant;
  waitBeforeNext(p.connection, kRefreshMs);
  const bool joining = p.token.empty();
  const Request request = joining ? Request{"POST", "/api/join", joinJson(p.code)} : Request{"GET", "/api/me", {}};
  requestForPhone(state, request, [joining](AppState& s, int status, const std::string& body) {
    return takeAnswer(s, joining, status, body);
  });
}

}  // namespace

bool connectLive(AppState& state) {
  state.live.offeredSecret = platform::takePageFragmentParameter("facilitator");
  state.live.secret = platform::localText(kSecretKey);
  const std::string code = platform::pageQueryParameter("join");
  if (code.empty()) return false;
  startParticipant(state, code);
  return true;
}

bool isLive(const VotingRound& round) { return !round.liveCode.empty() && round.state == RoundState::Open; }

void openLiveRound(AppState& state, const VotingRound& round) {
  VotingRound open = round;
  open.state = RoundState::Open;
  if (state.doc.session.uid == 0) state.doc.session.uid = platform::randomU64();  // as autosave would
  const std::string key = std::to_string(state.doc.session.uid) + "-" + std::to_string(round.id);
  requestForRound(state, round.id, {"POST", "/api/rounds?key=" + key, liveRoundJson(state.doc.session, open)},
                  [id = round.id](AppState& s, int status, const std::string& body) {
                    const VotingRound* r = findById(s.doc.session.rounds, id);
                    std::string problem;
                    const auto opened = status / 100 == 2 ? parseLiveRoundOpened(body, &problem) : std::nullopt;
                    if (!opened) {  // a live round is opened again by syncLiveRounds once the pause is over
                      if (status / 100 == 2) s.live.error = problem;
                      else if (status != 0) s.live.error = problemOf(status, body);
                      else if (!r || !isLive(*r)) s.live.error = tr(Str::LiveUnreachable);
                      return false;
                    }
                    s.live.error.clear();
                    LiveRoundLink& link = s.live.rounds[id];
                    link.joinUrl = opened->joinUrl;
                    link.qr = opened->qrRows;
                    if (r && r->liveCode != opened->code && startLiveRound(s.doc, id, opened->code))
                      s.rounds.timerStartedMs.try_emplace(id, platform::nowMs());  // its timer runs from now
                    return true;
                  });
}

void syncLiveRounds(AppState& state) {
  if (!state.live.offeredSecret.empty()) checkOfferedSecret(state);
  if (state.live.secret.empty()) return;
  const double now = platform::nowMs();
  for (const VotingRound& round : state.doc.session.rounds) {
    if (!isLive(round)) continue;
    const LiveRoundLink& link = state.live.rounds[round.id];
    if (!due(link.connection, now) || state.live.closing == round.id || link.closedOnServer) continue;
    if (link.qr.empty()) openLiveRound(state, round);
    else poll(state, round, kPollSeconds);
  }
}

void closeRound(AppState& state, const VotingRound& round) {
  if (!isLive(round) || state.live.secret.empty()) {
    setRoundState(state.doc, round.id, RoundState::Closed);
    return;
  }
  state.live.closing = round.id;
  requestForRound(state, round.id, {"POST", roundsPath(round.liveCode, "close"), "{}"},
                  [id = round.id](AppState& s, int status, const std::string& body) {
                    if (status != 200) {
                      s.live.closing = kNoId;
                      s.live.closeFailed = id;
                      if (status != 0) s.live.error = problemOf(status, body);
                      return false;
                    }
                    takeInAllAndClose(s, id);
                    return true;
                  });
}

void endLiveRoundAnyway(AppState& state, Id round) {
  state.live.closeFailed = kNoId;
  setRoundState(state.doc, round, RoundState::Closed);
}

void voidLastBallotEverywhere(AppState& state, const VotingRound& round) {
  const auto& ballots = state.doc.session.ballots;
  const auto last =
      std::find_if(ballots.rbegin(), ballots.rend(), [&](const Ballot& b) { return b.round == round.id && !b.voided; });
  if (last == ballots.rend()) return;
  if (!last->liveId.empty() && !round.liveCode.empty()) {
    JsonWriter body;
    body.beginObject().key("ballot").value(last->liveId).endObject();
    platform::requestJson("POST", roundsPath(round.liveCode, "void"), state.live.secret, body.str(), kTimeoutMs,
                          [&state](int status, std::string answer) {
                            if (status != 200)
                              state.live.error = status == 0 ? tr(Str::LiveOffline) : problemOf(status, answer);
                          });
  }
  voidLastBallot(state.doc, round.id);
}

void syncParticipant(AppState& state) {
  ParticipantState& p = state.participant;
  if (!due(p.connection, platform::nowMs()) || finished(p)) return;
  if (p.pending && p.round) send(state);
  else refresh(state);
}

void keepBallotDraft(AppState& state) { remember(state.participant); }

void submitBallot(AppState& state) {
  state.participant.pending = true;
  state.participant.connection.notBeforeMs = 0;
}

void reviseBallot(AppState& state) { state.participant.step = Step::Voting; }

}  // namespace nwk::ui
