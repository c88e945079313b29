// Per-device preferences (not part of a workshop session): language, UI scale, and the kiosk
// (a voting round this device is locked to, and the hash of the facilitator's PIN to leave it).
// Stored by the platform layer as "key=value" lines; parsing never fails: unknown keys,
// malformed lines and out-of-range values fall back to the defaults.
// In core/model (the session, its commands with undo/redo, validation and labels); may use core/text.
#pragma once
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/text/i18n.hpp"

namespace nwk {

inline constexpr std::array<int, 8> kUiScaleSteps{75, 90, 100, 110, 125, 150, 175, 200};

struct Settings {
  Lang language = Lang::De;
  int uiScalePercent = 100;        // always one of kUiScaleSteps
  std::uint32_t kioskRound = 0;    // 0: no kiosk
  std::uint32_t kioskPinHash = 0;  // pinHash() of the PIN that leaves the kiosk

  float uiScale() const { return static_cast<float>(uiScalePercent) / 100.0f; }
  bool canScaleDown() const { return uiScalePercent > kUiScaleSteps.front(); }
  bool canScaleUp() const { return uiScalePercent < kUiScaleSteps.back(); }
  void scaleDown();  // one step, stops at the smallest
  void scaleUp();    // one step, stops at the largest
};

// FNV-1a of the PIN: the PIN itself is not stored on a shared device.
std::uint32_t pinHash(std::string_view pin);

Settings parseSettings(std::string_view text);
std::string formatSettings(const Settings& s);

}  // namespace nwk
