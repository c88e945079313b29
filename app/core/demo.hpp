// The built-in demo: a workshop in the fictional town of Musterstadt, made up by the project
// (no third-party map data): districts with indicators, offers in every age group, links,
// problems, proposals and a voting round with ballots. Names in the current language where
// they are UI words; place names are German.
#pragma once
#include "core/model.hpp"

namespace nwk {

Session makeDemoSession();

}  // namespace nwk
