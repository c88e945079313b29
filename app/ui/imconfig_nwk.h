// Dear ImGui build configuration for Netzwerkkarte (IMGUI_USER_CONFIG).
// 32-bit draw indices: WebGL2 cannot draw with a base vertex, and district maps easily
// exceed 65,535 vertices in one draw list. NWK_IMGUI_TEST_ENGINE switches on the item hooks
// that app/ui/automation.cpp implements for browser tests.
#pragma once
#define ImDrawIdx unsigned int
#define IMGUI_DISABLE_OBSOLETE_FUNCTIONS
#define IMGUI_DISABLE_OBSOLETE_KEYIO
#ifdef NWK_IMGUI_TEST_ENGINE
#define IMGUI_ENABLE_TEST_ENGINE
#endif
