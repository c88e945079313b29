#include "core/model/validate.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <utility>

#include "core/text/i18n.hpp"
#include "core/text/utf8.hpp"

namespace nwk {
namespace {

// Ids at or above this are refused (and renumbered by repair), so that renumbering can
// never run out of ids.
constexpr Id kMaxNextId = 0xF000'0000u;

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

template <class T, class Pred> bool eraseIf(std::vector<T>& items, Pred pred) {
  const auto end = std::remove_if(items.begin(), items.end(), pred);
  const bool any = end != items.end();
  items.erase(end, items.end());
  return any;
}

template <class T> bool hasRepeat(std::vector<T> items) {
  std::sort(items.begin(), items.end());
  return std::adjacent_find(items.begin(), items.end()) != items.end();
}

// Removes every item whose key came earlier (the first of each key stays, order kept), in
// O(n log n): a hostile file may repeat one id a million times.
template <class T, class Key> void eraseRepeats(std::vector<T>& items, Key key) {
  std::vector<std::pair<Id, std::uint32_t>> order;  // (key, position)
  for (std::uint32_t i = 0; i < items.size(); ++i) order.emplace_back(key(items[i]), i);
  std::sort(order.begin(), order.end());
  std::vector<std::uint8_t> repeated(items.size(), 0);
  for (std::size_t i = 1; i < order.size(); ++i)
    if (order[i].first == order[i - 1].first) repeated[order[i].second] = 1;
  std::size_t kept = 0;
  for (std::size_t i = 0; i < items.size(); ++i)
    if (!repeated[i]) items[kept++] = std::move(items[i]);
  items.resize(kept);
}

Id itself(Id id) { return id; }

bool isValidLonLat(const LonLat& p) {
  return std::isfinite(p.lon) && std::isfinite(p.lat) && std::fabs(p.lon) <= 180.0 && std::fabs(p.lat) <= 90.0;
}

// Walks the whole session once. Checking, it stops at the first broken rule and keeps its
// message; repairing, it fixes each broken rule where it finds it and keeps every message.
// Each rule is written once: `if (!ok && broken(message)) fix;` — broken() is true only while
// repairing. Checking never writes to the session.
class Checker {
 public:
  enum class Mode { Check, Repair, RepairFields };
  Checker(Session& s, Mode mode) : s_(s), repairing_(mode != Mode::Check), refs_(mode != Mode::RepairFields) {}

  void run();
  void checkMeta();
  void checkItem(AgeGroup& g);
  void checkItem(Category& c);
  void checkItem(IndicatorColumn& c);
  void checkItem(District& d);
  void checkItem(Offer& o);
  void checkItem(Link& l);
  void checkItem(Problem& p);
  void checkItem(Strength& s);
  void checkItem(Proposal& p);
  void checkItem(ParticipantGroup& g);
  IdSet checkItem(VotingRound& r);
  void checkItem(FieldOfAction& f);
  void checkItem(Goal& g);
  void checkItem(Measure& m);
  void checkItem(Ballot& b, const VotingRound* r = nullptr, const IdSet* proposals = nullptr);
  const std::vector<std::string>& found() const { return found_; }
  std::size_t notListed() const { return notListed_; }

