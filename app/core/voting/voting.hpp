// Casting votes: what makes a ballot valid for its round, and the commands of a vote (each
// one undo step). A refused ballot or paper batch changes nothing and comes back with the
// reason in the current language, naming the proposal, the number and what is allowed.
// Rules per method: dots: values 0..maxPerProposal, at most `points` in all, all of them when
// allPointsRequired; weighting: scores 1-5 per criterion (a round without criteria has one),
// a proposal scored on one criterion is scored on all; ranking: ranks 1..n without repeats or
// gaps, unranked proposals allowed. Every method: an open round, no proposal twice (per
// criterion; criteria only when weighting), only proposals of the round, a known group, a
// name in named rounds, not empty.
// In core/voting (voting rounds, the tally, presenter slides, the live-voting contract); may use core/text, core/model,
// core/io, core/geo, core/analysis.
#pragma once
#include <optional>
#include <string>

#include "core/model/commands.hpp"
#include "core/model/model.hpp"

namespace nwk {

// A new round (not added yet): a draft with the defaults, for weighting the criteria
// "Wirkung" and "Umsetzbarkeit" in the current language.
VotingRound newVotingRound(VoteMethod method, std::vector<Id> proposals);

// The round's rules as a voter reads them before voting, in the current language: "Verteilen
// Sie bis zu 3 Punkte auf die Vorschläge. Höchstens 2 auf einen Vorschlag." (dots), "Bewerten
// Sie jeden Vorschlag von 1 (wenig) bis 5 (viel)." (weighting), "Tippen Sie die Vorschläge in
// der Reihenfolge Ihrer Wahl an: zuerst den wichtigsten." (ranking).
std::string ballotRules(const VotingRound& round);

// Whether results may be shown without the facilitator's confirmation: closed, or live.
inline bool resultsVisible(const VotingRound& round) { return round.state == RoundState::Closed || round.liveResults; }

std::optional<std::string> ballotProblem(const Session& s, const VotingRound& round, const Ballot& ballot);

// Dot voting: the points still to give (negative when over budget); 0 for other methods.
std::int32_t pointsLeft(const VotingRound& round, const Ballot& ballot);

// A ballot's value for a proposal (and criterion, when weighting); 0 when it has none.
std::int32_t ballotValue(const Ballot& ballot, Id proposal, std::int32_t criterion = 0);
// Sets that value; 0 takes the entry out.
void setBallotValue(Ballot& ballot, Id proposal, std::int32_t value, std::int32_t criterion = 0);

// What a refusable command did: the new item's id, or kNoId and the reason.
struct VoteResult {
  Id id = kNoId;
  std::string problem;
};

// Adds the ballot (fresh id, not voided; the voter's name dropped in anonymous rounds).
VoteResult castBallot(Document& doc, Ballot ballot);

// Voids the round's last ballot that is not voided yet; false if there is none.
bool voidLastBallot(Document& doc, Id round);

// Whether anyone has voted in the round: a ballot (voided ones count: undo brings them
// back) or a batch of paper dots.
bool hasVotes(const Session& s, const VotingRound& round);

// false if there is no such round, it is in that state already, or it would go back to a
// draft (whose proposals and rules can be edited) although votes were cast in it.
bool setRoundState(Document& doc, Id round, RoundState state);

// Adds a batch of paper dots (dot voting only; fresh id): at least one voter, dots >= 0 on
// proposals of the round, at most voters x points in all and voters x maxPerProposal on one.
VoteResult addPaperTally(Document& doc, Id round, PaperTally tally);

}  // namespace nwk
