#include "core/geometry.hpp"

#include <algorithm>
#include <cmath>
#include <queue>

namespace nwk {
namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kRadian = kPi / 180.0;
// GRS80 (ETRS89); WGS84 differs by 0.1 mm in the semi-minor axis.
constexpr double kSemiMajor = 6'378'137.0;
constexpr double kFlattening = 1.0 / 298.257222101;

Vec2 xy(Vec2 p) { return p; }
Vec2 xy(LonLat p) { return {p.lon, p.lat}; }

double cross(Vec2 o, Vec2 a, Vec2 b) { return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x); }

// p lies in the bounding box of segment ab.
bool inBox(Vec2 a, Vec2 b, Vec2 p) {
  return p.x >= std::min(a.x, b.x) && p.x <= std::max(a.x, b.x) && p.y >= std::min(a.y, b.y) &&
         p.y <= std::max(a.y, b.y);
}

// Closed segments ab and cd share a point (touching and overlapping count).
bool segmentsIntersect(Vec2 a, Vec2 b, Vec2 c, Vec2 d) {
  const auto side = [](double v) { return (v > 0) - (v < 0); };
  const int abc = side(cross(a, b, c)), abd = side(cross(a, b, d));
  const int cda = side(cross(c, d, a)), cdb = side(cross(c, d, b));
  if (abc != abd && cda != cdb) return true;
  return (abc == 0 && inBox(a, b, c)) || (abd == 0 && inBox(a, b, d)) || (cda == 0 && inBox(c, d, a)) ||
         (cdb == 0 && inBox(c, d, b));
}

// The bounding boxes of segments ab and cd do not meet.
bool apart(Vec2 a, Vec2 b, Vec2 c, Vec2 d) {
  return std::max(a.x, b.x) < std::min(c.x, d.x) || std::max(c.x, d.x) < std::min(a.x, b.x) ||
         std::max(a.y, b.y) < std::min(c.y, d.y) || std::max(c.y, d.y) < std::min(a.y, b.y);
}

// floor(v) clamped to 0..max; 0 for NaN.
std::uint64_t cellNumber(double v, double max) { return v > 0 ? static_cast<std::uint64_t>(std::min(v, max)) : 0; }

// p lies on segment ab, up to the rounding of the coordinates (exact for axis-parallel edges).
bool onSegment(Vec2 a, Vec2 b, Vec2 p) {
  if (!inBox(a, b, p)) return false;
  const double length = std::abs(b.x - a.x) + std::abs(b.y - a.y);
  const double scale = std::abs(p.x) + std::abs(p.y) + std::abs(p.x - a.x) + std::abs(p.y - a.y);
  return std::abs(cross(a, b, p)) <= 1e-12 * length * scale;
}

enum class RingHit { Outside, Inside, Edge };

// Even-odd crossing test of one ring; Edge when p is on its boundary.
template <class Point>
RingHit ringHit(const std::vector<Point>& ring, Vec2 p) {
  bool inside = false;
  for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
    const Vec2 a = xy(ring[j]), b = xy(ring[i]);
    if (onSegment(a, b, p)) return RingHit::Edge;
    if ((a.y > p.y) != (b.y > p.y) && p.x < a.x + (p.y - a.y) * (b.x - a.x) / (b.y - a.y)) inside = !inside;
  }
  return inside ? RingHit::Inside : RingHit::Outside;
}

template <class Point>
bool containsInRings(const std::vector<std::vector<Point>>& rings, Vec2 p) {
  bool inside = false;
  for (const auto& ring : rings) {
    if (ring.empty()) continue;
    const RingHit hit = ringHit(ring, p);
    if (hit == RingHit::Edge) return true;
    if (hit == RingHit::Inside) inside = !inside;
  }
  return inside;
}

Bounds boundsOf(const Ring& ring) {
  Bounds b;
  for (LonLat p : ring) b.add(xy(p));
  return b;
}

}  // namespace

// [SECTION] Bounds and projection

void Bounds::add(Vec2 p) {
  min = {std::min(min.x, p.x), std::min(min.y, p.y)};
  max = {std::max(max.x, p.x), std::max(max.y, p.y)};
}

void Bounds::add(const Bounds& b) {
  if (b.empty()) return;
  add(b.min);
  add(b.max);
}

