#include "core/sample/synthetic.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <random>
#include <string>
#include <utility>

namespace nwk {
namespace {

class Gen {
 public:
  explicit Gen(std::uint64_t seed) : rng_(seed) {}

  std::uint32_t below(std::size_t n) {
    return n == 0 ? 0 : static_cast<std::uint32_t>(std::uniform_int_distribution<std::size_t>(0, n - 1)(rng_));
  }
  double real(double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(rng_); }
  bool chance(double p) { return std::bernoulli_distribution(p)(rng_); }

  std::string text() {
    static const std::array<const char*, 12> words{"Kita",         "Grüße", "Straße", "\"Lotse\"",    "Köln", "Ü-18",
                                                   "Familienbüro", "🙂",  "a\\b",   "Jugend;hilfe", "",     "Øst"};
    std::string out;
    for (std::uint32_t i = 0, n = below(6); i < n; ++i) {
      if (i) out += ' ';
      out += words[below(words.size())];
    }
    return out;
  }

  template <class T> Id pick(const std::vector<T>& items) {
    return items.empty() ? kNoId : items[below(items.size())].id;
  }

  Rating rating() { return static_cast<Rating>(below(kRatingMax + 1)); }

 private:
  std::mt19937_64 rng_;
};

Polygon square(double lon, double lat, double size) {
  return {{{{lon, lat}, {lon + size, lat}, {lon + size, lat + size}, {lon, lat + size}}}};
}

// The grid of districts: cell (column, row) spans kCellLon x kCellLat degrees.
constexpr double kWest = 9.0, kSouth = 50.0, kCellLon = 0.01, kCellLat = 0.007;

class Grid {
 public:
  Grid(std::uint32_t districts, std::uint32_t vertices)
      : columns_(static_cast<std::uint32_t>(std::ceil(std::sqrt(static_cast<double>(districts))))),
        pointsPerEdge_(std::max<std::uint32_t>(vertices / 4, 1)) {}

  LonLat at(double column, double row) const { return {kWest + column * kCellLon, kSouth + row * kCellLat}; }

  // District i's outline, counter-clockwise: bottom, right, top, left edge.
  Ring outline(std::uint32_t i) const {
    const auto [c, r] = cell(i);
    Ring ring;
    edge(ring, c, r, 1, 0);
    edge(ring, c + 1, r, 0, 1);
    edge(ring, c + 1, r + 1, -1, 0);
    edge(ring, c, r + 1, 0, -1);
    return ring;
  }

  // A point of district i at (fx, fy) of its cell: away from the wavy border for 0.1..0.9.
  LonLat inside(std::uint32_t i, double fx, double fy) const {
    const auto [c, r] = cell(i);
    return at(c + fx, r + fy);
  }

  // A clockwise triangle in the lower left of district i's cell, where offers keep clear.
  Ring hole(std::uint32_t i) const {
    const auto [c, r] = cell(i);
    return {at(c + 0.25, r + 0.25), at(c + 0.25, r + 0.5), at(c + 0.5, r + 0.5)};
  }

 private:
  std::pair<double, double> cell(std::uint32_t i) const {
    return {static_cast<double>(i % columns_), static_cast<double>(i / columns_)};
  }

  // The edge from corner (c, r) one cell along (dc, dr), without its end corner. The wave
  // depends on where a point lies on the edge, not on the direction walked, so the neighbour
  // on the other side has the very same points. Its slope stays below 1: edges meeting at a
  // corner never cross.
  void edge(Ring& ring, double c, double r, int dc, int dr) const {
    const double c0 = dc < 0 ? c - 1 : c, r0 = dr < 0 ? r - 1 : r;  // the edge's lower corner
    const double sign = (static_cast<int>(c0 + r0) + (dc != 0)) % 2 == 0 ? 1.0 : -1.0;
    const std::uint32_t n = pointsPerEdge_;
    for (std::uint32_t k = 0; k < n; ++k) {
      const std::uint32_t j = dc + dr > 0 ? k : n - k;  // steps from the lower corner
      const double t = static_cast<double>(j) / n;
      const double wave = j % n == 0 ? 0.0 : sign * (0.04 * std::sin(4 * kPi * t) + 0.005 * std::sin(22 * kPi * t));
      ring.push_back(dc != 0 ? at(c0 + t, r0 + wave) : at(c0 + wave, r0 + t));
    }
  }

