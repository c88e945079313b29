#include "core/analysis/choropleth.hpp"

#include <algorithm>
#include <cmath>

namespace nwk {

std::optional<double> indicatorValue(const District& district, Id column) {
  for (const IndicatorValue& v : district.indicators)
    if (v.column == column) return v.value;
  return std::nullopt;
}

int Choropleth::classOf(double value) const {
  const auto it = std::lower_bound(upper.begin(), upper.end(), value);
  return static_cast<int>(std::min<std::ptrdiff_t>(it - upper.begin(), static_cast<std::ptrdiff_t>(upper.size()) - 1));
}

Choropleth classify(const Session& session, Id column) {
  Choropleth c;
  c.column = column;
  std::vector<double> values;
  for (const District& d : session.districts)
    if (auto v = indicatorValue(d, column)) values.push_back(*v);
  if (values.empty()) return c;
  std::sort(values.begin(), values.end());
  c.minimum = values.front();
  const std::size_t classes = std::min<std::size_t>(kMaxClasses, values.size());
  for (std::size_t k = 1; k <= classes; ++k) {
    const double bound = values[(values.size() * k + classes - 1) / classes - 1];
    if (c.upper.empty() || bound > c.upper.back()) c.upper.push_back(bound);
  }
  return c;
}

std::optional<double> indicatorChange(const District& district, const Session& baseline, Id column) {
  const District* then = findById(baseline.districts, district.id);
  const auto before = then ? indicatorValue(*then, column) : std::nullopt;
  const auto now = indicatorValue(district, column);
  if (!before || !now) return std::nullopt;
  return *now - *before;
}

Choropleth classifyChange(const Session& session, const Session& baseline, Id column) {
  Choropleth c;
  c.column = column;
  c.change = true;
  double largest = 0.0;
  bool any = false;
  for (const District& d : session.districts)
    if (const auto v = indicatorChange(d, baseline, column)) {
      largest = std::max(largest, std::fabs(*v));
      any = true;
    }
  if (!any) return c;
  if (largest == 0.0) {  // nothing changed: one class
    c.upper = {0.0};
    return c;
  }
  c.minimum = -largest;
  c.upper = {-0.6 * largest, -0.2 * largest, 0.2 * largest, 0.6 * largest, largest};
  return c;
}

std::uint32_t changeColour(int k, int n) {
  static constexpr std::uint32_t kPuOr[kMaxClasses] = {0xFFE66101u, 0xFFFDB863u, 0xFFF7F7F7u, 0xFFB2ABD2u, 0xFF5E3C99u};
  if (n <= 1) return kPuOr[2];
  return kPuOr[k * (kMaxClasses - 1) / (n - 1)];
}

std::uint32_t classColour(int k, int n) {
  // ColorBrewer YlGnBu, 5 classes; fewer classes spread over the same ramp.
  static constexpr std::uint32_t kRamp[kMaxClasses] = {0xFFFFFFCCu, 0xFFA1DAB4u, 0xFF41B6C4u, 0xFF2C7FB8u, 0xFF253494u};
  if (n <= 1) return kRamp[2];
  return kRamp[k * (kMaxClasses - 1) / (n - 1)];
}

}  // namespace nwk
