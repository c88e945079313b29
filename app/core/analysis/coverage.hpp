// The coverage matrix: for every district (rows, session order) and age group (columns,
// session order) the number of offers, the number of children (the age group's population
// column, where set and present in the district) and offers per 1,000 children; gaps by the
// session's rules (Meta::coverage). An offer counts in every district it serves
// (servesDistrict(): its own, the ones it names, or all for a town-wide offer or a mobile one
// naming none), once per district and once for each of its age groups; an offer without age
// groups is open to all and counts in every age group. Offers serving no district are only
// counted (outside). Beside it the coverage per category ("Ist die Angebotsstruktur breit
// genug?"). Plain values computed from the session; recompute after a change.
// O(offers x districts).
// In core/analysis (coverage and choropleth classes); may use core/text, core/model, core/io, core/geo.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/model/model.hpp"

namespace nwk {

struct CoverageCell {
  std::int32_t offers = 0;
  std::optional<double> children;     // the population column's value in this district
  std::optional<double> perThousand;  // offers * 1000 / children, when children > 0
  // offers < rules.minOffers, or (perThousand known, rules.minPer1000 > 0) perThousand below it
  bool gap = false;
};

struct CoverageRow {
  Id district = kNoId;
  std::vector<CoverageCell> cells;  // one per age group
  std::int32_t offers = 0;          // offers serving the district, each counted once
  bool hasGap = false;              // some age group has no offer here: a coverage gap (Versorgungslücke)
};

struct CoverageMatrix {
  std::vector<Id> ageGroups;                 // the columns
  std::vector<std::int32_t> ageGroupOffers;  // per column: offers serving some district, each once
  std::vector<CoverageRow> rows;             // one per district
  std::int32_t outside = 0;                  // offers serving no district
  CoverageRules rules;
};

CoverageMatrix coverage(const Session& session);

// The matrix as JSON (for `netzwerkkarte-cli coverage`), with stable keys:
// {"ageGroups": [{"id", "name", "populationColumn" (id or null), "offers"}],
//  "districts": [{"id", "name", "code", "offers", "gap",
//                 "cells": [{"ageGroup", "offers", "children", "perThousand", "gap"}]}],
//  "rules": {"minOffers", "minPer1000"}, "outside": N}; unknown numbers are null. A district's
// "gap" is hasGap (some age group without any offer, whatever the rules), a cell's its gap.
std::string coverageJson(const Session& session);

// Per district (rows, session order) and category (columns, session order): the offers
// serving the district and the age group (kNoId: any), each counted once per cell; offers of
// no category (or one not in the session) under `uncategorized`.
struct CategoryRow {
  Id district = kNoId;
  std::vector<std::int32_t> offers;  // one per category
  std::int32_t uncategorized = 0;
};

struct CategoryCoverage {
  Id ageGroup = kNoId;            // kNoId: all age groups
  std::vector<Id> categories;     // the columns
  std::vector<CategoryRow> rows;  // one per district
};

CategoryCoverage coverageByCategory(const Session& session, Id ageGroup);

// As JSON (`netzwerkkarte-cli coverage FILE --by-category [--age-group ID]`):
// {"ageGroup": {"id", "name"} or null (all), "categories": [{"id", "name"}],
//  "districts": [{"id", "name", "code", "cells": [{"category", "offers"}], "uncategorized"}]}.
std::string categoryCoverageJson(const Session& session, Id ageGroup);

}  // namespace nwk
