#include "core/io/session_io.hpp"

#include <algorithm>

#include "core/io/binary_archives.hpp"
#include "core/io/checksum.hpp"
#include "core/io/file_names.hpp"
#include "core/io/json_archives.hpp"
#include "core/io/serialize.hpp"
#include "core/model/validate.hpp"
#include "core/text/i18n.hpp"

namespace nwk {
namespace {

constexpr std::string_view kMagic("NWKARTE\x1A", 8);
constexpr const char* kJsonRoot = "netzwerkkarte";
constexpr std::uint32_t kFirstChecksumVersion = 5;
constexpr std::size_t kHeaderBytes = kMagic.size() + 4;
constexpr std::size_t kChecksumBytes = 4;

void appendUint32(std::string& out, std::uint32_t value) {
  for (int shift = 0; shift < 32; shift += 8) out += static_cast<char>((value >> shift) & 0xFF);
}

std::uint32_t readUint32(std::string_view bytes) {
  const auto* v = reinterpret_cast<const unsigned char*>(bytes.data());
  return std::uint32_t{v[0]} | std::uint32_t{v[1]} << 8 | std::uint32_t{v[2]} << 16 | std::uint32_t{v[3]} << 24;
}

// Thrown inside the loaders with the final, translated message.
struct LoadFailure {
  std::string message;
};

std::string saveBinary(const Session& session) {
  std::string out(kMagic);
  appendUint32(out, kSessionFormatVersion);
  {
    StringBinaryOutputArchive ar(out);
    ar(session);
  }
  appendUint32(out, crc32(out));
  return out;
}

// The JSON copy is the binary form read back and written as JSON on the way (JsonCopySource,
// json_archives.hpp): the same values in the same order, without a JSON save archive.
std::string saveJson(const Session& session) {
  const std::string binary = saveBinary(session);
  std::string out;
  JsonTreeWriter json(out);
  json.setNextName(kJsonRoot);
  json.startNode();
  json.setNextName("format");
  json.writeName();
  json.saveValue(std::uint64_t{kSessionFormatVersion});
  JsonCopySource source(std::string_view(binary).substr(kHeaderBytes, binary.size() - kHeaderBytes - kChecksumBytes),
                        json);
  SessionLoadArchive ar(source);
  Session copy;
  ar(cereal::make_nvp("session", copy));
  json.finishNode();
  json.finish();
  return out;
}

void checkVersion(std::uint32_t version) {
  if (version == 0) throw LoadFailure{tr(Str::ErrNotASession)};
  if (version > kSessionFormatVersion) throw LoadFailure{trf(Str::ErrFutureVersion, version, kSessionFormatVersion)};
}

// The archive after the header (and before the checksum).
Session readBinaryArchive(std::string_view archive) {
  Session session;
  try {
    BinarySource source(archive);
    SessionLoadArchive ar(source);
    ar(session);
    if (source.remaining() != 0) throw LoadFailure{trf(Str::ErrCorrupt, tr(Str::ErrCorruptTrailing))};
  } catch (const BoundedArchiveError& e) {
    if (e.kind == BoundedArchiveError::Kind::Truncated) throw LoadFailure{tr(Str::ErrTruncated)};
    if (e.kind == BoundedArchiveError::Kind::BadValue)
      throw LoadFailure{trf(Str::ErrCorrupt, tr(Str::ErrCorruptValue))};
    throw LoadFailure{trf(Str::ErrCorrupt, tr(Str::ErrCorruptLength))};
  } catch (const HistoryNestingError&) {
    throw LoadFailure{trf(Str::ErrCorrupt, tr(Str::ErrCorruptValue))};
  }
  return session;
}

// A checksum that does not match: the file is refused, and what still reads is kept aside.
void loadDamaged(std::string_view archive, LoadResult& result) {
  result.error = tr(Str::ErrChecksum);
  try {
    Session readable = readBinaryArchive(archive);
    repair(readable);
    result.readablePart = std::move(readable);
  } catch (const LoadFailure&) {
  }
}

// Sets result.session, or result.error (and perhaps result.readablePart) for a damaged file.
void loadBinary(std::string_view bytes, LoadResult& result) {
  if (bytes.size() < kHeaderBytes) throw LoadFailure{tr(Str::ErrTruncated)};
  result.formatVersion = readUint32(bytes.substr(kMagic.size()));
  checkVersion(result.formatVersion);
  std::string_view archive = bytes.substr(kHeaderBytes);
  if (result.formatVersion >= kFirstChecksumVersion) {
    if (archive.size() < kChecksumBytes) throw LoadFailure{tr(Str::ErrTruncated)};
    archive.remove_suffix(kChecksumBytes);
    const std::string_view covered = bytes.substr(0, bytes.size() - kChecksumBytes);
    if (crc32(covered) != readUint32(bytes.substr(covered.size()))) return loadDamaged(archive, result);
  }
  result.session = readBinaryArchive(archive);
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
  } catch (const HistoryNestingError&) {
    throw LoadFailure{trf(Str::ErrCorrupt, tr(Str::ErrCorruptValue))};
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
    if (bytes.substr(0, kMagic.size()) == kMagic) {
      result.format = SessionFormat::Binary;
      loadBinary(bytes, result);
    } else if (looksLikeJson(bytes)) {
      result.format = SessionFormat::Json;
      result.session = loadJson(bytes, result.formatVersion);
    } else {
      throw LoadFailure{tr(Str::ErrNotASession)};
    }
    if (result.session) result.repairs = repair(*result.session);
  } catch (const LoadFailure& f) {
    result.session.reset();
    result.error = f.message;
  } catch (const std::bad_alloc&) {
    result.session.reset();
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
