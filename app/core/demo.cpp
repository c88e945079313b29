#include "core/demo.hpp"

#include <array>

namespace nwk {
namespace {

constexpr double kWest = 9.800, kSouth = 51.980, kCellLon = 0.020, kCellLat = 0.013;

Polygon cell(int column, int row) {
  const double w = kWest + column * kCellLon, s = kSouth + row * kCellLat;
  return {{{{w, s}, {w + kCellLon, s}, {w + kCellLon, s + kCellLat}, {w, s + kCellLat}}}};
}

LonLat inCell(int column, int row, double fx, double fy) {
  return {kWest + (column + fx) * kCellLon, kSouth + (row + fy) * kCellLat};
}

Id categoryNamed(const Session& s, const char* icon) {
  for (const Category& c : s.categories)
    if (c.icon == icon) return c.id;
  return kNoId;
}

}  // namespace

Session makeDemoSession() {
  Session s = makeDefaultSession();
  s.uid = 0x4D7573746572ull;  // "Muster": the demo is one session wherever it is opened
  s.meta = {"Sozialraumkonferenz Musterstadt", "Musterstadt", "2026-01-25", "Rathaus, Großer Saal",
            "Jugendhilfeplanung", Phase::Inventory};
  const Id age0 = s.ageGroups[0].id, age3 = s.ageGroups[1].id, age6 = s.ageGroups[2].id, age11 = s.ageGroups[3].id;

  const Id children = s.takeId(), sgb2 = s.takeId();
  s.indicatorColumns = {{children, "Kinder unter 15", "Personen", "Melderegister Musterstadt (fiktiv)"},
                        {sgb2, "SGB-II-Quote unter 15", "%", "Statistik der Arbeitsagentur (fiktiv)"}};
  const std::array<const char*, 6> names{"Altstadt", "Nordstadt", "Am Bahnhof", "Südfeld", "Lindenhof", "Westend"};
  const std::array<double, 6> kids{820, 1430, 960, 1710, 640, 1180};
  const std::array<double, 6> rates{12.4, 24.9, 30.8, 18.2, 4.1, 21.7};
  std::array<Id, 6> district{};
  for (int i = 0; i < 6; ++i) {
    district[static_cast<std::size_t>(i)] = s.takeId();
    s.districts.push_back({district[static_cast<std::size_t>(i)], names[static_cast<std::size_t>(i)],
                           {cell(i % 3, i / 3)},
                           {{children, kids[static_cast<std::size_t>(i)]}, {sgb2, rates[static_cast<std::size_t>(i)]}}});
  }

  struct DemoOffer {
    const char* name;
    const char* provider;
    const char* icon;
    std::vector<Id> ages;
    int district;
    double fx, fy;
    std::int32_t capacity;
    Rating used;
  };
  const std::vector<DemoOffer> offers = {
      {"Kita Sonnenschein", "Stadt Musterstadt", "daycare", {age0, age3}, 0, 0.3, 0.4, 85, Rating::Yes},
      {"Krippe Spatzennest", "AWO", "daycare", {age0}, 1, 0.6, 0.3, 24, Rating::Yes},
      {"Familienzentrum Nordstadt", "Caritas", "family", {age0, age3, age6}, 1, 0.4, 0.6, -1, Rating::RatherNo},
      {"Grundschule am Park", "Stadt Musterstadt", "school", {age6}, 3, 0.5, 0.5, 260, Rating::Yes},
      {"Oberschule Südfeld", "Landkreis", "school", {age11}, 3, 0.2, 0.7, 540, Rating::Yes},
      {"Jugendtreff Bahnhof", "Diakonie", "youth", {age11}, 2, 0.5, 0.5, 40, Rating::RatherYes},
      {"Erziehungsberatung", "Caritas", "counselling", {age0, age3, age6, age11}, 0, 0.7, 0.7, -1, Rating::RatherNo},
      {"Frühe Hilfen Lotsinnen", "Gesundheitsamt", "health", {age0}, 0, 0.5, 0.2, -1, Rating::No},
      {"Sportverein TuS 1887", "TuS Musterstadt", "leisure", {age6, age11}, 4, 0.5, 0.5, 300, Rating::RatherYes},
      {"Hausaufgabenhilfe Westend", "Ehrenamt Westend", "other", {age6}, 5, 0.4, 0.4, 20, Rating::RatherNo},
      {"Jugendberufsagentur", "Jobcenter", "jobs", {age11}, 2, 0.2, 0.3, -1, Rating::No},
      {"Stadtbibliothek", "Stadt Musterstadt", "leisure", {age3, age6, age11}, 0, 0.2, 0.8, -1, Rating::Yes},
  };
  for (const DemoOffer& d : offers) {
    Offer o;
    o.id = s.takeId();
    o.name = d.name;
    o.provider = d.provider;
    o.category = categoryNamed(s, d.icon);
    o.ageGroups = d.ages;
    o.hasLocation = true;
    o.location = inCell(d.district % 3, d.district / 3, d.fx, d.fy);
    o.district = district[static_cast<std::size_t>(d.district)];
    o.capacity = d.capacity;
    o.assessment = {Rating::RatherYes, d.used, Rating::RatherNo, Rating::RatherYes};
    s.offers.push_back(std::move(o));
  }
  auto offer = [&](std::size_t i) { return s.offers[i].id; };
  s.links = {{s.takeId(), offer(1), offer(0), LinkType::Transition, "Übergang Krippe → Kita"},
             {s.takeId(), offer(0), offer(3), LinkType::Transition, "Übergang Kita → Grundschule"},
             {s.takeId(), offer(3), offer(4), LinkType::Transition, "Übergang in die Sekundarstufe"},
             {s.takeId(), offer(2), offer(6), LinkType::Referral, ""},
             {s.takeId(), offer(7), offer(2), LinkType::Cooperation, "Gemeinsame Sprechstunde"}};

  const Id p1 = s.takeId(), p2 = s.takeId(), p3 = s.takeId(), p4 = s.takeId();
  s.problems = {{p1, age0, "Zu wenige Krippenplätze in der Nordstadt"},
                {p2, age3, "Kita-Platzvergabe ist für Eltern undurchsichtig"},
                {p3, age6, "Kein Angebot für Lernförderung im Westend"},
                {p4, kNoId, "Familien kennen die Angebote nicht"}};
  const Id s1 = s.takeId(), s2 = s.takeId(), s3 = s.takeId(), s4 = s.takeId(), s5 = s.takeId();
  s.proposals = {{s1, kNoId, "Koordinierungsstelle als Lotse für Familien", Level::Structural, {p4}, {}},
                 {s2, age3, "Zentrale Kita-Platzvergabe", Level::Institutional, {p2}, {}},
                 {s3, age0, "Mehr Krippenplätze in der Nordstadt", Level::Structural, {p1}, {district[1]}},
                 {s4, age6, "Lernförderung an der Grundschule", Level::Individual, {p3}, {district[5]}},
                 {s5, age11, "Jugendbeteiligung stärken", Level::Institutional, {}, {}}};

  const Id round = s.takeId();
  s.rounds = {{round, "Punktabfrage Plenum", VoteMethod::Dots, {s1, s2, s3, s4, s5}, false}};
  const std::array<std::array<std::int32_t, 5>, 5> dots{{{2, 1, 0, 0, 0}, {1, 0, 2, 0, 0}, {2, 0, 0, 1, 0},
                                                         {0, 1, 0, 0, 2}, {1, 1, 1, 0, 0}}};
  for (std::size_t b = 0; b < dots.size(); ++b) {
    Ballot ballot{s.takeId(), round, s.groups[b % s.groups.size()].id, {}, false};
    for (std::size_t i = 0; i < 5; ++i)
      if (dots[b][i] > 0) ballot.entries.push_back({s.proposals[i].id, dots[b][i]});
    s.ballots.push_back(std::move(ballot));
  }
  return s;
}

}  // namespace nwk
