#include "core/io/file_names.hpp"

#include <algorithm>
#include <cctype>

#include "core/text/utf8.hpp"

namespace nwk {
namespace {

std::string safeTitle(const std::string& title) {
  std::string out;
  for (char c : title) {
    const auto u = static_cast<unsigned char>(c);
    const bool keep = (u >= '0' && u <= '9') || (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || c == '-' ||
                      c == '_' || u >= 0x80;  // UTF-8 letters such as ä, ß
    if (keep) out += c;
    else if ((c == ' ' || c == '.' || c == ',') && !out.empty() && out.back() != '-') out += '-';
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  out.resize(utf8Prefix(out, 80));
  return out.empty() ? "Netzwerkkarte" : out;
}

}  // namespace

std::string suggestedFileName(const Meta& meta, std::string_view today, std::string_view suffix) {
  const std::string date = meta.date.empty() ? std::string(today.substr(0, 10)) : meta.date;
  return date + "_" + safeTitle(meta.title) + std::string(suffix);
}

bool hasSuffix(std::string_view name, std::string_view suffix) {
  if (name.size() < suffix.size()) return false;
  return std::equal(suffix.begin(), suffix.end(), name.end() - static_cast<std::ptrdiff_t>(suffix.size()),
                    [](char s, char n) { return std::tolower(static_cast<unsigned char>(n)) == s; });
}

}  // namespace nwk
