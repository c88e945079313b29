#include "core/model/offer_filter.hpp"

#include <algorithm>

#include "core/text/names.hpp"

namespace nwk {

bool servesAgeGroup(const Offer& offer, Id ageGroup) {
  return ageGroup == kNoId || offer.ageGroups.empty() ||
         std::find(offer.ageGroups.begin(), offer.ageGroups.end(), ageGroup) != offer.ageGroups.end();
}

bool knownButUnused(const Assessment& a) {
  return a.known >= Rating::RatherYes && (a.used == Rating::No || a.used == Rating::RatherNo);
}

bool OfferFilter::matches(const Offer& offer) const {
  if (!servesAgeGroup(offer, ageGroup)) return false;
  if (district != kNoId && offer.district != district) return false;
  if (unusedOnly && !knownButUnused(offer.assessment)) return false;
  if (std::find(hiddenCategories.begin(), hiddenCategories.end(), offer.category) != hiddenCategories.end())
    return false;
  return search.empty() || nameContains(offer.name, search) || nameContains(offer.provider, search);
}

bool OfferFilter::active() const {
  return ageGroup != kNoId || !hiddenCategories.empty() || !search.empty() || district != kNoId || unusedOnly;
}

}  // namespace nwk
