// The districts as the map shows them at a zoom: outlines without the points a pixel cannot
// show, parts and holes too small to see left out, filled again (triangulated) where points
// were dropped. One level of detail per octave of metres per pixel, made on first use and kept
// until the districts change, so zooming within an octave, or back to one seen before, costs
// nothing.
// In core/geo (the map's plane: projection, polygons, triangulation, simplification, levels of detail, clustering,
// labels, the scene); may use core/text, core/model, core/io.
#pragma once
#include <cstdint>
#include <map>
#include <vector>

#include "core/geo/map_scene.hpp"

namespace nwk {

// A district's part at one level of detail: its rings as seen at that zoom (none when too
// small to see) and their triangles (index triples, as triangulate gives them).
struct PartDetail {
  std::vector<PlaneRing> rings;
  std::vector<std::uint32_t> triangles;
};
using DistrictDetail = std::vector<std::vector<PartDetail>>;  // district, part

// The octave of a zoom, floor(log2(metresPerPixel)): its level of detail is made for the
// octave's finest zoom, 2^level metres per pixel.
int detailLevel(double metresPerPixel);

// A ring as seen at metresPerPixel: first without the points closer than a pixel and a half
// to the last one kept (cheap, so a detailed border costs no more than a simple one), then
// without those that keep it within half a pixel of its shape.
PlaneRing ringAtZoom(const PlaneRing& ring, double metresPerPixel);

// Every district's parts of the scene as seen at metresPerPixel; a part's triangles are the
// scene's where no point was dropped.
DistrictDetail districtsAtZoom(const MapScene& scene, double metresPerPixel);

// The levels of detail made so far of one scene, known by its generation (a number that
// changes whenever the scene's districts do).
class DetailLevels {
 public:
  // The districts at the level of metresPerPixel's octave; made now if not yet made for this
  // generation (the levels of another generation are forgotten).
  const DistrictDetail& at(const MapScene& scene, std::uint64_t generation, double metresPerPixel);

 private:
  std::uint64_t generation_ = ~std::uint64_t{0};
  std::map<int, DistrictDetail> levels_;
};

}  // namespace nwk
