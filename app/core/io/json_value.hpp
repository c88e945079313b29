// The one JSON reader (RFC 8259) of the app, the CLI and the server's contract: parseJson()
// turns a text into a JsonDocument, a flat array of values in file order (16 bytes each, no
// allocation per value), and JsonValue is a cheap view into it. Objects keep their members
// in file order; numbers are doubles, and integers written without fraction or exponent are
// also kept exactly when they fit 64 bits (session uids). The parser never trusts its input: UTF-8 is validated,
// \u escapes (surrogate pairs too) decoded, nesting depth and the number of values capped;
// NaN, Infinity and numbers beyond a double are refused. Errors carry the byte offset, the
// line and a reason. A JsonValue stays valid as long as its document lives, unmoved.
// In core/io (session files, the one JSON reader and writer, CSV, file names); may use core/text, core/model.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/text/i18n.hpp"

namespace nwk {

enum class JsonType : std::uint8_t { Null, Bool, Number, String, Array, Object };

class JsonDocument;

class JsonValue {
 public:
  JsonValue() = default;  // absent: what a missing member or element gives
  explicit operator bool() const { return doc_ != nullptr; }
  JsonType type() const;
  bool is(JsonType t) const { return doc_ && type() == t; }

  bool boolean() const;   // false unless a Bool
  double number() const;  // 0 unless a Number
  // An integer literal (no fraction, no exponent) exactly, when it fits the type; else nothing.
  std::optional<std::int64_t> int64() const;
  std::optional<std::uint64_t> uint64() const;
  std::string_view string() const;  // empty unless a String
  std::string_view key() const;     // for a value reached by iterating an object: its member name

  // Arrays and objects: their elements / member values in file order (nothing for the rest).
  class Iterator {
   public:
    JsonValue operator*() const;
    Iterator& operator++();
    bool operator!=(const Iterator& o) const { return index_ != o.index_; }

   private:
    friend class JsonValue;
    Iterator(const JsonDocument* doc, std::uint32_t index, bool object) : doc_(doc), index_(index), object_(object) {}
    const JsonDocument* doc_;
    std::uint32_t index_;
    bool object_;
  };
  Iterator begin() const;
  Iterator end() const;
  std::size_t size() const;
  JsonValue operator[](std::string_view key) const;  // the first member with that name, or absent
  JsonValue at(std::size_t index) const;             // an array's element, or absent

 private:
  friend class JsonDocument;
  JsonValue(const JsonDocument* doc, std::uint32_t index) : doc_(doc), index_(index) {}
  const JsonDocument* doc_ = nullptr;
  std::uint32_t index_ = 0;
};

struct JsonError {
  std::size_t offset = 0;  // bytes from the start of the text
  std::size_t line = 1;
  Str reason = Str::JsonUnexpected;
};
// "Zeile 3 (Byte 120): unerwartetes Zeichen" in the current language.
std::string describe(const JsonError& error);

class JsonDocument {
 public:
  JsonValue root() const { return nodes_.empty() ? JsonValue() : JsonValue(this, 0); }

 private:
  friend class JsonValue;
  friend class JsonParser;
  // How a Number is held: a double, or an integer literal exactly (negative ones as Signed).
  enum class NumberKind : std::uint8_t { Double, Signed, Unsigned };
  struct Node {
    JsonType type;
    bool boolean;
    NumberKind kind;
    std::uint32_t extent;  // Array/Object: index past its last descendant; String: byte length
    union {
      double number;
      std::int64_t signedInteger;
      std::uint64_t unsignedInteger;
      std::uint32_t offset;  // String: where its text starts in text_
    };
  };
  std::uint32_t next(std::uint32_t index) const {
    const Node& n = nodes_[index];
    return n.type == JsonType::Array || n.type == JsonType::Object ? n.extent : index + 1;
  }
  std::vector<Node> nodes_;
  std::string text_;  // all strings and keys, unescaped, back to back
};

struct JsonLimits {
  int depth = 64;
  std::size_t values = 4'000'000;  // bounds the memory: 16 bytes per value
};

struct JsonParse {
  JsonDocument document;  // meaningful when there is no error
  std::optional<JsonError> error;
};
JsonParse parseJson(std::string_view text, const JsonLimits& limits = {});

}  // namespace nwk
