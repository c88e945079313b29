#include "core/text/names.hpp"

#include <array>

#include "core/text/i18n.hpp"
#include "core/text/utf8.hpp"

namespace nwk {
namespace {

bool isDigit(char32_t c) { return c >= '0' && c <= '9'; }

// Separators beyond ASCII (where everything but letters and digits is one).
bool isSeparator(char32_t c) {
  return c == 0xA0 || c == 0xAB || c == 0xAD || c == 0xB7 || c == 0xBB ||  // NBSP « soft hyphen · »
         (c >= 0x2000 && c <= 0x206F) ||                                   // spaces, dashes, quotes, ...
         c == 0x2212 || c == 0x3000 || c == 0xFEFF;                        // minus, wide space, BOM
}

// Upper case at first, lower case at first + 1, alternating up to last.
struct AlternatingCase {
  char32_t first, last;
};
constexpr AlternatingCase kAlternatingCase[] = {
    {0x0100, 0x012F}, {0x0132, 0x0137}, {0x0139, 0x0148}, {0x014A, 0x0177}, {0x0179, 0x017E},  // Extended-A
    {0x01CD, 0x01DC}, {0x01DE, 0x01EF}, {0x01F8, 0x021F}, {0x0222, 0x0233},                    // Extended-B
    {0x1E00, 0x1E95}, {0x1EA0, 0x1EFF}};                                                       // Additional

// The simple lower-case form of a Latin letter beyond ASCII; anything else as it is.
char32_t lowerCase(char32_t c) {
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 0x20;  // À..Þ but ×
  if (c == 0x0130) return 'i';                               // İ
  if (c == 0x0178) return 0xFF;                              // Ÿ
  for (const AlternatingCase& r : kAlternatingCase)
    if (c >= r.first && c <= r.last) return (c - r.first) % 2 == 0 ? c + 1 : c;
  return c;
}

// ä ö ü ß ẞ (already in lower case, but ẞ) as ae oe ue ss; nullptr for other letters.
const char* spelledOut(char32_t c) {
  switch (c) {
    case 0xE4: return "ae";
    case 0xF6: return "oe";
    case 0xFC: return "ue";
    case 0xDF:
    case 0x1E9E: return "ss";
    default: return nullptr;
  }
}

constexpr char32_t kCombiningDiaeresis = 0x0308;

// Writes a key into memory the caller sized to the name: no character's key is longer than
// the character (ß, 2 bytes, is "ss"; a run of separators between digits is one space), so
// folding needs no allocation and no capacity checks.
class KeyWriter {
 public:
  explicit KeyWriter(char* begin) : begin_(begin), end_(begin) {}
  void put(char c) { *end_++ = c; }
  void put(std::string_view text) {
    for (char c : text) put(c);
  }
  char last() const { return end_ == begin_ ? '\0' : end_[-1]; }
  std::size_t size() const { return static_cast<std::size_t>(end_ - begin_); }

 private:
  char* begin_;
  char* end_;
};

// Each ASCII character's key: letters in lower case, digits as they are, 0 for separators.
constexpr auto kAsciiKeys = [] {
  std::array<char, 128> keys{};
  for (char c = '0'; c <= '9'; ++c) keys[static_cast<std::size_t>(c)] = c;
  for (char c = 'a'; c <= 'z'; ++c) keys[static_cast<std::size_t>(c)] = keys[static_cast<std::size_t>(c - 0x20)] = c;
  return keys;
}();

// Appends an ASCII character of a name to its key; false for a separator, which adds nothing.
// separated: a separator came since the last character kept.
bool appendAscii(KeyWriter& key, unsigned char c, bool separated) {
  const char folded = kAsciiKeys[c];
  if (folded == 0) return false;
  if (separated && isDigit(c) && isDigit(static_cast<unsigned char>(key.last()))) key.put(' ');
  key.put(folded);
  return true;
}

// The same for a character beyond ASCII.
bool appendOther(KeyWriter& key, char32_t c) {
  if (isSeparator(c)) return false;
  c = lowerCase(c);
  const char last = key.last();
  if (const char* spelling = spelledOut(c)) {
    key.put(spelling);
  } else if (c == kCombiningDiaeresis && (last == 'a' || last == 'o' || last == 'u')) {
    key.put('e');
  } else {
    std::string bytes;  // at most 4: no allocation
    appendUtf8(bytes, c);
    key.put(bytes);
  }
  return true;
}

void foldInto(std::string& key, std::string_view name) {
  key.resize(name.size());
  KeyWriter out(key.data());
  bool separated = false;
  while (!name.empty()) {
    if (const auto byte = static_cast<unsigned char>(name.front()); byte < 0x80) {
      separated = !appendAscii(out, byte, separated);
      name.remove_prefix(1);
      continue;
    }
    const Utf8Char ch = decodeUtf8(name);
    if (ch.length == 0) {  // not UTF-8: the byte as it is
      out.put(name.front());
      name.remove_prefix(1);
      separated = false;
      continue;
    }
    separated = !appendOther(out, ch.codePoint);
    name.remove_prefix(ch.length);
  }
  key.resize(out.size());
}

// Keys reused call after call, so comparing allocates only while they grow; and the last
// needle searched for with its key, as the search asks for one needle in many haystacks.
struct KeyBuffers {
  std::string first, second;
  std::string needle, needleKey;
};

KeyBuffers& keyBuffers() {
  thread_local KeyBuffers buffers;
  return buffers;
}

}  // namespace

std::string nameKey(std::string_view name) {
  std::string key;
  foldInto(key, name);
  return key;
}

bool sameName(std::string_view a, std::string_view b) {
  KeyBuffers& keys = keyBuffers();
  foldInto(keys.first, a);
  foldInto(keys.second, b);
  return keys.first == keys.second;
}

bool nameContains(std::string_view haystack, std::string_view needle) {
  KeyBuffers& keys = keyBuffers();
  if (needle != keys.needle) {
    keys.needle = needle;
    foldInto(keys.needleKey, needle);
  }
  foldInto(keys.first, haystack);
  return keys.first.find(keys.needleKey) != std::string::npos;
}

bool sameLabel(std::string_view a, std::string_view b) {
  if (sameName(a, b)) return true;
  for (int i = 0; i < kStringCount; ++i) {
    const std::string_view de = tr(static_cast<Str>(i), Lang::De), en = tr(static_cast<Str>(i), Lang::En);
    if ((a == de && b == en) || (a == en && b == de)) return true;
  }
  return false;
}

}  // namespace nwk
