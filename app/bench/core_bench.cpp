// Core speed in the browser (scripts/bench.sh), timed inside wasm after warm-up rounds,
// medians to window.nwkBench:
// - session save + load of 10,000 offers, 2,000 links, 500 proposals, 1,000 ballots, binary
//   and JSON;
// - the map's hover hit test (offer under the pointer, else district) on 100 districts of
//   500 vertices and 10,000 offers: 10,000 tests at random points, per test;
// - importing a GeoJSON file of about 2 MB (100 districts of 840 vertices);
// - tallying 1,000 ballots over 100 proposals (bench/voting_session.hpp), each method, 51
//   runs: the slowest method's median;
// - comparing two conferences of 10,000 offers each (compare.hpp), matched by names: the
//   median of 9 runs; a comparison that does not find the closed and added offers it was
//   made with reports -1 (bench.mjs then fails), never a time.
// Natively (scripts/bench.sh, preset "release") only the comparison runs; it prints
// {"compare_native_ms": ...} and exits 1 when the comparison is wrong.
#include <algorithm>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

#include "core/analysis/compare.hpp"
#include "core/model/followup.hpp"
#include "core/sample/synthetic.hpp"

#ifdef __EMSCRIPTEN__
#include <emscripten.h>

#include "bench/voting_session.hpp"
#include "core/geo/map_scene.hpp"
#include "core/import/geojson.hpp"
#include "core/io/session_io.hpp"
#include "core/voting/tally.hpp"
#else
#include <chrono>
#endif

namespace {

#ifdef __EMSCRIPTEN__
double nowMs() { return emscripten_get_now(); }
#else
double nowMs() {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch()).count();
}
#endif

constexpr int kWarmUps = 2;  // let the browser's optimizing compiler take over first
constexpr int kRepetitions = 9;

template <class Work> double medianMs(Work work, int repetitions = kRepetitions) {
  std::vector<double> times;
  for (int i = 0; i < kWarmUps + repetitions; ++i) {
    const double start = nowMs();
    work();
    if (i >= kWarmUps) times.push_back(nowMs() - start);
  }
  std::sort(times.begin(), times.end());
  return times[times.size() / 2];
}

// The town a year on, made anew (no history, so offers are matched by names): every 50th
// offer closed, 100 opened, every 40th with another provider.
constexpr std::size_t kCompareAdded = 100;
nwk::Session yearOn(const nwk::Session& before) {
  nwk::Session after = nwk::prepareFollowUp(before, "2027-01-01");
  after.history.clear();
  for (std::size_t i = 0; i < after.offers.size(); i += 40) after.offers[i].provider += " (neu)";
  std::erase_if(after.offers, [](const nwk::Offer& o) { return o.id % 50 == 0; });
  for (std::size_t i = 0; i < kCompareAdded; ++i) {
    nwk::Offer o = after.offers[i];
    o.id = after.takeId();
    o.name = "Neues Angebot " + std::to_string(i);
    after.offers.push_back(std::move(o));
  }
  return after;
}

