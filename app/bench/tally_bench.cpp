// Native tally speed (scripts/bench.sh): 1,000 ballots over 100 proposals per method
// (bench/voting_session.hpp), the median of 201 runs after 20 warm-ups. Prints JSON with the
// slowest method's median as tally_native_ms and each method's beside it.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

#include "bench/voting_session.hpp"
#include "core/voting/tally.hpp"

namespace {

double tallyMs(nwk::VoteMethod method) {
  const nwk::Session s = nwk::bench::votingSession(method);
  std::vector<double> times;
  std::int64_t sink = 0;
  for (int i = 0; i < 221; ++i) {
    const auto start = std::chrono::steady_clock::now();
    sink += nwk::tally(s, s.rounds[0]).points;
    const std::chrono::duration<double, std::milli> took = std::chrono::steady_clock::now() - start;
    if (i >= 20) times.push_back(took.count());
  }
  if (sink == 0) std::fputs("tally counted nothing\n", stderr);
  std::sort(times.begin(), times.end());
  return times[times.size() / 2];
}

}  // namespace

int main() {
  const double dots = tallyMs(nwk::VoteMethod::Dots), weighting = tallyMs(nwk::VoteMethod::Weighting),
               ranking = tallyMs(nwk::VoteMethod::Ranking);
  std::printf(
      "{\"tally_native_ms\": %.4f, \"tally_native_dots_ms\": %.4f, \"tally_native_weighting_ms\": %.4f, "
      "\"tally_native_ranking_ms\": %.4f}\n",
      std::max({dots, weighting, ranking}), dots, weighting, ranking);
  return 0;
}
