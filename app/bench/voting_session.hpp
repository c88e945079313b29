// The benchmark's voting rounds (tally_bench natively, core_bench in wasm): 100 proposals,
// 1,000 ballots spread over the six default participant groups, one round per method,
// ballots as a plenary fills them in: dots: 5 points on up to 5 proposals (plus one paper
// batch); weighting: 10 proposals scored on 2 criteria; ranking: 10 proposals ranked.
#pragma once
#include <random>
#include <utility>

#include "core/model/model.hpp"

namespace nwk::bench {

inline Session votingSession(VoteMethod method) {
  Session s = makeDefaultSession();
  std::mt19937 random(7);
  VotingRound r;
  r.id = s.takeId();
  r.method = method;
  r.state = RoundState::Closed;
  if (method == VoteMethod::Weighting) r.criteria = {"Wirkung", "Umsetzbarkeit"};
  for (int i = 0; i < 100; ++i) {
    Proposal p;
    p.id = s.takeId();
    p.text = "Vorschlag";
    s.proposals.push_back(std::move(p));
    r.proposals.push_back(s.proposals.back().id);
  }
  if (method == VoteMethod::Dots)
    r.paper.push_back({s.takeId(), s.groups[0].id, 20, {{r.proposals[0], 30}, {r.proposals[1], 40}}});
  std::vector<Id> order = r.proposals;
  for (int b = 0; b < 1000; ++b) {
    Ballot ballot{s.takeId(), r.id, s.groups[static_cast<std::size_t>(b) % s.groups.size()].id, {}, {}, false, {}};
    std::shuffle(order.begin(), order.end(), random);
    for (int i = 0; i < (method == VoteMethod::Dots ? 5 : 10); ++i) {
      const Id p = order[static_cast<std::size_t>(i)];
      if (method == VoteMethod::Dots) ballot.entries.push_back({p, 1, 0});
      if (method == VoteMethod::Ranking) ballot.entries.push_back({p, i + 1, 0});
      if (method == VoteMethod::Weighting)
        for (int c = 0; c < 2; ++c) ballot.entries.push_back({p, static_cast<std::int32_t>(1 + random() % 5), c});
    }
    s.ballots.push_back(std::move(ballot));
  }
  s.rounds.push_back(std::move(r));
  return s;
}

}  // namespace nwk::bench
