// What the map draws, prepared once per change of the session instead of once per frame:
// the districts projected to metres and triangulated (ImGui fills convex shapes only), their
// label points, every offer's position, and a grid index so a hover or click finds the
// offer under the pointer without looking at all of them. Offers placed in a district only
// (no coordinates) are shown around that district's label point.
// Coordinates are the Projection's metres (x east, y north).
// In core/geo (the map's plane: projection, polygons, triangulation, simplification, levels of detail, clustering,
// labels, the scene); may use core/text, core/model, core/io.
#pragma once
#include <cstdint>
#include <utility>
#include <vector>

#include "core/geo/polygon.hpp"
#include "core/geo/projection.hpp"
#include "core/model/model.hpp"

namespace nwk {

struct DistrictShape {
  std::vector<std::vector<PlaneRing>> parts;          // per part: outline, then holes
  std::vector<std::vector<std::uint32_t>> triangles;  // per part: index triples (triangulate)
  Bounds bounds;
  Vec2 label;         // inside the largest part, for the name
  double area = 0.0;  // square metres
};

// Uniform grid over the offers' positions: cell -> the offer indices in it.
class OfferGrid {
 public:
  void build(const std::vector<Vec2>& points, const Bounds& bounds);
  // Index of the point nearest to p within radius for which keep(index) holds, or -1.
  template <class Keep> int nearest(const std::vector<Vec2>& points, Vec2 p, double radius, Keep keep) const;

 private:
  int cellOf(double v, double origin, int cells) const;
  Bounds bounds_;
  double cellSize_ = 1.0;
  int columns_ = 0, rows_ = 0;
  std::vector<std::uint32_t> start_;  // per cell, into items_ (size cells + 1)
  std::vector<std::uint32_t> items_;
};

struct MapScene {
  Projection projection;
  std::vector<DistrictShape> districts;  // in the order of Session::districts
  std::vector<Vec2> offers;              // in the order of Session::offers
  Bounds bounds;                         // districts and offers together
  Bounds fitBounds;                      // what "fit all" shows: the districts, else the offers
  OfferGrid grid;

  std::vector<std::pair<Id, std::uint32_t>> offerIndex;  // offer id -> index, sorted by id

  // Index into Session::districts of the district under p, or -1.
  int districtAt(Vec2 p) const;
  // Index into Session::offers of the offer with this id, or -1 (binary search).
  int offerAt(Id id) const;
};

// Districts are the expensive part: rebuildOffers() alone follows offer edits.
MapScene buildMapScene(const Session& session);
void rebuildOffers(MapScene& scene, const Session& session);

// --- template definition ---------------------------------------------------------------------
template <class Keep> int OfferGrid::nearest(const std::vector<Vec2>& points, Vec2 p, double radius, Keep keep) const {
  if (items_.empty()) return -1;
  const int x0 = cellOf(p.x - radius, bounds_.min.x, columns_), x1 = cellOf(p.x + radius, bounds_.min.x, columns_);
  const int y0 = cellOf(p.y - radius, bounds_.min.y, rows_), y1 = cellOf(p.y + radius, bounds_.min.y, rows_);
  int best = -1;
  double bestDistance = radius * radius;
  for (int y = y0; y <= y1; ++y)
    for (int x = x0; x <= x1; ++x) {
      const auto cell = static_cast<std::size_t>(y * columns_ + x);
      for (std::uint32_t k = start_[cell]; k < start_[cell + 1]; ++k) {
        const std::uint32_t i = items_[k];
        const double dx = points[i].x - p.x, dy = points[i].y - p.y, d = dx * dx + dy * dy;
        if (d <= bestDistance && keep(static_cast<int>(i))) {
          bestDistance = d;
          best = static_cast<int>(i);
        }
      }
    }
  return best;
}

}  // namespace nwk
