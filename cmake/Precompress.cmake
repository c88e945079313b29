# cmake -DSITE=dir -P Precompress.cmake
# Gives every file in SITE (sub-folders included) a gzip -9 (X.gz) and a brotli -q 11 (X.br)
# sibling for servers that send them to clients accepting that encoding (netzwerkkarte-server,
# nginx gzip_static, Apache rewrite rules: README). A sibling is made again when X is newer;
# it is dropped when X is gone or when it saves less than 5 % (already compressed formats are
# skipped at once), so the folder holds no stale or useless variants.
set(skip "\\.(gz|br|png|jpe?g|gif|webp|avif|woff2?|zip|mp4|webm)$")

file(GLOB_RECURSE files LIST_DIRECTORIES false ${SITE}/*)
foreach(file IN LISTS files)
  string(REGEX REPLACE "\\.(gz|br)$" "" original ${file})
  if(NOT original STREQUAL file AND NOT EXISTS ${original})
    file(REMOVE ${file})
  endif()
endforeach()

function(precompress file suffix)
  if(NOT ${file} IS_NEWER_THAN ${file}${suffix})
    return()
  endif()
  execute_process(COMMAND ${ARGN} ${file} OUTPUT_FILE ${file}${suffix} RESULT_VARIABLE failed)
  if(failed)
    file(REMOVE ${file}${suffix})
    message(FATAL_ERROR "${ARGN} ${file}: ${failed}")
  endif()
  file(SIZE ${file} original)
  file(SIZE ${file}${suffix} compressed)
  math(EXPR worth "${original} * 95 / 100")
  if(compressed GREATER_EQUAL worth)
    file(REMOVE ${file}${suffix})
  endif()
endfunction()

foreach(file IN LISTS files)
  if(file MATCHES "${skip}")
    continue()
  endif()
  precompress(${file} .gz gzip -9 -n -c)
  precompress(${file} .br brotli -q 11 -c)
endforeach()
