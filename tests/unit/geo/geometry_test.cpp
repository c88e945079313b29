#include "core/geo/label_point.hpp"
#include "core/geo/polygon.hpp"
#include "core/geo/projection.hpp"
#include "core/geo/simplify.hpp"
#include "core/geo/triangulate.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

namespace nwk {
namespace {

constexpr double kPi = 3.14159265358979323846;

PlaneRing rect(double x0, double y0, double x1, double y1) { return {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}}; }

PlaneRing reversed(PlaneRing ring) {
  std::reverse(ring.begin(), ring.end());
  return ring;
}

// A star with `points` spikes, radii alternating around `centre`; `wave` bends the outer radii.
PlaneRing star(std::size_t points, double inner, double outer, Vec2 centre = {}, double wave = 0.0) {
  PlaneRing ring;
  for (std::size_t i = 0; i < 2 * points; ++i) {
    const double angle = kPi * static_cast<double>(i) / static_cast<double>(points);
    const double r = i % 2 ? inner : outer * (1 + wave * std::sin(7 * angle));
    ring.push_back({centre.x + r * std::cos(angle), centre.y + r * std::sin(angle)});
  }
  return ring;
}

// C shape: a 10 x 10 square open to the right, 2 thick.
PlaneRing cShape() { return {{0, 0}, {10, 0}, {10, 2}, {2, 2}, {2, 8}, {10, 8}, {10, 10}, {0, 10}}; }

// Segments ab and cd cross at a point inside both (not at an end).
bool crossProperly(Vec2 a, Vec2 b, Vec2 c, Vec2 d) {
  const auto side = [](double v) { return (v > 0) - (v < 0); };
  const int s1 = side(cross(a, b, c)), s2 = side(cross(a, b, d)), s3 = side(cross(c, d, a)), s4 = side(cross(c, d, b));
  return s1 * s2 < 0 && s3 * s4 < 0;
}

// Checks that the triangles tile the polygon: each lies inside (its centroid is inside and none
// of its edges crosses a ring edge) and their areas sum to the polygon's.
void expectTiles(const std::vector<PlaneRing>& rings) {
  std::vector<Vec2> vertices;
  for (const PlaneRing& ring : rings) vertices.insert(vertices.end(), ring.begin(), ring.end());
  const std::vector<std::uint32_t> triangles = triangulate(rings);
  ASSERT_FALSE(triangles.empty());
  ASSERT_EQ(triangles.size() % 3, 0u);
  double sum = 0.0;
  for (std::size_t t = 0; t < triangles.size(); t += 3) {
    ASSERT_LT(triangles[t], vertices.size());
    ASSERT_LT(triangles[t + 1], vertices.size());
    ASSERT_LT(triangles[t + 2], vertices.size());
    const Vec2 a = vertices[triangles[t]], b = vertices[triangles[t + 1]], c = vertices[triangles[t + 2]];
    sum += std::abs(cross(a, b, c)) / 2;
    if (cross(a, b, c) == 0) continue;  // no area, nothing to place
    const Vec2 centre{(a.x + b.x + c.x) / 3, (a.y + b.y + c.y) / 3};
    EXPECT_TRUE(contains(rings, centre)) << "triangle " << t / 3 << " centred at " << centre.x << ", " << centre.y;
    for (const PlaneRing& ring : rings)
      for (std::size_t i = 0; i < ring.size(); ++i) {
        const Vec2 p = ring[i], q = ring[(i + 1) % ring.size()];
        ASSERT_FALSE(crossProperly(a, b, p, q) || crossProperly(b, c, p, q) || crossProperly(c, a, p, q))
            << "triangle " << t / 3 << " crosses ring edge " << i;
      }
  }
  EXPECT_NEAR(sum, area(rings), 1e-9 * area(rings));
}

District squareDistrict(Id id, double lon, double lat, double size) {
  District d;
  d.id = id;
  d.parts.push_back(Polygon{{{{lon, lat}, {lon + size, lat}, {lon + size, lat + size}, {lon, lat + size}}}});
  return d;
}

// [SECTION] Point in polygon

TEST(GeometryContains, InsideTheHoleIsOutside) {
  const std::vector<PlaneRing> rings{rect(0, 0, 10, 10), rect(4, 4, 6, 6)};
  EXPECT_TRUE(contains(rings, {1, 1}));
  EXPECT_TRUE(contains(rings, {5, 8}));
  EXPECT_FALSE(contains(rings, {5, 5}));
  EXPECT_FALSE(contains(rings, {11, 5}));
  EXPECT_FALSE(contains(rings, {-0.001, 5}));
}

TEST(GeometryContains, PointsOnEdgesAndVerticesCountAsInside) {
  const std::vector<PlaneRing> rings{reversed(rect(0, 0, 10, 10)), rect(4, 4, 6, 6)};
  for (Vec2 p :
       {Vec2{5, 0}, Vec2{5, 10}, Vec2{0, 5}, Vec2{10, 5}, Vec2{0, 0}, Vec2{10, 10}, Vec2{4, 5}, Vec2{6, 6}, Vec2{5, 4}})
    EXPECT_TRUE(contains(rings, p)) << p.x << ", " << p.y;
  const std::vector<PlaneRing> triangle{{{0, 0}, {3, 0}, {0, 3}}};
  EXPECT_TRUE(contains(triangle, {1.5, 1.5}));  // on the slanted edge
  EXPECT_TRUE(contains(triangle, {0.1, 2.9}));
  EXPECT_FALSE(contains(triangle, {1.5, 1.5000001}));
}

TEST(GeometryContains, LonLatPolygonsOnEdgesAndOutsideTheBox) {
  const Polygon polygon{{{{12.0, 49.0}, {12.2, 49.0}, {12.2, 49.1}, {12.0, 49.1}}}};
  EXPECT_TRUE(contains(polygon, LonLat{12.1, 49.05}));
  EXPECT_TRUE(contains(polygon, LonLat{12.1, 49.0}));
  EXPECT_TRUE(contains(polygon, LonLat{12.2, 49.1}));
  EXPECT_FALSE(contains(polygon, LonLat{12.3, 49.05}));
  EXPECT_FALSE(contains(polygon, LonLat{12.1, 48.9}));
  EXPECT_FALSE(contains(Polygon{}, LonLat{12.1, 49.05}));
}

TEST(GeometryContains, MultiPartDistrictsAnsweringForEitherPart) {
  Session session;
  District twoParts = squareDistrict(7, 12.0, 49.0, 0.01);
  twoParts.parts.push_back(squareDistrict(0, 12.1, 49.0, 0.01).parts[0]);
  session.districts.push_back(squareDistrict(3, 12.02, 49.0, 0.01));
  session.districts.push_back(twoParts);
  EXPECT_EQ(districtAt(session, {12.005, 49.005}), 7u);
  EXPECT_EQ(districtAt(session, {12.105, 49.005}), 7u);
  EXPECT_EQ(districtAt(session, {12.025, 49.005}), 3u);
  EXPECT_EQ(districtAt(session, {12.05, 49.005}), kNoId);  // between the parts
  EXPECT_EQ(districtAt(session, {13.0, 50.0}), kNoId);
  EXPECT_TRUE(contains(twoParts, LonLat{12.11, 49.01}));  // a corner of the second part
}

TEST(GeometryArea, SignFollowsOrientationAndHolesSubtract) {
  EXPECT_DOUBLE_EQ(signedArea(rect(0, 0, 4, 3)), 12.0);
  EXPECT_DOUBLE_EQ(signedArea(reversed(rect(0, 0, 4, 3))), -12.0);
  EXPECT_DOUBLE_EQ(area({reversed(rect(0, 0, 10, 10)), rect(1, 1, 3, 3), reversed(rect(5, 5, 6, 6))}), 95.0);
  EXPECT_DOUBLE_EQ(signedArea(rect(1e6, 5e6, 1e6 + 1, 5e6 + 1)), 1.0);  // far from the origin
  EXPECT_EQ(area({}), 0.0);
  Bounds b;
  EXPECT_TRUE(b.empty());
  b.add(Vec2{2, -1});
  b.add(Vec2{-3, 4});
  EXPECT_FALSE(b.empty());
  EXPECT_EQ(b.min, (Vec2{-3, -1}));
  EXPECT_EQ(b.max, (Vec2{2, 4}));
}

// [SECTION] Triangulation

TEST(GeometryTriangulate, ConcaveShapes) {
  expectTiles({{{0, 0}, {6, 0}, {6, 2}, {2, 2}, {2, 6}, {0, 6}}});  // L
  expectTiles({cShape()});
  expectTiles({reversed(cShape())});
  PlaneRing comb{{0, 0}, {20, 0}};
  for (int tooth = 9; tooth >= 0; --tooth) {
    const double x = 2.0 * tooth;
    comb.insert(comb.end(), {{x + 1.5, 1}, {x + 1.5, 8}, {x + 0.5, 8}, {x + 0.5, 1}});
  }
  expectTiles({comb});
}

TEST(GeometryTriangulate, HolesInAnyOrientation) {
  expectTiles({rect(0, 0, 10, 10), rect(2, 2, 4, 4), reversed(rect(6, 5, 8, 9))});
  expectTiles({reversed(rect(0, 0, 10, 10)), reversed(rect(2, 2, 4, 4)), rect(2, 6, 8, 8)});
  // The hole's leftmost point level with an outline vertex.
  expectTiles({{{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 5}}, rect(3, 5, 5, 7)});
}

TEST(GeometryTriangulate, HolesTouchingTheOutline) {
  const PlaneRing wedge{{0, 5}, {3, 3}, {3, 7}};  // its tip on the outline's left edge
  expectTiles({rect(0, 0, 10, 10), wedge});
  expectTiles({{{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 5}}, reversed(wedge)});  // tip on a vertex
  expectTiles({rect(0, 0, 10, 10), {{10, 5}, {7, 7}, {7, 3}}});                  // on the right edge
}

TEST(GeometryTriangulate, HolesTouchingEachOther) {
  const auto diamond = [](double x, double y) { return PlaneRing{{x, y + 1}, {x - 1, y}, {x, y - 1}, {x + 1, y}}; };
  expectTiles({rect(0, 0, 7, 7), diamond(3, 3), diamond(3, 5)});
  expectTiles({rect(0, 0, 9, 9), diamond(2, 4), diamond(4, 4), reversed(diamond(6, 4)), diamond(4, 6)});
  // Diamonds touching each other and the outline in a tree (found by a randomised search).
  expectTiles(
      {{{0, 1}, {0, 4}, {0, 5}, {0, 7}, {1, 7}, {3, 7}, {4, 7}, {7, 7}, {7, 6}, {7, 4}, {7, 0}, {5, 0}, {4, 0}, {0, 0}},
       {{3, 2}, {4, 1}, {3, 0}, {2, 1}},
       {{3, 6}, {4, 5}, {5, 6}, {4, 7}},
       {{3, 2}, {2, 3}, {3, 4}, {4, 3}},
       {{7, 4}, {6, 3}, {5, 4}, {6, 5}},
       {{1, 5}, {2, 6}, {3, 5}, {2, 4}},
       {{4, 2}, {5, 3}, {6, 2}, {5, 1}}});
}

TEST(GeometryTriangulate, WavyStarWithHole) {
  const std::vector<PlaneRing> rings{star(250, 40, 100, {}, 0.2), reversed(star(12, 10, 25))};
  ASSERT_EQ(rings[0].size(), 500u);
  expectTiles(rings);
}

TEST(GeometryTriangulate, CollinearAndRepeatedPoints) {
  // A square with extra points along its edges, one point twice, and the first point repeated.
  expectTiles({{{0, 0}, {2, 0}, {4, 0}, {4, 0}, {4, 2}, {4, 4}, {2, 4}, {0, 4}, {0, 2}, {0, 0}}});
  // Collinear run along the hole's edge too.
  expectTiles({rect(0, 0, 6, 6), {{2, 2}, {2, 3}, {2, 4}, {4, 4}, {4, 2}, {3, 2}}});
}

TEST(GeometryTriangulate, ProceduralDistrict) {
  // A district-sized outline in lon/lat (about 3 x 2 km, 360 vertices with a river notch and a
  // lake), projected as the map does.
  Ring outline, lake;
  const LonLat centre{12.1, 49.02};
  for (int i = 0; i < 360; ++i) {
    const double a = 2 * kPi * i / 360;
    double r = 1 + 0.08 * std::sin(5 * a) + 0.03 * std::cos(17 * a);
    if (i > 80 && i < 100) r *= 0.35;  // the notch
    outline.push_back({centre.lon + 0.02 * r * std::cos(a), centre.lat + 0.009 * r * std::sin(a)});
  }
  for (int i = 0; i < 30; ++i) {
    const double a = -2 * kPi * i / 30;
    lake.push_back({centre.lon - 0.006 + 0.003 * std::cos(a), centre.lat + 0.002 * std::sin(a)});
  }
  const Projection projection = projectionAround(centre);
  const std::vector<PlaneRing> rings{project(outline, projection), project(lake, projection)};
  expectTiles(rings);
  EXPECT_GT(area(rings), 3e6);
}

TEST(GeometryTriangulate, DegenerateInputGivesNoTrianglesAndEnds) {
  EXPECT_TRUE(triangulate({}).empty());
  EXPECT_TRUE(triangulate({{{0, 0}, {1, 1}}}).empty());
  EXPECT_TRUE(triangulate({{{0, 0}, {1, 1}, {2, 2}, {3, 3}}}).empty());
  // Self-crossing: no promise about the triangles, only that it returns valid indices.
  const std::vector<PlaneRing> bowTie{{{0, 0}, {4, 4}, {4, 0}, {0, 4}}};
  for (std::uint32_t i : triangulate(bowTie)) EXPECT_LT(i, 4u);
}

// [SECTION] Self-intersection

double distanceToRing(Vec2 p, const PlaneRing& ring) {
  double nearest = 1e300;
  for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
    const Vec2 a = ring[j], b = ring[i], d{b.x - a.x, b.y - a.y};
    const double t = std::clamp(((p.x - a.x) * d.x + (p.y - a.y) * d.y) / (d.x * d.x + d.y * d.y), 0.0, 1.0);
    nearest = std::min(nearest, std::hypot(a.x + t * d.x - p.x, a.y + t * d.y - p.y));
  }
  return nearest;
}

