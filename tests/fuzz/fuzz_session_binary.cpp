// libFuzzer target: the binary session loader. The input is one byte choosing the format
// version, then the payload after the file header; from format 5 on the harness appends the
// right checksum, so the fuzzer spends its time inside the archive (of every version), not on
// guessing the magic bytes or the CRC. Every seventh input keeps its last four bytes as the
// checksum instead, to reach the damaged-file path.
// Any input: no crash, no leak, no hang; what opens (or is offered from a damaged file) is
// valid, and a loaded session survives save + load unchanged.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "core/io/checksum.hpp"
#include "core/io/serialize.hpp"
#include "core/io/session_io.hpp"
#include "core/model/validate.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::uint32_t version = 1 + data[0] % nwk::kSessionFormatVersion;
  std::string file("NWKARTE\x1A", 8);
  file += static_cast<char>(version);
  file.append(3, '\0');
  file.append(reinterpret_cast<const char*>(data) + 1, size - 1);
  if (version >= 5 && data[0] % 7 != 0) {
    const std::uint32_t crc = nwk::crc32(file);
    for (int shift = 0; shift < 32; shift += 8) file += static_cast<char>((crc >> shift) & 0xFF);
  }
  const nwk::LoadResult r = nwk::loadSession(file);
  if (r.session.has_value() == !r.error.empty()) std::abort();
  if (r.readablePart && (r.session || nwk::validate(*r.readablePart))) std::abort();
  if (r.session) {
    if (nwk::validate(*r.session)) std::abort();
    const nwk::LoadResult again = nwk::loadSession(nwk::saveSession(*r.session, nwk::SessionFormat::Binary));
    if (!again.session || !(*again.session == *r.session) || !again.repairs.empty()) std::abort();
  }
  return 0;
}
