// Anti-aliased discs baked into the font atlas, so the map's thousands of markers cost one
// textured quad (4 vertices) each instead of a polygon of 8-17, and stay round at any size.
// The theme adds the discs' rectangles before it builds the atlas and bakes them after;
// drawDisc tints the white disc by its colour (ImGui multiplies texture and vertex colour).
#pragma once
#include <imgui.h>

namespace nwk::ui {

// Reserves the discs' space in the atlas: call after Clear(), before Build().
void addDiscSprites(ImFontAtlas& atlas);
// Writes the discs into the built atlas's alpha: call after Build(), before the texture upload.
void bakeDiscSprites(ImFontAtlas& atlas);
// A filled disc of radius pixels in colour; a polygon while no disc is baked.
void drawDisc(ImDrawList* draw, ImVec2 centre, float radius, ImU32 colour);

}  // namespace nwk::ui
