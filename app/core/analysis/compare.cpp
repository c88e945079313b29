#include "core/analysis/compare.hpp"

#include <algorithm>
#include <cmath>

#include "core/analysis/coverage.hpp"
#include "core/model/labels.hpp"
#include "core/text/i18n.hpp"
#include "core/text/names.hpp"

namespace nwk {
namespace {

// Sorted (id, value) pairs searched with lower_bound instead of hash maps: the app sorts
// and searches these pairs elsewhere already (validate.cpp, coverage.cpp), so they add
// little code to the web download; still O(n log n).
using IdPairs = std::vector<std::pair<Id, std::uint32_t>>;
constexpr std::uint32_t kAbsent = ~std::uint32_t{0};

IdPairs sortedPairs(IdPairs pairs) {
  std::sort(pairs.begin(), pairs.end());
  return pairs;
}

// The value for `id` in sorted pairs (ids unique), or kAbsent.
std::uint32_t valueFor(const IdPairs& sorted, Id id) {
  const auto it = std::lower_bound(sorted.begin(), sorted.end(), std::make_pair(id, std::uint32_t{0}));
  return it != sorted.end() && it->first == id ? it->second : kAbsent;
}

// The items of one side in session order: their ids, and the keys to match them by (an empty
// key matches nothing).
struct Side {
  std::vector<Id> ids;
  std::vector<std::string> keys;
};

// Keyed by their ids (`byId`: where `after` follows `before`, the ids name the same thing) or
// by nameKey() of their names.
template <class T> Side sideOf(const std::vector<T>& items, bool byId) {
  Side side;
  for (const T& item : items) {
    side.ids.push_back(item.id);
    side.keys.push_back(byId ? std::to_string(item.id) : nameKey(item.name));
  }
  return side;
}

// Which item of `before` is which of `after`, both ways; kNoId: none.
class Matching {
 public:
  Id toAfter(Id before) const { return find(toAfter_, before); }
  Id toBefore(Id after) const { return find(toBefore_, after); }
  void pairByKey(const Side& before, const Side& after);

