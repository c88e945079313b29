#include "core/voting/voting.hpp"

#include <algorithm>

#include "core/model/validate.hpp"
#include "core/text/i18n.hpp"

namespace nwk {
namespace {

bool inRound(const VotingRound& r, Id proposal) {
  return std::find(r.proposals.begin(), r.proposals.end(), proposal) != r.proposals.end();
}

const char* textOf(const Session& s, Id proposal) {
  const Proposal* p = findById(s.proposals, proposal);
  return p ? p->text.c_str() : "";
}

// The proposal of the first key (proposal, criterion) that occurs twice, or kNoId.
Id repeatedProposal(std::vector<std::pair<Id, std::uint32_t>> keys) {
  std::sort(keys.begin(), keys.end());
  const auto twice = std::adjacent_find(keys.begin(), keys.end());
  return twice == keys.end() ? kNoId : twice->first;
}

std::optional<std::string> dotsProblem(const Session& s, const VotingRound& r, const Ballot& b) {
  for (const BallotEntry& e : b.entries) {
    if (e.value < 0) return trf(Str::VoteNegative, textOf(s, e.proposal), e.value);
    if (e.value > r.maxPerProposal)
      return trf(Str::VoteOverMax, textOf(s, e.proposal), counted(e.value, Noun::Point).c_str(), r.maxPerProposal);
  }
  const std::int32_t left = pointsLeft(r, b);
  if (left < 0) return trf(Str::VoteOverBudget, counted(r.points - left, Noun::Point).c_str(), r.points);
  if (left == r.points) return tr(Str::VoteEmpty);
  if (r.allPointsRequired && left > 0) return trf(Str::VotePointsLeft, counted(left, Noun::Point).c_str());
  return std::nullopt;
}

std::optional<std::string> weightingProblem(const Session& s, const VotingRound& r, const Ballot& b) {
  const auto criteria = static_cast<std::int32_t>(std::max<std::size_t>(1, r.criteria.size()));
  for (const BallotEntry& e : b.entries) {
    if (e.value < 1 || e.value > 5) return trf(Str::VoteScoreRange, textOf(s, e.proposal), e.value);
  }
  for (const BallotEntry& e : b.entries)
    for (std::int32_t c = 0; c < criteria; ++c) {
      const bool scored = std::any_of(b.entries.begin(), b.entries.end(), [&](const BallotEntry& o) {
        return o.proposal == e.proposal && o.criterion == c;
      });
      if (!scored)
        return trf(Str::VoteCriterionMissing, textOf(s, e.proposal), r.criteria[static_cast<std::size_t>(c)].c_str());
    }
  return std::nullopt;
}

std::optional<std::string> rankingProblem(const Session& s, const VotingRound& r, const Ballot& b) {
  const auto n = static_cast<std::int32_t>(r.proposals.size());
  std::vector<std::uint32_t> ranks;  // 1 to n, so unsigned: sorted by the same code as ids
  for (const BallotEntry& e : b.entries) {
    if (e.value < 1 || e.value > n) return trf(Str::VoteRankRange, textOf(s, e.proposal), e.value, n);
    ranks.push_back(static_cast<std::uint32_t>(e.value));
  }
  std::sort(ranks.begin(), ranks.end());
  if (auto twice = std::adjacent_find(ranks.begin(), ranks.end()); twice != ranks.end())
    return trf(Str::VoteRankTwice, static_cast<int>(*twice));
  for (std::size_t i = 0; i < ranks.size(); ++i)
    if (ranks[i] != i + 1) return trf(Str::VoteRankGap, static_cast<int>(i + 1));
  return std::nullopt;
}

std::optional<std::string> paperProblem(const Session& s, const VotingRound& r, const PaperTally& t) {
  if (r.method != VoteMethod::Dots) return tr(Str::VotePaperDotsOnly);
  if (t.voters < 1) return tr(Str::VotePaperNoVoters);
  if (t.group != kNoId && !findById(s.groups, t.group)) return trf(Str::VoteUnknownGroup, t.group);
  const std::int64_t maxEach = std::int64_t{t.voters} * r.maxPerProposal, maxAll = std::int64_t{t.voters} * r.points;
  std::int64_t total = 0;
  std::vector<std::pair<Id, std::uint32_t>> keys;
  for (const PaperDots& d : t.dots) {
    if (!inRound(r, d.proposal)) return trf(Str::VoteNotInRound, d.proposal);
    if (d.dots < 0) return trf(Str::VoteNegative, textOf(s, d.proposal), d.dots);
    if (d.dots > maxEach)
      return trf(Str::VotePaperOverMax, textOf(s, d.proposal), d.dots, t.voters, static_cast<long long>(maxEach));
    total += d.dots;
    keys.emplace_back(d.proposal, 0u);
  }
  if (const Id twice = repeatedProposal(std::move(keys))) return trf(Str::VoteTwice, textOf(s, twice));
  if (total > maxAll)
    return trf(Str::VotePaperTooMany, static_cast<long long>(total), t.voters, static_cast<long long>(maxAll));
  return std::nullopt;
}

// Replaces the item at index as one undo step.
template <class T> void replaceAt(Document& doc, std::size_t index, T item, Str label) {
  Change change(doc.session, tr(label));
  change.replace<T>(index, std::move(item));
  doc.history.record(change.finish());
}

}  // namespace

VotingRound newVotingRound(VoteMethod method, std::vector<Id> proposals) {
  VotingRound r;
  r.name = tr(Str::NounRound);
  r.method = method;
  r.proposals = std::move(proposals);
  if (method == VoteMethod::Weighting) r.criteria = {tr(Str::VoteCriterionImpact), tr(Str::VoteCriterionFeasibility)};
  return r;
}

std::string ballotRules(const VotingRound& round) {
  switch (round.method) {
    case VoteMethod::Dots: {
      std::string rules = trf(round.allPointsRequired ? Str::VoteRulesDotsAll : Str::VoteRulesDots,
                              counted(round.points, Noun::Point).c_str());
      if (round.maxPerProposal < round.points) rules += " " + trf(Str::VoteRulesDotsMax, round.maxPerProposal);
      return rules;
    }
    case VoteMethod::Weighting: return tr(Str::VoteRulesWeighting);
    case VoteMethod::Ranking: return tr(Str::VoteRulesRanking);
  }
  return {};
}

std::int32_t ballotValue(const Ballot& ballot, Id proposal, std::int32_t criterion) {
  for (const BallotEntry& e : ballot.entries)
    if (e.proposal == proposal && e.criterion == criterion) return e.value;
  return 0;
}

void setBallotValue(Ballot& ballot, Id proposal, std::int32_t value, std::int32_t criterion) {
  auto& entries = ballot.entries;
  const auto same = [&](const BallotEntry& e) { return e.proposal == proposal && e.criterion == criterion; };
  if (auto it = std::find_if(entries.begin(), entries.end(), same); it != entries.end()) it->value = value;
  else entries.push_back({proposal, value, criterion});
  entries.erase(std::remove_if(entries.begin(), entries.end(), [](const BallotEntry& e) { return e.value == 0; }),
                entries.end());
}

std::int32_t pointsLeft(const VotingRound& round, const Ballot& ballot) {
  if (round.method != VoteMethod::Dots) return 0;
  std::int64_t left = round.points;
  for (const BallotEntry& e : ballot.entries) left -= e.value;
  return static_cast<std::int32_t>(std::clamp<std::int64_t>(left, -1'000'000'000, 1'000'000'000));
}

std::optional<std::string> ballotProblem(const Session& s, const VotingRound& round, const Ballot& ballot) {
  if (round.state != RoundState::Open)
    return tr(round.state == RoundState::Draft ? Str::VoteNotOpenYet : Str::VoteClosed);
  if (round.named && ballot.voter.find_first_not_of(" \t") == std::string::npos) return tr(Str::VoteNameMissing);
  const std::string& voter = ballot.voter;
  if (voter.size() > 200 || !isValidText(voter)) return tr(Str::VoteNameInvalid);
  if (ballot.group != kNoId && !findById(s.groups, ballot.group)) return trf(Str::VoteUnknownGroup, ballot.group);
  if (ballot.entries.empty()) return tr(Str::VoteEmpty);
  std::vector<std::pair<Id, std::uint32_t>> keys;
  const bool perCriterion = round.method == VoteMethod::Weighting;
  const auto criteria = static_cast<std::int32_t>(perCriterion ? std::max<std::size_t>(1, round.criteria.size()) : 1);
  for (const BallotEntry& e : ballot.entries) {
    if (!inRound(round, e.proposal)) return trf(Str::VoteNotInRound, e.proposal);
    if (e.criterion < 0 || e.criterion >= criteria)
      return trf(Str::VoteNoCriterion, textOf(s, e.proposal), e.criterion + 1);
    keys.emplace_back(e.proposal, perCriterion ? static_cast<std::uint32_t>(e.criterion) : 0u);
  }
  if (const Id twice = repeatedProposal(std::move(keys))) return trf(Str::VoteTwice, textOf(s, twice));
  switch (round.method) {
    case VoteMethod::Dots: return dotsProblem(s, round, ballot);
    case VoteMethod::Weighting: return weightingProblem(s, round, ballot);
    case VoteMethod::Ranking: return rankingProblem(s, round, ballot);
  }
  return std::nullopt;
}

VoteResult castBallot(Document& doc, Ballot ballot) {
  const VotingRound* round = findById(doc.session.rounds, ballot.round);
  if (!round) return {kNoId, trf(Str::VoteNoRound, ballot.round)};
  if (auto problem = ballotProblem(doc.session, *round, ballot)) return {kNoId, std::move(*problem)};
  if (!round->named) ballot.voter.clear();
  ballot.voided = false;
  ballot.id = doc.session.takeId();
  const Id id = ballot.id;
  Change change(doc.session, tr(Str::VoteCmdCast));
  change.insert<Ballot>(doc.session.ballots.size(), std::move(ballot));
  doc.history.record(change.finish());
  return {id, {}};
}

bool hasVotes(const Session& s, const VotingRound& round) {
  return !round.paper.empty() ||
         std::any_of(s.ballots.begin(), s.ballots.end(), [&](const Ballot& b) { return b.round == round.id; });
}

bool voidLastBallot(Document& doc, Id round) {
  const auto& ballots = doc.session.ballots;
  for (std::size_t i = ballots.size(); i-- > 0;) {
    if (ballots[i].round != round || ballots[i].voided) continue;
    Ballot voided = ballots[i];
    voided.voided = true;
    replaceAt(doc, i, std::move(voided), Str::VoteCmdVoid);
    return true;
  }
  return false;
}

bool setRoundState(Document& doc, Id round, RoundState state) {
  const auto index = indexOf(doc.session.rounds, round);
  if (index < 0 || state > RoundState::Closed) return false;
  VotingRound changed = doc.session.rounds[static_cast<std::size_t>(index)];
  if (changed.state == state) return false;
  if (state == RoundState::Draft && hasVotes(doc.session, changed)) return false;
  changed.state = state;
  const Str label = state == RoundState::Open     ? Str::VoteCmdOpen
                    : state == RoundState::Closed ? Str::VoteCmdClose
                                                  : Str::VoteCmdDraft;
  replaceAt(doc, static_cast<std::size_t>(index), std::move(changed), label);
  return true;
}

VoteResult addPaperTally(Document& doc, Id round, PaperTally tally) {
  const auto index = indexOf(doc.session.rounds, round);
  if (index < 0) return {kNoId, trf(Str::VoteNoRound, round)};
  VotingRound changed = doc.session.rounds[static_cast<std::size_t>(index)];
  if (auto problem = paperProblem(doc.session, changed, tally)) return {kNoId, std::move(*problem)};
  tally.id = doc.session.takeId();
  const Id id = tally.id;
  changed.paper.push_back(std::move(tally));
  replaceAt(doc, static_cast<std::size_t>(index), std::move(changed), Str::VoteCmdPaper);
  return {id, {}};
}

}  // namespace nwk
