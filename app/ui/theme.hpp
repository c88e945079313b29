// Fonts and style. The UI font is rasterized at (size x device pixel ratio) and drawn at
// 1/ratio, so text stays crisp on HiDPI screens and beamers; the UI scale setting and touch
// mode change sizes. update() rebuilds only when one of these inputs changed and then
// returns true: the caller must re-upload the font texture.
#pragma once
#include <string>
#include <utility>

namespace nwk::ui {

struct ThemeInputs {
  float pixelRatio = 1.0f;
  float uiScale = 1.0f;
  bool touch = false;
  bool presenting = false;  // presenter mode: a display font for the beamer is loaded too
  bool operator==(const ThemeInputs&) const = default;
};

// Where the UI font (ui.otf) and the icon font (icons.ttf) come from: files in `dir` (the
// app), or bytes embedded in the code (the participant page, which has no file system).
struct FontBytes {
  const unsigned char* data = nullptr;
  int size = 0;
};
struct FontSource {
  std::string dir;
  FontBytes ui, icons;  // used when their data is set
};

class Theme {
 public:
  explicit Theme(FontSource fonts) : fonts_(std::move(fonts)) {}
  bool update(const ThemeInputs& in);
  float baseFontSize() const { return baseSize_; }

 private:
  void loadFonts(float rasterScale, bool presenting);
  void applyStyle(const ThemeInputs& in);

  FontSource fonts_;
  ThemeInputs current_{0.0f, 0.0f, false, false};
  float baseSize_ = 16.0f;
};

// Headings: the same face, larger. Falls back to the current font before update().
void pushHeadingFont();
void popHeadingFont();
// Presenter mode's large text; the heading font while the display font is not loaded.
void pushDisplayFont();

}  // namespace nwk::ui
