#include "ui/layer_cache.hpp"

#include <algorithm>
#include <cfloat>

namespace nwk::ui {

ImDrawList& LayerCache::record() {
  if (!list_) list_ = std::make_unique<ImDrawList>(ImGui::GetDrawListSharedData());
  list_->_ResetForNewFrame();
  list_->PushClipRect(ImVec2(-1e9f, -1e9f), ImVec2(1e9f, 1e9f));
  list_->PushTextureID(ImGui::GetIO().Fonts->TexID);
  spans_.clear();
  vtxEnd_ = idxEnd_ = 0;
  return *list_;
}

void LayerCache::endSpan() {
  Span span{vtxEnd_, list_->VtxBuffer.Size, idxEnd_, list_->IdxBuffer.Size,
            ImRect(FLT_MAX, FLT_MAX, -FLT_MAX, -FLT_MAX)};
  vtxEnd_ = span.vtxEnd;
  idxEnd_ = span.idxEnd;
  if (span.idxBegin == span.idxEnd) return;
  for (int v = span.vtxBegin; v < span.vtxEnd; ++v) span.bounds.Add(list_->VtxBuffer[v].pos);
  spans_.push_back(span);
}

int LayerCache::count(const ImRect& visible) const {
  return static_cast<int>(
      std::count_if(spans_.begin(), spans_.end(), [&](const Span& span) { return span.bounds.Overlaps(visible); }));
}

int LayerCache::replay(ImDrawList& draw, ImVec2 offset, const ImRect& visible) const {
  int spans = 0, vertices = 0, indices = 0;
  for (const Span& span : spans_)
    if (span.bounds.Overlaps(visible)) {
      ++spans;
      vertices += span.vtxEnd - span.vtxBegin;
      indices += span.idxEnd - span.idxBegin;
    }
  if (spans == 0) return 0;
  draw.PrimReserve(indices, vertices);
  for (const Span& span : spans_) {
    if (!span.bounds.Overlaps(visible)) continue;
    const auto base = static_cast<ImDrawIdx>(draw._VtxCurrentIdx - static_cast<unsigned>(span.vtxBegin));
    for (int v = span.vtxBegin; v < span.vtxEnd; ++v) {
      const ImDrawVert& x = list_->VtxBuffer[v];
      draw.PrimWriteVtx(ImVec2(x.pos.x + offset.x, x.pos.y + offset.y), x.uv, x.col);
    }
    for (int i = span.idxBegin; i < span.idxEnd; ++i)
      draw.PrimWriteIdx(static_cast<ImDrawIdx>(base + list_->IdxBuffer[i]));
  }
  return spans;
}

bool LayerCache::hits(ImVec2 p, float margin) const {
  return std::any_of(spans_.begin(), spans_.end(), [&](const Span& span) {
    return p.x >= span.bounds.Min.x - margin && p.x <= span.bounds.Max.x + margin &&
           p.y >= span.bounds.Min.y - margin && p.y <= span.bounds.Max.y + margin;
  });
}

}  // namespace nwk::ui
