// Where a district's name goes: a point well inside it, far from its edges.
// In core/geo (the map's plane: projection, polygons, triangulation, simplification, levels of detail, clustering,
// labels, the scene); may use core/text, core/model, core/io.
#pragma once
#include <vector>

#include "core/geo/plane.hpp"

namespace nwk {

// A point well inside the polygon for its label (far from the edges, inside even for
// C-shaped districts): a coarse search for the point farthest from the edges. Costs some
// thousand passes over small rings, fewer over large ones: cache it.
Vec2 labelPoint(const std::vector<PlaneRing>& rings);

}  // namespace nwk