Vec2 Projection::toPlane(LonLat p) const {
  return {(p.lon - origin.lon) * metresPerDegreeLon, (p.lat - origin.lat) * metresPerDegreeLat};
}

LonLat Projection::toLonLat(Vec2 p) const {
  return {origin.lon + p.x / metresPerDegreeLon, origin.lat + p.y / metresPerDegreeLat};
}

// Radii of curvature of the ellipsoid at the origin: meridian (north) and prime vertical (east).
Projection projectionAround(LonLat origin) {
  const double e2 = kFlattening * (2.0 - kFlattening);
  const double s = std::sin(origin.lat * kRadian);
  const double w = std::sqrt(1.0 - e2 * s * s);
  const double primeVertical = kSemiMajor / w;
  const double meridian = kSemiMajor * (1.0 - e2) / (w * w * w);
  Projection projection;
  projection.origin = origin;
  projection.metresPerDegreeLon = std::max(primeVertical * std::cos(origin.lat * kRadian), 1.0) * kRadian;
  projection.metresPerDegreeLat = meridian * kRadian;
  return projection;
}

Projection projectionFor(const Session& session) {
  Bounds b;
  for (const District& d : session.districts)
    for (const Polygon& part : d.parts)
      for (const Ring& ring : part.rings) b.add(boundsOf(ring));
  if (b.empty())
    for (const Offer& o : session.offers)
      if (o.hasLocation) b.add(xy(o.location));
  if (b.empty()) return projectionAround({});
  return projectionAround({(b.min.x + b.max.x) / 2, (b.min.y + b.max.y) / 2});
}

PlaneRing project(const Ring& ring, const Projection& projection) {
  PlaneRing out;
  out.reserve(ring.size());
  for (LonLat p : ring) out.push_back(projection.toPlane(p));
  return out;
}

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
      for (std::uint64_t r = index(y0 - eps_, box_.min.y, rows_), top = index(y1 + eps_, box_.min.y, rows_); r <= top; ++r)
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

// [SECTION] Triangulation
// Ear clipping after bridging every hole into the outline (the scheme of Mapbox's earcut): the
// outline runs counter-clockwise, holes clockwise, each joined by a two-way bridge to a vertex
// it sees; then ears are cut off. Vertices near an ear are found along a z-order curve. When
// no ear is left (holes touching, degenerate input) the ring is cleaned, then split along a
// diagonal; every step shrinks the ring, so it always ends.

namespace {

constexpr std::int32_t kNone = -1;

struct Node {
  Vec2 p;
  std::uint32_t vertex = 0;  // index into the rings' vertices numbered consecutively
  std::int32_t prev = kNone, next = kNone;
  std::int32_t prevZ = kNone, nextZ = kNone;  // sorted by z
  std::uint32_t z = 0;
};

// Morton code of 15-bit coordinates.
std::uint32_t interleave(std::uint32_t v) {
  v = (v | (v << 8)) & 0x00FF00FFu;
  v = (v | (v << 4)) & 0x0F0F0F0Fu;
  v = (v | (v << 2)) & 0x33333333u;
  return (v | (v << 1)) & 0x55555555u;
}

bool insideTriangle(Vec2 a, Vec2 b, Vec2 c, Vec2 p) {  // a, b, c counter-clockwise; edges count
  return cross(a, b, p) >= 0 && cross(b, c, p) >= 0 && cross(c, a, p) >= 0;
}

class EarClipper {
 public:
  explicit EarClipper(std::vector<std::uint32_t>& out) : out_(out) {}

  void run(const std::vector<PlaneRing>& rings) {
    std::size_t total = 0;
    for (const PlaneRing& ring : rings) total += ring.size();
    nodes_.reserve(total + 4 * rings.size());
    std::int32_t outline = linkRing(rings[0], 0, true);
    if (outline == kNone || prev(outline) == next(outline)) return;
    outline = bridgeHoles(rings, outline);
    if (total > 80) {
      Bounds box;
      for (Vec2 p : rings[0]) box.add(p);
      zOrigin_ = box.min;
      const double size = std::max(box.max.x - box.min.x, box.max.y - box.min.y);
      zScale_ = size > 0 ? 32767 / size : 0.0;
      hashed_ = true;
    }
    clip(outline);
  }

