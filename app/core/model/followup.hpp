// After the conference: measures made from proposals, and the follow-up conference.
// takeOverProposal() is one undo step, like every command (commands.hpp).
// In core/model (the session, its commands with undo/redo, validation and labels); may use core/text.
#pragma once
#include <string>

#include "core/model/commands.hpp"

namespace nwk {

// "Als Maßnahme übernehmen": a planned measure named like the proposal, in its field of
// action, for its age group and districts, linked to it (so it keeps its votes). Returns the
// measure's id, or kNoId when there is no such proposal.
Id takeOverProposal(Document& doc, Id proposal);

// The measure made from this proposal, or nullptr.
const Measure* measureOf(const Session& session, Id proposal);

// "Folgekonferenz vorbereiten": a new session from an earlier one, dated `date`
// ("YYYY-MM-DD" or empty). It keeps the districts, indicator columns, age groups,
// categories, participant groups, offers (each marked to review), links, fields of action,
// goals and measures with their status and notes, all under their ids; it starts with no
// problems, strengths, proposals, rounds or attendance, in phase 1, with no uid. The earlier session (without its
// own history) ends its history: the baseline of what changed.
Session prepareFollowUp(const Session& earlier, const std::string& date);

// The conference this session follows, or nullptr.
inline const Session* baselineOf(const Session& session) {
  return session.history.empty() ? nullptr : &session.history.back();
}

}  // namespace nwk
