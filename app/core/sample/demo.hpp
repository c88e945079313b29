// The built-in demo: a workshop in the fictional town of Musterstadt, made up by the project
// (no third-party map data): twelve districts (codes "01".."12") whose borders tile the town,
// one with a hole (the Stadtpark) and one with an exclave; children per age group (the age
// groups' population columns) and the SGB-II rate per district; about fifty offers in every
// age group and category, assigned to districts by their location, with gaps in the outer
// districts; links, problems, proposals and a voting round with ballots. Names in the current
// language where they are UI words; place names are German. The same bytes on every
// platform (tests/cross_target.sh).
// In core/sample (the demo session and synthetic towns); may use core/text, core/model, core/io, core/geo,
// core/analysis, core/voting, core/import, core/export.
#pragma once
#include "core/model/model.hpp"

namespace nwk {

Session makeDemoSession();

}  // namespace nwk