 private:
  Vec2 at(std::int32_t i) const { return nodes_[static_cast<std::size_t>(i)].p; }
  Node& node(std::int32_t i) { return nodes_[static_cast<std::size_t>(i)]; }
  const Node& node(std::int32_t i) const { return nodes_[static_cast<std::size_t>(i)]; }
  std::int32_t prev(std::int32_t i) const { return node(i).prev; }
  std::int32_t next(std::int32_t i) const { return node(i).next; }
  double turn(std::int32_t a, std::int32_t b, std::int32_t c) const { return cross(at(a), at(b), at(c)); }

  // A new node after `after` (or a ring of one); returns it.
  std::int32_t insert(std::int32_t after, std::uint32_t vertex, Vec2 p) {
    const auto i = static_cast<std::int32_t>(nodes_.size());
    nodes_.push_back({p, vertex});
    if (after == kNone) {
      node(i).prev = node(i).next = i;
    } else {
      node(i).prev = after;
      node(i).next = next(after);
      node(next(after)).prev = i;
      node(after).next = i;
    }
    return i;
  }

  void remove(std::int32_t i) {
    const Node& n = node(i);
    node(n.prev).next = n.next;
    node(n.next).prev = n.prev;
    if (n.prevZ != kNone) node(n.prevZ).nextZ = n.nextZ;
    if (n.nextZ != kNone) node(n.nextZ).prevZ = n.prevZ;
  }

  std::int32_t linkRing(const PlaneRing& ring, std::uint32_t firstVertex, bool counterClockwise) {
    const std::size_t n = ring.size();
    const bool reverse = (signedArea(ring) > 0) != counterClockwise;
    std::int32_t last = kNone;
    for (std::size_t k = 0; k < n; ++k) {
      const std::size_t i = reverse ? n - 1 - k : k;
      last = insert(last, firstVertex + static_cast<std::uint32_t>(i), ring[i]);
    }
    return last == kNone ? kNone : filter(last);
  }

  // Drops repeated and collinear points between start and end (the whole ring by default).
  std::int32_t filter(std::int32_t start, std::int32_t end = kNone) {
    if (start == kNone) return kNone;
    if (end == kNone) end = start;
    std::int32_t p = start;
    bool again = false;
    do {
      again = false;
      if (at(p) == at(next(p)) || turn(prev(p), p, next(p)) == 0) {
        remove(p);
        p = end = prev(p);
        if (p == next(p)) break;
        again = true;
      } else {
        p = next(p);
      }
    } while (again || p != end);
    return end;
  }

  // [SECTION] Holes
  std::int32_t bridgeHoles(const std::vector<PlaneRing>& rings, std::int32_t outline) {
    std::vector<std::int32_t> leftmost;
    auto vertex = static_cast<std::uint32_t>(rings[0].size());
    for (std::size_t r = 1; r < rings.size(); ++r) {
      const PlaneRing& ring = rings[r];
      const std::uint32_t first = vertex;
      vertex += static_cast<std::uint32_t>(ring.size());
      if (ring.size() < 3 || signedArea(ring) == 0) continue;
      const std::int32_t start = linkRing(ring, first, false);
      if (start == kNone || prev(start) == next(start)) continue;
      std::int32_t left = start;
      for (std::int32_t p = next(start); p != start; p = next(p))
        if (at(p).x < at(left).x || (at(p).x == at(left).x && at(p).y < at(left).y)) left = p;
      leftmost.push_back(left);
    }
    std::sort(leftmost.begin(), leftmost.end(), [&](std::int32_t a, std::int32_t b) {
      return at(a).x != at(b).x ? at(a).x < at(b).x : at(a).y < at(b).y;
    });
    for (std::int32_t hole : leftmost) {
      const std::int32_t bridge = findBridge(hole, outline);
      if (bridge == kNone) continue;
      const std::int32_t back = split(bridge, hole);
      filter(back, next(back));
      outline = filter(bridge, next(bridge));
    }
    return outline;
  }

