#include "core/text/i18n.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace nwk {
namespace {

std::vector<std::string> placeholders(const char* text) {
  std::vector<std::string> out;
  for (const char* p = text; *p; ++p) {
    if (*p != '%') continue;
    std::string spec = "%";
    while (*++p && std::string("-+ #0123456789.").find(*p) != std::string::npos) spec += *p;
    if (!*p) break;
    spec += *p;
    out.push_back(spec);
  }
  return out;
}

class LanguageGuard : public ::testing::Test {
 protected:
  void TearDown() override { setLanguage(Lang::De); }
};

TEST(StringTable, EveryTextExistsInBothLanguages) {
  for (int i = 0; i < kStringCount; ++i) {
    const auto id = static_cast<Str>(i);
    EXPECT_STRNE(tr(id, Lang::De), "") << "German text missing for string " << i;
    EXPECT_STRNE(tr(id, Lang::En), "") << "English text missing for string " << i;
  }
}

TEST(StringTable, PlaceholdersMatchBetweenLanguages) {
  for (int i = 0; i < kStringCount; ++i) {
    const auto id = static_cast<Str>(i);
    EXPECT_EQ(placeholders(tr(id, Lang::De)), placeholders(tr(id, Lang::En))) << "string " << i;
  }
}

TEST(StringTable, GermanTextsKeepTheirUmlauts) {
  EXPECT_STREQ(tr(Str::PhaseSolutions, Lang::De), "3. L\xC3\xB6sungen");
  EXPECT_STREQ(tr(Str::Close, Lang::De),
               "Schlie\xC3\x9F"
               "en");
}

TEST_F(LanguageGuard, GermanIsTheDefaultAndTheSwitchChangesEveryText) {
  EXPECT_EQ(language(), Lang::De);
  EXPECT_STREQ(tr(Str::PhaseInventory), "1. Bestand");
  setLanguage(Lang::En);
  EXPECT_STREQ(tr(Str::PhaseInventory), "1. Inventory");
}

TEST_F(LanguageGuard, ACountTakesTheSingularOnlyForOne) {
  EXPECT_EQ(counted(1, Noun::Offer), "1 Angebot");
  EXPECT_EQ(counted(0, Noun::Offer), "0 Angebote");
  EXPECT_EQ(counted(2, Noun::Point), "2 Punkte");
  EXPECT_EQ(counted(-1, Noun::Point), "-1 Punkte");
  setLanguage(Lang::En);
  EXPECT_EQ(counted(1, Noun::Person), "1 person");
  EXPECT_EQ(counted(3, Noun::Person), "3 people");
}

// A number printed straight before a plural noun reads "1 Angebote" when it is 1: such counts
// go through counted(). Only limits, which are never 1, and "1 von 12 Angeboten"-style shares,
// which read right for any total, may keep the plural.
TEST(StringTable, NoCountIsFollowedByAFixedPlural) {
  const std::vector<std::string> plurals = {
      "Angebote",     "Stadtteile", "Probleme",   "Vorschläge", "Stimmen",   "Punkte",    "Stimmzettel", "Hinweise",
      "Verbindungen", "Geräte",     "Kennzahlen", "offers",     "districts", "problems",  "proposals",   "votes",
      "points",       "ballots",    "warnings",   "links",      "devices",   "indicators"};
  const std::vector<Str> limits = {Str::GeoTooManyPoints, Str::ImportKeySummary, Str::MapOfferCount,
                                   Str::CoverageSummary};
  for (int i = 0; i < kStringCount; ++i) {
    const auto id = static_cast<Str>(i);
    if (std::find(limits.begin(), limits.end(), id) != limits.end()) continue;
    for (const Lang lang : {Lang::De, Lang::En}) {
      const std::string text = tr(id, lang);
      for (const std::string& noun : plurals)
        for (const char* number : {"%u ", "%d ", "%zu ", "%lld "})
          EXPECT_EQ(text.find(number + noun), std::string::npos) << "string " << i << ": " << text;
    }
  }
}

TEST(LanguageCodes, RoundTripAndRejectUnknown) {
  EXPECT_EQ(languageFromCode(languageCode(Lang::De)), Lang::De);
  EXPECT_EQ(languageFromCode(languageCode(Lang::En)), Lang::En);
  EXPECT_FALSE(languageFromCode("fr").has_value());
  EXPECT_FALSE(languageFromCode("").has_value());
}

}  // namespace
}  // namespace nwk
