# CLI tests for voting results (included from tests/CMakeLists.txt): `tally` on the demo
# workshop, whose dot-voting round has five ballots and four paper voters.
set(NWK_VOTE_OUT ${CMAKE_CURRENT_BINARY_DIR}/cli-vote)
file(MAKE_DIRECTORY ${NWK_VOTE_OUT})

add_test(NAME cli_tally_prepare COMMAND netzwerkkarte-cli demo -o ${NWK_VOTE_OUT}/demo.nwk)
set_tests_properties(cli_tally_prepare PROPERTIES FIXTURES_SETUP cli_vote_demo)

add_test(NAME cli_tally_every_round COMMAND netzwerkkarte-cli tally ${NWK_VOTE_OUT}/demo.nwk)
set_tests_properties(cli_tally_every_round PROPERTIES
  FIXTURES_REQUIRED cli_vote_demo
  PASS_REGULAR_EXPRESSION "\"method\":\"dots\",\"state\":\"closed\",\"ballots\":9,\"digitalBallots\":5,\"paperVoters\":4,\"points\":27,\"proposals\":\\[{\"id\":[0-9]+,\"text\":\"Koordinierungsstelle als Lotse für Familien\",\"ageGroup\":0,\"score\":9,\"rank\":1.*\"method\":\"weighting\"")

# The weighting round alone (its id from the demo's id order), with means per criterion.
add_test(NAME cli_tally_one_round
         COMMAND sh -c "id=$(\"$0\" tally \"$1\" | sed 's/.*\"id\":\\([0-9]*\\),\"name\":\"Gewichtung.*/\\1/') && \"$0\" tally \"$1\" --round \"$id\""
                 $<TARGET_FILE:netzwerkkarte-cli> ${NWK_VOTE_OUT}/demo.nwk)
set_tests_properties(cli_tally_one_round PROPERTIES
  FIXTURES_REQUIRED cli_vote_demo
  PASS_REGULAR_EXPRESSION "^{\"rounds\":\\[{\"id\":[0-9]+,\"name\":\"Gewichtung der Favoriten\".*\"criteria\":\\[{\"name\":\"Wirkung\",\"mean\":4\\.5,\"ballots\":2}"
  FAIL_REGULAR_EXPRESSION "Punktabfrage")

# A round that does not exist: exit 1 with the reason; a missing file name: exit 2.
add_test(NAME cli_tally_unknown_round
         COMMAND sh -c "\"$0\" tally \"$1\" --round 4242; test $? -eq 1"
                 $<TARGET_FILE:netzwerkkarte-cli> ${NWK_VOTE_OUT}/demo.nwk)
set_tests_properties(cli_tally_unknown_round PROPERTIES
  FIXTURES_REQUIRED cli_vote_demo PASS_REGULAR_EXPRESSION "Abstimmungsrunde 4242 gibt es nicht")
add_test(NAME cli_tally_needs_a_file COMMAND sh -c "\"$0\" tally; test $? -eq 2" $<TARGET_FILE:netzwerkkarte-cli>)
set_tests_properties(cli_tally_needs_a_file PROPERTIES PASS_REGULAR_EXPRESSION "tally FILE")
