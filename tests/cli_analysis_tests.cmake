# CLI tests for the Bestandsanalyse on the demo town (included from tests/CMakeLists.txt): the
# prevention chain per district and the coverage per category.
set(NWK_ANALYSIS_OUT ${CMAKE_CURRENT_BINARY_DIR}/cli-analysis)
file(MAKE_DIRECTORY ${NWK_ANALYSIS_OUT})
set(NWK_ANALYSIS_DEMO ${NWK_ANALYSIS_OUT}/demo.nwk)
add_test(NAME cli_analysis_demo_prepare COMMAND netzwerkkarte-cli demo -o ${NWK_ANALYSIS_DEMO})
set_tests_properties(cli_analysis_demo_prepare PROPERTIES FIXTURES_SETUP cli_analysis_demo)

# Nordstadt: the Krippe hands its children over to the Kita (a covered transition, carried by
# their link) ...
add_test(NAME cli_chain_names_the_link_carrying_a_transition COMMAND netzwerkkarte-cli chain ${NWK_ANALYSIS_DEMO})
set_tests_properties(cli_chain_names_the_link_carrying_a_transition PROPERTIES FIXTURES_REQUIRED cli_analysis_demo
  PASS_REGULAR_EXPRESSION "\"name\":\"Nordstadt\",\"code\":\"02\",\"covered\":2,\"transitions\":\\[\\{\"from\":\\{\"id\":[0-9]+,\"name\":\"0-3\"\\},\"to\":\\{\"id\":[0-9]+,\"name\":\"3-6\"\\},\"covered\":true,\"links\":\\[\\{\"id\":[0-9]+,\"type\":\"transition\",\"from\":\\{\"id\":[0-9]+,\"name\":\"Krippe Spatzennest\"\\},\"to\":\\{\"id\":[0-9]+,\"name\":\"Kita Regenbogen\"\\}\\}")
# ... while in Eichenhöhe only the town-wide adventure playground carries one (3-6 -> 6-10): no
# link or offer carries 0-3 -> 3-6, and offers without any link are listed.
add_test(NAME cli_chain_marks_missing_transitions COMMAND netzwerkkarte-cli chain ${NWK_ANALYSIS_DEMO})
set_tests_properties(cli_chain_marks_missing_transitions PROPERTIES FIXTURES_REQUIRED cli_analysis_demo
  PASS_REGULAR_EXPRESSION "\"name\":\"Eichenhöhe\",\"code\":\"08\",\"covered\":1,\"transitions\":\\[\\{\"from\":\\{\"id\":[0-9]+,\"name\":\"0-3\"\\},\"to\":\\{\"id\":[0-9]+,\"name\":\"3-6\"\\},\"covered\":false,\"links\":\\[\\],\"offers\":\\[\\]\\}.*\"unlinkedOffers\":\\[[^]]*\"name\":\"Kita Eichhörnchen\"\\}")

# Coverage per category, for all age groups or one; an unknown age group fails with exit 1,
# --age-group without --by-category is a wrong command line (exit 2).
add_test(NAME cli_coverage_by_category COMMAND netzwerkkarte-cli coverage ${NWK_ANALYSIS_DEMO} --by-category)
set_tests_properties(cli_coverage_by_category PROPERTIES FIXTURES_REQUIRED cli_analysis_demo
  PASS_REGULAR_EXPRESSION "^\\{\"ageGroup\":null,\"categories\":\\[\\{\"id\":[0-9]+,\"name\":\"Kita/Krippe\"\\}.*\"name\":\"Nordstadt\",\"code\":\"02\",\"cells\":\\[\\{\"category\":[0-9]+,\"offers\":2\\}")
add_test(NAME cli_coverage_by_category_for_one_age_group
         COMMAND netzwerkkarte-cli coverage ${NWK_ANALYSIS_DEMO} --by-category --age-group 1)
set_tests_properties(cli_coverage_by_category_for_one_age_group PROPERTIES FIXTURES_REQUIRED cli_analysis_demo
  PASS_REGULAR_EXPRESSION "^\\{\"ageGroup\":\\{\"id\":1,\"name\":\"0-3\"\\},.*\"name\":\"Nordstadt\",\"code\":\"02\",\"cells\":\\[\\{\"category\":[0-9]+,\"offers\":1\\}")
add_test(NAME cli_coverage_refuses_an_unknown_age_group
         COMMAND sh -c "\"$0\" coverage \"$1\" --by-category --age-group 99999; test $? -eq 1"
                 $<TARGET_FILE:netzwerkkarte-cli> ${NWK_ANALYSIS_DEMO})
set_tests_properties(cli_coverage_refuses_an_unknown_age_group PROPERTIES FIXTURES_REQUIRED cli_analysis_demo
  PASS_REGULAR_EXPRESSION "Altersgruppe 99999 gibt es nicht")
add_test(NAME cli_coverage_age_group_needs_by_category
         COMMAND sh -c "\"$0\" coverage \"$1\" --age-group 1 2>/dev/null; test $? -eq 2"
                 $<TARGET_FILE:netzwerkkarte-cli> ${NWK_ANALYSIS_DEMO})
set_tests_properties(cli_coverage_age_group_needs_by_category PROPERTIES FIXTURES_REQUIRED cli_analysis_demo)
