// The window both web pages share (the app, main.cpp; the participant page,
// participant_main.cpp): SDL2 with an OpenGL ES 3 / WebGL2 (web) or OpenGL 3 (native)
// context, Dear ImGui on it with its SDL2 and OpenGL 3 backends, and the phone's on-screen
// keyboard wired to ImGui (platform::setTextInputSink).
#pragma once
#include <SDL.h>

namespace nwk::ui {

struct Window {
  SDL_Window* sdl = nullptr;
  SDL_GLContext gl = nullptr;
};

// Opens the window and ImGui's context; false (with the reason on stderr) when SDL cannot.
bool openWindow(Window& window, const char* title);
void closeWindow(Window& window);

// Hands an SDL event to ImGui. A lifted finger hovers nothing: without this the last
// tapped button would keep its hover highlight (it looks selected) and its tooltip.
void processEvent(const SDL_Event& event);
// Whether ImGui still has queued input to feed, one step per frame (a tap is move, press,
// release): keep drawing until it is empty, or a quick tap could be cut off by idling.
bool inputQueued();
// Clears the screen and draws ImGui's frame (after ImGui::Render); the caller swaps.
void renderFrame();
// renderFrame, unless the page still shows this very frame (platform::keepsLastFrame): the
// same draw data as the last frame drawn and no texture changed since. Returns whether it
// drew; the caller swaps only then.
bool renderChangedFrame();
// A texture's pixels changed (ImGui's draw data does not show it): the next frame is drawn.
void markTexturesChanged();

}  // namespace nwk::ui
