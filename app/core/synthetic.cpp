#include "core/synthetic.hpp"

#include <array>
#include <random>

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
    static const std::array<const char*, 12> words{"Kita", "Grüße", "Straße", "\"Lotse\"", "Köln", "Ü-18",
                                                   "Familienbüro", "🙂", "a\\b", "Jugend;hilfe", "", "Øst"};
    std::string out;
    for (std::uint32_t i = 0, n = below(6); i < n; ++i) {
      if (i) out += ' ';
      out += words[below(words.size())];
    }
    return out;
  }

  template <class T>
  Id pick(const std::vector<T>& items) {
    return items.empty() ? kNoId : items[below(items.size())].id;
  }

  Rating rating() { return static_cast<Rating>(below(kRatingMax + 1)); }

 private:
  std::mt19937_64 rng_;
};

Polygon square(double lon, double lat, double size, bool hole) {
  Polygon p{{{{lon, lat}, {lon + size, lat}, {lon + size, lat + size}, {lon, lat + size}}}};
  const double q = size / 4;
  if (hole) p.rings.push_back({{lon + q, lat + q}, {lon + 2 * q, lat + q}, {lon + 2 * q, lat + 2 * q}});
  return p;
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
  s.indicatorColumns.push_back({column, "Kinder unter 15", "Personen", g.text()});
  for (std::uint32_t i = 0; i < size.districts; ++i) {
    District d{s.takeId(), "Bezirk " + std::to_string(i) + " " + g.text(), {}, {}};
    d.parts.push_back(square(9.0 + 0.01 * i, 50.0, 0.01, g.chance(0.3)));
    if (g.chance(0.2)) d.parts.push_back(square(9.0 + 0.01 * i, 50.02, 0.005, false));
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
    o.hasLocation = g.chance(0.8);
    if (o.hasLocation) o.location = {g.real(-180, 180), g.real(-90, 90)};
    o.district = g.chance(0.7) ? g.pick(s.districts) : kNoId;
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
    Proposal p{s.takeId(), g.chance(0.8) ? g.pick(s.ageGroups) : kNoId, "Vorschlag " + g.text(),
               static_cast<Level>(g.below(3)), {}, {}};
    if (!s.problems.empty() && g.chance(0.5)) p.problems.push_back(g.pick(s.problems));
    if (!s.districts.empty() && g.chance(0.3)) p.districts.push_back(g.pick(s.districts));
    s.proposals.push_back(std::move(p));
  }
  if (!s.proposals.empty()) {
    VotingRound round{s.takeId(), "Runde 1", static_cast<VoteMethod>(g.below(3)), {}, false};
    for (const Proposal& p : s.proposals) round.proposals.push_back(p.id);
    s.rounds.push_back(round);
    for (std::uint32_t i = 0; i < size.ballots; ++i) {
      Ballot b{s.takeId(), round.id, g.chance(0.7) ? g.pick(s.groups) : kNoId, {}, g.chance(0.05)};
      for (int e = 0; e < 3; ++e) b.entries.push_back({g.pick(s.proposals), static_cast<std::int32_t>(1 + g.below(5))});
      s.ballots.push_back(std::move(b));
    }
  }
  return s;
}

}  // namespace nwk
