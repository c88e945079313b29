#include "core/voting/live.hpp"

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <limits>

#include "core/io/json_value.hpp"
#include "core/io/json_writer.hpp"
#include "core/model/labels.hpp"
#include "core/model/validate.hpp"
#include "core/text/i18n.hpp"
#include "core/voting/voting.hpp"

namespace nwk {
namespace {

// The value whose key is `key`, of the values given.
template <class T>
std::optional<T> fromKey(std::string_view key, const char* (*keyOf)(T), std::initializer_list<T> values) {
  for (T v : values)
    if (key == keyOf(v)) return v;
  return std::nullopt;
}

// Reading a document: the first thing missing or out of range names itself in `missing`.
class Reader {
 public:
  template <class Int>
  Int integer(JsonValue v, const char* name, Int min, Int max, std::optional<Int> fallback = std::nullopt) {
    if (!v && fallback) return *fallback;
    const double d = v.number();
    if (!v.is(JsonType::Number) || d != std::floor(d) || d < static_cast<double>(min) || d > static_cast<double>(max)) {
      fail(name);
      return min;
    }
    return static_cast<Int>(d);
  }
  // A text as the session's validator accepts it (isValidText), or nothing when optional.
  std::string text(JsonValue v, const char* name, bool optional = false) {
    if (v.is(JsonType::String) ? !isValidText(v.string()) : !(optional && !v)) fail(name);
    return std::string(v.string());
  }
  // An identifier the server made (ballot id, token, join code): 1 to maxSize ASCII letters,
  // digits, '-' or '_', as it goes into request paths, local storage lines and the session.
  std::string identifier(JsonValue v, const char* name, std::size_t maxSize, bool optional = false) {
    std::string id = text(v, name, optional);
    const bool plain = std::all_of(id.begin(), id.end(), [](char c) {
      return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || c == '_';
    });
    if (!plain || id.size() > maxSize || (id.empty() && !(optional && !v))) fail(name);
    return id;
  }
  bool flag(JsonValue v, const char* name) {
    if (v && !v.is(JsonType::Bool)) fail(name);
    return v.boolean();
  }
  JsonValue array(JsonValue v, const char* name, std::size_t maxSize) {
    if (!v.is(JsonType::Array) || v.size() > maxSize) fail(name);
    return v.is(JsonType::Array) ? v : JsonValue();
  }
  void fail(const char* name) {
    if (missing.empty()) missing = name;
  }
  bool ok() const { return missing.empty(); }
  std::string missing;
};

constexpr Id kMaxId = std::numeric_limits<Id>::max() - 1;

// Every live document is read within these limits (a feed page's size depends on them).
constexpr JsonLimits kLiveJsonLimits{16, 200'000};
// A page's JSON values: per ballot its object, five keys and values besides the entries
// (id, seq, voided, group, voter) and the entries' array and key, per entry its object and
// three keys and values; the answer's own keys and values.
constexpr std::size_t kFeedPageValues =
    kFeedPageBallots * (1 + 2 * 5 + 2) + std::max<std::size_t>(kFeedPageEntries, kLimits.entriesPerBallot) * 7 + 12;
static_assert(kFeedPageValues < kLiveJsonLimits.values, "a full feed page must read within the live JSON limits");

// Parses text; on failure writes trf(wrapper, reason) into problem.
std::optional<JsonParse> parseRoot(std::string_view text, Str wrapper, std::string* problem) {
  JsonParse parse = parseJson(text, kLiveJsonLimits);
  if (parse.error || !parse.document.root().is(JsonType::Object)) {
    if (problem) *problem = trf(wrapper, parse.error ? describe(*parse.error).c_str() : "{…}");
    return std::nullopt;
  }
  return parse;
}

template <class T> std::optional<T> finish(Reader& r, T value, Str wrapper, std::string* problem) {
  if (r.ok()) return value;
  if (problem) *problem = trf(wrapper, r.missing.c_str());
  return std::nullopt;
}

Ballot readBallot(Reader& r, JsonValue v) {
  Ballot b;
  b.group = r.integer<Id>(v["group"], "group", 0, kMaxId, Id{kNoId});
  b.voter = r.text(v["voter"], "voter", true);
  for (JsonValue e : r.array(v["entries"], "entries", kLimits.entriesPerBallot)) {
    BallotEntry entry;
    entry.proposal = r.integer<Id>(e["proposal"], "proposal", 1, kMaxId);
    entry.value = r.integer<std::int32_t>(e["value"], "value", std::numeric_limits<std::int32_t>::min(),
                                          std::numeric_limits<std::int32_t>::max());
    entry.criterion = r.integer<std::int32_t>(e["criterion"], "criterion", 0, 1000, 0);
    b.entries.push_back(entry);
  }
  return b;
}

void writeBallotFields(JsonWriter& w, const Ballot& b) {
  w.key("group").value(static_cast<std::int64_t>(b.group));
  w.key("voter").value(b.voter);
  w.key("entries").beginArray();
  for (const BallotEntry& e : b.entries) {
    w.beginObject();
    w.key("proposal").value(static_cast<std::int64_t>(e.proposal));
    w.key("value").value(e.value);
    w.key("criterion").value(e.criterion);
    w.endObject();
  }
  w.endArray();
}

void readRules(Reader& r, JsonValue v, VotingRound& round) {
  round.id = r.integer<Id>(v["id"], "id", 1, kMaxId);
  round.name = r.text(v["name"], "name");
  const auto method =
      fromKey(r.text(v["method"], "method"), methodKey, {VoteMethod::Dots, VoteMethod::Weighting, VoteMethod::Ranking});
  const auto state =
      fromKey(r.text(v["state"], "state"), roundStateKey, {RoundState::Draft, RoundState::Open, RoundState::Closed});
  if (!method) r.fail("method");
  if (!state) r.fail("state");
  round.method = method.value_or(VoteMethod::Dots);
  round.state = state.value_or(RoundState::Draft);
  round.points = r.integer<std::int32_t>(v["points"], "points", 1, kLimits.votePoints);
  round.maxPerProposal = r.integer<std::int32_t>(v["maxPerProposal"], "maxPerProposal", 1, kLimits.votePoints);
  round.allPointsRequired = r.flag(v["allPointsRequired"], "allPointsRequired");
  round.named = r.flag(v["named"], "named");
  for (JsonValue c : r.array(v["criteria"], "criteria", kLimits.criteria))
    round.criteria.push_back(r.text(c, "criteria"));
}

// The proposals with their age groups, which get ids of their own above every id sent.
void readProposals(Reader& r, JsonValue v, Session& s) {
  std::vector<std::string> ageGroupNames;
  for (JsonValue p : r.array(v["proposals"], "proposals", kLimits.itemsPerKind)) {
    Proposal proposal;
    proposal.id = r.integer<Id>(p["id"], "proposals.id", 1, kMaxId);
    proposal.text = r.text(p["text"], "proposals.text");
    s.proposals.push_back(proposal);
    ageGroupNames.push_back(r.text(p["ageGroup"], "proposals.ageGroup", true));
    s.rounds.front().proposals.push_back(proposal.id);
  }
  for (JsonValue g : r.array(v["groups"], "groups", kLimits.itemsPerKind))
    s.groups.push_back({r.integer<Id>(g["id"], "groups.id", 1, kMaxId), r.text(g["name"], "groups.name")});
  Id maxId = s.rounds.front().id;
  for (const Proposal& p : s.proposals) maxId = std::max(maxId, p.id);
  for (const ParticipantGroup& g : s.groups) maxId = std::max(maxId, g.id);
  s.nextId = maxId + 1;
  for (std::size_t i = 0; i < s.proposals.size(); ++i) {
    if (ageGroupNames[i].empty()) continue;
    s.proposals[i].ageGroup = s.takeId();
    s.ageGroups.push_back({s.proposals[i].ageGroup, ageGroupNames[i], kNoId});
  }
}

// Whether the round's session is checked as a whole (validate) besides its shape.
enum class SessionCheck { Whole, ShapeOnly };

std::optional<LiveRound> readLiveRound(JsonValue v, std::string* problem, SessionCheck check) {
  Reader r;
  LiveRound live;
  live.session.rounds.emplace_back();
  if (!v.is(JsonType::Object)) r.fail("round");
  readRules(r, v, live.session.rounds.front());
  live.title = r.text(v["title"], "title", true);
  readProposals(r, v, live.session);
  if (r.ok() && live.round().proposals.empty()) r.fail("proposals");
  if (r.ok() && check == SessionCheck::Whole) {
    if (auto invalid = validate(live.session)) {
      if (problem) *problem = trf(Str::LiveNotRound, invalid->c_str());
      return std::nullopt;
    }
  }
  return finish(r, std::move(live), Str::LiveNotRound, problem);
}

bool hasRepeatedId(const std::vector<LiveBallot>& ballots) {
  std::vector<std::string> ids;  // copies: sorted by the same code as GeoJSON values
  for (const LiveBallot& b : ballots) ids.push_back(b.id);
  std::sort(ids.begin(), ids.end());
  return std::adjacent_find(ids.begin(), ids.end()) != ids.end();
}

bool sameVote(const Ballot& a, const Ballot& b) {
  return a.group == b.group && a.voter == b.voter && a.entries == b.entries && (a.voided || !b.voided);
}

}  // namespace

std::string liveRoundJson(const Session& s, const VotingRound& round) {
  JsonWriter w;
  w.beginObject();
  w.key("id").value(static_cast<std::int64_t>(round.id));
  w.key("name").value(round.name);
  w.key("title").value(s.meta.title);
  w.key("method").value(methodKey(round.method));
  w.key("state").value(roundStateKey(round.state));
  w.key("points").value(round.points);
  w.key("maxPerProposal").value(round.maxPerProposal);
  w.key("allPointsRequired").value(round.allPointsRequired);
  w.key("named").value(round.named);
  w.key("criteria").beginArray();
  for (const std::string& c : round.criteria) w.value(c);
  w.endArray();
  w.key("proposals").beginArray();
  for (Id id : round.proposals) {
    const Proposal* p = findById(s.proposals, id);
    if (!p) continue;
    w.beginObject().key("id").value(static_cast<std::int64_t>(id)).key("text").value(p->text);
    if (p->ageGroup != kNoId) w.key("ageGroup").value(ageGroupName(s, p->ageGroup));
    w.endObject();
  }
  w.endArray();
  w.key("groups").beginArray();
  for (const ParticipantGroup& g : s.groups)
    w.beginObject().key("id").value(static_cast<std::int64_t>(g.id)).key("name").value(g.name).endObject();
  w.endArray();
  w.endObject();
  return w.str();
}

std::optional<LiveRound> parseLiveRound(std::string_view json, std::string* problem) {
  const auto parse = parseRoot(json, Str::LiveNotRound, problem);
  if (!parse) return std::nullopt;
  return readLiveRound(parse->document.root(), problem, SessionCheck::Whole);
}

std::optional<ParticipantView> parseParticipantView(std::string_view json, std::string* problem) {
  const auto parse = parseRoot(json, Str::LiveNotFeed, problem);
  if (!parse) return std::nullopt;
  const JsonValue v = parse->document.root();
  auto round = readLiveRound(v["round"], problem, SessionCheck::ShapeOnly);
  if (!round) return std::nullopt;
  Reader r;
  ParticipantView view{r.identifier(v["token"], "token", 64, true), std::move(*round), std::nullopt,
                       r.flag(v["voided"], "voided")};
  if (v["ballot"].is(JsonType::Object)) view.ballot = readBallot(r, v["ballot"]);
  return finish(r, std::move(view), Str::LiveNotFeed, problem);
}

std::string ballotJson(const Ballot& ballot) {
  JsonWriter w;
  w.beginObject();
  writeBallotFields(w, ballot);
  w.endObject();
  return w.str();
}

std::optional<Ballot> parseBallot(std::string_view json, std::string* problem) {
  const auto parse = parseRoot(json, Str::LiveNotBallot, problem);
  if (!parse) return std::nullopt;
  Reader r;
  Ballot b = readBallot(r, parse->document.root());
  return finish(r, std::move(b), Str::LiveNotBallot, problem);
}

std::string liveFeedJson(const LiveFeed& feed) {
  JsonWriter w;
  w.beginObject();
  w.key("state").value(feed.closed ? "closed" : "open");
  w.key("devices").value(feed.devices);
  w.key("lastSeq").value(static_cast<std::int64_t>(feed.lastSeq));
  w.key("more").value(feed.more);
  w.key("ballots").beginArray();
  for (const LiveBallot& b : feed.ballots) {
    w.beginObject();
    w.key("id").value(b.id);
    w.key("seq").value(static_cast<std::int64_t>(b.seq));
    w.key("voided").value(b.voided);
    writeBallotFields(w, b.ballot);
    w.endObject();
  }
  w.endArray();
  w.endObject();
  return w.str();
}

std::optional<LiveFeed> parseLiveFeed(std::string_view json, std::string* problem) {
  const auto parse = parseRoot(json, Str::LiveNotFeed, problem);
  if (!parse) return std::nullopt;
  const JsonValue v = parse->document.root();
  constexpr std::uint64_t kMaxSeq = std::uint64_t{1} << 53;
  Reader r;
  LiveFeed feed;
  const std::string state = r.text(v["state"], "state");
  if (state != "open" && state != "closed") r.fail("state");
  feed.closed = state == "closed";
  feed.devices = r.integer<std::int32_t>(v["devices"], "devices", 0, std::numeric_limits<std::int32_t>::max());
  feed.lastSeq = r.integer<std::uint64_t>(v["lastSeq"], "lastSeq", 0, kMaxSeq);
  feed.more = r.flag(v["more"], "more");
  for (JsonValue b : r.array(v["ballots"], "ballots", kLimits.itemsPerKind)) {
    LiveBallot live;
    live.id = r.identifier(b["id"], "id", 64);
    live.seq = r.integer<std::uint64_t>(b["seq"], "seq", 0, kMaxSeq);
    live.voided = r.flag(b["voided"], "voided");
    live.ballot = readBallot(r, b);
    feed.ballots.push_back(std::move(live));
  }
  if (hasRepeatedId(feed.ballots)) r.fail("id");
  return finish(r, std::move(feed), Str::LiveNotFeed, problem);
}

void cutToPage(LiveFeed& feed) {
  std::size_t count = 0, entries = 0;
  for (const LiveBallot& b : feed.ballots) {
    if (count == kFeedPageBallots || (count > 0 && entries + b.ballot.entries.size() > kFeedPageEntries)) break;
    entries += b.ballot.entries.size();
    ++count;
  }
  if (count == feed.ballots.size()) return;
  feed.ballots.resize(count);
  feed.lastSeq = feed.ballots.back().seq;
  feed.more = true;
}

std::optional<LiveRoundOpened> parseLiveRoundOpened(std::string_view json, std::string* problem) {
  const auto parse = parseRoot(json, Str::LiveNotFeed, problem);
  if (!parse) return std::nullopt;
  const JsonValue v = parse->document.root();
  Reader r;
  LiveRoundOpened opened{r.identifier(v["code"], "code", 16), r.text(v["joinUrl"], "joinUrl"), {}};
  for (JsonValue row : r.array(v["qr"]["rows"], "qr", 200)) {
    opened.qrRows.push_back(r.text(row, "qr"));
    if (opened.qrRows.back().size() != v["qr"]["rows"].size()) r.fail("qr");
  }
  return finish(r, std::move(opened), Str::LiveNotFeed, problem);
}

std::string joinJson(const std::string& code) {
  JsonWriter w;
  w.beginObject().key("code").value(code).endObject();
  return w.str();
}

std::string ballotPutJson(const std::string& code, const Ballot& ballot) {
  JsonWriter w;
  w.beginObject().key("code").value(code).key("ballot").beginObject();
  writeBallotFields(w, ballot);
  w.endObject().endObject();
  return w.str();
}

LiveRefusal parseLiveRefusal(std::string_view json) {
  const JsonParse parse = parseJson(json, {4, 100});
  if (parse.error) return {};
  const JsonValue v = parse.document.root();
  return {std::string(v["error"].string()), std::string(v["code"].string())};
}

std::int32_t mirrorLiveBallots(Document& doc, Id roundId, const std::vector<LiveBallot>& ballots) {
  const VotingRound* found = findById(doc.session.rounds, roundId);
  if (!found) return 0;
  VotingRound open = *found;  // the server judged the ballot while the round was open
  open.state = RoundState::Open;
  Change change(doc.session, tr(Str::LiveCmdMirror));
  std::int32_t changed = 0;
  for (const LiveBallot& live : ballots) {
    Ballot b = live.ballot;
    b.round = roundId;
    b.liveId = live.id;
    b.voided = live.voided;
    if (!open.named) b.voter.clear();
    if (ballotProblem(doc.session, open, b)) continue;
    const auto& existing = doc.session.ballots;
    const auto it = std::find_if(existing.begin(), existing.end(),
                                 [&](const Ballot& e) { return e.round == roundId && e.liveId == live.id; });
    if (it == existing.end()) {
      b.id = doc.session.takeId();
      change.insert<Ballot>(existing.size(), std::move(b));
    } else if (!sameVote(*it, b)) {
      b.id = it->id;
      b.voided = b.voided || it->voided;  // a void here stays, whatever the server says
      change.replace<Ballot>(static_cast<std::size_t>(it - existing.begin()), std::move(b));
    } else {
      continue;
    }
    ++changed;
  }
  doc.history.record(change.finish());
  return changed;
}

bool startLiveRound(Document& doc, Id roundId, const std::string& code) {
  const auto index = indexOf(doc.session.rounds, roundId);
  if (index < 0) return false;
  VotingRound round = doc.session.rounds[static_cast<std::size_t>(index)];
  if (round.state == RoundState::Closed || (round.liveCode == code && round.state == RoundState::Open)) return false;
  round.state = RoundState::Open;
  round.liveCode = code;
  Change change(doc.session, tr(Str::LiveCmdStart));
  change.replace<VotingRound>(static_cast<std::size_t>(index), std::move(round));
  doc.history.record(change.finish());
  return true;
}

}  // namespace nwk
