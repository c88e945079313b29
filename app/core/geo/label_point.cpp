#include "core/geo/label_point.hpp"

#include <algorithm>
#include <cmath>
#include <queue>

#include "core/geo/polygon.hpp"
#include "core/geo/triangulate.hpp"

namespace nwk {

// [SECTION] Label point
// A coarse search for the pole of inaccessibility (the point farthest from the edges, as in
// Mapbox's polylabel): cells in a priority queue by the best distance they could hold.

namespace {

// Distance from p to the nearest edge, negative outside the polygon.
double signedDistance(const std::vector<PlaneRing>& rings, Vec2 p) {
  bool inside = false;
  double nearest = 1e300;  // squared
  for (const PlaneRing& ring : rings)
    for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
      const Vec2 a = ring[j], b = ring[i];
      if ((a.y > p.y) != (b.y > p.y) && p.x < a.x + (p.y - a.y) * (b.x - a.x) / (b.y - a.y)) inside = !inside;
      nearest = std::min(nearest, squaredDistanceToSegment(p, a, b));
    }
  return (inside ? 1.0 : -1.0) * std::sqrt(nearest);
}

// Area-weighted centroid of the outline minus the holes.
Vec2 centroid(const std::vector<PlaneRing>& rings) {
  double total = 0.0, x = 0.0, y = 0.0;
  for (std::size_t r = 0; r < rings.size(); ++r) {
    const PlaneRing& ring = rings[r];
    if (ring.size() < 3) continue;
    const Vec2 o = ring[0];
    double twice = 0.0, mx = 0.0, my = 0.0;
    for (std::size_t i = 1; i + 1 < ring.size(); ++i) {
      const double t = cross(o, ring[i], ring[i + 1]);
      twice += t;
      mx += t * (ring[i].x + ring[i + 1].x - 2 * o.x) / 3;
      my += t * (ring[i].y + ring[i + 1].y - 2 * o.y) / 3;
    }
    const double sign = (r == 0 ? 1.0 : -1.0) * (twice < 0 ? -1.0 : 1.0);
    total += sign * twice;
    x += sign * (o.x * twice + mx);
    y += sign * (o.y * twice + my);
  }
  return total > 0 ? Vec2{x / total, y / total} : rings[0][0];
}

// The centroid of the largest triangle: inside whenever there is an inside.
Vec2 largestTriangleCentre(const std::vector<PlaneRing>& rings) {
  std::vector<Vec2> vertices;
  for (const PlaneRing& ring : rings) vertices.insert(vertices.end(), ring.begin(), ring.end());
  const std::vector<std::uint32_t> triangles = triangulate(rings);
  Vec2 best = vertices[0];
  double bestArea = 0.0;
  for (std::size_t t = 0; t + 2 < triangles.size(); t += 3) {
    const Vec2 a = vertices[triangles[t]], b = vertices[triangles[t + 1]], c = vertices[triangles[t + 2]];
    if (const double twice = std::abs(cross(a, b, c)); twice > bestArea) {
      bestArea = twice;
      best = {(a.x + b.x + c.x) / 3, (a.y + b.y + c.y) / 3};
    }
  }
  return best;
}

struct LabelCell {
  Vec2 centre;
  double half = 0.0;
  double distance = 0.0;
  double potential = 0.0;  // the largest distance any point of the cell can have
  bool operator<(const LabelCell& o) const { return potential < o.potential; }
};

}  // namespace

Vec2 labelPoint(const std::vector<PlaneRing>& rings) {
  if (rings.empty() || rings[0].empty()) return {};
  Bounds box;
  std::size_t points = 0;
  for (const PlaneRing& ring : rings) points += ring.size();
  for (Vec2 p : rings[0]) box.add(p);
  const double width = box.max.x - box.min.x, height = box.max.y - box.min.y;
  if (area(rings) <= 0) return rings[0][0];

  // Evaluations cost a pass over all edges each: fewer for large districts.
  auto budget = static_cast<std::ptrdiff_t>(std::clamp<std::size_t>(4'000'000 / points, 40, 4000));
  const auto cell = [&](Vec2 centre, double half) {
    --budget;
    const double d = signedDistance(rings, centre);
    return LabelCell{centre, half, d, d + half * std::sqrt(2.0)};
  };
  LabelCell best = cell(centroid(rings), 0);
  if (LabelCell middle = cell({(box.min.x + box.max.x) / 2, (box.min.y + box.max.y) / 2}, 0);
      middle.distance > best.distance)
    best = middle;
  const double size = std::max(std::min(width, height), std::max(width, height) / 16);
  std::priority_queue<LabelCell> queue;
  const std::uint64_t cols = cellNumber(width / size, 16) + 1, rows = cellNumber(height / size, 16) + 1;
  for (std::uint64_t i = 0; i < cols; ++i)
    for (std::uint64_t j = 0; j < rows; ++j)
      queue.push(
          cell({box.min.x + (static_cast<double>(i) + 0.5) * size, box.min.y + (static_cast<double>(j) + 0.5) * size},
               size / 2));
  const double precision = std::max(width, height) / 1000;
  while (!queue.empty() && budget > 0) {
    const LabelCell c = queue.top();
    queue.pop();
    if (c.distance > best.distance) best = c;
    if (c.potential - best.distance <= precision) continue;
    const double h = c.half / 2;
    for (const double dx : {-h, h})
      for (const double dy : {-h, h}) queue.push(cell({c.centre.x + dx, c.centre.y + dy}, h));
  }
  return best.distance > 0 ? best.centre : largestTriangleCentre(rings);
}

}  // namespace nwk
