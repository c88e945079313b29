#include "core/voting/tally.hpp"

#include <algorithm>
#include <array>
#include <utility>

#include "core/io/json_writer.hpp"
#include "core/model/labels.hpp"
#include "core/text/i18n.hpp"
#include "core/voting/voting.hpp"

namespace nwk {
namespace {

// Ids -> their position in a list (the first, for a repeated id): open addressing in a
// table at most half full, so a lookup is one or two probes.
class Positions {
 public:
  explicit Positions(const std::vector<Id>& ids) {
    std::size_t size = 16;
    while (size < ids.size() * 2) size *= 2;
    slots_.assign(size, {kNoId, 0});
    for (std::uint32_t i = 0; i < ids.size(); ++i)
      if (Slot& slot = slots_[find(ids[i])]; slot.first == kNoId) slot = {ids[i], i};
  }
  std::ptrdiff_t operator()(Id id) const {
    const Slot& slot = slots_[find(id)];
    return id != kNoId && slot.first == id ? static_cast<std::ptrdiff_t>(slot.second) : -1;
  }

 private:
  using Slot = std::pair<Id, std::uint32_t>;
  std::size_t find(Id id) const {
    const std::size_t mask = slots_.size() - 1;
    std::size_t i = (id * 2654435761u) & mask;
    while (slots_[i].first != id && slots_[i].first != kNoId) i = (i + 1) & mask;
    return i;
  }
  std::vector<Slot> slots_;
};

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

// The sums of one slice of the voters, per proposal of the round (in its order) and, for
// weighting, per proposal and criterion.
struct Sums {
  Sums(std::size_t n, std::size_t criteria)
      : points(n), criterionPoints(n * criteria), ballotsOf(n), scores(n), criterionBallots(n * criteria) {}
  std::int32_t ballots = 0, paperVoters = 0;
  std::vector<std::int64_t> points, criterionPoints;
  std::vector<std::int32_t> ballotsOf, scores, criterionBallots;
};

// One pass over the ballots and paper batches. Slice 0: everyone; 1 + i: the session's group
// i; the last: no group.
std::vector<Sums> sumUp(const Session& s, const VotingRound& r) {
  const std::size_t n = r.proposals.size(), criteria = criteriaOf(r);
  std::vector<Id> groupIds;
  for (const ParticipantGroup& g : s.groups) groupIds.push_back(g.id);
  const Positions positionOf(r.proposals), groupOf(groupIds);
  std::vector<Sums> sums(groupIds.size() + 2, Sums(n, criteria));
  auto slicesOf = [&](Id group) {
    const std::ptrdiff_t g = groupOf(group);
    return std::array<Sums*, 2>{&sums[0], &sums[g < 0 ? sums.size() - 1 : static_cast<std::size_t>(g) + 1]};
  };
  std::vector<std::size_t> lastBallot(n, s.ballots.size());
  for (std::size_t b = 0; b < s.ballots.size(); ++b) {
    const Ballot& ballot = s.ballots[b];
    if (ballot.round != r.id || ballot.voided) continue;
    const auto slices = slicesOf(ballot.group);
    for (Sums* x : slices) ++x->ballots;
    for (const BallotEntry& e : ballot.entries) {
      const std::ptrdiff_t p = positionOf(e.proposal);
      const auto points = pointsOf(r, e);
      if (p < 0 || !points) continue;
      const auto i = static_cast<std::size_t>(p);
      const bool first = lastBallot[i] != b;
      lastBallot[i] = b;
      const std::size_t c = i * criteria + static_cast<std::size_t>(e.criterion);
      for (Sums* x : slices) {
        x->points[i] += *points;
        x->ballotsOf[i] += first;
        if (!criteria) continue;
        x->criterionPoints[c] += *points;
        ++x->criterionBallots[c];
        ++x->scores[i];
      }
    }
  }
  for (const PaperTally& t : r.paper) {
    if (r.method != VoteMethod::Dots) break;
    for (Sums* x : slicesOf(t.group)) {
      x->paperVoters += t.voters;
      for (const PaperDots& d : t.dots)
        if (const std::ptrdiff_t p = positionOf(d.proposal); p >= 0) x->points[static_cast<std::size_t>(p)] += d.dots;
    }
  }
  return sums;
}

// The results of one slice, in the round's order.
std::vector<ProposalResult> resultsOf(const VotingRound& r, const Sums& sums) {
  const std::size_t criteria = criteriaOf(r);
  std::vector<ProposalResult> out(r.proposals.size());
  for (std::size_t i = 0; i < out.size(); ++i) {
    ProposalResult& result = out[i];
    result.proposal = r.proposals[i];
    result.points = sums.points[i];
    result.ballots = sums.ballotsOf[i];
    result.score = criteria ? mean(result.points, sums.scores[i]) : static_cast<double>(result.points);
    for (std::size_t c = i * criteria; c < (i + 1) * criteria; ++c)
      result.criteria.push_back({mean(sums.criterionPoints[c], sums.criterionBallots[c]), sums.criterionBallots[c]});
  }
  return out;
}

// results sorted by score: ties share the rank of the first of them.
void assignRanks(std::vector<ProposalResult>& results) {
  for (std::size_t i = 0; i < results.size(); ++i)
    results[i].rank =
        i > 0 && results[i].score == results[i - 1].score ? results[i - 1].rank : static_cast<std::int32_t>(i + 1);
}

// Highest score first, ties in the round's order: sorted as (-score, position) pairs, the
// same sort as the map's labels (a stable_sort of its own would cost 3 KB of wasm).
std::vector<ProposalResult> ranked(std::vector<ProposalResult> results) {
  std::vector<std::pair<double, std::uint32_t>> order;
  for (std::size_t i = 0; i < results.size(); ++i) order.emplace_back(-results[i].score, static_cast<std::uint32_t>(i));
  std::sort(order.begin(), order.end());
  std::vector<ProposalResult> sorted;
  sorted.reserve(results.size());
  for (const auto& o : order) sorted.push_back(std::move(results[o.second]));
  assignRanks(sorted);
  return sorted;
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
  const RoundResult result = tally(s, r);
  w.beginObject().key("id").value(std::int64_t{r.id}).key("name").value(r.name);
  w.key("method").value(methodKey(r.method)).key("state").value(roundStateKey(r.state));
  w.key("ballots").value(result.ballots).key("digitalBallots").value(result.digitalBallots);
  w.key("paperVoters").value(result.paperVoters).key("points").value(result.points);
  writeProposals(w, s, r, result.proposals);
  w.key("groups").beginArray();
  for (const GroupResult& g : result.groups) {
    const ParticipantGroup* group = findById(s.groups, g.group);
    w.beginObject()
        .key("id")
        .value(std::int64_t{g.group})
        .key("name")
        .value(group ? group->name.c_str() : tr(Str::VoteNoGroup));
    w.key("ballots").value(g.ballots);
    writeProposals(w, s, r, g.proposals);
    w.endObject();
  }
  w.endArray().key("hidden").value(!resultsVisible(r)).endObject();
}

}  // namespace

RoundResult tally(const Session& s, const VotingRound& round) {
  const std::vector<Sums> sums = sumUp(s, round);
  RoundResult result;
  result.round = round.id;
  result.proposals = ranked(resultsOf(round, sums[0]));
  result.digitalBallots = sums[0].ballots;
  result.paperVoters = sums[0].paperVoters;
  result.ballots = result.digitalBallots + result.paperVoters;
  for (const ProposalResult& p : result.proposals) result.points += p.points;
  for (std::size_t i = 1; i < sums.size(); ++i) {
    const std::int32_t ballots = sums[i].ballots + sums[i].paperVoters;
    const Id group = i <= s.groups.size() ? s.groups[i - 1].id : kNoId;
    if (ballots > 0) result.groups.push_back({group, ballots, ranked(resultsOf(round, sums[i]))});
  }
  return result;
}

std::string ballotsText(std::int32_t ballots, std::int32_t paperVoters) {
  const std::string votes = counted(ballots, Noun::Vote);
  return paperVoters > 0 ? trf(Str::ResultBallots, votes.c_str(), static_cast<unsigned>(paperVoters)) : votes;
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
