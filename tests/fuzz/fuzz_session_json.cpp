// libFuzzer target: the JSON session loader, on any bytes. No crash, no leak, no hang; what
// opens is valid (repaired where a rule was broken), and survives save + load unchanged.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/io/session_io.hpp"
#include "core/model/validate.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const nwk::LoadResult r = nwk::loadSession(std::string_view(reinterpret_cast<const char*>(data), size));
  if (r.session.has_value() == !r.error.empty()) std::abort();
  if (r.session) {
    if (nwk::validate(*r.session)) std::abort();
    const nwk::LoadResult again = nwk::loadSession(nwk::saveSession(*r.session, nwk::SessionFormat::Json));
    if (!again.session || !(*again.session == *r.session) || !again.repairs.empty()) std::abort();
  }
  return 0;
}
