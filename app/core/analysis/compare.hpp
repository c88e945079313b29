// What changed between two conferences: offers added, closed and changed; coverage gaps
// closed and new; indicator values per district then and now; goals then, now and target;
// measures by status. `after` is usually a follow-up of `before` (followup.hpp): its offers
// then keep their ids and are matched by id. Sessions made independently are matched by
// names: districts by sameName() of their names (or equal codes), offers by sameName() within
// their district, age groups and indicator columns by sameName(). A plain value computed from
// the two sessions, in the language current when computed.
// Details of the rules:
// - byId: `after`'s baseline (history.back()) has the uid and the date of `before`. Then
//   offers are matched by id only; districts, age groups, indicator columns and measures by
//   id first, the rest of them by name (districts then by code).
// - Changed offers: the fields that differ, as their labels, in this order: name, provider,
//   category (sameLabel of the names), age groups, location (1e-7 degrees), district,
//   capacity, contact, description, assessment.
// - Gaps: cells of coverage() present in both sessions (matched district and age group)
//   whose gap flag differs; in `after`'s order, named as in `after`.
// - Indicators: values present in both sessions (matched column and district) that differ.
// - Goals: then/now are the column's value in the goal's district; for no district (the
//   town) the sum over the districts with a value when the unit is sameName() "Personen",
//   else their mean; none when no district has a value or the column or district has no
//   counterpart in `before` (then only).
// - Measures: counted per status in each session; listed (in `after`'s order) when new or
//   when their status changed. A measure of `before` missing in `after` is only counted.
// - Offers are named as views name them (offerName(): "Neues Angebot" while unnamed).
// O(n log n): sorted keys, no pair-wise loops over offers (two sessions of 10,000 offers:
// about 15-25 ms natively, `scripts/bench.sh` compare_native_ms).
// In core/analysis (coverage and choropleth classes); may use core/text, core/model, core/io, core/geo.
#pragma once
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "core/model/model.hpp"

namespace nwk {

struct ComparedOffer {
  Id id = kNoId;  // in `after` for added and changed offers, in `before` for closed ones
  std::string name;
  std::string district;                // name; empty: in no district
  std::vector<std::string> ageGroups;  // names
  std::vector<std::string> changes;    // changed offers: the changed fields, in the current language
};

struct ComparedGap {  // a cell of the coverage matrix
  std::string district;
  std::string ageGroup;
};

struct ComparedIndicator {  // one column in one district, present in both sessions
  std::string column;
  std::string unit;
  std::string district;
  Id districtAfter = kNoId;  // the district in `after`, for the difference map
  double before = 0.0;
  double after = 0.0;
  std::string asOfBefore;  // the columns' reference dates ("YYYY-MM-DD" or empty)
  std::string asOfAfter;
};

struct ComparedGoal {  // a goal of `after`
  std::string text;
  std::string field;                // name; empty: none
  std::optional<double> then, now;  // the indicator's value in `before` and `after`, where it has one
  std::string valueToday;           // as typed
  std::string target;
  std::string deadline;
};

struct ComparedMeasure {  // a measure whose status changed, or that is new
  std::string name;
  std::optional<MeasureStatus> before;  // none: new since the baseline
  MeasureStatus after = MeasureStatus::Planned;
};

struct Comparison {
  std::string beforeDate;  // Meta::date of each
  std::string afterDate;
  bool byId = false;  // after follows before: offers matched by id
  std::vector<ComparedOffer> added, closed, changed;
  std::vector<ComparedGap> gapsClosed, gapsNew;
  std::vector<ComparedIndicator> indicators;  // only the values that changed
  std::vector<ComparedGoal> goals;
  std::array<int, 4> measuresBefore{}, measuresAfter{};  // per MeasureStatus
  std::vector<ComparedMeasure> measures;
};

Comparison compareSessions(const Session& before, const Session& after);

}  // namespace nwk
