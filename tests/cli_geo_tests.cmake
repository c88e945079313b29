# CLI tests for districts from GeoJSON (included from tests/CMakeLists.txt). They read the real
# Regensburg file from NWK_TEST_DATA (at configure time) or else the shared data folder beside
# the clone; a missing file fails them.
if(DEFINED ENV{NWK_TEST_DATA} AND NOT "$ENV{NWK_TEST_DATA}" STREQUAL "")
  set(NWK_GEO_DATA $ENV{NWK_TEST_DATA}/regensburg_stadtteile.geojson)
else()
  set(NWK_GEO_DATA ${PROJECT_SOURCE_DIR}/../shared/data/regensburg_stadtteile.geojson)
endif()
set(NWK_GEO_OUT ${CMAKE_CURRENT_BINARY_DIR}/cli-geo)
file(MAKE_DIRECTORY ${NWK_GEO_OUT})

add_test(NAME cli_import_districts_new_session
         COMMAND netzwerkkarte-cli import-districts ${NWK_GEO_DATA} -o ${NWK_GEO_OUT}/regensburg.nwk)
set_tests_properties(cli_import_districts_new_session PROPERTIES
  FIXTURES_SETUP cli_geo_session
  PASS_REGULAR_EXPRESSION "regensburg\\.nwk: 18 Stadtteile; Namen aus „name“, Kennungen aus „sbz“; Koordinaten: Länge/Breite in Grad \\(EPSG:4326\\); 0 Hinweise")

add_test(NAME cli_district_at_old_town COMMAND netzwerkkarte-cli district-at ${NWK_GEO_OUT}/regensburg.nwk 12.0975 49.0185)
set_tests_properties(cli_district_at_old_town PROPERTIES
  FIXTURES_REQUIRED cli_geo_session PASS_REGULAR_EXPRESSION "^Innenstadt\n$")

# Berlin: in no district of Regensburg. Exit code 1 exactly (2 would be a wrong command line).
add_test(NAME cli_district_at_outside_exits_1
         COMMAND sh -c "\"$0\" district-at \"$1\" 13.4050 52.5200; test $? -eq 1"
                 $<TARGET_FILE:netzwerkkarte-cli> ${NWK_GEO_OUT}/regensburg.nwk)
set_tests_properties(cli_district_at_outside_exits_1 PROPERTIES
  FIXTURES_REQUIRED cli_geo_session PASS_REGULAR_EXPRESSION "Kein Stadtteil enthält den Punkt \\(Länge 13\\.405000, Breite 52\\.520000\\)")

# --into: the demo workshop's six districts replaced by Regensburg's 18, its offers kept.
add_test(NAME cli_import_districts_into_prepare COMMAND netzwerkkarte-cli demo -o ${NWK_GEO_OUT}/demo-into.json)
set_tests_properties(cli_import_districts_into_prepare PROPERTIES FIXTURES_SETUP cli_geo_demo)
add_test(NAME cli_import_districts_into
         COMMAND sh -c "\"$0\" import-districts \"$1\" --into \"$2\" --name-property sbz && \"$0\" info \"$2\""
                 $<TARGET_FILE:netzwerkkarte-cli> ${NWK_GEO_DATA} ${NWK_GEO_OUT}/demo-into.json)
set_tests_properties(cli_import_districts_into PROPERTIES
  FIXTURES_REQUIRED cli_geo_demo
  PASS_REGULAR_EXPRESSION "Namen aus „sbz“.*\"districts\":18,\"offers\":[1-9]")

# A session file is JSON but no GeoJSON: exit 1 with the reason; two targets: exit 2.
add_test(NAME cli_import_districts_refuses_a_session_file
         COMMAND sh -c "\"$0\" import-districts \"$1\" -o \"$2\"; test $? -eq 1"
                 $<TARGET_FILE:netzwerkkarte-cli> ${PROJECT_SOURCE_DIR}/tests/golden/session-v1.json ${NWK_GEO_OUT}/wrong.nwk)
set_tests_properties(cli_import_districts_refuses_a_session_file PROPERTIES
  PASS_REGULAR_EXPRESSION "Die Datei ist JSON, aber kein GeoJSON")
add_test(NAME cli_import_districts_needs_one_target
         COMMAND sh -c "\"$0\" import-districts \"$1\" -o a.nwk --into b.nwk; test $? -eq 2"
                 $<TARGET_FILE:netzwerkkarte-cli> ${NWK_GEO_DATA})

# The coverage matrix of the demo town: its outer districts lack offers for 11-18.
add_test(NAME cli_coverage_demo_prepare COMMAND netzwerkkarte-cli demo -o ${NWK_GEO_OUT}/demo-coverage.nwk)
set_tests_properties(cli_coverage_demo_prepare PROPERTIES FIXTURES_SETUP cli_coverage_demo)
add_test(NAME cli_coverage_marks_gaps COMMAND netzwerkkarte-cli coverage ${NWK_GEO_OUT}/demo-coverage.nwk)
set_tests_properties(cli_coverage_marks_gaps PROPERTIES FIXTURES_REQUIRED cli_coverage_demo
  PASS_REGULAR_EXPRESSION "\"name\":\"Eichenhöhe\",\"code\":\"[0-9]+\",\"offers\":[0-9]+,\"gap\":true")
