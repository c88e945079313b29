// Synthetic sessions of any size, deterministic for a seed: valid by construction (every
// reference resolves, every value in range) with awkward content (umlauts, quotes, emoji,
// empty strings, extreme coordinates). For property tests, fuzzing seeds and benchmarks.
#pragma once
#include <cstdint>

#include "core/model.hpp"

namespace nwk {

struct SyntheticSize {
  std::uint32_t districts = 12;
  std::uint32_t offers = 100;
  std::uint32_t links = 20;
  std::uint32_t problems = 20;
  std::uint32_t proposals = 20;
  std::uint32_t ballots = 30;
};

Session makeSyntheticSession(const SyntheticSize& size, std::uint64_t seed);

}  // namespace nwk
