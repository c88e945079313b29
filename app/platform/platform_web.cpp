// Browser implementation of platform.hpp. The JavaScript half lives in web_platform.js
// (linked with --pre-js) as Module.nwkPlatform; this file only bridges to it.
#include <emscripten.h>
#include <emscripten/html5.h>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <utility>

#include "platform/platform.hpp"

namespace nwk::platform {
namespace {

std::function<bool()> gFrame;
bool gPaused = false;
bool gWakePending = false;
TextInputSink gSink;
// Replies from JavaScript's asynchronous work, by request id.
struct Reply {
  bool ok = false;
  std::string bytes;
  double number = 0;
};
std::map<int, std::function<void(Reply)>> gPending;
int gNextRequest = 1;
std::function<void(std::string, Bytes)> gDropHandler;

int expectReply(std::function<void(Reply)> handler) {
  const int id = gNextRequest++;
  gPending.emplace(id, std::move(handler));
  return id;
}
// A string malloc'ed by JavaScript, taken over and freed.
std::string takeString(char* text) {
  std::string result(text);
  free(text);
  return result;
}
std::string gPublishedFields;
bool gEditing = false;

void loopBody() {
  if (!gFrame()) {
    emscripten_pause_main_loop();
    gPaused = true;
  }
}

}  // namespace

// JavaScript inside, which clang-format would break ("() = >"):
// clang-format off
EM_JS(void, js_first_frame, (), { Module.nwkPlatform.firstFrame(); });
EM_JS(int, js_prefers_touch, (), { return Module.nwkPlatform.prefersTouch() ? 1 : 0; });
EM_JS(char*, js_load_settings, (), { return Module.nwkPlatform.cString(Module.nwkPlatform.loadSettings()); });
EM_JS(void, js_save_settings, (const char* text), {
  Module.nwkPlatform.saveSettings(UTF8ToString(text));
});
EM_JS(void, js_fetch_text, (int id, const char* name), {
  Module.nwkPlatform.fetchText(id, UTF8ToString(name));
});
EM_JS(char*, js_page_query_parameter, (const char* name), {
  return Module.nwkPlatform.cString(Module.nwkPlatform.pageQueryParameter(UTF8ToString(name)));
});
EM_JS(char*, js_take_page_fragment_parameter, (const char* name), {
  return Module.nwkPlatform.cString(Module.nwkPlatform.takePageFragmentParameter(UTF8ToString(name)));
});
EM_JS(void, js_request_json, (int id, const char* method, const char* path, const char* bearer, const char* body, int timeoutMs), {
  Module.nwkPlatform.requestJson(id, UTF8ToString(method), UTF8ToString(path), UTF8ToString(bearer), UTF8ToString(body), timeoutMs);
});
EM_JS(char*, js_local_text, (const char* key), {
  return Module.nwkPlatform.cString(Module.nwkPlatform.localText(UTF8ToString(key)));
});
EM_JS(void, js_set_local_text, (const char* key, const char* text), {
  Module.nwkPlatform.setLocalText(UTF8ToString(key), UTF8ToString(text));
});
EM_JS(int, js_update_waiting, (), { return window.nwkUpdate && window.nwkUpdate.available() ? 1 : 0; });
EM_JS(void, js_apply_update, (), { if (window.nwkUpdate) window.nwkUpdate.apply(); });
EM_JS(void, js_replace_page, (const char* url), { location.replace(UTF8ToString(url)); });
EM_JS(void, js_show_page_view, (const char* json), {
  if (window.nwkPage) window.nwkPage.show(UTF8ToString(json));
});
EM_JS(void, js_wake_after, (int ms), { setTimeout(() => Module._nwk_wake(), ms); });
EM_JS(void, js_run_when_idle, (int id, int maxDelayMs), {
  const run = () => Module._nwk_reply(id, 1, 0, 0, 0);
  if (window.requestIdleCallback) requestIdleCallback(run, {timeout : maxDelayMs});
  else setTimeout(run, 0);
});
EM_JS(double, js_random_u32, (), { return crypto.getRandomValues(new Uint32Array(1))[0]; });
EM_JS(char*, js_local_date_time, (double epochMs), {
  const d = epochMs < 0 ? new Date() : new Date(epochMs);
  const p = (n) => String(n).padStart(2, '0');
  return Module.nwkPlatform.cString(d.getFullYear() + '-' + p(d.getMonth() + 1) + '-' + p(d.getDate()) + ' ' + p(d.getHours()) + ':' + p(d.getMinutes()));
});
EM_JS(void, js_claim_session, (int id, const char* uid, int takeOver), {
  Module.nwkPlatform.claimSession(id, UTF8ToString(uid), takeOver !== 0);
});
EM_JS(void, js_release_session, (const char* uid), { Module.nwkPlatform.releaseSession(UTF8ToString(uid)); });
EM_JS(void, js_store_session, (int id, const char* uid, const char* title, const char* data, int size), {
  Module.nwkPlatform.storeSession(id, UTF8ToString(uid), UTF8ToString(title), HEAPU8.slice(data, data + size));
});
EM_JS(void, js_load_last_session, (int id), { Module.nwkPlatform.loadLastSession(id); });
EM_JS(void, js_load_stored_session, (int id, const char* uid), {
  Module.nwkPlatform.loadStoredSession(id, UTF8ToString(uid));
});
EM_JS(void, js_list_sessions, (int id), { Module.nwkPlatform.listSessions(id); });
EM_JS(void, js_delete_session, (const char* uid), { Module.nwkPlatform.deleteSession(UTF8ToString(uid)); });
EM_JS(void, js_offer_file, (const char* name, const char* data, int size, const char* mime), {
  Module.nwkPlatform.offerFile(UTF8ToString(name), HEAPU8.slice(data, data + size), UTF8ToString(mime));
});
EM_JS(void, js_show_html, (const char* html, int size), {
  Module.nwkPlatform.showHtml(HEAPU8.slice(html, html + size));
});
EM_JS(void, js_offer_screen_png, (const char* name, float x, float y, float w, float h), {
  Module.nwkPlatform.offerScreenPng(UTF8ToString(name), {x : x, y : y, w : w, h : h});
});
EM_JS(void, js_offer_svg_as_png, (const char* name, const char* svg, int size), {
  Module.nwkPlatform.offerSvgAsPng(UTF8ToString(name), HEAPU8.slice(svg, svg + size));
});
EM_JS(void, js_pick_file, (int id, const char* accept), { Module.nwkPlatform.pickFile(id, UTF8ToString(accept)); });
EM_JS(void, js_publish_text_fields, (const char* json), {
  Module.nwkPlatform.setTextFields(JSON.parse(UTF8ToString(json)));
});
EM_JS(void, js_set_text_editing, (int editing, float x, float y, float w, float h), {
  Module.nwkPlatform.setTextEditing(!!editing, {x : x, y : y, w : w, h : h});
});
// The map's picture: a 2D canvas (flipped: its rows come bottom-up) in a clipping box, placed
// under the app's canvas; a pan changes only its transform, which the browser composites.
EM_JS(void, js_map_layer_pixels, (const unsigned char* rgba, int width, int height), {
  const layer = Module.nwkMapLayer || (Module.nwkMapLayer = (() => {
    const box = document.createElement("div");
    box.style.cssText = "position:fixed;overflow:hidden;pointer-events:none;display:none";
    const picture = document.createElement("canvas");
    picture.style.cssText = "position:absolute;left:0;top:0;will-change:transform";
    box.appendChild(picture);
    Module.canvas.before(box);
    return {box, picture, placed: false, shown: "", at: ""};
  })());
  layer.picture.width = width;
  layer.picture.height = height;
  const pixels = new ImageData(new Uint8ClampedArray(HEAPU8.buffer, rgba, width * height * 4), width, height);
  layer.picture.getContext("2d").putImageData(pixels, 0, 0);
  layer.at = "";
});
EM_JS(void, js_place_map_layer, (float x, float y, float scale, float cx, float cy, float cw, float ch), {
  const layer = Module.nwkMapLayer;
  if (!layer) return;
  layer.placed = true;
  const box = "display:block;left:" + cx + "px;top:" + cy + "px;width:" + cw + "px;height:" + ch + "px";
  if (layer.shown !== box) {
    layer.box.style.cssText = "position:fixed;overflow:hidden;pointer-events:none;" + box;
    layer.shown = box;
  }
  const at = [x, y, cx, cy, scale, layer.picture.width].join();
  if (layer.at === at) return;
  layer.at = at;
  layer.picture.style.width = layer.picture.width / scale + "px";
  layer.picture.style.height = layer.picture.height / scale + "px";
  layer.picture.style.transform = "translate(" + (x - cx) + "px, " + (y - cy) + "px) scaleY(-1)";
});
EM_JS(void, js_end_map_layer_frame, (), {
  const layer = Module.nwkMapLayer;
  if (!layer) return;
  if (!layer.placed && layer.shown) {
    layer.box.style.display = "none";
    layer.shown = "";
  }
  layer.placed = false;
});
// clang-format on

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

bool isIdle() { return gPaused; }

void firstFrameDrawn() { js_first_frame(); }

bool prefersTouch() { return js_prefers_touch() != 0; }

std::string loadSettingsText() { return takeString(js_load_settings()); }

void saveSettingsText(const std::string& text) { js_save_settings(text.c_str()); }

std::string assetPath(const std::string& relative) { return "/assets/" + relative; }

void loadShippedText(const std::string& name, std::function<void(bool, std::string)> done) {
  js_fetch_text(expectReply([done](Reply r) { done(r.ok, std::move(r.bytes)); }), name.c_str());
}

void wakeAfter(int milliseconds) { js_wake_after(milliseconds); }

bool updateWaiting() { return js_update_waiting() != 0; }

void applyUpdate() { js_apply_update(); }

std::string pageQueryParameter(const std::string& name) {
  return takeString(js_page_query_parameter(name.c_str()));
}

std::string takePageFragmentParameter(const std::string& name) {
  return takeString(js_take_page_fragment_parameter(name.c_str()));
}

void requestJson(const std::string& method, const std::string& path, const std::string& bearer, const std::string& body,
                 int timeoutMs, std::function<void(int status, std::string body)> done) {
  const int id = expectReply([done](Reply r) { done(r.ok ? static_cast<int>(r.number) : 0, std::move(r.bytes)); });
  js_request_json(id, method.c_str(), path.c_str(), bearer.c_str(), body.c_str(), timeoutMs);
}

void replacePage(const std::string& url) { js_replace_page(url.c_str()); }
void showPageView(const std::string& json) { js_show_page_view(json.c_str()); }
std::string localText(const std::string& key) { return takeString(js_local_text(key.c_str())); }

void setLocalText(const std::string& key, const std::string& text) { js_set_local_text(key.c_str(), text.c_str()); }

void runWhenIdle(std::function<void()> task, int maxDelayMs) {
  js_run_when_idle(expectReply([task](Reply) { task(); }), maxDelayMs);
}

double nowMs() { return emscripten_get_now(); }

std::string localDateTime(double epochMs) { return takeString(js_local_date_time(epochMs)); }

std::uint64_t randomU64() {
  return static_cast<std::uint64_t>(js_random_u32()) << 32 | static_cast<std::uint64_t>(js_random_u32());
}

std::function<void()> gLeaveHandler;
std::function<void(std::string)> gSessionLostHandler;

void setLeaveHandler(std::function<void()> handler) { gLeaveHandler = std::move(handler); }

void claimSession(const std::string& uid, std::function<void(bool)> done) {
  js_claim_session(expectReply([done](Reply r) { done(r.ok); }), uid.c_str(), 0);
}

void takeOverSession(const std::string& uid, std::function<void(bool)> done) {
  js_claim_session(expectReply([done](Reply r) { done(r.ok); }), uid.c_str(), 1);
}

void releaseSession(const std::string& uid) { js_release_session(uid.c_str()); }

void setSessionLostHandler(std::function<void(std::string)> handler) { gSessionLostHandler = std::move(handler); }

void storeSession(const std::string& uid, const std::string& title, const Bytes& bytes,
                  std::function<void(bool)> done) {
  const int id = expectReply([done](Reply r) { done(r.ok); });
  js_store_session(id, uid.c_str(), title.c_str(), bytes.data(), static_cast<int>(bytes.size()));
}

void loadLastSession(std::function<void(bool, Bytes, double)> done) {
  js_load_last_session(expectReply([done](Reply r) { done(r.ok, std::move(r.bytes), r.number); }));
}

void loadStoredSession(const std::string& uid, std::function<void(bool, Bytes)> done) {
  js_load_stored_session(expectReply([done](Reply r) { done(r.ok, std::move(r.bytes)); }), uid.c_str());
}

// The list arrives as lines "uid TAB savedAtMs TAB title".
void listStoredSessions(std::function<void(std::vector<StoredSessionInfo>)> done) {
  js_list_sessions(expectReply([done](Reply r) {
    std::vector<StoredSessionInfo> list;
    std::size_t start = 0;
    while (start < r.bytes.size()) {
      const std::size_t end = std::min(r.bytes.find('\n', start), r.bytes.size());
      const std::string line = r.bytes.substr(start, end - start);
      const auto tab1 = line.find('\t'), tab2 = line.find('\t', tab1 + 1);
      if (tab1 != std::string::npos && tab2 != std::string::npos)
        list.push_back(
            {line.substr(0, tab1), line.substr(tab2 + 1), std::atof(line.substr(tab1 + 1, tab2 - tab1 - 1).c_str())});
      start = end + 1;
    }
    done(std::move(list));
  }));
}

void deleteStoredSession(const std::string& uid) { js_delete_session(uid.c_str()); }

bool filesByPath() { return false; }

bool offerFile(const std::string& name, const Bytes& bytes, const char* mimeType) {
  js_offer_file(name.c_str(), bytes.data(), static_cast<int>(bytes.size()), mimeType);
  return true;
}

bool showHtml(const std::string&, const std::string& html) {
  js_show_html(html.data(), static_cast<int>(html.size()));
  return true;
}

bool offerScreenPng(const std::string& name, Rect area) {
  js_offer_screen_png(name.c_str(), area.x, area.y, area.w, area.h);
  return true;
}

bool mapLayerAvailable() { return true; }

void setMapLayerPixels(const unsigned char* rgba, int width, int height) { js_map_layer_pixels(rgba, width, height); }

void placeMapLayer(float x, float y, float scale, Rect clip) {
  js_place_map_layer(x, y, scale, clip.x, clip.y, clip.w, clip.h);
}

void endMapLayerFrame() { js_end_map_layer_frame(); }

bool keepsLastFrame() { return true; }

bool offerSvgAsPng(const std::string& name, const std::string& svg) {
  js_offer_svg_as_png(name.c_str(), svg.data(), static_cast<int>(svg.size()));
  return true;
}

void pickFile(const char* accept, const std::string&, std::function<void(std::string, Bytes)> done) {
  js_pick_file(expectReply([done](Reply r) {
                 if (!r.ok) return;
                 const auto cut = r.bytes.find('\0');  // "name NUL content"
                 done(r.bytes.substr(0, cut), r.bytes.substr(cut + 1));
               }),
               accept);
}

void setDropHandler(std::function<void(std::string, Bytes)> handler) { gDropHandler = std::move(handler); }
void dropPath(const char*) {}

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

// A reply to request `id`; data (size bytes, may hold NULs) was allocated with _malloc and
// is freed here.
EMSCRIPTEN_KEEPALIVE void nwk_reply(int id, int ok, char* data, int size, double number) {
  auto& pending = nwk::platform::gPending;
  std::string bytes = data ? std::string(data, static_cast<std::size_t>(size)) : std::string();
  free(data);
  auto it = pending.find(id);
  if (it == pending.end()) return;
  auto done = std::move(it->second);
  pending.erase(it);
  done({ok != 0, std::move(bytes), number});
  nwk_wake();
}

EMSCRIPTEN_KEEPALIVE void nwk_dropped(char* name, char* data, int size) {
  std::string bytes(data, static_cast<std::size_t>(size));
  std::string fileName(name);
  free(data);
  free(name);
  if (nwk::platform::gDropHandler) nwk::platform::gDropHandler(std::move(fileName), std::move(bytes));
  nwk_wake();
}

// The page is being hidden or closed: save now (the page may not get another frame).
EMSCRIPTEN_KEEPALIVE void nwk_leaving() {
  if (nwk::platform::gLeaveHandler) nwk::platform::gLeaveHandler();
}

// Another tab asks for the session this tab owns.
EMSCRIPTEN_KEEPALIVE void nwk_session_lost(const char* uid) {
  if (nwk::platform::gSessionLostHandler) nwk::platform::gSessionLostHandler(uid);
  nwk_wake();
}

EMSCRIPTEN_KEEPALIVE void nwk_text_input(const char* utf8) {
  if (nwk::platform::gSink.onText) nwk::platform::gSink.onText(utf8);
  nwk_wake();
}

EMSCRIPTEN_KEEPALIVE void nwk_edit_key(int key, int down) {
  if (nwk::platform::gSink.onKey) nwk::platform::gSink.onKey(static_cast<nwk::platform::EditKey>(key), down != 0);
  nwk_wake();
}

}  // extern "C"
