#include "core/text/i18n.hpp"

#include "core/text/i18n_table.hpp"

#include <cstdarg>
#include <cstdio>

namespace nwk {
namespace {

struct NounForms {
  const char* deOne;
  const char* deMany;
  const char* enOne;
  const char* enMany;
};

constexpr NounForms kNouns[] = {
#define NWK_NOUN_ENTRY(id, deOne, deMany, enOne, enMany) {deOne, deMany, enOne, enMany},
    NWK_NOUNS(NWK_NOUN_ENTRY)
#undef NWK_NOUN_ENTRY
};

Lang gLanguage = Lang::De;

}  // namespace

const char* tr(Str id, Lang lang) { return tableText(id, lang); }

const char* tr(Str id) { return tr(id, gLanguage); }

std::string trf(Str id, ...) {
  va_list args;
  va_start(args, id);
  va_list copy;
  va_copy(copy, args);
  const int size = std::vsnprintf(nullptr, 0, tr(id), copy);
  va_end(copy);
  std::string out(size > 0 ? static_cast<std::size_t>(size) : 0, '\0');
  if (size > 0) std::vsnprintf(out.data(), out.size() + 1, tr(id), args);
  va_end(args);
  return out;
}
std::string counted(long long count, Noun noun) {
  const NounForms& f = kNouns[static_cast<std::size_t>(noun)];
  const bool one = count == 1;
  const char* word = gLanguage == Lang::De ? (one ? f.deOne : f.deMany) : (one ? f.enOne : f.enMany);
  return std::to_string(count) + " " + word;
}

void setLanguage(Lang lang) { gLanguage = lang; }
Lang language() { return gLanguage; }

const char* languageCode(Lang lang) { return lang == Lang::De ? "de" : "en"; }

std::optional<Lang> languageFromCode(std::string_view code) {
  if (code == "de") return Lang::De;
  if (code == "en") return Lang::En;
  return std::nullopt;
}

}  // namespace nwk
