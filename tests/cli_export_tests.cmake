# CLI tests for the exports (included from tests/CMakeLists.txt): the demo workshop in every
# format, wrong command lines, and export_check.py, which reads the CSV, GeoJSON, HTML and
# Markdown back as their users' tools do and compares them with the session.
find_package(Python3 REQUIRED COMPONENTS Interpreter)
set(NWK_EXPORT_OUT ${CMAKE_CURRENT_BINARY_DIR}/cli-export)
file(MAKE_DIRECTORY ${NWK_EXPORT_OUT})

add_test(NAME cli_export_prepare COMMAND netzwerkkarte-cli demo -o ${NWK_EXPORT_OUT}/demo.nwk)
set_tests_properties(cli_export_prepare PROPERTIES FIXTURES_SETUP cli_export_demo)

# Each format written, then shown: the top proposal of the closed round, the open round left out.
add_test(NAME cli_export_markdown
         COMMAND sh -c "\"$0\" export \"$1\" --format md -o \"$2\" && cat \"$2\""
                 $<TARGET_FILE:netzwerkkarte-cli> ${NWK_EXPORT_OUT}/demo.nwk ${NWK_EXPORT_OUT}/demo.md)
set_tests_properties(cli_export_markdown PROPERTIES FIXTURES_REQUIRED cli_export_demo
  PASS_REGULAR_EXPRESSION "^# Sozialraumkonferenz Musterstadt\n.*- \\*\\*1\\.\\*\\* Koordinierungsstelle als Lotse für Familien – 9 Punkte"
  FAIL_REGULAR_EXPRESSION "Gewichtung der Favoriten")
add_test(NAME cli_export_html_with_hidden_rounds
         COMMAND sh -c "\"$0\" export \"$1\" --format html --include-hidden -o \"$2\" && cat \"$2\""
                 $<TARGET_FILE:netzwerkkarte-cli> ${NWK_EXPORT_OUT}/demo.nwk ${NWK_EXPORT_OUT}/demo.html)
set_tests_properties(cli_export_html_with_hidden_rounds PROPERTIES FIXTURES_REQUIRED cli_export_demo
  PASS_REGULAR_EXPRESSION "^<!doctype html><html lang=de>.*<svg role=img.*Gewichtung der Favoriten</h3>.*<p class=interim>Zwischenergebnis")
add_test(NAME cli_export_csv_rfc4180
         COMMAND sh -c "\"$0\" export \"$1\" --format csv --table proposals --rfc4180 -o \"$2\" && cat \"$2\""
                 $<TARGET_FILE:netzwerkkarte-cli> ${NWK_EXPORT_OUT}/demo.nwk ${NWK_EXPORT_OUT}/proposals.csv)
set_tests_properties(cli_export_csv_rfc4180 PROPERTIES FIXTURES_REQUIRED cli_export_demo
  PASS_REGULAR_EXPRESSION "^ID,Altersgruppe,Lösungsvorschlag,Ebene,Probleme,Punktabfrage Plenum: Rang,Punktabfrage Plenum: Ergebnis\r\n")

# Wrong command lines exit 2 with the usage; a missing session file exits 1.
add_test(NAME cli_export_unknown_format
         COMMAND sh -c "\"$0\" export \"$1\" --format pdf -o x.pdf; test $? -eq 2" $<TARGET_FILE:netzwerkkarte-cli> ${NWK_EXPORT_OUT}/demo.nwk)
set_tests_properties(cli_export_unknown_format PROPERTIES FIXTURES_REQUIRED cli_export_demo PASS_REGULAR_EXPRESSION "export FILE --format")
add_test(NAME cli_export_unknown_table
         COMMAND sh -c "\"$0\" export \"$1\" --format csv --table ballots -o x.csv; test $? -eq 2" $<TARGET_FILE:netzwerkkarte-cli> ${NWK_EXPORT_OUT}/demo.nwk)
set_tests_properties(cli_export_unknown_table PROPERTIES FIXTURES_REQUIRED cli_export_demo)
add_test(NAME cli_export_missing_session
         COMMAND sh -c "\"$0\" export fehlt.nwk --format md -o x.md; test $? -eq 1" $<TARGET_FILE:netzwerkkarte-cli>)
set_tests_properties(cli_export_missing_session PROPERTIES PASS_REGULAR_EXPRESSION "fehlt\\.nwk")

add_test(NAME cli_export_read_back_by_python
         COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/export_check.py $<TARGET_FILE:netzwerkkarte-cli> ${NWK_EXPORT_OUT}/check)
set_tests_properties(cli_export_read_back_by_python PROPERTIES PASS_REGULAR_EXPRESSION "^OK: exports of 50 offers checked, 0 failures")
