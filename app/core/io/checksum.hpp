// CRC-32 (IEEE 802.3, as zlib and PNG compute it), the integrity check at the end of a
// session file from format 5 on: any single damaged bit, and any burst of up to 32, changes it.
// In core/io (session files, the one JSON reader and writer, CSV, file names); may use core/text, core/model.
#pragma once
#include <cstdint>
#include <string_view>

namespace nwk {

std::uint32_t crc32(std::string_view bytes);

}  // namespace nwk
