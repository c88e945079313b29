// Merging another session (a parallel table's laptop) into the open one, as one undo step.
// Age groups, categories, indicator columns, districts and participant groups are matched by
// name (sameName, names.hpp) and added when new (a matched district or age group without
// a code or population column takes the incoming one); offers, links, problems, proposals,
// rounds, ballots, goals and measures are always added, with fresh ids; fields of action are
// matched by name like age groups. The incoming session's history (earlier conferences) is
// not merged: it stays in its own file. Nothing is dropped: items that look
// like duplicates are reported, and combineDuplicate() folds one into the other on the
// facilitator's word. Offers: the same name (sameName) in the same district, wherever in it
// each table tapped (a tap on a tablet's map is easily 100 m off), or within kNearbyMetres
// where a district is missing; problems and proposals: same text for the same age group.
// In core/import (district GeoJSON, offer and indicator tables, merging sessions); may use core/text, core/model,
// core/io, core/geo, core/analysis, core/voting.
#pragma once
#include <string>
#include <vector>

#include "core/model/commands.hpp"

namespace nwk {

inline constexpr double kNearbyMetres = 1000.0;

struct Duplicate {
  enum class Kind { Offer, Problem, Proposal } kind;
  Id existing = kNoId;  // already in the open session
  Id incoming = kNoId;  // just merged in
  std::string name;     // the offer's name or the text
  // Offers: the district of the one kept ("" if none) and how far apart the two were placed
  // (-1 where one has no location).
  std::string district;
  double metresApart = -1;
};

struct MergeReport {
  std::size_t offers = 0, links = 0, problems = 0, strengths = 0, proposals = 0, rounds = 0, ballots = 0, goals = 0, measures = 0;
  std::size_t newAgeGroups = 0, newCategories = 0, newDistricts = 0;
  std::vector<Duplicate> duplicates;
};

MergeReport merge(Document& doc, const Session& other);

// What to ask before merging `incoming` into `open`: a session of another town (another
// municipality named, or districts of which none is known here) would add its districts;
// a file merged before (or this session's own file) would double every entry.
struct MergeCaution {
  std::string otherTown;             // incoming's municipality, where it differs from open's
  std::size_t foreignDistricts = 0;  // incoming's districts, when none of them is known here
  bool sameSession = false;          // a copy of the open session itself (same uid)
  std::size_t entries = 0;           // incoming's offers, problems and proposals
  std::size_t alreadyHere = 0;       // of them, exactly alike in `open` (same name, place, text)
  bool anotherTown() const { return !otherTown.empty() || foreignDistricts > 0; }
  bool mergedBefore() const { return sameSession || (entries > 0 && alreadyHere == entries); }
  bool any() const { return anotherTown() || mergedBefore(); }
};
MergeCaution mergeCaution(const Session& open, const Session& incoming);

// Keeps `existing`, removes `incoming` and points everything that referred to it at
// `existing` (links, proposals' problems, rounds, ballots); offers also pool their age
// groups and take every field `existing` left empty (provider, category, location, district,
// places, contact, description, each answer of the assessment) from `incoming`, so nothing
// either table entered is lost. One undo step. False if either item is gone.
bool combineDuplicate(Document& doc, const Duplicate& duplicate);

// Two proposals from parallel groups that say the same, made one (dropping one onto the other
// on the board): `keep` gets the other's text on a new line, its problems and districts, and
// its votes (redirected as by combineDuplicate); `absorbed` goes. One undo step.
bool mergeProposals(Document& doc, Id keep, Id absorbed);

// Great-circle distance in metres.
double distanceMetres(const LonLat& a, const LonLat& b);

}  // namespace nwk
