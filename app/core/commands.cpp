#include "core/commands.hpp"

#include <algorithm>

namespace nwk {
namespace {

bool eraseId(std::vector<Id>& ids, Id id) {
  const auto before = ids.size();
  ids.erase(std::remove(ids.begin(), ids.end(), id), ids.end());
  return ids.size() != before;
}

}  // namespace

template <> Str nounOf<AgeGroup>() { return Str::NounAgeGroup; }
template <> Str nounOf<Category>() { return Str::NounCategory; }
template <> Str nounOf<IndicatorColumn>() { return Str::NounIndicator; }
template <> Str nounOf<District>() { return Str::NounDistrict; }
template <> Str nounOf<Offer>() { return Str::NounOffer; }
template <> Str nounOf<Link>() { return Str::NounLink; }
template <> Str nounOf<Problem>() { return Str::NounProblem; }
template <> Str nounOf<Proposal>() { return Str::NounProposal; }
template <> Str nounOf<ParticipantGroup>() { return Str::NounGroup; }
template <> Str nounOf<VotingRound>() { return Str::NounRound; }
template <> Str nounOf<Ballot>() { return Str::NounBallot; }

void removeReferences(Change& change, const AgeGroup& removed) {
  replaceWhere<Offer>(change, [&](Offer& o) { return eraseId(o.ageGroups, removed.id); });
  auto toAll = [&](auto& item) {
    if (item.ageGroup != removed.id) return false;
    item.ageGroup = kNoId;
    return true;
  };
  replaceWhere<Problem>(change, toAll);
  replaceWhere<Proposal>(change, toAll);
}

void removeReferences(Change& change, const Category& removed) {
  replaceWhere<Offer>(change, [&](Offer& o) {
    if (o.category != removed.id) return false;
    o.category = kNoId;
    return true;
  });
}

void removeReferences(Change& change, const IndicatorColumn& removed) {
  replaceWhere<District>(change, [&](District& d) {
    const auto before = d.indicators.size();
    d.indicators.erase(std::remove_if(d.indicators.begin(), d.indicators.end(),
                                      [&](const IndicatorValue& v) { return v.column == removed.id; }),
                       d.indicators.end());
    return d.indicators.size() != before;
  });
}

void removeReferences(Change& change, const District& removed) {
  replaceWhere<Offer>(change, [&](Offer& o) {
    if (o.district != removed.id) return false;
    o.district = kNoId;
    return true;
  });
  replaceWhere<Proposal>(change, [&](Proposal& p) { return eraseId(p.districts, removed.id); });
}

void removeReferences(Change& change, const Offer& removed) {
  eraseWhere<Link>(change, [&](const Link& l) { return l.from == removed.id || l.to == removed.id; });
}

void removeReferences(Change&, const Link&) {}

void removeReferences(Change& change, const Problem& removed) {
  replaceWhere<Proposal>(change, [&](Proposal& p) { return eraseId(p.problems, removed.id); });
}

void removeReferences(Change& change, const Proposal& removed) {
  replaceWhere<VotingRound>(change, [&](VotingRound& r) { return eraseId(r.proposals, removed.id); });
  replaceWhere<Ballot>(change, [&](Ballot& b) {
    const auto before = b.entries.size();
    b.entries.erase(std::remove_if(b.entries.begin(), b.entries.end(),
                                   [&](const BallotEntry& e) { return e.proposal == removed.id; }),
                    b.entries.end());
    return b.entries.size() != before;
  });
}

void removeReferences(Change& change, const ParticipantGroup& removed) {
  replaceWhere<Ballot>(change, [&](Ballot& b) {
    if (b.group != removed.id) return false;
    b.group = kNoId;
    return true;
  });
}

void removeReferences(Change& change, const VotingRound& removed) {
  eraseWhere<Ballot>(change, [&](const Ballot& b) { return b.round == removed.id; });
}

void removeReferences(Change&, const Ballot&) {}

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
