// The ballot box's state, owned by the network thread: live rounds by join code, participant
// tokens, ballots (one per token; a new PUT replaces the content under the same id) and
// voids. Every call answers at once or returns a write: the state that later calls are
// checked against changes at once (a PUT after a close is refused even before the close is
// committed), while what readers see (feed, /api/me, device counts) changes only in
// `apply`, which runs after the write's COMMIT. A write that failed to commit can simply be
// sent again: ids and codes already handed out stay reserved.
#pragma once
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "core/voting/live.hpp"
#include "server/answer.hpp"
#include "server/store.hpp"

namespace nwk::server {

struct Outcome {
  Answer answer;  // sent at once without a write, else once it committed
  std::optional<WriteOp> write;
  std::function<void()> apply;  // with a write: makes it visible after the commit
};

class BallotBox {
 public:
  // Called (in apply) whenever a round's feed changes: a ballot, a void, a join, a close.
  std::function<void(const std::string& code)> onChange;

  // The state as stored; false with a reason when a stored document cannot be read.
  bool restore(const StoredData& data, std::string* problem);

  // Facilitator. `describe` builds the answer for a round's join code.
  Outcome openRound(std::string_view body, std::string_view key,
                    const std::function<std::string(const std::string& code)>& describe);
  Outcome closeRound(const std::string& code);
  Outcome voidBallot(const std::string& code, std::string_view body);  // not once a close was asked for
  Answer feed(const std::string& code, std::uint64_t since) const;     // a page (cutToPage)
  // Whether a feed since `since` would say something new (or the round is gone or closed).
  bool hasNews(const std::string& code, std::uint64_t since) const;

  // Participants.
  Outcome join(std::string_view body);
  bool knowsToken(const std::string& token) const { return tokens_.count(token) > 0; }
  Answer me(const std::string& token) const;
  Outcome putBallot(const std::string& token, std::string_view body);

 private:
  struct BallotRecord {
    std::string token;
    LiveBallot shown;     // as committed; shown.seq == 0: not committed yet
    bool voided = false;  // a void was asked for (maybe not committed yet)
  };
  struct RoundRecord {
    std::string key;
    LiveRound live;                               // round().state: Closed once the close committed
    std::string json;                             // liveRoundJson with the committed state
    bool closing = false;                         // a close was asked for
    std::uint64_t nextSeq = 0;                    // the last seq handed out
    std::uint64_t lastSeq = 0;                    // the last seq committed
    std::int32_t devices = 0;                     // tokens committed
    std::map<std::string, BallotRecord> ballots;  // by id
    std::map<std::uint64_t, std::string> bySeq;   // committed ballots' ids by seq: the feed's order
  };
  struct TokenRecord {
    std::string code;
    std::string ballotId;  // empty until the first PUT
  };

  void addRound(const std::string& code, std::string key, LiveRound live, bool closed);
  void commitBallot(RoundRecord& round, const std::string& code, const std::string& id, LiveBallot shown);
  bool isClosed(const RoundRecord& round) const;
  std::string newCode() const;
  RoundRecord* findRound(const std::string& code);
  const RoundRecord* findRound(const std::string& code) const;

  std::unordered_map<std::string, RoundRecord> rounds_;  // by join code
  std::unordered_map<std::string, std::string> keys_;    // facilitator key -> code
  std::unordered_set<std::string> pendingCodes_;         // opened, not committed yet
  std::unordered_map<std::string, TokenRecord> tokens_;
};

}  // namespace nwk::server
