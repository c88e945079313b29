# nwk_warnings(target): strict warnings for the project's own code only.
function(nwk_warnings target)
  target_compile_options(${target} PRIVATE
    -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion
    -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Wunused -Woverloaded-virtual
    -Wnull-dereference -Wdouble-promotion -Wformat=2 -Wimplicit-fallthrough
    # printf formats come from the string table; a unit test checks their placeholders.
    -Wno-format-nonliteral)
endfunction()