 private:
  bool stopped() const { return !repairing_ && !found_.empty(); }
  // Records a broken rule (the message is made only then); true: fix it (repairing).
  bool broken(std::string message) {
    if (stopped()) return false;
    if (found_.size() < kMaxRepairLines) found_.push_back(std::move(message));
    else ++notListed_;
    return repairing_;
  }
  bool badValue(bool ok, Str noun, Id id, const char* what) {
    return !ok && broken(trf(Str::InvalidValue, tr(noun), id, what));
  }
  // References are checked only with the whole session at hand (not for one item's fields).
  bool resolves(Id target, const IdSet& in) const { return !refs_ || in.contains(target); }
  bool badRef(Id target, const IdSet& in, Str noun, Id id) {
    return !resolves(target, in) && broken(trf(Str::InvalidReference, tr(noun), id, target));
  }
  void optionalRef(Id& target, const IdSet& in, Str noun, Id id) {
    if (target != kNoId && badRef(target, in, noun, id)) target = kNoId;
  }
  void text(std::string& t, Str noun, Id id) {
    if (!isValidText(t) && broken(trf(Str::InvalidText, tr(noun), id))) t = validText(t);
  }
  void date(std::string& d, Str noun, Id id, const char* what) {
    text(d, noun, id);
    if (badValue(isValidDate(d), noun, id, what)) d = isoDate(d).value_or("");
  }
  // Finite, not negative, and below what any municipal budget line holds.
  void amount(double& value, Str noun, Id id, const char* what) {
    if (badValue(std::isfinite(value) && value >= 0.0 && value <= kLimits.amount, noun, id, what)) value = 0.0;
  }
  void refs(std::vector<Id>& ids, const IdSet& in, Str noun, Id id, const char* what) {
    if (badValue(std::all_of(ids.begin(), ids.end(), [&](Id t) { return resolves(t, in); }), noun, id, what))
      eraseIf(ids, [&](Id t) { return !resolves(t, in); });
    if (badValue(!hasRepeat(ids), noun, id, what)) eraseRepeats(ids, itself);
  }
  void checkHistory();
  void checkReach(Offer& o);
  void checkTags(Proposal& p);

  void renumberIds();
  template <class T> void collectIds(std::vector<T>& items, Str noun, IdSet& ids);
  void checkVoting();
  template <class Visit> void forEachId(Visit visit);