  // The outline vertex that the hole's leftmost point sees: cast a ray to the left, take the
  // nearest edge hit, then among the vertices inside the triangle (hole, hit, edge's end) the
  // one at the smallest angle to the ray.
  std::int32_t findBridge(std::int32_t hole, std::int32_t outline) const {
    const Vec2 h = at(hole);
    double hitX = -1e300;
    std::int32_t m = kNone;
    std::int32_t p = outline;
    do {
      const Vec2 a = at(p), b = at(next(p));
      if (h.y <= a.y && h.y >= b.y && b.y != a.y) {
        const double x = a.x + (h.y - a.y) * (b.x - a.x) / (b.y - a.y);
        if (x <= h.x && x > hitX) {
          hitX = x;
          m = a.x < b.x ? p : next(p);
        }
      }
      p = next(p);
    } while (p != outline);
    if (m == kNone) return kNone;

    const Vec2 mp = at(m), hit{hitX, h.y};
    const std::int32_t stop = m;
    double tanMin = 1e300;
    p = m;
    do {
      const Vec2 q = at(p);
      if (h.x >= q.x && q.x >= mp.x && h.x != q.x && insideEitherWay(h, hit, mp, q)) {
        const double tan = std::abs(h.y - q.y) / (h.x - q.x);
        if (locallyInside(p, hole) && (tan < tanMin || (tan == tanMin && q.x > at(m).x))) {
          m = p;
          tanMin = tan;
        }
      }
      p = next(p);
    } while (p != stop);
    return m;
  }

  static bool insideEitherWay(Vec2 a, Vec2 b, Vec2 c, Vec2 p) {
    return cross(a, b, c) >= 0 ? insideTriangle(a, b, c, p) : insideTriangle(a, c, b, p);
  }

  // The diagonal a-b leaves a into the polygon's interior.
  bool locallyInside(std::int32_t a, std::int32_t b) const {
    const std::int32_t p = prev(a), n = next(a);
    if (turn(p, a, n) > 0) return turn(a, n, b) >= 0 && turn(p, a, b) >= 0;
    return turn(a, n, b) > 0 || turn(p, a, b) > 0;
  }

  // Cuts the ring along a-b into two (or joins two rings); returns the copy of b.
  std::int32_t split(std::int32_t a, std::int32_t b) {
    const std::int32_t an = next(a), bp = prev(b);
    const std::int32_t a2 = insert(kNone, node(a).vertex, at(a));
    const std::int32_t b2 = insert(kNone, node(b).vertex, at(b));
    node(a).next = b;
    node(b).prev = a;
    node(a2).next = an;
    node(an).prev = a2;
    node(b2).next = a2;
    node(a2).prev = b2;
    node(bp).next = b2;
    node(b2).prev = bp;
    return b2;
  }

  // [SECTION] Ears
  struct Job {
    std::int32_t start;
    int pass;  // 0 plain, 1 after cleaning
  };

  void clip(std::int32_t start) {
    std::vector<Job> jobs{{start, 0}};
    while (!jobs.empty()) {
      auto [ear, pass] = jobs.back();
      jobs.pop_back();
      if (ear == kNone) continue;
      if (pass == 0 && hashed_) indexCurve(ear);
      std::int32_t stop = ear;
      while (prev(ear) != next(ear)) {
        const std::int32_t a = prev(ear), c = next(ear);
        if (isEar(a, ear, c)) {
          emit(a, ear, c);
          remove(ear);
          // Its neighbours may now be spikes or repeats (where holes touch): drop them at once.
          ear = stop = next(filter(a, next(c)));
          continue;
        }
        ear = c;
        if (ear != stop) continue;
        if (pass == 0) jobs.push_back({filter(ear), 1});
        if (pass == 1) splitAndRetry(ear, jobs);
        break;
      }
    }
  }

  void emit(std::int32_t a, std::int32_t b, std::int32_t c) {
    out_.insert(out_.end(), {node(a).vertex, node(b).vertex, node(c).vertex});
  }

  bool isEar(std::int32_t a, std::int32_t b, std::int32_t c) const {
    if (turn(a, b, c) <= 0) return false;
    if (!hashed_) {
      for (std::int32_t p = next(c); p != a; p = next(p))
        if (blocks(p, a, b, c)) return false;
      return true;
    }
    Bounds box;
    for (std::int32_t i : {a, b, c}) box.add(at(i));
    const std::uint32_t minZ = zOf(box.min), maxZ = zOf(box.max);
    for (std::int32_t p = node(b).prevZ; p != kNone && node(p).z >= minZ; p = node(p).prevZ)
      if (p != a && p != c && blocks(p, a, b, c)) return false;
    for (std::int32_t p = node(b).nextZ; p != kNone && node(p).z <= maxZ; p = node(p).nextZ)
      if (p != a && p != c && blocks(p, a, b, c)) return false;
    return true;
  }

