// The six phases of a Sozialraumkonferenz, in workshop order, with their texts.
// In core/model (the session, its commands with undo/redo, validation and labels); may use core/text.
#pragma once
#include <array>
#include <cstdint>
#include <optional>

#include "core/text/i18n.hpp"

namespace nwk {

enum class Phase : std::uint8_t { Inventory = 1, Problems, Solutions, Weighting, Results, Implementation };

struct PhaseInfo {
  Phase phase;
  const char* key;  // stable, language-independent: "inventory", ...
  Str name;         // "1. Bestand": a step, not a count
  Str lead;         // one-line question of the phase
  Str body;         // what happens in it
};

inline constexpr std::array<PhaseInfo, 6> kPhases{{
    {Phase::Inventory, "inventory", Str::PhaseInventory, Str::PhaseInventoryLead, Str::PhaseInventoryBody},
    {Phase::Problems, "problems", Str::PhaseProblems, Str::PhaseProblemsLead, Str::PhaseProblemsBody},
    {Phase::Solutions, "solutions", Str::PhaseSolutions, Str::PhaseSolutionsLead, Str::PhaseSolutionsBody},
    {Phase::Weighting, "weighting", Str::PhaseWeighting, Str::PhaseWeightingLead, Str::PhaseWeightingBody},
    {Phase::Results, "results", Str::PhaseResults, Str::PhaseResultsLead, Str::PhaseResultsBody},
    {Phase::Implementation, "implementation", Str::PhaseImplementation, Str::PhaseImplementationLead,
     Str::PhaseImplementationBody},
}};

inline const PhaseInfo& phaseInfo(Phase p) { return kPhases[static_cast<std::size_t>(p) - 1]; }

inline std::optional<Phase> phaseFromNumber(int n) {
  if (n < 1 || n > static_cast<int>(kPhases.size())) return std::nullopt;
  return static_cast<Phase>(n);
}

}  // namespace nwk
