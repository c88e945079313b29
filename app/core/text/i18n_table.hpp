// Where tr() finds its texts: one of two tables, linked instead of each other. The app,
// the CLI, the server and the tests link i18n_table.cpp (every row of NWK_STRINGS, in
// nwk_core); the participant page links i18n_table_participant.cpp, the rows it uses only
// (given to the linker before nwk_core, so the full table is never pulled in). Both take
// their texts from the one string table in i18n.hpp.
// In core/text; internal to i18n.cpp.
#pragma once
#include "core/text/i18n.hpp"

namespace nwk {

const char* tableText(Str id, Lang lang);

}  // namespace nwk
