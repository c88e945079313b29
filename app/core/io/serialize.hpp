// cereal serialization of the model (model.hpp): one serialize() per type, named values for
// a readable JSON, and a class version on every type from the first format on. A format
// change bumps kSessionFormatVersion and the changed type's CEREAL_CLASS_VERSION, reads the
// old layout when version says so, and adds a golden file to tests/golden/.
// Format 2 added Meta::coverage, AgeGroup::populationColumn and District::code; files of
// format 1 load with their defaults. Format 3 added the voting details: a round's state (was
// `open`), budget, criteria, options and paper tallies; a ballot entry's criterion; a ballot's
// voter. Format 4 added a round's live code and a ballot's live id. Format 5 changes no type:
// the binary form ends with a CRC-32 (session_io.hpp). Format 6 added what follows the
// conference: fields of action, goals, measures, the Vorlage frame (Meta), an indicator's
// reference date, an offer's "to review" mark, a proposal's field, and the earlier
// conferences (Session::history). Format 7 added the Bestandsanalyse's details: an offer's
// reach, access and funding, strengths, a district's note, how often a proposal was named
// and its themes, and who took part (Meta).
// In core/io (session files, the one JSON reader and writer, CSV, file names); may use core/text, core/model.
#pragma once
#include <cereal/cereal.hpp>
#include <cereal/types/string.hpp>
#include <cereal/types/vector.hpp>

#include <optional>
#include <stdexcept>

#include "core/model/model.hpp"

