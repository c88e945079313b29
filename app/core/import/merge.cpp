#include "core/import/merge.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

#include "core/model/validate.hpp"
#include "core/text/names.hpp"

namespace nwk {
namespace {

using IdMap = std::unordered_map<Id, Id>;

Id mapped(const IdMap& map, Id id) {
  if (id == kNoId) return kNoId;
  const auto it = map.find(id);
  return it == map.end() ? kNoId : it->second;
}

std::vector<Id> mappedAll(const IdMap& map, const std::vector<Id>& ids) {
  std::vector<Id> out;
  for (Id id : ids)
    if (Id m = mapped(map, id); m != kNoId && std::find(out.begin(), out.end(), m) == out.end()) out.push_back(m);
  return out;
}

// Named kinds: match by name (sameLabel: a default name matches its translation), add the rest. A match keeps its
// fields; adopt(match, item) may fill the ones it left empty (and says whether it did). Returns how many were added.
template <class T, class Prepare, class Adopt>
std::size_t mergeNamed(Change& change, const std::vector<T>& incoming, IdMap& map, Prepare prepare, Adopt adopt) {
  std::size_t added = 0;
  for (const T& item : incoming) {
    const auto& existing = itemsOf<T>(change.session());
    const auto match =
        std::find_if(existing.begin(), existing.end(), [&](const T& e) { return sameLabel(e.name, item.name); });
    if (match != existing.end()) {
      map[item.id] = match->id;
      T kept = *match;
      if (adopt(kept, item)) change.replace<T>(static_cast<std::size_t>(match - existing.begin()), std::move(kept));
      continue;
    }
    T copy = item;
    copy.id = change.session().takeId();
    map[item.id] = copy.id;
    prepare(copy);
    change.insert<T>(existing.size(), std::move(copy));
    ++added;
  }
  return added;
}

// Always-added kinds: fresh id, references remapped by prepare(copy).
template <class T, class Prepare>
std::size_t mergeAll(Change& change, const std::vector<T>& incoming, IdMap& map, Prepare prepare) {
  for (const T& item : incoming) {
    T copy = item;
    copy.id = change.session().takeId();
    map[item.id] = copy.id;
    prepare(copy);
    change.insert<T>(itemsOf<T>(change.session()).size(), std::move(copy));
  }
  return incoming.size();
}

bool sameOffer(const Offer& a, const Offer& b) {
  if (!sameName(a.name, b.name)) return false;
  if (a.district != kNoId && a.district == b.district) return true;
  if (a.hasLocation && b.hasLocation) return distanceMetres(a.location, b.location) <= kNearbyMetres;
  return !a.hasLocation && !b.hasLocation && a.district == b.district;
}

Duplicate offerDuplicate(const Session& s, const Offer& existing, const Offer& incoming) {
  Duplicate d{Duplicate::Kind::Offer, existing.id, incoming.id, existing.name};
  const District* district = findById(s.districts, existing.district);
  d.district = district ? district->name : std::string();
  if (existing.hasLocation && incoming.hasLocation)
    d.metresApart = distanceMetres(existing.location, incoming.location);
  return d;
}

// What `from` knows and `into` does not: every empty field of `into` taken from `from`.
template <class T> void addOnce(std::vector<T>& items, const T& item) {
  if (std::find(items.begin(), items.end(), item) == items.end()) items.push_back(item);
}

void fillGaps(Offer& into, const Offer& from) {
  const auto text = [](std::string& a, const std::string& b) {
    if (a.empty()) a = b;
  };
  const auto rating = [](Rating& a, Rating b) {
    if (a == Rating::Unrated) a = b;
  };
  text(into.provider, from.provider);
  text(into.contact, from.contact);
  text(into.description, from.description);
  if (into.category == kNoId) into.category = from.category;
  if (!into.hasLocation && from.hasLocation) {
    into.hasLocation = true;
    into.location = from.location;
  }
  if (into.district == kNoId) into.district = from.district;
  if (into.capacity < 0) into.capacity = from.capacity;
  text(into.languages, from.languages);
  if (into.cost == Cost::Unknown) into.cost = from.cost;
  if (into.reach == Reach::District && into.servedDistricts.empty()) {
    into.reach = from.reach;
    into.servedDistricts = from.servedDistricts;
  }
  into.lowThreshold |= from.lowThreshold;
  into.educationPackage |= from.educationPackage;
  if (!into.projectFunding && from.projectFunding) {
    into.projectFunding = true;
    into.fundedUntil = from.fundedUntil;
  }
  rating(into.assessment.known, from.assessment.known);
  rating(into.assessment.used, from.assessment.used);
  rating(into.assessment.transparent, from.assessment.transparent);
  rating(into.assessment.fitting, from.assessment.fitting);
  for (Id g : from.ageGroups) addOnce(into.ageGroups, g);
}

template <class T, class Same> void findDuplicates(const Session& s, const std::vector<T>& items,
                                                   std::size_t firstIncoming, Duplicate::Kind kind, Same same,
                                                   std::vector<Duplicate>& out) {
  for (std::size_t i = firstIncoming; i < items.size(); ++i) {
    for (std::size_t j = 0; j < firstIncoming; ++j) {
      if (!same(items[j], items[i])) continue;
      const T& e = items[j];
      if constexpr (std::is_same_v<T, Offer>) out.push_back(offerDuplicate(s, e, items[i]));
      else out.push_back({kind, e.id, items[i].id, e.text});
      break;
    }
  }
}

template <class T> bool sameText(const T& a, const T& b) {
  return a.ageGroup == b.ageGroup && sameName(a.text, b.text);
}

}  // namespace

double distanceMetres(const LonLat& a, const LonLat& b) {
  constexpr double kEarthRadius = 6371008.8;
  constexpr double kRad = 3.14159265358979323846 / 180.0;
  const double dLat = (b.lat - a.lat) * kRad;
  const double dLon = (b.lon - a.lon) * kRad;
  const double h = std::sin(dLat / 2) * std::sin(dLat / 2) +
                   std::cos(a.lat * kRad) * std::cos(b.lat * kRad) * std::sin(dLon / 2) * std::sin(dLon / 2);
  return 2 * kEarthRadius * std::asin(std::min(1.0, std::sqrt(h)));
}

namespace {

// What makes an entry the same one again after merging the same file: the name and the
// exact place, or the text and the age group's name.
std::string alikeKey(const Session&, const Offer& o) {
  std::string key = nameKey(o.name);
  if (o.hasLocation) key += "|" + std::to_string(o.location.lon) + "|" + std::to_string(o.location.lat);
  return key;
}
template <class T> std::string alikeKey(const Session& s, const T& entry) {
  const AgeGroup* g = findById(s.ageGroups, entry.ageGroup);
  return nameKey(entry.text) + "|" + (g ? nameKey(g->name) : std::string());
}

// How many of `incoming`'s entries `open` holds alike (hashed: sessions of 10,000 offers).
template <class T> std::size_t countAlike(const Session& open, const std::vector<T>& have, const Session& incoming,
                                          const std::vector<T>& come) {
  std::unordered_set<std::string> keys;
  for (const T& h : have) keys.insert(alikeKey(open, h));
  return static_cast<std::size_t>(
      std::count_if(come.begin(), come.end(), [&](const T& c) { return keys.count(alikeKey(incoming, c)) > 0; }));
}

}  // namespace

MergeCaution mergeCaution(const Session& open, const Session& incoming) {
  MergeCaution c;
  const std::string& here = open.meta.municipality;
  const std::string& there = incoming.meta.municipality;
  if (!here.empty() && !there.empty() && !sameName(here, there)) c.otherTown = there;
  const bool knownDistrict = std::any_of(incoming.districts.begin(), incoming.districts.end(), [&](const District& d) {
    return std::any_of(open.districts.begin(), open.districts.end(),
                       [&](const District& o) { return sameName(o.name, d.name); });
  });
  if (!open.districts.empty() && !knownDistrict) c.foreignDistricts = incoming.districts.size();
  c.sameSession = open.uid != 0 && open.uid == incoming.uid;
  c.entries = incoming.offers.size() + incoming.problems.size() + incoming.proposals.size();
  c.alreadyHere = countAlike(open, open.offers, incoming, incoming.offers) +
                  countAlike(open, open.problems, incoming, incoming.problems) +
                  countAlike(open, open.proposals, incoming, incoming.proposals);
  return c;
}

MergeReport merge(Document& doc, const Session& other) {
  MergeReport report;
  Session& s = doc.session;
  const std::size_t offers0 = s.offers.size(), problems0 = s.problems.size(), proposals0 = s.proposals.size();
  Change change(s, tr(Str::CmdMerge));
  IdMap ids;
  auto none = [](auto&) {};
  auto keep = [](auto&, const auto&) { return false; };
  // Columns first: age groups refer to them. A matched age group without a population column
  // and a matched district without a code take the incoming one.
  mergeNamed(change, other.indicatorColumns, ids, none, keep);
  report.newAgeGroups = mergeNamed(
      change, other.ageGroups, ids, [&](AgeGroup& g) { g.populationColumn = mapped(ids, g.populationColumn); },
      [&](AgeGroup& kept, const AgeGroup& g) {
        if (kept.populationColumn != kNoId) return false;
        kept.populationColumn = mapped(ids, g.populationColumn);
        return kept.populationColumn != kNoId;
      });
  report.newCategories = mergeNamed(change, other.categories, ids, none, keep);
  report.newDistricts = mergeNamed(
      change, other.districts, ids,
      [&](District& d) {
        for (IndicatorValue& v : d.indicators) v.column = mapped(ids, v.column);
      },
      [](District& kept, const District& d) {
        const bool takesCode = kept.code.empty() && !d.code.empty();
        const bool takesNote = kept.note.empty() && !d.note.empty();
        if (takesCode) kept.code = d.code;
        if (takesNote) kept.note = d.note;
        return takesCode || takesNote;
      });
  mergeNamed(change, other.groups, ids, none, keep);
  mergeNamed(change, other.fields, ids, none, keep);
  report.offers = mergeAll(change, other.offers, ids, [&](Offer& o) {
    o.category = mapped(ids, o.category);
    o.district = mapped(ids, o.district);
    o.ageGroups = mappedAll(ids, o.ageGroups);
    o.servedDistricts = mappedAll(ids, o.servedDistricts);
  });
  report.links = mergeAll(change, other.links, ids, [&](Link& l) {
    l.from = mapped(ids, l.from);
    l.to = mapped(ids, l.to);
  });
  report.problems = mergeAll(change, other.problems, ids, [&](Problem& p) { p.ageGroup = mapped(ids, p.ageGroup); });
  report.strengths = mergeAll(change, other.strengths, ids, [&](Strength& t) { t.ageGroup = mapped(ids, t.ageGroup); });
  report.proposals = mergeAll(change, other.proposals, ids, [&](Proposal& p) {
    p.ageGroup = mapped(ids, p.ageGroup);
    p.problems = mappedAll(ids, p.problems);
    p.districts = mappedAll(ids, p.districts);
    p.field = mapped(ids, p.field);
    p.alsoNamedIn = mappedAll(ids, p.alsoNamedIn);
  });
  report.rounds = mergeAll(change, other.rounds, ids, [&](VotingRound& r) {
    r.proposals = mappedAll(ids, r.proposals);
    if (r.state == RoundState::Open) r.state = RoundState::Closed;  // nobody votes into a merged copy
    for (PaperTally& t : r.paper) {
      t.id = change.session().takeId();
      t.group = mapped(ids, t.group);
      for (PaperDots& d : t.dots) d.proposal = mapped(ids, d.proposal);
    }
  });
  report.ballots = mergeAll(change, other.ballots, ids, [&](Ballot& b) {
    b.round = mapped(ids, b.round);
    b.group = mapped(ids, b.group);
    for (BallotEntry& e : b.entries) e.proposal = mapped(ids, e.proposal);
  });
  report.goals = mergeAll(change, other.goals, ids, [&](Goal& g) {
    g.field = mapped(ids, g.field);
    g.indicator = mapped(ids, g.indicator);
    g.district = mapped(ids, g.district);
  });
  report.measures = mergeAll(change, other.measures, ids, [&](Measure& m) {
    m.proposal = mapped(ids, m.proposal);
    m.field = mapped(ids, m.field);
    m.districts = mappedAll(ids, m.districts);
    m.ageGroups = mappedAll(ids, m.ageGroups);
  });
  doc.history.record(change.finish());

  findDuplicates(s, s.offers, offers0, Duplicate::Kind::Offer, sameOffer, report.duplicates);
  findDuplicates(s, s.problems, problems0, Duplicate::Kind::Problem, sameText<Problem>, report.duplicates);
  findDuplicates(s, s.proposals, proposals0, Duplicate::Kind::Proposal, sameText<Proposal>, report.duplicates);
  return report;
}

namespace {

void redirectOffer(Change& change, Id from, Id to) {
  const auto& links = change.session().links;
  for (std::size_t i = links.size(); i-- > 0;) {
    Link l = links[i];
    if (l.from != from && l.to != from) continue;
    if (l.from == from) l.from = to;
    if (l.to == from) l.to = to;
    const bool duplicate = std::any_of(links.begin(), links.end(), [&](const Link& o) {
      return o.id != l.id && o.from == l.from && o.to == l.to && o.type == l.type;
    });
    if (l.from == l.to || duplicate) change.erase<Link>(i);
    else change.replace<Link>(i, l);
  }
}

// Replaces `from` by `to` in ids, without creating a repeat; true if anything changed.
bool redirectId(std::vector<Id>& ids, Id from, Id to) {
  if (std::find(ids.begin(), ids.end(), from) == ids.end()) return false;
  const bool hasTarget = std::find(ids.begin(), ids.end(), to) != ids.end();
  if (hasTarget) ids.erase(std::remove(ids.begin(), ids.end(), from), ids.end());
  else std::replace(ids.begin(), ids.end(), from, to);
  return true;
}

// Points rounds, paper dots and ballots at `to` instead of `from`. A ballot that voted on
// both keeps its vote for `to` (a repeat would make it invalid); paper dots add up.
void redirectProposal(Change& change, Id from, Id to) {
  replaceWhere<VotingRound>(change, [&](VotingRound& r) {
    bool changed = redirectId(r.proposals, from, to);
    for (PaperTally& t : r.paper) {
      const auto source =
          std::find_if(t.dots.begin(), t.dots.end(), [&](const PaperDots& x) { return x.proposal == from; });
      if (source == t.dots.end()) continue;
      const auto target =
          std::find_if(t.dots.begin(), t.dots.end(), [&](const PaperDots& x) { return x.proposal == to; });
      if (target != t.dots.end()) {
        target->dots += source->dots;
        t.dots.erase(source);
      } else {
        source->proposal = to;
      }
      changed = true;
    }
    return changed;
  });
  replaceWhere<Ballot>(change, [&](Ballot& b) {
    const auto before = b.entries.size();
    b.entries.erase(std::remove_if(b.entries.begin(), b.entries.end(),
                                   [&](const BallotEntry& e) {
                                     return e.proposal == from &&
                                            std::any_of(b.entries.begin(), b.entries.end(), [&](const BallotEntry& o) {
                                              return o.proposal == to && o.criterion == e.criterion;
                                            });
                                   }),
                    b.entries.end());
    bool changed = b.entries.size() != before;
    for (BallotEntry& e : b.entries)
      if (e.proposal == from) e.proposal = to, changed = true;
    return changed;
  });
  replaceWhere<Measure>(change, [&](Measure& m) {
    if (m.proposal != from) return false;
    m.proposal = to;
    return true;
  });
}

// `kept` was also named by the tables that named `other`: their count, age groups and themes.
void absorbNaming(Proposal& kept, const Proposal& other) {
  kept.tables = std::min(kept.tables + other.tables, kLimits.tables);
  for (Id g : other.alsoNamedIn) addOnce(kept.alsoNamedIn, g);
  if (other.ageGroup != kNoId) addOnce(kept.alsoNamedIn, other.ageGroup);
  std::erase(kept.alsoNamedIn, kept.ageGroup);
  for (const std::string& tag : other.tags)
    if (kept.tags.size() < kLimits.tags) addOnce(kept.tags, tag);
}

// Replaces the proposal at `index` by one that also carries what `absorbed` said: its text
// (when asked), problems, districts and how often it was named.
void absorbProposal(Change& change, std::size_t index, const Proposal& absorbed, bool withText) {
  Proposal merged = change.session().proposals[index];
  if (withText) merged.text += "\n" + absorbed.text;
  for (Id p : absorbed.problems) addOnce(merged.problems, p);
  for (Id d : absorbed.districts) addOnce(merged.districts, d);
  absorbNaming(merged, absorbed);
  change.replace<Proposal>(index, merged);
}

}  // namespace

bool mergeProposals(Document& doc, Id keep, Id absorbed) {
  Session& s = doc.session;
  const auto k = indexOf(s.proposals, keep), a = indexOf(s.proposals, absorbed);
  if (k < 0 || a < 0 || keep == absorbed) return false;
  Change change(s, tr(Str::CmdCombine));
  absorbProposal(change, static_cast<std::size_t>(k), s.proposals[static_cast<std::size_t>(a)], true);
  redirectProposal(change, absorbed, keep);
  change.erase<Proposal>(static_cast<std::size_t>(indexOf(s.proposals, absorbed)));
  doc.history.record(change.finish());
  return true;
}

bool combineDuplicate(Document& doc, const Duplicate& d) {
  Session& s = doc.session;
  Change change(s, tr(Str::CmdCombine));
  switch (d.kind) {
    case Duplicate::Kind::Offer: {
      const auto keep = indexOf(s.offers, d.existing), drop = indexOf(s.offers, d.incoming);
      if (keep < 0 || drop < 0) return false;
      Offer merged = s.offers[static_cast<std::size_t>(keep)];
      fillGaps(merged, s.offers[static_cast<std::size_t>(drop)]);
      change.replace<Offer>(static_cast<std::size_t>(keep), merged);
      redirectOffer(change, d.incoming, d.existing);
      change.erase<Offer>(static_cast<std::size_t>(indexOf(s.offers, d.incoming)));
      break;
    }
    case Duplicate::Kind::Problem: {
      if (indexOf(s.problems, d.existing) < 0 || indexOf(s.problems, d.incoming) < 0) return false;
      replaceWhere<Proposal>(change, [&](Proposal& p) { return redirectId(p.problems, d.incoming, d.existing); });
      change.erase<Problem>(static_cast<std::size_t>(indexOf(s.problems, d.incoming)));
      break;
    }
    case Duplicate::Kind::Proposal: {
      const auto keep = indexOf(s.proposals, d.existing), drop = indexOf(s.proposals, d.incoming);
      if (keep < 0 || drop < 0) return false;
      absorbProposal(change, static_cast<std::size_t>(keep), s.proposals[static_cast<std::size_t>(drop)], false);
      redirectProposal(change, d.incoming, d.existing);
      change.erase<Proposal>(static_cast<std::size_t>(indexOf(s.proposals, d.incoming)));
      break;
    }
  }
  doc.history.record(change.finish());
  return true;
}

}  // namespace nwk
