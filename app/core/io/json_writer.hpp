// The one JSON writer: a small streaming writer (correct escaping, commas handled, UTF-8
// passed through, numbers in their shortest exact form), and the two append functions that
// the session archive (json_archives.hpp) shares with it.
// Usage: JsonWriter w; w.beginObject(); w.key("a").value(1); w.endObject(); w.str().
// The caller keeps begin/end balanced; str() is only meaningful once they are.
// In core/io (session files, the one JSON reader and writer, CSV, file names); may use core/text, core/model.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace nwk {

// Appends s as a JSON string literal (quoted and escaped) to out.
void appendJsonString(std::string& out, std::string_view s);
// Appends d as the shortest number text that reads back as exactly d ("9.967", not
// "9.9670000000000005"); null for NaN and infinities, which JSON cannot hold.
void appendJsonNumber(std::string& out, double d);

class JsonWriter {
 public:
  JsonWriter& beginObject();
  JsonWriter& endObject();
  JsonWriter& beginArray();
  JsonWriter& endArray();
  JsonWriter& key(std::string_view k);
  JsonWriter& value(std::string_view s);
  JsonWriter& value(const char* s) { return value(std::string_view(s)); }
  JsonWriter& value(bool b);
  JsonWriter& value(std::int64_t n);
  JsonWriter& value(int n) { return value(static_cast<std::int64_t>(n)); }
  JsonWriter& value(double d);  // non-finite numbers are written as null
  JsonWriter& null();

  const std::string& str() const { return out_; }

 private:
  void separate();

  std::string out_;
  std::vector<bool> first_;  // per open container: no element written yet
  bool afterKey_ = false;
};

}  // namespace nwk
