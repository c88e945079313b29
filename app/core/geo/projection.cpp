#include "core/geo/projection.hpp"

#include <algorithm>
#include <cmath>

namespace nwk {

namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kRadian = kPi / 180.0;
// GRS80 (ETRS89); WGS84 differs by 0.1 mm in the semi-minor axis.
constexpr double kSemiMajor = 6'378'137.0;
constexpr double kFlattening = 1.0 / 298.257222101;

}  // namespace

// [SECTION] Projection

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

// [SECTION] UTM
// Krüger's series to the fourth order in the third flattening n (Karney 2011, "Transverse
// Mercator with an accuracy of a few nanometers"): truncation errors below a micrometre; the
// conformal latitude is inverted by Newton's method.

namespace {

constexpr double kUtmScale = 0.9996;
constexpr double kUtmFalseEasting = 500'000.0;

struct TransverseMercator {
  double e = 0.0;     // eccentricity
  double a = 0.0;     // rectifying radius times the scale, metres
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