TEST(GeometrySimplifyRing, CollinearPointsGoCornersStay) {
  const PlaneRing square{{0, 0}, {2, 0}, {4, 0}, {4, 2}, {4, 4}, {2, 4.01}, {0, 4}, {0, 2}};
  EXPECT_EQ(simplifyRing(square, 0.1), (PlaneRing{{0, 0}, {4, 0}, {4, 4}, {0, 4}}));
  EXPECT_EQ(simplifyRing(square, 0.001).size(), 5u) << "a bend larger than the tolerance stays";
  EXPECT_EQ(simplifyRing(star(50, 40, 100), 0.5).size(), 100u) << "every spike stays";
  EXPECT_EQ(simplifyRing(rect(0, 0, 1, 1), 10), (PlaneRing{{0, 0}, {1, 1}})) << "thinner than the tolerance";
  EXPECT_EQ(simplifyRing({{0, 0}, {1, 0}, {0, 1}}, 10).size(), 3u);
}

TEST(GeometrySimplifyRing, EveryDroppedPointStaysWithinTheTolerance) {
  PlaneRing ring;  // a wavy circle of 500 points, radius about 100
  for (int i = 0; i < 500; ++i) {
    const double a = 2 * kPi * i / 500, r = 100 * (1 + 0.05 * std::sin(11 * a));
    ring.push_back({r * std::cos(a), r * std::sin(a)});
  }
  for (double tolerance : {0.05, 0.5, 2.0}) {
    const PlaneRing simple = simplifyRing(ring, tolerance);
    EXPECT_LT(simple.size(), ring.size());
    EXPECT_EQ(simple.front(), ring.front());
    auto next = ring.begin();
    for (Vec2 p : simple) next = std::find(next, ring.end(), p);  // kept points in order
    EXPECT_NE(next, ring.end());
    for (Vec2 p : ring) EXPECT_LE(distanceToRing(p, simple), tolerance + 1e-9);
  }
}

