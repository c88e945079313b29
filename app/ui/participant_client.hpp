// The participant page's client of netzwerkkarte-server: joins with the code, sends the
// ballot, keeps token and ballot in local storage (per join code: a reload keeps the sent
// ballot and the draft) and asks now and then whether the round closed. Requests go
// through the one request path (ui/live_request.hpp), sent again while the network is away.
// Threading: all on the main thread; answers hold a reference to the ParticipantState,
// which must outlive every request (participant_main.cpp keeps it for the whole run).
#pragma once
#include <string>

#include "ui/participant_state.hpp"

namespace nwk::ui {

// Joins with a code as typed (spaces dropped, upper case); a refused code comes back to the
// join screen with its reason (step Entering, codeProblem). An empty code does nothing.
void joinWithCode(ParticipantState& p, const std::string& typed);
// Once per frame: joins, sends a pending ballot, or asks whether the round closed, when due.
void syncParticipant(ParticipantState& p);
// The ballot being filled in is kept in local storage (written only when it changed).
void keepBallotDraft(ParticipantState& p);
// The ballot is to be sent as soon as no other request is under way.
void submitBallot(ParticipantState& p);
// Back from "sent" to the ballot, to change it.
void reviseBallot(ParticipantState& p);

}  // namespace nwk::ui
