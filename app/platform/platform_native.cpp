// Native (Linux) implementation of platform.hpp: SDL's event queue for sleeping, files in
// the XDG config directory for settings, files next to the executable for shipped texts.
#include <SDL.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <sstream>
#include <utility>

#include "platform/platform.hpp"

namespace nwk::platform {
namespace {

bool gQuit = false;
bool gWakePending = false;
std::function<void(std::string, Bytes)> gDropHandler;

std::filesystem::path configDir() {
  if (const char* xdg = std::getenv("XDG_CONFIG_HOME"); xdg && *xdg)
    return std::filesystem::path(xdg) / "netzwerkkarte";
  if (const char* home = std::getenv("HOME"); home && *home)
    return std::filesystem::path(home) / ".config" / "netzwerkkarte";
  return std::filesystem::current_path();
}

std::filesystem::path dataDir() {
  if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) return std::filesystem::path(xdg) / "netzwerkkarte";
  if (const char* home = std::getenv("HOME"); home && *home)
    return std::filesystem::path(home) / ".local" / "share" / "netzwerkkarte";
  return std::filesystem::current_path() / "netzwerkkarte-data";
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

// Written beside the target and renamed over it: readers see the old or the new file.
bool writeAtomically(const std::filesystem::path& path, const std::string& bytes) {
  std::error_code ec;
  if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path(), ec);
  const auto tmp = path.string() + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) return false;
  }
  std::filesystem::rename(tmp, path, ec);
  return !ec;
}

std::filesystem::path sessionsDir() { return dataDir() / "sessions"; }

// <uid>.meta holds "savedAtMs TAB title".
bool readMeta(const std::string& uid, StoredSessionInfo& info) {
  std::string text;
  if (!readFile(sessionsDir() / (uid + ".meta"), text)) return false;
  const auto tab = text.find('\t');
  if (tab == std::string::npos) return false;
  info = {uid, text.substr(tab + 1), std::atof(text.substr(0, tab).c_str())};
  return true;
}

double epochMs() {
  using namespace std::chrono;
  return static_cast<double>(duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count());
}

}  // namespace

std::function<void()> gLeaveHandler;

void runMainLoop(std::function<bool()> frame) {
  while (!gQuit) {
    if (!frame()) SDL_WaitEvent(nullptr);  // sleep until input; leaves the event queued
  }
  if (gLeaveHandler) gLeaveHandler();
}

void setLeaveHandler(std::function<void()> handler) { gLeaveHandler = std::move(handler); }

// One process, one window: the session is always this one's.
void claimSession(const std::string&, std::function<void(bool)> done) { done(true); }
void takeOverSession(const std::string&, std::function<void(bool)> done) { done(true); }
void releaseSession(const std::string&) {}
void setSessionLostHandler(std::function<void(std::string)>) {}

void requestQuit() { gQuit = true; }

void wake() {
  gWakePending = true;
  SDL_Event e{};
  e.type = SDL_USEREVENT;
  SDL_PushEvent(&e);
}

bool takeWake() { return std::exchange(gWakePending, false); }

bool isIdle() { return false; }  // native: nobody asks

void wakeAfter(int milliseconds) {
  SDL_AddTimer(
      static_cast<Uint32>(std::max(milliseconds, 1)),
      [](Uint32, void*) -> Uint32 {
        wake();
        return 0;
      },
      nullptr);
}

void runWhenIdle(std::function<void()> task, int) { task(); }

double nowMs() {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

std::string localDateTime(double epochMs) {
  const std::time_t t = epochMs < 0 ? std::time(nullptr) : static_cast<std::time_t>(epochMs / 1000);
  std::tm local{};
  localtime_r(&t, &local);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M", &local);
  return buf;
}

std::uint64_t randomU64() {
  std::random_device rd;
  return static_cast<std::uint64_t>(rd()) << 32 | rd();
}

void storeSession(const std::string& uid, const std::string& title, const Bytes& bytes,
                  std::function<void(bool)> done) {
  const bool ok = writeAtomically(sessionsDir() / (uid + ".nwk"), bytes) &&
                  writeAtomically(sessionsDir() / (uid + ".meta"), std::to_string(epochMs()) + "\t" + title) &&
                  writeAtomically(dataDir() / "last", uid);
  done(ok);
}

void loadLastSession(std::function<void(bool, Bytes, double)> done) {
  std::string uid, bytes;
  StoredSessionInfo info;
  const bool found =
      readFile(dataDir() / "last", uid) && readMeta(uid, info) && readFile(sessionsDir() / (uid + ".nwk"), bytes);
  done(found, std::move(bytes), info.savedAtMs);
}

void loadStoredSession(const std::string& uid, std::function<void(bool, Bytes)> done) {
  std::string bytes;
  const bool found = readFile(sessionsDir() / (uid + ".nwk"), bytes);
  done(found, std::move(bytes));
}

void listStoredSessions(std::function<void(std::vector<StoredSessionInfo>)> done) {
  std::vector<StoredSessionInfo> list;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(sessionsDir(), ec)) {
    if (entry.path().extension() != ".meta") continue;
    StoredSessionInfo info;
    if (readMeta(entry.path().stem().string(), info)) list.push_back(std::move(info));
  }
  done(std::move(list));
}

void deleteStoredSession(const std::string& uid) {
  std::error_code ec;
  std::filesystem::remove(sessionsDir() / (uid + ".nwk"), ec);
  std::filesystem::remove(sessionsDir() / (uid + ".meta"), ec);
}

bool filesByPath() { return true; }

bool offerFile(const std::string& name, const Bytes& bytes, const char*) { return writeAtomically(name, bytes); }

bool showHtml(const std::string& name, const std::string& html) { return writeAtomically(name, html); }

bool offerScreenPng(const std::string&, Rect) { return false; }

bool offerSvgAsPng(const std::string&, const std::string&) { return false; }

bool mapLayerAvailable() { return false; }
void setMapLayerPixels(const unsigned char*, int, int) {}
void placeMapLayer(float, float, float, Rect) {}
void endMapLayerFrame() {}
bool keepsLastFrame() { return false; }

void pickFile(const char*, const std::string& path, std::function<void(std::string, Bytes)> done) {
  std::string bytes;
  if (readFile(path, bytes)) done(path, std::move(bytes));
}

void setDropHandler(std::function<void(std::string, Bytes)> handler) { gDropHandler = std::move(handler); }

void dropPath(const char* path) {
  std::string bytes;
  if (gDropHandler && readFile(path, bytes)) gDropHandler(path, std::move(bytes));
}

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

bool updateWaiting() { return false; }

void applyUpdate() {}

std::string pageQueryParameter(const std::string&) { return {}; }

std::string takePageFragmentParameter(const std::string&) { return {}; }

void requestJson(const std::string&, const std::string&, const std::string&, const std::string&, int,
                 std::function<void(int status, std::string body)> done) {
  done(0, {});
}

namespace {
std::map<std::string, std::string> gLocalTexts;
}

void replacePage(const std::string&) {}
void showPageView(const std::string&) {}
std::string localText(const std::string& key) {
  const auto it = gLocalTexts.find(key);
  return it == gLocalTexts.end() ? std::string() : it->second;
}

void setLocalText(const std::string& key, const std::string& text) {
  if (text.empty()) gLocalTexts.erase(key);
  else gLocalTexts[key] = text;
}

std::string assetPath(const std::string& relative) { return (executableDir() / "assets" / relative).string(); }

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
