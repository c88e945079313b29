# nwk_web_app(TARGET DIR [OFFLINE] [EXPORTS fn...] [PAGE name.html TEMPLATE file.in] [FILES file...]):
# links TARGET with the project's one set of Emscripten flags (the app, the participant page and
# the bare "hello" baseline get exactly the same) and makes DIR a page to ship: TARGET.<hash>.js
# + .wasm under content-hashed names (cmake/Fingerprint.cmake), DIR/PAGE (default index.html)
# from TEMPLATE (default web/index.html.in) naming them, the page's static files (style.css,
# loader.js and FILES), and a .gz and a .br beside every file of DIR (cmake/Precompress.cmake,
# target <DIR's name>_precompressed, run after every page built into DIR).
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
  # The linker's output stays outside DIR; DIR gets the hashed copies.
  set(linked ${CMAKE_CURRENT_BINARY_DIR}/${target}.linked)
  set_target_properties(${target} PROPERTIES SUFFIX ".js" RUNTIME_OUTPUT_DIRECTORY ${linked})
  target_link_options(${target} PRIVATE
    -sALLOW_MEMORY_GROWTH=1 -sENVIRONMENT=web
    -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2
    -sEXPORTED_RUNTIME_METHODS=ccall,UTF8ToString
    -sEXPORTED_FUNCTIONS=${exports})
  # target_link_options would mangle the '$': append to LINK_FLAGS in single quotes.
  set_property(TARGET ${target} APPEND_STRING PROPERTY LINK_FLAGS
    " '-sDEFAULT_LIBRARY_FUNCS_TO_INCLUDE=$autoResumeAudioContext,$dynCall'")

  set(static ${NWK_WEB_STATIC})
  set(head "")
  set(copies)
  if(ARG_OFFLINE)
    list(APPEND static ${NWK_WEB_OFFLINE})
    set(head "<link rel=\"manifest\" href=\"manifest.webmanifest\"> <link rel=\"apple-touch-icon\" href=\"icon-192.png\">")
    find_program(RSVG_CONVERT rsvg-convert REQUIRED)
    foreach(size IN LISTS NWK_WEB_ICON_SIZES)
      add_custom_command(OUTPUT ${dir}/icon-${size}.png DEPENDS ${PROJECT_SOURCE_DIR}/web/icon.svg
        COMMAND ${RSVG_CONVERT} -w ${size} -h ${size} -o ${dir}/icon-${size}.png ${PROJECT_SOURCE_DIR}/web/icon.svg
        VERBATIM)
      list(APPEND copies ${dir}/icon-${size}.png)
    endforeach()
  endif()

  # After every link (so that building TARGET alone updates DIR) and when the page changes.
  set(fingerprint ${CMAKE_COMMAND} -DAPP=${target} -DLINKED=${linked} -DSITE=${dir} -DTEMPLATE=${ARG_TEMPLATE}
      -DPAGE=${ARG_PAGE} "-DNWK_APP_HEAD=${head}" -P ${PROJECT_SOURCE_DIR}/cmake/Fingerprint.cmake)
  add_custom_command(TARGET ${target} POST_BUILD COMMAND ${fingerprint} VERBATIM)
  add_custom_command(OUTPUT ${dir}/${ARG_PAGE} COMMAND ${fingerprint} VERBATIM
    DEPENDS ${target} ${ARG_TEMPLATE} ${PROJECT_SOURCE_DIR}/cmake/Fingerprint.cmake)
  list(APPEND copies ${dir}/${ARG_PAGE})
  foreach(src IN LISTS static ARG_FILES)
    get_filename_component(name ${src} NAME)
    add_custom_command(OUTPUT ${dir}/${name} DEPENDS ${src}
      COMMAND ${CMAKE_COMMAND} -E copy_if_different ${src} ${dir}/${name})
    list(APPEND copies ${dir}/${name})
  endforeach()
  add_custom_target(${target}_page ALL DEPENDS ${copies})

  get_filename_component(site ${dir} NAME)
  if(NOT TARGET ${site}_precompressed)
    add_custom_target(${site}_precompressed ALL VERBATIM
      COMMAND ${CMAKE_COMMAND} -DSITE=${dir} -P ${PROJECT_SOURCE_DIR}/cmake/Precompress.cmake)
  endif()
  add_dependencies(${site}_precompressed ${target} ${target}_page)
endfunction()
