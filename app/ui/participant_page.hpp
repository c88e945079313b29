// The participant page (participant.html): what a phone shows of a live vote. Two views of
// one state (ParticipantPage):
// - the page's own HTML (participant_page.cpp hands it to web/participant_page.js): the join
//   screen with its code field, and the accessible ballot, an HTML form for screen readers
//   and keyboards ("Barrierefreie Ansicht");
// - the canvas (participant.cpp, Dear ImGui): the ballot with large touch controls and the
//   confirmation with "change".
// Every text of both comes from the string table (core/text/i18n.hpp).
#pragma once
#include <string>

#include "core/text/i18n.hpp"
#include "ui/participant_state.hpp"

namespace nwk::ui {

struct ParticipantPage {
  ParticipantState participant;
  Lang language = Lang::De;
  bool accessible = false;  // the HTML ballot instead of the canvas (chosen, kept on this device)
  bool changed = true;      // language or view switched: saved and shown from the next frame
};

// Whether the canvas shows something: the ballot or the confirmation, in the canvas view.
bool canvasShown(const ParticipantPage& page);

// participant.cpp: the canvas for one frame (call only when canvasShown).
void drawParticipant(ParticipantPage& page);

// participant_page.cpp: hands the page's HTML what it shows (as JSON, when it changed).
void publishPage(const ParticipantPage& page);
// The choices kept on this device: the language and the view.
void loadPageChoices(ParticipantPage& page);
void savePageChoices(const ParticipantPage& page);
// The page's HTML controls act on this page (JavaScript calls the exported nwk_part_*).
void attachPage(ParticipantPage* page);

}  // namespace nwk::ui
