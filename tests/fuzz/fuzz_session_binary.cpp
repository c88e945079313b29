// libFuzzer target: the binary session loader. The input is one byte choosing the format
// version, then the payload after the file header, so the fuzzer spends its time inside the
// archive (of every version), not on guessing the magic bytes.
// Any input: no crash, no leak, no hang; a loaded session must survive save + load unchanged.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "core/io/serialize.hpp"
#include "core/io/session_io.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  std::string file("NWKARTE\x1A", 8);
  file += static_cast<char>(1 + data[0] % nwk::kSessionFormatVersion);
  file.append(3, '\0');
  file.append(reinterpret_cast<const char*>(data) + 1, size - 1);
  const nwk::LoadResult r = nwk::loadSession(file);
  if (r.session.has_value() == !r.error.empty()) std::abort();
  if (r.session) {
    const nwk::LoadResult again = nwk::loadSession(nwk::saveSession(*r.session, nwk::SessionFormat::Binary));
    if (!again.session || !(*again.session == *r.session)) std::abort();
  }
  return 0;
}
