// libFuzzer target: every live-voting document a server or phone sends (a round, a ballot,
// a feed of ballots, a participant's view, an opened round). Any input: no crash, no leak,
// no hang; a refusal carries its reason; whatever a reader accepts, the app can use as it
// does: a round is a valid session that writes itself back unchanged; a feed mirrored into
// the demo leaves a valid session, twice is a no-op, and undo restores it; an opened round's
// code starts a round of the demo and leaves it valid; a participant's ballot survives the
// trip through local storage; identifiers hold no character that would change a path.
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

void checkOpened(std::string_view text) {
  static const nwk::Session demo = nwk::makeDemoSession();
  std::string problem;
  const auto opened = nwk::parseLiveRoundOpened(text, &problem);
  check(opened.has_value() == problem.empty());
  if (!opened) return;
  check(opened->code.find_first_of("/?#%&. ") == std::string::npos);
  for (const nwk::VotingRound& round : demo.rounds) {
    nwk::Document doc{demo, {}};
    if (nwk::startLiveRound(doc, round.id, opened->code)) check(!nwk::validate(doc.session).has_value());
  }
}

void checkView(std::string_view text) {
  std::string problem;
  const auto view = nwk::parseParticipantView(text, &problem);
  check(view.has_value() == problem.empty());
  if (!view) return;
  check(view->token.find_first_of("\n\r/ ") == std::string::npos);
  if (!view->ballot) return;
  const auto kept = nwk::parseBallot(nwk::ballotJson(*view->ballot), nullptr);
  check(kept && *kept == *view->ballot);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  checkRound(bytes);
  std::string problem;
  check(nwk::parseBallot(bytes, &problem).has_value() == problem.empty());
  checkFeed(bytes);
  checkOpened(bytes);
  checkView(bytes);
  return 0;
}
