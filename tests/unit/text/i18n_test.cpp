#include "core/text/i18n.hpp"

#include <gtest/gtest.h>

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
  EXPECT_STREQ(tr(Str::PhaseSolutions, Lang::De), "3 L\xC3\xB6sungen");
  EXPECT_STREQ(tr(Str::Close, Lang::De),
               "Schlie\xC3\x9F"
               "en");
}

TEST_F(LanguageGuard, GermanIsTheDefaultAndTheSwitchChangesEveryText) {
  EXPECT_EQ(language(), Lang::De);
  EXPECT_STREQ(tr(Str::PhaseInventory), "1 Bestand");
  setLanguage(Lang::En);
  EXPECT_STREQ(tr(Str::PhaseInventory), "1 Inventory");
}

TEST(LanguageCodes, RoundTripAndRejectUnknown) {
  EXPECT_EQ(languageFromCode(languageCode(Lang::De)), Lang::De);
  EXPECT_EQ(languageFromCode(languageCode(Lang::En)), Lang::En);
  EXPECT_FALSE(languageFromCode("fr").has_value());
  EXPECT_FALSE(languageFromCode("").has_value());
}

}  // namespace
}  // namespace nwk
