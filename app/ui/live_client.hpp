// The facilitator's live-voting client: the one place of the app that talks to
// netzwerkkarte-server (the page's own origin). It opens a round there (join code, QR code),
// long-polls the phones' ballots into the session, closes the round and voids ballots.
// Phones vote on the participant page (participant.html, its own build: participant_main.cpp);
// the app opened with a join code sends the phone there. Requests go through the one
// request path (ui/live_request.hpp).
// State: AppState owns it (state.live; app_state.hpp). Only these functions and their
// answers change it; the live panel draws it and calls these functions.
// Threading: all on the main thread. Answers hold a reference to the AppState, which must
// outlive every request (main.cpp keeps it for the whole run). syncLiveRounds, called once
// per frame, sends whatever is due.
#pragma once
#include <string>

#include "ui/app_state.hpp"

namespace nwk::ui {

// Reads the page's address once at start: a facilitator link's secret (only from the
// fragment, #facilitator=…) is taken out of the address bar and the history at once and kept
// on this device once the server confirms it (syncLiveRounds asks); a join code (?join=…)
// sends the page to the participant page (returns true: the page is a participant's phone).
bool connectLive(AppState& state);

// --- Facilitator -------------------------------------------------------------------------
// Whether phones vote in the round: it has a join code and is open.
bool isLive(const VotingRound& round);
// Opens the round on the server ("Live-Abstimmung starten"), or finds it again there (after
// a reload the server recognises it by the session's uid and the round's id).
void openLiveRound(AppState& state, const VotingRound& round);
// Once per frame: a secret from a facilitator link is checked, live rounds the server has
// not confirmed yet are opened again, the others long-poll for their ballots a page at a
// time (mirrored into the session idempotently) until the server says the round is closed
// (closing it here is then the facilitator's click, which takes in what is left). After any failed request a connection
// waits a few seconds before the next.
void syncLiveRounds(AppState& state);
// Closes a round; a live one on the server first (its last ballots taken in, every page).
void closeRound(AppState& state, const VotingRound& round);
// Closes a live round here only, after the server could not be asked to close it.
void endLiveRoundAnyway(AppState& state, Id round);
// Voids the round's last ballot, on the server too when it came from a phone.
void voidLastBallotEverywhere(AppState& state, const VotingRound& round);

}  // namespace nwk::ui
