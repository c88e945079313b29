# cmake -DENTRIES="Name|file;..." -DOUT=LICENSES.txt -P WriteLicenses.cmake
# Concatenates the licence files of the app's components under readable headings.
set(text "Netzwerkkarte: Lizenzen der enthaltenen Komponenten / licences of the included components\n")
string(APPEND text "Netzwerkkarte itself: see the project's repository.\n")
foreach(entry IN LISTS ENTRIES)
  string(REPLACE "|" ";" parts "${entry}")
  list(GET parts 0 name)
  list(GET parts 1 file)
  file(READ "${file}" body)
  string(APPEND text "\n\n==================================================================\n"
                     "${name}\n"
                     "==================================================================\n\n${body}")
endforeach()
file(WRITE "${OUT}" "${text}")
