// Names of the model's values in the current language, and numbers as people read them:
// what every view and export shows for an age group, a level, a rating, a link type, a
// voting method or state, a number or a round's score.
// In core/model (the session, its commands with undo/redo, validation and labels); may use core/text.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/model/model.hpp"

namespace nwk {

const char* ageGroupName(const Session& s, Id ageGroup);  // "Alle Altersgruppen" for kNoId or an unknown id
// A button's label: "0-3 Jahre" for a bare range; "Schwangerschaft" or "0-3 Jahre" as named.
std::string ageGroupLabel(const std::string& name);
// An offer as views and reports name it: "Neues Angebot" while its name is still empty.
std::string offerName(const Offer& offer);
std::string ageGroupList(const Session& s, const std::vector<Id>& ageGroups);  // "0-3, 3-6"
const char* levelName(Level level);
const char* statusName(MeasureStatus status);  // "geplant", "begonnen", "umgesetzt", "verworfen"
const char* ratingName(Rating rating);
const char* linkTypeName(LinkType type);
const char* reachName(Reach reach);  // "im Stadtteil", "in mehreren Stadtteilen", "stadtweit", "mobil"
const char* costName(Cost cost);     // "unbekannt", "kostenlos", "ermäßigt", "kostenpflichtig"
// Themes as typed ("Sprache, Mobilität"): trimmed, none empty, each once, at most
// kLimits.tags (validate.hpp), each mended to valid text; back to text by commaList().
std::vector<std::string> tagsFromText(std::string_view typed);
std::string commaList(const std::vector<std::string>& items);  // "a, b, c"

const char* methodName(VoteMethod method);
const char* roundStateName(RoundState state);
bool ratedYes(Rating rating);  // "rather yes" or "yes"
// The stable keys of a method and a round's state in JSON (tally, live voting): "dots", "open".
const char* methodKey(VoteMethod method);
const char* roundStateKey(RoundState state);

// Fixed-point with at most `decimals` decimals (trailing zeros dropped), no exponent, no
// "-0": formatNumber(-3.5, 2, ',') == "-3,5", formatNumber(2.0, 2, '.') == "2".
std::string formatNumber(double value, int decimals, char decimalMark);
// For people: with the current language's decimal mark (German ',', English '.').
std::string displayNumber(double value, int decimals);
// A date "YYYY-MM-DD" as the current language's readers write it ("25.01.2026" in German,
// ISO in English); "" stays "".
std::string displayDate(std::string_view iso);
// A round's score for people: "9 Punkte" (dots, Borda), "Mittelwert 4,5" (weighting).
std::string displayScore(const VotingRound& round, double score);

}  // namespace nwk
