// The session's JSON form, without iostreams (which would pull the whole C++ locale
// machinery into the web app) and several times faster than cereal's own
// JSONOutputArchive/JSONInputArchive, whose file layout it keeps: class types are objects
// (with "cereal_class_version" on a type's first appearance), containers arrays, unnamed
// members "value0", "value1" ...
// - JsonTreeWriter appends that layout as indented JSON (one space per level) to a
//   std::string, node by node; the document is complete once the writer is destroyed (or
//   finish() is called).
// - JsonCopySource writes a session's JSON copy: SessionLoadArchive (load_archive.hpp) reads
//   the session's binary form through it, and every value read is also written, under the
//   name the archive gives it, to a JsonTreeWriter. So the model's serialize() is compiled
//   for the binary form and for loading, not a third time for saving JSON (4 KB gzip).
// - JsonSource reads for SessionLoadArchive (load_archive.hpp) from a document of the one
//   JSON reader (json_value.hpp), integers exactly to 64 bits; members are found by name in
//   any order. Wrong types, missing members, numbers out of range and malformed text throw
//   JsonArchiveError.
// In core/io (session files, the one JSON reader and writer, CSV, file names); may use core/text, core/model.
#pragma once
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "core/io/binary_archives.hpp"
#include "core/io/json_value.hpp"
#include "core/io/load_archive.hpp"
#include "core/text/i18n.hpp"

namespace nwk {

struct JsonArchiveError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class JsonTreeWriter {
 public:
  explicit JsonTreeWriter(std::string& out);
  ~JsonTreeWriter() noexcept;
  void finish();

  void setNextName(const char* name) { nextName_ = name; }
  void startNode();
  void finishNode();
  void makeArray() { nodes_.back().state = State::StartArray; }
  void writeName();

  void saveValue(bool b) { out_ += b ? "true" : "false"; }
  void saveValue(std::int64_t i) { out_ += std::to_string(i); }
  void saveValue(std::uint64_t u) { out_ += std::to_string(u); }
  void saveValue(double d);
  void saveValue(std::string_view s);

 private:
  enum class State { StartObject, InObject, StartArray, InArray };
  struct Node {
    State state;
    std::uint32_t unnamed = 0;  // counter for "valueN" names
    bool empty = true;
  };
  void beginElement();  // comma, newline and indentation before an array value or a key

  std::string& out_;
  std::vector<Node> nodes_;
  const char* nextName_ = nullptr;
  bool finished_ = false;
};

// Reads the binary form (a BinarySource's bytes) and writes each value to `out` as well.
class JsonCopySource final : public LoadSource {
 public:
  JsonCopySource(std::string_view binary, JsonTreeWriter& out) : in_(binary), out_(out) {}

  void startNode() override;
  void finishNode() override { out_.finishNode(); }
  std::size_t containerSize(std::size_t elementSize) override;
  void loadNumber(void* out, NumberType type) override;
  void loadText(std::string& s) override;

 private:
  BinarySource in_;
  JsonTreeWriter& out_;
};

// The JSON form for SessionLoadArchive (load_archive.hpp).
class JsonSource : public LoadSource {
 public:
  // Parses text at once, nesting at most maxDepth deep; throws JsonArchiveError with the
  // line and byte of a syntax error.
  explicit JsonSource(std::string_view text, int maxDepth = 64);

  void startNode() override;
  void finishNode() override;
  std::size_t containerSize(std::size_t elementSize) override;
  void loadNumber(void* out, NumberType type) override;
  void loadText(std::string& s) override;

 private:
  struct Cursor {
    JsonValue node;            // an object or an array
    JsonValue::Iterator next;  // the member or element after the last one taken
  };
  JsonValue take();               // the value named by takeName() (or the next one); advances
  JsonValue take(JsonType type);  // ... of that type

  JsonDocument document_;
  std::vector<Cursor> cursors_;
};

}  // namespace nwk
