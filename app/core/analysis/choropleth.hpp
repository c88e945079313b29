// Classes for a choropleth map of one indicator: quantile breaks, so each colour holds about
// as many districts, and a sequential colour-blind-safe palette (ColorBrewer YlGnBu, readable
// in every common form of colour-blindness and in grey print). Or of its change since the
// baseline conference (followup.hpp): classes symmetric around zero, the middle one "about
// unchanged", on a diverging colour-blind-safe palette (ColorBrewer PuOr).
// In core/analysis (coverage and choropleth classes); may use core/text, core/model, core/io, core/geo.
#pragma once
#include <cstdint>
#include <optional>
#include <vector>

#include "core/model/model.hpp"

namespace nwk {

inline constexpr int kMaxClasses = 5;

struct Choropleth {
  Id column = kNoId;
  bool change = false;        // the change since the baseline, not the value
  std::vector<double> upper;  // upper bound of each class, ascending; the last is the maximum
  double minimum = 0.0;
  // Class of a value (0 .. upper.size()-1).
  int classOf(double value) const;
};

// Up to kMaxClasses classes over the districts that have a value in column; fewer when
// there are fewer distinct values; no classes when none has one.
Choropleth classify(const Session& session, Id column);

// The value of a district in a column, if it has one.
std::optional<double> indicatorValue(const District& district, Id column);

// The change of a district's value in a column since the baseline: the same district and
// column there (a follow-up keeps their ids), where both have a value.
std::optional<double> indicatorChange(const District& district, const Session& baseline, Id column);

// Five classes of the change (fewer when nothing changed): bounds at 20 % and 60 % of the
// largest change either way.
Choropleth classifyChange(const Session& session, const Session& baseline, Id column);

// 0xAARRGGBB of class k of a change's n classes (falling: orange, rising: purple).
std::uint32_t changeColour(int k, int n);

// 0xAARRGGBB of class k of n (light to dark).
std::uint32_t classColour(int k, int n);

}  // namespace nwk
