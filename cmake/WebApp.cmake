# nwk_web_app(TARGET DIR [EXPORTS fn...] [PAGE name.html TEMPLATE file.in] [FILES file...]): links TARGET as
# DIR/TARGET.js + .wasm with the project's one set of Emscripten flags (the app, the participant page and
# the bare "hello" baseline get exactly the same), and writes DIR/PAGE (default index.html) from TEMPLATE
# (default web/index.html.in) plus the page's static files (style.css, loader.js and FILES).
set(NWK_WEB_STATIC ${PROJECT_SOURCE_DIR}/web/style.css ${PROJECT_SOURCE_DIR}/web/loader.js)

function(nwk_web_app target dir)
  cmake_parse_arguments(ARG "" "PAGE;TEMPLATE" "EXPORTS;FILES" ${ARGN})
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
  configure_file(${ARG_TEMPLATE} ${dir}/${ARG_PAGE} @ONLY)
  set(copies)
  foreach(src IN LISTS NWK_WEB_STATIC ARG_FILES)
    get_filename_component(name ${src} NAME)
    add_custom_command(OUTPUT ${dir}/${name} DEPENDS ${src}
      COMMAND ${CMAKE_COMMAND} -E copy_if_different ${src} ${dir}/${name})
    list(APPEND copies ${dir}/${name})
  endforeach()
  add_custom_target(${target}_page ALL DEPENDS ${copies})
endfunction()
