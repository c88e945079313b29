#include "core/model/settings.hpp"

#include <algorithm>
#include <charconv>

namespace nwk {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

bool isScaleStep(int percent) {
  return std::find(kUiScaleSteps.begin(), kUiScaleSteps.end(), percent) != kUiScaleSteps.end();
}

bool parseU32(std::string_view value, std::uint32_t& out) {
  const auto [end, err] = std::from_chars(value.data(), value.data() + value.size(), out);
  return err == std::errc() && end == value.data() + value.size();
}

void applyLine(Settings& s, std::string_view key, std::string_view value) {
  if (key == "kiosk_round") {
    parseU32(value, s.kioskRound);
  } else if (key == "kiosk_pin") {
    parseU32(value, s.kioskPinHash);
  } else if (key == "language") {
    if (auto lang = languageFromCode(value)) s.language = *lang;
  } else if (key == "ui_scale") {
    int percent = 0;
    const auto [end, err] = std::from_chars(value.data(), value.data() + value.size(), percent);
    if (err == std::errc() && end == value.data() + value.size() && isScaleStep(percent)) s.uiScalePercent = percent;
  }
}

}  // namespace

void Settings::scaleDown() {
  auto it = std::find(kUiScaleSteps.begin(), kUiScaleSteps.end(), uiScalePercent);
  if (it != kUiScaleSteps.begin()) uiScalePercent = *(it - 1);
}

void Settings::scaleUp() {
  auto it = std::find(kUiScaleSteps.begin(), kUiScaleSteps.end(), uiScalePercent);
  if (it + 1 < kUiScaleSteps.end()) uiScalePercent = *(it + 1);
}

Settings parseSettings(std::string_view text) {
  Settings s;
  while (!text.empty()) {
    const auto eol = text.find('\n');
    const std::string_view line = text.substr(0, eol);
    text = eol == std::string_view::npos ? std::string_view() : text.substr(eol + 1);
    const auto eq = line.find('=');
    if (eq == std::string_view::npos) continue;
    applyLine(s, trim(line.substr(0, eq)), trim(line.substr(eq + 1)));
  }
  return s;
}

std::uint32_t pinHash(std::string_view pin) {
  std::uint32_t h = 2166136261u;
  for (char c : pin) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  return h;
}

std::string formatSettings(const Settings& s) {
  std::string text =
      std::string("language=") + languageCode(s.language) + "\nui_scale=" + std::to_string(s.uiScalePercent) + "\n";
  if (s.kioskRound != 0)
    text += "kiosk_round=" + std::to_string(s.kioskRound) + "\nkiosk_pin=" + std::to_string(s.kioskPinHash) + "\n";
  return text;
}

}  // namespace nwk
