#include "core/model/offer_filter.hpp"

#include <algorithm>

#include "core/model/validate.hpp"
#include "core/text/names.hpp"

namespace nwk {

bool servesAgeGroup(const Offer& offer, Id ageGroup) {
  return ageGroup == kNoId || offer.ageGroups.empty() ||
         std::find(offer.ageGroups.begin(), offer.ageGroups.end(), ageGroup) != offer.ageGroups.end();
}

bool knownButUnused(const Assessment& a) {
  return a.known >= Rating::RatherYes && (a.used == Rating::No || a.used == Rating::RatherNo);
}

bool fundingEndsSoon(const Offer& offer, std::string_view today) {
  return projectEndsSoon(offer.projectFunding, offer.fundedUntil, today);
}

bool OfferFilter::accessMatches(const Offer& offer) const {
  return (!reach || offer.reach == *reach) && (!freeOnly || offer.cost == Cost::Free) &&
         (!lowThresholdOnly || offer.lowThreshold) && (!educationPackageOnly || offer.educationPackage) &&
         (fundingToday.empty() || fundingEndsSoon(offer, fundingToday));
}

bool OfferFilter::accessActive() const {
  return reach || freeOnly || lowThresholdOnly || educationPackageOnly || !fundingToday.empty();
}

bool OfferFilter::matches(const Offer& offer) const {
  if (!servesAgeGroup(offer, ageGroup)) return false;
  if (district != kNoId && !servesDistrict(offer, district)) return false;
  if (unusedOnly && !knownButUnused(offer.assessment)) return false;
  if (!accessMatches(offer)) return false;
  if (std::find(hiddenCategories.begin(), hiddenCategories.end(), offer.category) != hiddenCategories.end())
    return false;
  return search.empty() || nameContains(offer.name, search) || nameContains(offer.provider, search) ||
         nameContains(offer.languages, search);
}

bool OfferFilter::active() const {
  return ageGroup != kNoId || !hiddenCategories.empty() || !search.empty() || district != kNoId || unusedOnly ||
         accessActive();
}

}  // namespace nwk
