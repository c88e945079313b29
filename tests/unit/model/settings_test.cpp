#include "core/model/settings.hpp"

#include <gtest/gtest.h>

namespace nwk {
namespace {

TEST(Settings, DefaultsAreGermanAtFullSize) {
  const Settings s = parseSettings("");
  EXPECT_EQ(s.language, Lang::De);
  EXPECT_EQ(s.uiScalePercent, 100);
}

TEST(Settings, FormatThenParseGivesTheSameSettings) {
  Settings s;
  s.language = Lang::En;
  s.uiScalePercent = 150;
  const Settings back = parseSettings(formatSettings(s));
  EXPECT_EQ(back.language, Lang::En);
  EXPECT_EQ(back.uiScalePercent, 150);
}

TEST(Settings, ToleratesWindowsLineEndsSpacesAndUnknownKeys) {
  const Settings s = parseSettings("colour=blue\r\n language = en \r\nui_scale=125\r\n");
  EXPECT_EQ(s.language, Lang::En);
  EXPECT_EQ(s.uiScalePercent, 125);
}

TEST(Settings, RejectsImpossibleValuesKeepingDefaults) {
  const Settings s = parseSettings("language=klingon\nui_scale=5000\nui_scale=12abc\n=\nnoequals");
  EXPECT_EQ(s.language, Lang::De);
  EXPECT_EQ(s.uiScalePercent, 100);
}

TEST(Settings, ScaleStepsStopAtTheEnds) {
  Settings s;
  for (int i = 0; i < 20; ++i) s.scaleUp();
  EXPECT_EQ(s.uiScalePercent, kUiScaleSteps.back());
  EXPECT_FALSE(s.canScaleUp());
  for (int i = 0; i < 20; ++i) s.scaleDown();
  EXPECT_EQ(s.uiScalePercent, kUiScaleSteps.front());
  EXPECT_FALSE(s.canScaleDown());
}

}  // namespace
}  // namespace nwk
