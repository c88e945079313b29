// The window both web pages share (the app, main.cpp; the participant page,
// participant_main.cpp): SDL2 with an OpenGL ES 3 / WebGL2 (web) or OpenGL 3 (native)
// context, Dear ImGui on it with its SDL2 and OpenGL 3 backends, and the phone's on-screen
// keyboard wired to ImGui (platform::setTextInputSink); a frame's start and end.
#pragma once
#include <SDL.h>

#include "ui/theme.hpp"

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
// Starts ImGui's frame: SDL's input and clock, the theme for this look at the window's pixel
// ratio (the font texture rebuilt when it changed), touch-sized widgets when `look.touch`,
// the automation hook's frame. `look.pixelRatio` is taken from the window.
void beginUiFrame(Theme& theme, ThemeInputs look);
// Ends the frame's UI (ImGui::Render, the automation hook); nothing is drawn yet.
void endUiFrame();
// Clears the screen and draws ImGui's frame (after endUiFrame); the caller swaps.
void renderFrame();
// renderFrame, unless the page still shows this very frame (platform::keepsLastFrame): the
// same draw data as the last frame drawn and no texture changed since. Returns whether it
// drew; the caller swaps only then.
bool renderChangedFrame();
// A texture's pixels changed (ImGui's draw data does not show it): the next frame is drawn.
void markTexturesChanged();

}  // namespace nwk::ui
