#include "ui/live_client.hpp"

#include <algorithm>
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
constexpr int kPollSeconds = 20;

// Handles an answer with the state at hand.
using Answer = std::function<bool(AppState&, int status, const std::string& body)>;

// --- Facilitator ----------------------------------------------------------------------------

// A request on behalf of the round's link, with the facilitator's secret.
void requestForRound(AppState& state, Id round, const LiveRequest& request, Answer done) {
  exchange([&state, round]() -> LiveConnection& { return state.live.rounds[round].connection; }, state.live.secret,
           request,
           [&state, done = std::move(done)](int status, const std::string& body) { return done(state, status, body); });
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
  exchange([&state]() -> LiveConnection& { return state.live.secretCheck; }, live.offeredSecret,
           {"GET", "/api/facilitator", {}},
           [&s = state](int status, const std::string&) {
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

}  // namespace

bool connectLive(AppState& state) {
  state.live.offeredSecret = platform::takePageFragmentParameter("facilitator");
  state.live.secret = platform::localText(kSecretKey);
  const std::string code = platform::pageQueryParameter("join");
  if (code.empty()) return false;
  platform::replacePage("participant.html?join=" + code);
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
    platform::requestJson("POST", roundsPath(round.liveCode, "void"), state.live.secret, body.str(), kLiveTimeoutMs,
                          [&state](int status, std::string answer) {
                            if (status != 200)
                              state.live.error = status == 0 ? tr(Str::LiveOffline) : problemOf(status, answer);
                          });
  }
  voidLastBallot(state.doc, round.id);
}

}  // namespace nwk::ui
