#include "core/text/i18n_table.hpp"

#include <array>

namespace nwk {
namespace {

struct Entry {
  const char* de;
  const char* en;
};

constexpr std::array<Entry, kStringCount> kTable{{
#define NWK_STR_ENTRY(id, de, en) {de, en},
    NWK_STRINGS(NWK_STR_ENTRY)
#undef NWK_STR_ENTRY
}};

}  // namespace

const char* tableText(Str id, Lang lang) {
  const Entry& e = kTable[static_cast<std::size_t>(id)];
  return lang == Lang::De ? e.de : e.en;
}

}  // namespace nwk
