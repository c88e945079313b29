// The facilitator's categories and criteria: combining and deleting categories takes their
// offers along in one undo step, deleted categories' offers land in "Sonstiges" (found in
// either language, made when missing), names stay unique; criteria presets and limits
// always give a round the file accepts.
#include <gtest/gtest.h>

#include <algorithm>

#include "core/model/catalogue.hpp"
#include "core/model/validate.hpp"

namespace nwk {
namespace {

class CatalogueTest : public ::testing::Test {
 protected:
  void SetUp() override {
    setLanguage(Lang::De);
    doc.session = makeDefaultSession();
    daycare = idOf("Kita/Krippe");
    school = idOf("Schule");
    other = idOf("Sonstiges");
    for (Id category : {daycare, daycare, school}) {
      Offer offer;
      offer.name = "Angebot";
      offer.category = category;
      add(doc, offer);
    }
    doc.history.clear();
  }
  void TearDown() override { setLanguage(Lang::De); }

  Id idOf(const std::string& name) const {
    for (const Category& c : doc.session.categories)
      if (c.name == name) return c.id;
    return kNoId;
  }
  std::size_t offersOf(Id category) const { return offersIn(doc.session, category); }

  Document doc;
  Id daycare = kNoId, school = kNoId, other = kNoId;
};

TEST_F(CatalogueTest, CombiningMovesTheOffersAndIsOneUndoStep) {
  const Session before = doc.session;
  ASSERT_TRUE(combineCategories(doc, daycare, school));
  EXPECT_EQ(offersOf(school), 3u);
  EXPECT_EQ(findById(doc.session.categories, daycare), nullptr);
  EXPECT_EQ(doc.session.categories.size(), before.categories.size() - 1);
  ASSERT_TRUE(doc.history.undo(doc.session));
  EXPECT_EQ(doc.session, before);
  EXPECT_FALSE(doc.history.canUndo());
}

TEST_F(CatalogueTest, CombiningNeedsTwoDifferentExistingCategories) {
  EXPECT_FALSE(combineCategories(doc, daycare, daycare));
  EXPECT_FALSE(combineCategories(doc, daycare, 9999));
  EXPECT_FALSE(combineCategories(doc, 9999, school));
  EXPECT_FALSE(doc.history.canUndo());
}

TEST_F(CatalogueTest, DeletingMovesTheOffersToSonstiges) {
  const Session before = doc.session;
  ASSERT_TRUE(removeCategory(doc, daycare));
  EXPECT_EQ(offersOf(other), 2u);
  EXPECT_EQ(findById(doc.session.categories, daycare), nullptr);
  ASSERT_TRUE(doc.history.undo(doc.session));
  EXPECT_EQ(doc.session, before);
}

TEST_F(CatalogueTest, SonstigesIsFoundUnderItsEnglishName) {
  Category renamed = *findById(doc.session.categories, other);
  renamed.name = "Other";
  update(doc, renamed);
  const std::size_t categories = doc.session.categories.size();
  ASSERT_TRUE(removeCategory(doc, school));
  EXPECT_EQ(offersOf(other), 1u);
  EXPECT_EQ(doc.session.categories.size(), categories - 1);
}

TEST_F(CatalogueTest, SonstigesIsMadeWhenMissingAndUndoTakesItAway) {
  ASSERT_TRUE(removeCategory(doc, other));  // empty: it may go
  const Session before = doc.session;
  ASSERT_TRUE(removeCategory(doc, daycare));
  const Id made = idOf("Sonstiges");
  ASSERT_NE(made, kNoId);
  EXPECT_EQ(offersOf(made), 2u);
  EXPECT_EQ(findById(doc.session.categories, made)->icon, "other");
  ASSERT_TRUE(doc.history.undo(doc.session));
  EXPECT_EQ(doc.session.categories, before.categories);
  EXPECT_EQ(doc.session.offers, before.offers);
}

TEST_F(CatalogueTest, SonstigesMadeInTheCurrentLanguage) {
  removeCategory(doc, other);
  setLanguage(Lang::En);
  removeCategory(doc, daycare);
  EXPECT_NE(idOf("Other"), kNoId);
}

TEST_F(CatalogueTest, DeletingAnEmptyCategoryMakesNoSonstiges) {
  removeCategory(doc, other);
  const std::size_t categories = doc.session.categories.size();
  ASSERT_TRUE(removeCategory(doc, idOf("Gesundheit")));
  EXPECT_EQ(doc.session.categories.size(), categories - 1);
  EXPECT_EQ(idOf("Sonstiges"), kNoId);
}

TEST_F(CatalogueTest, SonstigesStaysWhileItHoldsOffers) {
  combineCategories(doc, school, other);
  EXPECT_FALSE(canRemoveCategory(doc.session, other));
  EXPECT_FALSE(removeCategory(doc, other));
  EXPECT_NE(findById(doc.session.categories, other), nullptr);
  EXPECT_TRUE(combineCategories(doc, other, daycare));  // but it can be combined away
  EXPECT_EQ(offersOf(daycare), 3u);
}

TEST_F(CatalogueTest, NewCategoriesGetUniqueNamesAndUnusedColours) {
  const Id first = addCategory(doc);
  const Id second = addCategory(doc);
  const Category* a = findById(doc.session.categories, first);
  const Category* b = findById(doc.session.categories, second);
  EXPECT_EQ(a->name, "Neue Kategorie");
  EXPECT_EQ(b->name, "Neue Kategorie 2");
  EXPECT_NE(a->colour, b->colour);
  const auto sameColour = std::count_if(doc.session.categories.begin(), doc.session.categories.end(),
                                        [&](const Category& c) { return c.colour == a->colour; });
  EXPECT_EQ(sameColour, 1);
}

TEST_F(CatalogueTest, NamesMustBeNonEmptyShortAndUnique) {
  const std::vector<std::string> others = categoryNamesBut(doc.session, daycare);
  EXPECT_EQ(nameProblem("", others), Str::CatalogueNameEmpty);
  EXPECT_EQ(nameProblem(" - ", others), Str::CatalogueNameEmpty);
  EXPECT_EQ(nameProblem(std::string(kMaxNameBytes + 1, 'x'), others), Str::CatalogueNameTooLong);
  EXPECT_EQ(nameProblem("SCHULE", others), Str::CatalogueNameTaken);
  EXPECT_EQ(nameProblem("Other", others), Str::CatalogueNameTaken);  // the same in English
  EXPECT_EQ(nameProblem("Kita/Krippe", others), std::nullopt);       // its own name
  EXPECT_EQ(nameProblem("Frühe Hilfen", others), std::nullopt);
}

TEST_F(CatalogueTest, PresetsAreTheFourCriteriaOfTheIssue) {
  EXPECT_EQ(criterionPresets(),
            (std::vector<std::string>{"Wirkung", "Umsetzbarkeit", "Dringlichkeit", "Bedarf der Kinder"}));
  setLanguage(Lang::En);
  EXPECT_EQ(criterionPresets()[3], "Children's needs");
}

TEST_F(CatalogueTest, CriteriaStayUniqueAndWithinTheLimit) {
  std::vector<std::string> criteria = {"Wirkung"};
  EXPECT_FALSE(addCriterion(criteria, "wirkung"));
  EXPECT_FALSE(addCriterion(criteria, "Impact"));
  EXPECT_FALSE(addCriterion(criteria, "  "));
  EXPECT_TRUE(hasCriterion(criteria, "Impact"));
  for (const std::string& preset : criterionPresets()) addCriterion(criteria, preset);
  EXPECT_EQ(criteria.size(), 4u);
  while (addCriterion(criteria, uniqueName(tr(Str::CriterionNew), criteria))) {
  }
  EXPECT_EQ(criteria.size(), kLimits.criteria);
  EXPECT_EQ(criteria.back(), "Neues Kriterium 4");
  EXPECT_EQ(criteriaBut(criteria, 0).front(), "Umsetzbarkeit");

  toggleCriterion(criteria, "Dringlichkeit");
  EXPECT_FALSE(hasCriterion(criteria, "Dringlichkeit"));
  toggleCriterion(criteria, "Dringlichkeit");
  EXPECT_EQ(criteria.back(), "Dringlichkeit");

  VotingRound round;
  round.method = VoteMethod::Weighting;
  round.criteria = criteria;
  add(doc, round);
  EXPECT_EQ(validate(doc.session), std::nullopt);
}

}  // namespace
}  // namespace nwk
