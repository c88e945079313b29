// libFuzzer target: the JSON session loader, on any bytes. No crash, no leak, no hang; a
// loaded session must survive save + load unchanged.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/io/session_io.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const nwk::LoadResult r = nwk::loadSession(std::string_view(reinterpret_cast<const char*>(data), size));
  if (r.session.has_value() == !r.error.empty()) std::abort();
  if (r.session) {
    const nwk::LoadResult again = nwk::loadSession(nwk::saveSession(*r.session, nwk::SessionFormat::Json));
    if (!again.session || !(*again.session == *r.session)) std::abort();
  }
  return 0;
}
