// Icon glyphs (Font Awesome 4.7, Debian fonts-font-awesome) as UTF-8 strings.
// cmake/Assets.cmake subsets the icon font to exactly the code points listed here.
#pragma once
#include <string>

namespace nwk::icon {
inline constexpr const char* kMenu = "\uf0c9";
inline constexpr const char* kInfo = "\uf05a";
inline constexpr const char* kMinus = "\uf068";
inline constexpr const char* kPlus = "\uf067";
inline constexpr const char* kCheck = "\uf00c";
inline constexpr const char* kMap = "\uf279";
inline constexpr const char* kWarning = "\uf071";
inline constexpr const char* kLightbulb = "\uf0eb";
inline constexpr const char* kBalance = "\uf24e";
inline constexpr const char* kChart = "\uf080";
inline constexpr const char* kWrench = "\uf0ad";
inline constexpr const char* kUndo = "\uf0e2";
inline constexpr const char* kRedo = "\uf01e";
inline constexpr const char* kFile = "\uf15b";
inline constexpr const char* kFolderOpen = "\uf07c";
inline constexpr const char* kSave = "\uf0c7";
inline constexpr const char* kMerge = "\uf0ec";
inline constexpr const char* kHistory = "\uf1da";
inline constexpr const char* kPencil = "\uf040";
inline constexpr const char* kTrash = "\uf1f8";
inline constexpr const char* kUp = "\uf062";
inline constexpr const char* kDown = "\uf063";
inline constexpr const char* kCode = "\uf121";
inline constexpr const char* kStar = "\uf005";
inline constexpr const char* kSearch = "\uf002";
inline constexpr const char* kMarker = "\uf041";
inline constexpr const char* kLink = "\uf0c1";
inline constexpr const char* kExpand = "\uf065";
inline constexpr const char* kClose = "\uf00d";
inline constexpr const char* kTable = "\uf0ce";
inline constexpr const char* kList = "\uf03a";
inline constexpr const char* kUpload = "\uf093";
inline constexpr const char* kBrokenChain = "\uf127";
inline constexpr const char* kHand = "\uf256";
inline constexpr const char* kTasks = "\uf0ae";
// Offer categories (Category::icon keys, see model.cpp).
inline constexpr const char* kChild = "\uf1ae";
inline constexpr const char* kGraduation = "\uf19d";
inline constexpr const char* kHome = "\uf015";
inline constexpr const char* kComments = "\uf086";
inline constexpr const char* kFutbol = "\uf1e3";
inline constexpr const char* kMedkit = "\uf0fa";
inline constexpr const char* kTree = "\uf1bb";
inline constexpr const char* kBriefcase = "\uf0b1";
inline constexpr const char* kCircle = "\uf111";

// The glyph for a category's icon key; a plain dot for unknown keys.
const char* categoryIcon(const std::string& key);
}  // namespace nwk::icon
