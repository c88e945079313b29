# cmake -DAPP=name -DLINKED=dir -DSITE=dir -DTEMPLATE=index.html.in -DPAGE=index.html -P Fingerprint.cmake
# Puts the app that the linker wrote to LINKED/APP.{js,wasm} into SITE under content-hashed
# names, APP.<12 hex>.js and APP.<12 hex>.wasm (the first 12 hex digits of a SHA-256 over both),
# removes the copies of earlier builds (and their .gz/.br), and writes SITE/PAGE from TEMPLATE
# with @NWK_APP_SCRIPT@ = "APP.<12 hex>" (web/loader.js loads that name's .js and .wasm).
# A changed app gets new names, so browsers and proxies may keep a name forever.
file(SHA256 ${LINKED}/${APP}.js js_hash)
file(SHA256 ${LINKED}/${APP}.wasm wasm_hash)
string(SHA256 hash "${js_hash}${wasm_hash}")
string(SUBSTRING ${hash} 0 12 hash)

string(REPEAT "[0-9a-f]" 12 any_hash)
file(GLOB built RELATIVE ${SITE} ${SITE}/${APP}.*)
foreach(name IN LISTS built)
  if(name MATCHES "^${APP}\\.(${any_hash}\\.)?(js|wasm)(\\.gz|\\.br)?$" AND NOT name MATCHES "^${APP}\\.${hash}\\.")
    file(REMOVE ${SITE}/${name})
  endif()
endforeach()

file(MAKE_DIRECTORY ${SITE})
foreach(ext js wasm)
  file(COPY_FILE ${LINKED}/${APP}.${ext} ${SITE}/${APP}.${hash}.${ext} ONLY_IF_DIFFERENT)
endforeach()
set(NWK_APP_SCRIPT ${APP}.${hash})
configure_file(${TEMPLATE} ${SITE}/${PAGE} @ONLY)
