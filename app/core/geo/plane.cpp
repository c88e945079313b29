#include "core/geo/plane.hpp"

namespace nwk {

void Bounds::add(Vec2 p) {
  min = {std::min(min.x, p.x), std::min(min.y, p.y)};
  max = {std::max(max.x, p.x), std::max(max.y, p.y)};
}

void Bounds::add(const Bounds& b) {
  if (b.empty()) return;
  add(b.min);
  add(b.max);
}

Bounds boundsOf(const Ring& ring) {
  Bounds b;
  for (LonLat p : ring) b.add(xy(p));
  return b;
}

}  // namespace nwk
