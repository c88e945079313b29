// UTF-8 (RFC 3629), the one place that decodes and encodes it: a code point at the start of
// a text, appending one, validity (no overlong forms, no surrogates, nothing above
// U+10FFFF) and cutting a text without splitting a character.
// In core/text (the string table, the language switch, UTF-8 and name matching); may use nothing else of the core.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace nwk {

struct Utf8Char {
  char32_t codePoint = 0;
  std::size_t length = 0;  // bytes; 0 when the text does not start with a valid sequence
};

// The character at the start of text; length 0 for an empty text or an invalid sequence.
Utf8Char decodeUtf8(std::string_view text);
// Appends codePoint (at most U+10FFFF, not a surrogate) in 1 to 4 bytes.
void appendUtf8(std::string& out, char32_t codePoint);
bool isValidUtf8(std::string_view text);
// The longest prefix length of at most maxBytes that does not end inside a character.
std::size_t utf8Prefix(std::string_view text, std::size_t maxBytes);

}  // namespace nwk
