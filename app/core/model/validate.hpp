// The rules a session obeys, in one place, applied three ways:
// - validate(): checks a session that came from outside (a file, a merge) before anything
//   uses it: ids non-zero, unique and below nextId, every reference resolving (a ballot's
//   and a paper tally's proposals within their round), every text valid UTF-8 without NUL
//   and of sane length, every number finite and in range, counts within kLimits. Returns
//   the first problem as a message in the current language, or nothing when sound.
// - repair(): the same walk, fixing instead of stopping: a session that fails validate()
//   opens anyway (the user's only copy is never refused), with what was changed listed.
// - the field rules (validText, isoDate) that commands apply to what a form typed, so that
//   no edit can produce a value the file would refuse.
// In core/model (the session, its commands with undo/redo, validation and labels); may use core/text.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

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
  double amount = 1e12;              // Measure: staff hours and money
  std::uint32_t conferences = 100;   // Session::history
  std::int32_t attendance = 100'000; // Meta: people and institutions
  std::int32_t tables = 1'000;       // Proposal::tables
  std::uint32_t tags = 20;           // Proposal::tags
};
inline constexpr Limits kLimits{};

std::optional<std::string> validate(const Session& session);

// Makes the session pass validate(), changing as little as it can: broken text mended
// (invalid bytes become U+FFFD, NUL removed, cut to the limit), impossible numbers set to
// their default or the nearest allowed value, dangling references cleared (or the entry
// holding them removed), bad or repeated ids renumbered. Returns one line per change, in the
// current language; at most kMaxRepairLines, the last then says how many more there were.
inline constexpr std::size_t kMaxRepairLines = 12;
std::vector<std::string> repair(Session& session);

// --- Field rules -------------------------------------------------------------------------
// Applies every rule of validate() that concerns one item's own fields (not its references:
// those are the commands' business), fixing as repair() does. Every Change runs it on what
// it inserts or writes, so no form can store a value that a file would refuse.
void normalizeFields(Meta& meta);
void normalizeFields(AgeGroup& item);
void normalizeFields(Category& item);
void normalizeFields(IndicatorColumn& item);
void normalizeFields(District& item);
void normalizeFields(Offer& item);
void normalizeFields(Link& item);
void normalizeFields(Problem& item);
void normalizeFields(Strength& item);
void normalizeFields(Proposal& item);
void normalizeFields(ParticipantGroup& item);
void normalizeFields(VotingRound& item);
void normalizeFields(Ballot& item);
void normalizeFields(FieldOfAction& item);
void normalizeFields(Goal& item);
void normalizeFields(Measure& item);

bool isValidText(std::string_view text);
// The text as a file keeps it: invalid UTF-8 replaced by U+FFFD, NUL removed, cut (between
// characters) to kLimits.textBytes.
std::string validText(std::string_view text);
// "" or a real calendar date as "YYYY-MM-DD".
bool isValidDate(std::string_view date);
// A date as typed into a form, "TT.MM.JJJJ" (also "T.M.JJJJ") or "JJJJ-MM-TT", as the file
// keeps it ("JJJJ-MM-TT"); "" stays "". Nothing when it is no real date.
std::optional<std::string> isoDate(std::string_view typed);
// The stored date as a German reader writes it ("14.03.2027"); "" stays "".
std::string germanDate(std::string_view iso);
// Project funding (of a measure or an offer) ending at most a year after today, ended ones
// included; never regular funding, an unknown end or an unknown today.
bool projectEndsSoon(bool projectFunding, std::string_view fundedUntil, std::string_view today);

}  // namespace nwk
