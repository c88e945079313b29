// Triangulation of concave polygons with holes, for filling districts (ImGui fills convex
// shapes only) and for finding a point inside any polygon.
// In core/geo (the map's plane: projection, polygons, triangulation, simplification, levels of detail, clustering,
// labels, the scene); may use core/text, core/model, core/io.
#pragma once
#include <cstdint>
#include <vector>

#include "core/geo/plane.hpp"

namespace nwk {

// Triangles covering the polygon (rings[0] the outline, the rest holes, any orientation) as
// index triples into the rings' vertices numbered consecutively (rings[0] first). Every
// triangle lies inside the polygon and their areas sum to area(rings); collinear and repeated
// points are fine. Degenerate input (fewer than 3 points, zero area) gives no triangles;
// self-crossing input gives some triangles and always returns. 50,000 points: tens of ms.
std::vector<std::uint32_t> triangulate(const std::vector<PlaneRing>& rings);

}  // namespace nwk
