# nwk_web_app(TARGET DIR [EXPORTS fn...]): links TARGET with the project's one set of
# Emscripten flags (the app and the bare "hello" baseline get exactly the same) and makes DIR
# a page to ship: TARGET.<hash>.js + .wasm under content-hashed names (cmake/Fingerprint.cmake),
# DIR/index.html from web/index.html.in naming them, the page's static files, and a .gz and a
# .br beside every file of DIR (cmake/Precompress.cmake, target <DIR's name>_precompressed,
# run after every page built into DIR).
set(NWK_WEB_STATIC ${PROJECT_SOURCE_DIR}/web/style.css ${PROJECT_SOURCE_DIR}/web/loader.js)

function(nwk_web_app target dir)
  cmake_parse_arguments(ARG "" "" "EXPORTS" ${ARGN})
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

  # After every link (so that building TARGET alone updates DIR) and when the page changes.
  set(template ${PROJECT_SOURCE_DIR}/web/index.html.in)
  set(fingerprint ${CMAKE_COMMAND} -DAPP=${target} -DLINKED=${linked} -DSITE=${dir} -DTEMPLATE=${template}
      -DPAGE=index.html -P ${PROJECT_SOURCE_DIR}/cmake/Fingerprint.cmake)
  add_custom_command(TARGET ${target} POST_BUILD COMMAND ${fingerprint} VERBATIM)
  add_custom_command(OUTPUT ${dir}/index.html COMMAND ${fingerprint} VERBATIM
    DEPENDS ${target} ${template} ${PROJECT_SOURCE_DIR}/cmake/Fingerprint.cmake)
  set(copies ${dir}/index.html)
  foreach(src IN LISTS NWK_WEB_STATIC)
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
