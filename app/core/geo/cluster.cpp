#include "core/geo/cluster.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace nwk {

Bounds snapToCells(const Bounds& area, double cell) {
  return {{std::floor(area.min.x / cell) * cell, std::floor(area.min.y / cell) * cell},
          {std::ceil(area.max.x / cell) * cell, std::ceil(area.max.y / cell) * cell}};
}

std::vector<Cluster> clusterPoints(const std::vector<Vec2>& points, const std::vector<int>& candidates,
                                   const Bounds& area, double cell) {
  std::vector<std::array<int, 3>> cells;  // -row, column, point
  for (int i : candidates) {
    const Vec2 p = points[static_cast<std::size_t>(i)];
    if (area.contains(p))
      cells.push_back({-static_cast<int>(std::floor(p.y / cell)), static_cast<int>(std::floor(p.x / cell)), i});
  }
  std::sort(cells.begin(), cells.end());
  std::vector<Cluster> clusters;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (i == 0 || cells[i][0] != cells[i - 1][0] || cells[i][1] != cells[i - 1][1])
      clusters.push_back({cells[i][2], 0, {}});
    const Vec2 p = points[static_cast<std::size_t>(cells[i][2])];
    Cluster& c = clusters.back();
    ++c.count;
    c.centre.x += p.x;  // the sum until every point is in
    c.centre.y += p.y;
  }
  for (Cluster& c : clusters) c.centre = {c.centre.x / c.count, c.centre.y / c.count};
  return clusters;
}

}  // namespace nwk
