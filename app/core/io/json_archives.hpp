// cereal archives for the session's JSON form, without iostreams (which would pull the
// whole C++ locale machinery into the web app) and several times faster than cereal's own
// JSONOutputArchive/JSONInputArchive, whose file layout they keep: class types are objects
// (with "cereal_class_version" on a type's first appearance), containers arrays, unnamed
// members "value0", "value1" ...
// - JsonSaveArchive appends indented JSON (one space per level) to a std::string; the
//   document is complete once the archive is destroyed (or finish() is called).
// - JsonSource reads for SessionLoadArchive (load_archive.hpp) from a document of the one
//   JSON reader (json_value.hpp), integers exactly to 64 bits; members are found by name in
//   any order. Wrong types, missing members, numbers out of range and malformed text throw
//   JsonArchiveError.
// In core/io (session files, the one JSON reader and writer, CSV, file names); may use core/text, core/model.
#pragma once
#include <cereal/cereal.hpp>

#include <limits>

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "core/io/json_value.hpp"
#include "core/io/load_archive.hpp"
#include "core/text/i18n.hpp"

namespace nwk {

struct JsonArchiveError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class JsonSaveArchive : public cereal::OutputArchive<JsonSaveArchive>, public cereal::traits::TextArchive {
 public:
  explicit JsonSaveArchive(std::string& out);
  ~JsonSaveArchive() noexcept;
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

// --- cereal glue (prologue/epilogue as in cereal's own JSON archives) -----------------------

template <class T> void prologue(JsonSaveArchive& ar, const cereal::SizeTag<T>&) { ar.makeArray(); }
template <class T> void epilogue(JsonSaveArchive&, const cereal::SizeTag<T>&) {}

template <class T> void prologue(JsonSaveArchive&, const cereal::NameValuePair<T>&) {}
template <class T> void epilogue(JsonSaveArchive&, const cereal::NameValuePair<T>&) {}

template <class T,
          cereal::traits::EnableIf<!std::is_arithmetic<T>::value,
                                   !cereal::traits::has_minimal_output_serialization<T, JsonSaveArchive>::value> =
              cereal::traits::sfinae>
void prologue(JsonSaveArchive& ar, const T&) {
  ar.startNode();
}
template <class T,
          cereal::traits::EnableIf<!std::is_arithmetic<T>::value,
                                   !cereal::traits::has_minimal_output_serialization<T, JsonSaveArchive>::value> =
              cereal::traits::sfinae>
void epilogue(JsonSaveArchive& ar, const T&) {
  ar.finishNode();
}
template <class T, cereal::traits::EnableIf<std::is_arithmetic<T>::value> = cereal::traits::sfinae>
void prologue(JsonSaveArchive& ar, const T&) {
  ar.writeName();
}
template <class T, cereal::traits::EnableIf<std::is_arithmetic<T>::value> = cereal::traits::sfinae>
void epilogue(JsonSaveArchive&, const T&) {}

inline void prologue(JsonSaveArchive& ar, const std::string&) { ar.writeName(); }
inline void epilogue(JsonSaveArchive&, const std::string&) {}

template <class T> void CEREAL_SAVE_FUNCTION_NAME(JsonSaveArchive& ar, const cereal::NameValuePair<T>& t) {
  ar.setNextName(t.name);
  ar(t.value);
}

template <class T, cereal::traits::EnableIf<std::is_arithmetic<T>::value> = cereal::traits::sfinae>
void CEREAL_SAVE_FUNCTION_NAME(JsonSaveArchive& ar, const T& t) {
  if constexpr (std::is_same_v<T, bool>) ar.saveValue(t);
  else if constexpr (std::is_floating_point_v<T>) ar.saveValue(static_cast<double>(t));
  else if constexpr (std::is_signed_v<T>) ar.saveValue(static_cast<std::int64_t>(t));
  else ar.saveValue(static_cast<std::uint64_t>(t));
}

inline void CEREAL_SAVE_FUNCTION_NAME(JsonSaveArchive& ar, const std::string& s) { ar.saveValue(std::string_view(s)); }

template <class T> void CEREAL_SAVE_FUNCTION_NAME(JsonSaveArchive&, const cereal::SizeTag<T>&) {}

}  // namespace nwk

CEREAL_REGISTER_ARCHIVE(nwk::JsonSaveArchive)
