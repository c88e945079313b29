// The plane the map is drawn in: points in metres (Vec2), rings of them, bounding boxes, and
// the few formulas every geometry file shares.
// In core/geo (the map's plane: projection, polygons, triangulation, simplification, levels of detail, clustering,
// labels, the scene); may use core/text, core/model, core/io.
#pragma once
#include <algorithm>
#include <cstdint>
#include <vector>

#include "core/model/model.hpp"

namespace nwk {

struct Vec2 {
  double x = 0.0;  // metres east of the projection's origin
  double y = 0.0;  // metres north
  bool operator==(const Vec2&) const = default;
};

using PlaneRing = std::vector<Vec2>;  // closed implicitly, like Ring

struct Bounds {
  Vec2 min{1e300, 1e300};
  Vec2 max{-1e300, -1e300};
  bool empty() const { return min.x > max.x; }
  void add(Vec2 p);
  void add(const Bounds& b);
  bool contains(Vec2 p) const { return p.x >= min.x && p.x <= max.x && p.y >= min.y && p.y <= max.y; }
};

// A lon/lat point as x = lon, y = lat (for tests on the degrees themselves); a Vec2 as it is.
inline Vec2 xy(LonLat p) { return {p.lon, p.lat}; }
inline Vec2 xy(Vec2 p) { return p; }
// The bounding box of a ring in degrees (x = lon, y = lat).
Bounds boundsOf(const Ring& ring);

// Twice the signed area of the triangle o, a, b (counter-clockwise positive).
inline double cross(Vec2 o, Vec2 a, Vec2 b) { return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x); }

// p lies in the bounding box of segment ab.
inline bool inBox(Vec2 a, Vec2 b, Vec2 p) {
  return p.x >= std::min(a.x, b.x) && p.x <= std::max(a.x, b.x) && p.y >= std::min(a.y, b.y) &&
         p.y <= std::max(a.y, b.y);
}

// Closed segments ab and cd share a point (touching and overlapping count).
inline bool segmentsIntersect(Vec2 a, Vec2 b, Vec2 c, Vec2 d) {
  const auto side = [](double v) { return (v > 0) - (v < 0); };
  const int abc = side(cross(a, b, c)), abd = side(cross(a, b, d));
  const int cda = side(cross(c, d, a)), cdb = side(cross(c, d, b));
  if (abc != abd && cda != cdb) return true;
  return (abc == 0 && inBox(a, b, c)) || (abd == 0 && inBox(a, b, d)) || (cda == 0 && inBox(c, d, a)) ||
         (cdb == 0 && inBox(c, d, b));
}

// Squared distance from p to the segment ab (squared: searches compare them only).
inline double squaredDistanceToSegment(Vec2 p, Vec2 a, Vec2 b) {
  const Vec2 d{b.x - a.x, b.y - a.y};
  const double length2 = d.x * d.x + d.y * d.y;
  const double t = length2 > 0 ? std::clamp(((p.x - a.x) * d.x + (p.y - a.y) * d.y) / length2, 0.0, 1.0) : 0.0;
  const double x = a.x + t * d.x - p.x, y = a.y + t * d.y - p.y;
  return x * x + y * y;
}

// floor(v) clamped to 0..max; 0 for NaN: a grid cell's number.
inline std::uint64_t cellNumber(double v, double max) {
  return v > 0 ? static_cast<std::uint64_t>(std::min(v, max)) : 0;
}

}  // namespace nwk
