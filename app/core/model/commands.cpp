#include "core/model/commands.hpp"

#include <algorithm>

namespace nwk {
namespace {

// Removes the elements matching pred; true if there were any.
template <class V, class Pred> bool eraseIf(std::vector<V>& items, Pred pred) {
  const auto before = items.size();
  items.erase(std::remove_if(items.begin(), items.end(), pred), items.end());
  return items.size() != before;
}

bool eraseId(std::vector<Id>& ids, Id id) {
  return eraseIf(ids, [id](Id x) { return x == id; });
}

// Sets `field` of every T that refers to `removed` to kNoId.
template <class T> void clearReferences(Change& change, Id T::*field, Id removed) {
  replaceWhere<T>(change, [&](T& item) {
    if (item.*field != removed) return false;
    item.*field = kNoId;
    return true;
  });
}

}  // namespace

template <> Str nounOf<AgeGroup>() { return Str::NounAgeGroup; }
template <> Str nounOf<Category>() { return Str::NounCategory; }
template <> Str nounOf<IndicatorColumn>() { return Str::NounIndicator; }
template <> Str nounOf<District>() { return Str::NounDistrict; }
template <> Str nounOf<Offer>() { return Str::NounOffer; }
template <> Str nounOf<Link>() { return Str::NounLink; }
template <> Str nounOf<Problem>() { return Str::NounProblem; }
template <> Str nounOf<Strength>() { return Str::NounStrength; }
template <> Str nounOf<Proposal>() { return Str::NounProposal; }
template <> Str nounOf<ParticipantGroup>() { return Str::NounGroup; }
template <> Str nounOf<VotingRound>() { return Str::NounRound; }
template <> Str nounOf<Ballot>() { return Str::NounBallot; }
template <> Str nounOf<FieldOfAction>() { return Str::NounField; }
template <> Str nounOf<Goal>() { return Str::NounGoal; }
template <> Str nounOf<Measure>() { return Str::NounMeasure; }

void removeReferences(Change& change, const AgeGroup& removed) {
  replaceWhere<Offer>(change, [&](Offer& o) { return eraseId(o.ageGroups, removed.id); });
  clearReferences(change, &Problem::ageGroup, removed.id);  // now for all age groups
  clearReferences(change, &Strength::ageGroup, removed.id);
  clearReferences(change, &Proposal::ageGroup, removed.id);
  replaceWhere<Proposal>(change, [&](Proposal& p) { return eraseId(p.alsoNamedIn, removed.id); });
  replaceWhere<Measure>(change, [&](Measure& m) { return eraseId(m.ageGroups, removed.id); });
}

void removeReferences(Change& change, const Category& removed) {
  clearReferences(change, &Offer::category, removed.id);
}

void removeReferences(Change& change, const IndicatorColumn& removed) {
  clearReferences(change, &AgeGroup::populationColumn, removed.id);
  replaceWhere<District>(change, [&](District& d) {
    return eraseIf(d.indicators, [&](const IndicatorValue& v) { return v.column == removed.id; });
  });
  clearReferences(change, &Goal::indicator, removed.id);
}

void removeReferences(Change& change, const District& removed) {
  clearReferences(change, &Offer::district, removed.id);
  replaceWhere<Offer>(change, [&](Offer& o) { return eraseId(o.servedDistricts, removed.id); });
  replaceWhere<Proposal>(change, [&](Proposal& p) { return eraseId(p.districts, removed.id); });
  clearReferences(change, &Goal::district, removed.id);
  replaceWhere<Measure>(change, [&](Measure& m) { return eraseId(m.districts, removed.id); });
}

void removeReferences(Change& change, const Offer& removed) {
  eraseWhere<Link>(change, [&](const Link& l) { return l.from == removed.id || l.to == removed.id; });
}

void removeReferences(Change&, const Link&) {}
void removeReferences(Change&, const Strength&) {}

void removeReferences(Change& change, const Problem& removed) {
  replaceWhere<Proposal>(change, [&](Proposal& p) { return eraseId(p.problems, removed.id); });
}

void removeReferences(Change& change, const Proposal& removed) {
  replaceWhere<VotingRound>(change, [&](VotingRound& r) {
    bool changed = eraseId(r.proposals, removed.id);
    for (PaperTally& t : r.paper)
      changed |= eraseIf(t.dots, [&](const PaperDots& d) { return d.proposal == removed.id; });
    return changed;
  });
  replaceWhere<Ballot>(change, [&](Ballot& b) {
    return eraseIf(b.entries, [&](const BallotEntry& e) { return e.proposal == removed.id; });
  });
  clearReferences(change, &Measure::proposal, removed.id);  // the measure stays, on its own
}

void removeReferences(Change& change, const ParticipantGroup& removed) {
  clearReferences(change, &Ballot::group, removed.id);
  replaceWhere<VotingRound>(change, [&](VotingRound& r) {
    bool changed = false;
    for (PaperTally& t : r.paper)
      if (t.group == removed.id) t.group = kNoId, changed = true;
    return changed;
  });
}

void removeReferences(Change& change, const VotingRound& removed) {
  eraseWhere<Ballot>(change, [&](const Ballot& b) { return b.round == removed.id; });
}

void removeReferences(Change&, const Ballot&) {}

void removeReferences(Change& change, const FieldOfAction& removed) {
  clearReferences(change, &Proposal::field, removed.id);
  clearReferences(change, &Goal::field, removed.id);
  clearReferences(change, &Measure::field, removed.id);
}

void removeReferences(Change&, const Goal&) {}
void removeReferences(Change&, const Measure&) {}

bool setMeta(Document& doc, const Meta& meta, const std::string& coalesceKey) {
  Change change(doc.session, trf(Str::CmdUpdate, tr(Str::NounMeta)), coalesceKey);
  change.setMeta(meta);
  const bool changed = !change.empty();
  doc.history.record(change.finish());
  return changed;
}

bool moveAgeGroup(Document& doc, Id id, std::size_t newIndex) {
  const auto index = indexOf(doc.session.ageGroups, id);
  if (index < 0 || newIndex >= doc.session.ageGroups.size() || static_cast<std::size_t>(index) == newIndex)
    return false;
  Change change(doc.session, trf(Str::CmdMove, tr(Str::NounAgeGroup)));
  const AgeGroup moved = doc.session.ageGroups[static_cast<std::size_t>(index)];
  change.erase<AgeGroup>(static_cast<std::size_t>(index));
  change.insert<AgeGroup>(newIndex, moved);
  doc.history.record(change.finish());
  return true;
}

}  // namespace nwk
