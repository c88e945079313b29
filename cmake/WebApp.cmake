# nwk_web_app(TARGET DIR [OFFLINE] [EXPORTS fn...] [PAGE name.html TEMPLATE file.in] [FILES file...]): links
# TARGET as DIR/TARGET.js + .wasm with the project's one set of Emscripten flags (the app, the participant
# page and the bare "hello" baseline get exactly the same), and writes DIR/PAGE (default index.html) from
# TEMPLATE (default web/index.html.in) plus the page's static files (style.css, loader.js and FILES).
# OFFLINE: the page is installable and works offline: it links the web app manifest, and the
# site gets the service worker (web/sw.js, started by loader.js), the manifest and the icons
# (PNGs drawn from web/icon.svg by rsvg-convert at build time).
set(NWK_WEB_STATIC ${PROJECT_SOURCE_DIR}/web/style.css ${PROJECT_SOURCE_DIR}/web/loader.js)
set(NWK_WEB_OFFLINE ${PROJECT_SOURCE_DIR}/web/sw.js ${PROJECT_SOURCE_DIR}/web/manifest.webmanifest
    ${PROJECT_SOURCE_DIR}/web/icon.svg)
set(NWK_WEB_ICON_SIZES 192 512)

function(nwk_web_app target dir)
  cmake_parse_arguments(ARG "OFFLINE" "PAGE;TEMPLATE" "EXPORTS;FILES" ${ARGN})
  if(NOT ARG_PAGE)
    set(ARG_PAGE index.html)
    set(ARG_TEMPLATE ${PROJECT_SOURCE_DIR}/web/index.html.in)
  endif()
  set(exports main malloc free ${ARG_EXPORTS})
  list(TRANSFORM exports PREPEND "_")
  list(JOIN exports "," exports)
  set_target_properties(${target} PROPERTIES SUFFIX ".js" RUNTIME_OUTPUT_DIRECTORY ${dir})
  target_link_options(${target} PRIVATE
    -sALLOW_MEMORY_GROWTH=1 -sENVIRONMENT=web
    -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2
    -sEXPORTED_RUNTIME_METHODS=ccall,UTF8ToString
    -sEXPORTED_FUNCTIONS=${exports})
  # target_link_options would mangle the '$': append to LINK_FLAGS in single quotes.
  set_property(TARGET ${target} APPEND_STRING PROPERTY LINK_FLAGS
    " '-sDEFAULT_LIBRARY_FUNCS_TO_INCLUDE=$autoResumeAudioContext,$dynCall'")
  set(NWK_APP_SCRIPT ${target})
  set(static ${NWK_WEB_STATIC})
  set(NWK_APP_HEAD "")
  set(copies)
  if(ARG_OFFLINE)
    list(APPEND static ${NWK_WEB_OFFLINE})
    set(NWK_APP_HEAD "<link rel=\"manifest\" href=\"manifest.webmanifest\">\n  <link rel=\"apple-touch-icon\" href=\"icon-192.png\">")
    find_program(RSVG_CONVERT rsvg-convert REQUIRED)
    foreach(size IN LISTS NWK_WEB_ICON_SIZES)
      add_custom_command(OUTPUT ${dir}/icon-${size}.png DEPENDS ${PROJECT_SOURCE_DIR}/web/icon.svg
        COMMAND ${RSVG_CONVERT} -w ${size} -h ${size} -o ${dir}/icon-${size}.png ${PROJECT_SOURCE_DIR}/web/icon.svg
        VERBATIM)
      list(APPEND copies ${dir}/icon-${size}.png)
    endforeach()
  endif()
  configure_file(${ARG_TEMPLATE} ${dir}/${ARG_PAGE} @ONLY)
  foreach(src IN LISTS static ARG_FILES)
    get_filename_component(name ${src} NAME)
    add_custom_command(OUTPUT ${dir}/${name} DEPENDS ${src}
      COMMAND ${CMAKE_COMMAND} -E copy_if_different ${src} ${dir}/${name})
    list(APPEND copies ${dir}/${name})
  endforeach()
  add_custom_target(${target}_page ALL DEPENDS ${copies})
endfunction()
