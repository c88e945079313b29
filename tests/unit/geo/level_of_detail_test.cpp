#include "core/geo/level_of_detail.hpp"

#include <gtest/gtest.h>

#include "core/geo/triangulate.hpp"

namespace nwk {
namespace {

PlaneRing square(double x0, double y0, double side) {
  return {{x0, y0}, {x0 + side, y0}, {x0 + side, y0 + side}, {x0, y0 + side}};
}

// A 1000 m square whose south edge bends out by bump metres at its middle.
PlaneRing bumpedSquare(double bump) { return {{0, 0}, {500, -bump}, {1000, 0}, {1000, 1000}, {0, 1000}}; }

// A scene of districts with one part each, triangulated as buildMapScene does.
MapScene sceneOf(const std::vector<std::vector<PlaneRing>>& parts) {
  MapScene scene;
  for (const std::vector<PlaneRing>& rings : parts) {
    DistrictShape shape;
    shape.parts.push_back(rings);
    shape.triangles.push_back(triangulate(rings));
    scene.districts.push_back(shape);
  }
  return scene;
}

TEST(LevelOfDetail, OneLevelPerOctaveOfMetresPerPixel) {
  EXPECT_EQ(detailLevel(1.0), 0);
  EXPECT_EQ(detailLevel(1.99), 0);
  EXPECT_EQ(detailLevel(2.0), 1);
  EXPECT_EQ(detailLevel(0.7), -1);
  EXPECT_EQ(detailLevel(0.5), -1);
  EXPECT_EQ(detailLevel(1000.0), 9);
}

TEST(LevelOfDetail, ARingKeepsWhatHalfAPixelCanShow) {
  EXPECT_EQ(ringAtZoom(bumpedSquare(1.5), 2.0).size(), 5u);  // the bump is 1.5 px: kept
  EXPECT_EQ(ringAtZoom(bumpedSquare(1.5), 3.9).size(), 4u);  // 0.4 px: dropped
}

TEST(LevelOfDetail, ALevelIsMadeForItsOctavesFinestZoom) {
  const MapScene scene = sceneOf({{bumpedSquare(1.5)}});
  DetailLevels levels;
  EXPECT_EQ(levels.at(scene, 1, 3.9)[0][0].rings[0].size(), 5u);  // as at 2 m per pixel
  EXPECT_EQ(levels.at(scene, 1, 4.0)[0][0].rings[0].size(), 4u);
  EXPECT_EQ(levels.at(scene, 1, 1.99)[0][0].rings[0].size(), 5u);
}

TEST(LevelOfDetail, ZoomingWithinAnOctaveReusesItsLevel) {
  const MapScene scene = sceneOf({{bumpedSquare(1.5)}});
  DetailLevels levels;
  const DistrictDetail* two = &levels.at(scene, 1, 2.0);
  EXPECT_EQ(&levels.at(scene, 1, 3.99), two);
  const DistrictDetail* four = &levels.at(scene, 1, 4.0);
  EXPECT_NE(four, two);
  EXPECT_EQ(&levels.at(scene, 1, 2.5), two);  // back to an octave seen before
}

TEST(LevelOfDetail, AnotherGenerationIsSimplifiedAfresh) {
  const MapScene first = sceneOf({{square(0, 0, 100)}});
  const MapScene second = sceneOf({{square(500, 500, 100)}, {square(0, 0, 100)}});
  DetailLevels levels;
  ASSERT_EQ(levels.at(first, 1, 1.0).size(), 1u);
  EXPECT_EQ(levels.at(second, 1, 1.0).size(), 1u);  // the generation names the scene
  const DistrictDetail& now = levels.at(second, 2, 1.0);
  ASSERT_EQ(now.size(), 2u);
  EXPECT_EQ(now[0][0].rings[0][0], (Vec2{500, 500}));
}

TEST(LevelOfDetail, TrianglesAreTheScenesWhereNoPointWasDropped) {
  MapScene scene = sceneOf({{bumpedSquare(1.5)}});
  scene.districts[0].triangles[0] = {0, 1, 2, 0, 1, 2, 0, 1, 2};  // no triangulation gives these
  const DistrictDetail fine = districtsAtZoom(scene, 1.0);
  EXPECT_EQ(fine[0][0].triangles, scene.districts[0].triangles[0]);
  const DistrictDetail coarse = districtsAtZoom(scene, 16.0);
  ASSERT_EQ(coarse[0][0].rings[0].size(), 4u);
  EXPECT_EQ(coarse[0][0].triangles.size(), 6u);  // the square without its bump, filled again
  for (std::uint32_t i : coarse[0][0].triangles) EXPECT_LT(i, 4u);
}

TEST(LevelOfDetail, PartsAndHolesTooSmallToSeeAreLeftOut) {
  MapScene scene = sceneOf({{square(0, 0, 1000), square(400, 400, 1)}});
  scene.districts[0].parts.push_back({square(2000, 0, 1)});
  scene.districts[0].triangles.push_back(triangulate({square(2000, 0, 1)}));
  const DistrictDetail fine = districtsAtZoom(scene, 0.25);
  ASSERT_EQ(fine.size(), 1u);
  ASSERT_EQ(fine[0].size(), 2u);
  EXPECT_EQ(fine[0][0].rings.size(), 2u);
  EXPECT_EQ(fine[0][1].rings.size(), 1u);
  const DistrictDetail coarse = districtsAtZoom(scene, 8.0);
  ASSERT_EQ(coarse[0].size(), 2u);  // every part keeps its place
  EXPECT_EQ(coarse[0][0].rings.size(), 1u);
  EXPECT_TRUE(coarse[0][1].rings.empty());
  EXPECT_TRUE(coarse[0][1].triangles.empty());
}

}  // namespace
}  // namespace nwk
