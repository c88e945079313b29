#include "ui/icons.hpp"

namespace nwk::icon {

const char* categoryIcon(const std::string& key) {
  static constexpr struct {
    const char* key;
    const char* glyph;
  } kGlyphs[] = {{"daycare", kChild}, {"school", kGraduation}, {"family", kHome},  {"counselling", kComments},
                 {"youth", kFutbol},  {"health", kMedkit},     {"leisure", kTree}, {"jobs", kBriefcase}};
  for (const auto& g : kGlyphs)
    if (key == g.key) return g.glyph;
  return kCircle;
}

}  // namespace nwk::icon
