#include "core/model/followup.hpp"

#include <utility>

namespace nwk {

Id takeOverProposal(Document& doc, Id proposal) {
  const Proposal* p = findById(doc.session.proposals, proposal);
  if (!p) return kNoId;
  Measure m;
  m.name = p->text;
  m.proposal = p->id;
  m.field = p->field;
  if (p->ageGroup != kNoId) m.ageGroups.push_back(p->ageGroup);
  m.districts = p->districts;
  return add(doc, std::move(m));
}

const Measure* measureOf(const Session& session, Id proposal) {
  for (const Measure& m : session.measures)
    if (m.proposal == proposal) return &m;
  return nullptr;
}

Session prepareFollowUp(const Session& earlier, const std::string& date) {
  Session next = earlier;
  next.history.clear();
  next.problems.clear();
  next.strengths.clear();
  next.proposals.clear();
  next.rounds.clear();
  next.ballots.clear();
  next.uid = 0;
  next.meta.date = date;
  next.meta.phase = Phase::Inventory;
  next.meta.vorlageNumber.clear();
  next.meta.committees.clear();
  next.meta.resolution.clear();
  next.meta.people = next.meta.institutions = 0;  // counted anew at the next conference
  for (Offer& o : next.offers) o.toReview = true;
  for (Measure& m : next.measures) m.proposal = kNoId;  // the proposal stays in the baseline
  Session baseline = earlier;
  baseline.history.clear();
  next.history = earlier.history;
  next.history.push_back(std::move(baseline));
  return next;
}

}  // namespace nwk
