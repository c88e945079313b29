#include "server/store.hpp"

#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

namespace nwk::server {

namespace {

constexpr const char* kSchema = R"(
PRAGMA journal_mode=WAL;
PRAGMA synchronous=FULL;
CREATE TABLE IF NOT EXISTS rounds(code TEXT PRIMARY KEY, key TEXT NOT NULL, json TEXT NOT NULL,
                                  state TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS tokens(token TEXT PRIMARY KEY, code TEXT NOT NULL, created INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS ballots(id TEXT PRIMARY KEY, code TEXT NOT NULL, token TEXT NOT NULL,
                                   json TEXT NOT NULL, seq INTEGER NOT NULL, voided INTEGER NOT NULL,
                                   UNIQUE(code, token));
)";

// A prepared statement, finalized when it goes out of scope.
class Statement {
 public:
  Statement(sqlite3* db, const char* sql) { sqlite3_prepare_v2(db, sql, -1, &stmt_, nullptr); }
  ~Statement() { sqlite3_finalize(stmt_); }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  Statement& bind(const std::string& text) {
    sqlite3_bind_text(stmt_, ++index_, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
    return *this;
  }
  Statement& bind(std::int64_t n) {
    sqlite3_bind_int64(stmt_, ++index_, n);
    return *this;
  }
  bool run() { return stmt_ && sqlite3_step(stmt_) == SQLITE_DONE; }
  bool next() {
    rc_ = stmt_ ? sqlite3_step(stmt_) : SQLITE_ERROR;
    return rc_ == SQLITE_ROW;
  }
  bool finished() const { return rc_ == SQLITE_DONE; }  // after next() said false: no error
  std::string text(int column) const {
    const auto* p = sqlite3_column_text(stmt_, column);
    return p ? std::string(reinterpret_cast<const char*>(p),
                           static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)))
             : std::string();
  }
  std::int64_t integer(int column) const { return sqlite3_column_int64(stmt_, column); }

 private:
  sqlite3_stmt* stmt_ = nullptr;
  int index_ = 0;
  int rc_ = SQLITE_OK;
};

bool exec(sqlite3* db, const char* sql) { return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK; }

std::int64_t asInt(std::uint64_t n) { return static_cast<std::int64_t>(n); }

bool apply(sqlite3* db, const StoredRound& r) {
  return Statement(db, "INSERT INTO rounds(code, key, json, state) VALUES(?, ?, ?, ?)")
      .bind(r.code)
      .bind(r.key)
      .bind(r.json)
      .bind(std::string(r.closed ? "closed" : "open"))
      .run();
}
bool apply(sqlite3* db, const CloseRound& c) {
  return Statement(db, "UPDATE rounds SET state = 'closed' WHERE code = ?").bind(c.code).run();
}
bool apply(sqlite3* db, const StoredToken& t) {
  return Statement(db, "INSERT INTO tokens(token, code, created) VALUES(?, ?, ?)")
      .bind(t.token)
      .bind(t.code)
      .bind(t.created)
      .run();
}
bool apply(sqlite3* db, const StoredBallot& b) {
  return Statement(db,
                   "INSERT INTO ballots(id, code, token, json, seq, voided) VALUES(?, ?, ?, ?, ?, ?) "
                   "ON CONFLICT(id) DO UPDATE SET json = excluded.json, seq = excluded.seq")
      .bind(b.id)
      .bind(b.code)
      .bind(b.token)
      .bind(b.json)
      .bind(asInt(b.seq))
      .bind(std::int64_t{b.voided})
      .run();
}
bool apply(sqlite3* db, const VoidBallot& v) {
  return Statement(db, "UPDATE ballots SET voided = 1, seq = ? WHERE id = ?").bind(asInt(v.seq)).bind(v.id).run();
}

// Creates the folder and each missing parent with mode 0700, whatever the umask; a folder
// that exists already is left as it is.
bool makePrivateFolder(const std::filesystem::path& dir) {
  std::error_code ec;
  if (dir.empty() || std::filesystem::is_directory(dir, ec)) return true;
  if (!dir.has_filename()) return makePrivateFolder(dir.parent_path());  // "data/"
  if (!makePrivateFolder(dir.parent_path())) return false;
  return ::mkdir(dir.c_str(), 0700) == 0 && ::chmod(dir.c_str(), 0700) == 0;
}

// The database file made (if new) and set to 0600 before SQLite opens it: SQLite gives its
// -wal and -shm files the database's mode. Older files of the same database get 0600 too.
bool makePrivateDatabase(const std::string& file) {
  const int fd = ::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  const bool ok = fd >= 0 && ::fchmod(fd, 0600) == 0;
  if (fd >= 0) ::close(fd);
  for (const char* suffix : {"-wal", "-shm"}) ::chmod((file + suffix).c_str(), 0600);
  return ok;
}

}  // namespace

std::unique_ptr<Store> Store::open(const std::filesystem::path& dir, std::string* problem) {
  const std::string file = (dir / "ballots.sqlite3").string();
  if (!makePrivateFolder(dir) || !makePrivateDatabase(file)) {
    *problem = "Der Datenordner " + dir.string() + " kann nicht angelegt werden.";
    return nullptr;
  }
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr) !=
          SQLITE_OK ||
      !exec(db, kSchema)) {
    *problem = "Die Datenbank " + file + " kann nicht geöffnet werden: " + sqlite3_errmsg(db);
    sqlite3_close(db);
    return nullptr;
  }
  sqlite3_busy_timeout(db, 5000);
  return std::unique_ptr<Store>(new Store(db));
}

Store::~Store() { sqlite3_close(db_); }

std::optional<StoredData> Store::load(std::string* problem) {
  StoredData data;
  Statement rounds(db_, "SELECT code, key, json, state FROM rounds ORDER BY rowid");
  while (rounds.next())
    data.rounds.push_back({rounds.text(0), rounds.text(1), rounds.text(2), rounds.text(3) == "closed"});
  Statement tokens(db_, "SELECT token, code, created FROM tokens ORDER BY rowid");
  while (tokens.next()) data.tokens.push_back({tokens.text(0), tokens.text(1), tokens.integer(2)});
  Statement ballots(db_, "SELECT id, code, token, json, seq, voided FROM ballots ORDER BY seq");
  while (ballots.next())
    data.ballots.push_back({ballots.text(0), ballots.text(1), ballots.text(2), ballots.text(3),
                            static_cast<std::uint64_t>(ballots.integer(4)), ballots.integer(5) != 0});
  if (!rounds.finished() || !tokens.finished() || !ballots.finished()) {
    *problem = std::string("Die Datenbank kann nicht gelesen werden: ") + sqlite3_errmsg(db_);
    return std::nullopt;
  }
  return data;
}

bool Store::write(const std::vector<WriteOp>& batch, std::string* problem) {
  bool ok = exec(db_, "BEGIN IMMEDIATE");
  for (std::size_t i = 0; ok && i < batch.size(); ++i)
    ok = std::visit([this](const auto& op) { return apply(db_, op); }, batch[i]);
  if (ok && exec(db_, "COMMIT")) return true;
  *problem = std::string("Die Datenbank kann nicht schreiben: ") + sqlite3_errmsg(db_);
  exec(db_, "ROLLBACK");
  return false;
}

}  // namespace nwk::server