 private:
  static Id find(const IdPairs& pairs, Id id) {
    const std::uint32_t found = valueFor(pairs, id);
    return found == kAbsent ? kNoId : found;
  }
  IdPairs toAfter_, toBefore_;  // sorted
};

// (key, position) of the items of a side not matched yet, sorted: by key, then session order.
std::vector<std::pair<std::string, std::uint32_t>> waiting(const Side& side, const IdPairs& matched) {
  std::vector<std::pair<std::string, std::uint32_t>> out;
  for (std::size_t i = 0; i < side.ids.size(); ++i)
    if (!side.keys[i].empty() && valueFor(matched, side.ids[i]) == kAbsent)
      out.emplace_back(side.keys[i], static_cast<std::uint32_t>(i));
  std::sort(out.begin(), out.end());
  return out;
}

// Pairs the items of each side still unmatched whose keys are equal, in session order: the
// k-th unmatched item of a key in `before` with the k-th of that key in `after`.
void Matching::pairByKey(const Side& before, const Side& after) {
  const auto b = waiting(before, toAfter_), a = waiting(after, toBefore_);
  for (std::size_t i = 0, j = 0; i < b.size() && j < a.size();) {
    const int order = b[i].first.compare(a[j].first);
    if (order <= 0) ++i;
    if (order >= 0) ++j;
    if (order != 0) continue;
    const Id from = before.ids[b[i - 1].second], to = after.ids[a[j - 1].second];
    toAfter_.emplace_back(from, to);
    toBefore_.emplace_back(to, from);
  }
  toAfter_ = sortedPairs(std::move(toAfter_));
  toBefore_ = sortedPairs(std::move(toBefore_));
}

// By id where `after` follows `before`, then by name.
template <class T>
Matching matchByIdThenName(const std::vector<T>& before, const std::vector<T>& after, bool followed) {
  Matching m;
  if (followed) m.pairByKey(sideOf(before, true), sideOf(after, true));
  m.pairByKey(sideOf(before, false), sideOf(after, false));
  return m;
}

Side byCode(const std::vector<District>& districts) {
  Side side;
  for (const District& d : districts) {
    side.ids.push_back(d.id);
    side.keys.push_back(d.code);
  }
  return side;
}

Matching matchDistricts(const Session& before, const Session& after, bool followed) {
  Matching m = matchByIdThenName(before.districts, after.districts, followed);
  m.pairByKey(byCode(before.districts), byCode(after.districts));
  return m;
}

// Offers: by id when `after` follows `before`, else by name within the matched district (an
// offer in a district without counterpart matches nothing).
Matching matchOffers(const Session& before, const Session& after, bool followed, const Matching& districts) {
  Matching m;
  if (followed) {
    m.pairByKey(sideOf(before.offers, true), sideOf(after.offers, true));
    return m;
  }
  Side then = sideOf(before.offers, false), now = sideOf(after.offers, false);
  for (std::size_t i = 0; i < then.keys.size(); ++i) {
    const Id district = before.offers[i].district, counterpart = districts.toAfter(district);
    then.keys[i] =
        district != kNoId && counterpart == kNoId ? std::string() : std::to_string(counterpart) + '/' + then.keys[i];
  }
  for (std::size_t i = 0; i < now.keys.size(); ++i)
    now.keys[i] = std::to_string(after.offers[i].district) + '/' + now.keys[i];
  m.pairByKey(then, now);
  return m;
}

bool followsById(const Session& before, const Session& after) {
  const Session* baseline = after.history.empty() ? nullptr : &after.history.back();
  return baseline && baseline->uid == before.uid && baseline->meta.date == before.meta.date;
}

template <class T> std::string nameIn(const std::vector<T>& items, Id id) {
  const T* item = findById(items, id);
  return item ? item->name : std::string();
}

std::vector<std::string> ageGroupNames(const Session& s, const std::vector<Id>& ids) {
  std::vector<std::string> names;
  for (Id id : ids) names.push_back(nameIn(s.ageGroups, id));
  return names;
}

ComparedOffer comparedOffer(const Session& s, const Offer& o) {
  return {o.id, offerName(o), nameIn(s.districts, o.district), ageGroupNames(s, o.ageGroups), {}};
}

// The age groups of a `before` offer in `after`'s ids (unmatched ones as kNoId), sorted.
std::vector<Id> idsInAfter(const std::vector<Id>& ids, const Matching& matching) {
  std::vector<Id> out;
  for (Id id : ids) out.push_back(matching.toAfter(id));
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<Id> sorted(std::vector<Id> ids) {
  std::sort(ids.begin(), ids.end());
  return ids;
}

struct Context {
  const Session& before;
  const Session& after;
  Matching districts, ageGroups, columns;
};

// The fields of an offer that differ between the sessions, as labels.
std::vector<std::string> changedFields(const Context& c, const Offer& b, const Offer& a) {
  const bool sameLocation =
      b.hasLocation == a.hasLocation && (!a.hasLocation || (std::abs(b.location.lon - a.location.lon) < 1e-7 &&
                                                            std::abs(b.location.lat - a.location.lat) < 1e-7));
  const std::pair<bool, Str> fields[] = {
      {b.name == a.name, Str::OfferName},
      {b.provider == a.provider, Str::OfferProvider},
      {sameLabel(nameIn(c.before.categories, b.category), nameIn(c.after.categories, a.category)), Str::OfferCategory},
      {idsInAfter(b.ageGroups, c.ageGroups) == sorted(a.ageGroups), Str::OfferAgeGroups},
      {sameLocation, Str::CompareFieldLocation},
      {c.districts.toAfter(b.district) == a.district, Str::NounDistrict},
      {b.capacity == a.capacity, Str::OfferCapacity},
      {b.contact == a.contact, Str::OfferContact},
      {b.description == a.description, Str::OfferDescription},
      {b.assessment == a.assessment, Str::OfferAssessment},
      {b.reach == a.reach && idsInAfter(b.servedDistricts, c.districts) == sorted(a.servedDistricts) &&
           b.cost == a.cost && b.languages == a.languages && b.lowThreshold == a.lowThreshold &&
           b.educationPackage == a.educationPackage,
       Str::OfferReachAccess},
      {b.projectFunding == a.projectFunding && b.fundedUntil == a.fundedUntil, Str::MeasureFunding},
  };
  std::vector<std::string> changes;
  for (const auto& [same, label] : fields)
    if (!same) changes.emplace_back(tr(label));
  return changes;
}

void compareOffers(const Context& c, bool followed, Comparison& out) {
  const Matching offers = matchOffers(c.before, c.after, followed, c.districts);
  IdPairs beforeIndex;  // id -> position in c.before.offers
  for (std::size_t i = 0; i < c.before.offers.size(); ++i) {
    const Offer& o = c.before.offers[i];
    beforeIndex.emplace_back(o.id, static_cast<std::uint32_t>(i));
    if (offers.toAfter(o.id) == kNoId) out.closed.push_back(comparedOffer(c.before, o));
  }
  beforeIndex = sortedPairs(std::move(beforeIndex));
  for (const Offer& o : c.after.offers) {
    const Id earlier = offers.toBefore(o.id);
    if (earlier == kNoId) {
      out.added.push_back(comparedOffer(c.after, o));
      continue;
    }
    std::vector<std::string> changes = changedFields(c, c.before.offers[valueFor(beforeIndex, earlier)], o);
    if (changes.empty()) continue;
    out.changed.push_back(comparedOffer(c.after, o));
    out.changed.back().changes = std::move(changes);
  }
}

// (id, position) of ids, sorted.
IdPairs positions(const std::vector<Id>& ids) {
  IdPairs pairs;
  for (std::size_t i = 0; i < ids.size(); ++i) pairs.emplace_back(ids[i], static_cast<std::uint32_t>(i));
  return sortedPairs(std::move(pairs));
}

void compareGaps(const Context& c, Comparison& out) {
  const CoverageMatrix then = coverage(c.before), now = coverage(c.after);
  std::vector<Id> districts;  // of `then`'s rows
  for (const CoverageRow& row : then.rows) districts.push_back(row.district);
  const IdPairs rowOf = positions(districts), columnOf = positions(then.ageGroups);  // by id in `before`
  for (std::size_t r = 0; r < now.rows.size(); ++r) {
    const std::uint32_t row = valueFor(rowOf, c.districts.toBefore(now.rows[r].district));
    if (row == kAbsent) continue;
    for (std::size_t a = 0; a < now.ageGroups.size(); ++a) {
      const std::uint32_t column = valueFor(columnOf, c.ageGroups.toBefore(now.ageGroups[a]));
      if (column == kAbsent) continue;
      const bool wasGap = then.rows[row].cells[column].gap, isGap = now.rows[r].cells[a].gap;
      if (wasGap == isGap) continue;
      (wasGap ? out.gapsClosed : out.gapsNew).push_back({c.after.districts[r].name, c.after.ageGroups[a].name});
    }
  }
}

std::optional<double> valueIn(const District& d, Id column) {
  for (const IndicatorValue& v : d.indicators)
    if (v.column == column) return v.value;
  return std::nullopt;
}

void compareIndicators(const Context& c, Comparison& out) {
  for (const District& now : c.after.districts) {
    const District* then = findById(c.before.districts, c.districts.toBefore(now.id));
    if (!then) continue;
    for (const IndicatorValue& v : now.indicators) {
      const IndicatorColumn* columnNow = findById(c.after.indicatorColumns, v.column);
      const IndicatorColumn* columnThen = findById(c.before.indicatorColumns, c.columns.toBefore(v.column));
      const std::optional<double> earlier = columnThen ? valueIn(*then, columnThen->id) : std::nullopt;
      if (!columnNow || !earlier || *earlier == v.value) continue;
      out.indicators.push_back(
          {columnNow->name, columnNow->unit, now.name, now.id, *earlier, v.value, columnThen->asOf, columnNow->asOf});
    }
  }
}

// A column's value in a district, or over the town (see the header).
std::optional<double> indicatorValue(const Session& s, Id column, Id district) {
  const IndicatorColumn* c = findById(s.indicatorColumns, column);
  if (!c) return std::nullopt;
  if (district != kNoId) {
    const District* d = findById(s.districts, district);
    return d ? valueIn(*d, column) : std::nullopt;
  }
  double sum = 0.0;
  int count = 0;
  for (const District& d : s.districts)
    if (const auto v = valueIn(d, column)) {
      sum += *v;
      ++count;
    }
  if (count == 0) return std::nullopt;
  return sameName(c->unit, "Personen") ? sum : sum / count;
}

void compareGoals(const Context& c, Comparison& out) {
  for (const Goal& g : c.after.goals) {
    ComparedGoal goal{g.text,    nameIn(c.after.fields, g.field), std::nullopt, std::nullopt, g.valueToday, g.target,
                      g.deadline};
    if (g.indicator != kNoId) {
      goal.now = indicatorValue(c.after, g.indicator, g.district);
      const Id district = g.district == kNoId ? kNoId : c.districts.toBefore(g.district);
      if (g.district == kNoId || district != kNoId)
        goal.then = indicatorValue(c.before, c.columns.toBefore(g.indicator), district);
    }
    out.goals.push_back(std::move(goal));
  }
}

std::size_t statusIndex(MeasureStatus status) { return std::min<std::size_t>(static_cast<std::size_t>(status), 3); }

void compareMeasures(const Context& c, bool followed, Comparison& out) {
  for (const Measure& m : c.before.measures) ++out.measuresBefore[statusIndex(m.status)];
  for (const Measure& m : c.after.measures) ++out.measuresAfter[statusIndex(m.status)];
  const Matching measures = matchByIdThenName(c.before.measures, c.after.measures, followed);
  for (const Measure& m : c.after.measures) {
    const Measure* earlier = findById(c.before.measures, measures.toBefore(m.id));
    if (earlier && earlier->status == m.status) continue;
    out.measures.push_back({m.name, earlier ? std::optional(earlier->status) : std::nullopt, m.status});
  }
}

}  // namespace

Comparison compareSessions(const Session& before, const Session& after) {
  Comparison out;
  out.beforeDate = before.meta.date;
  out.afterDate = after.meta.date;
  out.byId = followsById(before, after);
  const Context c{before, after, matchDistricts(before, after, out.byId),
                  matchByIdThenName(before.ageGroups, after.ageGroups, out.byId),
                  matchByIdThenName(before.indicatorColumns, after.indicatorColumns, out.byId)};
  compareOffers(c, out.byId, out);
  compareGaps(c, out);
  compareIndicators(c, out);
  compareGoals(c, out);
  compareMeasures(c, out.byId, out);
  return out;
}

}  // namespace nwk
