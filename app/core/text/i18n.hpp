// The one string table: every user-facing text of the app, in German (default) and English.
// tr(Str) returns the text in the current language; the pointer stays valid for the whole
// program. Adding a text means adding one NWK_STRINGS row; a unit test checks every row
// has both languages and the same printf placeholders in each.
// In core/text (the string table, the language switch, UTF-8 and name matching); may use nothing else of the core.
#pragma once
#include <concepts>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/text/strings_analysis.inc"
#include "core/text/strings_catalogue.inc"
#include "core/text/strings_compare.inc"
#include "core/text/strings_coverage.inc"
#include "core/text/strings_export.inc"
#include "core/text/strings_geo.inc"
#include "core/text/strings_import.inc"
#include "core/text/strings_json.inc"
#include "core/text/strings_live.inc"
#include "core/text/strings_map.inc"
#include "core/text/strings_participant.inc"
#include "core/text/strings_measures.inc"
#include "core/text/strings_present.inc"
#include "core/text/strings_progress.inc"
#include "core/text/strings_report.inc"
#include "core/text/strings_rounds.inc"
#include "core/text/strings_tables.inc"
#include "core/text/strings_vote.inc"

namespace nwk {

enum class Lang : std::uint8_t { De, En };

// X(id, German, English)
#define NWK_STRINGS(X)                                                                                                   \
  X(AppName, "Netzwerkkarte", "Network map")                                                                             \
  X(DefaultTitle, "Sozialraumkonferenz", "District conference")                                                          \
  X(TitleHint, "Titel des Workshops", "Workshop title")                                                                  \
  X(PhaseInventory, "1. Bestand", "1. Inventory")                                                                        \
  X(PhaseProblems, "2. Probleme", "2. Problems")                                                                         \
  X(PhaseSolutions, "3. Lösungen", "3. Solutions")                                                                       \
  X(PhaseWeighting, "4. Gewichtung", "4. Weighting")                                                                     \
  X(PhaseResults, "5. Ergebnisse", "5. Results")                                                                         \
  X(PhaseInventoryLead, "Bestandsanalyse je Altersgruppe: Welche Angebote gibt es wo?",                                  \
    "Inventory per age group: which support offers exist where?")                                                        \
  X(PhaseInventoryBody,                                                                                                  \
    "Hier entsteht die Netzwerkkarte des Sozialraums: die Teilnehmenden setzen die "                                     \
    "bestehenden Angebote auf die Karte und sehen, wo sie sich ballen und wo Kinder wenig "                              \
    "Anlaufstellen finden. Ist das Angebot breit genug? Bekannt, genutzt, transparent, "                                 \
    "passend? Kennen die Angebote einander?",                                                                            \
    "This is where the district network map takes shape: participants place the existing "                               \
    "offers on the map and see where they cluster and where children find few places to "                                \
    "turn to. Is the offer broad enough? Known, used, transparent, fitting? Do the offers "                              \
    "know each other?")                                                                                                  \
  X(PhaseProblemsLead, "Problemstellungen je Altersgruppe benennen", "Name the problems per age group")                  \
  X(PhaseProblemsBody,                                                                                                   \
    "Jede Arbeitsgruppe hält fest, wo es für ihre Altersgruppe hakt: fehlende Plätze, "                               \
    "Übergänge, die nicht gelingen, Familien, die nicht erreicht werden.",                                               \
    "Each working group records where things go wrong for its age group: missing places, "                               \
    "transitions that fail, families that are not reached.")                                                             \
  X(PhaseSolutionsLead, "Lösungsvorschläge je Altersgruppe sammeln", "Collect solution proposals per age group")         \
  X(PhaseSolutionsBody,                                                                                                  \
    "Vorschläge auf drei Ebenen: strukturell (z. B. Kita-Plätze, ein Familienzentrum), "                               \
    "institutionell (Leitbilder, Konzepte) und individuell (Kinder und Familien direkt "                                 \
    "erreichen).",                                                                                                       \
    "Proposals on three levels: structural (e.g. day-care places, a family centre), "                                    \
    "institutional (guiding principles, concepts) and individual (reaching children and "                                \
    "families directly).")                                                                                               \
  X(PhaseWeightingLead, "Im Plenum abstimmen und gewichten", "Vote and weight in the plenary")                           \
  X(PhaseWeightingBody,                                                                                                  \
    "Die Vorschläge werden vorgestellt; alle stimmen ab: am gemeinsamen Gerät, am eigenen "                            \
    "Handy oder mit Klebepunkten, die hier eingetragen werden.",                                                         \
    "The proposals are presented; everyone votes: on a shared device, on their own phone or "                            \
    "with paper dots that are typed in here.")                                                                           \
  X(PhaseResultsLead, "Ergebnisse für die Informationsvorlage", "Results for the council information paper")             \
  X(PhaseResultsBody,                                                                                                    \
    "Die am häufigsten genannten und am höchsten gewichteten Lösungen als Bericht, Tabellen "                         \
    "und Karte: als Anlage für Ausschuss und Rat.",                                                                      \
    "The most frequently named and highest weighted solutions as a report, tables and a "                                \
    "map: an annex for the committee and the council.")                                                                  \
  X(Menu, "Menü", "Menu")                                                                                                \
  X(LanguageSwitch, "EN", "DE")                                                                                          \
  X(LanguageSwitchTip, "Switch to English", "Auf Deutsch umschalten")                                                    \
  X(Language, "Sprache", "Language")                                                                                     \
  X(UiScale, "Schriftgröße", "Text size")                                                                                \
  X(UiScaleSmaller, "Kleiner", "Smaller")                                                                                \
  X(UiScaleLarger, "Größer", "Larger")                                                                                   \
  X(UiScaleValue, "%d %%", "%d %%")                                                                                      \
  X(About, "Über / Lizenzen", "About / Licences")                                                                        \
  X(AboutText,                                                                                                           \
    "Netzwerkkarte hilft, Sozialraumkonferenzen gegen Kinderarmut durchzuführen: Angebote "                             \
    "auf die Karte bringen, Probleme und Lösungen je Altersgruppe sammeln, gemeinsam "                                  \
    "gewichten, Ergebnisse für den Rat exportieren. Alles bleibt auf diesem Gerät.",                                     \
    "Netzwerkkarte helps run district conferences against child poverty: put the support "                               \
    "offers on the map, collect problems and solutions per age group, weight them together, "                            \
    "export the results for the council. Everything stays on this device.")                                              \
  X(AboutVersion, "Version %s", "Version %s")                                                                            \
  X(AboutComponents, "Enthaltene Komponenten und ihre Lizenzen:", "Included components and their licences:")             \
  X(AboutLoading, "Lizenztexte werden geladen ...", "Loading licence texts ...")                                         \
  X(AboutLoadFailed, "Die Lizenztexte konnten nicht geladen werden (LICENSES.txt).",                                     \
    "The licence texts could not be loaded (LICENSES.txt).")                                                             \
  X(Close, "Schließen", "Close")                                                                                         \
  X(CategoryDaycare, "Kita/Krippe", "Day care/nursery")                                                                  \
  X(CategorySchool, "Schule", "School")                                                                                  \
  X(CategoryFamilyCentre, "Familienzentrum", "Family centre")                                                            \
  X(CategoryCounselling, "Beratung", "Counselling")                                                                      \
  X(CategoryYouthWork, "Jugendarbeit", "Youth work")                                                                     \
  X(CategoryHealth, "Gesundheit", "Health")                                                                              \
  X(CategoryLeisure, "Freizeit/Kultur/Sport", "Leisure/culture/sport")                                                   \
  X(CategoryJobs, "Jobcenter/Arbeit", "Job centre/work")                                                                 \
  X(CategoryOther, "Sonstiges", "Other")                                                                                 \
  X(GroupDaycare, "Kita", "Day care")                                                                                    \
  X(GroupSchool, "Schule", "School")                                                                                     \
  X(GroupYouthWelfare, "Jugendhilfe", "Youth welfare")                                                                   \
  X(GroupAdministration, "Verwaltung", "Administration")                                                                 \
  X(GroupProvider, "Träger", "Provider")                                                                                 \
  X(GroupOther, "Sonstige", "Others")                                                                                    \
  X(NounMeta, "Workshopdaten", "Workshop details")                                                                       \
  X(NounAgeGroup, "Altersgruppe", "Age group")                                                                           \
  X(NounCategory, "Kategorie", "Category")                                                                               \
  X(NounIndicator, "Indikator", "Indicator")                                                                             \
  X(NounDistrict, "Stadtteil", "District")                                                                               \
  X(NounOffer, "Angebot", "Offer")                                                                                       \
  X(NounLink, "Verbindung", "Link")                                                                                      \
  X(NounProblem, "Problem", "Problem")                                                                                   \
  X(NounStrength, "Stärke", "Strength")                                                                                  \
  X(NounProposal, "Lösungsvorschlag", "Proposal")                                                                        \
  X(NounGroup, "Teilnehmendengruppe", "Participant group")                                                               \
  X(NounRound, "Abstimmungsrunde", "Voting round")                                                                       \
  X(NounBallot, "Stimmzettel", "Ballot")                                                                                 \
  X(CmdAdd, "%s hinzufügen", "Add %s")                                                                                   \
  X(CmdUpdate, "%s ändern", "Edit %s")                                                                                   \
  X(CmdRemove, "%s löschen", "Delete %s")                                                                                \
  X(CmdMove, "%s verschieben", "Move %s")                                                                                \
  X(CmdMerge, "Sitzung zusammenführen", "Merge session")                                                                 \
  X(CmdCombine, "Doppelte Einträge zusammenfassen", "Combine duplicates")                                                \
  X(FileNew, "Neue Sitzung", "New session")                                                                              \
  X(StartNext,                                                                                                           \
    "Zum Anfangen: den Demo-Workshop ansehen, die Stadtteile Ihrer Kommune laden oder eine "                             \
    "Sitzung öffnen.",                                                                                                   \
    "To begin: look at the demo workshop, load your municipality's districts or open a session.")                        \
  X(StartDistricts, "Stadtteile laden (GeoJSON) …", "Load districts (GeoJSON) …")                                        \
  X(FileDemo, "Demo-Workshop laden", "Load the demo workshop")                                                           \
  X(FileOpen, "Öffnen …", "Open …")                                                                                      \
  X(FileSave, "Speichern (.nwk)", "Save (.nwk)")                                                                         \
  X(FileSaveJson, "Als JSON speichern", "Save as JSON")                                                                  \
  X(FileMerge, "Zusammenführen …", "Merge …")                                                                            \
  X(FileSessions, "Gespeicherte Sitzungen …", "Saved sessions …")                                                        \
  X(FileHeading, "Sitzung", "Session")                                                                                   \
  X(WorkshopDetails, "Workshop-Daten …", "Workshop details …")                                                           \
  X(Undo, "Rückgängig", "Undo")                                                                                          \
  X(Redo, "Wiederholen", "Redo")                                                                                         \
  X(UndoDone, "Rückgängig: %s", "Undone: %s")                                                                            \
  X(RedoDone, "Wiederholt: %s", "Redone: %s")                                                                            \
  X(UndoTip, "Rückgängig: %s (Strg+Z)", "Undo: %s (Ctrl+Z)")                                                             \
  X(RedoTip, "Wiederholen: %s (Strg+Y)", "Redo: %s (Ctrl+Y)")                                                            \
  X(NothingToUndo, "Nichts rückgängig zu machen", "Nothing to undo")                                                     \
  X(NothingToRedo, "Nichts zu wiederholen", "Nothing to redo")                                                           \
  X(NoticeRestored, "Letzte Sitzung wiederhergestellt (gespeichert %s).", "Last session restored (saved %s).")           \
  X(NoticeSaved, "Gespeichert: %s", "Saved: %s")                                                                         \
  X(NoticeOpened, "Geöffnet: %s", "Opened: %s")                                                                          \
  X(NoticeNew, "Neue Sitzung angelegt. Die vorige bleibt unter „Gespeicherte Sitzungen“.",                               \
    "New session created. The previous one stays under \"Saved sessions\".")                                             \
  X(ErrOpenFailed, "„%s“ konnte nicht geöffnet werden. Die offene Sitzung ist unverändert.\n\n%s",                       \
    "\"%s\" could not be opened. The open session is unchanged.\n\n%s")                                                  \
  X(ErrRestoreFailed, "%s konnte nicht wiederhergestellt werden.\n\n%s", "%s could not be restored.\n\n%s")              \
  X(StoredSessionName, "Die zuletzt gespeicherte Sitzung", "The last saved session")                                     \
  X(ErrAutosaveFailed, "Automatisches Speichern ist fehlgeschlagen. Bitte die Sitzung mit „Speichern“ sichern.",         \
    "Autosave failed. Please keep the session with \"Save\".")                                                           \
  X(ErrSaveFailed, "„%s“ konnte nicht geschrieben werden.", "\"%s\" could not be written.")                              \
  X(UpdateAvailable, "Neue Version verfügbar", "New version available")                                                  \
  X(UpdateReload, "Neu laden", "Reload")                                                                                 \
  X(UpdateReloadTip, "Speichert die Sitzung und startet die neue Version.",                                              \
    "Saves the session and starts the new version.")                                                                     \
  X(NoticeTitle, "Hinweis", "Notice")                                                                                    \
  X(Ok, "OK", "OK")                                                                                                      \
  X(KeyCtrl, "Strg", "Ctrl")                                                                                             \
  X(Cancel, "Abbrechen", "Cancel")                                                                                       \
  X(SessionsTitle, "Gespeicherte Sitzungen", "Saved sessions")                                                           \
  X(SessionsEmpty, "Noch keine Sitzung auf diesem Gerät gespeichert.", "No session saved on this device yet.")           \
  X(SessionsOpen, "Öffnen", "Open")                                                                                      \
  X(SessionsCurrent, "geöffnet", "open")                                                                                 \
  X(SessionsSavedAt, "gespeichert %s", "saved %s")                                                                       \
  X(Delete, "Löschen", "Delete")                                                                                         \
  X(MergeTitle, "Zusammenführen", "Merge")                                                                               \
  X(MergeAdded, "Aus „%s“ hinzugefügt: %s.", "Added from \"%s\": %s.")                                                   \
  X(MergeCreated, "Neu angelegt: %s.", "Newly created: %s.")                                                             \
  X(MergeNothing, "nichts", "nothing")                                                                                   \
  X(MergeAskTitle, "Wirklich zusammenführen?", "Merge anyway?")                                                          \
  X(MergeOtherTown, "„%s“ ist eine Sitzung aus %s, die geöffnete eine aus %s.",                                          \
    "\"%s\" is a session of %s, the open one of %s.")                                                                    \
  X(MergeForeignDistricts, "Keiner ihrer Stadtteile kommt hier vor: %s kämen neu dazu, mit ihren Angeboten.",             \
    "None of its districts is known here: %s would be added, with their offers.")                                       \
  X(MergeAlreadyHere,                                                                                                    \
    "Alles aus „%s“ ist schon in dieser Sitzung: die Datei wurde wohl schon zusammengeführt. Ein zweites Mal "          \
    "verdoppelt jedes Angebot, jedes Problem und jeden Vorschlag.",                                                      \
    "Everything in \"%s\" is in this session already: the file was probably merged before. Merging it again doubles " \
    "every offer, problem and proposal.")                                                                                \
  X(MergeSameSession,                                                                                                    \
    "„%s“ ist eine Fassung der geöffneten Sitzung selbst: Zusammenführen verdoppelt jedes Angebot, jedes Problem und "   \
    "jeden Vorschlag.",                                                                                                  \
    "\"%s\" is a version of the open session itself: merging doubles every offer, problem and proposal.")               \
  X(MergeAnyway, "Trotzdem zusammenführen", "Merge anyway")                                                              \
  X(MergeNoDuplicates, "Keine möglichen Duplikate gefunden.", "No likely duplicates found.")                             \
  X(MergeNoDistrict, "ohne Stadtteil", "no district")                                                                    \
  X(MergeApart, "%s m auseinander", "%s m apart")                                                                        \
  X(MergeDuplicates, "Mögliche Duplikate: beide behalten oder zusammenfassen?",                                          \
    "Likely duplicates: keep both or combine?")                                                                          \
  X(MergeKeep, "Beide behalten", "Keep both")                                                                            \
  X(MergeCombine, "Zusammenfassen", "Combine")                                                                           \
  X(MergeCombined, "zusammengefasst", "combined")                                                                        \
  X(MergeUndoHint, "Das Zusammenführen ist ein Schritt: Strg+Z macht es rückgängig.",                                    \
    "The merge is one step: Ctrl+Z undoes it.")                                                                          \
  X(Done, "Fertig", "Done")                                                                                              \
  X(PathPrompt, "Dateipfad", "File path")                                                                                \
  X(WorkshopTitle, "Workshop-Daten", "Workshop details")                                                                 \
  X(MetaTitle, "Titel", "Title")                                                                                         \
  X(MetaMunicipality, "Kommune", "Municipality")                                                                         \
  X(MetaDate, "Datum", "Date")                                                                                           \
  X(MetaDateHint, "TT.MM.JJJJ", "YYYY-MM-DD")                                                                            \
  X(MetaDateInvalid, "Kein gültiges Datum, daher nicht gespeichert: bitte als TT.MM.JJJJ eingeben, z. B. 14.03.2027.",   \
    "Not a valid date, so not saved: please type it as YYYY-MM-DD (or DD.MM.YYYY), e.g. 2027-03-14.")                    \
  X(MetaPlace, "Ort", "Place")                                                                                           \
  X(MetaFacilitator, "Moderation", "Facilitator")                                                                        \
  X(DistrictsHeading, "Stadtteile (so heißen sie in Karte und Bericht)",                                                 \
    "Districts (as named on the map and in reports)")                                                                    \
  X(AgeGroupsHeading, "Altersgruppen", "Age groups")                                                                     \
  X(AgeGroupAdd, "Altersgruppe hinzufügen", "Add age group")                                                             \
  X(AgeGroupNew, "Neue Altersgruppe", "New age group")                                                                   \
  X(MoveUp, "Nach oben", "Move up")                                                                                      \
  X(MoveDown, "Nach unten", "Move down")                                                                                 \
  X(AllAgeGroups, "Alle Altersgruppen", "All age groups")                                                                \
  X(BoardAdd, "Hinzufügen", "Add")                                                                                       \
  X(BoardEmpty, "Noch keine Einträge.", "No entries yet.")                                                               \
  X(BoardProblemHint, "Neues Problem …", "New problem …")                                                                \
  X(BoardProposalHint, "Neuer Lösungsvorschlag …", "New proposal …")                                                     \
  X(LevelStructural, "strukturell", "structural")                                                                        \
  X(LevelInstitutional, "institutionell", "institutional")                                                               \
  X(LevelIndividual, "individuell", "individual")                                                                        \
  X(ErrFileEmpty, "Die Datei ist leer.", "The file is empty.")                                                           \
  X(ErrFileTooLarge, "Die Datei ist mit %.1f MB zu groß (höchstens %d MB).",                                             \
    "The file is too large at %.1f MB (at most %d MB).")                                                                 \
  X(ErrNotASession, "Diese Datei ist keine Netzwerkkarte-Sitzung (erwartet: .nwk oder Netzwerkkarte-JSON).",             \
    "This file is not a Netzwerkkarte session (expected: .nwk or Netzwerkkarte JSON).")                                  \
  X(ErrFutureVersion,                                                                                                    \
    "Diese Sitzung stammt aus einer neueren Version von Netzwerkkarte (Format %u; diese "                                \
    "Version liest bis Format %u). Bitte die App aktualisieren.",                                                        \
    "This session comes from a newer version of Netzwerkkarte (format %u; this version reads "                           \
    "up to format %u). Please update the app.")                                                                          \
  X(ErrTruncated, "Die Datei ist unvollständig: sie endet mitten in den Daten.",                                         \
    "The file is incomplete: it ends in the middle of the data.")                                                        \
  X(ErrCorrupt, "Die Datei ist beschädigt oder unvollständig (%s).", "The file is damaged or incomplete (%s).")          \
  X(ErrCorruptLength, "unmögliche Längenangabe", "impossible length")                                                    \
  X(ErrCorruptValue, "ungültiger Wert", "invalid value")                                                                 \
  X(ErrCorruptTrailing, "Daten nach dem Ende der Sitzung", "data after the end of the session")                          \
  X(ErrJsonSyntax, "Die JSON-Datei ist fehlerhaft: %s", "The JSON file is malformed: %s")                                \
  X(ErrInvalid, "Die Sitzung enthält ungültige Daten: %s", "The session contains invalid data: %s")                      \
  X(InvalidTooMany, "zu viele Einträge vom Typ %s (%u, höchstens %u)", "too many items of type %s (%u, at most %u)")     \
  X(InvalidId, "%s mit ungültiger Kennung %u", "%s with invalid id %u")                                                  \
  X(InvalidDuplicateId, "Kennung %u kommt mehrfach vor", "id %u occurs more than once")                                  \
  X(InvalidReference, "%s %u verweist auf ein fehlendes Element (%u)", "%s %u refers to a missing item (%u)")            \
  X(InvalidText, "%s %u: Text ist kein gültiges UTF-8, enthält Nullzeichen oder ist zu lang",                            \
    "%s %u: text is not valid UTF-8, holds NUL characters or is too long")                                               \
  X(InvalidValue, "%s %u: Wert außerhalb des erlaubten Bereichs (%s)", "%s %u: value out of range (%s)")                 \
  X(InvalidShape, "%s %u: Fläche mit zu wenigen oder zu vielen Punkten",                                                 \
    "%s %u: area with too few or too many points")                                                                       \
  X(RepairMore, "… und %s", "… and %s")                                                                                  \
  X(ErrChecksum,                                                                                                         \
    "Die Datei ist beschädigt: ihre Prüfsumme passt nicht zum Inhalt (etwa nach einem Speicher- oder "                 \
    "Übertragungsfehler). Sie wird deshalb nicht als Sitzung geöffnet.",                                                 \
    "The file is damaged: its checksum does not match its content (after a storage or transfer error, "                  \
    "for instance). It is therefore not opened as a session.")                                                           \
  X(OpenedRepaired,                                                                                                      \
    "„%s“ enthielt ungültige Daten. Die Sitzung ist trotzdem geöffnet; diese Stellen wurden repariert "            \
    "(zurückgesetzt, geleert oder entfernt):\n\n%s",                                                                     \
    "“%s” contained invalid data. The session is open nonetheless; these places were repaired (reset, "              \
    "emptied or removed):\n\n%s")                                                                                        \
  X(DamagedTitle, "Beschädigte Datei", "Damaged file")                                                                   \
  X(DamagedReadable,                                                                                                     \
    "Ein Teil ließ sich trotzdem lesen: %s, %s, %s, %s. Er kann als "                                                   \
    "beschädigte Kopie geöffnet werden: bitte prüfen, bevor damit weitergearbeitet wird. Die offene Sitzung "         \
    "bleibt unverändert, bis Sie sich entscheiden.",                                                                     \
    "Part of it could still be read: %s, %s, %s, %s. It can be opened as a "                                             \
    "damaged copy: please check it before working on with it. The open session stays as it is until you decide.")        \
  X(DamagedOpenCopy, "Als beschädigte Kopie öffnen", "Open as damaged copy")                                             \
  X(DamagedKeep, "Nicht öffnen", "Do not open")                                                                          \
  X(DamagedCopySuffix, " (beschädigte Kopie)", " (damaged copy)")                                                        \
  X(TabOtherTitle, "In einem anderen Tab geöffnet", "Open in another tab")                                               \
  X(TabOtherText,                                                                                                        \
    "Diese Sitzung ist in diesem Browser schon in einem anderen Tab geöffnet. Zwei Tabs würden sich gegenseitig "      \
    "überschreiben, darum speichert immer nur einer. Hier übernehmen (der andere Tab speichert zuerst und hört dann " \
    "auf) oder hier mit einer eigenen Kopie weiterarbeiten?",                                                            \
    "This session is already open in another tab of this browser. Two tabs would overwrite each other, so only "         \
    "one of them saves. Take it over here (the other tab saves first, then stops) or continue here with a copy of "      \
    "your own?")                                                                                                         \
  X(TabTakeOver, "Hier übernehmen", "Take over here")                                                                    \
  X(TabCopy, "Als Kopie weiterarbeiten", "Continue as a copy")                                                           \
  X(TabWaiting, "Warte, bis der andere Tab gespeichert hat …", "Waiting for the other tab to save …")                    \
  X(TabTakenOver, "Sitzung aus dem anderen Tab übernommen", "Session taken over from the other tab")                     \
  X(TabLostTitle, "In einem anderen Tab übernommen", "Taken over in another tab")                                        \
  X(TabLostText,                                                                                                         \
    "Diese Sitzung wird jetzt in einem anderen Tab bearbeitet. Alles bis eben ist gespeichert und dort geöffnet; "      \
    "hier wird nicht mehr gespeichert. Dieser Tab kann geschlossen werden, oder Sie arbeiten hier mit einer "            \
    "eigenen Kopie weiter.",                                                                                             \
    "This session is now being edited in another tab. Everything up to now is saved and open there; this tab "           \
    "no longer saves. You can close this tab, or continue here with a copy of your own.")                                \
  X(TabCopySuffix, " (Kopie)", " (copy)")                                                                                \
  NWK_STRINGS_JSON(X)                                                                                                    \
  NWK_STRINGS_GEO(X)                                                                                                     \
  NWK_STRINGS_IMPORT(X)                                                                                                  \
  NWK_STRINGS_COVERAGE(X)                                                                                                \
  NWK_STRINGS_MAP(X)                                                                                                     \
  NWK_STRINGS_ROUNDS(X)                                                                                                  \
  NWK_STRINGS_VOTE(X)                                                                                                    \
  NWK_STRINGS_PRESENT(X)                                                                                                 \
  NWK_STRINGS_LIVE(X)                                                                                                    \
  NWK_STRINGS_EXPORT(X)                                                                                                 \
  NWK_STRINGS_MEASURES(X)                                                                                               \
  NWK_STRINGS_COMPARE(X)                                                                                                \
  NWK_STRINGS_PROGRESS(X)                                                                                                \
  NWK_STRINGS_ANALYSIS(X)                                                                                                \
  NWK_STRINGS_CATALOGUE(X)                                                                                               \
  NWK_STRINGS_REPORT(X)                                                                                                  \
  NWK_STRINGS_TABLES(X)                                                                                                  \
  NWK_STRINGS_PARTICIPANT(X)

enum class Str : std::uint16_t {
#define NWK_STR_ENUM(id, de, en) id,
  NWK_STRINGS(NWK_STR_ENUM)
#undef NWK_STR_ENUM
      Count
};

constexpr int kStringCount = static_cast<int>(Str::Count);

// Nouns that follow a count: counted(1, Noun::Offer) is "1 Angebot", counted(2, ...) "2 Angebote".
// X(id, German singular, German plural, English singular, English plural)
#define NWK_NOUNS(X)                                                                    \
  X(Offer, "Angebot", "Angebote", "offer", "offers")                                    \
  X(District, "Stadtteil", "Stadtteile", "district", "districts")                       \
  X(Problem, "Problem", "Probleme", "problem", "problems")                              \
  X(Strength, "Stärke", "Stärken", "strength", "strengths")                             \
  X(Proposal, "Vorschlag", "Vorschläge", "proposal", "proposals")                       \
  X(SolutionProposal, "Lösungsvorschlag", "Lösungsvorschläge", "proposal", "proposals") \
  X(Link, "Verbindung", "Verbindungen", "link", "links")                                \
  X(AgeGroup, "Altersgruppe", "Altersgruppen", "age group", "age groups")               \
  X(Category, "Kategorie", "Kategorien", "category", "categories")                      \
  X(Round, "Abstimmungsrunde", "Abstimmungsrunden", "voting round", "voting rounds")    \
  X(Ballot, "Stimmzettel", "Stimmzettel", "ballot", "ballots")                          \
  X(Vote, "Stimme", "Stimmen", "vote", "votes")                                         \
  X(Point, "Punkt", "Punkte", "point", "points")                                        \
  X(Person, "Person", "Personen", "person", "people")                                   \
  X(Device, "Gerät", "Geräte", "device", "devices")                                     \
  X(Indicator, "Kennzahl", "Kennzahlen", "indicator", "indicators")                     \
  X(Warning, "Hinweis", "Hinweise", "warning", "warnings")                              \
  X(Feature, "Objekt", "Objekte", "feature", "features")                                \
  X(PaperDot, "Klebepunkt", "Klebepunkte", "paper dot", "paper dots")                   \
  X(Goal, "Ziel", "Ziele", "goal", "goals")                                             \
  X(Measure, "Maßnahme", "Maßnahmen", "measure", "measures")                            \
  X(MorePlace, "weitere Stelle", "weitere Stellen", "more place", "more places")

enum class Noun : std::uint8_t {
#define NWK_NOUN_ENUM(id, deOne, deMany, enOne, enMany) id,
  NWK_NOUNS(NWK_NOUN_ENUM)
#undef NWK_NOUN_ENUM
};

const char* tr(Str id);                           // in the current language
std::string trf(Str id, ...);                     // printf-style with the text as format
const char* tr(Str id, Lang lang);                // in a given language
std::string counted(long long count, Noun noun);  // "1 Angebot", "3 Angebote"
// Any integer count, sizes included, without a cast at the call.
template <std::integral Int> std::string counted(Int count, Noun noun) {
  return counted(static_cast<long long>(count), noun);
}
void setLanguage(Lang lang);
Lang language();

const char* languageCode(Lang lang);  // "de" / "en"
std::optional<Lang> languageFromCode(std::string_view code);

}  // namespace nwk
