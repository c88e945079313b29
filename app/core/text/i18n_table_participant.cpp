// The participant page's part of the string table: only the rows listed in kUsed reach its
// download (the full table is picked from at compile time, and only the picked texts are
// emitted). A row the page uses but does not list shows as "[?]" (a browser test looks
// for it in every view).
#include <array>
#include <cstddef>
#include <utility>

#include "core/text/i18n_table.hpp"

namespace nwk {
namespace {

struct Row {
  Str id;
  const char* de;
  const char* en;
};

constexpr Row kAll[] = {
#define NWK_STR_ROW(id, de, en) {Str::id, de, en},
    NWK_STRINGS(NWK_STR_ROW)
#undef NWK_STR_ROW
};

#define NWK_STR_ID(id, ...) Str::id,
constexpr Str kUsed[] = {
    // the page's own rows; reading the server's JSON; the live client
    NWK_STRINGS_PARTICIPANT(NWK_STR_ID) NWK_STRINGS_JSON(NWK_STR_ID) Str::AppName, Str::LiveNotBallot,
    Str::LiveNotRound, Str::LiveOffline, Str::LiveServerStatus,
    // the ballot (ui/ballot_form.cpp) and the canvas (ui/participant.cpp)
    Str::KioskGroup, Str::KioskName, Str::KioskPointsLeft, Str::KioskRank, Str::KioskRankChoose, Str::KioskSubmit,
    Str::PartBusy, Str::PartChange, Str::PartChangeHint, Str::PartClosed, Str::PartConnecting, Str::PartPending,
    Str::PartPrivacy, Str::PartSending, Str::PartSent, Str::PartUnknownCode, Str::PartVoided,
    // the rules and why a ballot cannot be sent (core/voting/voting.cpp)
    Str::VoteRulesDots, Str::VoteRulesDotsAll, Str::VoteRulesDotsMax, Str::VoteRulesRanking, Str::VoteRulesWeighting,
    Str::VoteCriterionMissing, Str::VoteEmpty, Str::VoteNameInvalid, Str::VoteNameMissing, Str::VoteNegative,
    Str::VoteNoCriterion, Str::VoteNoRound, Str::VoteNotInRound, Str::VoteNotOpenYet, Str::VoteOverBudget,
    Str::VoteOverMax, Str::VotePointsLeft, Str::VoteRankGap, Str::VoteRankRange, Str::VoteRankTwice,
    Str::VoteScoreRange, Str::VoteTwice, Str::VoteUnknownGroup, Str::VoteClosed};
#undef NWK_STR_ID

template <std::size_t... I> constexpr std::array<Row, sizeof...(I)> pick(std::index_sequence<I...>) {
  return {kAll[static_cast<std::size_t>(kUsed[I])]...};
}

constexpr auto kTable = pick(std::make_index_sequence<std::size(kUsed)>());

}  // namespace

const char* tableText(Str id, Lang lang) {
  for (const Row& row : kTable)
    if (row.id == id) return lang == Lang::De ? row.de : row.en;
  return "[?]";
}

}  // namespace nwk
