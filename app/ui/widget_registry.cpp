#include "ui/widget_registry.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <string_view>
#include <vector>

#include "core/io/json_writer.hpp"
#include "platform/platform.hpp"

namespace nwk::automation {
namespace {

struct Item {
  std::string id;
  std::string label;
  ImRect rect;     // full item rectangle
  ImRect visible;  // clipped to its window
  bool text = false;
  bool checkable = false;
};

std::vector<Item> gItems;
std::int64_t gFramesDrawn = 0;
bool gEditing = false;
ImRect gEditingRect;

std::string_view stableId(std::string_view label) {
  if (auto pos = label.find("###"); pos != std::string_view::npos) return label.substr(pos + 3);
  if (auto pos = label.find("##"); pos != std::string_view::npos) return label.substr(pos);
  return label;
}

std::string_view shownText(std::string_view label) { return label.substr(0, label.find("##")); }

void writeRect(JsonWriter& w, const ImRect& r) {
  w.key("x").value(static_cast<double>(r.Min.x)).key("y").value(static_cast<double>(r.Min.y));
  w.key("w").value(static_cast<double>(r.GetWidth())).key("h").value(static_cast<double>(r.GetHeight()));
}

}  // namespace

void enableItemHooks() { ImGui::GetCurrentContext()->TestEngineHookItems = true; }

void beginFrame() {
  gItems.clear();
  gEditing = false;
}

void endFrame() {
  JsonWriter w;
  w.beginArray();
  for (const Item& item : gItems) {
    if (!item.text) continue;
    w.beginObject();
    writeRect(w, item.visible);
    w.endObject();
  }
  w.endArray();
  platform::publishTextFields(w.str());
  const ImRect& r = gEditingRect;
  platform::setTextEditing(gEditing, {r.Min.x, r.Min.y, r.GetWidth(), r.GetHeight()});
}

void countFrame() { ++gFramesDrawn; }
std::int64_t framesDrawn() { return gFramesDrawn; }

void recordItem(ImGuiContext* ctx, ImGuiID id, const char* label, ImGuiItemStatusFlags flags) {
  if (!label || !*label) return;
  if (ctx->CurrentWindow && id == ctx->CurrentWindow->ID) return;  // a window, not a control
  const ImGuiLastItemData& last = ctx->LastItemData;
  ImRect visible = last.Rect;
  if (ctx->CurrentWindow) visible.ClipWithFull(ctx->CurrentWindow->ClipRect);
  Item item{std::string(stableId(label)),
            std::string(shownText(label)),
            last.Rect,
            visible,
            (flags & ImGuiItemStatusFlags_Inputable) != 0,
            (flags & ImGuiItemStatusFlags_Checkable) != 0};
  if (item.text && id == ctx->ActiveId) {
    gEditing = true;
    gEditingRect = visible;
  }
  gItems.push_back(std::move(item));
}

std::string widgetsJson() {
  JsonWriter w;
  w.beginArray();
  for (const Item& item : gItems) {
    w.beginObject().key("id").value(item.id).key("label").value(item.label);
    writeRect(w, item.rect);
    w.key("visible").beginObject();
    writeRect(w, item.visible);
    w.endObject();
    w.key("kind").value(item.text ? "text" : item.checkable ? "checkable" : "item");
    w.endObject();
  }
  w.endArray();
  return w.str();
}

}  // namespace nwk::automation

// ImGui's test-engine hooks (declared in imgui_internal.h).
void ImGuiTestEngineHook_ItemAdd(ImGuiContext*, ImGuiID, const ImRect&, const ImGuiLastItemData*) {}
void ImGuiTestEngineHook_ItemInfo(ImGuiContext* ctx, ImGuiID id, const char* label, ImGuiItemStatusFlags flags) {
  nwk::automation::recordItem(ctx, id, label, flags);
}
void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}
const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }

extern "C" const char* nwk_widgets_json() {
  static std::string json;
  json = nwk::automation::widgetsJson();
  return json.c_str();
}
