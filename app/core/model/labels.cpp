#include "core/model/labels.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/model/validate.hpp"
#include "core/text/i18n.hpp"

namespace nwk {

const char* ageGroupName(const Session& s, Id ageGroup) {
  const AgeGroup* g = findById(s.ageGroups, ageGroup);
  return g ? g->name.c_str() : tr(Str::AllAgeGroups);
}

std::string ageGroupList(const Session& s, const std::vector<Id>& ageGroups) {
  std::string out;
  for (Id a : ageGroups) out += (out.empty() ? "" : ", ") + std::string(ageGroupName(s, a));
  return out;
}

const char* levelName(Level level) {
  static constexpr Str kNames[] = {Str::LevelStructural, Str::LevelInstitutional, Str::LevelIndividual};
  return tr(kNames[static_cast<int>(level) % 3]);
}

const char* statusName(MeasureStatus status) {
  static constexpr Str kNames[] = {Str::StatusPlanned, Str::StatusStarted, Str::StatusDone, Str::StatusDropped};
  return tr(kNames[static_cast<int>(status) % 4]);
}

const char* reachName(Reach reach) {
  static constexpr Str kNames[] = {Str::ReachDistrict, Str::ReachDistricts, Str::ReachTown, Str::ReachMobile};
  return tr(kNames[static_cast<int>(reach) % 4]);
}

const char* costName(Cost cost) {
  static constexpr Str kNames[] = {Str::CostUnknown, Str::CostFree, Str::CostReduced, Str::CostFee};
  return tr(kNames[static_cast<int>(cost) % 4]);
}

std::vector<std::string> tagsFromText(std::string_view typed) {
  std::vector<std::string> tags;
  while (!typed.empty() && tags.size() < kLimits.tags) {
    const std::size_t comma = std::min(typed.find(','), typed.size());
    std::string_view tag = typed.substr(0, comma);
    typed.remove_prefix(std::min(comma + 1, typed.size()));
    while (!tag.empty() && (tag.front() == ' ' || tag.front() == '\t')) tag.remove_prefix(1);
    while (!tag.empty() && (tag.back() == ' ' || tag.back() == '\t')) tag.remove_suffix(1);
    const std::string valid = validText(tag);
    if (!valid.empty() && std::find(tags.begin(), tags.end(), valid) == tags.end()) tags.push_back(valid);
  }
  return tags;
}

std::string commaList(const std::vector<std::string>& items) {
  std::string text;
  for (const std::string& item : items) text += (text.empty() ? "" : ", ") + item;
  return text;
}

const char* ratingName(Rating rating) {
  static constexpr Str kNames[] = {Str::RatingUnrated, Str::RatingNo, Str::RatingRatherNo, Str::RatingRatherYes,
                                   Str::RatingYes};
  return tr(kNames[static_cast<int>(rating) % 5]);
}

const char* linkTypeName(LinkType type) {
  static constexpr Str kNames[] = {Str::LinkCooperation, Str::LinkReferral, Str::LinkTransition};
  return tr(kNames[static_cast<int>(type) % 3]);
}

const char* methodName(VoteMethod method) {
  static constexpr Str kNames[] = {Str::VoteDots, Str::VoteWeighting, Str::VoteRanking};
  return tr(kNames[static_cast<int>(method) % 3]);
}

const char* roundStateName(RoundState state) {
  static constexpr Str kNames[] = {Str::RoundDraft, Str::RoundOpen, Str::RoundClosed};
  return tr(kNames[static_cast<int>(state) % 3]);
}

bool ratedYes(Rating rating) { return rating == Rating::RatherYes || rating == Rating::Yes; }

std::string formatNumber(double value, int decimals, char decimalMark) {
  if (!std::isfinite(value)) return {};
  char buffer[400];  // 1e308 with 15 decimals fits
  std::snprintf(buffer, sizeof buffer, "%.*f", std::clamp(decimals, 0, 15), value);
  std::string out = buffer;
  if (out.find('.') != std::string::npos) {
    out.erase(out.find_last_not_of('0') + 1);
    if (out.back() == '.') out.pop_back();
  }
  if (out == "-0") out = "0";
  std::replace(out.begin(), out.end(), '.', decimalMark);
  return out;
}

std::string displayDate(std::string_view iso) { return language() == Lang::De ? germanDate(iso) : std::string(iso); }

std::string displayNumber(double value, int decimals) {
  return formatNumber(value, decimals, language() == Lang::De ? ',' : '.');
}

std::string displayScore(const VotingRound& round, double score) {
  if (round.method == VoteMethod::Weighting) return trf(Str::ExportMean, displayNumber(score, 2).c_str());
  return counted(std::llround(score), Noun::Point);
}

std::string ageGroupLabel(const std::string& name) {
  const bool bareRange = !name.empty() && name.back() >= '0' && name.back() <= '9';
  return bareRange ? name + " " + tr(Str::MapYears) : name;
}

std::string offerName(const Offer& offer) { return offer.name.empty() ? tr(Str::MapNewOffer) : offer.name; }

const char* methodKey(VoteMethod method) {
  static constexpr const char* kKeys[] = {"dots", "weighting", "ranking"};
  return kKeys[static_cast<int>(method)];
}

const char* roundStateKey(RoundState state) {
  static constexpr const char* kKeys[] = {"draft", "open", "closed"};
  return kKeys[static_cast<int>(state)];
}

}  // namespace nwk