  static constexpr double kPi = 3.14159265358979323846;
  std::uint32_t columns_;
  std::uint32_t pointsPerEdge_;
};

// Most offers inside the district they name (clear of its border and of a hole), some in a
// district without a location, some far south of the equator in no district.
void placeOffer(Gen& g, const Grid& grid, const Session& s, Offer& o) {
  const double roll = g.real(0, 1);
  if (s.districts.empty() || roll < 0.05) {
    o.hasLocation = true;
    o.location = {g.real(-180, 180), g.real(-90, 0)};
    return;
  }
  const std::uint32_t i = g.below(s.districts.size());
  o.district = s.districts[i].id;
  if (roll < 0.15) return;
  double fx = 0, fy = 0;
  do {
    fx = g.real(0.1, 0.9);
    fy = g.real(0.1, 0.9);
  } while (fx > 0.2 && fx < 0.55 && fy > 0.2 && fy < 0.55);  // around Grid::hole
  o.hasLocation = true;
  o.location = grid.inside(i, fx, fy);
}

}  // namespace

Session makeSyntheticSession(const SyntheticSize& size, std::uint64_t seed) {
  Gen g(seed);
  Session s = makeDefaultSession();
  s.uid = seed * 0x9E3779B97F4A7C15ull;
  s.meta.title = "Synthetische Sitzung " + g.text();
  s.meta.date = "2026-11-22";
  s.meta.phase = static_cast<Phase>(1 + g.below(5));
  const Id column = s.takeId();
  s.indicatorColumns.push_back({column, "Kinder unter 15", "Personen", g.text(), {}});
  for (AgeGroup& a : s.ageGroups)
    if (g.chance(0.5)) a.populationColumn = column;
  s.meta.coverage = {static_cast<std::int32_t>(g.below(4)), g.chance(0.5) ? g.real(0, 20) : 0.0};
  const Grid grid(size.districts, size.verticesPerDistrict);
  for (std::uint32_t i = 0; i < size.districts; ++i) {
    District d{s.takeId(), "Bezirk " + std::to_string(i) + " " + g.text(), std::to_string(i + 1), {}, {}, {}};
    d.parts.push_back({{grid.outline(i)}});
    if (g.chance(0.3)) d.parts[0].rings.push_back(grid.hole(i));
    if (g.chance(0.2)) d.parts.push_back(square(kWest + 0.005 * i, kSouth - 2 * kCellLat, 0.004));  // an exclave
    if (g.chance(0.8)) d.indicators.push_back({column, g.real(0, 5000)});
    s.districts.push_back(std::move(d));
  }
  for (std::uint32_t i = 0; i < size.offers; ++i) {
    Offer o;
    o.id = s.takeId();
    o.name = "Angebot " + std::to_string(i) + " " + g.text();
    o.provider = g.text();
    o.category = g.chance(0.9) ? g.pick(s.categories) : kNoId;
    for (const AgeGroup& a : s.ageGroups)
      if (g.chance(0.4)) o.ageGroups.push_back(a.id);
    placeOffer(g, grid, s, o);
    o.capacity = g.chance(0.5) ? static_cast<std::int32_t>(g.below(500)) : -1;
    o.contact = g.text();
    o.description = g.text();
    o.assessment = {g.rating(), g.rating(), g.rating(), g.rating()};
    s.offers.push_back(std::move(o));
  }
  for (std::uint32_t i = 0; i < size.links && s.offers.size() > 1; ++i) {
    const Id from = g.pick(s.offers);
    Id to = g.pick(s.offers);
    while (to == from) to = g.pick(s.offers);
    s.links.push_back({s.takeId(), from, to, static_cast<LinkType>(g.below(3)), g.text()});
  }
  for (std::uint32_t i = 0; i < size.problems; ++i)
    s.problems.push_back({s.takeId(), g.chance(0.8) ? g.pick(s.ageGroups) : kNoId, "Problem " + g.text()});
  for (std::uint32_t i = 0; i < size.proposals; ++i) {
    Proposal p{s.takeId(),
               g.chance(0.8) ? g.pick(s.ageGroups) : kNoId,
               "Vorschlag " + g.text(),
               static_cast<Level>(g.below(3)),
               {},
               {},
               kNoId,
               1,
               {},
               {}};
    if (!s.problems.empty() && g.chance(0.5)) p.problems.push_back(g.pick(s.problems));
    if (!s.districts.empty() && g.chance(0.3)) p.districts.push_back(g.pick(s.districts));
    s.proposals.push_back(std::move(p));
  }
  if (!s.proposals.empty()) {
    VotingRound round;
    round.id = s.takeId();
    round.name = "Runde 1";
    round.method = static_cast<VoteMethod>(g.below(3));
    round.state = RoundState::Closed;
    for (const Proposal& p : s.proposals) round.proposals.push_back(p.id);
    s.rounds.push_back(round);
    for (std::uint32_t i = 0; i < size.ballots; ++i) {
      Ballot b{s.takeId(), round.id, g.chance(0.7) ? g.pick(s.groups) : kNoId, {}, {}, g.chance(0.05), {}};
      for (int e = 0; e < 3; ++e) b.entries.push_back({g.pick(s.proposals), static_cast<std::int32_t>(1 + g.below(5))});
      s.ballots.push_back(std::move(b));
    }
  }
  return s;
}

}  // namespace nwk
