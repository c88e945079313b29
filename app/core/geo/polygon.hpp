// Polygons in the plane and in degrees: point in polygon, the district under a point, areas,
// and the check that a ring does not cross itself (what an import refuses).
// In core/geo (the map's plane: projection, polygons, triangulation, simplification, levels of detail, clustering,
// labels, the scene); may use core/text, core/model, core/io.
#pragma once
#include <cstddef>
#include <optional>
#include <vector>

#include "core/geo/plane.hpp"
#include "core/model/model.hpp"

namespace nwk {

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

}  // namespace nwk
