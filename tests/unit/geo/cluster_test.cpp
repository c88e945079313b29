#include "core/geo/cluster.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <numeric>
#include <random>
#include <utility>

namespace nwk {
namespace {

std::vector<int> everyIndex(std::size_t n) {
  std::vector<int> all(n);
  std::iota(all.begin(), all.end(), 0);
  return all;
}

// n points spread over the square -size..size, the same every run.
std::vector<Vec2> scattered(std::size_t n, double size) {
  std::mt19937 random(7);
  std::uniform_real_distribution<double> coordinate(-size, size);
  std::vector<Vec2> points(n);
  for (Vec2& p : points) p = {coordinate(random), coordinate(random)};
  return points;
}

std::vector<int> firsts(const std::vector<Cluster>& clusters) {
  std::vector<int> out;
  for (const Cluster& c : clusters) out.push_back(c.first);
  return out;
}

TEST(Cluster, EveryCandidateInTheAreaIsInExactlyOneClusterOfItsCell) {
  const std::vector<Vec2> points = scattered(2000, 5000);
  std::vector<int> candidates;
  for (int i = 0; i < 2000; i += 2) candidates.push_back(i);
  const Bounds area{{-3000, -2000}, {3000, 4000}};
  const double cell = 250;
  std::map<std::pair<double, double>, std::pair<int, int>> expected;  // cell -> first, count
  for (int i : candidates) {
    const Vec2 p = points[static_cast<std::size_t>(i)];
    if (!area.contains(p)) continue;
    ++expected.try_emplace({std::floor(p.x / cell), std::floor(p.y / cell)}, i, 0).first->second.second;
  }
  const std::vector<Cluster> clusters = clusterPoints(points, candidates, area, cell);
  ASSERT_EQ(clusters.size(), expected.size());
  int counted = 0;
  for (const Cluster& c : clusters) {
    const Vec2 p = points[static_cast<std::size_t>(c.first)];
    EXPECT_EQ(expected.at({std::floor(p.x / cell), std::floor(p.y / cell)}), std::make_pair(c.first, c.count));
    counted += c.count;
  }
  int inArea = 0;
  for (int i : candidates) inArea += area.contains(points[static_cast<std::size_t>(i)]);
  EXPECT_EQ(counted, inArea);
}

TEST(Cluster, PanningKeepsEveryClusterAsItWas) {
  const std::vector<Vec2> points = scattered(500, 1000);
  const std::vector<Cluster> before =
      clusterPoints(points, everyIndex(points.size()), {{-2000, -2000}, {2000, 2000}}, 90);
  const std::vector<Cluster> after =
      clusterPoints(points, everyIndex(points.size()), {{-1234.5, -1987.6}, {2765.5, 2012.4}}, 90);
  ASSERT_EQ(before.size(), after.size());
  for (std::size_t i = 0; i < before.size(); ++i) {
    EXPECT_EQ(before[i].first, after[i].first);
    EXPECT_EQ(before[i].count, after[i].count);
    EXPECT_EQ(before[i].centre, after[i].centre);
  }
}

TEST(Cluster, CellsAreFixedToThePlaneOnBothSidesOfZero) {
  const Bounds area{{-1000, -1000}, {1000, 1000}};
  const auto count = [&](std::vector<Vec2> points) {
    return clusterPoints(points, everyIndex(points.size()), area, 100).size();
  };
  EXPECT_EQ(count({{99.5, 10}, {100.5, 10}}), 2u);  // a metre apart, across a cell's edge
  EXPECT_EQ(count({{100.5, 10}, {199.5, 10}}), 1u);
  EXPECT_EQ(count({{-0.5, 10}, {0.5, 10}}), 2u);
  EXPECT_EQ(count({{-99.5, -10}, {-0.5, -99.5}}), 1u);
  EXPECT_EQ(count({{10, -0.5}, {10, 0.5}}), 2u);
}

TEST(Cluster, OrderIsNorthToSouthThenWestToEast) {
  const std::vector<Vec2> points{{150, 50}, {50, 50}, {150, 150}, {50, 150}};
  const std::vector<Cluster> clusters = clusterPoints(points, everyIndex(4), {{0, 0}, {200, 200}}, 100);
  EXPECT_EQ(firsts(clusters), (std::vector<int>{3, 2, 1, 0}));
}

TEST(Cluster, AClusterIsKnownByItsLowestIndexAndLiesAtItsMean) {
  const std::vector<Vec2> points{{10, 20}, {40, 80}, {70, 50}};
  const std::vector<Cluster> clusters = clusterPoints(points, {2, 0, 1}, {{0, 0}, {100, 100}}, 100);
  ASSERT_EQ(clusters.size(), 1u);
  EXPECT_EQ(clusters[0].first, 0);
  EXPECT_EQ(clusters[0].count, 3);
  EXPECT_DOUBLE_EQ(clusters[0].centre.x, 40);
  EXPECT_DOUBLE_EQ(clusters[0].centre.y, 50);
}

TEST(Cluster, LeavesOutPointsOutsideTheAreaAndThoseNotNamed) {
  const std::vector<Vec2> points{{10, 10}, {20, 20}, {500, 10}, {30, 30}};
  const std::vector<Cluster> clusters = clusterPoints(points, {1, 2, 3}, {{0, 0}, {100, 100}}, 1000);
  ASSERT_EQ(clusters.size(), 1u);
  EXPECT_EQ(clusters[0].first, 1);
  EXPECT_EQ(clusters[0].count, 2);
  EXPECT_TRUE(clusterPoints(points, {}, {{0, 0}, {100, 100}}, 10).empty());
}

TEST(Cluster, SnapToCellsGrowsTheAreaToWholeCells) {
  const Bounds snapped = snapToCells({{-130, 20}, {270, 380}}, 100);
  EXPECT_EQ(snapped.min, (Vec2{-200, 0}));
  EXPECT_EQ(snapped.max, (Vec2{300, 400}));
  const Bounds whole = snapToCells({{-200, 0}, {300, 400}}, 100);
  EXPECT_EQ(whole.min, (Vec2{-200, 0}));
  EXPECT_EQ(whole.max, (Vec2{300, 400}));
}

}  // namespace
}  // namespace nwk
