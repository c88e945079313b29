#include "ui/theme.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>

#include "ui/sprites.hpp"
#include "ui/widgets.hpp"

namespace nwk::ui {
namespace {

ImFont* gHeading = nullptr;
ImFont* gDisplay = nullptr;

constexpr float kDesktopFontSize = 16.0f;  // CSS pixels at 100 %
constexpr float kTouchFontSize = 17.0f;
constexpr float kHeadingFactor = 1.45f;
constexpr float kDisplayFactor = 2.6f;  // presenter mode: readable from the back of the room

const ImWchar kTextRanges[] = {0x0020, 0x017F, 0x0218, 0x021B, 0x2010, 0x203A, 0x20AC, 0x20AC,
                               0x2190, 0x2193, 0x2212, 0x2212, 0x2264, 0x2265, 0};
const ImWchar kIconRanges[] = {0xF000, 0xF2FF, 0};

// One of the two faces, from its file or from the bytes embedded in the code (not owned:
// the atlas must not free them).
ImFont* addFace(const FontSource& source, bool icons, float pixels, ImFontConfig& config, const ImWchar* ranges) {
  ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
  const FontBytes& bytes = icons ? source.icons : source.ui;
  if (!bytes.data)
    return atlas.AddFontFromFileTTF((source.dir + (icons ? "/icons.ttf" : "/ui.otf")).c_str(), pixels, &config, ranges);
  config.FontDataOwnedByAtlas = false;
  return atlas.AddFontFromMemoryTTF(const_cast<unsigned char*>(bytes.data), bytes.size, pixels, &config, ranges);
}

// Every size carries the icons: a heading's check mark is drawn in the heading font.
ImFont* addFont(const FontSource& source, float pixels) {
  ImGuiIO& io = ImGui::GetIO();
  ImFontConfig text;
  text.OversampleH = 2;
  text.PixelSnapH = false;
  ImFont* font = addFace(source, false, pixels, text, kTextRanges);
  if (!font) {
    ImFontConfig fallback;
    fallback.SizePixels = pixels;
    return io.Fonts->AddFontDefault(&fallback);
  }
  ImFontConfig icons;
  icons.MergeMode = true;
  icons.PixelSnapH = true;
  icons.GlyphMinAdvanceX = pixels;  // icons line up in columns
  addFace(source, true, pixels * 0.9f, icons, kIconRanges);
  return font;
}

void applyColors(ImGuiStyle& s) {
  ImGui::StyleColorsLight(&s);
  ImVec4* c = s.Colors;
  const ImVec4 accent(0.12f, 0.29f, 0.54f, 1.0f);
  c[ImGuiCol_Text] = ImVec4(0.10f, 0.10f, 0.12f, 1.0f);
  c[ImGuiCol_TextDisabled] = ImVec4(0.37f, 0.37f, 0.40f, 1.0f);
  c[ImGuiCol_WindowBg] = ImVec4(0.97f, 0.97f, 0.96f, 1.0f);
  c[ImGuiCol_ChildBg] = ImVec4(1.0f, 1.0f, 1.0f, 1.0f);
  c[ImGuiCol_PopupBg] = ImVec4(1.0f, 1.0f, 1.0f, 1.0f);
  c[ImGuiCol_Border] = ImVec4(0.80f, 0.80f, 0.82f, 1.0f);
  c[ImGuiCol_FrameBg] = ImVec4(0.93f, 0.94f, 0.96f, 1.0f);  // fields stand out on white panels
  c[ImGuiCol_FrameBgHovered] = ImVec4(0.88f, 0.91f, 0.96f, 1.0f);
  c[ImGuiCol_FrameBgActive] = ImVec4(0.88f, 0.92f, 0.98f, 1.0f);
  c[ImGuiCol_Button] = ImVec4(0.90f, 0.91f, 0.93f, 1.0f);
  c[ImGuiCol_ButtonHovered] = ImVec4(0.82f, 0.87f, 0.94f, 1.0f);
  c[ImGuiCol_ButtonActive] = ImVec4(0.72f, 0.80f, 0.92f, 1.0f);
  c[ImGuiCol_Header] = ImVec4(0.85f, 0.89f, 0.95f, 1.0f);
  c[ImGuiCol_HeaderHovered] = ImVec4(0.80f, 0.86f, 0.95f, 1.0f);
  c[ImGuiCol_HeaderActive] = ImVec4(0.72f, 0.80f, 0.92f, 1.0f);
  c[ImGuiCol_CheckMark] = accent;
  c[ImGuiCol_NavHighlight] = accent;
  c[ImGuiCol_ModalWindowDimBg] = ImVec4(0.10f, 0.10f, 0.15f, 0.45f);
}

}  // namespace

bool Theme::update(const ThemeInputs& in) {
  if (in == current_) return false;
  current_ = in;
  baseSize_ = (in.touch ? kTouchFontSize : kDesktopFontSize) * in.uiScale;
  loadFonts(in.pixelRatio, in.presenting);
  applyStyle(in);
  return true;
}

void Theme::loadFonts(float rasterScale, bool presenting) {
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  io.Fonts->Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight;
  addFont(fonts_, baseSize_ * rasterScale);
  gHeading = addFont(fonts_, baseSize_ * kHeadingFactor * rasterScale);
  gDisplay = presenting ? addFont(fonts_, baseSize_ * kDisplayFactor * rasterScale) : nullptr;
  addDiscSprites(*io.Fonts);
  io.Fonts->Build();
  bakeDiscSprites(*io.Fonts);
  io.FontGlobalScale = 1.0f / rasterScale;
}

void Theme::applyStyle(const ThemeInputs& in) {
  ImGuiStyle style;
  applyColors(style);
  style.WindowRounding = 0.0f;
  style.ChildRounding = 6.0f;
  style.FrameRounding = 5.0f;
  style.PopupRounding = 6.0f;
  style.GrabRounding = 4.0f;
  style.WindowPadding = ImVec2(14, 12);
  style.FramePadding = ImVec2(10, 6);
  style.ItemSpacing = ImVec2(8, 8);
  style.ScrollbarSize = 16.0f;
  style.ScaleAllSizes(in.uiScale);
  if (in.touch) {
    // Frame height = font + 2 * padding reaches the touch target; scrollbars a finger can grab.
    style.FramePadding.y = std::max(style.FramePadding.y, (kTouchTarget - baseSize_) * 0.5f + 0.5f);
    style.ItemSpacing = ImVec2(std::max(style.ItemSpacing.x, 10.0f), std::max(style.ItemSpacing.y, 10.0f));
    style.ScrollbarSize = std::max(style.ScrollbarSize, 22.0f);
    style.TouchExtraPadding = ImVec2(4, 4);
  }
  ImGui::GetStyle() = style;
}

void pushHeadingFont() { ImGui::PushFont(gHeading ? gHeading : ImGui::GetFont()); }
void popHeadingFont() { ImGui::PopFont(); }
void pushDisplayFont() { ImGui::PushFont(gDisplay ? gDisplay : gHeading ? gHeading : ImGui::GetFont()); }

}  // namespace nwk::ui
