// Netzwerkkarte's entry point, the same for the browser and the desktop: SDL2 window with an
// OpenGL ES 3 / WebGL2 (web) or OpenGL 3 (native) context, Dear ImGui, and the frame loop.
// The loop idles: a frame is drawn only after input, a wake-up or a pending animation, so an
// untouched app uses no CPU (platform::runMainLoop sleeps when frame() returns false).
#include <SDL.h>
#include <SDL_opengl.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl2.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cfloat>
#include <cstdio>
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
#include "ui/widgets.hpp"

namespace {

#ifdef __EMSCRIPTEN__
constexpr const char* kGlslVersion = "#version 300 es";
#else
constexpr const char* kGlslVersion = "#version 130";
#endif

// Frames drawn after the last input, so hover and click states settle before idling.
constexpr int kSettleFrames = 3;

ImGuiKey imguiKey(nwk::platform::EditKey key) {
  using nwk::platform::EditKey;
  switch (key) {
    case EditKey::Backspace: return ImGuiKey_Backspace;
    case EditKey::Enter: return ImGuiKey_Enter;
    case EditKey::Tab: return ImGuiKey_Tab;
    case EditKey::Escape: return ImGuiKey_Escape;
    case EditKey::Left: return ImGuiKey_LeftArrow;
    case EditKey::Right: return ImGuiKey_RightArrow;
    case EditKey::Home: return ImGuiKey_Home;
    case EditKey::End: return ImGuiKey_End;
    case EditKey::Delete: return ImGuiKey_Delete;
    case EditKey::Up: return ImGuiKey_UpArrow;
    case EditKey::Down: return ImGuiKey_DownArrow;
    case EditKey::Ctrl: return ImGuiMod_Ctrl;  // with A, Z, Y: select all, undo, redo
    case EditKey::A: return ImGuiKey_A;
    case EditKey::Z: return ImGuiKey_Z;
    case EditKey::Y: return ImGuiKey_Y;
  }
  return ImGuiKey_None;
}

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

  App() : theme(nwk::platform::assetPath("fonts")) {}

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
    ImGui_ImplSDL2_ProcessEvent(&event);
    if (event.type == SDL_QUIT) nwk::platform::requestQuit();
    if (event.type == SDL_MULTIGESTURE) state.map.pinch += event.mgesture.dDist;  // two-finger zoom
    // A lifted finger hovers nothing: without this the last tapped button keeps its hover
    // highlight (it looks selected) and its tooltip.
    if (event.type == SDL_MOUSEBUTTONUP && event.button.which == SDL_TOUCH_MOUSEID)
      ImGui::GetIO().AddMousePosEvent(-FLT_MAX, -FLT_MAX);
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
  ImGui_ImplSDL2_NewFrame();
  io.DeltaTime = std::max(io.DeltaTime, 1e-4f);  // Chromium's virtual time can stand still
  // The kiosk is a shared device that anyone operates: touch-sized, with a mouse as well.
  const bool large = state.touch || state.settings.kioskRound != 0;
  if (theme.update({io.DisplayFramebufferScale.x, state.settings.uiScale(), large,
                    state.presenter.open || state.live.joinScreen != nwk::kNoId})) {
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
  }
  ImGui_ImplOpenGL3_NewFrame();
  nwk::ui::setTouchMode(large);
  nwk::automation::beginFrame();
  ImGui::NewFrame();
  nwk::ui::drawApp(state);
  ImGui::Render();
  nwk::automation::endFrame();
  if (state.settingsChanged) {
    applySettings();
    framesToDraw = std::max(framesToDraw, kSettleFrames);  // redraw in the new language/size
  }
  // ImGui feeds queued input one step per frame (a tap is move, press, release): keep
  // drawing until the queue is empty, or a quick tap could be cut off by idling.
  if (!ImGui::GetCurrentContext()->InputEventsQueue.empty()) framesToDraw = std::max(framesToDraw, 1);
  if (!state.fileRequests.empty()) framesToDraw = std::max(framesToDraw, 1);  // carried out next frame

  glViewport(0, 0, static_cast<int>(io.DisplaySize.x * io.DisplayFramebufferScale.x),
             static_cast<int>(io.DisplaySize.y * io.DisplayFramebufferScale.y));
  glClearColor(0.97f, 0.97f, 0.96f, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  nwk::ui::captureMapPicture(state);  // reads this frame's pixels: before the swap
  if (state.exports.mapPictureFrames > 0) framesToDraw = std::max(framesToDraw, 1);
  SDL_GL_SwapWindow(window);
  nwk::automation::countFrame();
}

SDL_Window* createWindow() {
#ifdef __EMSCRIPTEN__
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
#else
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
#endif
  SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
  const auto flags = static_cast<SDL_WindowFlags>(SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
  return SDL_CreateWindow("Netzwerkkarte", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, 1280, 800, flags);
}

void connectOnScreenKeyboard() {
  nwk::platform::setTextInputSink({
      [](const char* utf8) { ImGui::GetIO().AddInputCharactersUTF8(utf8); },
      [](nwk::platform::EditKey key, bool down) { ImGui::GetIO().AddKeyEvent(imguiKey(key), down); },
  });
}

}  // namespace

int main([[maybe_unused]] int argc, [[maybe_unused]] char** argv) {
  SDL_SetHint(SDL_HINT_IME_SHOW_UI, "1");
  if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER | SDL_INIT_EVENTS) != 0) {
    std::fprintf(stderr, "SDL_Init: %s\n", SDL_GetError());
    return 1;
  }
  SDL_Window* window = createWindow();
  if (!window) {
    std::fprintf(stderr, "SDL_CreateWindow: %s\n", SDL_GetError());
    return 1;
  }
  SDL_GLContext gl = SDL_GL_CreateContext(window);
  SDL_GL_MakeCurrent(window, gl);
  SDL_GL_SetSwapInterval(1);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  io.ConfigInputTextCursorBlink = false;  // a blinking cursor would keep the app from idling
  ImGui_ImplSDL2_InitForOpenGL(window, gl);
  ImGui_ImplOpenGL3_Init(kGlslVersion);

  static App app;  // the main loop outlives main() on the web
  app.window = window;
#ifndef __EMSCRIPTEN__
  parseArguments(argc, argv, app.smokeFrames, app.state);
#endif
  app.state.settings = nwk::parseSettings(nwk::platform::loadSettingsText());
  nwk::setLanguage(app.state.settings.language);
  app.state.doc.session = nwk::makeDefaultSession();
  app.state.touch = nwk::platform::prefersTouch();
  nwk::automation::attach(&app.state);
  connectOnScreenKeyboard();
  if (!nwk::ui::connectLive(app.state)) app.store.start();  // a participant's phone keeps no workshop

  nwk::platform::runMainLoop([] { return app.frame(); });

  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplSDL2_Shutdown();
  ImGui::DestroyContext();
  SDL_GL_DeleteContext(gl);
  SDL_DestroyWindow(window);
  SDL_Quit();
  return 0;
}
