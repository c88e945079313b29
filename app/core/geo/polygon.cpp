#include "core/geo/polygon.hpp"

#include <algorithm>
#include <cmath>

namespace nwk {

namespace {

// The bounding boxes of segments ab and cd do not meet.
bool apart(Vec2 a, Vec2 b, Vec2 c, Vec2 d) {
  return std::max(a.x, b.x) < std::min(c.x, d.x) || std::max(c.x, d.x) < std::min(a.x, b.x) ||
         std::max(a.y, b.y) < std::min(c.y, d.y) || std::max(c.y, d.y) < std::min(a.y, b.y);
}

// p lies on segment ab, up to the rounding of the coordinates (exact for axis-parallel edges).
bool onSegment(Vec2 a, Vec2 b, Vec2 p) {
  if (!inBox(a, b, p)) return false;
  const double length = std::abs(b.x - a.x) + std::abs(b.y - a.y);
  const double scale = std::abs(p.x) + std::abs(p.y) + std::abs(p.x - a.x) + std::abs(p.y - a.y);
  return std::abs(cross(a, b, p)) <= 1e-12 * length * scale;
}

enum class RingHit { Outside, Inside, Edge };

// Even-odd crossing test of one ring; Edge when p is on its boundary.
template <class Point> RingHit ringHit(const std::vector<Point>& ring, Vec2 p) {
  bool inside = false;
  for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
    const Vec2 a = xy(ring[j]), b = xy(ring[i]);
    if (onSegment(a, b, p)) return RingHit::Edge;
    if ((a.y > p.y) != (b.y > p.y) && p.x < a.x + (p.y - a.y) * (b.x - a.x) / (b.y - a.y)) inside = !inside;
  }
  return inside ? RingHit::Inside : RingHit::Outside;
}

template <class Point> bool containsInRings(const std::vector<std::vector<Point>>& rings, Vec2 p) {
  bool inside = false;
  for (const auto& ring : rings) {
    if (ring.empty()) continue;
    const RingHit hit = ringHit(ring, p);
    if (hit == RingHit::Edge) return true;
    if (hit == RingHit::Inside) inside = !inside;
  }
  return inside;
}

}  // namespace

// [SECTION] Point in polygon and areas
// The tests on lon/lat run on the degrees directly: the projection is affine per axis, which
// keeps straight edges straight and inside inside.

bool contains(const std::vector<PlaneRing>& rings, Vec2 p) { return containsInRings(rings, p); }

bool contains(const Polygon& polygon, LonLat p) {
  if (polygon.rings.empty() || !boundsOf(polygon.rings[0]).contains(xy(p))) return false;
  return containsInRings(polygon.rings, xy(p));
}

bool contains(const District& district, LonLat p) {
  return std::any_of(district.parts.begin(), district.parts.end(),
                     [&](const Polygon& part) { return contains(part, p); });
}

Id districtAt(const Session& session, LonLat p) {
  for (const District& d : session.districts)
    if (contains(d, p)) return d.id;
  return kNoId;
}

double signedArea(const PlaneRing& ring) {
  if (ring.size() < 3) return 0.0;
  const Vec2 o = ring[0];  // relative to the first point: no cancellation far from the origin
  double twice = 0.0;
  for (std::size_t i = 1; i + 1 < ring.size(); ++i) twice += cross(o, ring[i], ring[i + 1]);
  return twice / 2;
}

double area(const std::vector<PlaneRing>& rings) {
  if (rings.empty()) return 0.0;
  double total = std::abs(signedArea(rings[0]));
  for (std::size_t i = 1; i < rings.size(); ++i) total -= std::abs(signedArea(rings[i]));
  return std::max(total, 0.0);
}

// [SECTION] Ring checks

namespace {

struct CellEntry {
  std::uint64_t cell;
  std::uint32_t edge;
  bool operator<(const CellEntry& o) const { return cell != o.cell ? cell < o.cell : edge < o.edge; }
};

// A uniform grid of cells two mean edges wide: every edge is entered into the cells it
// passes (widened by eps so that rounding loses none), and only edges sharing a cell are
// compared.
class EdgeGrid {
 public:
  EdgeGrid(const std::vector<Vec2>& points, double meanEdge) {
    for (Vec2 p : points) box_.add(p);
    const Vec2 size{box_.max.x - box_.min.x, box_.max.y - box_.min.y};
    constexpr double kMaxCellsPerSide = 1 << 20;
    cell_ = std::max({2 * meanEdge, size.x / kMaxCellsPerSide, size.y / kMaxCellsPerSide});
    eps_ = 1e-9 * (size.x + size.y);
    cols_ = cellNumber(size.x / cell_, kMaxCellsPerSide) + 1;
    rows_ = cellNumber(size.y / cell_, kMaxCellsPerSide) + 1;
  }

