// libFuzzer target: the three live-voting documents a server or phone sends (a round, a
// ballot, a feed of ballots). Any input: no crash, no leak, no hang; a refusal carries its
// reason; a round that is accepted is a valid session that writes itself back unchanged; a
// feed mirrored into the demo leaves a valid session, twice is a no-op, and undo restores it.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/model/validate.hpp"
#include "core/sample/demo.hpp"
#include "core/voting/live.hpp"

namespace {

void check(bool ok) {
  if (!ok) std::abort();
}

void checkRound(std::string_view text) {
  std::string problem;
  const auto round = nwk::parseLiveRound(text, &problem);
  check(round.has_value() == problem.empty());
  if (!round) return;
  check(!nwk::validate(round->session).has_value());
  const auto again = nwk::parseLiveRound(nwk::liveRoundJson(round->session, round->round()), nullptr);
  check(again && again->round() == round->round());
}

void checkFeed(std::string_view text) {
  static const nwk::Session demo = nwk::makeDemoSession();
  std::string problem;
  const auto feed = nwk::parseLiveFeed(text, &problem);
  check(feed.has_value() == problem.empty());
  if (!feed || demo.rounds.empty()) return;
  nwk::Document doc{demo, {}};
  const nwk::Id round = demo.rounds.front().id;
  if (nwk::mirrorLiveBallots(doc, round, feed->ballots) == 0) return;
  check(!nwk::validate(doc.session).has_value());
  check(nwk::mirrorLiveBallots(doc, round, feed->ballots) == 0);
  check(doc.history.undo(doc.session));
  doc.session.nextId = demo.nextId;
  check(doc.session == demo);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  checkRound(bytes);
  std::string problem;
  check(nwk::parseBallot(bytes, &problem).has_value() == problem.empty());
  checkFeed(bytes);
  return 0;
}
