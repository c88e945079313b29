// The prevention chain (Präventionskette) per district: whether the offers along the life
// course know each other. For every district (session order) the transitions between
// neighbouring age groups in session order (0-3 → 3-6 → 6-10 → 11-18; "Schwangerschaft"
// first where the facilitator put it first). A transition A → B is covered in a district when
// - a link of any type (transition, referral, cooperation) joins an offer for A and an offer
//   for B, in either direction, both serving the district (servesDistrict(): their own, the
//   ones they name, or the whole town); or
// - one offer serving the district names both A and B.
// An offer naming no age group is open to all (coverage() counts it in every age group), but
// it says nothing about a transition: in the chain it stands for no age group, neither alone
// nor at a link's end. Unlinked offers are at neither end of any link: per district those
// serving it, overall all of them (also those serving no district). A plain value computed
// from the session; recompute after a change. Linear in (offers + links) x districts, with
// the offers indexed by id once (10,000 offers, 20,000 links, 20 districts: under 10 ms at -O2).
// In core/analysis (coverage and choropleth classes); may use core/text, core/model, core/io, core/geo.
#pragma once
#include <string>
#include <vector>

#include "core/model/model.hpp"

namespace nwk {

struct ChainTransition {
  Id from = kNoId;  // an age group and the one after it in session order
  Id to = kNoId;
  std::vector<Id> links;   // the links carrying it here, session order
  std::vector<Id> offers;  // the offers here naming both age groups, session order
  bool covered() const { return !links.empty() || !offers.empty(); }
};

struct DistrictChain {
  Id district = kNoId;
  std::vector<ChainTransition> transitions;  // one per pair of neighbouring age groups
  std::vector<Id> unlinkedOffers;            // offers serving the district that are in no link
};

struct PreventionChain {
  std::vector<DistrictChain> districts;  // session order
  std::vector<Id> unlinkedOffers;        // every offer in no link, session order
};

PreventionChain preventionChain(const Session& session);

// The chain as JSON (for `netzwerkkarte-cli chain`), with stable keys:
// {"districts": [{"id", "name", "code", "covered": N, "transitions": [{"from": {"id", "name"},
//   "to": {...}, "covered": bool, "links": [{"id", "type", "from": {"id", "name"}, "to": {...}}],
//   "offers": [{"id", "name"}]}], "unlinkedOffers": [{"id", "name"}]}],
//  "unlinkedOffers": [{"id", "name"}]}; "covered" of a district counts its covered
// transitions; a link's type is "cooperation", "referral" or "transition".
std::string chainJson(const Session& session);

}  // namespace nwk