  void enter(Vec2 a, Vec2 b, std::uint32_t edge, std::vector<CellEntry>& out) const {
    const double left = std::min(a.x, b.x), right = std::max(a.x, b.x);
    const double low = std::min(a.y, b.y), high = std::max(a.y, b.y);
    const double slope = a.x == b.x ? 0.0 : (b.y - a.y) / (b.x - a.x);
    for (std::uint64_t c = index(left - eps_, box_.min.x, cols_), last = index(right + eps_, box_.min.x, cols_);
         c <= last; ++c) {
      double y0 = low, y1 = high;
      if (a.x != b.x) {
        const double x0 = std::max(left, box_.min.x + static_cast<double>(c) * cell_);
        const double x1 = std::min(right, box_.min.x + static_cast<double>(c + 1) * cell_);
        const double ya = a.y + (x0 - a.x) * slope, yb = a.y + (x1 - a.x) * slope;
        y0 = std::max(low, std::min(ya, yb));
        y1 = std::min(high, std::max(ya, yb));
        if (y0 > y1) std::swap(y0, y1);
      }
      for (std::uint64_t r = index(y0 - eps_, box_.min.y, rows_), top = index(y1 + eps_, box_.min.y, rows_); r <= top;
           ++r)
        out.push_back({r * cols_ + c, edge});
    }
  }

 private:
  std::uint64_t index(double v, double origin, std::uint64_t count) const {
    return cellNumber((v - origin) / cell_, static_cast<double>(count - 1));
  }
  Bounds box_;
  double cell_ = 1.0, eps_ = 0.0;
  std::uint64_t cols_ = 1, rows_ = 1;
};

}  // namespace

std::optional<std::size_t> selfIntersection(const PlaneRing& ring) {
  // A run of equal points is one vertex; edge k of the compacted ring is original edge edgeOf[k].
  std::vector<Vec2> points;
  std::vector<std::size_t> edgeOf;
  for (std::size_t i = 0; i < ring.size(); ++i) {
    if (!points.empty() && ring[i] == points.back()) {
      edgeOf.back() = i;
      continue;
    }
    points.push_back(ring[i]);
    edgeOf.push_back(i);
  }
  if (points.size() > 1 && points.back() == points.front()) {
    points.pop_back();
    edgeOf.pop_back();
  }
  const std::size_t n = points.size();
  if (n < 3) return std::nullopt;
  const auto end = [&](std::size_t k) { return points[k + 1 == n ? 0 : k + 1]; };

  // Neighbouring edges share a vertex; they meet elsewhere only when one folds back on the other.
  std::size_t first = n;
  double perimeter = 0.0;
  for (std::size_t k = 0; k < n; ++k) {
    const Vec2 a = points[k], v = end(k), b = end(k + 1 == n ? 0 : k + 1);
    if (cross(a, v, b) == 0 && (a.x - v.x) * (b.x - v.x) + (a.y - v.y) * (b.y - v.y) > 0)
      first = std::min(first, k + 1 == n ? 0 : k);
    perimeter += std::hypot(v.x - a.x, v.y - a.y);
  }

  const EdgeGrid grid(points, perimeter / static_cast<double>(n));
  std::vector<CellEntry> entries;
  entries.reserve(3 * n);
  for (std::size_t k = 0; k < n; ++k) grid.enter(points[k], end(k), static_cast<std::uint32_t>(k), entries);
  std::sort(entries.begin(), entries.end());
  for (std::size_t i = 0, j = 0; i < entries.size(); i = j) {
    while (j < entries.size() && entries[j].cell == entries[i].cell) ++j;
    for (std::size_t p = i; p < j && entries[p].edge < first; ++p) {
      const std::size_t lo = entries[p].edge;
      for (std::size_t q = p + 1; q < j; ++q) {
        const std::size_t hi = entries[q].edge;
        if (hi == lo + 1 || (lo == 0 && hi + 1 == n)) continue;  // neighbours
        if (apart(points[lo], end(lo), points[hi], end(hi))) continue;
        if (segmentsIntersect(points[lo], end(lo), points[hi], end(hi))) {
          first = lo;
          break;
        }
      }
    }
  }
  if (first == n) return std::nullopt;
  return edgeOf[first];
}

}  // namespace nwk
