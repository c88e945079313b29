// An open round's ballot with large touch controls, for the kiosk (kiosk.cpp) and for the
// participant page on phones (participant.cpp): group, name in named rounds; dots:
// minus/plus and "noch 3 Punkte"; weighting: 1-5 per criterion; ranking: tap in order of
// preference; the reason it cannot be sent yet, and the submit button.
#pragma once
#include "core/model/model.hpp"

namespace nwk::ui {

// Draws the form into the current window; true when a valid ballot was submitted.
bool drawBallotForm(const Session& session, const VotingRound& round, Ballot& ballot, const char* submitLabel);

}  // namespace nwk::ui
