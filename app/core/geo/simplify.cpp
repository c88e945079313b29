#include "core/geo/simplify.hpp"

#include <algorithm>
#include <utility>

namespace nwk {

// [SECTION] Simplification

namespace {

std::size_t farthestFrom(const PlaneRing& ring, Vec2 p) {
  std::size_t far = 0;
  double best = -1;
  for (std::size_t i = 0; i < ring.size(); ++i) {
    const double x = ring[i].x - p.x, y = ring[i].y - p.y;
    if (x * x + y * y > best) best = x * x + y * y, far = i;
  }
  return far;
}

}  // namespace

PlaneRing simplifyRing(const PlaneRing& ring, double tolerance) {
  const std::size_t n = ring.size();
  if (n < 4) return ring;
  std::vector<char> keep(n, 0);
  const std::size_t far = farthestFrom(ring, ring[0]);
  keep[0] = keep[far] = 1;
  // Runs [a, b] of the ring still to check (b == n stands for the first point again); an
  // explicit stack, as a ring may have a million points.
  std::vector<std::pair<std::size_t, std::size_t>> runs{{0, far}, {far, n}};
  while (!runs.empty()) {
    const auto [a, b] = runs.back();
    runs.pop_back();
    double worst = tolerance * tolerance;
    std::size_t at = a;
    for (std::size_t i = a + 1; i < b; ++i) {
      const double d = squaredDistanceToSegment(ring[i], ring[a], ring[b % n]);
      if (d > worst) worst = d, at = i;
    }
    if (at == a) continue;
    keep[at] = 1;
    runs.emplace_back(a, at);
    runs.emplace_back(at, b);
  }
  PlaneRing out;
  for (std::size_t i = 0; i < n; ++i)
    if (keep[i]) out.push_back(ring[i]);
  return out;
}

}  // namespace nwk
