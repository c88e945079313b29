// Netzwerkkarte's entry point, the same for the browser and the desktop: SDL2 window with an
// OpenGL ES 3 / WebGL2 (web) or OpenGL 3 (native) context, Dear ImGui, and the frame loop.
// The loop idles: a frame is drawn only after input, a wake-up or a pending animation, so an
// untouched app uses no CPU (platform::runMainLoop sleeps when frame() returns false).
#include <SDL.h>
#include <imgui.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>

#include "core/model/model.hpp"
#include "core/text/i18n.hpp"
#include "platform/platform.hpp"
#include "ui/automation.hpp"
#include "ui/live_client.hpp"
#include "ui/panels.hpp"
#include "ui/session_store.hpp"
#include "ui/theme.hpp"
#include "ui/window.hpp"

namespace {

// Frames drawn after the last input, so hover and click states settle before idling.
constexpr int kSettleFrames = 3;

#ifndef __EMSCRIPTEN__
// --smoke-frames N (native): draw N frames while stepping through every phase, the menu's
// settings and the about dialog, then quit: runs the whole UI under ASan/UBSan in CI.
void smokeStep(nwk::AppState& state, int frame) {
  state.setPhase(static_cast<nwk::Phase>(1 + frame % static_cast<int>(nwk::kPhases.size())));
  if (frame % 40 == 20) state.about.open = !state.about.open;
  if (frame % 60 == 30) state.workshopDialogOpen = !state.workshopDialogOpen;
  if (frame == 10) state.request(nwk::FileRequest::Kind::Demo);
  if (frame % 30 == 15) nwk::add(state.doc, nwk::Problem{0, nwk::kNoId, "Smoke " + std::to_string(frame)});
  if (frame % 45 == 40) state.doc.history.undo(state.doc.session);
  if (frame % 50 == 25) {
    state.settings.language = state.settings.language == nwk::Lang::De ? nwk::Lang::En : nwk::Lang::De;
    state.settings.scaleUp();
    state.settingsChanged = true;
  }
}

// Command line: [--smoke-frames N] [SESSION_FILE]
void parseArguments(int argc, char** argv, int& smokeFrames, nwk::AppState& state) {
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--smoke-frames") == 0 && i + 1 < argc) smokeFrames = std::max(0, std::atoi(argv[++i]));
    else state.request(nwk::FileRequest::Kind::Open, argv[i]);
  }
}
#endif

struct App {
  SDL_Window* window = nullptr;
  nwk::AppState state;
  nwk::ui::SessionStore store{state};
  nwk::ui::Theme theme;
  double noticeWakeAt = 0;
  int framesToDraw = kSettleFrames;
  bool firstFrameDone = false;
  int smokeFrames = 0;  // > 0 in smoke mode: frames still to draw
  int smokeFrame = 0;

  App() : theme({nwk::platform::assetPath("fonts"), {}, {}}) {}

  bool frame();
  void drawFrame();
  void applySettings();
  void wakeForNotices(double now);
};

// Notices disappear after a while: wake the idle loop once when the first one expires.
void App::wakeForNotices(double now) {
  if (state.notices.empty() || noticeWakeAt > now) return;
  double first = state.notices.front().untilMs;
  for (const nwk::Notice& n : state.notices) first = std::min(first, n.untilMs);
  noticeWakeAt = first + 20;
  nwk::platform::wakeAfter(static_cast<int>(noticeWakeAt - now));
}

void App::applySettings() {
  nwk::setLanguage(state.settings.language);
  nwk::platform::saveSettingsText(nwk::formatSettings(state.settings));
  state.settingsChanged = false;
}