TEST(GeometrySelfIntersection, FindsTheFirstCrossingEdge) {
  EXPECT_EQ(selfIntersection({{0, 0}, {1, 1}, {1, 0}, {0, 1}}), 0u);  // bow-tie
  EXPECT_EQ(selfIntersection(star(500, 30, 100)), std::nullopt);
  EXPECT_EQ(selfIntersection(cShape()), std::nullopt);
  // Only the closing edge (4 -> 0) crosses: edge 1, the vertical at x = 4.
  EXPECT_EQ(selfIntersection({{0, 2}, {4, 0}, {4, 4}, {6, 4}, {6, 1}}), 1u);
  // The closing edge folds back over the first edge.
  EXPECT_EQ(selfIntersection({{0, 0}, {4, 0}, {4, 4}, {0, 4}, {2, 0}}), 0u);
  // A flat triangle: neighbouring edges fold back onto each other.
  EXPECT_EQ(selfIntersection({{0, 0}, {2, 0}, {1, 0}}), 0u);
  // A ring touching itself at a vertex (a figure eight) is not simple either.
  EXPECT_EQ(selfIntersection({{0, 0}, {2, 2}, {4, 0}, {4, 4}, {2, 2}, {0, 4}}), 0u);
}

TEST(GeometrySelfIntersection, RepeatedPointsAreNoCrossing) {
  EXPECT_EQ(selfIntersection({{0, 0}, {4, 0}, {4, 0}, {4, 4}, {0, 4}, {0, 0}}), std::nullopt);
  EXPECT_EQ(selfIntersection({{0, 0}, {0, 0}, {0, 0}}), std::nullopt);
  // The index refers to the input: edge 0 has no length, edge 1 runs from (0, 1) to (1, 0).
  EXPECT_EQ(selfIntersection({{0, 1}, {0, 1}, {1, 0}, {1, 0}, {1, 1}, {0, 0}}), 1u);
}

