// Dear ImGui build configuration for Netzwerkkarte (IMGUI_USER_CONFIG).
// 32-bit draw indices: WebGL2 cannot draw with a base vertex, and district maps easily
// exceed 65,535 vertices in one draw list. 32-bit characters: an emoji or any character
// beyond U+FFFF typed or pasted into a field is kept (16-bit ImWchar turned it into U+FFFD,
// silently changing what was typed). NWK_IMGUI_TEST_ENGINE switches on the item hooks
// that app/ui/automation.cpp implements for browser tests. NWK_IMGUI_LEAN (the participant
// page, held within 1.15x of the bare page's download): no Metrics/Debug Log/ID Stack tools.
#pragma once
#define ImDrawIdx unsigned int
#define IMGUI_USE_WCHAR32
#define IMGUI_DISABLE_OBSOLETE_FUNCTIONS
#define IMGUI_DISABLE_OBSOLETE_KEYIO
#ifdef NWK_IMGUI_TEST_ENGINE
#define IMGUI_ENABLE_TEST_ENGINE
#endif
#ifdef NWK_IMGUI_LEAN
#define IMGUI_DISABLE_DEBUG_TOOLS
#endif