// The median time of compareSessions() over two towns of 10,000 offers; negative when the
// comparison missed what it was made with.
double compareMs() {
  const nwk::Session before = nwk::makeSyntheticSession({24, 10'000, 0, 0, 0, 0, 4}, 7);
  const nwk::Session after = yearOn(before);
  const std::size_t closed = before.offers.size() - (after.offers.size() - kCompareAdded);
  bool right = closed > 0;
  const double ms = medianMs([&] {
    const nwk::Comparison c = nwk::compareSessions(before, after);
    right = right && !c.byId && c.added.size() == kCompareAdded && c.closed.size() == closed && !c.changed.empty();
  });
  if (!right)
    std::fprintf(stderr, "compare: expected %zu added and %zu closed offers, found otherwise\n", kCompareAdded, closed);
  return right ? ms : -1.0;
}

#ifdef __EMSCRIPTEN__
constexpr int kHitTests = 10'000;

double sessionFileMs(const nwk::Session& session, nwk::SessionFormat format, std::size_t& bytes) {
  return medianMs([&] {
    const std::string file = nwk::saveSession(session, format);
    const nwk::LoadResult back = nwk::loadSession(file);
    bytes = file.size();
    if (!back.session || !(*back.session == session)) std::printf("round trip failed: %s\n", back.error.c_str());
  });
}

// What the map does on hover: the offer within the marker radius, else the district.
double hitTestMs(const nwk::Session& session) {
  const nwk::MapScene scene = nwk::buildMapScene(session);
  std::mt19937 random(7);
  std::uniform_real_distribution<double> x(scene.bounds.min.x, scene.bounds.max.x),
      y(scene.bounds.min.y, scene.bounds.max.y);
  std::vector<nwk::Vec2> points(kHitTests);
  for (nwk::Vec2& p : points) p = {x(random), y(random)};
  int found = 0;
  const double ms = medianMs([&] {
    for (const nwk::Vec2& p : points) {
      const int offer = scene.grid.nearest(scene.offers, p, 30.0, [](int) { return true; });
      found += offer >= 0 ? 1 : scene.districtAt(p) >= 0 ? 2 : 0;
    }
  });
  if (found == 0) std::printf("hit test found nothing\n");
  return ms / kHitTests;
}

std::string geoJsonOf(const nwk::Session& session) {
  std::string out = R"({"type":"FeatureCollection","features":[)";
  char number[64];
  for (const nwk::District& d : session.districts) {
    if (&d != &session.districts.front()) out += ',';
    out += R"({"type":"Feature","properties":{"name":")" + std::to_string(d.id) +
           R"("},"geometry":{"type":"MultiPolygon","coordinates":[)";
    for (const nwk::Polygon& part : d.parts) {
      out += &part == &d.parts.front() ? "[" : ",[";
      for (const nwk::Ring& ring : part.rings) {
        out += &ring == &part.rings.front() ? "[" : ",[";
        for (const nwk::LonLat& p : ring) {
          std::snprintf(number, sizeof number, "[%.7f,%.7f],", p.lon, p.lat);
          out += number;
        }
        std::snprintf(number, sizeof number, "[%.7f,%.7f]]", ring.front().lon, ring.front().lat);
        out += number;
      }
      out += ']';
    }
    out += "]}}";
  }
  return out + "]}";
}

double geoJsonImportMs(const std::string& file) {
  return medianMs([&] {
    const nwk::DistrictImport result = nwk::importDistricts(file);
    if (!result.error.empty()) std::printf("import failed: %s\n", result.error.c_str());
  });
}

double tallyMs() {
  double slowest = 0;
  for (nwk::VoteMethod method : {nwk::VoteMethod::Dots, nwk::VoteMethod::Weighting, nwk::VoteMethod::Ranking}) {
    const nwk::Session s = nwk::bench::votingSession(method);
    std::int64_t points = 0;
    slowest = std::max(slowest, medianMs([&] { points += nwk::tally(s, s.rounds[0]).points; }, 51));
    if (points == 0) std::printf("tally counted nothing\n");
  }
  return slowest;
}

// JavaScript inside, which clang-format would break ("() = >"):
// clang-format off
EM_JS(void, report, (double binaryMs, double jsonMs, double binaryBytes, double jsonBytes, double hitMs,
                     double importMs, double importBytes, double tallyMs, double compareMs), {
  window.nwkBench = ({binaryMs, jsonMs, binaryBytes, jsonBytes, hitMs, importMs, importBytes, tallyMs, compareMs});
});
// clang-format on
#endif

}  // namespace

#ifndef __EMSCRIPTEN__
int main() {
  const double ms = compareMs();
  if (ms < 0) return 1;
  std::printf("{\"compare_native_ms\": %.3f}\n", ms);
  return 0;
}
#else
int main() {
  const nwk::Session files = nwk::makeSyntheticSession({24, 10'000, 2'000, 200, 500, 1'000, 4}, 7);
  std::size_t binaryBytes = 0, jsonBytes = 0;
  const double binary = sessionFileMs(files, nwk::SessionFormat::Binary, binaryBytes);
  const double json = sessionFileMs(files, nwk::SessionFormat::Json, jsonBytes);
  const nwk::Session map = nwk::makeSyntheticSession({100, 10'000, 0, 0, 0, 0, 500}, 7);
  const double hit = hitTestMs(map);
  const std::string geojson = geoJsonOf(nwk::makeSyntheticSession({100, 0, 0, 0, 0, 0, 840}, 7));  // ~2 MB
  const double import = geoJsonImportMs(geojson);
  report(binary, json, static_cast<double>(binaryBytes), static_cast<double>(jsonBytes), hit, import,
         static_cast<double>(geojson.size()), tallyMs(), compareMs());
  return 0;
}
#endif