  // Vertex p keeps triangle abc from being an ear: a reflex vertex inside it or on its rim (a
  // convex one inside implies a reflex one).
  bool blocks(std::int32_t p, std::int32_t a, std::int32_t b, std::int32_t c) const {
    return insideTriangle(at(a), at(b), at(c), at(p)) && turn(prev(p), p, next(p)) <= 0;
  }

  void splitAndRetry(std::int32_t start, std::vector<Job>& jobs) {
    std::int32_t a = start;
    do {
      for (std::int32_t b = next(next(a)); b != prev(a) && work_ < kWorkLimit; b = next(b)) {
        if (node(a).vertex == node(b).vertex || !isValidDiagonal(a, b)) continue;
        std::int32_t c = split(a, b);
        jobs.push_back({filter(a, next(a)), 0});
        jobs.push_back({filter(c, next(c)), 0});
        return;
      }
      a = next(a);
    } while (a != start && work_ < kWorkLimit);
  }

  bool isValidDiagonal(std::int32_t a, std::int32_t b) {
    if (node(next(a)).vertex == node(b).vertex || node(prev(a)).vertex == node(b).vertex || crossesRing(a, b))
      return false;
    if (at(a) == at(b)) return turn(prev(a), a, next(a)) < 0 && turn(prev(b), b, next(b)) < 0;
    return locallyInside(a, b) && locallyInside(b, a) && middleInside(a, b);
  }

  bool crossesRing(std::int32_t a, std::int32_t b) {
    const std::uint32_t va = node(a).vertex, vb = node(b).vertex;
    std::int32_t p = a;
    do {
      ++work_;
      const std::int32_t q = next(p);
      const std::uint32_t vp = node(p).vertex, vq = node(q).vertex;
      if (vp != va && vq != va && vp != vb && vq != vb && segmentsIntersect(at(p), at(q), at(a), at(b))) return true;
      p = q;
    } while (p != a);
    return false;
  }

  bool middleInside(std::int32_t a, std::int32_t b) const {
    const Vec2 m{(at(a).x + at(b).x) / 2, (at(a).y + at(b).y) / 2};
    bool inside = false;
    std::int32_t p = a;
    do {
      const Vec2 u = at(p), v = at(next(p));
      if ((u.y > m.y) != (v.y > m.y) && m.x < u.x + (m.y - u.y) * (v.x - u.x) / (v.y - u.y)) inside = !inside;
      p = next(p);
    } while (p != a);
    return inside;
  }

  // [SECTION] z-order
  std::uint32_t zOf(Vec2 p) const {
    const auto scaled = [&](double v, double origin) {
      return static_cast<std::uint32_t>(cellNumber((v - origin) * zScale_, 32767.0));
    };
    return interleave(scaled(p.x, zOrigin_.x)) | (interleave(scaled(p.y, zOrigin_.y)) << 1);
  }

  void indexCurve(std::int32_t start) {
    std::int32_t p = start;
    do {
      Node& n = node(p);
      n.z = zOf(n.p);
      n.prevZ = n.prev;
      n.nextZ = n.next;
      p = n.next;
    } while (p != start);
    node(node(start).prevZ).nextZ = kNone;
    node(start).prevZ = kNone;
    sortByZ(start);
  }

  // Bottom-up merge sort of the z list.
  void sortByZ(std::int32_t list) {
    for (std::size_t width = 1;; width *= 2) {
      std::int32_t p = list, tail = kNone;
      list = kNone;
      std::size_t merges = 0;
      while (p != kNone) {
        ++merges;
        std::int32_t q = p;
        std::size_t pSize = 0, qSize = width;
        while (pSize < width && q != kNone) {
          ++pSize;
          q = node(q).nextZ;
        }
        while (pSize > 0 || (qSize > 0 && q != kNone)) {
          std::int32_t e;
          if (pSize > 0 && (qSize == 0 || q == kNone || node(p).z <= node(q).z)) {
            e = p;
            p = node(p).nextZ;
            --pSize;
          } else {
            e = q;
            q = node(q).nextZ;
            --qSize;
          }
          if (tail != kNone) node(tail).nextZ = e;
          else list = e;
          node(e).prevZ = tail;
          tail = e;
        }
        p = q;
      }
      node(tail).nextZ = kNone;
      if (merges <= 1) return;
    }
  }

