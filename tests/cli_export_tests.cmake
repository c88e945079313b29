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
  PASS_REGULAR_EXPRESSION "^ID,Altersgruppe,Lösungsvorschlag,Ebene,Probleme,Stadtteile,Genannt an Tischen,Auch genannt in,Themen,Punktabfrage Plenum: Rang,Punktabfrage Plenum: Ergebnis\r\n")
add_test(NAME cli_export_csv_districts_and_strengths
         COMMAND sh -c "\"$0\" export \"$1\" --format csv --table districts --rfc4180 -o \"$2/districts.csv\" && \"$0\" export \"$1\" --format csv --table strengths -o \"$2/strengths.csv\" && cat \"$2/districts.csv\" \"$2/strengths.csv\""
                 $<TARGET_FILE:netzwerkkarte-cli> ${NWK_EXPORT_OUT}/demo.nwk ${NWK_EXPORT_OUT})
set_tests_properties(cli_export_csv_districts_and_strengths PROPERTIES FIXTURES_REQUIRED cli_export_demo
  PASS_REGULAR_EXPRESSION "^Name,Schlüssel,Angebote,Notiz,Kinder 0-3 \\(Personen\\),.*\r\nAltstadt,01,[0-9]+,,140,.*ID;Altersgruppe;Was läuft gut\r\n")

# The workbook read by openpyxl (Debian's python3-openpyxl, so Debian's python3): a sheet per
# table, bold frozen headers with filters, the code "01" as text, numbers as numbers.
find_program(NWK_DEBIAN_PYTHON python3 PATHS /usr/bin NO_DEFAULT_PATH)
add_test(NAME cli_export_xlsx_read_by_openpyxl
         COMMAND ${NWK_DEBIAN_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/xlsx_check.py $<TARGET_FILE:netzwerkkarte-cli>
                 ${NWK_EXPORT_OUT}/demo.nwk ${NWK_EXPORT_OUT}/demo.xlsx)
set_tests_properties(cli_export_xlsx_read_by_openpyxl PROPERTIES FIXTURES_REQUIRED cli_export_demo
  PASS_REGULAR_EXPRESSION "^OK: 7 sheets, [0-9]+ cells checked, 0 failures")

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

# compare: the demo after the conference and its follow-up a year later, both written by the
# CLI; the JSON names the three offers opened since, the Markdown is headed in German.
add_test(NAME cli_compare_demo_follow_up
         COMMAND sh -c "\"$0\" demo --after \"$1/after.nwk\" && \"$0\" demo --follow-up \"$1/follow-up.nwk\" && \"$0\" compare \"$1/after.nwk\" \"$1/follow-up.nwk\""
                 $<TARGET_FILE:netzwerkkarte-cli> ${NWK_EXPORT_OUT})
set_tests_properties(cli_compare_demo_follow_up PROPERTIES FIXTURES_SETUP cli_compare_demo
  PASS_REGULAR_EXPRESSION "\"offers\":{\"added\":\\[\"Krippe Sonnenkinder\",\"Lernwerkstatt Westend\",\"Jugendtreff Am Rand\"\\],\"closed\":\\[\"[^\"]+\"\\],")
add_test(NAME cli_compare_markdown
         COMMAND $<TARGET_FILE:netzwerkkarte-cli> compare ${NWK_EXPORT_OUT}/after.nwk ${NWK_EXPORT_OUT}/follow-up.nwk --format md)
set_tests_properties(cli_compare_markdown PROPERTIES FIXTURES_REQUIRED cli_compare_demo
  PASS_REGULAR_EXPRESSION "^# Was sich verändert hat\n.*## Neue Angebote\n\n- \\*\\*Krippe Sonnenkinder\\*\\*")
add_test(NAME cli_compare_unknown_format
         COMMAND sh -c "\"$0\" compare \"$1/after.nwk\" \"$1/follow-up.nwk\" --format pdf; test $? -eq 2"
                 $<TARGET_FILE:netzwerkkarte-cli> ${NWK_EXPORT_OUT})
set_tests_properties(cli_compare_unknown_format PROPERTIES FIXTURES_REQUIRED cli_compare_demo PASS_REGULAR_EXPRESSION "compare OLD NEW")

# progress: the demo after the conference (its own file), its progress report on 1 July 2026:
# HTML written with -o, CSV on stdout; a date that does not exist exits 1 and names it.
add_test(NAME cli_progress_prepare COMMAND netzwerkkarte-cli demo --after ${NWK_EXPORT_OUT}/progress.nwk)
set_tests_properties(cli_progress_prepare PROPERTIES FIXTURES_SETUP cli_progress_demo)
add_test(NAME cli_progress_html
         COMMAND sh -c "\"$0\" progress \"$1\" --since 2026-05-01 --today 01.07.2026 -o \"$2\" && cat \"$2\""
                 $<TARGET_FILE:netzwerkkarte-cli> ${NWK_EXPORT_OUT}/progress.nwk ${NWK_EXPORT_OUT}/progress.html)
set_tests_properties(cli_progress_html PROPERTIES FIXTURES_REQUIRED cli_progress_demo
  PASS_REGULAR_EXPRESSION "^<!doctype html><html lang=de>.*Stand: 01\\.07\\.2026.*<main>.*Neue Sachstände seit 01\\.05\\.2026.*<td>Landkreis, Jugendhilfeplanung<br>Partner: Kita-Träger Nordstadt</td><td>31\\.03\\.2026</td><td>geplant, überfällig</td>"
  FAIL_REGULAR_EXPRESSION "https?:|<th scope=row>10\\.04\\.2026</th>")  # the note before --since
add_test(NAME cli_progress_csv
         COMMAND netzwerkkarte-cli progress ${NWK_EXPORT_OUT}/progress.nwk --today 2026-07-01 --format csv)
set_tests_properties(cli_progress_csv PROPERTIES FIXTURES_REQUIRED cli_progress_demo
  PASS_REGULAR_EXPRESSION "Handlungsfeld;Maßnahme;Zuständig;Partner;Frist;Status;Grund für das Verwerfen;Überfällig;[^\r]*\r\nÜbergang Kita-Schule;Zentrale Kita-Platzvergabe;Landkreis, Jugendhilfeplanung;Kita-Träger Nordstadt;2026-03-31;geplant;;ja;60;0;Regelfinanzierung;2026-04-10;")
add_test(NAME cli_progress_bad_date
         COMMAND sh -c "\"$0\" progress \"$1\" --today 31.02.2026; test $? -eq 1" $<TARGET_FILE:netzwerkkarte-cli> ${NWK_EXPORT_OUT}/progress.nwk)
set_tests_properties(cli_progress_bad_date PROPERTIES FIXTURES_REQUIRED cli_progress_demo
  PASS_REGULAR_EXPRESSION "Ungültiges Datum: 31\\.02\\.2026")
