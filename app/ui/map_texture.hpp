// A picture of the map's layers (districts, links, markers) in a texture of its own, an
// OpenGL framebuffer: rendered once at the current zoom for the view and a margin around it,
// then drawn as one textured quad wherever a pan has moved it. A frame that only moves the map
// then sends 4 vertices and copies pixels instead of sending and rasterising every vertex of
// every district and marker again. The map renders it again when a layer changes or the view
// leaves the margin. Texels map 1:1 to device pixels (nearest filtering, drawn at whole pixels).
// Where the page can show it as a layer of its own (platform::mapLayerAvailable, the browser),
// showOnPage copies it there (once per rendering: reading a texture back is slow on a GPU
// emulated in software) and clears the canvas over the map instead of drawing into it: a pan
// then changes no pixel of the canvas.
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
  // Shows the picture on the page's layer with its (0, 0) at centre, cut to draw's current clip
  // rectangle, which the canvas leaves clear (what draw draws next lies over the picture).
  void showOnPage(ImDrawList& draw, ImVec2 centre);
  // Whether a picture is kept and, drawn with its (0, 0) at centre, covers rect.
  bool covers(ImVec2 centre, const ImRect& rect) const;
  // Device pixels per CSS pixel it was rendered at; 0 before it was.
  float scale() const { return valid_ ? scale_ : 0.0f; }

 private:
  void allocate(int width, int height);
  void release();
  void copyToPage();
  ImVec2 topLeft(ImVec2 centre) const;  // where the picture's first column and top row go

  unsigned texture_ = 0, framebuffer_ = 0;
  int width_ = 0, height_ = 0;  // device pixels
  float scale_ = 1.0f;
  bool valid_ = false;
  bool failed_ = false;  // the GPU could not render into a texture
  bool onPage_ = false;  // the page's layer holds this rendering
};

}  // namespace nwk::ui
