#include "core/io/session_io.hpp"

#include <algorithm>

#include "core/io/binary_archives.hpp"
#include "core/io/file_names.hpp"
#include "core/io/json_archives.hpp"
#include "core/io/serialize.hpp"
#include "core/model/validate.hpp"
#include "core/text/i18n.hpp"

namespace nwk {
namespace {

constexpr std::string_view kMagic("NWKARTE\x1A", 8);
constexpr const char* kJsonRoot = "netzwerkkarte";

// Thrown inside the loaders with the final, translated message.
struct LoadFailure {
  std::string message;
};

std::string saveBinary(const Session& session) {
  std::string out(kMagic);
  const std::uint32_t version = kSessionFormatVersion;
  for (int shift = 0; shift < 32; shift += 8) out += static_cast<char>((version >> shift) & 0xFF);
  {
    StringBinaryOutputArchive ar(out);
    ar(session);
  }
  return out;
}

std::string saveJson(const Session& session) {
  std::string out;
  JsonSaveArchive ar(out);
  ar.setNextName(kJsonRoot);
  ar.startNode();
  ar(cereal::make_nvp("format", kSessionFormatVersion));
  ar(cereal::make_nvp("session", session));
  ar.finishNode();
  ar.finish();
  return out;
}

void checkVersion(std::uint32_t version) {
  if (version == 0) throw LoadFailure{tr(Str::ErrNotASession)};
  if (version > kSessionFormatVersion) throw LoadFailure{trf(Str::ErrFutureVersion, version, kSessionFormatVersion)};
}

Session loadBinary(std::string_view bytes, std::uint32_t& version) {
  if (bytes.size() < kMagic.size() + 4) throw LoadFailure{tr(Str::ErrTruncated)};
  const auto* v = reinterpret_cast<const unsigned char*>(bytes.data() + kMagic.size());
  version = std::uint32_t{v[0]} | std::uint32_t{v[1]} << 8 | std::uint32_t{v[2]} << 16 | std::uint32_t{v[3]} << 24;
  checkVersion(version);
  Session session;
  try {
    BinarySource source(bytes.substr(kMagic.size() + 4));
    SessionLoadArchive ar(source);
    ar(session);
    if (source.remaining() != 0) throw LoadFailure{trf(Str::ErrCorrupt, tr(Str::ErrCorruptTrailing))};
  } catch (const BoundedArchiveError& e) {
    if (e.kind == BoundedArchiveError::Kind::Truncated) throw LoadFailure{tr(Str::ErrTruncated)};
    if (e.kind == BoundedArchiveError::Kind::BadValue)
      throw LoadFailure{trf(Str::ErrCorrupt, tr(Str::ErrCorruptValue))};
    throw LoadFailure{trf(Str::ErrCorrupt, tr(Str::ErrCorruptLength))};
  }
  return session;
}

Session loadJson(std::string_view text, std::uint32_t& version) {
  Session session;
  try {
    JsonSource source(text, kMaxJsonDepth);
    SessionLoadArchive ar(source);
    source.setNextName(kJsonRoot);
    source.startNode();
    ar(cereal::make_nvp("format", version));
    checkVersion(version);
    ar(cereal::make_nvp("session", session));
    source.finishNode();
  } catch (const JsonArchiveError& e) {
    throw LoadFailure{trf(Str::ErrJsonSyntax, e.what())};
  }
  return session;
}

bool looksLikeJson(std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  const auto first = bytes.find_first_not_of(" \t\r\n");
  return first != std::string_view::npos && bytes[first] == '{';
}

}  // namespace

std::string saveSession(const Session& session, SessionFormat format) {
  return format == SessionFormat::Binary ? saveBinary(session) : saveJson(session);
}

LoadResult loadSession(std::string_view bytes) {
  LoadResult result;
  try {
    if (bytes.empty()) throw LoadFailure{tr(Str::ErrFileEmpty)};
    if (bytes.size() > kMaxFileBytes)
      throw LoadFailure{trf(Str::ErrFileTooLarge, static_cast<double>(bytes.size()) / (1024.0 * 1024.0),
                            static_cast<int>(kMaxFileBytes / (1024 * 1024)))};
    Session session;
    if (bytes.substr(0, kMagic.size()) == kMagic) {
      result.format = SessionFormat::Binary;
      session = loadBinary(bytes, result.formatVersion);
    } else if (looksLikeJson(bytes)) {
      result.format = SessionFormat::Json;
      session = loadJson(bytes, result.formatVersion);
    } else {
      throw LoadFailure{tr(Str::ErrNotASession)};
    }
    if (auto problem = validate(session)) throw LoadFailure{trf(Str::ErrInvalid, problem->c_str())};
    result.session = std::move(session);
  } catch (const LoadFailure& f) {
    result.error = f.message;
  } catch (const std::bad_alloc&) {
    result.error = trf(Str::ErrCorrupt, tr(Str::ErrCorruptLength));
  }
  return result;
}

std::optional<SessionFormat> formatFromFileName(std::string_view name) {
  if (hasSuffix(name, ".nwk")) return SessionFormat::Binary;
  if (hasSuffix(name, ".json")) return SessionFormat::Json;
  return std::nullopt;
}

}  // namespace nwk