  static constexpr std::uint64_t kWorkLimit = 50'000'000;  // segment tests spent on splitting
  std::vector<Node> nodes_;
  std::vector<std::uint32_t>& out_;
  bool hashed_ = false;
  Vec2 zOrigin_;
  double zScale_ = 0.0;
  std::uint64_t work_ = 0;
};

}  // namespace

std::vector<std::uint32_t> triangulate(const std::vector<PlaneRing>& rings) {
  std::vector<std::uint32_t> triangles;
  if (rings.empty() || rings[0].size() < 3 || signedArea(rings[0]) == 0) return triangles;
  EarClipper(triangles).run(rings);
  return triangles;
}

// [SECTION] Simplification

namespace {

// Squared distances: the search compares them only, and a square root per point would cost
// more than the rest of the search.
double squaredDistanceToSegment(Vec2 p, Vec2 a, Vec2 b) {
  const Vec2 d{b.x - a.x, b.y - a.y};
  const double length2 = d.x * d.x + d.y * d.y;
  const double t = length2 > 0 ? std::clamp(((p.x - a.x) * d.x + (p.y - a.y) * d.y) / length2, 0.0, 1.0) : 0.0;
  const double x = a.x + t * d.x - p.x, y = a.y + t * d.y - p.y;
  return x * x + y * y;
}

std::size_t farthestFrom(const PlaneRing& ring, Vec2 p) {
  std::size_t far = 0;
  double best = -1;
  for (std::size_t i = 0; i < ring.size(); ++i) {
    const double x = ring[i].x - p.x, y = ring[i].y - p.y;
    if (x * x + y * y > best) best = x * x + y * y, far = i;
  }
  return far;
}

}  // namespace

PlaneRing simplifyRing(const PlaneRing& ring, double tolerance) {
  const std::size_t n = ring.size();
  if (n < 4) return ring;
  std::vector<char> keep(n, 0);
  const std::size_t far = farthestFrom(ring, ring[0]);
  keep[0] = keep[far] = 1;
  // Runs [a, b] of the ring still to check (b == n stands for the first point again); an
  // explicit stack, as a ring may have a million points.
  std::vector<std::pair<std::size_t, std::size_t>> runs{{0, far}, {far, n}};
  while (!runs.empty()) {
    const auto [a, b] = runs.back();
    runs.pop_back();
    double worst = tolerance * tolerance;
    std::size_t at = a;
    for (std::size_t i = a + 1; i < b; ++i) {
      const double d = squaredDistanceToSegment(ring[i], ring[a], ring[b % n]);
      if (d > worst) worst = d, at = i;
    }
    if (at == a) continue;
    keep[at] = 1;
    runs.emplace_back(a, at);
    runs.emplace_back(at, b);
  }
  PlaneRing out;
  for (std::size_t i = 0; i < n; ++i)
    if (keep[i]) out.push_back(ring[i]);
  return out;
}

// [SECTION] Label point
// A coarse search for the pole of inaccessibility (the point farthest from the edges, as in
// Mapbox's polylabel): cells in a priority queue by the best distance they could hold.

namespace {

// Distance from p to the nearest edge, negative outside the polygon.
double signedDistance(const std::vector<PlaneRing>& rings, Vec2 p) {
  bool inside = false;
  double nearest = 1e300;  // squared
  for (const PlaneRing& ring : rings)
    for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
      const Vec2 a = ring[j], b = ring[i];
      if ((a.y > p.y) != (b.y > p.y) && p.x < a.x + (p.y - a.y) * (b.x - a.x) / (b.y - a.y)) inside = !inside;
      const Vec2 d{b.x - a.x, b.y - a.y};
      const double length2 = d.x * d.x + d.y * d.y;
      const double t = length2 > 0 ? std::clamp(((p.x - a.x) * d.x + (p.y - a.y) * d.y) / length2, 0.0, 1.0) : 0.0;
      const double dx = a.x + t * d.x - p.x, dy = a.y + t * d.y - p.y;
      nearest = std::min(nearest, dx * dx + dy * dy);
    }
  return (inside ? 1.0 : -1.0) * std::sqrt(nearest);
}