// [SECTION] Label point

TEST(GeometryLabelPoint, InsideAndAwayFromTheEdges) {
  const std::vector<PlaneRing> c{cShape()};
  const Vec2 label = labelPoint(c);
  EXPECT_TRUE(contains(c, label));
  EXPECT_GT(std::min({label.x, label.y, 10 - label.y}), 0.8);  // inside the bar, not on its rim
  EXPECT_LT(label.x, 2.0);

  const std::vector<PlaneRing> donut{rect(0, 0, 10, 10), rect(2, 2, 8, 8)};
  const Vec2 ringLabel = labelPoint(donut);
  EXPECT_TRUE(contains(donut, ringLabel));
  EXPECT_FALSE(contains({rect(2, 2, 8, 8)}, ringLabel));

  const Vec2 square = labelPoint({rect(0, 0, 10, 10)});
  EXPECT_NEAR(square.x, 5.0, 0.1);
  EXPECT_NEAR(square.y, 5.0, 0.1);
}

// [SECTION] Projections

TEST(GeometryProjection, RoundTripAndMetres) {
  const Projection projection = projectionAround({12.1, 49.0});
  for (LonLat p : {LonLat{12.1, 49.0}, LonLat{12.35, 48.9}, LonLat{11.8, 49.2}, LonLat{12.0984, 49.0195}}) {
    const LonLat back = projection.toLonLat(projection.toPlane(p));
    EXPECT_NEAR(back.lon, p.lon, 1e-9);
    EXPECT_NEAR(back.lat, p.lat, 1e-9);
  }
  // One kilometre east at 49° N: one degree of longitude there is 73.172 km (GRS80). Checked
  // independently through UTM on the central meridian of zone 32, where the scale is 0.9996.
  const double east = 1000.0 / 73'172.0;
  const Projection at9 = projectionAround({9.0, 49.0});
  EXPECT_NEAR(at9.toPlane({9.0 + east, 49.0}).x, 1000.0, 0.05);
  const Vec2 u0 = lonLatToUtm({9.0, 49.0}, 32), u1 = lonLatToUtm({9.0 + east, 49.0}, 32);
  EXPECT_NEAR(std::hypot(u1.x - u0.x, u1.y - u0.y) / 0.9996, at9.toPlane({9.0 + east, 49.0}).x, 0.01);
  // A kilometre north: the meridian degree at 49° N is 111.21 km.
  EXPECT_NEAR(at9.toPlane({9.0, 49.0 + 1000.0 / 111'210.0}).y, 1000.0, 0.05);
}

TEST(GeometryProjection, CentredOnTheDistrictsElseTheOffers) {
  Session session;
  EXPECT_EQ(projectionFor(session).origin, (LonLat{0, 0}));
  Offer offer;
  offer.hasLocation = true;
  offer.location = {12.0, 49.0};
  session.offers.push_back(offer);
  EXPECT_EQ(projectionFor(session).origin, (LonLat{12.0, 49.0}));
  session.districts.push_back(squareDistrict(1, 11.0, 48.0, 0.2));
  session.districts.push_back(squareDistrict(2, 11.4, 48.2, 0.2));
  const Projection projection = projectionFor(session);
  EXPECT_NEAR(projection.origin.lon, 11.3, 1e-12);
  EXPECT_NEAR(projection.origin.lat, 48.2, 1e-12);
  EXPECT_NEAR(projection.metresPerDegreeLon, 74'336, 1);  // a degree of longitude at 48.2° N
}

TEST(GeometryUtm, MatchesPublishedTransformations) {
  // Expected values from PROJ 9.1 (cs2cs EPSG:4258 to EPSG:25833 / EPSG:25832).
  struct Case {
    LonLat p;
    int zone;
    double easting, northing;
  };
  const Case cases[] = {
      {{12.0984, 49.0195}, 33, 287'865.1197, 5'433'680.2624},  // Regensburg, Dom
      {{12.0984, 49.0195}, 32, 726'520.9598, 5'434'249.4408}, {{9.0, 52.0}, 32, 500'000.0, 5'761'038.2125},
      {{7.5, 47.5}, 32, 387'030.9632, 5'261'820.1098},        {{14.9, 54.5}, 33, 493'523.8480, 6'039'158.8273},
  };
  for (const Case& c : cases) {
    const Vec2 utm = lonLatToUtm(c.p, c.zone);
    EXPECT_NEAR(utm.x, c.easting, 0.001) << c.p.lon << ", " << c.p.lat << " zone " << c.zone;
    EXPECT_NEAR(utm.y, c.northing, 0.001) << c.p.lon << ", " << c.p.lat << " zone " << c.zone;
    const LonLat back = utmToLonLat(c.easting, c.northing, c.zone);
    EXPECT_NEAR(back.lon, c.p.lon, 1e-8);  // 1e-8° is under a millimetre
    EXPECT_NEAR(back.lat, c.p.lat, 1e-8);
  }
  const LonLat inverse = utmToLonLat(288'000, 5'433'000, 33);
  EXPECT_NEAR(inverse.lon, 12.1005977063, 1e-9);
  EXPECT_NEAR(inverse.lat, 49.0134348351, 1e-9);
}

TEST(GeometryUtm, RoundTripsAndMirrorsAcrossZones) {
  for (double lat = 47.0; lat <= 55.0; lat += 0.5)
    for (double lon = 5.5; lon <= 15.5; lon += 0.5) {
      const int zone = lon < 12.0 ? 32 : 33;
      const Vec2 utm = lonLatToUtm({lon, lat}, zone);
      const LonLat back = utmToLonLat(utm.x, utm.y, zone);
      EXPECT_NEAR(back.lon, lon, 1e-10);
      EXPECT_NEAR(back.lat, lat, 1e-10);
      const Vec2 again = lonLatToUtm(back, zone);
      EXPECT_NEAR(again.x, utm.x, 1e-6);
      EXPECT_NEAR(again.y, utm.y, 1e-6);
    }
  // 12° E is the border: 3° east of zone 32's meridian, 3° west of zone 33's. The two grids
  // mirror each other there.
  const Vec2 in32 = lonLatToUtm({12.0, 49.0}, 32), in33 = lonLatToUtm({12.0, 49.0}, 33);
  EXPECT_NEAR(in32.x - 500'000, 500'000 - in33.x, 1e-6);
  EXPECT_NEAR(in32.y, in33.y, 1e-6);
}

}  // namespace
}  // namespace nwk
