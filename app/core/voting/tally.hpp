// The results of a voting round, from its ballots that are not voided and (dot voting) its
// paper dots. Per proposal a score: dots: all points given; weighting: the mean of every
// 1-5 score it got, with the mean per criterion; ranking: the Borda count (with n proposals,
// rank r on a ballot gives n - r points, unranked 0). Proposals come sorted by score, ties
// in the order of the round's proposal list and sharing their rank (1, 1, 3). Per
// participant group the same, from that group's ballots and paper batches only. The tally
// shows everything; whether a round's results may be shown yet is the caller's decision.
// In core/voting (voting rounds, the tally, presenter slides, the live-voting contract); may use core/text, core/model,
// core/io, core/geo, core/analysis.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/model/model.hpp"

namespace nwk {

struct CriterionResult {
  double mean = 0.0;
  std::int32_t ballots = 0;  // that scored the proposal on this criterion
};

struct ProposalResult {
  Id proposal = kNoId;
  double score = 0.0;
  std::int64_t points = 0;                // dots, sum of scores, or Borda points
  std::int32_t rank = 0;                  // 1-based, shared by ties
  std::int32_t ballots = 0;               // digital ballots that gave it anything (paper dots have no ballots)
  std::vector<CriterionResult> criteria;  // weighting: one per criterion of the round
};

struct GroupResult {
  Id group = kNoId;          // kNoId: ballots without a group
  std::int32_t ballots = 0;  // digital + paper voters of this group
  std::vector<ProposalResult> proposals;
};

struct RoundResult {
  Id round = kNoId;
  std::int32_t ballots = 0;         // digitalBallots + paperVoters
  std::int32_t digitalBallots = 0;  // not voided
  std::int32_t paperVoters = 0;
  std::int64_t points = 0;                // sum of ProposalResult::points
  std::vector<ProposalResult> proposals;  // by rank
  std::vector<GroupResult> groups;        // groups with ballots, in the session's order, then "no group"
};

RoundResult tally(const Session& s, const VotingRound& round);

// "12 Stimmen (davon 3 auf Papier)" in the current language: everyone who voted, digital
// ballots and people on paper.
std::string ballotsText(std::int32_t ballots, std::int32_t paperVoters);

// The results of the proposals of one age group (kNoId: those for all age groups), ranked
// among themselves.
std::vector<ProposalResult> forAgeGroup(const Session& s, const std::vector<ProposalResult>& results, Id ageGroup);

// {"rounds":[{"id","name","method","state","ballots","digitalBallots","paperVoters","points",
//   "proposals":[{"id","text","ageGroup","score","rank","ballots","points","criteria":[{"name","mean","ballots"}]}],
//   "groups":[{"id","name","ballots","proposals":[...]}],"hidden"}]}; every round, or the one
// given (none if it does not exist). "hidden": the results may not be shown yet (open, not
// live): whoever publishes them needs the facilitator's confirmation (voting.hpp).
std::string tallyJson(const Session& s, std::optional<Id> round = std::nullopt);

}  // namespace nwk
