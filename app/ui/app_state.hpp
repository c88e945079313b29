// Everything the UI draws, owned by main.cpp and passed by reference to every panel.
// The persisted per-device part is Settings; the workshop part grows into the core model.
#pragma once
#include <string>

#include "core/i18n.hpp"
#include "core/phase.hpp"
#include "core/settings.hpp"

namespace nwk {

struct AboutDialogState {
  bool open = false;
  enum class Licences { NotLoaded, Loading, Loaded, Failed } licences = Licences::NotLoaded;
  std::string licenceText;
};

struct AppState {
  std::string title;  // set from Str::DefaultTitle at start
  Phase phase = Phase::Inventory;
  Settings settings;
  bool touch = false;            // touch-sized controls (coarse pointer or last input a touch)
  bool settingsChanged = false;  // main.cpp saves and re-styles, then clears it
  AboutDialogState about;
};

}  // namespace nwk
