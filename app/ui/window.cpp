#include "ui/window.hpp"

#include <SDL_opengl.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl2.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cfloat>
#include <cstdio>
#include <vector>

#include "platform/platform.hpp"
#include "ui/automation.hpp"
#include "ui/widgets.hpp"

namespace nwk::ui {
namespace {

#ifdef __EMSCRIPTEN__
constexpr const char* kGlslVersion = "#version 300 es";
#else
constexpr const char* kGlslVersion = "#version 130";
#endif

ImGuiKey imguiKey(platform::EditKey key) {
  using platform::EditKey;
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

SDL_Window* createWindow(const char* title) {
#ifdef __EMSCRIPTEN__
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
#else
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
#endif
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
  SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
  // The canvas clears the map's area to transparent where the page shows the map's layer.
  if (platform::mapLayerAvailable()) SDL_GL_SetAttribute(SDL_GL_ALPHA_SIZE, 8);
  const auto flags = static_cast<SDL_WindowFlags>(SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
  return SDL_CreateWindow(title, SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, 1280, 800, flags);
}

template <class T> void append(std::vector<char>& bytes, const T* data, std::size_t count) {
  const char* begin = reinterpret_cast<const char*>(data);
  bytes.insert(bytes.end(), begin, begin + count * sizeof(T));
}

// What a frame's pixels follow from: the display's size and everything ImGui draws (vertices,
// indices, commands field by field, as a command's padding is not set).
void frameContent(const ImDrawData& data, std::vector<char>& bytes) {
  bytes.clear();
  append(bytes, &data.DisplayPos, 1);
  append(bytes, &data.DisplaySize, 1);
  append(bytes, &data.FramebufferScale, 1);
  for (const ImDrawList* list : data.CmdLists) {
    append(bytes, list->VtxBuffer.Data, static_cast<std::size_t>(list->VtxBuffer.Size));
    append(bytes, list->IdxBuffer.Data, static_cast<std::size_t>(list->IdxBuffer.Size));
    for (const ImDrawCmd& cmd : list->CmdBuffer) {
      append(bytes, &cmd.ClipRect, 1);
      append(bytes, &cmd.TextureId, 1);
      const unsigned counts[] = {cmd.VtxOffset, cmd.IdxOffset, cmd.ElemCount};
      append(bytes, counts, 3);
      append(bytes, &cmd.UserCallback, 1);
      append(bytes, &cmd.UserCallbackData, 1);
    }
  }
}

bool gTexturesChanged = true;

void connectOnScreenKeyboard() {
  platform::setTextInputSink({
      [](const char* utf8) { ImGui::GetIO().AddInputCharactersUTF8(utf8); },
      [](platform::EditKey key, bool down) { ImGui::GetIO().AddKeyEvent(imguiKey(key), down); },
  });
}

}  // namespace

bool openWindow(Window& window, const char* title) {
  SDL_SetHint(SDL_HINT_IME_SHOW_UI, "1");
  if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER | SDL_INIT_EVENTS) != 0) {
    std::fprintf(stderr, "SDL_Init: %s\n", SDL_GetError());
    return false;
  }
  window.sdl = createWindow(title);
  if (!window.sdl) {
    std::fprintf(stderr, "SDL_CreateWindow: %s\n", SDL_GetError());
    return false;
  }
  window.gl = SDL_GL_CreateContext(window.sdl);
  SDL_GL_MakeCurrent(window.sdl, window.gl);
  SDL_GL_SetSwapInterval(1);
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  io.ConfigInputTextCursorBlink = false;  // a blinking cursor would keep the page from idling
  ImGui_ImplSDL2_InitForOpenGL(window.sdl, window.gl);
  ImGui_ImplOpenGL3_Init(kGlslVersion);
  connectOnScreenKeyboard();
  return true;
}

void closeWindow(Window& window) {
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplSDL2_Shutdown();
  ImGui::DestroyContext();
  SDL_GL_DeleteContext(window.gl);
  SDL_DestroyWindow(window.sdl);
  SDL_Quit();
}

void processEvent(const SDL_Event& event) {
  ImGui_ImplSDL2_ProcessEvent(&event);
  if (event.type == SDL_QUIT) platform::requestQuit();
  if (event.type == SDL_MOUSEBUTTONUP && event.button.which == SDL_TOUCH_MOUSEID)
    ImGui::GetIO().AddMousePosEvent(-FLT_MAX, -FLT_MAX);
}

bool inputQueued() { return !ImGui::GetCurrentContext()->InputEventsQueue.empty(); }

void beginUiFrame(Theme& theme, ThemeInputs look) {
  ImGuiIO& io = ImGui::GetIO();
  ImGui_ImplSDL2_NewFrame();
  io.DeltaTime = std::max(io.DeltaTime, 1e-4f);  // Chromium's virtual time can stand still
  look.pixelRatio = io.DisplayFramebufferScale.x;
  if (theme.update(look)) {
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
    markTexturesChanged();
  }
  ImGui_ImplOpenGL3_NewFrame();
  setTouchMode(look.touch);
  automation::beginFrame();
  ImGui::NewFrame();
}

void endUiFrame() {
  ImGui::Render();
  automation::endFrame();
}

void renderFrame() {
  const ImGuiIO& io = ImGui::GetIO();
  glViewport(0, 0, static_cast<int>(io.DisplaySize.x * io.DisplayFramebufferScale.x),
             static_cast<int>(io.DisplaySize.y * io.DisplayFramebufferScale.y));
  glClearColor(0.97f, 0.97f, 0.96f, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

bool renderChangedFrame() {
  if (platform::keepsLastFrame()) {
    static std::vector<char> shown, next;
    frameContent(*ImGui::GetDrawData(), next);
    const bool same = next == shown && !gTexturesChanged;
    shown.swap(next);
    gTexturesChanged = false;
    if (same) return false;
  }
  renderFrame();
  return true;
}

void markTexturesChanged() { gTexturesChanged = true; }

}  // namespace nwk::ui