// Area-weighted centroid of the outline minus the holes.
Vec2 centroid(const std::vector<PlaneRing>& rings) {
  double total = 0.0, x = 0.0, y = 0.0;
  for (std::size_t r = 0; r < rings.size(); ++r) {
    const PlaneRing& ring = rings[r];
    if (ring.size() < 3) continue;
    const Vec2 o = ring[0];
    double twice = 0.0, mx = 0.0, my = 0.0;
    for (std::size_t i = 1; i + 1 < ring.size(); ++i) {
      const double t = cross(o, ring[i], ring[i + 1]);
      twice += t;
      mx += t * (ring[i].x + ring[i + 1].x - 2 * o.x) / 3;
      my += t * (ring[i].y + ring[i + 1].y - 2 * o.y) / 3;
    }
    const double sign = (r == 0 ? 1.0 : -1.0) * (twice < 0 ? -1.0 : 1.0);
    total += sign * twice;
    x += sign * (o.x * twice + mx);
    y += sign * (o.y * twice + my);
  }
  return total > 0 ? Vec2{x / total, y / total} : rings[0][0];
}

// The centroid of the largest triangle: inside whenever there is an inside.
Vec2 largestTriangleCentre(const std::vector<PlaneRing>& rings) {
  std::vector<Vec2> vertices;
  for (const PlaneRing& ring : rings) vertices.insert(vertices.end(), ring.begin(), ring.end());
  const std::vector<std::uint32_t> triangles = triangulate(rings);
  Vec2 best = vertices[0];
  double bestArea = 0.0;
  for (std::size_t t = 0; t + 2 < triangles.size(); t += 3) {
    const Vec2 a = vertices[triangles[t]], b = vertices[triangles[t + 1]], c = vertices[triangles[t + 2]];
    if (const double twice = std::abs(cross(a, b, c)); twice > bestArea) {
      bestArea = twice;
      best = {(a.x + b.x + c.x) / 3, (a.y + b.y + c.y) / 3};
    }
  }
  return best;
}

struct LabelCell {
  Vec2 centre;
  double half = 0.0;
  double distance = 0.0;
  double potential = 0.0;  // the largest distance any point of the cell can have
  bool operator<(const LabelCell& o) const { return potential < o.potential; }
};

}  // namespace

Vec2 labelPoint(const std::vector<PlaneRing>& rings) {
  if (rings.empty() || rings[0].empty()) return {};
  Bounds box;
  std::size_t points = 0;
  for (const PlaneRing& ring : rings) points += ring.size();
  for (Vec2 p : rings[0]) box.add(p);
  const double width = box.max.x - box.min.x, height = box.max.y - box.min.y;
  if (area(rings) <= 0) return rings[0][0];

  // Evaluations cost a pass over all edges each: fewer for large districts.
  auto budget = static_cast<std::ptrdiff_t>(std::clamp<std::size_t>(4'000'000 / points, 40, 4000));
  const auto cell = [&](Vec2 centre, double half) {
    --budget;
    const double d = signedDistance(rings, centre);
    return LabelCell{centre, half, d, d + half * std::sqrt(2.0)};
  };
  LabelCell best = cell(centroid(rings), 0);
  if (LabelCell middle = cell({(box.min.x + box.max.x) / 2, (box.min.y + box.max.y) / 2}, 0);
      middle.distance > best.distance)
    best = middle;
  const double size = std::max(std::min(width, height), std::max(width, height) / 16);
  std::priority_queue<LabelCell> queue;
  const std::uint64_t cols = cellNumber(width / size, 16) + 1, rows = cellNumber(height / size, 16) + 1;
  for (std::uint64_t i = 0; i < cols; ++i)
    for (std::uint64_t j = 0; j < rows; ++j)
      queue.push(cell({box.min.x + (static_cast<double>(i) + 0.5) * size, box.min.y + (static_cast<double>(j) + 0.5) * size},
                      size / 2));
  const double precision = std::max(width, height) / 1000;
  while (!queue.empty() && budget > 0) {
    const LabelCell c = queue.top();
    queue.pop();
    if (c.distance > best.distance) best = c;
    if (c.potential - best.distance <= precision) continue;
    const double h = c.half / 2;
    for (const double dx : {-h, h})
      for (const double dy : {-h, h}) queue.push(cell({c.centre.x + dx, c.centre.y + dy}, h));
  }
  return best.distance > 0 ? best.centre : largestTriangleCentre(rings);
}

// [SECTION] UTM
// Krüger's series to the fourth order in the third flattening n (Karney 2011, "Transverse
// Mercator with an accuracy of a few nanometers"): truncation errors below a micrometre; the
// conformal latitude is inverted by Newton's method.

