// Session file speed in the browser (scripts/bench.sh): a synthetic session of 10,000
// offers, 2,000 links, 500 proposals and 1,000 ballots is saved and loaded back, binary and
// JSON, timed inside wasm over several repetitions after two warm-up rounds; medians go to
// window.nwkBench.
#include <emscripten.h>

#include <algorithm>
#include <cstdio>
#include <vector>

#include "core/session_io.hpp"
#include "core/synthetic.hpp"

namespace {

constexpr int kWarmUps = 2;  // let the browser's optimizing compiler take over first
constexpr int kRepetitions = 9;

double medianMs(nwk::Session& session, nwk::SessionFormat format, std::size_t& bytes) {
  std::vector<double> times;
  for (int i = 0; i < kWarmUps + kRepetitions; ++i) {
    const double start = emscripten_get_now();
    const std::string file = nwk::saveSession(session, format);
    const nwk::LoadResult back = nwk::loadSession(file);
    if (i >= kWarmUps) times.push_back(emscripten_get_now() - start);
    bytes = file.size();
    if (!back.session || !(*back.session == session)) std::printf("round trip failed: %s\n", back.error.c_str());
  }
  std::sort(times.begin(), times.end());
  return times[times.size() / 2];
}

EM_JS(void, report, (double binaryMs, double jsonMs, double binaryBytes, double jsonBytes), {
  window.nwkBench = ({binaryMs : binaryMs, jsonMs : jsonMs, binaryBytes : binaryBytes, jsonBytes : jsonBytes});
});

}  // namespace

int main() {
  nwk::Session session = nwk::makeSyntheticSession({24, 10'000, 2'000, 200, 500, 1'000}, 7);
  std::size_t binaryBytes = 0, jsonBytes = 0;
  const double binary = medianMs(session, nwk::SessionFormat::Binary, binaryBytes);
  const double json = medianMs(session, nwk::SessionFormat::Json, jsonBytes);
  report(binary, json, static_cast<double>(binaryBytes), static_cast<double>(jsonBytes));
  return 0;
}
