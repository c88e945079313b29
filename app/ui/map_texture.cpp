#include "ui/map_texture.hpp"

#include <imgui_impl_opengl3.h>

#include <cmath>
#include <cstdint>
#include <vector>

#ifdef __EMSCRIPTEN__
#include <GLES3/gl3.h>
#else
#define GL_GLEXT_PROTOTYPES
#include <SDL_opengl.h>
#endif

#include "platform/platform.hpp"
#include "ui/window.hpp"

namespace nwk::ui {
namespace {

// A draw callback: clears the command's clip rectangle of the canvas to transparent, where the
// page's layer under the canvas shows.
void clearToPage(const ImDrawList*, const ImDrawCmd* cmd) {
  const ImDrawData* data = ImGui::GetDrawData();
  const ImVec2 scale = data->FramebufferScale;
  const ImVec4 clip(cmd->ClipRect.x - data->DisplayPos.x, cmd->ClipRect.y - data->DisplayPos.y,
                    cmd->ClipRect.z - data->DisplayPos.x, cmd->ClipRect.w - data->DisplayPos.y);
  const float height = data->DisplaySize.y * scale.y;
  glScissor(static_cast<int>(clip.x * scale.x), static_cast<int>(height - clip.w * scale.y),
            static_cast<int>((clip.z - clip.x) * scale.x), static_cast<int>((clip.w - clip.y) * scale.y));
  glClearColor(0, 0, 0, 0);
  glClear(GL_COLOR_BUFFER_BIT);
}

}  // namespace

MapTexture::~MapTexture() { release(); }

void MapTexture::release() {
  if (framebuffer_) glDeleteFramebuffers(1, &framebuffer_);
  if (texture_) glDeleteTextures(1, &texture_);
  framebuffer_ = texture_ = 0;
  width_ = height_ = 0;
  valid_ = false;
}

void MapTexture::allocate(int width, int height) {
  release();
  glGenTextures(1, &texture_);
  glBindTexture(GL_TEXTURE_2D, texture_);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
  glGenFramebuffers(1, &framebuffer_);
  glBindFramebuffer(GL_FRAMEBUFFER, framebuffer_);
  glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, texture_, 0);
  width_ = width;
  height_ = height;
}

bool MapTexture::render(const ImDrawList& list, ImVec2 halfSize, float scale, ImU32 background) {
  if (failed_) return false;
  GLint previousFramebuffer = 0, previousTexture = 0;
  glGetIntegerv(GL_FRAMEBUFFER_BINDING, &previousFramebuffer);
  glGetIntegerv(GL_TEXTURE_BINDING_2D, &previousTexture);
  // Even sizes: (0, 0) falls on a device pixel's corner, so the picture lands on whole pixels.
  const int width = 2 * static_cast<int>(std::ceil(halfSize.x * scale));
  const int height = 2 * static_cast<int>(std::ceil(halfSize.y * scale));
  if (width != width_ || height != height_ || !framebuffer_) allocate(width, height);
  glBindFramebuffer(GL_FRAMEBUFFER, framebuffer_);
  valid_ = glCheckFramebufferStatus(GL_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE;
  scale_ = scale;
  if (valid_) {
    const GLboolean scissor = glIsEnabled(GL_SCISSOR_TEST);
    glDisable(GL_SCISSOR_TEST);
    glViewport(0, 0, width, height);
    const ImVec4 c = ImGui::ColorConvertU32ToFloat4(background);
    glClearColor(c.x, c.y, c.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    if (scissor) glEnable(GL_SCISSOR_TEST);
    ImDrawData data;
    data.Valid = true;
    data.CmdLists.push_back(const_cast<ImDrawList*>(&list));
    data.CmdListsCount = 1;
    data.TotalVtxCount = list.VtxBuffer.Size;
    data.TotalIdxCount = list.IdxBuffer.Size;
    data.DisplaySize = ImVec2(static_cast<float>(width) / scale, static_cast<float>(height) / scale);
    data.DisplayPos = ImVec2(-data.DisplaySize.x * 0.5f, -data.DisplaySize.y * 0.5f);
    data.FramebufferScale = ImVec2(scale, scale);
    ImGui_ImplOpenGL3_RenderDrawData(&data);
    onPage_ = false;
    markTexturesChanged();
  }
  glBindFramebuffer(GL_FRAMEBUFFER, static_cast<GLuint>(previousFramebuffer));
  glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(previousTexture));
  if (!valid_) release();
  failed_ = !valid_;  // not tried again: the map is drawn directly from then on
  return valid_;
}

void MapTexture::copyToPage() {
  GLint previousFramebuffer = 0;
  glGetIntegerv(GL_FRAMEBUFFER_BINDING, &previousFramebuffer);
  glBindFramebuffer(GL_FRAMEBUFFER, framebuffer_);
  std::vector<unsigned char> pixels(static_cast<std::size_t>(width_) * static_cast<std::size_t>(height_) * 4);
  glReadPixels(0, 0, width_, height_, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
  glBindFramebuffer(GL_FRAMEBUFFER, static_cast<GLuint>(previousFramebuffer));
  platform::setMapLayerPixels(pixels.data(), width_, height_);
  onPage_ = true;
}

ImVec2 MapTexture::topLeft(ImVec2 centre) const {
  const float halfW = static_cast<float>(width_) * 0.5f, halfH = static_cast<float>(height_) * 0.5f;
  return {std::round(centre.x * scale_ - halfW) / scale_, std::round(centre.y * scale_ - halfH) / scale_};
}

void MapTexture::showOnPage(ImDrawList& draw, ImVec2 centre) {
  if (!onPage_) copyToPage();
  const ImVec2 min = topLeft(centre), clipMin = draw.GetClipRectMin(), clipMax = draw.GetClipRectMax();
  draw.AddCallback(clearToPage, nullptr);
  platform::placeMapLayer(min.x, min.y, scale_, {clipMin.x, clipMin.y, clipMax.x - clipMin.x, clipMax.y - clipMin.y});
}

void MapTexture::draw(ImDrawList& draw, ImVec2 centre) const {
  const ImVec2 min = topLeft(centre);
  const ImVec2 max(min.x + static_cast<float>(width_) / scale_, min.y + static_cast<float>(height_) / scale_);
  // A framebuffer's first row is the picture's bottom.
  draw.AddImage(reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(texture_)), min, max, ImVec2(0, 1),
                ImVec2(1, 0));
}

bool MapTexture::covers(ImVec2 centre, const ImRect& rect) const {
  if (!valid_) return false;
  const float halfW = static_cast<float>(width_) * 0.5f / scale_ - 1.0f,
              halfH = static_cast<float>(height_) * 0.5f / scale_ - 1.0f;  // a pixel lost to snapping
  return ImRect(centre.x - halfW, centre.y - halfH, centre.x + halfW, centre.y + halfH).Contains(rect);
}

}  // namespace nwk::ui
