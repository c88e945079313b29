#include "core/voting/presentation.hpp"

#include <algorithm>

namespace nwk {
namespace {

std::vector<Id> boardOrder(const Session& s) {
  std::vector<Id> order{kNoId};
  for (const AgeGroup& g : s.ageGroups) order.push_back(g.id);
  return order;
}

template <class T> bool anyIn(const std::vector<T>& items, Id ageGroup) {
  return std::any_of(items.begin(), items.end(), [&](const T& item) { return item.ageGroup == ageGroup; });
}

}  // namespace

std::vector<Slide> presentationSlides(const Session& s, PresentMode mode) {
  std::vector<Slide> slides;
  switch (mode) {
    case PresentMode::AgeGroups:
      for (Id g : boardOrder(s))
        if (anyIn(s.problems, g) || anyIn(s.proposals, g)) slides.push_back({Slide::Kind::AgeGroup, g});
      break;
    case PresentMode::Proposals:
      for (Id g : boardOrder(s))
        for (const Proposal& p : s.proposals)
          if (p.ageGroup == g) slides.push_back({Slide::Kind::Proposal, p.id});
      break;
    case PresentMode::Results:
      for (const VotingRound& r : s.rounds)
        if (r.state != RoundState::Draft) slides.push_back({Slide::Kind::Round, r.id});
      break;
  }
  return slides;
}

std::size_t keepSlide(const std::vector<Slide>& slides, const Slide& current, std::size_t index) {
  const auto same = std::find(slides.begin(), slides.end(), current);
  if (same != slides.end()) return static_cast<std::size_t>(same - slides.begin());
  return slides.empty() ? 0 : std::min(index, slides.size() - 1);
}

}  // namespace nwk
