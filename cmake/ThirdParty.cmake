# Third-party targets, all from Debian packages:
#   nwk_sdl2    SDL2 (+ OpenGL natively): wasm SDL2 from NWK_SDL2_WASM_PREFIX, else libsdl2-dev.
#   nwk_cereal  cereal headers (libcereal-dev; its JSON archives and their RapidJSON are not used).
#   nwk_imgui_library(NAME [TEST_ENGINE] [LEAN]) Dear ImGui from NWK_IMGUI_DIR with the SDL2 and
#               OpenGL 3 backends and 32-bit draw indices; TEST_ENGINE turns on the item
#               hooks that app/ui/automation.cpp implements. LEAN (a page that brings its own
#               fonts): no debug tools, and no built-in ProggyClean font (9 KB gzip): its
#               imgui_draw.cpp is Debian's with AddFontDefault() returning NULL, as 1.91's
#               IMGUI_DISABLE_DEFAULT_FONT does (1.90.1 has no such switch).

add_library(nwk_cereal INTERFACE)
if(EMSCRIPTEN)
  # emcc does not search /usr/include and -I/usr/include drags in glibc: link just cereal.
  set(_inc ${CMAKE_BINARY_DIR}/system-headers)
  file(MAKE_DIRECTORY ${_inc})
  file(CREATE_LINK /usr/include/cereal ${_inc}/cereal SYMBOLIC)
  target_include_directories(nwk_cereal SYSTEM INTERFACE ${_inc})
endif()

if(NOT NWK_IMGUI_DIR)
  return()   # core-only configuration (e.g. a fuzz or CLI build): no UI targets
endif()

add_library(nwk_sdl2 INTERFACE)
if(EMSCRIPTEN)
  if(NOT EXISTS "${NWK_SDL2_WASM_PREFIX}/lib/libSDL2.a")
    message(FATAL_ERROR "NWK_SDL2_WASM_PREFIX must point at a wasm SDL2 install (scripts/lib.sh builds it)")
  endif()
  # SDL2 first: emscripten's sysroot carries SDL1 headers in include/SDL.
  target_include_directories(nwk_sdl2 SYSTEM BEFORE INTERFACE ${NWK_SDL2_WASM_PREFIX}/include/SDL2)
  target_link_libraries(nwk_sdl2 INTERFACE ${NWK_SDL2_WASM_PREFIX}/lib/libSDL2.a)
else()
  find_package(SDL2 REQUIRED)
  find_package(OpenGL REQUIRED)
  target_link_libraries(nwk_sdl2 INTERFACE SDL2::SDL2 OpenGL::GL ${CMAKE_DL_LIBS})
endif()

function(nwk_imgui_library name)
  cmake_parse_arguments(ARG "TEST_ENGINE;LEAN" "" "" ${ARGN})
  set(draw ${NWK_IMGUI_DIR}/imgui_draw.cpp)
  if(ARG_LEAN)
    set(draw ${CMAKE_CURRENT_BINARY_DIR}/${name}/imgui_draw.cpp)
    nwk_imgui_draw_without_default_font(${draw})
  endif()
  add_library(${name} STATIC
    ${NWK_IMGUI_DIR}/imgui.cpp ${draw}
    ${NWK_IMGUI_DIR}/imgui_tables.cpp ${NWK_IMGUI_DIR}/imgui_widgets.cpp
    ${NWK_IMGUI_DIR}/misc/cpp/imgui_stdlib.cpp
    ${NWK_IMGUI_DIR}/backends/imgui_impl_sdl2.cpp ${NWK_IMGUI_DIR}/backends/imgui_impl_opengl3.cpp)
  target_include_directories(${name} SYSTEM PUBLIC ${NWK_IMGUI_DIR} ${NWK_IMGUI_DIR}/backends
                                                 ${NWK_IMGUI_DIR}/misc/cpp)
  target_compile_definitions(${name} PUBLIC
    IMGUI_USER_CONFIG="${PROJECT_SOURCE_DIR}/app/ui/imconfig_nwk.h"
    $<$<BOOL:${ARG_TEST_ENGINE}>:NWK_IMGUI_TEST_ENGINE> $<$<BOOL:${ARG_LEAN}>:NWK_IMGUI_LEAN>)
  target_link_libraries(${name} PUBLIC nwk_sdl2)
endfunction()

# Writes OUT: Debian's imgui_draw.cpp whose AddFontDefault() returns NULL before it touches the
# ProggyClean data, which the optimizer then drops. Fails when the source no longer matches.
function(nwk_imgui_draw_without_default_font out)
  set(src ${NWK_IMGUI_DIR}/imgui_draw.cpp)
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${src})
  file(READ ${src} text)
  set(line "    const char* ttf_compressed_base85 = GetDefaultCompressedFontDataTTFBase85();")
  string(FIND "${text}" "${line}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "${src}: AddFontDefault() changed; nwk_imgui_draw_without_default_font needs updating")
  endif()
  string(REPLACE "${line}" "    (void)font_cfg; return NULL;  // Netzwerkkarte: no built-in font in a LEAN build\n${line}"
         text "${text}")
  file(WRITE ${out}.in "${text}")
  configure_file(${out}.in ${out} COPYONLY)  # rewritten only when it changed
endfunction()

file(STRINGS ${NWK_IMGUI_DIR}/imgui.h _ver REGEX "^#define IMGUI_VERSION +\"")
string(REGEX MATCH "[0-9.]+" NWK_IMGUI_VERSION "${_ver}")
