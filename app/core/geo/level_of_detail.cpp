#include "core/geo/level_of_detail.hpp"

#include <cmath>
#include <utility>

#include "core/geo/simplify.hpp"
#include "core/geo/triangulate.hpp"

namespace nwk {
namespace {

// A part's rings as seen at this zoom; none when the outline itself is too small to see.
std::vector<PlaneRing> shownRings(const std::vector<PlaneRing>& rings, double mpp) {
  std::vector<PlaneRing> shown;
  for (const PlaneRing& ring : rings) {
    PlaneRing s = ringAtZoom(ring, mpp);
    if (s.size() >= 3) shown.push_back(std::move(s));
    else if (shown.empty()) return {};
  }
  return shown;
}

bool unchanged(const std::vector<PlaneRing>& shown, const std::vector<PlaneRing>& rings) {
  if (shown.size() != rings.size()) return false;
  for (std::size_t r = 0; r < rings.size(); ++r)
    if (shown[r].size() != rings[r].size()) return false;
  return true;
}

}  // namespace

int detailLevel(double metresPerPixel) { return static_cast<int>(std::floor(std::log2(metresPerPixel))); }

PlaneRing ringAtZoom(const PlaneRing& ring, double metresPerPixel) {
  PlaneRing out;
  for (Vec2 p : ring)
    if (out.empty() || std::fabs(p.x - out.back().x) + std::fabs(p.y - out.back().y) >= metresPerPixel * 1.5)
      out.push_back(p);
  return simplifyRing(out, metresPerPixel * 0.5);
}

DistrictDetail districtsAtZoom(const MapScene& scene, double metresPerPixel) {
  DistrictDetail detail(scene.districts.size());
  for (std::size_t d = 0; d < scene.districts.size(); ++d) {
    const DistrictShape& shape = scene.districts[d];
    for (std::size_t p = 0; p < shape.parts.size(); ++p) {
      PartDetail part{shownRings(shape.parts[p], metresPerPixel), {}};
      if (!part.rings.empty())
        part.triangles = unchanged(part.rings, shape.parts[p]) ? shape.triangles[p] : triangulate(part.rings);
      detail[d].push_back(std::move(part));
    }
  }
  return detail;
}

const DistrictDetail& DetailLevels::at(const MapScene& scene, std::uint64_t generation, double metresPerPixel) {
  if (generation_ != generation) {
    levels_.clear();
    generation_ = generation;
  }
  const int level = detailLevel(metresPerPixel);
  auto [found, made] = levels_.try_emplace(level);
  if (made) found->second = districtsAtZoom(scene, std::ldexp(1.0, level));
  return found->second;
}

}  // namespace nwk
