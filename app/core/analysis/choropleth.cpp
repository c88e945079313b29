#include "core/analysis/choropleth.hpp"

#include <algorithm>

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

std::uint32_t classColour(int k, int n) {
  // ColorBrewer YlGnBu, 5 classes; fewer classes spread over the same ramp.
  static constexpr std::uint32_t kRamp[kMaxClasses] = {0xFFFFFFCCu, 0xFFA1DAB4u, 0xFF41B6C4u, 0xFF2C7FB8u, 0xFF253494u};
  if (n <= 1) return kRamp[2];
  return kRamp[k * (kMaxClasses - 1) / (n - 1)];
}

}  // namespace nwk
