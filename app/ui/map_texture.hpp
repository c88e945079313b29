// A picture of the map's layers (districts, links, markers) in a texture of its own, an
// OpenGL framebuffer: rendered once at the current zoom for the view and a margin around it,
// then drawn as one textured quad wherever a pan has moved it. A frame that only moves the map
// then sends 4 vertices and copies pixels instead of sending and rasterising every vertex of
// every district and marker again. The map renders it again when a layer changes or the view
// leaves the margin. Texels map 1:1 to device pixels (nearest filtering, drawn at whole pixels).
#pragma once
#include <imgui.h>
#include <imgui_internal.h>

namespace nwk::ui {

class MapTexture {
 public:
  MapTexture() = default;
  MapTexture(const MapTexture&) = delete;
  MapTexture& operator=(const MapTexture&) = delete;
  ~MapTexture();

  // Renders list (coordinates in CSS pixels around (0, 0)) into the texture, covering at least
  // halfSize pixels each way from (0, 0), at scale device pixels per CSS pixel, on background
  // (0xAABBGGRR). False when the GPU cannot render into a texture (then nothing is kept, and
  // it is not tried again).
  bool render(const ImDrawList& list, ImVec2 halfSize, float scale, ImU32 background);
  // Draws the picture with its (0, 0) at centre (snapped to whole device pixels).
  void draw(ImDrawList& draw, ImVec2 centre) const;
  // Whether a picture is kept and, drawn with its (0, 0) at centre, covers rect.
  bool covers(ImVec2 centre, const ImRect& rect) const;
  // Device pixels per CSS pixel it was rendered at; 0 before it was.
  float scale() const { return valid_ ? scale_ : 0.0f; }

 private:
  void allocate(int width, int height);
  void release();

  unsigned texture_ = 0, framebuffer_ = 0;
  int width_ = 0, height_ = 0;  // device pixels
  float scale_ = 1.0f;
  bool valid_ = false;
  bool failed_ = false;  // the GPU could not render into a texture
};

}  // namespace nwk::ui
