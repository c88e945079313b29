# nwk_assets(TARGET FONT_DIR LICENSES SDL2_LICENSE): prepares at build time, from Debian packages,
#   FONT_DIR/ui.otf     Inter Regular, subset to Latin (German, French, Turkish, Polish ...)
#   FONT_DIR/icons.ttf  Font Awesome 4.7, subset to the icons app/ui/icons.hpp names
#   LICENSES            a text file with the licences of everything the app contains
set(NWK_FONT_UI /usr/share/fonts/opentype/inter/Inter-Regular.otf)
set(NWK_FONT_ICONS /usr/share/fonts/truetype/font-awesome/fontawesome-webfont.ttf)
set(NWK_UI_UNICODES "U+0020-007E,U+00A0-017F,U+0218-021B,U+2010-2027,U+2030-203A,U+20AC,U+2190-2193,U+2212,U+2264-2265")

function(nwk_assets target fontdir licenses sdl2_license)
  find_program(PYFTSUBSET pyftsubset PATHS /usr/bin NO_DEFAULT_PATH REQUIRED)
  file(STRINGS ${PROJECT_SOURCE_DIR}/app/ui/icons.hpp _icon_lines REGEX "\\\\u[0-9a-fA-F]+")
  string(REGEX MATCHALL "\\\\u[0-9a-fA-F]+" _codes "${_icon_lines}")
  string(REPLACE "\\u" "U+" _codes "${_codes}")
  string(REPLACE ";" "," _icon_unicodes "${_codes}")
  set(_subset ${PYFTSUBSET} --layout-features= --no-hinting --desubroutinize --notdef-outline
              --name-IDs=* --name-languages=*)
  add_custom_command(OUTPUT ${fontdir}/ui.otf
    COMMAND ${CMAKE_COMMAND} -E make_directory ${fontdir}
    COMMAND ${_subset} ${NWK_FONT_UI} --unicodes=${NWK_UI_UNICODES} --output-file=${fontdir}/ui.otf
    DEPENDS ${NWK_FONT_UI} VERBATIM)
  add_custom_command(OUTPUT ${fontdir}/icons.ttf
    COMMAND ${CMAKE_COMMAND} -E make_directory ${fontdir}
    COMMAND ${_subset} ${NWK_FONT_ICONS} --unicodes=${_icon_unicodes} --output-file=${fontdir}/icons.ttf
    DEPENDS ${NWK_FONT_ICONS} ${PROJECT_SOURCE_DIR}/app/ui/icons.hpp VERBATIM)
  set(_licenses
    "Dear ImGui ${NWK_IMGUI_VERSION}|${NWK_IMGUI_DIR}/LICENSE.txt"
    "SDL2|${sdl2_license}"
    "cereal|/usr/share/doc/libcereal-dev/copyright"
    "RapidJSON (used by cereal)|/usr/share/doc/rapidjson-dev/copyright"
    "Inter (font)|/usr/share/doc/fonts-inter/copyright"
    "Font Awesome 4.7 (icon font)|/usr/share/doc/fonts-font-awesome/copyright")
  if(EMSCRIPTEN)
    list(APPEND _licenses "Emscripten runtime, musl libc, LLVM libc++|/usr/share/doc/emscripten/copyright")
  endif()
  add_custom_command(OUTPUT ${licenses}
    COMMAND ${CMAKE_COMMAND} "-DENTRIES=${_licenses}" -DOUT=${licenses}
            -P ${PROJECT_SOURCE_DIR}/assets/WriteLicenses.cmake
    DEPENDS ${PROJECT_SOURCE_DIR}/assets/WriteLicenses.cmake VERBATIM)
  add_custom_target(${target} DEPENDS
    ${fontdir}/ui.otf ${fontdir}/icons.ttf ${licenses})
endfunction()
