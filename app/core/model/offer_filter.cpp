#include "core/model/offer_filter.hpp"

#include <algorithm>

namespace nwk {
namespace {

// Folds ASCII letters and the UTF-8 umlauts Ä Ö Ü (C3 84/96/9C) to lower case, byte-wise.
unsigned char fold(unsigned char previous, unsigned char c) {
  if (c >= 'A' && c <= 'Z') return static_cast<unsigned char>(c + 32);
  if (previous == 0xC3 && (c == 0x84 || c == 0x96 || c == 0x9C)) return static_cast<unsigned char>(c + 0x20);
  return c;
}

std::string folded(const std::string& text) {
  std::string out(text.size(), '\0');
  unsigned char previous = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    out[i] = static_cast<char>(fold(previous, c));
    previous = c;
  }
  return out;
}

}  // namespace

bool servesAgeGroup(const Offer& offer, Id ageGroup) {
  return ageGroup == kNoId || offer.ageGroups.empty() ||
         std::find(offer.ageGroups.begin(), offer.ageGroups.end(), ageGroup) != offer.ageGroups.end();
}

bool knownButUnused(const Assessment& a) {
  return a.known >= Rating::RatherYes && (a.used == Rating::No || a.used == Rating::RatherNo);
}

bool containsText(const std::string& haystack, const std::string& needle) {
  return folded(haystack).find(folded(needle)) != std::string::npos;
}

bool OfferFilter::matches(const Offer& offer) const {
  if (!servesAgeGroup(offer, ageGroup)) return false;
  if (district != kNoId && offer.district != district) return false;
  if (unusedOnly && !knownButUnused(offer.assessment)) return false;
  if (std::find(hiddenCategories.begin(), hiddenCategories.end(), offer.category) != hiddenCategories.end())
    return false;
  return search.empty() || containsText(offer.name, search) || containsText(offer.provider, search);
}

bool OfferFilter::active() const {
  return ageGroup != kNoId || !hiddenCategories.empty() || !search.empty() || district != kNoId || unusedOnly;
}

}  // namespace nwk
