// Which offers the map and the offer list show: the working view of one age group, hidden
// categories, a search text, one district (a coverage cell), and "known but not used", the
// seeds' key finding. An offer without age groups is for all of them.
// In core/model (the session, its commands with undo/redo, validation and labels); may use core/text.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/model.hpp"

namespace nwk {

struct OfferFilter {
  Id ageGroup = kNoId;  // kNoId: every age group
  std::vector<Id> hiddenCategories;
  std::string search;   // part of the name, the provider or the languages (nameContains, names.hpp)
  Id district = kNoId;  // kNoId: every district; else the offers serving it (servesDistrict)
  bool unusedOnly = false;
  // Reach and access: only offers of this reach (none: any), free ones, low-threshold ones,
  // those taking the Bildung-und-Teilhabe voucher, those whose project funding ends soon
  // (fundingEndsSoon as of fundingToday).
  std::optional<Reach> reach;
  bool freeOnly = false, lowThresholdOnly = false, educationPackageOnly = false;
  std::string fundingToday;  // "YYYY-MM-DD": the funding filter is on; empty: off

  bool matches(const Offer& offer) const;
  bool active() const;  // anything hidden at all
  bool accessMatches(const Offer& offer) const;
  bool accessActive() const;  // a reach or access filter is on
  bool operator==(const OfferFilter&) const = default;
};

// Whether the offer counts for the age group: kNoId (all), it names it, or it names none
// (open to all).
bool servesAgeGroup(const Offer& offer, Id ageGroup);
// Known (rather yes or yes) but not used (no or rather no).
bool knownButUnused(const Assessment& a);
// Project funding ending at most a year after today (projectEndsSoon, validate.hpp).
bool fundingEndsSoon(const Offer& offer, std::string_view today);

}  // namespace nwk
