#include "core/model/validate.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

#include "core/text/i18n.hpp"
#include "core/text/utf8.hpp"

namespace nwk {
namespace {

// A set of ids as a sorted vector: small code, fast lookups once built.
class IdSet {
 public:
  void add(Id id) { ids_.push_back(id); }
  void seal() { std::sort(ids_.begin(), ids_.end()); }
  bool contains(Id id) const { return std::binary_search(ids_.begin(), ids_.end(), id); }
  bool hasRepeat() const { return std::adjacent_find(ids_.begin(), ids_.end()) != ids_.end(); }
  Id firstRepeat() const { return *std::adjacent_find(ids_.begin(), ids_.end()); }

 private:
  std::vector<Id> ids_;
};

// Collects the first problem; later checks are skipped once one is found.
class Checker {
 public:
  explicit Checker(const Session& s) : s_(s) {}

  std::optional<std::string> run();

 private:
  bool failed() const { return error_.has_value(); }
  void fail(std::string message) {
    if (!error_) error_ = std::move(message);
  }

  template <class T> void collectIds(const std::vector<T>& items, Str noun, IdSet& ids);
  void text(const std::string& t, Str noun, Id id);
  void ref(Id target, const IdSet& in, Str noun, Id id, bool optional);
  void range(bool ok, Str noun, Id id, const char* what);
  void checkMeta();
  void checkDistricts();
  void checkOffers();
  void checkLinks();
  void checkBoard();
  IdSet checkRound(const VotingRound& r);
  void checkVoting();

