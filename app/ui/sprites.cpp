#include "ui/sprites.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace nwk::ui {
namespace {

// Disc diameters in texels; a disc is drawn from the smallest one at least as large as it
// appears on screen (device pixels), so bilinear filtering shrinks it at most by half.
constexpr std::array<int, 5> kDiameters = {8, 16, 32, 64, 128};
constexpr int kMargin = 1;  // transparent texels around a disc: its edge blends to nothing

struct Sprites {
  const ImFontAtlas* atlas = nullptr;  // the atlas the rectangles belong to, once baked
  std::array<int, kDiameters.size()> rects{};
  std::array<ImVec2, kDiameters.size()> uvMin{}, uvMax{};
};

Sprites& sprites() {
  static Sprites s;
  return s;
}

void bakeDisc(ImFontAtlas& atlas, const ImFontAtlasCustomRect& rect, int diameter) {
  const float centre = static_cast<float>(rect.Width) * 0.5f, radius = static_cast<float>(diameter) * 0.5f;
  for (int y = 0; y < rect.Height; ++y)
    for (int x = 0; x < rect.Width; ++x) {
      const float dx = static_cast<float>(x) + 0.5f - centre, dy = static_cast<float>(y) + 0.5f - centre;
      const float coverage = std::clamp(radius + 0.5f - std::sqrt(dx * dx + dy * dy), 0.0f, 1.0f);
      atlas.TexPixelsAlpha8[(rect.Y + y) * atlas.TexWidth + rect.X + x] =
          static_cast<unsigned char>(coverage * 255.0f + 0.5f);
    }
}

}  // namespace

void addDiscSprites(ImFontAtlas& atlas) {
  Sprites& s = sprites();
  s.atlas = nullptr;
  for (std::size_t i = 0; i < kDiameters.size(); ++i)
    s.rects[i] = atlas.AddCustomRectRegular(kDiameters[i] + 2 * kMargin, kDiameters[i] + 2 * kMargin);
}

void bakeDiscSprites(ImFontAtlas& atlas) {
  Sprites& s = sprites();
  if (!atlas.TexPixelsAlpha8) return;
  for (std::size_t i = 0; i < kDiameters.size(); ++i) {
    const ImFontAtlasCustomRect* rect = atlas.GetCustomRectByIndex(s.rects[i]);
    if (!rect->IsPacked()) return;
    bakeDisc(atlas, *rect, kDiameters[i]);
    atlas.CalcCustomRectUV(rect, &s.uvMin[i], &s.uvMax[i]);
  }
  s.atlas = &atlas;
}

void drawDisc(ImDrawList* draw, ImVec2 centre, float radius, ImU32 colour) {
  const Sprites& s = sprites();
  const ImGuiIO& io = ImGui::GetIO();
  if (s.atlas != io.Fonts) {
    draw->AddCircleFilled(centre, radius, colour);
    return;
  }
  const float device = radius * 2.0f / io.FontGlobalScale;  // the atlas is rasterized at 1 / FontGlobalScale
  std::size_t i = 0;
  while (i + 1 < kDiameters.size() && static_cast<float>(kDiameters[i]) < device) ++i;
  const float half = radius * static_cast<float>(kDiameters[i] + 2 * kMargin) / static_cast<float>(kDiameters[i]);
  draw->PrimReserve(6, 4);
  draw->PrimRectUV(ImVec2(centre.x - half, centre.y - half), ImVec2(centre.x + half, centre.y + half), s.uvMin[i],
                   s.uvMax[i], colour);
}

}  // namespace nwk::ui
