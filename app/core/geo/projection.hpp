// From WGS84 lon/lat to the map's plane and back: a local equirectangular projection (metres
// east/north of an origin) and the transverse Mercator of German open data (ETRS89 / UTM).
// In core/geo (the map's plane: projection, polygons, triangulation, simplification, levels of detail, clustering,
// labels, the scene); may use core/text, core/model, core/io.
#pragma once
#include "core/geo/plane.hpp"
#include "core/model/model.hpp"

namespace nwk {

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

// ETRS89 / UTM (EPSG:25832 zone 32, 25833 zone 33; northern hemisphere) to lon/lat and back,
// accurate to millimetres within the zone.
LonLat utmToLonLat(double easting, double northing, int zone);
Vec2 lonLatToUtm(LonLat p, int zone);

}  // namespace nwk
