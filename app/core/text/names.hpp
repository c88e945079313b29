// One rule for telling whether two names typed by different people mean the same: district
// import and district replacement, merging sessions, the offer search, and matching table
// rows, headers, categories and age groups on import all use it.
//
// The rule, as nameKey() folds a name (two names are the same when their keys are equal):
// - Case is ignored: ASCII, Latin-1 (Ä Ö Ü É ...) and the Latin Extended letters with a
//   simple lower-case form (Ł Ś Ž Ő Ș ...).
// - ä ö ü ß (and ẞ, and a o u followed by a combining diaeresis) equal their spellings ae oe
//   ue ss: "Muenchen" == "München", "Strasse" == "Straße", "SÜDSTADT" == "suedstadt".
// - Separators do not count, at the ends or inside: white space, dashes (- ‐ – — −), ASCII
//   punctuation (. , / ( ) & ...), quotation marks, no-break and zero-width spaces, the soft
//   hyphen. So " Innenstadt - " == "Innenstadt", "St. Georg" == "St Georg", and inner dashes
//   equal spaces and nothing: "Nord-West" == "Nord West" == "Nordwest" (sources split
//   compound names differently: "Stadtamhof" / "Stadt am Hof").
// - Except between two digits: there a run of separators is one space, so numbers stay apart:
//   "0–3" == "0 - 3" == "0 3", but not "03".
// - Everything else (digits, letters such as é or ł) counts as it is.
// In core/text (the string table, the language switch, UTF-8 and name matching); may use nothing else of the core.
#pragma once
#include <string>
#include <string_view>

namespace nwk {

// The folded form; only for comparing, never for showing.
std::string nameKey(std::string_view name);
// nameKey(a) == nameKey(b), without allocating once warm (reused buffers).
bool sameName(std::string_view a, std::string_view b);
// sameName(a, b), or one is the other's translation in the string table: a default category
// ("Kita/Krippe") made on a German device and the same one ("Day care") made on an English one.
bool sameLabel(std::string_view a, std::string_view b);
// nameKey(needle) is part of nameKey(haystack); an empty key is part of everything. For the
// search that runs every frame: no allocation once warm.
bool nameContains(std::string_view haystack, std::string_view needle);

}  // namespace nwk
