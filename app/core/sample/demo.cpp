#include "core/sample/demo.hpp"

#include <cstdint>
#include <vector>

#include "core/geo/polygon.hpp"

// [SECTION] The map
// [SECTION] The offers and their links
// [SECTION] Building the session

namespace nwk {
namespace {

// [SECTION] The map: tables of small numbers, compact in the download.
// Vertices on a grid of 1/1000 degree longitude east of 9.9 and 1/2000 degree latitude
// north of 51.95 (about 69 m x 56 m). Neighbouring districts share vertices, so their
// borders match exactly.
constexpr std::uint8_t kVertices[][2] = {
    {67, 67},  {64, 72},  {59, 73},  {53, 73},  {49, 68},  {51, 62},  {53, 56},  {57, 52},  {62, 56},  {65, 60},
    {87, 77},  {81, 84},  {75, 89},  {66, 93},  {58, 96},  {51, 91},  {47, 85},  {40, 82},  {33, 75},  {30, 66},
    {33, 56},  {35, 45},  {41, 34},  {49, 33},  {56, 37},  {63, 38},  {71, 37},  {77, 43},  {80, 53},  {85, 63},
    {119, 64}, {118, 77}, {115, 90}, {102, 98}, {91, 104}, {82, 111}, {73, 114}, {65, 114}, {55, 113}, {43, 121},
    {31, 121}, {23, 111}, {13, 100}, {6, 87},   {4, 73},   {8, 59},   {11, 45},  {13, 32},  {19, 20},  {29, 13},
    {40, 10},  {50, 5},   {60, 4},   {70, 13},  {78, 21},  {87, 21},  {95, 23},  {102, 28}, {106, 35}, {108, 44},
    {114, 52}, {70, 79},  {50, 80},  {42, 58},  {56, 44},  {73, 57},  {97, 77},  {105, 87}, {68, 105}, {48, 101},
    {43, 110}, {23, 81},  {14, 82},  {36, 23},  {75, 29},  {45, 52},  {49, 52},  {50, 49},  {49, 45},  {45, 44},
    {43, 48},  {101, 45}, {95, 37},  {92, 29},
};

LonLat onGrid(int x, int y) { return {(9900 + x) / 1000.0, (103900 + y) / 2000.0}; }

// Each district's rings as vertex numbers, in the order of kDistricts: outlines counter-
// clockwise, holes clockwise. kHole starts a hole in the current part, kPart a new part,
// kEnd ends the district.
constexpr std::uint8_t kHole = 253, kPart = 254, kEnd = 255;
constexpr std::uint8_t kShapes[] = {
    0,  1,    2,  3,  4,  5,  6,  7,  8,  9,  kEnd,                                                  // 01 Altstadt
    61, 12,   13, 14, 15, 16, 62, 3,  2,  1,  kEnd,                                                  // 02 Nordstadt
    65, 28,   29, 10, 11, 12, 61, 1,  0,  9,  kEnd,                                                  // 03 Am Bahnhof
    64, 24,   25, 26, 27, 28, 65, 9,  8,  7,  kEnd,                                                  // 04 Südfeld
    63, 20,   21, 22, 23, 24, 64, 7,  6,  5,  kHole, 75, 76,   77,    78, 79,   80, kEnd,            // 05 Lindenhof
    62, 16,   17, 18, 19, 20, 63, 5,  4,  3,  kEnd,                                                  // 06 Westend
    69, 70,   39, 40, 41, 42, 43, 72, 71, 18, 17,    16, 15,   kEnd,                                 // 07 Wiesengrund
    68, 36,   37, 38, 39, 70, 69, 15, 14, 13, kEnd,                                                  // 08 Eichenhöhe
    66, 67,   32, 33, 34, 35, 36, 68, 13, 12, 11,    10, kEnd,                                       // 09 Mühlenbach
    74, 54,   55, 56, 83, 82, 81, 59, 60, 30, 31,    32, 67,   66,    10, 29,   28, 27,   26, kEnd,  // 10 Sonnenhang
    73, 49,   50, 51, 52, 53, 54, 74, 26, 25, 24,    23, 22,   kPart, 56, 57,   58, 59,   81, 82,
    83, kEnd,                                                                    // 11 Kirchdorf
    71, 72,   43, 44, 45, 46, 47, 48, 49, 73, 22,    21, 20,   19,    18, kEnd,  // 12 Hasenheide
};

struct DemoDistrict {
  const char* code;
  const char* name;
  double children[4];  // 0-3, 3-6, 6-10, 11-18 years
  double sgb2;         // SGB-II-Quote in %
};
constexpr DemoDistrict kDistricts[] = {
    {"01", "Altstadt", {140, 150, 190, 330}, 14.2},   {"02", "Nordstadt", {310, 300, 380, 610}, 27.5},
    {"03", "Am Bahnhof", {260, 250, 300, 520}, 31.8}, {"04", "Südfeld", {230, 240, 310, 560}, 19.6},
    {"05", "Lindenhof", {170, 180, 240, 450}, 6.3},   {"06", "Westend", {240, 230, 300, 540}, 22.4},
    {"07", "Wiesengrund", {120, 130, 170, 300}, 9.1}, {"08", "Eichenhöhe", {90, 100, 140, 260}, 4.8},
    {"09", "Mühlenbach", {150, 160, 200, 380}, 12.7}, {"10", "Sonnenhang", {210, 220, 290, 520}, 8.5},
    {"11", "Kirchdorf", {130, 140, 180, 340}, 11.9},  {"12", "Hasenheide", {180, 170, 230, 430}, 16.4},
};

// [SECTION] The offers and their links
// Five of the six outer districts have nothing for 11-18; some offers are known but hardly
// used (the Bestandsanalyse's typical finding); a playground lies in the Stadtpark (in no
// district), the children's hospital outside the town.
struct DemoOffer {
  const char* name;
  const char* provider;
  const char* icon;   // of the category
  std::uint8_t ages;  // bit i: the i-th default age group; 0: none given (open to all)
  std::uint8_t x, y;  // on the grid of kVertices
  bool located;       // false: x, y only pick the district
  std::int16_t capacity;
  const char* assessment;  // known, used, transparent, fitting: '0' unrated .. '4' yes
};
constexpr DemoOffer kOffers[] = {
    {"Kita Sonnenschein", "Stadt Musterstadt", "daycare", 3, 63, 61, true, 85, "4434"},
    {"Stadtbibliothek", "Stadt Musterstadt", "leisure", 0, 60, 70, true, -1, "4343"},
    {"Erziehungsberatungsstelle", "Caritasverband", "counselling", 15, 57, 63, true, -1, "3123"},
    {"Frühe Hilfen Lotsendienst", "Gesundheitsamt", "health", 1, 53, 64, false, -1, "2123"},
    {"Jugendmigrationsdienst", "Diakonie", "counselling", 8, 55, 58, true, -1, "2234"},
    {"Musikschule Musterstadt", "Stadt Musterstadt", "leisure", 12, 59, 58, true, 400, "4233"},
    {"Familienzentrum Nord", "AWO Kreisverband", "family", 7, 67, 79, true, -1, "4213"},
    {"Krippe Spatzennest", "AWO Kreisverband", "daycare", 1, 55, 79, true, 24, "4444"},
    {"Kita Regenbogen", "Ev. Kirchengemeinde Nord", "daycare", 2, 61, 82, true, 75, "4433"},
    {"Grundschule Nordstadt", "Stadt Musterstadt", "school", 4, 63, 87, true, 240, "4443"},
    {"Jugendtreff Nordlicht", "Stadtjugendring", "youth", 8, 51, 86, true, 40, "3323"},
    {"Tafel Musterstadt", "Tafel Musterstadt e. V.", "other", 0, 59, 89, true, -1, "4324"},
    {"Hebammensprechstunde", "Hebammenzentrum Musterstadt", "health", 1, 70, 68, true, -1, "2233"},
    {"Kita Weltentdecker", "DRK Kreisverband", "daycare", 2, 78, 74, true, 90, "4434"},
    {"Grundschule am Bahnhof", "Stadt Musterstadt", "school", 4, 77, 67, true, 200, "4442"},
    {"Lernhafen Hausaufgabenhilfe", "Bürgerstiftung Musterstadt", "other", 4, 81, 69, true, 20, "2224"},
    {"Jugendtreff Gleis 3", "Diakonie", "youth", 8, 84, 77, true, 60, "3334"},
    {"Jugendberufsagentur", "Jobcenter und Agentur für Arbeit", "jobs", 8, 73, 73, true, -1, "4112"},
    {"Kita Pusteblume", "Stadt Musterstadt", "daycare", 3, 68, 50, true, 100, "4433"},
    {"Grundschule am Park", "Stadt Musterstadt", "school", 4, 66, 45, true, 260, "4443"},
    {"Schulsozialarbeit Grundschule am Park", "Caritasverband", "counselling", 4, 60, 45, true, -1, "3234"},
    {"Oberschule Südfeld", "Landkreis Musterland", "school", 8, 65, 56, true, 540, "4443"},
    {"TuS Südfeld 1887", "TuS Südfeld 1887 e. V.", "leisure", 12, 70, 41, true, 300, "4333"},
    {"Mobile Jugendarbeit Süd", "Stadtjugendring", "youth", 8, 73, 48, false, -1, "1124"},
    {"Waldkindergarten Lindenhof", "Elterninitiative Waldwichtel e. V.", "daycare", 2, 40, 53, true, 20, "3433"},
    {"Eltern-Kind-Gruppe Lindenhof", "Familienbildungsstätte", "family", 1, 46, 55, true, 12, "2333"},
    {"Gymnasium am Stadtpark", "Landkreis Musterland", "school", 8, 40, 42, true, 900, "4443"},
    {"Kinderarztpraxis am Stadtpark", "Praxisgemeinschaft", "health", 15, 51, 53, true, -1, "4443"},
    {"Abenteuerspielplatz Stadtpark", "Stadt Musterstadt", "leisure", 6, 47, 50, true, -1, "4333"},
    {"Kita Kunterbunt", "Lebenshilfe Musterstadt", "daycare", 3, 40, 72, true, 60, "4423"},
    {"Grundschule Westend", "Stadt Musterstadt", "school", 4, 46, 73, true, 180, "4442"},
    {"Mädchentreff Westend", "Frauen helfen Frauen e. V.", "youth", 8, 44, 62, true, 25, "2224"},
    {"Kita Wiesenzwerge", "Stadt Musterstadt", "daycare", 3, 20, 98, true, 70, "4433"},
    {"Grundschule Wiesengrund", "Stadt Musterstadt", "school", 4, 41, 104, true, 150, "0000"},
    {"Jugendtreff Wiesengrund", "Stadtjugendring", "youth", 8, 36, 85, true, 30, "3213"},
    {"Kita Eichhörnchen", "Ev. Kirchengemeinde Eichenhöhe", "daycare", 2, 56, 104, true, 45, "4433"},
    {"Reit- und Fahrverein Eichenhöhe", "RuFV Eichenhöhe e. V.", "leisure", 4, 46, 110, true, 35, "2322"},
    {"Familienzentrum Mühlenbach", "Caritasverband", "family", 7, 98, 90, true, -1, "4214"},
    {"Kita Mühlenrad", "Stadt Musterstadt", "daycare", 2, 74, 98, true, 80, "0000"},
    {"Grundschule Mühlenbach", "Stadt Musterstadt", "school", 4, 76, 109, true, 160, "4443"},
    {"Kita Sonnenhang", "Johanniter", "daycare", 3, 90, 27, true, 110, "4433"},
    {"Grundschule Sonnenhang", "Stadt Musterstadt", "school", 4, 78, 33, true, 280, "4443"},
    {"Kinderturnen TSV Sonnenhang", "TSV Sonnenhang e. V.", "leisure", 6, 84, 25, true, 40, "3433"},
    {"Kita St. Martin", "Kath. Kirchengemeinde St. Martin", "daycare", 3, 53, 14, true, 65, "4434"},
    {"Grundschule Kirchdorf", "Stadt Musterstadt", "school", 4, 54, 22, true, 120, "0000"},
    {"Kita Hohenfeld", "Stadt Musterstadt", "daycare", 2, 97, 34, true, 30, "3433"},
    {"Kita Hasenheide", "AWO Kreisverband", "daycare", 2, 26, 68, true, 70, "4423"},
    {"Grundschule Hasenheide", "Stadt Musterstadt", "school", 4, 15, 59, true, 190, "4442"},
    {"Kinderklinik am Kreiskrankenhaus", "Kreiskrankenhaus Musterland", "health", 15, 113, 128, true, -1, "4343"},
};

struct DemoLink {
  const char* from;
  const char* to;
  LinkType type;
  const char* note;
};
constexpr DemoLink kLinks[] = {
    {"Krippe Spatzennest", "Kita Regenbogen", LinkType::Transition, "Übergang Krippe → Kita"},
    {"Kita Sonnenschein", "Grundschule am Park", LinkType::Transition, "Übergang Kita → Grundschule"},
    {"Grundschule am Park", "Oberschule Südfeld", LinkType::Transition, "Übergang in die Sekundarstufe"},
    {"Familienzentrum Nord", "Erziehungsberatungsstelle", LinkType::Referral, ""},
    {"Erziehungsberatungsstelle", "Kita Sonnenschein", LinkType::Cooperation, "Offene Sprechstunde in der Kita"},
    {"Frühe Hilfen Lotsendienst", "Familienzentrum Nord", LinkType::Cooperation, "Gemeinsame Sprechstunde"},
    {"Hebammensprechstunde", "Frühe Hilfen Lotsendienst", LinkType::Referral, "Lotsinnen übernehmen nach der Geburt"},
    {"Schulsozialarbeit Grundschule am Park", "Erziehungsberatungsstelle", LinkType::Referral, ""},
    {"Oberschule Südfeld", "Jugendberufsagentur", LinkType::Cooperation, "Berufsorientierung ab Klasse 8"},
    {"Familienzentrum Mühlenbach", "Grundschule Mühlenbach", LinkType::Cooperation, "Elterncafé in der Schule"},
};

// [SECTION] Building the session

// The polygons of the district whose rings start at kShapes[at]; leaves `at` past its kEnd.
std::vector<Polygon> shapeAt(std::size_t& at) {
  std::vector<Polygon> parts(1, Polygon{{Ring{}}});
  for (; kShapes[at] != kEnd; ++at) {
    if (kShapes[at] == kPart) parts.push_back({{Ring{}}});
    else if (kShapes[at] == kHole) parts.back().rings.emplace_back();
    else parts.back().rings.back().push_back(onGrid(kVertices[kShapes[at]][0], kVertices[kShapes[at]][1]));
  }
  ++at;
  return parts;
}

void addDistricts(Session& s) {
  const char* source = "Statistikstelle Musterstadt, fiktiv";
  const char* kDemoIndicatorsAsOf = "2025-12-31";
  for (std::size_t a = 0; a < 4; ++a) {
    const Id column = s.takeId();
    s.indicatorColumns.push_back({column, "Kinder " + s.ageGroups[a].name, "Personen", source, kDemoIndicatorsAsOf});
    s.ageGroups[a].populationColumn = column;
  }
  const Id sgb2 = s.takeId();
  s.indicatorColumns.push_back({sgb2, "SGB-II-Quote", "%", source, kDemoIndicatorsAsOf});
  std::size_t shape = 0;
  for (const DemoDistrict& d : kDistricts) {
    District district{s.takeId(), d.name, d.code, shapeAt(shape), {{sgb2, d.sgb2}}, {}};
    for (std::size_t a = 0; a < 4; ++a) district.indicators.push_back({s.ageGroups[a].populationColumn, d.children[a]});
    s.districts.push_back(std::move(district));
  }
}

Id categoryWithIcon(const Session& s, const char* icon) {
  for (const Category& c : s.categories)
    if (c.icon == icon) return c.id;
  return kNoId;
}

void addOffers(Session& s) {
  for (const DemoOffer& d : kOffers) {
    Offer o;
    o.id = s.takeId();
    o.name = d.name;
    o.provider = d.provider;
    o.category = categoryWithIcon(s, d.icon);
    for (std::size_t a = 0; a < 4; ++a)
      if (d.ages & (1u << a)) o.ageGroups.push_back(s.ageGroups[a].id);
    o.location = onGrid(d.x, d.y);
    o.district = districtAt(s, o.location);
    o.hasLocation = d.located;
    if (!d.located) o.location = {};
    o.capacity = d.capacity;
    const auto rating = [&](int i) { return static_cast<Rating>(d.assessment[i] - '0'); };
    o.assessment = {rating(0), rating(1), rating(2), rating(3)};
    s.offers.push_back(std::move(o));
  }
}

Id offerNamed(const Session& s, const char* name) {
  for (const Offer& o : s.offers)
    if (o.name == name) return o.id;
  return kNoId;
}

VotingRound votingRound(Session& s, const char* name, VoteMethod method, std::vector<Id> proposals, RoundState state) {
  VotingRound r;
  r.id = s.takeId();
  r.name = name;
  r.method = method;
  r.proposals = std::move(proposals);
  r.state = state;
  return r;
}

// A closed dot-voting round (five ballots, one batch of paper dots) and an open weighting
// round on two criteria.
void addVoting(Session& s, const std::vector<Id>& proposals) {
  VotingRound dots = votingRound(s, "Punktabfrage Plenum", VoteMethod::Dots, proposals, RoundState::Closed);
  dots.points = 3;
  dots.maxPerProposal = 2;
  dots.paper.push_back({s.takeId(), s.groups[0].id, 4, {}});
  constexpr std::int32_t kPaper[5] = {3, 2, 4, 1, 2};
  for (std::size_t i = 0; i < 5; ++i) dots.paper[0].dots.push_back({proposals[i], kPaper[i]});
  s.rounds.push_back(dots);
  constexpr std::int32_t kDots[5][5] = {
      {2, 1, 0, 0, 0}, {1, 0, 2, 0, 0}, {2, 0, 0, 1, 0}, {0, 1, 0, 0, 2}, {1, 1, 1, 0, 0}};
  for (std::size_t b = 0; b < 5; ++b) {
    Ballot ballot{s.takeId(), dots.id, s.groups[b % s.groups.size()].id, {}, {}, false, {}};
    for (std::size_t i = 0; i < 5; ++i)
      if (kDots[b][i] > 0) ballot.entries.push_back({proposals[i], kDots[b][i]});
    s.ballots.push_back(std::move(ballot));
  }
  VotingRound weighting =
      votingRound(s, "Gewichtung der Favoriten", VoteMethod::Weighting, {proposals[0], proposals[2]}, RoundState::Open);
  weighting.criteria = {"Wirkung", "Umsetzbarkeit"};
  s.rounds.push_back(weighting);
  constexpr std::int32_t kScores[2][4] = {{5, 3, 4, 4}, {4, 4, 5, 2}};  // per ballot: proposal x criterion
  for (std::size_t b = 0; b < 2; ++b) {
    Ballot ballot{s.takeId(), weighting.id, s.groups[b + 1].id, {}, {}, false, {}};
    for (std::int32_t i = 0; i < 4; ++i)
      ballot.entries.push_back({weighting.proposals[static_cast<std::size_t>(i / 2)], kScores[b][i], i % 2});
    s.ballots.push_back(std::move(ballot));
  }
}

void addBoard(Session& s) {
  const Id age0 = s.ageGroups[0].id, age3 = s.ageGroups[1].id, age6 = s.ageGroups[2].id, age11 = s.ageGroups[3].id;
  const Id p1 = s.takeId(), p2 = s.takeId(), p3 = s.takeId(), p4 = s.takeId(), p5 = s.takeId();
  s.problems = {{p1, age0, "Zu wenige Krippenplätze in der Nordstadt"},
                {p2, age3, "Kita-Platzvergabe ist für Eltern undurchsichtig"},
                {p3, age6, "Kein Angebot für Lernförderung im Westend"},
                {p4, kNoId, "Familien kennen die Angebote nicht"},
                {p5, age11, "Jugendliche am Stadtrand finden keinen Treffpunkt"}};
  const Id s1 = s.takeId(), s2 = s.takeId(), s3 = s.takeId(), s4 = s.takeId(), s5 = s.takeId();
  s.proposals = {
      {s1, kNoId, "Koordinierungsstelle als Lotse für Familien", Level::Structural, {p4}, {}, kNoId, 1, {}, {}},
      {s2, age3, "Zentrale Kita-Platzvergabe", Level::Institutional, {p2}, {}, kNoId, 1, {}, {}},
      {s3, age0, "Mehr Krippenplätze in der Nordstadt", Level::Structural, {p1}, {s.districts[1].id}, kNoId, 1, {}, {}},
      {s4, age6, "Lernförderung an der Grundschule", Level::Individual, {p3}, {s.districts[5].id}, kNoId, 1, {}, {}},
      {s5, age11, "Jugendbeteiligung stärken", Level::Institutional, {p5}, {}, kNoId, 1, {}, {}}};

  addVoting(s, {s1, s2, s3, s4, s5});
}

// [SECTION] The Bestandsanalyse's details, added last so the ids above stay as they were

void addAccess(Session& s) {
  const auto offer = [&](const char* name) -> Offer& { return *findById(s.offers, offerNamed(s, name)); };
  offer("Abenteuerspielplatz Stadtpark").reach = Reach::Town;
  Offer& beratung = offer("Erziehungsberatungsstelle");
  beratung.reach = Reach::Districts;
  beratung.servedDistricts = {s.districts[2].id, s.districts[4].id};
  Offer& lotsen = offer("Frühe Hilfen Lotsendienst");
  lotsen.reach = Reach::Mobile;
  lotsen.servedDistricts = {s.districts[1].id, s.districts[2].id, s.districts[5].id};
  lotsen.cost = Cost::Free;
  lotsen.lowThreshold = true;
  lotsen.languages = "Türkisch, Arabisch";
  lotsen.projectFunding = true;
  lotsen.fundedUntil = "2026-12-31";
  Offer& mobile = offer("Mobile Jugendarbeit Süd");
  mobile.reach = Reach::Mobile;
  mobile.servedDistricts = {s.districts[2].id, s.districts[3].id};
  mobile.cost = Cost::Free;
  mobile.lowThreshold = true;
  Offer& familie = offer("Familienzentrum Nord");
  familie.cost = Cost::Free;
  familie.lowThreshold = true;
  familie.languages = "Russisch, Türkisch";
  Offer& lernhafen = offer("Lernhafen Hausaufgabenhilfe");
  lernhafen.cost = Cost::Reduced;
  lernhafen.educationPackage = true;
  lernhafen.projectFunding = true;
  lernhafen.fundedUntil = "2027-07-31";
  offer("Musikschule Musterstadt").cost = Cost::Fee;
  offer("Musikschule Musterstadt").educationPackage = true;
}

void addStrengthsAndNotes(Session& s) {
  const Id age0 = s.ageGroups[0].id, age6 = s.ageGroups[2].id, age11 = s.ageGroups[3].id;
  s.strengths = {{s.takeId(), age0, "Hebammen und Frühe Hilfen arbeiten eng zusammen"},
                 {s.takeId(), age6, "Schulsozialarbeit an jeder Grundschule im Süden"},
                 {s.takeId(), age11, "Jugendtreffs sind gut besucht"},
                 {s.takeId(), kNoId, "Kurze Wege zwischen Jugendamt und Trägern"}};
  s.districts[1].note = "Viele junge Familien ziehen zu; die Kitas führen Wartelisten.";
  s.districts[2].note = "Die Zahlen unterschätzen den Bedarf: viele Familien leben ohne Leistungsbezug knapp darüber.";
  s.proposals[0].tables = 3;
  s.proposals[0].alsoNamedIn = {s.ageGroups[1].id};
  s.proposals[0].tags = {"Information", "Lotsen"};
  s.proposals[2].tables = 2;
  s.proposals[2].tags = {"Kita-Plätze"};
  s.proposals[1].tags = {"Kita-Plätze", "Information"};
}
}  // namespace

Session makeDemoSession() {
  Session s = makeDefaultSession();
  s.uid = 0x4D7573746572ull;  // "Muster": the demo is one session wherever it is opened
  s.meta = {"Sozialraumkonferenz Musterstadt",
            "Musterstadt",
            "2026-01-25",
            "Rathaus, Großer Saal",
            "Jugendhilfeplanung",
            Phase::Inventory,
            {1, 4.0},
            {},
            {},
            {},
            48,
            23};
  addDistricts(s);
  addOffers(s);
  for (const DemoLink& l : kLinks)
    s.links.push_back({s.takeId(), offerNamed(s, l.from), offerNamed(s, l.to), l.type, l.note});
  addBoard(s);
  addAccess(s);
  addStrengthsAndNotes(s);
  return s;
}

}  // namespace nwk
