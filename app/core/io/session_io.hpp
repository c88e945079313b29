// Session files. Two formats, both complete and exact:
//   binary (.nwk): the 8 bytes "NWKARTE\x1A", a uint32 format version (little endian), then
//                  cereal's portable binary archive of the Session;
//   JSON (.json):  {"netzwerkkarte": {"format": N, "session": {...}}}, cereal's JSON archive.
// loadSession() takes either, by content, and never trusts it: size capped (kMaxFileBytes),
// lengths bounded by the bytes present, JSON nesting depth limited, and the result validated
// (validate.hpp). On failure it returns a message in the current language and no session.
// In core/io (session files, the one JSON reader and writer, CSV, file names); may use core/text, core/model.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/model/model.hpp"

namespace nwk {

enum class SessionFormat { Binary, Json };

inline constexpr std::size_t kMaxFileBytes = 64u * 1024u * 1024u;
inline constexpr int kMaxJsonDepth = 64;

std::string saveSession(const Session& session, SessionFormat format);

struct LoadResult {
  std::optional<Session> session;  // set on success
  std::string error;               // set on failure
  SessionFormat format = SessionFormat::Binary;
  std::uint32_t formatVersion = 0;
};

LoadResult loadSession(std::string_view bytes);

// ".nwk" / ".json" (case-insensitive) -> format; anything else: nullopt.
std::optional<SessionFormat> formatFromFileName(std::string_view name);

}  // namespace nwk
