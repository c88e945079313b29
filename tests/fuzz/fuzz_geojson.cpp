// libFuzzer target: the JSON reader and the GeoJSON district import. Any input: no crash, no
// leak, no hang; the parse either fails with a position inside the input or gives a document;
// an import either fails with a message and nothing else, or gives districts that pass the
// session validation once they have ids.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/import/geojson.hpp"
#include "core/io/json_value.hpp"
#include "core/model/validate.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const nwk::JsonParse parse = nwk::parseJson(bytes);
  if (parse.error ? parse.error->offset > size || parse.document.root() : !parse.document.root()) std::abort();

  const nwk::DistrictImport r = nwk::importDistricts(bytes);
  if (!r.error.empty()) {
    if (!r.districts.empty() || !r.warnings.empty()) std::abort();
    return 0;
  }
  if (r.districts.empty() || r.crsNote.empty()) std::abort();
  nwk::Session session;
  for (nwk::District d : r.districts) {
    d.id = session.takeId();
    session.districts.push_back(std::move(d));
  }
  if (nwk::validate(session)) std::abort();
  return 0;
}
