// Live voting from participants' phones: the JSON that the app, netzwerkkarte-server and the
// participant page exchange, written and read here only, so all three agree; and the mirror
// of the server's ballots into the session.
// A live round travels as one self-contained document: its rules, its proposals' ids and
// texts, the participant groups. parseLiveRound() turns it back into a tiny Session that
// holds just that round, so ballotProblem() judges a phone's ballot on the server exactly as
// it would in the app. Ballots are identified by the server's ballot id (one per participant
// and round: a changed ballot keeps its id), which makes mirroring idempotent.
// In core/voting (voting rounds, the tally, presenter slides, the live-voting contract); may use core/text, core/model,
// core/io, core/geo, core/analysis.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/commands.hpp"
#include "core/model/model.hpp"

namespace nwk {

// {"id":7,"name":"…","method":"dots","points":5,"maxPerProposal":3,"allPointsRequired":false,
//  "criteria":[],"named":false,"state":"open","title":"Workshop title",
//  "proposals":[{"id":12,"text":"…","ageGroup":"0-3 Jahre"}],"groups":[{"id":3,"name":"Kita"}]}
std::string liveRoundJson(const Session& s, const VotingRound& round);

// The round as a Session of its own (rounds.front() is the round; proposals, groups and the
// proposals' age groups as sent). nullopt with a reason (current language) when the text
// is not such a document or its rules are impossible.
struct LiveRound {
  Session session;
  std::string title;  // the workshop's title, for the participant page
  const VotingRound& round() const { return session.rounds.front(); }
};
std::optional<LiveRound> parseLiveRound(std::string_view json, std::string* problem);

// What the server tells a participant: on joining {"token":"…","round":{…}}, later
// {"round":{…},"ballot":{…}|null,"voided":false} (the round with its current state, the
// ballot this phone cast, if any).
struct ParticipantView {
  std::string token;  // only in the answer to joining
  LiveRound round;
  std::optional<Ballot> ballot;
  bool voided = false;
};
// The round is read by its shape only (ids, numbers in range, texts): the server checked it
// as a whole (parseLiveRound) when it was opened, and the phone's download stays without
// the session validator.
std::optional<ParticipantView> parseParticipantView(std::string_view json, std::string* problem);

// A ballot as a participant sends it: {"group":3,"voter":"","entries":[{"proposal":12,
// "value":2,"criterion":0}]}. parseBallot() reads only the shape (ids, numbers within int32);
// whether it is valid for the round is ballotProblem()'s answer.
std::string ballotJson(const Ballot& ballot);
std::optional<Ballot> parseBallot(std::string_view json, std::string* problem);

// The server's answer to "ballots since": each ballot once, in its latest form, a page at a
// time (the app asks again with since=lastSeq while `more` is set).
struct LiveBallot {
  std::string id;         // the server's ballot id
  std::uint64_t seq = 0;  // the round's change counter when it last changed
  Ballot ballot;          // group, voter, entries (id and round are the session's business)
  bool voided = false;
};
struct LiveFeed {
  std::vector<LiveBallot> ballots;
  std::uint64_t lastSeq = 0;  // ask again with since=lastSeq
  std::int32_t devices = 0;   // participant tokens that joined the round
  bool closed = false;
  bool more = false;  // cut at a page's end: more ballots changed after lastSeq
};
// {"state":"open","devices":12,"lastSeq":40,"more":false,"ballots":[{"id":"…","seq":39,
//  "voided":false,"group":3,"voter":"","entries":[…]}]}
std::string liveFeedJson(const LiveFeed& feed);
std::optional<LiveFeed> parseLiveFeed(std::string_view json, std::string* problem);

// A page of the feed holds at most kFeedPageBallots ballots and kFeedPageEntries entries in
// all (but always one ballot), so that a page of the largest ballots the rules allow still
// reads within parseLiveFeed's limit; a reader that refused it would never move on.
inline constexpr std::size_t kFeedPageBallots = 200;
inline constexpr std::size_t kFeedPageEntries = 20'000;
// Cuts a feed of every ballot changed after some point (in seq order; lastSeq the round's
// last) to its first page: what does not fit is left for the next page, `more` is set and
// lastSeq is the last included ballot's seq.
void cutToPage(LiveFeed& feed);

// The server's answer to opening a live round: {"code":"K7PX","joinUrl":"http://…",
// "qr":{"size":29,"rows":["0101…",…]}} (rows of '0' and '1', square).
struct LiveRoundOpened {
  std::string code;
  std::string joinUrl;
  std::vector<std::string> qrRows;
};
std::optional<LiveRoundOpened> parseLiveRoundOpened(std::string_view json, std::string* problem);

// A participant's request bodies: joining {"code":"K7PX"}; a ballot {"code":"K7PX","ballot":{…}}.
std::string joinJson(const std::string& code);
std::string ballotPutJson(const std::string& code, const Ballot& ballot);

// The reason in a server's refusal {"error":"…","code":"…"}: the message and the code, or
// empty strings when the body is no such answer.
struct LiveRefusal {
  std::string message;
  std::string code;
};
LiveRefusal parseLiveRefusal(std::string_view json);

// Brings live ballots into the round as one undo step: a ballot id not in the session yet is
// added, a changed one is replaced in place, one voided on the server is voided here. Ballots
// already as they are change nothing, so the same feed twice is harmless. Returns how many
// ballots changed (0: no undo step).
std::int32_t mirrorLiveBallots(Document& doc, Id round, const std::vector<LiveBallot>& ballots);

// Phones may vote in the round under this join code: it is opened (if it was a draft) and
// keeps the code, as one undo step. false if there is no such round or nothing changed.
bool startLiveRound(Document& doc, Id round, const std::string& code);

}  // namespace nwk
