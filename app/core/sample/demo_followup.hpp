// The demo's year after the conference (demo.hpp): in Musterstadt the conference's three
// best-voted proposals became measures, with owners, deadlines, statuses and progress notes,
// under two fields of action with a goal each; a year later the follow-up conference finds
// three new offers, one closed, and two indicator values changed. Used by the demo menu, the
// CLI (`demo --after`, `demo --follow-up`), the tests and the golden file of format 6.
// In core/sample (the demo session and synthetic towns); may use core/text, core/model, core/io, core/geo,
// core/analysis, core/voting, core/import, core/export.
#pragma once
#include "core/model/model.hpp"

namespace nwk {

// The demo in phase 6: fields of action, goals and measures.
Session makeDemoAfterConference();

// The follow-up conference on 2027-01-28, with the demo after the conference as its baseline.
Session makeDemoFollowUp();

}  // namespace nwk
