// The live-voting client: the one place that talks to netzwerkkarte-server (the page's own
// origin), for both sides. The facilitator's app opens a round there (join code, QR code),
// long-polls the phones' ballots into the session, closes the round and voids ballots; a
// participant's phone joins with the code, sends its ballot, keeps token and ballot in local
// storage and asks now and then whether the round closed. Both sides send through one
// request path: a request marks its LiveConnection as under way, the answer marks whether
// the server was reached, and a failed attempt is tried again a few seconds later.
// State: AppState owns it (state.live, state.participant; app_state.hpp). Only these
// functions and their answers change it; the panels (live_panel.cpp, participant.cpp) draw
// it and call these functions.
// Threading: all on the main thread. Answers arrive as callbacks between frames
// (platform::requestJson) and hold a reference to the AppState, which must outlive every
// request (main.cpp keeps it for the whole run). syncLiveRounds / syncParticipant, called
// once per frame, send whatever is due.
#pragma once
#include <string>

#include "ui/app_state.hpp"

namespace nwk::ui {

// Reads the page's address once at start: a facilitator link's secret (only from the
// fragment, #facilitator=…) is taken out of the address bar and the history at once and kept
// on this device once the server confirms it (syncLiveRounds asks); a join code (?join=…)
// starts participant mode (returns true: the page is a participant's phone).
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

// --- Participant (state.participant) -----------------------------------------------------
// Once per frame: joins, sends a pending ballot, or asks whether the round closed, when due.
void syncParticipant(AppState& state);
// The ballot being filled in is kept in local storage (written only when it changed).
void keepBallotDraft(AppState& state);
// The ballot is to be sent as soon as no other request is under way.
void submitBallot(AppState& state);
// Back from "sent" to the ballot, to change it.
void reviseBallot(AppState& state);

}  // namespace nwk::ui
