// What the facilitator adapts before the workshop: the offer categories (add, combine, delete
// with their offers moving along) and the weighting criteria of a round (presets, names).
// Names are unique by sameLabel() (case, umlauts, separators and the two languages of the
// string table ignored), not empty and at most kMaxNameBytes long. Each Document function
// is one undo step.
// In core/model (the session, its commands with undo/redo, validation and labels); may use core/text.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/commands.hpp"

namespace nwk {

inline constexpr std::size_t kMaxNameBytes = 80;  // a category's or a criterion's name

// Why `name` cannot be stored beside `others`, or nothing when it can.
std::optional<Str> nameProblem(std::string_view name, const std::vector<std::string>& others);
// base, or "base 2", "base 3" ...: the first not among `taken`.
std::string uniqueName(const std::string& base, const std::vector<std::string>& taken);

// --- Offer categories ----------------------------------------------------------------------
// Colours told apart with colour blindness (Okabe-Ito, Tol's muted), 0xAARRGGBB.
inline constexpr std::uint32_t kCategoryPalette[] = {
    0xFFE69F00u, 0xFF56B4E9u, 0xFF009E73u, 0xFF0072B2u, 0xFFD55E00u, 0xFFCC79A7u,
    0xFF117733u, 0xFF882255u, 0xFF332288u, 0xFF44AA99u, 0xFF999933u, 0xFF777777u,
};

// The names of the categories but the one with this id.
std::vector<std::string> categoryNamesBut(const Session& s, Id id);
// "Sonstiges" / "Other", in either language, receives the offers of deleted categories.
bool isOtherCategory(const Category& category);
std::size_t offersIn(const Session& s, Id category);
// A category named "Neue Kategorie" (numbered when taken) in the first palette colour no
// category has yet; returns its id.
Id addCategory(Document& doc);
// The offers of `from` move to `into`, and `from` is removed. False when either is missing
// or they are the same.
bool combineCategories(Document& doc, Id from, Id into);
// Whether removeCategory() may remove it: not "Sonstiges" while offers are in it.
bool canRemoveCategory(const Session& s, Id id);
// Removes the category; its offers move to "Sonstiges" (created when there is none).
bool removeCategory(Document& doc, Id id);

// --- Weighting criteria --------------------------------------------------------------------
// Wirkung, Umsetzbarkeit, Dringlichkeit, Bedarf der Kinder (in the current language).
std::vector<std::string> criterionPresets();
// The round's criteria but the one at index (for nameProblem while renaming it).
std::vector<std::string> criteriaBut(const std::vector<std::string>& criteria, std::size_t index);
bool hasCriterion(const std::vector<std::string>& criteria, std::string_view name);
// Appends name when there is room (kLimits.criteria) and nameProblem finds nothing.
bool addCriterion(std::vector<std::string>& criteria, const std::string& name);
// Removes the criterion of that name when there is one, else adds it (a preset's toggle).
void toggleCriterion(std::vector<std::string>& criteria, const std::string& name);

}  // namespace nwk
