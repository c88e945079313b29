// UTF-8 validity (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF.
#pragma once
#include <string_view>

namespace nwk {

bool isValidUtf8(std::string_view text);

}  // namespace nwk
