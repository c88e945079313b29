// Icon glyphs (Font Awesome 4.7, Debian fonts-font-awesome) as UTF-8 strings.
// cmake/Assets.cmake subsets the icon font to exactly the code points listed here.
#pragma once

namespace nwk::icon {
inline constexpr const char* kMenu = "\uf0c9";
inline constexpr const char* kGlobe = "\uf0ac";
inline constexpr const char* kInfo = "\uf05a";
inline constexpr const char* kMinus = "\uf068";
inline constexpr const char* kPlus = "\uf067";
inline constexpr const char* kCheck = "\uf00c";
inline constexpr const char* kClose = "\uf00d";
inline constexpr const char* kMap = "\uf279";
inline constexpr const char* kWarning = "\uf071";
inline constexpr const char* kLightbulb = "\uf0eb";
inline constexpr const char* kBalance = "\uf24e";
inline constexpr const char* kChart = "\uf080";
inline constexpr const char* kWrench = "\uf0ad";
}  // namespace nwk::icon