namespace {

constexpr double kUtmScale = 0.9996;
constexpr double kUtmFalseEasting = 500'000.0;

struct TransverseMercator {
  double e = 0.0;      // eccentricity
  double a = 0.0;      // rectifying radius times the scale, metres
  double alpha[4]{};  // to the plane
  double beta[4]{};   // back
};

const TransverseMercator& utm() {
  static const TransverseMercator tm = [] {
    const double n = kFlattening / (2 - kFlattening), n2 = n * n, n3 = n2 * n, n4 = n3 * n;
    TransverseMercator t;
    t.e = std::sqrt(kFlattening * (2 - kFlattening));
    t.a = kUtmScale * kSemiMajor / (1 + n) * (1 + n2 / 4 + n4 / 64);
    t.alpha[0] = n / 2 - 2 * n2 / 3 + 5 * n3 / 16 + 41 * n4 / 180;
    t.alpha[1] = 13 * n2 / 48 - 3 * n3 / 5 + 557 * n4 / 1440;
    t.alpha[2] = 61 * n3 / 240 - 103 * n4 / 140;
    t.alpha[3] = 49561 * n4 / 161280;
    t.beta[0] = n / 2 - 2 * n2 / 3 + 37 * n3 / 96 - n4 / 360;
    t.beta[1] = n2 / 48 + n3 / 15 - 437 * n4 / 1440;
    t.beta[2] = 17 * n3 / 480 - 37 * n4 / 840;
    t.beta[3] = 4397 * n4 / 161280;
    return t;
  }();
  return tm;
}

double centralMeridian(int zone) { return 6.0 * zone - 183.0; }

// Adds sign * the series in c to (xi, eta), evaluated at (xi, eta).
Vec2 krueger(const double (&c)[4], Vec2 xiEta, double sign) {
  Vec2 out = xiEta;
  for (int j = 1; j <= 4; ++j) {
    const double u = 2 * j * xiEta.x, v = 2 * j * xiEta.y;
    out.x += sign * c[j - 1] * std::sin(u) * std::cosh(v);
    out.y += sign * c[j - 1] * std::cos(u) * std::sinh(v);
  }
  return out;
}

// tan of the conformal latitude from tan of the geodetic one.
double conformalTan(double tau, double e) {
  const double sigma = std::sinh(e * std::atanh(e * tau / std::hypot(1.0, tau)));
  return tau * std::hypot(1.0, sigma) - sigma * std::hypot(1.0, tau);
}

double geodeticTan(double tauPrime, double e) {
  const double e2m = 1 - e * e;
  double tau = tauPrime / e2m;
  for (int i = 0; i < 8; ++i) {
    const double t = conformalTan(tau, e);
    const double slope = e2m * std::hypot(1.0, t) * std::hypot(1.0, tau) / (1 + e2m * tau * tau);
    const double step = (tauPrime - t) / slope;
    tau += step;
    if (std::abs(step) <= 1e-15 * std::max(1.0, std::abs(tau))) break;
  }
  return tau;
}

}  // namespace

Vec2 lonLatToUtm(LonLat p, int zone) {
  const TransverseMercator& tm = utm();
  const double lambda = (p.lon - centralMeridian(zone)) * kRadian;
  const double tauPrime = conformalTan(std::tan(p.lat * kRadian), tm.e);
  const Vec2 xiEtaPrime{std::atan2(tauPrime, std::cos(lambda)),
                        std::asinh(std::sin(lambda) / std::hypot(tauPrime, std::cos(lambda)))};
  const Vec2 xiEta = krueger(tm.alpha, xiEtaPrime, 1.0);
  return {kUtmFalseEasting + tm.a * xiEta.y, tm.a * xiEta.x};
}

LonLat utmToLonLat(double easting, double northing, int zone) {
  const TransverseMercator& tm = utm();
  const Vec2 xiEta{northing / tm.a, (easting - kUtmFalseEasting) / tm.a};
  const Vec2 p = krueger(tm.beta, xiEta, -1.0);
  const double tauPrime = std::sin(p.x) / std::hypot(std::sinh(p.y), std::cos(p.x));
  const double lambda = std::atan2(std::sinh(p.y), std::cos(p.x));
  return {centralMeridian(zone) + lambda / kRadian, std::atan(geodeticTan(tauPrime, tm.e)) / kRadian};
}

}  // namespace nwk
