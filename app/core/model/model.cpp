#include "core/model/model.hpp"

#include <algorithm>

#include "core/text/i18n.hpp"

namespace nwk {

Session makeDefaultSession() {
  Session s;
  s.meta.title = tr(Str::DefaultTitle);
  for (const char* name : {"0-3", "3-6", "6-10", "11-18"}) s.ageGroups.push_back({s.takeId(), name});
  // Colours: Okabe-Ito and Tol's muted palette, distinguishable with colour-blindness.
  const struct {
    Str name;
    std::uint32_t colour;
    const char* icon;
  } categories[] = {
      {Str::CategoryDaycare, 0xFFE69F00u, "daycare"},     {Str::CategorySchool, 0xFF0072B2u, "school"},
      {Str::CategoryFamilyCentre, 0xFFCC79A7u, "family"}, {Str::CategoryCounselling, 0xFF009E73u, "counselling"},
      {Str::CategoryYouthWork, 0xFFD55E00u, "youth"},     {Str::CategoryHealth, 0xFF56B4E9u, "health"},
      {Str::CategoryLeisure, 0xFF117733u, "leisure"},     {Str::CategoryJobs, 0xFF882255u, "jobs"},
      {Str::CategoryOther, 0xFF777777u, "other"},
  };
  for (const auto& c : categories) s.categories.push_back({s.takeId(), tr(c.name), c.colour, c.icon});
  for (Str g : {Str::GroupDaycare, Str::GroupSchool, Str::GroupYouthWelfare, Str::GroupAdministration,
                Str::GroupProvider, Str::GroupOther})
    s.groups.push_back({s.takeId(), tr(g)});
  return s;
}

bool servesDistrict(const Offer& offer, Id district) {
  if (offer.reach == Reach::Town || (offer.reach == Reach::Mobile && offer.servedDistricts.empty())) return true;
  if (district == kNoId) return false;
  if (offer.district == district) return true;
  return offer.reach != Reach::District &&
         std::find(offer.servedDistricts.begin(), offer.servedDistricts.end(), district) != offer.servedDistricts.end();
}

}  // namespace nwk
