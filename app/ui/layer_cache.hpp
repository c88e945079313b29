// A map layer drawn once and replayed every frame. Its shapes are recorded with ImGui's own
// drawing calls into a draw list of its own, in spans (one marker, one district's fill); a
// frame copies the spans that reach into view, moved by an offset. Panning then costs a copy
// instead of projecting, clustering and stroking again. Whatever is recorded must use the
// font atlas's texture, as ImGui's shapes and text do.
#pragma once
#include <imgui.h>
#include <imgui_internal.h>

#include <memory>
#include <vector>

namespace nwk::ui {

class LayerCache {
 public:
  // Forgets the last recording and returns the list to draw the new one into.
  ImDrawList& record();
  // Closes the span of what was drawn since the last span ended; an empty span is dropped.
  void endSpan();
  // Appends the spans that overlap visible (in recorded coordinates) to draw, moved by
  // offset; returns how many.
  int replay(ImDrawList& draw, ImVec2 offset, const ImRect& visible) const;
  // How many spans overlap visible (recorded coordinates): what replay would draw.
  int count(const ImRect& visible) const;
  // Whether a span's bounds, grown by margin, contain p (recorded coordinates).
  bool hits(ImVec2 p, float margin) const;

 private:
  struct Span {
    int vtxBegin = 0, vtxEnd = 0, idxBegin = 0, idxEnd = 0;
    ImRect bounds;  // of its vertices
  };
  std::unique_ptr<ImDrawList> list_;
  std::vector<Span> spans_;
  int vtxEnd_ = 0, idxEnd_ = 0;  // where the last span ended
};

}  // namespace nwk::ui
