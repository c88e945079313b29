// The panels, one file each; drawApp() lays them out for one frame. Panels draw AppState
// and change it; they own no state of their own beyond ImGui's.
#pragma once
#include <optional>
#include <string>

#include "core/voting/tally.hpp"
#include "ui/app_state.hpp"
#include "ui/ballot_form.hpp"

namespace nwk::ui {

void drawApp(AppState& state);                               // app.cpp: full-window layout, shortcuts
void drawTopBar(AppState& state);                            // top_bar.cpp: menu, title, language, phases
void drawWorkspace(AppState& state);                         // workspace.cpp: the current phase's workspace
void drawBoard(AppState& state);                             // board.cpp: problems / proposals per age group
void drawInventory(AppState& state);                         // inventory.cpp: phase 1, the map and its panels
void drawOfferPanel(AppState& state);                        // offer_panel.cpp: offer list or the selected offer
// offer_panel.cpp: a labelled text field (the forms of offers, measures, goals); leaving it
// ends its undo step, so typing into it is one step; `lines` > 1: that many lines high.
// True when edited.
bool labelledInput(History& history, const char* label, const std::string& id, std::string& value, int lines = 1);
void drawCoveragePanel(AppState& state);                     // coverage_panel.cpp: districts x age groups
void drawImportDialog(AppState& state);                      // import_dialog.cpp: preview and apply imports
void drawRounds(AppState& state);                            // rounds_panel.cpp: voting rounds (phases 4 and 5)
void drawResult(AppState& state, const VotingRound& round);  // results.cpp: one round's result
// results.cpp: ranked bars of results (already filtered); the first hiddenTop rows drawn as
// "?" (presenter mode reveals from the last place up).
void drawResultBars(const Session& session, const VotingRound& round, const std::vector<ProposalResult>& results,
                    std::size_t hiddenTop = 0);
// results.cpp: whether a round's result may be shown: visible by its rules (closed, or
// live), or revealed by the facilitator's confirmation on this device.
bool resultShown(const AppState& state, const VotingRound& round);
// results.cpp: the round's tally, computed once per change of the session (the rounds panel,
// the comparison and the beamer all draw it every frame).
const RoundResult& roundResult(AppState& state, const VotingRound& round);
void drawComparison(AppState& state);  // results.cpp: the opened rounds side by side
void drawPresenter(AppState& state);   // presenter.cpp: the beamer view, arrow keys
void togglePresenter(AppState& state);
// rounds_panel.cpp: the round's countdown ("noch 4:32"), when it has a timer; large for
// the kiosk and the beamer; with a start button where the facilitator may start it.
void drawTimer(AppState& state, const VotingRound& round, bool facilitator);
void drawKiosk(AppState& state);       // kiosk.cpp: the shared voting device
void drawKioskStart(AppState& state);  // kiosk.cpp: setting the PIN before handing over
bool pinMatches(const Settings& settings, const std::string& pin);
void leaveKiosk(AppState& state);
// live_panel.cpp: a round's live vote from phones (start, join code and QR, counts, end)
// and the join screen for the beamer; the live client (live_client.hpp) does the talking.
void drawLiveControls(AppState& state, const VotingRound& round);
void drawLiveJoinScreen(AppState& state);
// Opens the import dialog with a chosen file's preview.
void startImport(AppState& state, ImportDialogState::Kind kind, std::string name, std::string bytes);
void drawExportDialog(AppState& state);  // export_dialog.cpp: formats, scope, preview, downloads
void openExportDialog(AppState& state);
// export_dialog.cpp: after a frame is drawn, the map picture asked for (browser only).
void captureMapPicture(AppState& state);
void drawAboutDialog(AppState& state);            // about_dialog.cpp: about and licences
void drawWorkshopDialog(AppState& state);         // workshop_dialog.cpp: meta data, age groups
// workshop_dialog.cpp: a date field ("14.03.2027" or ISO). Returns the ISO date (or "") to
// store once what is typed is a real date; until then the typed text stays in the field with
// a message under it, and the stored date is unchanged.
std::optional<std::string> dateInput(AppState& state, const std::string& id, const std::string& stored,
                                     float width = -1);
// workshop_dialog.cpp: a category's or criterion's name: returns what to store, only names nameProblem() accepts beside `others` (a refused one is said under the field; left so, the name before comes back).
std::optional<std::string> uniqueNameInput(History& history, const std::string& id, const std::string& stored, const std::vector<std::string>& others, float width);
// measures_panel.cpp: phase 6, the measures plan, goals and what changed.
void drawImplementation(AppState& state);
void drawMeasureForm(AppState& state, const Measure& measure);  // measure_form.cpp: one measure's fields
// measure_form.cpp: regular funding or a project until a date (a measure's, an offer's).
bool fundingField(AppState& state, bool& projectFunding, std::string& fundedUntil, const std::string& key);
void drawGoals(AppState& state);                                // goals_panel.cpp: fields of action, goals
void drawChanges(AppState& state);                              // changes_panel.cpp: what changed
void drawFollowUpDialog(AppState& state);                       // changes_panel.cpp: a follow-up conference
void drawSessionDialogs(AppState& state);         // session_dialogs.cpp: errors, stored sessions, merge
// notices.cpp: short confirmations; with offerUpdate, a waiting new version's offer too.
void drawNotices(AppState& state, double nowMs, bool offerUpdate);

}  // namespace nwk::ui
