// Checks a session that came from outside (a file, a merge) before anything uses it: ids
// non-zero, unique and below nextId, every reference resolving (a ballot's and a paper
// tally's proposals within their round), every text valid UTF-8 and of sane length, every
// number finite and in range, counts within kLimits. Returns the first problem as a message
// in the current language, or nothing when the session is sound.
// In core/model (the session, its commands with undo/redo, validation and labels); may use core/text.
#pragma once
#include <cstdint>
#include <optional>
#include <string>

#include "core/model/model.hpp"

namespace nwk {

struct Limits {
  std::uint32_t itemsPerKind = 200'000;
  std::uint32_t textBytes = 64 * 1024;
  std::uint32_t pointsPerDistrict = 500'000;
  std::uint32_t entriesPerBallot = 10'000;
  std::int32_t coverageRule = 1'000;  // CoverageRules: minOffers and minPer1000 at most this
  std::int32_t votePoints = 100;      // VotingRound::points
  std::uint32_t criteria = 8;         // VotingRound::criteria
  std::int32_t timerSeconds = 86'400;
};
inline constexpr Limits kLimits{};

std::optional<std::string> validate(const Session& session);

}  // namespace nwk
