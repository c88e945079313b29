#include "server/ballot_box.hpp"

#include <algorithm>
#include <ctime>
#include <vector>

#include "core/io/json_writer.hpp"
#include "core/voting/voting.hpp"
#include "server/secrets.hpp"

namespace nwk::server {

namespace {

constexpr std::string_view kCodeAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";  // no 0/O, 1/I/L
constexpr std::size_t kCodeLength = 4;

Answer unknownRound() { return errorAnswer(404, "unknown_round", "Diese Abstimmung gibt es nicht."); }
Answer roundClosed() { return errorAnswer(409, "closed", "Diese Abstimmung ist beendet."); }

bool isValidKey(std::string_view key) {
  return key.size() <= 80 && std::all_of(key.begin(), key.end(), [](char c) {
           return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || c == '_';
         });
}

std::string upper(std::string s) {
  for (char& c : s)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
  return s;
}

Answer ballotAnswer(const std::string& id, std::uint64_t seq) {
  JsonWriter w;
  w.beginObject().key("ballot").value(id).key("seq").value(static_cast<std::int64_t>(seq)).endObject();
  return {200, w.str(), 0};
}

// The round's document as participants get it, with its title and the given state.
std::string documentOf(LiveRound& live, RoundState state) {
  live.session.meta.title = live.title;
  live.session.rounds.front().state = state;
  return liveRoundJson(live.session, live.round());
}

}  // namespace

BallotBox::RoundRecord* BallotBox::findRound(const std::string& code) {
  auto it = rounds_.find(code);
  return it == rounds_.end() ? nullptr : &it->second;
}

const BallotBox::RoundRecord* BallotBox::findRound(const std::string& code) const {
  auto it = rounds_.find(code);
  return it == rounds_.end() ? nullptr : &it->second;
}

bool BallotBox::isClosed(const RoundRecord& round) const { return round.live.round().state == RoundState::Closed; }

void BallotBox::addRound(const std::string& code, std::string key, LiveRound live, bool closed) {
  RoundRecord& r = rounds_[code];
  r.json = documentOf(live, closed ? RoundState::Closed : RoundState::Open);
  r.live = std::move(live);
  r.closing = closed;
  if (!key.empty()) keys_[key] = code;
  r.key = std::move(key);
}

bool BallotBox::restore(const StoredData& data, std::string* problem) {
  for (const StoredRound& s : data.rounds) {
    std::optional<LiveRound> live = parseLiveRound(s.json, problem);
    if (!live) return false;
    addRound(s.code, s.key, std::move(*live), s.closed);
  }
  for (const StoredToken& t : data.tokens) {
    tokens_[t.token] = {t.code, {}};
    if (RoundRecord* r = findRound(t.code)) ++r->devices;
  }
  for (const StoredBallot& b : data.ballots) {
    std::optional<Ballot> ballot = parseBallot(b.json, problem);
    RoundRecord* r = findRound(b.code);
    if (!ballot || !r) return false;
    tokens_[b.token].ballotId = b.id;
    r->nextSeq = std::max(r->nextSeq, b.seq);
    r->lastSeq = r->nextSeq;
    r->ballots[b.id] = {b.token, LiveBallot{b.id, b.seq, std::move(*ballot), b.voided}, b.voided};
    r->bySeq[b.seq] = b.id;
  }
  return true;
}

std::string BallotBox::newCode() const {
  std::string code(kCodeLength, ' ');
  do
    for (char& c : code) c = kCodeAlphabet[randomBelow(kCodeAlphabet.size())];
  while (rounds_.count(code) || pendingCodes_.count(code));
  return code;
}

Outcome BallotBox::openRound(std::string_view body, std::string_view key,
                             const std::function<std::string(const std::string& code)>& describe) {
  if (!isValidKey(key)) return {errorAnswer(400, "bad_key", "Der Schlüssel ist ungültig."), {}, {}};
  if (auto it = keys_.find(std::string(key)); !key.empty() && it != keys_.end())
    return {{200, describe(it->second), 0}, {}, {}};
  if (!parseObject(body)) return {badJson(), {}, {}};
  std::string problem;
  std::optional<LiveRound> live = parseLiveRound(body, &problem);
  if (!live) return {errorAnswer(422, "invalid_round", problem), {}, {}};
  const std::string code = newCode();
  pendingCodes_.insert(code);
  StoredRound stored{code, std::string(key), documentOf(*live, RoundState::Open), false};
  auto apply = [this, code, key = stored.key, live = std::move(*live)]() mutable {
    pendingCodes_.erase(code);
    addRound(code, std::move(key), std::move(live), false);
  };
  return {{201, describe(code), 0}, std::move(stored), std::move(apply)};
}

Outcome BallotBox::closeRound(const std::string& code) {
  RoundRecord* r = findRound(code);
  if (!r) return {unknownRound(), {}, {}};
  const Answer closed{200, R"({"state":"closed"})", 0};
  if (isClosed(*r)) return {closed, {}, {}};
  r->closing = true;
  return {closed, CloseRound{code}, [this, code] {
            RoundRecord& round = rounds_.at(code);
            round.json = documentOf(round.live, RoundState::Closed);
            if (onChange) onChange(code);
          }};
}

Outcome BallotBox::voidBallot(const std::string& code, std::string_view body) {
  std::optional<JsonParse> parse = parseObject(body);
  if (!parse) return {badJson(), {}, {}};
  const std::optional<std::string> id = stringMember(parse->document.root(), "ballot");
  if (!id) return {errorAnswer(400, "bad_request", "Es fehlt die Stimmzettel-Kennung (ballot)."), {}, {}};
  RoundRecord* r = findRound(code);
  if (!r) return {unknownRound(), {}, {}};
  if (r->closing) return {roundClosed(), {}, {}};  // its result is final
  auto it = r->ballots.find(*id);
  if (it == r->ballots.end() || it->second.shown.seq == 0)
    return {errorAnswer(404, "unknown_ballot", "Diesen Stimmzettel gibt es nicht."), {}, {}};
  BallotRecord& b = it->second;
  if (b.shown.voided) return {ballotAnswer(*id, b.shown.seq), {}, {}};
  b.voided = true;
  const std::uint64_t seq = ++r->nextSeq;
  return {ballotAnswer(*id, seq), VoidBallot{*id, seq}, [this, code, id = *id, seq] {
            RoundRecord& round = rounds_.at(code);
            LiveBallot shown = round.ballots.at(id).shown;
            shown.voided = true;
            shown.seq = seq;
            commitBallot(round, code, id, std::move(shown));
          }};
}

void BallotBox::commitBallot(RoundRecord& round, const std::string& code, const std::string& id, LiveBallot shown) {
  round.lastSeq = std::max(round.lastSeq, shown.seq);
  LiveBallot& current = round.ballots.at(id).shown;
  round.bySeq.erase(current.seq);
  round.bySeq[shown.seq] = id;
  current = std::move(shown);
  if (onChange) onChange(code);
}

Answer BallotBox::feed(const std::string& code, std::uint64_t since) const {
  const RoundRecord* r = findRound(code);
  if (!r) return unknownRound();
  LiveFeed feed;
  // Only what changed after `since`, and one ballot beyond a full page so cutToPage sees there is more.
  for (auto it = r->bySeq.upper_bound(since); it != r->bySeq.end() && feed.ballots.size() <= kFeedPageBallots; ++it)
    feed.ballots.push_back(r->ballots.at(it->second).shown);
  feed.lastSeq = r->lastSeq;
  feed.devices = r->devices;
  feed.closed = isClosed(*r);
  cutToPage(feed);
  return {200, liveFeedJson(feed), 0};
}

bool BallotBox::hasNews(const std::string& code, std::uint64_t since) const {
  const RoundRecord* r = findRound(code);
  return !r || isClosed(*r) || r->lastSeq > since;
}

Outcome BallotBox::join(std::string_view body) {
  std::optional<JsonParse> parse = parseObject(body);
  if (!parse) return {badJson(), {}, {}};
  const std::optional<std::string> code = stringMember(parse->document.root(), "code");
  if (!code) return {errorAnswer(400, "bad_request", "Es fehlt der Code (code)."), {}, {}};
  const std::string key = upper(*code);
  const RoundRecord* r = findRound(key);
  if (!r) return {unknownRound(), {}, {}};
  if (r->closing) return {roundClosed(), {}, {}};
  const std::string token = randomHex(16);
  tokens_[token] = {key, {}};
  std::string answer = "{\"token\":";
  appendJsonString(answer, token);
  answer += ",\"round\":" + r->json + "}";
  return {
      {200, std::move(answer), 0}, StoredToken{token, key, static_cast<std::int64_t>(std::time(nullptr))}, [this, key] {
        ++rounds_.at(key).devices;
        if (onChange) onChange(key);
      }};
}

Answer BallotBox::me(const std::string& token) const {
  auto t = tokens_.find(token);
  if (t == tokens_.end()) return errorAnswer(403, "unknown_token", "Diese Teilnahme ist unbekannt.");
  const RoundRecord& r = rounds_.at(t->second.code);
  auto b = r.ballots.find(t->second.ballotId);
  const bool has = b != r.ballots.end() && b->second.shown.seq > 0;
  std::string out = "{\"round\":" + r.json + ",\"ballot\":" + (has ? ballotJson(b->second.shown.ballot) : "null");
  out += ",\"ballotId\":";
  if (has) appendJsonString(out, b->first);
  else out += "null";
  out += std::string(",\"voided\":") + (has && b->second.shown.voided ? "true" : "false") + "}";
  return {200, std::move(out), 0};
}

Outcome BallotBox::putBallot(const std::string& token, std::string_view body) {
  auto t = tokens_.find(token);
  if (t == tokens_.end()) return {errorAnswer(403, "unknown_token", "Diese Teilnahme ist unbekannt."), {}, {}};
  std::optional<JsonParse> parse = parseObject(body);
  if (!parse) return {badJson(), {}, {}};
  const std::optional<std::string> code = stringMember(parse->document.root(), "code");
  if (!code) return {errorAnswer(400, "bad_request", "Es fehlt der Code (code)."), {}, {}};
  RoundRecord* r = findRound(upper(*code));
  if (!r) return {unknownRound(), {}, {}};
  TokenRecord& owner = t->second;
  if (&rounds_.at(owner.code) != r)
    return {errorAnswer(409, "wrong_round", "Diese Teilnahme gehört zu einer anderen Abstimmung."), {}, {}};
  if (r->closing) return {roundClosed(), {}, {}};
  auto existing = r->ballots.find(owner.ballotId);
  if (existing != r->ballots.end() && existing->second.voided)
    return {errorAnswer(409, "voided", "Dieser Stimmzettel wurde für ungültig erklärt."), {}, {}};
  std::string problem;
  std::optional<Ballot> ballot = parseBallot(jsonText(parse->document.root()["ballot"]), &problem);
  if (!ballot) return {errorAnswer(422, "invalid_ballot", problem), {}, {}};
  ballot->round = r->live.round().id;
  if (auto why = ballotProblem(r->live.session, r->live.round(), *ballot))
    return {errorAnswer(422, "invalid_ballot", *why), {}, {}};
  if (!r->live.round().named) ballot->voter.clear();
  if (owner.ballotId.empty()) {
    owner.ballotId = randomHex(12);  // 96 random bits: unique without a check
    r->ballots[owner.ballotId].token = token;
  }
  const std::uint64_t seq = ++r->nextSeq;
  StoredBallot stored{owner.ballotId, owner.code, token, ballotJson(*ballot), seq, false};
  LiveBallot shown{owner.ballotId, seq, std::move(*ballot), false};
  return {ballotAnswer(owner.ballotId, seq), std::move(stored),
          [this, code = owner.code, shown = std::move(shown)]() mutable {
            const std::string id = shown.id;
            commitBallot(rounds_.at(code), code, id, std::move(shown));
          }};
}

}  // namespace nwk::server
