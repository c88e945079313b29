// Items for the analysis tests with only the fields a test sets, the rest as a new item has
// them (no aggregate initialisation that breaks with every new field).
#pragma once
#include <string>
#include <utility>
#include <vector>

#include "core/model/model.hpp"

namespace nwk {

inline District districtItem(Id id, std::string name, std::string code, std::vector<IndicatorValue> indicators = {}) {
  District d;
  d.id = id;
  d.name = std::move(name);
  d.code = std::move(code);
  d.indicators = std::move(indicators);
  return d;
}

// An offer named "Angebot" in the district (kNoId: none) for the age groups (none: all).
inline Offer offerItem(Id id, Id district, std::vector<Id> ageGroups, Reach reach = Reach::District) {
  Offer o;
  o.id = id;
  o.name = "Angebot";
  o.district = district;
  o.ageGroups = std::move(ageGroups);
  o.reach = reach;
  return o;
}

}  // namespace nwk
