// Synthetic sessions of any size, deterministic for a seed: valid by construction (every
// reference resolves, every value in range) with awkward content (umlauts, quotes, emoji,
// empty strings, extreme coordinates). For property tests, fuzzing seeds and benchmarks.
// Districts tile a grid (near-square, west to east then south to north, from lon 9, lat 50):
// wavy, non-convex outlines whose shared borders match exactly, some with a hole, some with
// an exclave south of the grid. Most offers lie inside the district they are assigned to; a
// few have no location, a few lie far outside every district (with no district).
// In core/sample (the demo session and synthetic towns); may use core/text, core/model, core/io, core/geo,
// core/analysis, core/voting, core/import, core/export.
#pragma once
#include <cstdint>

#include "core/model/model.hpp"

namespace nwk {

struct SyntheticSize {
  std::uint32_t districts = 12;
  std::uint32_t offers = 100;
  std::uint32_t links = 20;
  std::uint32_t problems = 20;
  std::uint32_t proposals = 20;
  std::uint32_t ballots = 30;
  std::uint32_t verticesPerDistrict = 4;  // of each outline; a multiple of 4 (rounded down), 4: squares
};

Session makeSyntheticSession(const SyntheticSize& size, std::uint64_t seed);

}  // namespace nwk
