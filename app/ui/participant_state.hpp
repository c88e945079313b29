// What the participant page (participant.html, a phone) knows: the join code as typed or
// from the QR link, what the server said about it, this phone's token and ballot. Owned by
// participant_main.cpp; changed only by participant_client.cpp (requests, local storage)
// and the page's controls (participant.cpp on the canvas, participant_page.cpp for the
// page's own HTML: the join screen and the accessible ballot).
#pragma once
#include <optional>
#include <string>

#include "core/voting/live.hpp"
#include "ui/live_request.hpp"

namespace nwk::ui {

struct ParticipantState {
  // Entering: the join screen (no code yet, or one the server refused: codeProblem says
  // why, at the field); Connecting: asking the server; Voting: the ballot; Sent: confirmed.
  enum class Step { Entering, Connecting, Voting, Sent } step = Step::Entering;
  enum class CodeProblem { None, Unknown, Closed } codeProblem = CodeProblem::None;
  std::string code;  // upper case, as sent to the server
  std::string token;
  std::optional<LiveRound> round;
  Ballot draft;
  bool pending = false;  // submitted, not yet acknowledged by the server
  bool voided = false;
  std::string error;  // why the server refused the ballot
  std::string saved;  // token, pending and draft as last written to local storage
  LiveConnection connection;
};

}  // namespace nwk::ui