namespace nwk {

inline constexpr std::uint32_t kSessionFormatVersion = 7;

template <class A> void serialize(A& ar, CoverageRules& r, std::uint32_t) {
  ar(cereal::make_nvp("minOffers", r.minOffers), cereal::make_nvp("minPer1000", r.minPer1000));
}

template <class A> void serialize(A& ar, Meta& m, std::uint32_t version) {
  ar(cereal::make_nvp("title", m.title), cereal::make_nvp("municipality", m.municipality),
     cereal::make_nvp("date", m.date), cereal::make_nvp("place", m.place),
     cereal::make_nvp("facilitator", m.facilitator), cereal::make_nvp("phase", m.phase));
  if (version >= 2) ar(cereal::make_nvp("coverage", m.coverage));
  if (version >= 3)
    ar(cereal::make_nvp("vorlageNumber", m.vorlageNumber), cereal::make_nvp("committees", m.committees),
       cereal::make_nvp("resolution", m.resolution));
  if (version >= 4) ar(cereal::make_nvp("people", m.people), cereal::make_nvp("institutions", m.institutions));
}

template <class A> void serialize(A& ar, AgeGroup& g, std::uint32_t version) {
  ar(cereal::make_nvp("id", g.id), cereal::make_nvp("name", g.name));
  if (version >= 2) ar(cereal::make_nvp("populationColumn", g.populationColumn));
}

template <class A> void serialize(A& ar, Category& c, std::uint32_t) {
  ar(cereal::make_nvp("id", c.id), cereal::make_nvp("name", c.name), cereal::make_nvp("colour", c.colour),
     cereal::make_nvp("icon", c.icon));
}

template <class A> void serialize(A& ar, LonLat& p, std::uint32_t) {
  ar(cereal::make_nvp("lon", p.lon), cereal::make_nvp("lat", p.lat));
}

template <class A> void serialize(A& ar, Polygon& p, std::uint32_t) { ar(cereal::make_nvp("rings", p.rings)); }

template <class A> void serialize(A& ar, IndicatorColumn& c, std::uint32_t version) {
  ar(cereal::make_nvp("id", c.id), cereal::make_nvp("name", c.name), cereal::make_nvp("unit", c.unit),
     cereal::make_nvp("source", c.source));
  if (version >= 2) ar(cereal::make_nvp("asOf", c.asOf));
}

template <class A> void serialize(A& ar, IndicatorValue& v, std::uint32_t) {
  ar(cereal::make_nvp("column", v.column), cereal::make_nvp("value", v.value));
}

template <class A> void serialize(A& ar, District& d, std::uint32_t version) {
  ar(cereal::make_nvp("id", d.id), cereal::make_nvp("name", d.name));
  if (version >= 2) ar(cereal::make_nvp("code", d.code));
  ar(cereal::make_nvp("parts", d.parts), cereal::make_nvp("indicators", d.indicators));
  if (version >= 3) ar(cereal::make_nvp("note", d.note));
}

template <class A> void serialize(A& ar, Assessment& a, std::uint32_t) {
  ar(cereal::make_nvp("known", a.known), cereal::make_nvp("used", a.used),
     cereal::make_nvp("transparent", a.transparent), cereal::make_nvp("fitting", a.fitting));
}

template <class A> void serialize(A& ar, Offer& o, std::uint32_t version) {
  ar(cereal::make_nvp("id", o.id), cereal::make_nvp("name", o.name), cereal::make_nvp("provider", o.provider),
     cereal::make_nvp("category", o.category), cereal::make_nvp("ageGroups", o.ageGroups),
     cereal::make_nvp("hasLocation", o.hasLocation), cereal::make_nvp("location", o.location),
     cereal::make_nvp("district", o.district), cereal::make_nvp("capacity", o.capacity),
     cereal::make_nvp("contact", o.contact), cereal::make_nvp("description", o.description),
     cereal::make_nvp("assessment", o.assessment));
  if (version >= 2) ar(cereal::make_nvp("toReview", o.toReview));
  if (version >= 3)
    ar(cereal::make_nvp("reach", o.reach), cereal::make_nvp("servedDistricts", o.servedDistricts),
       cereal::make_nvp("cost", o.cost), cereal::make_nvp("languages", o.languages),
       cereal::make_nvp("lowThreshold", o.lowThreshold), cereal::make_nvp("educationPackage", o.educationPackage),
       cereal::make_nvp("projectFunding", o.projectFunding), cereal::make_nvp("fundedUntil", o.fundedUntil));
}

template <class A> void serialize(A& ar, Link& l, std::uint32_t) {
  ar(cereal::make_nvp("id", l.id), cereal::make_nvp("from", l.from), cereal::make_nvp("to", l.to),
     cereal::make_nvp("type", l.type), cereal::make_nvp("note", l.note));
}

template <class A> void serialize(A& ar, Problem& p, std::uint32_t) {
  ar(cereal::make_nvp("id", p.id), cereal::make_nvp("ageGroup", p.ageGroup), cereal::make_nvp("text", p.text));
}

template <class A> void serialize(A& ar, Strength& s, std::uint32_t) {
  ar(cereal::make_nvp("id", s.id), cereal::make_nvp("ageGroup", s.ageGroup), cereal::make_nvp("text", s.text));
}

template <class A> void serialize(A& ar, Proposal& p, std::uint32_t version) {
  ar(cereal::make_nvp("id", p.id), cereal::make_nvp("ageGroup", p.ageGroup), cereal::make_nvp("text", p.text),
     cereal::make_nvp("level", p.level), cereal::make_nvp("problems", p.problems),
     cereal::make_nvp("districts", p.districts));
  if (version >= 2) ar(cereal::make_nvp("field", p.field));
  if (version >= 3)
    ar(cereal::make_nvp("tables", p.tables), cereal::make_nvp("alsoNamedIn", p.alsoNamedIn),
       cereal::make_nvp("tags", p.tags));
}

template <class A> void serialize(A& ar, FieldOfAction& f, std::uint32_t) {
  ar(cereal::make_nvp("id", f.id), cereal::make_nvp("name", f.name));
}

template <class A> void serialize(A& ar, Goal& g, std::uint32_t) {
  ar(cereal::make_nvp("id", g.id), cereal::make_nvp("field", g.field), cereal::make_nvp("text", g.text),
     cereal::make_nvp("indicator", g.indicator), cereal::make_nvp("district", g.district),
     cereal::make_nvp("measuredBy", g.measuredBy), cereal::make_nvp("valueToday", g.valueToday),
     cereal::make_nvp("target", g.target), cereal::make_nvp("deadline", g.deadline));
}

template <class A> void serialize(A& ar, ProgressNote& n, std::uint32_t) {
  ar(cereal::make_nvp("date", n.date), cereal::make_nvp("text", n.text));
}

template <class A> void serialize(A& ar, Measure& m, std::uint32_t) {
  ar(cereal::make_nvp("id", m.id), cereal::make_nvp("name", m.name), cereal::make_nvp("proposal", m.proposal),
     cereal::make_nvp("field", m.field), cereal::make_nvp("owner", m.owner), cereal::make_nvp("partners", m.partners),
     cereal::make_nvp("districts", m.districts), cereal::make_nvp("ageGroups", m.ageGroups),
     cereal::make_nvp("deadline", m.deadline), cereal::make_nvp("staffHours", m.staffHours),
     cereal::make_nvp("money", m.money), cereal::make_nvp("projectFunding", m.projectFunding),
     cereal::make_nvp("fundedUntil", m.fundedUntil), cereal::make_nvp("status", m.status),
     cereal::make_nvp("reason", m.reason), cereal::make_nvp("notes", m.notes));
}

template <class A> void serialize(A& ar, ParticipantGroup& g, std::uint32_t) {
  ar(cereal::make_nvp("id", g.id), cereal::make_nvp("name", g.name));
}

template <class A> void serialize(A& ar, PaperDots& d, std::uint32_t) {
  ar(cereal::make_nvp("proposal", d.proposal), cereal::make_nvp("dots", d.dots));
}

template <class A> void serialize(A& ar, PaperTally& t, std::uint32_t) {
  ar(cereal::make_nvp("id", t.id), cereal::make_nvp("group", t.group), cereal::make_nvp("voters", t.voters),
     cereal::make_nvp("dots", t.dots));
}

template <class A> void serialize(A& ar, VotingRound& r, std::uint32_t version) {
  ar(cereal::make_nvp("id", r.id), cereal::make_nvp("name", r.name), cereal::make_nvp("method", r.method),
     cereal::make_nvp("proposals", r.proposals));
  if (version < 2) {  // format 1 and 2: open or not
    bool open = r.state == RoundState::Open;
    ar(cereal::make_nvp("open", open));
    r.state = open ? RoundState::Open : RoundState::Draft;
    return;
  }
  ar(cereal::make_nvp("state", r.state), cereal::make_nvp("points", r.points),
     cereal::make_nvp("maxPerProposal", r.maxPerProposal), cereal::make_nvp("allPointsRequired", r.allPointsRequired),
     cereal::make_nvp("criteria", r.criteria), cereal::make_nvp("named", r.named),
     cereal::make_nvp("liveResults", r.liveResults), cereal::make_nvp("timerSeconds", r.timerSeconds),
     cereal::make_nvp("paper", r.paper));
  if (version >= 3) ar(cereal::make_nvp("liveCode", r.liveCode));
}

template <class A> void serialize(A& ar, BallotEntry& e, std::uint32_t version) {
  ar(cereal::make_nvp("proposal", e.proposal), cereal::make_nvp("value", e.value));
  if (version >= 2) ar(cereal::make_nvp("criterion", e.criterion));
}

template <class A> void serialize(A& ar, Ballot& b, std::uint32_t version) {
  ar(cereal::make_nvp("id", b.id), cereal::make_nvp("round", b.round), cereal::make_nvp("group", b.group));
  if (version >= 2) ar(cereal::make_nvp("voter", b.voter));
  ar(cereal::make_nvp("entries", b.entries), cereal::make_nvp("voided", b.voided));
  if (version >= 3) ar(cereal::make_nvp("liveId", b.liveId));
}

// The sessions of a history have no history of their own: a file nesting deeper is refused
// while loading (HistoryNestingError), before it can exhaust the stack.
struct HistoryNestingError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class HistoryDepth {
 public:
  HistoryDepth() {
    if (++depth_ > 2) {
      --depth_;
      throw HistoryNestingError("history nested in history");
    }
  }
  ~HistoryDepth() { --depth_; }
  HistoryDepth(const HistoryDepth&) = delete;
  HistoryDepth& operator=(const HistoryDepth&) = delete;

