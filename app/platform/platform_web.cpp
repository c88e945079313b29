// Browser implementation of platform.hpp. The JavaScript half lives in web_platform.js
// (linked with --pre-js) as Module.nwkPlatform; this file only bridges to it.
#include <emscripten.h>
#include <emscripten/html5.h>

#include <map>
#include <utility>

#include "platform/platform.hpp"

namespace nwk::platform {
namespace {

std::function<bool()> gFrame;
bool gPaused = false;
bool gWakePending = false;
TextInputSink gSink;
std::map<int, std::function<void(bool, std::string)>> gPendingLoads;
int gNextLoadId = 1;
std::string gPublishedFields;
bool gEditing = false;

void loopBody() {
  if (!gFrame()) {
    emscripten_pause_main_loop();
    gPaused = true;
  }
}

}  // namespace

EM_JS(void, js_first_frame, (), { Module.nwkPlatform.firstFrame(); });
EM_JS(int, js_prefers_touch, (), { return Module.nwkPlatform.prefersTouch() ? 1 : 0; });
EM_JS(char*, js_load_settings, (), {
  const text = Module.nwkPlatform.loadSettings();
  const size = lengthBytesUTF8(text) + 1;
  const ptr = _malloc(size);
  stringToUTF8(text, ptr, size);
  return ptr;
});
EM_JS(void, js_save_settings, (const char* text), {
  Module.nwkPlatform.saveSettings(UTF8ToString(text));
});
EM_JS(void, js_fetch_text, (int id, const char* name), {
  Module.nwkPlatform.fetchText(id, UTF8ToString(name));
});
EM_JS(void, js_publish_text_fields, (const char* json), {
  Module.nwkPlatform.setTextFields(JSON.parse(UTF8ToString(json)));
});
EM_JS(void, js_set_text_editing, (int editing, float x, float y, float w, float h), {
  Module.nwkPlatform.setTextEditing(!!editing, {x : x, y : y, w : w, h : h});
});

void runMainLoop(std::function<bool()> frame) {
  gFrame = std::move(frame);
  emscripten_set_main_loop(loopBody, 0, 1);
}

void requestQuit() {}

void wake() {
  gWakePending = true;
  if (gPaused) {
    gPaused = false;
    emscripten_resume_main_loop();
  }
}

bool takeWake() { return std::exchange(gWakePending, false); }

void firstFrameDrawn() { js_first_frame(); }

bool prefersTouch() { return js_prefers_touch() != 0; }

std::string loadSettingsText() {
  char* text = js_load_settings();
  std::string result(text);
  free(text);
  return result;
}

void saveSettingsText(const std::string& text) { js_save_settings(text.c_str()); }

std::string assetPath(const std::string& relative) { return "/assets/" + relative; }

void loadShippedText(const std::string& name, std::function<void(bool, std::string)> done) {
  const int id = gNextLoadId++;
  gPendingLoads.emplace(id, std::move(done));
  js_fetch_text(id, name.c_str());
}

void setTextInputSink(TextInputSink sink) { gSink = std::move(sink); }

void publishTextFields(const std::string& rectsJson) {
  if (rectsJson == gPublishedFields) return;
  gPublishedFields = rectsJson;
  js_publish_text_fields(rectsJson.c_str());
}

void setTextEditing(bool editing, Rect rect) {
  if (editing == gEditing && !editing) return;
  gEditing = editing;
  js_set_text_editing(editing ? 1 : 0, rect.x, rect.y, rect.w, rect.h);
}

}  // namespace nwk::platform

// Entry points for web_platform.js. Each one wakes the paused main loop.
// nwk_wake() itself is called by input listeners, before SDL's own handlers run.
extern "C" {

EMSCRIPTEN_KEEPALIVE void nwk_wake() { nwk::platform::wake(); }

EMSCRIPTEN_KEEPALIVE void nwk_text_loaded(int id, int ok, const char* text) {
  auto& pending = nwk::platform::gPendingLoads;
  auto it = pending.find(id);
  if (it == pending.end()) return;
  auto done = std::move(it->second);
  pending.erase(it);
  done(ok != 0, text);
  nwk_wake();
}

EMSCRIPTEN_KEEPALIVE void nwk_text_input(const char* utf8) {
  if (nwk::platform::gSink.onText) nwk::platform::gSink.onText(utf8);
  nwk_wake();
}

EMSCRIPTEN_KEEPALIVE void nwk_edit_key(int key, int down) {
  if (nwk::platform::gSink.onKey)
    nwk::platform::gSink.onKey(static_cast<nwk::platform::EditKey>(key), down != 0);
  nwk_wake();
}

}  // extern "C"
