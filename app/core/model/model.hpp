// The workshop session: everything a Sozialraumkonferenz produces, as plain data.
// Ownership: a Session owns all its items by value. Items refer to each other by Id, never
// by pointer or index; Id 0 means "none" (for an age group: "all age groups"). Ids are unique
// across the whole session and never reused (Session::nextId). The order of a vector is the
// order shown (age groups can be reordered). Persisted fields are fixed-width types only, so
// files move between wasm32 and x86-64 unchanged (session_io.hpp). Changes go through
// commands (commands.hpp), which keep undo/redo; validation lives in validate.hpp.
// In core/model (the session, its commands with undo/redo, validation and labels); may use core/text.
#pragma once
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "core/model/phase.hpp"

namespace nwk {

using Id = std::uint32_t;
inline constexpr Id kNoId = 0;

// When a cell of the coverage matrix (district x age group, coverage.hpp) counts as a gap.
struct CoverageRules {
  std::int32_t minOffers = 1;  // fewer offers than this: a gap
  double minPer1000 = 0.0;     // offers per 1,000 children below this (where known): a gap; 0 off
  bool operator==(const CoverageRules&) const = default;
};

struct Meta {
  std::string title;
  std::string municipality;
  std::string date;  // ISO 8601 "YYYY-MM-DD" or empty
  std::string place;
  std::string facilitator;
  Phase phase = Phase::Inventory;
  CoverageRules coverage;
  // The council's Vorlage (report frame): its number, the committees and dates it goes
  // through (one per line), and the proposed resolution.
  std::string vorlageNumber;
  std::string committees;
  std::string resolution;
  // Who took part, as the facilitator counted them (0: not entered).
  std::int32_t people = 0;
  std::int32_t institutions = 0;
  bool operator==(const Meta&) const = default;
};

struct AgeGroup {
  Id id = kNoId;
  std::string name;             // "0-3", "Schwangerschaft", "18-27" ...
  Id populationColumn = kNoId;  // indicator column with the number of children of this age
  bool operator==(const AgeGroup&) const = default;
};

struct Category {
  Id id = kNoId;
  std::string name;
  std::uint32_t colour = 0xFF808080u;  // 0xAARRGGBB
  std::string icon;                    // key of an icon, see ui/icons.hpp
  bool operator==(const Category&) const = default;
};

struct LonLat {
  double lon = 0.0;  // WGS84 degrees, -180..180
  double lat = 0.0;  // -90..90
  bool operator==(const LonLat&) const = default;
};

using Ring = std::vector<LonLat>;  // closed implicitly: the last point is not repeated

struct Polygon {
  std::vector<Ring> rings;  // rings[0] the outline, the rest holes
  bool operator==(const Polygon&) const = default;
};

struct IndicatorColumn {
  Id id = kNoId;
  std::string name;    // "Kinder unter 15", "SGB-II-Quote"
  std::string unit;    // "%", "Personen"
  std::string source;  // where the data comes from, shown with the legend
  std::string asOf;    // reference date of the values ("YYYY-MM-DD") or empty
  bool operator==(const IndicatorColumn&) const = default;
};

struct IndicatorValue {
  Id column = kNoId;
  double value = 0.0;
  bool operator==(const IndicatorValue&) const = default;
};

struct District {
  Id id = kNoId;
  std::string name;
  std::string code;            // the office's key ("16", "091620000"), for matching imported tables
  std::vector<Polygon> parts;  // several for multi-part districts
  std::vector<IndicatorValue> indicators;
  std::string note;  // local knowledge: what the people who work here see (the Kümmerer)
  bool operator==(const District&) const = default;
};

// The Bestandsanalyse's questions, each answered on a four-step scale (0 = not yet rated).
enum class Rating : std::uint8_t { Unrated = 0, No, RatherNo, RatherYes, Yes };
inline constexpr std::uint8_t kRatingMax = 4;

struct Assessment {
  Rating known = Rating::Unrated;
  Rating used = Rating::Unrated;
  Rating transparent = Rating::Unrated;
  Rating fitting = Rating::Unrated;
  bool operator==(const Assessment&) const = default;
};

// How far an offer reaches: its own district, several districts (Offer::servedDistricts),
// the whole town, or mobile (it comes to the families: the districts it names, or the whole
// town when it names none).
enum class Reach : std::uint8_t { District = 0, Districts, Town, Mobile };
enum class Cost : std::uint8_t { Unknown = 0, Free, Reduced, Fee };

struct Offer {
  Id id = kNoId;
  std::string name;
  std::string provider;  // Träger
  Id category = kNoId;
  std::vector<Id> ageGroups;
  bool hasLocation = false;  // false: placed in a district only
  LonLat location;
  Id district = kNoId;
  std::int32_t capacity = -1;  // places; -1 unknown
  std::string contact;
  std::string description;
  Assessment assessment;
  bool toReview = false;  // carried into a follow-up conference, not yet confirmed there
  Reach reach = Reach::District;
  std::vector<Id> servedDistricts;  // Districts, Mobile: the districts served besides `district`
  Cost cost = Cost::Unknown;
  std::string languages;          // spoken besides German, as people write them: "Türkisch, Arabisch"
  bool lowThreshold = false;      // niedrigschwellig: no appointment, no registration needed
  bool educationPackage = false;  // takes the Bildung-und-Teilhabe voucher
  bool projectFunding = false;    // false: regular funding
  std::string fundedUntil;        // project funding: "YYYY-MM-DD" or empty
  bool operator==(const Offer&) const = default;
};

enum class LinkType : std::uint8_t { Cooperation = 0, Referral, Transition };

struct Link {
  Id id = kNoId;
  Id from = kNoId;  // offers
  Id to = kNoId;
  LinkType type = LinkType::Cooperation;
  std::string note;
  bool operator==(const Link&) const = default;
};

struct Problem {
  Id id = kNoId;
  Id ageGroup = kNoId;  // kNoId: all age groups
  std::string text;
  bool operator==(const Problem&) const = default;
};

// What already works well for an age group ("Was läuft gut?"), beside its problems.
struct Strength {
  Id id = kNoId;
  Id ageGroup = kNoId;  // kNoId: all age groups
  std::string text;
  bool operator==(const Strength&) const = default;
};

enum class Level : std::uint8_t { Structural = 0, Institutional, Individual };

struct Proposal {
  Id id = kNoId;
  Id ageGroup = kNoId;  // kNoId: all age groups
  std::string text;
  Level level = Level::Structural;
  std::vector<Id> problems;
  std::vector<Id> districts;
  Id field = kNoId;  // field of action, or none
  // How often it was named: by this many tables (combining two proposals adds theirs up) and,
  // besides its own age group, in these (combined from other age groups' tables).
  std::int32_t tables = 1;
  std::vector<Id> alsoNamedIn;
  std::vector<std::string> tags;  // themes across age groups ("Sprache", "Mobilität")
  bool operator==(const Proposal&) const = default;
};

// A Handlungsfeld ("Übergang Kita-Schule", "Frühe Hilfen"): proposals, goals and measures
// are grouped under it.
struct FieldOfAction {
  Id id = kNoId;
  std::string name;
  bool operator==(const FieldOfAction&) const = default;
};

// A SMART goal of a field of action: what should change, measured by an indicator of the
// session (column and district; none: the town) or by a free text, from the value today to
// the target by a date. Values are text as people write them ("12 %", "80 Plätze").
struct Goal {
  Id id = kNoId;
  Id field = kNoId;
  std::string text;
  Id indicator = kNoId;  // indicator column, or none
  Id district = kNoId;   // the indicator's district, or none: the whole town
  std::string measuredBy;  // free text when no indicator column fits
  std::string valueToday;
  std::string target;
  std::string deadline;  // "YYYY-MM-DD" or empty
  bool operator==(const Goal&) const = default;
};

enum class MeasureStatus : std::uint8_t { Planned = 0, Started, Done, Dropped };

// A dated Sachstand of a measure.
struct ProgressNote {
  std::string date;  // "YYYY-MM-DD"
  std::string text;
  bool operator==(const ProgressNote&) const = default;
};

// A Maßnahme of the measures plan: who does what by when, with which resources.
struct Measure {
  Id id = kNoId;
  std::string name;
  Id proposal = kNoId;  // the proposal it was made from (keeps its votes), or none
  Id field = kNoId;     // field of action, or none
  std::string owner;    // responsible body: Stadt, Landkreis, a Träger ...
  std::string partners;
  std::vector<Id> districts;
  std::vector<Id> ageGroups;
  std::string deadline;        // "YYYY-MM-DD" or empty
  double staffHours = 0.0;     // per year
  double money = 0.0;          // euros
  bool projectFunding = false; // false: regular funding
  std::string fundedUntil;     // project funding: "YYYY-MM-DD" or empty
  MeasureStatus status = MeasureStatus::Planned;
  std::string reason;  // why it was dropped
  std::vector<ProgressNote> notes;  // oldest first
  bool operator==(const Measure&) const = default;
};

struct ParticipantGroup {
  Id id = kNoId;
  std::string name;  // "Kita", "Schule", "Verwaltung" ...
  bool operator==(const ParticipantGroup&) const = default;
};

enum class VoteMethod : std::uint8_t { Dots = 0, Weighting, Ranking };
enum class RoundState : std::uint8_t { Draft = 0, Open, Closed };

struct PaperDots {
  Id proposal = kNoId;
  std::int32_t dots = 0;  // sticky dots counted on the poster
  bool operator==(const PaperDots&) const = default;
};

// One batch of paper votes the facilitator typed in (dot-voting rounds only): the dots per
// proposal and how many people stuck them, so the ballot count stays honest.
struct PaperTally {
  Id id = kNoId;
  Id group = kNoId;         // participant group, or none (mixed)
  std::int32_t voters = 0;  // people who voted on paper in this batch
  std::vector<PaperDots> dots;
  bool operator==(const PaperTally&) const = default;
};

struct VotingRound {
  Id id = kNoId;
  std::string name;
  VoteMethod method = VoteMethod::Dots;
  std::vector<Id> proposals;
  RoundState state = RoundState::Draft;
  std::int32_t points = 5;            // dots: points per participant
  std::int32_t maxPerProposal = 3;    // dots: at most this many on one proposal
  bool allPointsRequired = false;     // dots: a ballot must use every point
  std::vector<std::string> criteria;  // weighting: scored 1-5 each; none: one unnamed criterion
  bool named = false;                 // ballots carry the voter's name (default: anonymous)
  bool liveResults = false;           // results visible while open (default: only once closed)
  std::int32_t timerSeconds = 0;      // 0: no timer
  std::vector<PaperTally> paper;
  std::string liveCode;  // the join code while phones vote through the server; empty: not live
  bool operator==(const VotingRound&) const = default;
};

struct BallotEntry {
  Id proposal = kNoId;
  std::int32_t value = 0;      // dots, score 1-5 or rank 1.. by the round's method
  std::int32_t criterion = 0;  // weighting: index into VotingRound::criteria
  bool operator==(const BallotEntry&) const = default;
};

struct Ballot {
  Id id = kNoId;
  Id round = kNoId;
  Id group = kNoId;   // participant group, or none
  std::string voter;  // named rounds only
  std::vector<BallotEntry> entries;
  bool voided = false;
  std::string liveId;  // the server's ballot id for a ballot cast on a phone; empty: cast here
  bool operator==(const Ballot&) const = default;
};

struct Session {
  Meta meta;
  std::vector<AgeGroup> ageGroups;
  std::vector<Category> categories;
  std::vector<IndicatorColumn> indicatorColumns;
  std::vector<District> districts;
  std::vector<Offer> offers;
  std::vector<Link> links;
  std::vector<Problem> problems;
  std::vector<Strength> strengths;
  std::vector<Proposal> proposals;
  std::vector<ParticipantGroup> groups;
  std::vector<VotingRound> rounds;
  std::vector<Ballot> ballots;
  std::vector<FieldOfAction> fields;
  std::vector<Goal> goals;
  std::vector<Measure> measures;
  Id nextId = 1;
  std::uint64_t uid = 0;  // identifies the session across saves (browser storage); 0: none yet
  // The earlier conferences this one follows (followup.hpp), oldest first, each without a
  // history of its own; read-only. The last is the baseline of "what changed".
  std::vector<Session> history;

  Id takeId() { return nextId++; }
  bool operator==(const Session&) const = default;
};

// A new session with the defaults of a Sozialraumkonferenz: age groups 0-3, 3-6, 6-10,
// 11-18; the nine offer categories; the usual participant groups. Names in the current
// language.
Session makeDefaultSession();

// Whether the offer serves the district: its own, one it names (several districts, mobile),
// or any (the whole town; mobile naming none). An offer in no district and of district
// reach serves none.
bool servesDistrict(const Offer& offer, Id district);

// Find by id; nullptr when absent. Linear: sessions hold thousands of items, not millions.
template <class T> const T* findById(const std::vector<T>& items, Id id) {
  for (const T& item : items)
    if (item.id == id) return &item;
  return nullptr;
}

template <class T> T* findById(std::vector<T>& items, Id id) {
  for (T& item : items)
    if (item.id == id) return &item;
  return nullptr;
}

}  // namespace nwk
