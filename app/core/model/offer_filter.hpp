// Which offers the map and the offer list show: the working view of one age group, hidden
// categories, a search text, one district (a coverage cell), and "known but not used", the
// seeds' key finding. An offer without age groups is for all of them.
// In core/model (the session, its commands with undo/redo, validation and labels); may use core/text.
#pragma once
#include <string>
#include <vector>

#include "core/model/model.hpp"

namespace nwk {

struct OfferFilter {
  Id ageGroup = kNoId;  // kNoId: every age group
  std::vector<Id> hiddenCategories;
  std::string search;   // part of the name or the provider (nameContains, names.hpp)
  Id district = kNoId;  // kNoId: every district
  bool unusedOnly = false;

  bool matches(const Offer& offer) const;
  bool active() const;  // anything hidden at all
  bool operator==(const OfferFilter&) const = default;
};

// Whether the offer counts for the age group: kNoId (all), it names it, or it names none
// (open to all).
bool servesAgeGroup(const Offer& offer, Id ageGroup);
// Known (rather yes or yes) but not used (no or rather no).
bool knownButUnused(const Assessment& a);

}  // namespace nwk
