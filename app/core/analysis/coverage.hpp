// The coverage matrix of the prevention chain: for every district (rows, session order) and
// age group (columns, session order) the number of offers, the number of children (the age
// group's population column, where set and present in the district) and offers per 1,000
// children; gaps by the session's rules (Meta::coverage). An offer counts in the district it
// is assigned to (Offer::district), once for each of its age groups; an offer without age
// groups is open to all and counts in every age group. Offers in no district are only
// counted (outside). A plain value computed from the session; recompute after a change.
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
  std::int32_t offers = 0;          // offers in the district, each counted once
  bool brokenChain = false;         // some age group has no offer here: the chain from 0 to 18 breaks
};

struct CoverageMatrix {
  std::vector<Id> ageGroups;                 // the columns
  std::vector<std::int32_t> ageGroupOffers;  // per column: the column's sum over all districts
  std::vector<CoverageRow> rows;             // one per district
  std::int32_t outside = 0;                  // offers in no district
  CoverageRules rules;
};

CoverageMatrix coverage(const Session& session);

// The matrix as JSON (for `netzwerkkarte-cli coverage`), with stable keys:
// {"ageGroups": [{"id", "name", "populationColumn" (id or null), "offers"}],
//  "districts": [{"id", "name", "code", "offers", "brokenChain",
//                 "cells": [{"ageGroup", "offers", "children", "perThousand", "gap"}]}],
//  "rules": {"minOffers", "minPer1000"}, "outside": N}; unknown numbers are null.
std::string coverageJson(const Session& session);

}  // namespace nwk
