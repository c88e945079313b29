// The web/native differences, and nothing else. One implementation file per platform:
// platform_web.cpp (Emscripten, browser APIs through EM_JS) and platform_native.cpp.
// No ImGui here: text coming from the on-screen-keyboard input is handed to callbacks.
#pragma once
#include <functional>
#include <string>

namespace nwk::platform {

// --- Main loop -------------------------------------------------------------------------
// Runs frame() until it is asked to stop. frame() returns false when it has nothing to draw:
// the loop then sleeps until the next input event (browser: the main loop is paused and
// resumed by an input listener; native: SDL_WaitEvent). Never returns on the web.
void runMainLoop(std::function<bool()> frame);
void requestQuit();

// Wakes a sleeping loop from outside the event queue (an async load finished, text came
// from the on-screen keyboard). takeWake() tells frame() once that this happened.
void wake();
bool takeWake();

// Called once after the first frame is on screen (the page hides its loading bar).
void firstFrameDrawn();

// --- Device ----------------------------------------------------------------------------
// True when the primary pointer is coarse (phone, tablet, touch table).
bool prefersTouch();

// --- Storage -----------------------------------------------------------------------------
// Per-device preferences as text (browser: localStorage; native: a file in the config dir).
std::string loadSettingsText();
void saveSettingsText(const std::string& text);

// Path of a file shipped with the app in assets/ (fonts): the browser's preloaded virtual
// file system, or the assets folder next to the native executable.
std::string assetPath(const std::string& relative);

// Reads a file shipped beside the app (browser: fetched from the same origin, async;
// native: next to the executable). done(ok, text) runs on the main thread: at once
// (native) or when the download ends (browser).
void loadShippedText(const std::string& name, std::function<void(bool, std::string)> done);

// --- On-screen keyboard ------------------------------------------------------------------
// SDL2's web backend never opens a phone's keyboard. The browser side keeps a hidden HTML
// <input> over the active text field: a touch on a text field focuses it synchronously
// (what phones require), and its text and editing keys arrive through these callbacks.
enum class EditKey { Backspace = 1, Enter, Tab, Escape, Left, Right, Home, End, Delete, Up, Down };

struct Rect {
  float x = 0, y = 0, w = 0, h = 0;
};

struct TextInputSink {
  std::function<void(const char* utf8)> onText;
  std::function<void(EditKey key, bool down)> onKey;
};
void setTextInputSink(TextInputSink sink);

// Tells the browser side where text fields are (to catch the touch that focuses one) and
// whether one is being edited (at rect): not editing blurs the hidden input.
void publishTextFields(const std::string& rectsJson);
void setTextEditing(bool editing, Rect rect);

}  // namespace nwk::platform