 private:
  static inline thread_local int depth_ = 0;
};

template <class A> void serialize(A& ar, Session& s, std::uint32_t version) {
  std::optional<HistoryDepth> depth;  // saving needs none: validate() keeps histories flat
  if constexpr (A::is_loading::value) depth.emplace();
  ar(cereal::make_nvp("meta", s.meta), cereal::make_nvp("ageGroups", s.ageGroups),
     cereal::make_nvp("categories", s.categories), cereal::make_nvp("indicatorColumns", s.indicatorColumns),
     cereal::make_nvp("districts", s.districts), cereal::make_nvp("offers", s.offers),
     cereal::make_nvp("links", s.links), cereal::make_nvp("problems", s.problems),
     cereal::make_nvp("proposals", s.proposals), cereal::make_nvp("groups", s.groups),
     cereal::make_nvp("rounds", s.rounds), cereal::make_nvp("ballots", s.ballots), cereal::make_nvp("nextId", s.nextId),
     cereal::make_nvp("uid", s.uid));
  if (version >= 2)
    ar(cereal::make_nvp("fields", s.fields), cereal::make_nvp("goals", s.goals),
       cereal::make_nvp("measures", s.measures), cereal::make_nvp("history", s.history));
  if (version >= 3) ar(cereal::make_nvp("strengths", s.strengths));
}

}  // namespace nwk

