#include "core/geo/triangulate.hpp"

#include <algorithm>
#include <cmath>

#include "core/geo/polygon.hpp"

namespace nwk {

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

}  // namespace nwk
