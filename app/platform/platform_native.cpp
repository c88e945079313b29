// Native (Linux) implementation of platform.hpp: SDL's event queue for sleeping, files in
// the XDG config directory for settings, files next to the executable for shipped texts.
#include <SDL.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <utility>

#include "platform/platform.hpp"

namespace nwk::platform {
namespace {

bool gQuit = false;
bool gWakePending = false;

std::filesystem::path configDir() {
  if (const char* xdg = std::getenv("XDG_CONFIG_HOME"); xdg && *xdg)
    return std::filesystem::path(xdg) / "netzwerkkarte";
  if (const char* home = std::getenv("HOME"); home && *home)
    return std::filesystem::path(home) / ".config" / "netzwerkkarte";
  return std::filesystem::current_path();
}

std::filesystem::path executableDir() {
  std::error_code ec;
  auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  return ec ? std::filesystem::current_path() : exe.parent_path();
}

bool readFile(const std::filesystem::path& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

}  // namespace

void runMainLoop(std::function<bool()> frame) {
  while (!gQuit) {
    if (!frame()) SDL_WaitEvent(nullptr);  // sleep until input; leaves the event queued
  }
}

void requestQuit() { gQuit = true; }

void wake() {
  gWakePending = true;
  SDL_Event e{};
  e.type = SDL_USEREVENT;
  SDL_PushEvent(&e);
}

bool takeWake() { return std::exchange(gWakePending, false); }

void firstFrameDrawn() {}

bool prefersTouch() { return std::getenv("NWK_TOUCH") != nullptr; }

std::string loadSettingsText() {
  std::string text;
  readFile(configDir() / "settings.ini", text);
  return text;
}

void saveSettingsText(const std::string& text) {
  std::error_code ec;
  std::filesystem::create_directories(configDir(), ec);
  std::ofstream(configDir() / "settings.ini", std::ios::binary) << text;
}

std::string assetPath(const std::string& relative) {
  return (executableDir() / "assets" / relative).string();
}

void loadShippedText(const std::string& name, std::function<void(bool, std::string)> done) {
  std::string text;
  const bool ok = readFile(executableDir() / name, text);
  done(ok, std::move(text));
}

// A native window has a real keyboard: no hidden input needed.
void setTextInputSink(TextInputSink) {}
void publishTextFields(const std::string&) {}
void setTextEditing(bool, Rect) {}

}  // namespace nwk::platform
