#include "core/text/utf8.hpp"

namespace nwk {
namespace {

bool isContinuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

// The sequence length a lead byte announces; 0 for a continuation or an invalid byte.
std::size_t announcedLength(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead & 0xE0) == 0xC0) return 2;
  if ((lead & 0xF0) == 0xE0) return 3;
  if ((lead & 0xF8) == 0xF0) return 4;
  return 0;
}

}  // namespace

Utf8Char decodeUtf8(std::string_view text) {
  if (text.empty()) return {};
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = announcedLength(p[0]);
  if (n == 0 || text.size() < n) return {};
  char32_t cp = n == 1 ? p[0] : p[0] & (0x7Fu >> n);
  for (std::size_t i = 1; i < n; ++i) {
    if (!isContinuation(p[i])) return {};
    cp = (cp << 6) | (p[i] & 0x3Fu);
  }
  static constexpr char32_t kSmallest[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < kSmallest[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return {};
  return {cp, n};
}

void appendUtf8(std::string& out, char32_t codePoint) {
  const auto byte = [&](char32_t b) { out += static_cast<char>(b); };
  if (codePoint < 0x80) {
    byte(codePoint);
  } else if (codePoint < 0x800) {
    byte(0xC0 | (codePoint >> 6));
    byte(0x80 | (codePoint & 0x3F));
  } else if (codePoint < 0x10000) {
    byte(0xE0 | (codePoint >> 12));
    byte(0x80 | ((codePoint >> 6) & 0x3F));
    byte(0x80 | (codePoint & 0x3F));
  } else {
    byte(0xF0 | (codePoint >> 18));
    byte(0x80 | ((codePoint >> 12) & 0x3F));
    byte(0x80 | ((codePoint >> 6) & 0x3F));
    byte(0x80 | (codePoint & 0x3F));
  }
}

bool isValidUtf8(std::string_view text) {
  while (!text.empty()) {
    const std::size_t n = decodeUtf8(text).length;
    if (n == 0) return false;
    text.remove_prefix(n);
  }
  return true;
}

std::size_t utf8Prefix(std::string_view text, std::size_t maxBytes) {
  if (text.size() <= maxBytes) return text.size();
  std::size_t n = maxBytes;
  while (n > 0 && isContinuation(static_cast<unsigned char>(text[n]))) --n;
  return n;
}

}  // namespace nwk
