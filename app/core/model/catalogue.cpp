#include "core/model/catalogue.hpp"

#include <algorithm>

#include "core/text/names.hpp"

namespace nwk {
namespace {

bool taken(const std::vector<std::string>& names, std::string_view name) {
  return std::any_of(names.begin(), names.end(), [&](const std::string& n) { return sameLabel(n, name); });
}

// Within a change: the offers of category `from` go to `into`.
void moveOffers(Change& change, Id from, Id into) {
  replaceWhere<Offer>(change, [&](Offer& o) {
    if (o.category != from) return false;
    o.category = into;
    return true;
  });
}

// The "Sonstiges" category but `except`; made (within the change) when there is none.
Id otherCategory(Change& change, Id except) {
  Session& s = change.session();
  for (const Category& c : s.categories)
    if (c.id != except && isOtherCategory(c)) return c.id;
  const Id id = s.takeId();
  change.insert<Category>(s.categories.size(), Category{id, tr(Str::CategoryOther), 0xFF777777u, "other"});
  return id;
}

}  // namespace

std::optional<Str> nameProblem(std::string_view name, const std::vector<std::string>& others) {
  if (nameKey(name).empty()) return Str::CatalogueNameEmpty;
  if (name.size() > kMaxNameBytes) return Str::CatalogueNameTooLong;
  if (taken(others, name)) return Str::CatalogueNameTaken;
  return std::nullopt;
}

std::string uniqueName(const std::string& base, const std::vector<std::string>& names) {
  std::string name = base;
  for (int n = 2; taken(names, name); ++n) name = base + " " + std::to_string(n);
  return name;
}

std::vector<std::string> categoryNamesBut(const Session& s, Id id) {
  std::vector<std::string> names;
  for (const Category& c : s.categories)
    if (c.id != id) names.push_back(c.name);
  return names;
}

bool isOtherCategory(const Category& category) { return sameLabel(category.name, tr(Str::CategoryOther)); }

std::size_t offersIn(const Session& s, Id category) {
  return static_cast<std::size_t>(
      std::count_if(s.offers.begin(), s.offers.end(), [&](const Offer& o) { return o.category == category; }));
}

Id addCategory(Document& doc) {
  const auto& categories = doc.session.categories;
  const auto unused = std::find_if(std::begin(kCategoryPalette), std::end(kCategoryPalette), [&](std::uint32_t c) {
    return std::none_of(categories.begin(), categories.end(), [&](const Category& k) { return k.colour == c; });
  });
  const std::uint32_t colour = unused != std::end(kCategoryPalette) ? *unused : kCategoryPalette[0];
  return add(doc, Category{kNoId, uniqueName(tr(Str::CategoryNew), categoryNamesBut(doc.session, kNoId)), colour, ""});
}

bool combineCategories(Document& doc, Id from, Id into) {
  const auto index = indexOf(doc.session.categories, from);
  if (index < 0 || from == into || !findById(doc.session.categories, into)) return false;
  Change change(doc.session, tr(Str::CmdCombineCategories));
  moveOffers(change, from, into);
  eraseWithReferences<Category>(change, static_cast<std::size_t>(index));
  doc.history.record(change.finish());
  return true;
}

bool canRemoveCategory(const Session& s, Id id) {
  const Category* category = findById(s.categories, id);
  return category && !(isOtherCategory(*category) && offersIn(s, id) > 0);
}

bool removeCategory(Document& doc, Id id) {
  if (!canRemoveCategory(doc.session, id)) return false;
  Change change(doc.session, trf(Str::CmdRemove, tr(Str::NounCategory)));
  if (offersIn(doc.session, id) > 0) moveOffers(change, id, otherCategory(change, id));
  eraseWithReferences<Category>(change, static_cast<std::size_t>(indexOf(doc.session.categories, id)));
  doc.history.record(change.finish());
  return true;
}

std::vector<std::string> criterionPresets() {
  return {tr(Str::VoteCriterionImpact), tr(Str::VoteCriterionFeasibility), tr(Str::CriterionUrgency),
          tr(Str::CriterionChildrensNeeds)};
}

std::vector<std::string> criteriaBut(const std::vector<std::string>& criteria, std::size_t index) {
  std::vector<std::string> others = criteria;
  if (index < others.size()) others.erase(others.begin() + static_cast<std::ptrdiff_t>(index));
  return others;
}

bool hasCriterion(const std::vector<std::string>& criteria, std::string_view name) { return taken(criteria, name); }

bool addCriterion(std::vector<std::string>& criteria, const std::string& name) {
  if (criteria.size() >= kLimits.criteria || nameProblem(name, criteria)) return false;
  criteria.push_back(name);
  return true;
}

void toggleCriterion(std::vector<std::string>& criteria, const std::string& name) {
  if (!std::erase_if(criteria, [&](const std::string& c) { return sameLabel(c, name); })) addCriterion(criteria, name);
}

}  // namespace nwk
