// Per-device preferences (not part of a workshop session): language and UI scale.
// Stored by the platform layer as "key=value" lines; parsing never fails: unknown keys,
// malformed lines and out-of-range values fall back to the defaults.
#pragma once
#include <array>
#include <string>
#include <string_view>

#include "core/i18n.hpp"

namespace nwk {

inline constexpr std::array<int, 8> kUiScaleSteps{75, 90, 100, 110, 125, 150, 175, 200};

struct Settings {
  Lang language = Lang::De;
  int uiScalePercent = 100;  // always one of kUiScaleSteps

  float uiScale() const { return static_cast<float>(uiScalePercent) / 100.0f; }
  bool canScaleDown() const { return uiScalePercent > kUiScaleSteps.front(); }
  bool canScaleUp() const { return uiScalePercent < kUiScaleSteps.back(); }
  void scaleDown();  // one step, stops at the smallest
  void scaleUp();    // one step, stops at the largest
};

Settings parseSettings(std::string_view text);
std::string formatSettings(const Settings& s);

}  // namespace nwk
