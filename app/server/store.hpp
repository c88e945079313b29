// The data folder's SQLite database (WAL, synchronous=FULL: a committed transaction survives
// a crash or power cut). The folder is made with mode 0700 when it does not exist, the
// database (and so its -wal and -shm files) 0600, whatever the umask: only the facilitator's
// account reads the ballots. Schema: rounds(code, key, json, state), tokens(token, code,
// created), ballots(id, code, token, json, seq, voided) with one ballot per token and round.
// Everything is read once at start; afterwards only writes arrive, as batches that commit
// in one transaction. Not thread-safe: one thread uses a Store at a time.
#pragma once
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

struct sqlite3;

namespace nwk::server {

struct StoredRound {
  std::string code;
  std::string key;   // the facilitator's idempotency key, or empty
  std::string json;  // liveRoundJson as opened
  bool closed = false;
};
struct StoredToken {
  std::string token;
  std::string code;
  std::int64_t created = 0;  // Unix seconds
};
struct StoredBallot {
  std::string id;
  std::string code;
  std::string token;
  std::string json;  // ballotJson
  std::uint64_t seq = 0;
  bool voided = false;
};
struct CloseRound {
  std::string code;
};
struct VoidBallot {
  std::string id;
  std::uint64_t seq = 0;
};

// A write: a new round, a closed round, a new token, a ballot put (inserted or its content
// replaced, same id) or a ballot voided.
using WriteOp = std::variant<StoredRound, CloseRound, StoredToken, StoredBallot, VoidBallot>;

struct StoredData {
  std::vector<StoredRound> rounds;
  std::vector<StoredToken> tokens;
  std::vector<StoredBallot> ballots;
};

class Store {
 public:
  // Opens (or creates) dir/ballots.sqlite3; nullptr with a reason on failure.
  static std::unique_ptr<Store> open(const std::filesystem::path& dir, std::string* problem);
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  std::optional<StoredData> load(std::string* problem);
  // All or nothing, in one transaction; false with a reason when it did not commit.
  bool write(const std::vector<WriteOp>& batch, std::string* problem);

 private:
  explicit Store(sqlite3* db) : db_(db) {}
  sqlite3* db_;
};

}  // namespace nwk::server
