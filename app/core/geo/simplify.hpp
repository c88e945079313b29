// Outlines simplified for drawing at a zoom level (Douglas-Peucker).
// In core/geo (the map's plane: projection, polygons, triangulation, simplification, levels of detail, clustering,
// labels, the scene); may use core/text, core/model, core/io.
#pragma once
#include "core/geo/plane.hpp"

namespace nwk {

// The points of a closed ring that keep its shape to within tolerance metres (Douglas-Peucker):
// a subsequence of the ring, starting with its first point, every dropped point no farther
// than tolerance from the kept ring's edges; a ring that thin comes back as two points. Rings
// of fewer than 4 points come back as they are.
PlaneRing simplifyRing(const PlaneRing& ring, double tolerance);

}  // namespace nwk