  const Session& s_;
  std::optional<std::string> error_;
  IdSet all_, ageGroups_, categories_, columns_, districts_, offers_, links_, problems_, proposals_, groups_, rounds_,
      ballots_;
};

template <class T> void Checker::collectIds(const std::vector<T>& items, Str noun, IdSet& ids) {
  if (items.size() > kLimits.itemsPerKind)
    return fail(trf(Str::InvalidTooMany, tr(noun), static_cast<unsigned>(items.size()), kLimits.itemsPerKind));
  for (const T& item : items) {
    if (item.id == kNoId || item.id >= s_.nextId) return fail(trf(Str::InvalidId, tr(noun), item.id));
    all_.add(item.id);
    ids.add(item.id);
  }
  ids.seal();
}

// NUL is valid UTF-8 but no text holds it, and it would not survive JSON (C strings).
void Checker::text(const std::string& t, Str noun, Id id) {
  if (t.size() > kLimits.textBytes || !isValidUtf8(t) || t.find('\0') != std::string::npos)
    fail(trf(Str::InvalidText, tr(noun), id));
}

void Checker::ref(Id target, const IdSet& in, Str noun, Id id, bool optional) {
  if (optional && target == kNoId) return;
  if (!in.contains(target)) fail(trf(Str::InvalidReference, tr(noun), id, target));
}

void Checker::range(bool ok, Str noun, Id id, const char* what) {
  if (!ok) fail(trf(Str::InvalidValue, tr(noun), id, what));
}

bool validLonLat(const LonLat& p) {
  return std::isfinite(p.lon) && std::isfinite(p.lat) && std::fabs(p.lon) <= 180.0 && std::fabs(p.lat) <= 90.0;
}

bool validDate(const std::string& d) {
  if (d.empty()) return true;
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
    if (d[i] < '0' || d[i] > '9') return false;
  const int month = (d[5] - '0') * 10 + (d[6] - '0');
  const int day = (d[8] - '0') * 10 + (d[9] - '0');
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

void Checker::checkMeta() {
  const Meta& m = s_.meta;
  for (const std::string* t : {&m.title, &m.municipality, &m.date, &m.place, &m.facilitator})
    text(*t, Str::NounMeta, 0);
  range(phaseFromNumber(static_cast<int>(m.phase)).has_value(), Str::NounMeta, 0, "phase");
  range(validDate(m.date), Str::NounMeta, 0, "date");
  const CoverageRules& rules = m.coverage;
  range(rules.minOffers >= 0 && rules.minOffers <= kLimits.coverageRule, Str::NounMeta, 0, "coverage.minOffers");
  range(std::isfinite(rules.minPer1000) && rules.minPer1000 >= 0.0 && rules.minPer1000 <= kLimits.coverageRule,
        Str::NounMeta, 0, "coverage.minPer1000");
  for (const AgeGroup& g : s_.ageGroups) {
    text(g.name, Str::NounAgeGroup, g.id);
    ref(g.populationColumn, columns_, Str::NounAgeGroup, g.id, true);
  }
  for (const Category& c : s_.categories) {
    text(c.name, Str::NounCategory, c.id);
    text(c.icon, Str::NounCategory, c.id);
  }
  for (const IndicatorColumn& c : s_.indicatorColumns) {
    text(c.name, Str::NounIndicator, c.id);
    text(c.unit, Str::NounIndicator, c.id);
    text(c.source, Str::NounIndicator, c.id);
  }
  for (const ParticipantGroup& g : s_.groups) text(g.name, Str::NounGroup, g.id);
}

void Checker::checkDistricts() {
  for (const District& d : s_.districts) {
    text(d.name, Str::NounDistrict, d.id);
    text(d.code, Str::NounDistrict, d.id);
    std::uint64_t points = 0;
    for (const Polygon& p : d.parts) {
      range(!p.rings.empty(), Str::NounDistrict, d.id, "rings");
      for (const Ring& r : p.rings) {
        if (r.size() < 3) fail(trf(Str::InvalidShape, tr(Str::NounDistrict), d.id));
        points += r.size();
        for (const LonLat& pt : r) range(validLonLat(pt), Str::NounDistrict, d.id, "lon/lat");
        if (failed()) return;
      }
    }
    if (points > kLimits.pointsPerDistrict) fail(trf(Str::InvalidShape, tr(Str::NounDistrict), d.id));
    IdSet seen;
    for (const IndicatorValue& v : d.indicators) {
      ref(v.column, columns_, Str::NounDistrict, d.id, false);
      range(std::isfinite(v.value), Str::NounDistrict, d.id, "indicator");
      seen.add(v.column);
    }
    seen.seal();
    range(!seen.hasRepeat(), Str::NounDistrict, d.id, "indicator");
  }
}

void Checker::checkOffers() {
  for (const Offer& o : s_.offers) {
    for (const std::string* t : {&o.name, &o.provider, &o.contact, &o.description}) text(*t, Str::NounOffer, o.id);
    ref(o.category, categories_, Str::NounOffer, o.id, true);
    ref(o.district, districts_, Str::NounOffer, o.id, true);
    IdSet seen;
    for (Id g : o.ageGroups) {
      ref(g, ageGroups_, Str::NounOffer, o.id, false);
      seen.add(g);
    }
    seen.seal();
    range(!seen.hasRepeat(), Str::NounOffer, o.id, "age groups");
    // Finite even when unused: a JSON copy could not hold NaN (found by fuzz_session_json).
    const bool finite = std::isfinite(o.location.lon) && std::isfinite(o.location.lat);
    range(finite && (!o.hasLocation || validLonLat(o.location)), Str::NounOffer, o.id, "lon/lat");
    range(o.capacity >= -1, Str::NounOffer, o.id, "capacity");
    const Assessment& a = o.assessment;
    for (Rating r : {a.known, a.used, a.transparent, a.fitting})
      range(static_cast<std::uint8_t>(r) <= kRatingMax, Str::NounOffer, o.id, "rating");
    if (failed()) return;
  }
}

void Checker::checkLinks() {
  for (const Link& l : s_.links) {
    ref(l.from, offers_, Str::NounLink, l.id, false);
    ref(l.to, offers_, Str::NounLink, l.id, false);
    range(l.from != l.to, Str::NounLink, l.id, "from = to");
    range(static_cast<std::uint8_t>(l.type) <= static_cast<std::uint8_t>(LinkType::Transition), Str::NounLink, l.id,
          "type");
    text(l.note, Str::NounLink, l.id);
  }
}

void Checker::checkBoard() {
  for (const Problem& p : s_.problems) {
    ref(p.ageGroup, ageGroups_, Str::NounProblem, p.id, true);
    text(p.text, Str::NounProblem, p.id);
  }
  for (const Proposal& p : s_.proposals) {
    ref(p.ageGroup, ageGroups_, Str::NounProposal, p.id, true);
    text(p.text, Str::NounProposal, p.id);
    range(static_cast<std::uint8_t>(p.level) <= static_cast<std::uint8_t>(Level::Individual), Str::NounProposal, p.id,
          "level");
    for (Id id : p.problems) ref(id, problems_, Str::NounProposal, p.id, false);
    for (Id id : p.districts) ref(id, districts_, Str::NounProposal, p.id, false);
    if (failed()) return;
  }
}

// Returns the round's proposals as a set, for the references of its ballots and paper dots.
IdSet Checker::checkRound(const VotingRound& r) {
  const Id id = r.id;
  text(r.name, Str::NounRound, id);
  range(r.method <= VoteMethod::Ranking, Str::NounRound, id, "method");
  range(r.state <= RoundState::Closed, Str::NounRound, id, "state");
  range(r.points >= 1 && r.points <= kLimits.votePoints, Str::NounRound, id, "points");
  range(r.maxPerProposal >= 1 && r.maxPerProposal <= r.points, Str::NounRound, id, "maxPerProposal");
  range(r.criteria.size() <= kLimits.criteria, Str::NounRound, id, "criteria");
  for (const std::string& c : r.criteria) text(c, Str::NounRound, id);
  text(r.liveCode, Str::NounRound, id);
  range(r.timerSeconds >= 0 && r.timerSeconds <= kLimits.timerSeconds, Str::NounRound, id, "timerSeconds");
  IdSet proposals;
  for (Id p : r.proposals) {
    ref(p, proposals_, Str::NounRound, id, false);
    proposals.add(p);
  }
  proposals.seal();
  range(!proposals.hasRepeat(), Str::NounRound, id, "proposals");
  for (const PaperTally& t : r.paper) {
    if (t.id == kNoId || t.id >= s_.nextId) fail(trf(Str::InvalidId, tr(Str::NounRound), t.id));
    ref(t.group, groups_, Str::NounRound, id, true);
    range(t.voters >= 0 && t.dots.size() <= kLimits.entriesPerBallot, Str::NounRound, id, "paper");
    for (const PaperDots& d : t.dots) range(d.dots >= 0 && proposals.contains(d.proposal), Str::NounRound, id, "paper");
  }
  return proposals;
}

void Checker::checkVoting() {
  std::vector<std::pair<Id, std::uint32_t>> roundIndex;  // sorted: round id -> index in s_.rounds
  std::vector<IdSet> roundProposals;
  for (const VotingRound& r : s_.rounds) {
    roundIndex.emplace_back(r.id, static_cast<std::uint32_t>(roundProposals.size()));
    roundProposals.push_back(checkRound(r));
    if (failed()) return;
  }
  std::sort(roundIndex.begin(), roundIndex.end());
  for (const Ballot& b : s_.ballots) {
    ref(b.round, rounds_, Str::NounBallot, b.id, false);
    ref(b.group, groups_, Str::NounBallot, b.id, true);
    text(b.voter, Str::NounBallot, b.id);
    text(b.liveId, Str::NounBallot, b.id);
    range(b.entries.size() <= kLimits.entriesPerBallot, Str::NounBallot, b.id, "entries");
    if (failed()) return;
    const std::size_t index =
        std::lower_bound(roundIndex.begin(), roundIndex.end(), std::make_pair(b.round, std::uint32_t{0}))->second;
    const VotingRound& r = s_.rounds[index];
    const auto criteria = static_cast<std::int32_t>(std::max<std::size_t>(1, r.criteria.size()));
    for (const BallotEntry& e : b.entries) {
      range(roundProposals[index].contains(e.proposal), Str::NounBallot, b.id, "proposal");
      range(e.value >= 0 && e.value <= static_cast<std::int32_t>(kLimits.entriesPerBallot), Str::NounBallot, b.id,
            "value");
      range(e.criterion >= 0 && e.criterion < (r.method == VoteMethod::Weighting ? criteria : 1), Str::NounBallot, b.id,
            "criterion");
    }
    if (failed()) return;
  }
}

std::optional<std::string> Checker::run() {
  collectIds(s_.ageGroups, Str::NounAgeGroup, ageGroups_);
  collectIds(s_.categories, Str::NounCategory, categories_);
  collectIds(s_.indicatorColumns, Str::NounIndicator, columns_);
  collectIds(s_.districts, Str::NounDistrict, districts_);
  collectIds(s_.offers, Str::NounOffer, offers_);
  collectIds(s_.links, Str::NounLink, links_);
  collectIds(s_.problems, Str::NounProblem, problems_);
  collectIds(s_.proposals, Str::NounProposal, proposals_);
  collectIds(s_.groups, Str::NounGroup, groups_);
  collectIds(s_.rounds, Str::NounRound, rounds_);
  collectIds(s_.ballots, Str::NounBallot, ballots_);
  for (const VotingRound& r : s_.rounds)
    for (const PaperTally& t : r.paper) all_.add(t.id);
  all_.seal();
  if (!failed() && all_.hasRepeat()) fail(trf(Str::InvalidDuplicateId, all_.firstRepeat()));
  if (!failed()) checkMeta();
  if (!failed()) checkDistricts();
  if (!failed()) checkOffers();
  if (!failed()) checkLinks();
  if (!failed()) checkBoard();
  if (!failed()) checkVoting();
  return error_;
}

}  // namespace

std::optional<std::string> validate(const Session& session) { return Checker(session).run(); }

}  // namespace nwk
