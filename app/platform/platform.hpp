// The web/native differences, and nothing else. One implementation file per platform:
// platform_web.cpp (Emscripten, browser APIs through EM_JS) and platform_native.cpp.
// No ImGui here: text coming from the on-screen-keyboard input is handed to callbacks.
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

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
void wakeAfter(int milliseconds);  // a timer for work due while idle (autosave)
// True while the loop sleeps with nothing to do (browser tests wait for it).
bool isIdle();
// Runs task once the browser has time between frames (requestIdleCallback, at the latest
// after maxDelayMs), so long work such as autosave never stretches a frame. Native: at once.
void runWhenIdle(std::function<void()> task, int maxDelayMs);

// Monotonic milliseconds, for timing frames and autosave delays.
double nowMs();
// Local wall-clock time as "YYYY-MM-DD HH:MM", for messages and file names; of the given
// epoch milliseconds, or of now when negative.
std::string localDateTime(double epochMs = -1);
// Today's local date as "YYYY-MM-DD".
inline std::string localDate() { return localDateTime().substr(0, 10); }
// 64 random bits from the system's secure source.
std::uint64_t randomU64();

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

// A rectangle on screen, CSS pixels.
struct Rect {
  float x = 0, y = 0, w = 0, h = 0;
};

// --- Session files ---------------------------------------------------------------------
using Bytes = std::string;

// The browser's storage for sessions (IndexedDB; native: files in the data directory).
// Writes are atomic: one transaction holds the session and the "last session" marker.
struct StoredSessionInfo {
  std::string uid;
  std::string title;
  double savedAtMs = 0;  // epoch milliseconds
};
void storeSession(const std::string& uid, const std::string& title, const Bytes& bytes,
                  std::function<void(bool ok)> done);
void loadLastSession(std::function<void(bool found, Bytes bytes, double savedAtMs)> done);
void loadStoredSession(const std::string& uid, std::function<void(bool found, Bytes bytes)> done);
void listStoredSessions(std::function<void(std::vector<StoredSessionInfo>)> done);
void deleteStoredSession(const std::string& uid);

// Called when the user may be leaving: the page hidden or closed (visibilitychange, pagehide),
// the desktop window closed. The handler must save at once; the browser may end the page
// right after it returns.
void setLeaveHandler(std::function<void()> handler);

// One tab at a time owns a stored session (browser: Web Locks; natively always this one).
// claimSession: done(true) when this tab now owns uid, done(false) at once when another tab
// does. takeOverSession: asks the owning tab to let go (it saves first); done(true) once this
// tab owns uid. The owner learns of the request through the lost handler and calls
// releaseSession(uid) when its last save is stored.
void claimSession(const std::string& uid, std::function<void(bool owned)> done);
void takeOverSession(const std::string& uid, std::function<void(bool owned)> done);
void releaseSession(const std::string& uid);
void setSessionLostHandler(std::function<void(std::string uid)> handler);

// True natively: open/save/merge take a path the user types (no file dialog there).
bool filesByPath();

// Hands a file to the user: a download in the browser, a write to `name` (a path) natively.
// Returns false with nothing written if that failed (native only).
bool offerFile(const std::string& name, const Bytes& bytes, const char* mimeType);

// Shows an HTML document for reading (the report, the accessible view of the workshop): in
// a new browser tab; natively written to `name` like offerFile. false if that failed.
bool showHtml(const std::string& name, const std::string& html);

// Offers the screen's pixels inside `area` (CSS pixels) as a PNG file at the screen's
// resolution. Call right after a frame is drawn: the browser keeps a WebGL picture only
// until the frame ends. false natively (not available there).
bool offerScreenPng(const std::string& name, Rect area);
// The map's picture as a layer of the page under the canvas (browser): the canvas leaves the
// map's area clear and the page moves the picture while the map pans, so a pan draws no
// canvas frame. Natively false (the window draws the picture itself).
bool mapLayerAvailable();
// The picture: width x height device pixels, RGBA rows bottom-up (OpenGL's order).
void setMapLayerPixels(const unsigned char* rgba, int width, int height);
// Shows the picture with its top left at (x, y) at scale device pixels per CSS pixel, cut to
// clip (CSS pixels).
void placeMapLayer(float x, float y, float scale, Rect clip);
// Once per frame, after it is built: hides the picture unless placeMapLayer was called since.
void endMapLayerFrame();
// True in the browser: the page keeps showing the last frame drawn, so a frame like it need
// not be drawn again. Natively false (the window wants every frame).
bool keepsLastFrame();

// Offers an SVG document as a PNG file of the SVG's own width and height (the browser draws
// it). false natively (not available there).
bool offerSvgAsPng(const std::string& name, const std::string& svg);

// Asks the user for a file: the browser's file picker; natively the `path` is read at once.
// done(name, bytes) runs only when a file was chosen and read.
void pickFile(const char* accept, const std::string& path, std::function<void(std::string name, Bytes bytes)> done);

// Files dropped onto the page / window. Natively the main loop passes SDL_DROPFILE paths
// to dropPath(); in the browser the page's drop listener does it.
void setDropHandler(std::function<void(std::string name, Bytes bytes)> handler);
void dropPath(const char* path);

// --- Updates (browser: the offline worker web/sw.js, started by web/loader.js) ----------
// True when a newer version of the app is stored and waits: a running workshop never
// changes by itself. Natively always false.
bool updateWaiting();
// Lets the waiting version take over; the page then reloads into it. Save first.
void applyUpdate();

// --- Live voting (the page was opened from netzwerkkarte-server) -----------------------
// A parameter of the page's query (?join=K7PX); empty if absent. Natively always empty.
std::string pageQueryParameter(const std::string& name);
// A parameter of the page's fragment (#facilitator=…; empty if absent), which is then taken
// out of the address bar and the history (history.replaceState): it holds the facilitator's
// secret, which must not stay on a projected screen. Natively always empty.
std::string takePageFragmentParameter(const std::string& name);

// A JSON request to the page's own server (same origin): done(status, body) on the main
// thread, status 0 when the network failed or the request took longer than timeoutMs.
// bearer: the facilitator's secret or a participant's token, sent as Authorization.
// Natively always status 0 (live voting needs the browser).
void requestJson(const std::string& method, const std::string& path, const std::string& bearer, const std::string& body,
                 int timeoutMs, std::function<void(int status, std::string body)> done);

// Replaces the page by another address of the same site, without a history entry (the app
// opened with a join code goes to the participant page). Natively nothing.
void replacePage(const std::string& url);
// Hands the page's own HTML what to show, as JSON (participant.html: window.nwkPage.show).
// Natively nothing.
void showPageView(const std::string& json);

// Small texts kept on this device across reloads and closed tabs (browser: localStorage,
// native: for this run only). An empty text removes the key.
std::string localText(const std::string& key);
void setLocalText(const std::string& key, const std::string& text);

// --- On-screen keyboard ------------------------------------------------------------------
// SDL2's web backend never opens a phone's keyboard. The browser side keeps a hidden HTML
// <input> over the active text field: a touch on a text field focuses it synchronously
// (what phones require), and its text and editing keys arrive through these callbacks.
enum class EditKey { Backspace = 1, Enter, Tab, Escape, Left, Right, Home, End, Delete, Up, Down, Ctrl, A, Z, Y };

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
