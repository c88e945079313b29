// Session files. Two formats, both complete and exact:
//   binary (.nwk): the 8 bytes "NWKARTE\x1A", a uint32 format version (little endian),
//                  cereal's portable binary archive of the Session, and from format 5 on the
//                  CRC-32 of everything before it (uint32, little endian);
//   JSON (.json):  {"netzwerkkarte": {"format": N, "session": {...}}}, cereal's JSON archive
//                  (a copy for reading and for other tools: no checksum, edits are welcome).
// loadSession() takes either, by content, and never trusts it: size capped (kMaxFileBytes),
// lengths bounded by the bytes present, JSON nesting depth limited. A file that reads but
// breaks a rule of validate.hpp still opens, repaired, with the repairs listed: the user's
// only copy is never refused for a bad field. A binary file whose checksum does not match
// is refused as damaged; what could still be read of it is offered separately.
// In core/io (session files, the one JSON reader and writer, CSV, file names); may use core/text, core/model.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/model.hpp"

namespace nwk {

enum class SessionFormat { Binary, Json };

inline constexpr std::size_t kMaxFileBytes = 64u * 1024u * 1024u;
inline constexpr int kMaxJsonDepth = 64;

std::string saveSession(const Session& session, SessionFormat format);

struct LoadResult {
  std::optional<Session> session;    // set on success
  std::string error;                 // set on failure
  std::vector<std::string> repairs;  // with a session: what repair() changed (validate.hpp)
  // A damaged file (checksum wrong, error set): what could still be read, repaired; to be
  // opened only as a marked copy, on the user's word.
  std::optional<Session> readablePart;
  SessionFormat format = SessionFormat::Binary;
  std::uint32_t formatVersion = 0;
};

LoadResult loadSession(std::string_view bytes);

// ".nwk" / ".json" (case-insensitive) -> format; anything else: nullopt.
std::optional<SessionFormat> formatFromFileName(std::string_view name);

}  // namespace nwk
