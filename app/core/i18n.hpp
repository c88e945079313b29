// The one string table: every user-facing text of the app, in German (default) and English.
// tr(Str) returns the text in the current language; the pointer stays valid for the whole
// program. Adding a text means adding one NWK_STRINGS row; a unit test checks every row
// has both languages and the same printf placeholders in each.
#pragma once
#include <cstdint>
#include <optional>
#include <string_view>

namespace nwk {

enum class Lang : std::uint8_t { De, En };

// X(id, German, English)
#define NWK_STRINGS(X)                                                                         \
  X(AppName, "Netzwerkkarte", "Network map")                                                   \
  X(DefaultTitle, "Sozialraumkonferenz", "District conference")                                \
  X(TitleHint, "Titel des Workshops", "Workshop title")                                        \
  X(PhaseInventory, "1 Bestand", "1 Inventory")                                                \
  X(PhaseProblems, "2 Probleme", "2 Problems")                                                 \
  X(PhaseSolutions, "3 Lösungen", "3 Solutions")                                               \
  X(PhaseWeighting, "4 Gewichtung", "4 Weighting")                                             \
  X(PhaseResults, "5 Ergebnisse", "5 Results")                                                 \
  X(PhaseInventoryLead, "Bestandsanalyse je Altersgruppe: Welche Angebote gibt es wo?",         \
    "Inventory per age group: which support offers exist where?")                              \
  X(PhaseInventoryBody,                                                                        \
    "Hier entsteht die Netzwerkkarte des Sozialraums: die Teilnehmenden setzen die "          \
    "bestehenden Angebote auf die Karte und sehen, wo sie sich ballen und wo Kinder wenig "    \
    "Anlaufstellen finden. Ist das Angebot breit genug? Bekannt, genutzt, transparent, "       \
    "passend? Kennen die Angebote einander?",                                                  \
    "This is where the district network map takes shape: participants place the existing "   \
    "offers on the map and see where they cluster and where children find few places to "    \
    "turn to. Is the offer broad enough? Known, used, transparent, fitting? Do the offers "    \
    "know each other?")                                                                        \
  X(PhaseProblemsLead, "Problemstellungen je Altersgruppe benennen",                           \
    "Name the problems per age group")                                                         \
  X(PhaseProblemsBody,                                                                         \
    "Jede Arbeitsgruppe hält fest, wo es für ihre Altersgruppe hakt: fehlende Plätze, "       \
    "Übergänge, die nicht gelingen, Familien, die nicht erreicht werden.",                     \
    "Each working group records where things go wrong for its age group: missing places, "   \
    "transitions that fail, families that are not reached.")                                   \
  X(PhaseSolutionsLead, "Lösungsvorschläge je Altersgruppe sammeln",                           \
    "Collect solution proposals per age group")                                                \
  X(PhaseSolutionsBody,                                                                        \
    "Vorschläge auf drei Ebenen: strukturell (z. B. Kita-Plätze, ein Familienzentrum), "      \
    "institutionell (Leitbilder, Konzepte) und individuell (Kinder und Familien direkt "       \
    "erreichen).",                                                                             \
    "Proposals on three levels: structural (e.g. day-care places, a family centre), "        \
    "institutional (guiding principles, concepts) and individual (reaching children and "     \
    "families directly).")                                                                     \
  X(PhaseWeightingLead, "Im Plenum abstimmen und gewichten",                                   \
    "Vote and weight in the plenary")                                                          \
  X(PhaseWeightingBody,                                                                        \
    "Die Vorschläge werden vorgestellt; alle stimmen ab: am gemeinsamen Gerät, am eigenen "    \
    "Handy oder mit Klebepunkten, die hier eingetragen werden.",                               \
    "The proposals are presented; everyone votes: on a shared device, on their own phone or " \
    "with paper dots that are typed in here.")                                                 \
  X(PhaseResultsLead, "Ergebnisse für die Informationsvorlage",                                \
    "Results for the council information paper")                                               \
  X(PhaseResultsBody,                                                                          \
    "Die am häufigsten genannten und am höchsten gewichteten Lösungen als Bericht, Tabellen "  \
    "und Karte: als Anlage für Ausschuss und Rat.",                                            \
    "The most frequently named and highest weighted solutions as a report, tables and a "     \
    "map: an annex for the committee and the council.")                                        \
  X(WorkspaceComing, "Dieser Arbeitsbereich wird gerade gebaut.",                              \
    "This workspace is being built.")                                                          \
  X(Menu, "Menü", "Menu")                                                                      \
  X(LanguageSwitch, "EN", "DE")                                                                \
  X(LanguageSwitchTip, "Switch to English", "Auf Deutsch umschalten")                          \
  X(Language, "Sprache", "Language")                                                           \
  X(UiScale, "Schriftgröße", "Text size")                                                      \
  X(UiScaleSmaller, "Kleiner", "Smaller")                                                      \
  X(UiScaleLarger, "Größer", "Larger")                                                         \
  X(UiScaleValue, "%d %%", "%d %%")                                                            \
  X(About, "Über / Lizenzen", "About / Licences")                                              \
  X(AboutText,                                                                                 \
    "Netzwerkkarte hilft, Sozialraumkonferenzen gegen Kinderarmut durchzuführen: Angebote "    \
    "auf die Karte bringen, Probleme und Lösungen je Altersgruppe sammeln, gemeinsam "         \
    "gewichten, Ergebnisse für den Rat exportieren. Alles bleibt auf diesem Gerät.",           \
    "Netzwerkkarte helps run district conferences against child poverty: put the support "    \
    "offers on the map, collect problems and solutions per age group, weight them together, " \
    "export the results for the council. Everything stays on this device.")                   \
  X(AboutVersion, "Version %s", "Version %s")                                                  \
  X(AboutComponents, "Enthaltene Komponenten und ihre Lizenzen:",                              \
    "Included components and their licences:")                                                 \
  X(AboutLoading, "Lizenztexte werden geladen ...", "Loading licence texts ...")              \
  X(AboutLoadFailed, "Die Lizenztexte konnten nicht geladen werden (LICENSES.txt).",           \
    "The licence texts could not be loaded (LICENSES.txt).")                                   \
  X(Close, "Schließen", "Close")

enum class Str : std::uint16_t {
#define NWK_STR_ENUM(id, de, en) id,
  NWK_STRINGS(NWK_STR_ENUM)
#undef NWK_STR_ENUM
  Count
};

constexpr int kStringCount = static_cast<int>(Str::Count);

const char* tr(Str id);                 // in the current language
const char* tr(Str id, Lang lang);      // in a given language
void setLanguage(Lang lang);
Lang language();

const char* languageCode(Lang lang);                       // "de" / "en"
std::optional<Lang> languageFromCode(std::string_view code);

}  // namespace nwk
