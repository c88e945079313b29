#include "core/tally.hpp"

#include <algorithm>
#include <utility>

#include "core/i18n.hpp"
#include "core/json_writer.hpp"

namespace nwk {
namespace {

constexpr Id kEveryGroup = ~Id{0};  // count(): the ballots of all groups

// The round's proposals as (id, position in the round), sorted by id for lookups.
using Positions = std::vector<std::pair<Id, std::uint32_t>>;

Positions positionsOf(const VotingRound& r) {
  Positions positions;
  for (std::uint32_t i = 0; i < r.proposals.size(); ++i) positions.emplace_back(r.proposals[i], i);
  std::sort(positions.begin(), positions.end());
  return positions;
}

std::ptrdiff_t positionOf(const Positions& positions, Id proposal) {
  const auto it = std::lower_bound(positions.begin(), positions.end(), std::make_pair(proposal, std::uint32_t{0}));
  return it != positions.end() && it->first == proposal ? static_cast<std::ptrdiff_t>(it->second) : -1;
}

std::size_t criteriaOf(const VotingRound& r) {
  return r.method == VoteMethod::Weighting ? std::max<std::size_t>(1, r.criteria.size()) : 0;
}

double mean(std::int64_t sum, std::int32_t count) { return count ? static_cast<double>(sum) / count : 0.0; }

// The points one entry gives, or nothing when it gives none (and counts as no vote).
std::optional<std::int64_t> pointsOf(const VotingRound& r, const BallotEntry& e) {
  const auto n = static_cast<std::int64_t>(r.proposals.size());
  switch (r.method) {
    case VoteMethod::Dots: return e.value > 0 ? std::optional<std::int64_t>(e.value) : std::nullopt;
    case VoteMethod::Weighting:
      if (e.criterion < 0 || static_cast<std::size_t>(e.criterion) >= criteriaOf(r)) return std::nullopt;
      return e.value;
    case VoteMethod::Ranking: return e.value >= 1 && e.value <= n ? n - e.value : 0;
  }
  return std::nullopt;
}

// The results of the ballots and paper batches of one group (or kEveryGroup), in the round's
// order; adds the number of digital ballots and of paper voters counted.
std::vector<ProposalResult> count(const Session& s, const VotingRound& r, const Positions& positions, Id group,
                                  std::int32_t& ballots, std::int32_t& paperVoters) {
  const std::size_t n = r.proposals.size(), criteria = criteriaOf(r);
  std::vector<ProposalResult> out(n);
  std::vector<std::int64_t> criterionPoints(n * criteria);
  std::vector<std::int32_t> criterionBallots(n * criteria), scores(n);
  std::vector<std::size_t> lastBallot(n, s.ballots.size());
  for (std::size_t i = 0; i < n; ++i) out[i].proposal = r.proposals[i];
  for (std::size_t b = 0; b < s.ballots.size(); ++b) {
    const Ballot& ballot = s.ballots[b];
    if (ballot.round != r.id || ballot.voided || (group != kEveryGroup && ballot.group != group)) continue;
    ++ballots;
    for (const BallotEntry& e : ballot.entries) {
      const std::ptrdiff_t p = positionOf(positions, e.proposal);
      const auto points = pointsOf(r, e);
      if (p < 0 || !points) continue;
      const auto i = static_cast<std::size_t>(p);
      out[i].points += *points;
      if (lastBallot[i] != b) lastBallot[i] = b, ++out[i].ballots;
      if (!criteria) continue;
      const std::size_t c = i * criteria + static_cast<std::size_t>(e.criterion);
      criterionPoints[c] += *points;
      ++criterionBallots[c];
      ++scores[i];
    }
  }
  for (const PaperTally& t : r.paper) {
    if (r.method != VoteMethod::Dots || (group != kEveryGroup && t.group != group)) continue;
    paperVoters += t.voters;
    for (const PaperDots& d : t.dots)
      if (const std::ptrdiff_t p = positionOf(positions, d.proposal); p >= 0) out[static_cast<std::size_t>(p)].points += d.dots;
  }
  for (std::size_t i = 0; i < n; ++i) {
    ProposalResult& result = out[i];
    result.score = criteria ? mean(result.points, scores[i]) : static_cast<double>(result.points);
    for (std::size_t c = i * criteria; c < (i + 1) * criteria; ++c)
      result.criteria.push_back({mean(criterionPoints[c], criterionBallots[c]), criterionBallots[c]});
  }
  return out;
}

// results sorted by score: ties share the rank of the first of them.
void assignRanks(std::vector<ProposalResult>& results) {
  for (std::size_t i = 0; i < results.size(); ++i)
    results[i].rank = i > 0 && results[i].score == results[i - 1].score ? results[i - 1].rank : static_cast<std::int32_t>(i + 1);
}

std::vector<ProposalResult> ranked(std::vector<ProposalResult> results) {
  std::stable_sort(results.begin(), results.end(),
                   [](const ProposalResult& a, const ProposalResult& b) { return a.score > b.score; });
  assignRanks(results);
  return results;
}

void writeProposals(JsonWriter& w, const Session& s, const VotingRound& r, const std::vector<ProposalResult>& results) {
  w.key("proposals").beginArray();
  for (const ProposalResult& p : results) {
    const Proposal* proposal = findById(s.proposals, p.proposal);
    w.beginObject().key("id").value(std::int64_t{p.proposal}).key("text").value(proposal ? proposal->text : "");
    w.key("ageGroup").value(std::int64_t{proposal ? proposal->ageGroup : kNoId}).key("score").value(p.score);
    w.key("rank").value(p.rank).key("ballots").value(p.ballots).key("points").value(p.points);
    w.key("criteria").beginArray();
    for (std::size_t c = 0; c < p.criteria.size(); ++c) {
      w.beginObject().key("name").value(c < r.criteria.size() ? r.criteria[c] : std::string());
      w.key("mean").value(p.criteria[c].mean).key("ballots").value(p.criteria[c].ballots).endObject();
    }
    w.endArray().endObject();
  }
  w.endArray();
}

void writeRound(JsonWriter& w, const Session& s, const VotingRound& r) {
  static constexpr const char* kMethods[] = {"dots", "weighting", "ranking"};
  static constexpr const char* kStates[] = {"draft", "open", "closed"};
  const RoundResult result = tally(s, r);
  w.beginObject().key("id").value(std::int64_t{r.id}).key("name").value(r.name);
  w.key("method").value(kMethods[static_cast<int>(r.method)]).key("state").value(kStates[static_cast<int>(r.state)]);
  w.key("ballots").value(result.ballots).key("digitalBallots").value(result.digitalBallots);
  w.key("paperVoters").value(result.paperVoters).key("points").value(result.points);
  writeProposals(w, s, r, result.proposals);
  w.key("groups").beginArray();
  for (const GroupResult& g : result.groups) {
    const ParticipantGroup* group = findById(s.groups, g.group);
    w.beginObject().key("id").value(std::int64_t{g.group}).key("name").value(group ? group->name.c_str() : tr(Str::VoteNoGroup));
    w.key("ballots").value(g.ballots);
    writeProposals(w, s, r, g.proposals);
    w.endObject();
  }
  w.endArray().endObject();
}

}  // namespace

RoundResult tally(const Session& s, const VotingRound& round) {
  RoundResult result;
  result.round = round.id;
  const Positions positions = positionsOf(round);
  result.proposals = ranked(count(s, round, positions, kEveryGroup, result.digitalBallots, result.paperVoters));
  result.ballots = result.digitalBallots + result.paperVoters;
  for (const ProposalResult& p : result.proposals) result.points += p.points;
  auto addGroup = [&](Id group) {
    std::int32_t ballots = 0;
    GroupResult g{group, 0, ranked(count(s, round, positions, group, ballots, ballots))};
    g.ballots = ballots;
    if (ballots > 0) result.groups.push_back(std::move(g));
  };
  for (const ParticipantGroup& g : s.groups) addGroup(g.id);
  addGroup(kNoId);
  return result;
}

std::vector<ProposalResult> forAgeGroup(const Session& s, const std::vector<ProposalResult>& results, Id ageGroup) {
  std::vector<ProposalResult> out;
  for (const ProposalResult& r : results)
    if (const Proposal* p = findById(s.proposals, r.proposal); p && p->ageGroup == ageGroup) out.push_back(r);
  assignRanks(out);
  return out;
}

std::string tallyJson(const Session& s, std::optional<Id> round) {
  JsonWriter w;
  w.beginObject().key("rounds").beginArray();
  for (const VotingRound& r : s.rounds)
    if (!round || r.id == *round) writeRound(w, s, r);
  w.endArray().endObject();
  return w.str();
}

}  // namespace nwk