  Session& s_;
  const bool repairing_;
  const bool refs_;
  std::vector<std::string> found_;
  std::size_t notListed_ = 0;
  IdSet all_, ageGroups_, categories_, columns_, districts_, offers_, links_, problems_, strengths_, proposals_,
      groups_, rounds_, ballots_, fields_, goals_, measures_;
};

template <class Visit> void Checker::forEachId(Visit visit) {
  const auto each = [&](auto& items) {
    for (auto& item : items) visit(item.id);
  };
  each(s_.ageGroups);
  each(s_.categories);
  each(s_.indicatorColumns);
  each(s_.districts);
  each(s_.offers);
  each(s_.links);
  each(s_.problems);
  each(s_.strengths);
  each(s_.proposals);
  each(s_.groups);
  each(s_.rounds);
  each(s_.ballots);
  for (VotingRound& r : s_.rounds) each(r.paper);
  each(s_.fields);
  each(s_.goals);
  each(s_.measures);
}

// Repairing only: ids that are zero, too large or repeated get the smallest unused ones (the
// first of a repeated id keeps it); nextId rises above every id.
void Checker::renumberIds() {
  std::vector<std::pair<Id, std::uint32_t>> order;  // (id, position in walking order)
  std::vector<Id*> fields;
  forEachId([&](Id& id) {
    order.emplace_back(id, static_cast<std::uint32_t>(fields.size()));
    fields.push_back(&id);
  });
  std::sort(order.begin(), order.end());
  std::vector<Id> kept;  // sorted
  std::vector<Id*> renumbered;
  for (std::size_t i = 0; i < order.size(); ++i) {
    const Id id = order[i].first;
    if (id == kNoId || id >= kMaxNextId || (!kept.empty() && kept.back() == id)) {
      renumbered.push_back(fields[order[i].second]);
      broken(trf(Str::InvalidId, tr(Str::NounMeta), id));
    } else {
      kept.push_back(id);
    }
  }
  Id candidate = kNoId;
  std::size_t next = 0;
  for (Id* id : renumbered) {
    do {
      ++candidate;
      while (next < kept.size() && kept[next] < candidate) ++next;
    } while (next < kept.size() && kept[next] == candidate);
    *id = candidate;
  }
  const Id highest = std::max(kept.empty() ? kNoId : kept.back(), candidate);
  if (!(s_.nextId > highest && s_.nextId <= kMaxNextId) &&
      broken(trf(Str::InvalidValue, tr(Str::NounMeta), 0u, "nextId")))
    s_.nextId = highest + 1;
}

template <class T> void Checker::collectIds(std::vector<T>& items, Str noun, IdSet& ids) {
  if (items.size() > kLimits.itemsPerKind &&
      broken(trf(Str::InvalidTooMany, tr(noun), static_cast<unsigned>(items.size()), kLimits.itemsPerKind)))
    items.resize(kLimits.itemsPerKind);
  for (const T& item : items) {
    if (item.id == kNoId || item.id >= s_.nextId) broken(trf(Str::InvalidId, tr(noun), item.id));
    all_.add(item.id);
    ids.add(item.id);
  }
  ids.seal();
}

void Checker::checkMeta() {
  Meta& m = s_.meta;
  for (std::string* t :
       {&m.title, &m.municipality, &m.date, &m.place, &m.facilitator, &m.vorlageNumber, &m.committees, &m.resolution})
    text(*t, Str::NounMeta, 0);
  if (badValue(phaseFromNumber(static_cast<int>(m.phase)).has_value(), Str::NounMeta, 0, "phase"))
    m.phase = Phase::Inventory;
  if (badValue(isValidDate(m.date), Str::NounMeta, 0, "date")) m.date = isoDate(m.date).value_or("");
  CoverageRules& rules = m.coverage;
  if (badValue(rules.minOffers >= 0 && rules.minOffers <= kLimits.coverageRule, Str::NounMeta, 0, "coverage.minOffers"))
    rules.minOffers = CoverageRules{}.minOffers;
  if (badValue(std::isfinite(rules.minPer1000) && rules.minPer1000 >= 0.0 && rules.minPer1000 <= kLimits.coverageRule,
               Str::NounMeta, 0, "coverage.minPer1000"))
    rules.minPer1000 = CoverageRules{}.minPer1000;
  for (std::int32_t* count : {&m.people, &m.institutions})
    if (badValue(*count >= 0 && *count <= kLimits.attendance, Str::NounMeta, 0, "attendance")) *count = 0;
}

void Checker::checkItem(AgeGroup& g) {
  text(g.name, Str::NounAgeGroup, g.id);
  optionalRef(g.populationColumn, columns_, Str::NounAgeGroup, g.id);
}

void Checker::checkItem(Category& c) {
  text(c.name, Str::NounCategory, c.id);
  text(c.icon, Str::NounCategory, c.id);
}

void Checker::checkItem(IndicatorColumn& c) {
  text(c.name, Str::NounIndicator, c.id);
  text(c.unit, Str::NounIndicator, c.id);
  text(c.source, Str::NounIndicator, c.id);
  date(c.asOf, Str::NounIndicator, c.id, "asOf");
}

void Checker::checkItem(ParticipantGroup& g) { text(g.name, Str::NounGroup, g.id); }

void Checker::checkItem(District& d) {
  text(d.name, Str::NounDistrict, d.id);
  text(d.code, Str::NounDistrict, d.id);
  text(d.note, Str::NounDistrict, d.id);
  const Str noun = Str::NounDistrict;
  std::uint64_t points = 0;
  for (Polygon& p : d.parts) {
    for (Ring& r : p.rings) {
      if (badValue(std::all_of(r.begin(), r.end(), isValidLonLat), noun, d.id, "lon/lat"))
        eraseIf(r, [](const LonLat& pt) { return !isValidLonLat(pt); });
      if (r.size() < 3 && broken(trf(Str::InvalidShape, tr(noun), d.id))) r.clear();
      points += r.size();
    }
    // An outline with too few points takes its holes with it.
    if (repairing_ && !p.rings.empty() && p.rings[0].empty()) p.rings.clear();
    eraseIf(p.rings, [](const Ring& r) { return r.empty(); });
  }
  if (badValue(std::all_of(d.parts.begin(), d.parts.end(), [](const Polygon& p) { return !p.rings.empty(); }), noun,
               d.id, "rings"))
    eraseIf(d.parts, [](const Polygon& p) { return p.rings.empty(); });
  if (points > kLimits.pointsPerDistrict && broken(trf(Str::InvalidShape, tr(noun), d.id))) d.parts.clear();
  if (badValue(std::all_of(d.indicators.begin(), d.indicators.end(),
                           [&](const IndicatorValue& v) { return resolves(v.column, columns_); }),
               noun, d.id, "indicator"))
    eraseIf(d.indicators, [&](const IndicatorValue& v) { return !resolves(v.column, columns_); });
  if (badValue(std::all_of(d.indicators.begin(), d.indicators.end(),
                           [](const IndicatorValue& v) { return std::isfinite(v.value); }),
               noun, d.id, "indicator"))
    eraseIf(d.indicators, [](const IndicatorValue& v) { return !std::isfinite(v.value); });
  std::vector<Id> columns;
  for (const IndicatorValue& v : d.indicators) columns.push_back(v.column);
  if (badValue(!hasRepeat(columns), noun, d.id, "indicator"))
    eraseRepeats(d.indicators, [](const IndicatorValue& v) { return v.column; });
}

void Checker::checkItem(Offer& o) {
  const Str noun = Str::NounOffer;
  for (std::string* t : {&o.name, &o.provider, &o.contact, &o.description, &o.languages}) text(*t, noun, o.id);
  optionalRef(o.category, categories_, noun, o.id);
  optionalRef(o.district, districts_, noun, o.id);
  if (badValue(std::all_of(o.ageGroups.begin(), o.ageGroups.end(), [&](Id g) { return resolves(g, ageGroups_); }), noun,
               o.id, "age groups"))
    eraseIf(o.ageGroups, [&](Id g) { return !resolves(g, ageGroups_); });
  if (badValue(!hasRepeat(o.ageGroups), noun, o.id, "age groups")) eraseRepeats(o.ageGroups, itself);
  // Finite even when unused: a JSON copy could not hold NaN (found by fuzz_session_json).
  const bool finite = std::isfinite(o.location.lon) && std::isfinite(o.location.lat);
  if (badValue(finite && (!o.hasLocation || isValidLonLat(o.location)), noun, o.id, "lon/lat")) {
    o.hasLocation = false;
    if (!finite) o.location = {};
  }
  if (badValue(o.capacity >= -1, noun, o.id, "capacity")) o.capacity = -1;
  Assessment& a = o.assessment;
  for (Rating* r : {&a.known, &a.used, &a.transparent, &a.fitting})
    if (badValue(static_cast<std::uint8_t>(*r) <= kRatingMax, noun, o.id, "rating")) *r = Rating::Unrated;
  checkReach(o);
  if (badValue(o.cost <= Cost::Fee, noun, o.id, "cost")) o.cost = Cost::Unknown;
  date(o.fundedUntil, noun, o.id, "fundedUntil");
}

// Only an offer in several districts or a mobile one names further districts.
void Checker::checkReach(Offer& o) {
  const Str noun = Str::NounOffer;
  if (badValue(o.reach <= Reach::Mobile, noun, o.id, "reach")) o.reach = Reach::District;
  const bool names = o.reach == Reach::Districts || o.reach == Reach::Mobile;
  if (badValue(names || o.servedDistricts.empty(), noun, o.id, "servedDistricts")) o.servedDistricts.clear();
  refs(o.servedDistricts, districts_, noun, o.id, "servedDistricts");
}

void Checker::checkItem(Link& l) {
  const Str noun = Str::NounLink;
  if (badValue(l.type <= LinkType::Transition, noun, l.id, "type")) l.type = LinkType::Cooperation;
  text(l.note, noun, l.id);
}

void Checker::checkItem(Problem& p) {
  optionalRef(p.ageGroup, ageGroups_, Str::NounProblem, p.id);
  text(p.text, Str::NounProblem, p.id);
}

void Checker::checkItem(Strength& s) {
  optionalRef(s.ageGroup, ageGroups_, Str::NounStrength, s.id);
  text(s.text, Str::NounStrength, s.id);
}

void Checker::checkItem(Proposal& p) {
  const Str noun = Str::NounProposal;
  optionalRef(p.ageGroup, ageGroups_, noun, p.id);
  text(p.text, noun, p.id);
  if (badValue(p.level <= Level::Individual, noun, p.id, "level")) p.level = Level::Structural;
  eraseIf(p.problems, [&](Id id) { return badRef(id, problems_, noun, p.id); });
  eraseIf(p.districts, [&](Id id) { return badRef(id, districts_, noun, p.id); });
  optionalRef(p.field, fields_, noun, p.id);
  if (badValue(p.tables >= 1 && p.tables <= kLimits.tables, noun, p.id, "tables")) p.tables = 1;
  refs(p.alsoNamedIn, ageGroups_, noun, p.id, "alsoNamedIn");
  if (badValue(std::find(p.alsoNamedIn.begin(), p.alsoNamedIn.end(), p.ageGroup) == p.alsoNamedIn.end(), noun, p.id,
               "alsoNamedIn"))
    eraseIf(p.alsoNamedIn, [&](Id g) { return g == p.ageGroup; });
  checkTags(p);
}

// At most kLimits.tags themes, each named and named once.
void Checker::checkTags(Proposal& p) {
  const Str noun = Str::NounProposal;
  if (badValue(p.tags.size() <= kLimits.tags, noun, p.id, "tags")) p.tags.resize(kLimits.tags);
  for (std::string& tag : p.tags) text(tag, noun, p.id);
  if (badValue(std::none_of(p.tags.begin(), p.tags.end(), [](const std::string& t) { return t.empty(); }), noun, p.id,
               "tags"))
    eraseIf(p.tags, [](const std::string& t) { return t.empty(); });
  if (badValue(!hasRepeat(p.tags), noun, p.id, "tags")) {  // at most kLimits.tags by now
    std::vector<std::string> once;
    for (std::string& t : p.tags)
      if (std::find(once.begin(), once.end(), t) == once.end()) once.push_back(std::move(t));
    p.tags = std::move(once);
  }
}

void Checker::checkItem(FieldOfAction& f) { text(f.name, Str::NounField, f.id); }

void Checker::checkItem(Goal& g) {
  const Str noun = Str::NounGoal;
  optionalRef(g.field, fields_, noun, g.id);
  optionalRef(g.indicator, columns_, noun, g.id);
  optionalRef(g.district, districts_, noun, g.id);
  for (std::string* t : {&g.text, &g.measuredBy, &g.valueToday, &g.target}) text(*t, noun, g.id);
  date(g.deadline, noun, g.id, "deadline");
}

void Checker::checkItem(Measure& m) {
  const Str noun = Str::NounMeasure;
  for (std::string* t : {&m.name, &m.owner, &m.partners, &m.reason}) text(*t, noun, m.id);
  optionalRef(m.proposal, proposals_, noun, m.id);
  optionalRef(m.field, fields_, noun, m.id);
  refs(m.districts, districts_, noun, m.id, "districts");
  refs(m.ageGroups, ageGroups_, noun, m.id, "age groups");
  date(m.deadline, noun, m.id, "deadline");
  date(m.fundedUntil, noun, m.id, "fundedUntil");
  amount(m.staffHours, noun, m.id, "staffHours");
  amount(m.money, noun, m.id, "money");
  if (badValue(m.status <= MeasureStatus::Dropped, noun, m.id, "status")) m.status = MeasureStatus::Planned;
  if (badValue(m.notes.size() <= kLimits.itemsPerKind, noun, m.id, "notes")) m.notes.resize(kLimits.itemsPerKind);
  for (ProgressNote& n : m.notes) {
    date(n.date, noun, m.id, "notes");
    text(n.text, noun, m.id);
  }
}

// Each earlier conference is a session of its own (its own ids), checked by the same rules;
// it has no history of its own.
void Checker::checkHistory() {
  if (badValue(s_.history.size() <= kLimits.conferences, Str::NounMeta, 0, "history"))
    s_.history.resize(kLimits.conferences);
  for (Session& earlier : s_.history) {
    if (stopped()) return;
    if (badValue(earlier.history.empty(), Str::NounMeta, 0, "history")) earlier.history.clear();
    Checker inner(earlier, repairing_ ? Mode::Repair : Mode::Check);
    inner.run();
    for (const std::string& line : inner.found()) broken(line);
  }
}

// Returns the round's proposals as a set, for the references of its ballots and paper dots.
IdSet Checker::checkItem(VotingRound& r) {
  const Id id = r.id;
  const Str noun = Str::NounRound;
  text(r.name, noun, id);
  if (badValue(r.method <= VoteMethod::Ranking, noun, id, "method")) r.method = VoteMethod::Dots;
  if (badValue(r.state <= RoundState::Closed, noun, id, "state")) r.state = RoundState::Closed;
  if (badValue(r.points >= 1 && r.points <= kLimits.votePoints, noun, id, "points"))
    r.points = std::clamp(r.points, 1, kLimits.votePoints);
  if (badValue(r.maxPerProposal >= 1 && r.maxPerProposal <= r.points, noun, id, "maxPerProposal"))
    r.maxPerProposal = std::clamp(r.maxPerProposal, 1, r.points);
  if (badValue(r.criteria.size() <= kLimits.criteria, noun, id, "criteria")) r.criteria.resize(kLimits.criteria);
  for (std::string& c : r.criteria) text(c, noun, id);
  text(r.liveCode, noun, id);
  if (badValue(r.timerSeconds >= 0 && r.timerSeconds <= kLimits.timerSeconds, noun, id, "timerSeconds"))
    r.timerSeconds = 0;
  eraseIf(r.proposals, [&](Id p) { return badRef(p, proposals_, noun, id); });
  if (badValue(!hasRepeat(r.proposals), noun, id, "proposals")) eraseRepeats(r.proposals, itself);
  IdSet proposals;
  for (Id p : r.proposals) proposals.add(p);
  proposals.seal();
  for (PaperTally& t : r.paper) {
    optionalRef(t.group, groups_, noun, id);
    if (badValue(t.voters >= 0, noun, id, "paper")) t.voters = 0;
    if (badValue(t.dots.size() <= kLimits.entriesPerBallot, noun, id, "paper")) t.dots.resize(kLimits.entriesPerBallot);
    eraseIf(t.dots, [&](const PaperDots& d) {
      return badValue(d.dots >= 0 && resolves(d.proposal, proposals), noun, id, "paper");
    });
  }
  return proposals;
}

// Without its round (one ballot's fields): the entries' proposals and criteria are not checked.
void Checker::checkItem(Ballot& b, const VotingRound* r, const IdSet* proposals) {
  const Str noun = Str::NounBallot;
  optionalRef(b.group, groups_, noun, b.id);
  text(b.voter, noun, b.id);
  text(b.liveId, noun, b.id);
  if (badValue(b.entries.size() <= kLimits.entriesPerBallot, noun, b.id, "entries"))
    b.entries.resize(kLimits.entriesPerBallot);
  const auto criteria = r ? static_cast<std::int32_t>(std::max<std::size_t>(1, r->criteria.size())) : 0;
  const std::int32_t criterionEnd = !r ? INT32_MAX : r->method == VoteMethod::Weighting ? criteria : 1;
  const auto maxValue = static_cast<std::int32_t>(kLimits.entriesPerBallot);
  eraseIf(b.entries, [&](BallotEntry& e) {
    if (proposals && badValue(proposals->contains(e.proposal), noun, b.id, "proposal")) return true;
    if (badValue(e.criterion >= 0 && e.criterion < criterionEnd, noun, b.id, "criterion")) return true;
    if (badValue(e.value >= 0 && e.value <= maxValue, noun, b.id, "value")) e.value = std::clamp(e.value, 0, maxValue);
    return false;
  });
}

void Checker::checkVoting() {
  std::vector<std::pair<Id, std::uint32_t>> roundIndex;  // sorted: round id -> index in s_.rounds
  std::vector<IdSet> roundProposals;
  for (VotingRound& r : s_.rounds) {
    roundIndex.emplace_back(r.id, static_cast<std::uint32_t>(roundProposals.size()));
    roundProposals.push_back(checkItem(r));
    if (stopped()) return;
  }
  std::sort(roundIndex.begin(), roundIndex.end());
  eraseIf(s_.ballots, [&](Ballot& b) {
    if (stopped()) return false;
    if (badRef(b.round, rounds_, Str::NounBallot, b.id)) return true;
    const std::size_t index =
        std::lower_bound(roundIndex.begin(), roundIndex.end(), std::make_pair(b.round, std::uint32_t{0}))->second;
    checkItem(b, &s_.rounds[index], &roundProposals[index]);
    return false;
  });
}

void Checker::run() {
  if (repairing_) renumberIds();
  if (s_.nextId > kMaxNextId) broken(trf(Str::InvalidValue, tr(Str::NounMeta), 0u, "nextId"));
  collectIds(s_.ageGroups, Str::NounAgeGroup, ageGroups_);
  collectIds(s_.categories, Str::NounCategory, categories_);
  collectIds(s_.indicatorColumns, Str::NounIndicator, columns_);
  collectIds(s_.districts, Str::NounDistrict, districts_);
  collectIds(s_.offers, Str::NounOffer, offers_);
  collectIds(s_.links, Str::NounLink, links_);
  collectIds(s_.problems, Str::NounProblem, problems_);
  collectIds(s_.strengths, Str::NounStrength, strengths_);
  collectIds(s_.proposals, Str::NounProposal, proposals_);
  collectIds(s_.groups, Str::NounGroup, groups_);
  collectIds(s_.rounds, Str::NounRound, rounds_);
  collectIds(s_.ballots, Str::NounBallot, ballots_);
  collectIds(s_.fields, Str::NounField, fields_);
  collectIds(s_.goals, Str::NounGoal, goals_);
  collectIds(s_.measures, Str::NounMeasure, measures_);
  for (const VotingRound& r : s_.rounds)
    for (const PaperTally& t : r.paper) {
      if (t.id == kNoId || t.id >= s_.nextId) broken(trf(Str::InvalidId, tr(Str::NounRound), t.id));
      all_.add(t.id);
    }
  all_.seal();
  if (all_.hasRepeat()) broken(trf(Str::InvalidDuplicateId, all_.firstRepeat()));
  if (!stopped()) checkMeta();
  const auto each = [&](auto& items) {
    for (auto& item : items)
      if (!stopped()) checkItem(item);
  };
  each(s_.ageGroups);
  each(s_.categories);
  each(s_.indicatorColumns);
  each(s_.groups);
  each(s_.districts);
  each(s_.offers);
  eraseIf(s_.links, [&](Link& l) {  // a link pointing nowhere, or at its own start, goes
    if (stopped()) return false;
    checkItem(l);
    return badRef(l.from, offers_, Str::NounLink, l.id) || badRef(l.to, offers_, Str::NounLink, l.id) ||
           badValue(l.from != l.to, Str::NounLink, l.id, "from = to");
  });
  each(s_.problems);
  each(s_.strengths);
  each(s_.fields);
  each(s_.proposals);
  if (!stopped()) checkVoting();
  each(s_.goals);
  each(s_.measures);
  checkHistory();
}

int digits(std::string_view text, std::size_t from, std::size_t count) {
  int value = 0;
  for (std::size_t i = from; i < from + count; ++i) {
    if (i >= text.size() || text[i] < '0' || text[i] > '9') return -1;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

bool isRealDate(int year, int month, int day) {
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > kDays[month - 1]) return false;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month != 2 || day <= 28 || leap;
}

std::string isoText(int year, int month, int day) {
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02d-%02d", year, month, day);
  return text;
}

}  // namespace

std::optional<std::string> validate(const Session& session) {
  // Checking never writes: the cast only lets one walk serve both checking and repairing.
  Checker checker(const_cast<Session&>(session), Checker::Mode::Check);
  checker.run();
  if (checker.found().empty()) return std::nullopt;
  return checker.found().front();
}

std::vector<std::string> repair(Session& session) {
  Checker checker(session, Checker::Mode::Repair);
  checker.run();
  std::vector<std::string> lines = checker.found();
  if (checker.notListed() > 0)
    lines.push_back(trf(Str::RepairMore, counted(checker.notListed(), Noun::MorePlace).c_str()));
  return lines;
}

template <class T> void normalizeItem(T& item) {
  Session none;
  Checker(none, Checker::Mode::RepairFields).checkItem(item);
}

void normalizeFields(Meta& meta) {
  Session holder;
  holder.meta = std::move(meta);
  Checker(holder, Checker::Mode::RepairFields).checkMeta();
  meta = std::move(holder.meta);
}
void normalizeFields(AgeGroup& item) { normalizeItem(item); }
void normalizeFields(Category& item) { normalizeItem(item); }
void normalizeFields(IndicatorColumn& item) { normalizeItem(item); }
void normalizeFields(District& item) { normalizeItem(item); }
void normalizeFields(Offer& item) { normalizeItem(item); }
void normalizeFields(Link& item) { normalizeItem(item); }
void normalizeFields(Problem& item) { normalizeItem(item); }
void normalizeFields(Strength& item) { normalizeItem(item); }
void normalizeFields(Proposal& item) { normalizeItem(item); }
void normalizeFields(ParticipantGroup& item) { normalizeItem(item); }
void normalizeFields(VotingRound& item) { normalizeItem(item); }
void normalizeFields(Ballot& item) { normalizeItem(item); }
void normalizeFields(FieldOfAction& item) { normalizeItem(item); }
void normalizeFields(Goal& item) { normalizeItem(item); }
void normalizeFields(Measure& item) { normalizeItem(item); }

bool isValidText(std::string_view text) {
  return text.size() <= kLimits.textBytes && isValidUtf8(text) && text.find('\0') == std::string_view::npos;
}

std::string validText(std::string_view text) {
  std::string out;
  while (!text.empty()) {
    const Utf8Char c = decodeUtf8(text);
    if (c.length == 0) appendUtf8(out, 0xFFFD);
    else if (c.codePoint != 0) out.append(text.substr(0, c.length));
    text.remove_prefix(std::max<std::size_t>(c.length, 1));
  }
  out.resize(utf8Prefix(out, kLimits.textBytes));
  return out;
}

bool isValidDate(std::string_view d) {
  if (d.empty()) return true;
  return d.size() == 10 && d[4] == '-' && d[7] == '-' && isRealDate(digits(d, 0, 4), digits(d, 5, 2), digits(d, 8, 2));
}

std::optional<std::string> isoDate(std::string_view typed) {
  while (!typed.empty() && typed.front() == ' ') typed.remove_prefix(1);
  while (!typed.empty() && typed.back() == ' ') typed.remove_suffix(1);
  if (typed.empty()) return std::string();
  if (isValidDate(typed)) return std::string(typed);
  // T.M.JJJJ with one or two digits for day and month.
  const std::size_t dot1 = typed.find('.');
  const std::size_t dot2 = dot1 == std::string_view::npos ? dot1 : typed.find('.', dot1 + 1);
  if (dot2 == std::string_view::npos || dot1 < 1 || dot1 > 2 || dot2 - dot1 < 2 || dot2 - dot1 > 3 ||
      typed.size() - dot2 != 5)
    return std::nullopt;
  const int day = digits(typed, 0, dot1);
  const int month = digits(typed, dot1 + 1, dot2 - dot1 - 1);
  const int year = digits(typed, dot2 + 1, 4);
  if (!isRealDate(year, month, day)) return std::nullopt;
  return isoText(year, month, day);
}

bool projectEndsSoon(bool projectFunding, std::string_view fundedUntil, std::string_view today) {
  if (!projectFunding || fundedUntil.empty() || today.size() < 4) return false;
  const std::string yearLater = std::to_string(digits(today, 0, 4) + 1) + std::string(today.substr(4));
  return fundedUntil <= yearLater;
}

std::string germanDate(std::string_view iso) {
  if (iso.size() != 10 || !isValidDate(iso)) return std::string(iso);
  return std::string(iso.substr(8, 2)) + "." + std::string(iso.substr(5, 2)) + "." + std::string(iso.substr(0, 4));
}

}  // namespace nwk
