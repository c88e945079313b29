// For tests of written numbers: how many significant digits a number's text has, and how
// many the shortest text that reads back to the same double has (by std::to_chars).
#pragma once
#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstddef>
#include <string>
#include <string_view>

namespace nwk {

// Significant digits of a number's text: "-0.00120e5" has 3, "300" has 1.
inline std::size_t significantDigits(std::string_view text) {
  std::string digits;
  for (char c : text.substr(0, text.find_first_of("eE")))
    if (std::isdigit(static_cast<unsigned char>(c))) digits += c;
  digits.erase(0, digits.find_first_not_of('0'));
  digits.erase(digits.find_last_not_of('0') + 1);
  return std::max<std::size_t>(digits.size(), 1);
}

// The shortest text that reads back as exactly d, in scientific form.
inline std::string shortestText(double d) {
  char buf[64];
  const auto r = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
  return std::string(buf, r.ptr);
}

}  // namespace nwk
