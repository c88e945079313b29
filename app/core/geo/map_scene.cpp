#include "core/geo/map_scene.hpp"

#include <algorithm>
#include <cmath>

#include "core/geo/label_point.hpp"
#include "core/geo/triangulate.hpp"

namespace nwk {
namespace {

constexpr double kOffersPerCell = 4.0;
constexpr double kRingSpacingMetres = 60.0;  // offers without coordinates, around the label

DistrictShape shapeOf(const District& district, const Projection& projection) {
  DistrictShape shape;
  double largest = -1.0;
  for (const Polygon& polygon : district.parts) {
    std::vector<PlaneRing> rings;
    for (const Ring& ring : polygon.rings) {
      rings.push_back(project(ring, projection));
      for (Vec2 p : rings.back()) shape.bounds.add(p);
    }
    const double partArea = area(rings);
    shape.area += partArea;
    if (partArea > largest) {
      largest = partArea;
      shape.label = labelPoint(rings);
    }
    shape.triangles.push_back(triangulate(rings));
    shape.parts.push_back(std::move(rings));
  }
  return shape;
}

// The n-th offer without coordinates in a district: on rings around its label point.
Vec2 spreadAround(Vec2 centre, int n) {
  if (n == 0) return centre;
  int ring = 1, first = 1;
  while (n >= first + 6 * ring) first += 6 * ring++;
  const double angle = 2.0 * M_PI * (n - first) / (6.0 * ring);
  return {centre.x + kRingSpacingMetres * ring * std::cos(angle),
          centre.y + kRingSpacingMetres * ring * std::sin(angle)};
}

}  // namespace

int OfferGrid::cellOf(double v, double origin, int cells) const {
  const double c = std::floor((v - origin) / cellSize_);
  return static_cast<int>(std::clamp(c, 0.0, static_cast<double>(cells - 1)));
}

void OfferGrid::build(const std::vector<Vec2>& points, const Bounds& bounds) {
  items_.clear();
  start_.clear();
  if (points.empty() || bounds.empty()) return;
  bounds_ = bounds;
  const double w = std::max(bounds.max.x - bounds.min.x, 1.0), h = std::max(bounds.max.y - bounds.min.y, 1.0);
  cellSize_ = std::max(std::sqrt(w * h * kOffersPerCell / static_cast<double>(points.size())), 1.0);
  columns_ = static_cast<int>(w / cellSize_) + 1;
  rows_ = static_cast<int>(h / cellSize_) + 1;
  std::vector<std::uint32_t> cellOfPoint(points.size());
  start_.assign(static_cast<std::size_t>(columns_ * rows_) + 1, 0);
  for (std::size_t i = 0; i < points.size(); ++i) {
    cellOfPoint[i] = static_cast<std::uint32_t>(cellOf(points[i].y, bounds.min.y, rows_) * columns_ +
                                                cellOf(points[i].x, bounds.min.x, columns_));
    ++start_[cellOfPoint[i] + 1];
  }
  for (std::size_t c = 1; c < start_.size(); ++c) start_[c] += start_[c - 1];
  items_.resize(points.size());
  std::vector<std::uint32_t> fill(start_.begin(), start_.end() - 1);
  for (std::size_t i = 0; i < points.size(); ++i) items_[fill[cellOfPoint[i]]++] = static_cast<std::uint32_t>(i);
}

int MapScene::districtAt(Vec2 p) const {
  for (std::size_t d = 0; d < districts.size(); ++d) {
    if (!districts[d].bounds.contains(p)) continue;
    for (const auto& rings : districts[d].parts)
      if (contains(rings, p)) return static_cast<int>(d);
  }
  return -1;
}

int MapScene::offerAt(Id id) const {
  const auto it = std::lower_bound(offerIndex.begin(), offerIndex.end(), std::make_pair(id, std::uint32_t{0}));
  return it != offerIndex.end() && it->first == id ? static_cast<int>(it->second) : -1;
}

void rebuildOffers(MapScene& scene, const Session& session) {
  scene.offers.clear();
  scene.offerIndex.clear();
  for (std::size_t i = 0; i < session.offers.size(); ++i)
    scene.offerIndex.emplace_back(session.offers[i].id, static_cast<std::uint32_t>(i));
  std::sort(scene.offerIndex.begin(), scene.offerIndex.end());
  scene.bounds = Bounds{};
  for (const DistrictShape& shape : scene.districts) scene.bounds.add(shape.bounds);
  std::vector<int> placedInDistrict(session.districts.size(), 0);
  for (const Offer& offer : session.offers) {
    Vec2 p;
    if (offer.hasLocation) {
      p = scene.projection.toPlane(offer.location);
    } else {
      const std::ptrdiff_t d = std::find_if(session.districts.begin(), session.districts.end(),
                                            [&](const District& x) { return x.id == offer.district; }) -
                               session.districts.begin();
      const auto index = static_cast<std::size_t>(d);
      if (index < scene.districts.size()) p = spreadAround(scene.districts[index].label, placedInDistrict[index]++);
    }
    scene.offers.push_back(p);
    scene.bounds.add(p);
  }
  scene.grid.build(scene.offers, scene.bounds);
  scene.fitBounds = Bounds{};
  for (const DistrictShape& shape : scene.districts) scene.fitBounds.add(shape.bounds);
  if (scene.fitBounds.empty()) scene.fitBounds = scene.bounds;
}

MapScene buildMapScene(const Session& session) {
  MapScene scene;
  scene.projection = projectionFor(session);
  for (const District& district : session.districts) scene.districts.push_back(shapeOf(district, scene.projection));
  rebuildOffers(scene, session);
  return scene;
}

}  // namespace nwk