bool App::frame() {
  bool input = nwk::platform::takeWake();
  SDL_Event event;
  while (SDL_PollEvent(&event)) {
    input = true;
    nwk::ui::processEvent(event);
    if (event.type == SDL_MULTIGESTURE) state.map.pinch += event.mgesture.dDist;  // two-finger zoom
    if (event.type == SDL_DROPFILE) {
      nwk::platform::dropPath(event.drop.file);
      SDL_free(event.drop.file);
    }
  }
#ifndef __EMSCRIPTEN__
  if (smokeFrames > 0) {
    if (smokeFrame == smokeFrames) nwk::platform::requestQuit();
    smokeStep(state, smokeFrame++);
    input = true;
  }
#endif
  if (input) framesToDraw = std::max(framesToDraw, kSettleFrames);
  if (framesToDraw == 0) return false;
  --framesToDraw;
  const double start = nwk::platform::nowMs();
  const std::uint64_t revision = state.revision();
  drawFrame();
  const double end = nwk::platform::nowMs();
  state.maxFrameMs = std::max(state.maxFrameMs, end - start);
  if (state.frameMs.size() < 10'000) state.frameMs.push_back(static_cast<float>(end - start));
  // A click or a change shows in the frames after it (a button drawn before the click
  // still has its old look): draw those before idling.
  const ImGuiIO& io = ImGui::GetIO();
  bool clicked = false;
  for (int b = 0; b < IM_ARRAYSIZE(io.MouseClicked); ++b) clicked |= io.MouseClicked[b] || io.MouseReleased[b];
  if (clicked || state.revision() != revision) framesToDraw = std::max(framesToDraw, 2);
  wakeForNotices(end);
  if (!firstFrameDone) {
    firstFrameDone = true;
    nwk::platform::firstFrameDrawn();
  }
  return true;
}

void App::drawFrame() {
  store.tick();
  ImGuiIO& io = ImGui::GetIO();
  if (io.MouseSource == ImGuiMouseSource_TouchScreen) state.touch = true;
  // The kiosk is a shared device that anyone operates: touch-sized, with a mouse as well.
  const bool large = state.touch || state.settings.kioskRound != 0;
  const bool presenting = state.presenter.open || state.live.joinScreen != nwk::kNoId;
  nwk::ui::beginUiFrame(theme, {0.0f, state.settings.uiScale(), large, presenting});
  nwk::ui::drawApp(state);
  nwk::ui::endUiFrame();
  if (state.settingsChanged) {
    applySettings();
    framesToDraw = std::max(framesToDraw, kSettleFrames);  // redraw in the new language/size
  }
  if (nwk::ui::inputQueued()) framesToDraw = std::max(framesToDraw, 1);
  if (!state.fileRequests.empty()) framesToDraw = std::max(framesToDraw, 1);  // carried out next frame

  nwk::platform::endMapLayerFrame();
  if (state.exports.mapPictureFrames > 0) nwk::ui::markTexturesChanged();  // the picture is read from it
  const bool drawn = nwk::ui::renderChangedFrame();
  nwk::ui::captureMapPicture(state);  // reads this frame's pixels: before the swap
  if (state.exports.mapPictureFrames > 0) framesToDraw = std::max(framesToDraw, 1);
  if (drawn) SDL_GL_SwapWindow(window);
  nwk::automation::countFrame();
}

}  // namespace

int main([[maybe_unused]] int argc, [[maybe_unused]] char** argv) {
  nwk::ui::Window window;
  if (!nwk::ui::openWindow(window, "Netzwerkkarte")) return 1;
  static App app;  // the main loop outlives main() on the web
  app.window = window.sdl;
#ifndef __EMSCRIPTEN__
  parseArguments(argc, argv, app.smokeFrames, app.state);
#endif
  app.state.settings = nwk::parseSettings(nwk::platform::loadSettingsText());
  nwk::setLanguage(app.state.settings.language);
  app.state.doc.session = nwk::makeDefaultSession();
  app.state.touch = nwk::platform::prefersTouch();
  nwk::automation::attach(&app.state);
  if (!nwk::ui::connectLive(app.state)) app.store.start();  // a phone is sent to the participant page

  nwk::platform::runMainLoop([] { return app.frame(); });

  nwk::ui::closeWindow(window);
  return 0;
}
