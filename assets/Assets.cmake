# nwk_assets(TARGET FONT_DIR LICENSES SDL2_LICENSE): prepares at build time, from Debian packages,
#   FONT_DIR/ui.otf     Inter Regular, subset to the letters below and typographic punctuation
#   FONT_DIR/icons.ttf  Font Awesome 4.7, subset to the icons app/ui/icons.hpp names
#   LICENSES            a text file with the licences of everything the app contains
# nwk_participant_fonts(OUT_CPP UI_FONT WORKDIR): the participant page's fonts embedded in its
#   code (it has no file system): UI_FONT (ui.otf above, without its name table) and an icon font with only the icons
#   the ballot draws (check, minus, plus), as the C++ file OUT_CPP (nwk_font_ui, nwk_font_icons).
set(NWK_FONT_UI /usr/share/fonts/opentype/inter/Inter-Regular.otf)
set(NWK_FONT_ICONS /usr/share/fonts/truetype/font-awesome/fontawesome-webfont.ttf)
# Latin-1, and from Latin Extended-A the letters of names in German municipalities' main
# other languages: Turkish, Polish, Czech/Slovak, Croatian/Bosnian, Romanian, Hungarian, French.
set(NWK_UI_UNICODES "U+0020-007E,U+00A0-00FF,U+0102-0107,U+010C-0111,U+0118-011B,U+011E-011F,U+0130-0131,U+0141-0144,U+0147-0148,U+0150-0153,U+0158-015B,U+015E-0165,U+016E-0171,U+0178-017E,U+2013-2014,U+2018-201E,U+2022,U+2026,U+2030,U+2039-203A,U+20AC,U+2190-2193,U+2212")

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

set(NWK_PARTICIPANT_ICONS "U+F00C,U+F067,U+F068")  # icon::kCheck, kPlus, kMinus

function(nwk_participant_fonts out ui_font workdir)
  find_program(PYFTSUBSET pyftsubset PATHS /usr/bin NO_DEFAULT_PATH REQUIRED)
  set(_embed ${PROJECT_SOURCE_DIR}/assets/EmbedFile.cmake)
  # Without the name table (its licence text is in LICENSES.txt): 0.7 KB gzip less.
  set(_bare --layout-features= --no-hinting --desubroutinize --notdef-outline --name-IDs= --name-languages=)
  add_custom_command(OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${workdir}
    COMMAND ${PYFTSUBSET} ${NWK_FONT_ICONS} --unicodes=${NWK_PARTICIPANT_ICONS} ${_bare}
            --output-file=${workdir}/icons.ttf
    COMMAND ${PYFTSUBSET} ${ui_font} --unicodes=* ${_bare} --output-file=${workdir}/ui.otf
    COMMAND ${CMAKE_COMMAND} "-DENTRIES=nwk_font_ui|${workdir}/ui.otf;nwk_font_icons|${workdir}/icons.ttf" -DOUT=${out}
            -P ${_embed}
    DEPENDS ${ui_font} ${NWK_FONT_ICONS} ${_embed} VERBATIM)
endfunction()
