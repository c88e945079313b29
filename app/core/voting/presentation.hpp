// Presenter mode's running order for the beamer: which slides there are and what each shows.
// A slide names an age group (its problems and proposals), one proposal, or one voting
// round's result. Pure: computed from the session each time, nothing stored; the presenter
// view (ui/presenter.cpp) keeps only the index of the current slide.
// In core/voting (voting rounds, the tally, presenter slides, the live-voting contract); may use core/text, core/model,
// core/io, core/geo, core/analysis.
#pragma once
#include <cstdint>
#include <vector>

#include "core/model/model.hpp"

namespace nwk {

enum class PresentMode : std::uint8_t { AgeGroups = 0, Proposals, Results };

struct Slide {
  enum class Kind : std::uint8_t { AgeGroup, Proposal, Round } kind = Kind::AgeGroup;
  Id id = kNoId;  // the age group (kNoId: all age groups), proposal or round
  bool operator==(const Slide&) const = default;
};

// In board order ("alle Altersgruppen" first, then the session's age groups):
//  AgeGroups: every age group with at least one problem or proposal;
//  Proposals: every proposal, grouped by age group in that order;
//  Results: every round that has been opened (drafts have nothing to show), oldest first.
std::vector<Slide> presentationSlides(const Session& s, PresentMode mode);

// The slide to show after the slides changed (an item added or removed while presenting):
// the same slide where it still exists, else the nearest index; 0 when there are none.
std::size_t keepSlide(const std::vector<Slide>& slides, const Slide& current, std::size_t index);

}  // namespace nwk
