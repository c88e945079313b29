// Plane geometry for the district map: a local projection from WGS84 lon/lat to metres,
// point-in-polygon, areas, ring checks, triangulation of concave polygons with holes (ImGui
// fills convex shapes only), label points, and the inverse UTM projection for German open
// data in ETRS89 / UTM 32N or 33N. Pure functions on plain data; no allocation beyond the
// returned vectors.
#pragma once
#include <cstdint>
#include <optional>
#include <vector>

#include "core/model.hpp"

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

// Equirectangular projection around an origin: metres east/north, accurate to well under
// 0.1 % across a town (tens of kilometres). toLonLat(toPlane(p)) == p up to rounding.
struct Projection {
  LonLat origin;
  double metresPerDegreeLon = 111'319.49;  // at the origin's latitude
  double metresPerDegreeLat = 111'319.49;
  Vec2 toPlane(LonLat p) const;
  LonLat toLonLat(Vec2 p) const;
};
Projection projectionAround(LonLat origin);
// Centred on the districts' bounding box (or the offers', or 0/0 for an empty session).
Projection projectionFor(const Session& session);

PlaneRing project(const Ring& ring, const Projection& projection);

// Even-odd over all rings (holes subtract); a point on an edge or vertex counts as inside.
// The lon/lat overloads test the degrees directly (the projection keeps edges straight) and
// look at the outline's bounding box first.
bool contains(const std::vector<PlaneRing>& rings, Vec2 p);
bool contains(const Polygon& polygon, LonLat p);
bool contains(const District& district, LonLat p);
// The first district that contains p, or kNoId.
Id districtAt(const Session& session, LonLat p);

// Signed shoelace area in square metres (counter-clockwise positive).
double signedArea(const PlaneRing& ring);
// Outer ring minus holes, absolute, square metres.
double area(const std::vector<PlaneRing>& rings);

// Index of the first edge (edge i runs from ring[i] to the next point) that meets another
// non-adjacent edge of the same ring, crossing or touching, or that folds back over its
// neighbour; nothing for a simple ring. Neighbouring edges may share their vertex, and a
// repeated point is no crossing. O(n log n) expected (a grid of cells two mean edges wide):
// the check runs on imports of up to kLimits.pointsPerDistrict; a million points take about
// 0.15 s in an optimised native build. Rings of long edges packed densely (a star of a
// million spikes) fill cells and slow it down towards O(n^2).
std::optional<std::size_t> selfIntersection(const PlaneRing& ring);

// Triangles covering the polygon (rings[0] the outline, the rest holes, any orientation) as
// index triples into the rings' vertices numbered consecutively (rings[0] first). Every
// triangle lies inside the polygon and their areas sum to area(rings); collinear and repeated
// points are fine. Degenerate input (fewer than 3 points, zero area) gives no triangles;
// self-crossing input gives some triangles and always returns. 50,000 points: tens of ms.
std::vector<std::uint32_t> triangulate(const std::vector<PlaneRing>& rings);

// The points of a closed ring that keep its shape to within tolerance metres (Douglas-Peucker):
// a subsequence of the ring, starting with its first point, every dropped point no farther
// than tolerance from the kept ring's edges; a ring that thin comes back as two points. Rings
// of fewer than 4 points come back as they are.
PlaneRing simplifyRing(const PlaneRing& ring, double tolerance);

// A point well inside the polygon for its label (far from the edges, inside even for
// C-shaped districts): a coarse search for the point farthest from the edges. Costs some
// thousand passes over small rings, fewer over large ones: cache it.
Vec2 labelPoint(const std::vector<PlaneRing>& rings);

// ETRS89 / UTM (EPSG:25832 zone 32, 25833 zone 33; northern hemisphere) to lon/lat and back,
// accurate to millimetres within the zone.
LonLat utmToLonLat(double easting, double northing, int zone);
Vec2 lonLatToUtm(LonLat p, int zone);

}  // namespace nwk