CEREAL_CLASS_VERSION(nwk::CoverageRules, 1)
CEREAL_CLASS_VERSION(nwk::Meta, 4)
CEREAL_CLASS_VERSION(nwk::AgeGroup, 2)
CEREAL_CLASS_VERSION(nwk::Category, 1)
CEREAL_CLASS_VERSION(nwk::LonLat, 1)
CEREAL_CLASS_VERSION(nwk::Polygon, 1)
CEREAL_CLASS_VERSION(nwk::IndicatorColumn, 2)
CEREAL_CLASS_VERSION(nwk::IndicatorValue, 1)
CEREAL_CLASS_VERSION(nwk::District, 3)
CEREAL_CLASS_VERSION(nwk::Assessment, 1)
CEREAL_CLASS_VERSION(nwk::Offer, 3)
CEREAL_CLASS_VERSION(nwk::Link, 1)
CEREAL_CLASS_VERSION(nwk::Problem, 1)
CEREAL_CLASS_VERSION(nwk::Strength, 1)
CEREAL_CLASS_VERSION(nwk::Proposal, 3)
CEREAL_CLASS_VERSION(nwk::ParticipantGroup, 1)
CEREAL_CLASS_VERSION(nwk::PaperDots, 1)
CEREAL_CLASS_VERSION(nwk::PaperTally, 1)
CEREAL_CLASS_VERSION(nwk::VotingRound, 3)
CEREAL_CLASS_VERSION(nwk::BallotEntry, 2)
CEREAL_CLASS_VERSION(nwk::Ballot, 3)
CEREAL_CLASS_VERSION(nwk::FieldOfAction, 1)
CEREAL_CLASS_VERSION(nwk::Goal, 1)
CEREAL_CLASS_VERSION(nwk::ProgressNote, 1)
CEREAL_CLASS_VERSION(nwk::Measure, 1)
CEREAL_CLASS_VERSION(nwk::Session, 3)
