// Markers that would overlap merged into counted clusters: points grouped by the square cell
// of a grid fixed to the plane (cell k spans k * cell to (k + 1) * cell metres on both axes),
// so a cluster keeps its members while the map pans.
// In core/geo (the map's plane: projection, polygons, triangulation, simplification, levels of detail, clustering,
// labels, the scene); may use core/text, core/model, core/io.
#pragma once
#include <vector>

#include "core/geo/plane.hpp"

namespace nwk {

// Points in one cell: the first of them (lowest index), how many, and their mean position.
struct Cluster {
  int first = -1;
  int count = 0;
  Vec2 centre;
};

// The smallest area of whole cells, cell metres wide, that holds area.
Bounds snapToCells(const Bounds& area, double cell);

// The points named by candidates (indices into points) that lie in area, one
// cluster per cell, north to south, then west to east: each such point in exactly one.
std::vector<Cluster> clusterPoints(const std::vector<Vec2>& points, const std::vector<int>& candidates,
                                   const Bounds& area, double cell);

}  // namespace nwk
