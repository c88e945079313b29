#include "core/io/json_value.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>

#include "core/text/utf8.hpp"

namespace nwk {

// --- Reading ---------------------------------------------------------------------------------

JsonType JsonValue::type() const { return doc_ ? doc_->nodes_[index_].type : JsonType::Null; }

bool JsonValue::boolean() const { return is(JsonType::Bool) && doc_->nodes_[index_].boolean; }

double JsonValue::number() const {
  if (!is(JsonType::Number)) return 0.0;
  const auto& n = doc_->nodes_[index_];
  switch (n.kind) {
    case JsonDocument::NumberKind::Signed: return static_cast<double>(n.signedInteger);
    case JsonDocument::NumberKind::Unsigned: return static_cast<double>(n.unsignedInteger);
    case JsonDocument::NumberKind::Double: break;
  }
  return n.number;
}

std::optional<std::int64_t> JsonValue::int64() const {
  if (!is(JsonType::Number)) return std::nullopt;
  const auto& n = doc_->nodes_[index_];
  if (n.kind == JsonDocument::NumberKind::Signed) return n.signedInteger;
  if (n.kind == JsonDocument::NumberKind::Unsigned && n.unsignedInteger <= INT64_MAX)
    return static_cast<std::int64_t>(n.unsignedInteger);
  return std::nullopt;
}

std::optional<std::uint64_t> JsonValue::uint64() const {
  if (!is(JsonType::Number)) return std::nullopt;
  const auto& n = doc_->nodes_[index_];
  if (n.kind == JsonDocument::NumberKind::Unsigned) return n.unsignedInteger;
  if (n.kind == JsonDocument::NumberKind::Signed && n.signedInteger >= 0)
    return static_cast<std::uint64_t>(n.signedInteger);
  return std::nullopt;
}

std::string_view JsonValue::string() const {
  if (!is(JsonType::String)) return {};
  const auto& n = doc_->nodes_[index_];
  return std::string_view(doc_->text_).substr(n.offset, n.extent);
}

std::string_view JsonValue::key() const {
  return doc_ && index_ > 0 ? JsonValue(doc_, index_ - 1).string() : std::string_view();
}

JsonValue JsonValue::Iterator::operator*() const { return JsonValue(doc_, object_ ? index_ + 1 : index_); }

JsonValue::Iterator& JsonValue::Iterator::operator++() {
  index_ = doc_->next(object_ ? index_ + 1 : index_);
  return *this;
}

JsonValue::Iterator JsonValue::begin() const {
  const bool container = is(JsonType::Array) || is(JsonType::Object);
  return container ? Iterator(doc_, index_ + 1, is(JsonType::Object)) : end();
}

JsonValue::Iterator JsonValue::end() const {
  const bool container = is(JsonType::Array) || is(JsonType::Object);
  return Iterator(doc_, container ? doc_->nodes_[index_].extent : 0, false);
}

std::size_t JsonValue::size() const {
  std::size_t n = 0;
  for (auto it = begin(); it != end(); ++it) ++n;
  return n;
}

JsonValue JsonValue::operator[](std::string_view name) const {
  if (!is(JsonType::Object)) return {};
  for (JsonValue member : *this)
    if (member.key() == name) return member;
  return {};
}

JsonValue JsonValue::at(std::size_t index) const {
  if (!is(JsonType::Array)) return {};
  for (JsonValue element : *this)
    if (index-- == 0) return element;
  return {};
}

std::string describe(const JsonError& error) {
  return trf(Str::JsonErrorAt, static_cast<unsigned>(error.line), static_cast<unsigned>(error.offset),
             tr(error.reason));
}

// --- Parsing ---------------------------------------------------------------------------------

namespace {

// Clinger's fast path for a number of valid JSON grammar: with at most 15 digits and a power
// of ten up to 1e22, both are exact doubles and one division or multiplication rounds
// correctly, as strtod would. False for the rest.
bool quickNumber(std::string_view text, double& out) {
  static constexpr double kPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                      1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
  std::size_t i = text[0] == '-' ? 1 : 0;
  std::uint64_t mantissa = 0;
  int digits = 0, exponent = 0;
  bool fraction = false;
  for (; i < text.size() && text[i] != 'e' && text[i] != 'E'; ++i) {
    if (text[i] == '.') {
      fraction = true;
      continue;
    }
    if (digits > 0 || text[i] != '0') ++digits;
    mantissa = mantissa * 10 + static_cast<std::uint64_t>(text[i] - '0');
    exponent -= fraction ? 1 : 0;
  }
  if (digits > 15) return false;
  if (i < text.size()) {  // the exponent: [eE][+-]?digits
    const bool negative = text[++i] == '-';
    if (text[i] == '+' || text[i] == '-') ++i;
    if (text.size() - i > 2) return false;
    int e = 0;
    for (; i < text.size(); ++i) e = e * 10 + (text[i] - '0');
    exponent += negative ? -e : e;
  }
  if (exponent < -22 || exponent > 22) return false;
  const double scaled = exponent < 0 ? static_cast<double>(mantissa) / kPow10[-exponent]
                                     : static_cast<double>(mantissa) * kPow10[exponent];
  out = text[0] == '-' ? -scaled : scaled;
  return true;
}

}  // namespace

class JsonParser {
 public:
  JsonParser(std::string_view text, const JsonLimits& limits, JsonDocument& doc)
      : in_(text), limits_(limits), doc_(doc) {}

  std::optional<JsonError> run() {
    if (in_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;  // a byte order mark, as Windows tools write
    if (value(0) && skipSpace()) fail(Str::JsonTrailing);
    if (error_)
      error_->line = 1 + static_cast<std::size_t>(std::count(in_.begin(), in_.begin() + error_->offset, '\n'));
    return error_;
  }

 private:
  using Node = JsonDocument::Node;

  bool fail(Str reason) {
    if (!error_) error_ = JsonError{std::min(pos_, in_.size()), 1, reason};
    return false;
  }
  // Skips white space; true if anything but the end follows.
  bool skipSpace() {
    while (pos_ < in_.size() && (in_[pos_] == ' ' || in_[pos_] == '\n' || in_[pos_] == '\r' || in_[pos_] == '\t'))
      ++pos_;
    return pos_ < in_.size();
  }
  bool push(Node node) {
    if (doc_.nodes_.size() >= limits_.values) return fail(Str::JsonTooManyValues);
    doc_.nodes_.push_back(node);
    return true;
  }
  bool word(std::string_view w) {
    if (in_.substr(pos_, w.size()) != w) return false;
    pos_ += w.size();
    return true;
  }

  bool value(int depth) {
    if (!skipSpace()) return fail(Str::JsonEnd);
    const char c = in_[pos_];
    if (c == '{' || c == '[')
      return container(depth, c == '{' ? JsonType::Object : JsonType::Array, c == '{' ? '}' : ']');
    if (c == '"') return string();
    Node node{JsonType::Null, false, JsonDocument::NumberKind::Double, 0, {}};
    if (word("true") || word("false")) {
      node.type = JsonType::Bool;
      node.boolean = c == 't';
    } else if (c == '-' || (c >= '0' && c <= '9')) {
      node.type = JsonType::Number;
      if (!number(node)) return false;
    } else if (!word("null")) {
      return fail(c == 'N' || c == 'I' ? Str::JsonNonFinite : Str::JsonUnexpected);
    }
    return push(node);
  }

  bool container(int depth, JsonType type, char close) {
    if (depth >= limits_.depth) return fail(Str::JsonDepth);
    const std::size_t index = doc_.nodes_.size();
    if (!push({type, false, JsonDocument::NumberKind::Double, 0, {}})) return false;
    ++pos_;
    if (skipSpace() && in_[pos_] == close) {
      ++pos_;
    } else {
      for (;;) {
        if (type == JsonType::Object) {
          if (!skipSpace()) return fail(Str::JsonEnd);
          if (in_[pos_] != '"') return fail(Str::JsonKey);
          if (!string()) return false;
          if (!skipSpace()) return fail(Str::JsonEnd);
          if (in_[pos_] != ':') return fail(Str::JsonUnexpected);
          ++pos_;
        }
        if (!value(depth + 1)) return false;
        if (!skipSpace()) return fail(Str::JsonEnd);
        if (in_[pos_] != ',' && in_[pos_] != close) return fail(Str::JsonUnexpected);
        if (in_[pos_++] == close) break;
      }
    }
    doc_.nodes_[index].extent = static_cast<std::uint32_t>(doc_.nodes_.size());
    return true;
  }

  // Errors point at the number's first character.
  bool number(Node& node) {
    const std::size_t start = pos_;
    const auto bad = [&](Str reason) {
      pos_ = start;
      return fail(reason);
    };
    const auto digits = [&] {
      const std::size_t from = pos_;
      while (pos_ < in_.size() && in_[pos_] >= '0' && in_[pos_] <= '9') ++pos_;
      return pos_ > from;
    };
    word("-");
    if (in_.substr(pos_, 8) == "Infinity") return bad(Str::JsonNonFinite);
    const std::size_t integer = pos_;
    if (!digits() || (in_[integer] == '0' && pos_ - integer > 1)) return bad(Str::JsonNumber);
    const std::size_t integerEnd = pos_;
    if (word(".") && !digits()) return bad(Str::JsonNumber);
    if (word("e") || word("E")) {
      if (!word("+")) word("-");
      if (!digits()) return bad(Str::JsonNumber);
    }
    const std::string_view text = in_.substr(start, pos_ - start);
    if (integerEnd == pos_ && exactInteger(text, node)) return true;
    // strtod needs a terminated copy; the grammar above already keeps out hex, inf and nan.
    if (!quickNumber(text, node.number)) node.number = std::strtod(std::string(text).c_str(), nullptr);
    return std::isfinite(node.number) || bad(Str::JsonNumberRange);
  }

  // An integer literal that fits 64 bits, kept exactly; false for larger ones and for -0
  // (read as doubles).
  static bool exactInteger(std::string_view text, Node& node) {
    const bool negative = text[0] == '-';
    std::uint64_t magnitude = 0;
    for (const char c : text.substr(negative ? 1 : 0)) {
      const auto digit = static_cast<std::uint64_t>(c - '0');
      if (magnitude > (UINT64_MAX - digit) / 10) return false;
      magnitude = magnitude * 10 + digit;
    }
    if (!negative) {
      node.kind = JsonDocument::NumberKind::Unsigned;
      node.unsignedInteger = magnitude;
      return true;
    }
    constexpr std::uint64_t kMostNegative = std::uint64_t{1} << 63;
    if (magnitude == 0 || magnitude > kMostNegative) return false;
    node.kind = JsonDocument::NumberKind::Signed;
    node.signedInteger = magnitude == kMostNegative ? INT64_MIN : -static_cast<std::int64_t>(magnitude);
    return true;
  }

  bool hex4(unsigned& out) {
    out = 0;
    for (int i = 0; i < 4; ++i, ++pos_) {
      const char c = pos_ < in_.size() ? in_[pos_] : ' ';
      const int d = c >= '0' && c <= '9'   ? c - '0'
                    : c >= 'a' && c <= 'f' ? c - 'a' + 10
                    : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                           : -1;
      if (d < 0) return false;
      out = out * 16 + static_cast<unsigned>(d);
    }
    return true;
  }

  // Errors point at the backslash.
  bool escape() {
    const std::size_t start = pos_++;
    const auto bad = [&](Str reason) {
      pos_ = start;
      return fail(reason);
    };
    const char c = pos_ < in_.size() ? in_[pos_++] : ' ';
    static constexpr std::string_view kFrom = "\"\\/bfnrt", kTo = "\"\\/\b\f\n\r\t";
    if (const auto i = kFrom.find(c); i != std::string_view::npos) {
      doc_.text_ += kTo[i];
      return true;
    }
    unsigned cp = 0, low = 0;
    if (c != 'u' || !hex4(cp)) return bad(Str::JsonEscape);
    if (cp >= 0xDC00 && cp <= 0xDFFF) return bad(Str::JsonSurrogate);
    if (cp >= 0xD800 && cp <= 0xDBFF) {
      if (!word("\\u") || !hex4(low) || low < 0xDC00 || low > 0xDFFF) return bad(Str::JsonSurrogate);
      cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
    }
    appendUtf8(doc_.text_, cp);
    return true;
  }

  bool string() {
    ++pos_;  // the opening quote
    Node node{JsonType::String, false, JsonDocument::NumberKind::Double, 0, {}};
    node.offset = static_cast<std::uint32_t>(doc_.text_.size());
    for (;;) {
      // Copy the run of plain characters at once.
      const std::size_t run = pos_;
      while (pos_ < in_.size() && static_cast<unsigned char>(in_[pos_]) >= 0x20 && in_[pos_] != '"' &&
             in_[pos_] != '\\' && static_cast<unsigned char>(in_[pos_]) < 0x80)
        ++pos_;
      doc_.text_.append(in_.data() + run, pos_ - run);
      if (pos_ >= in_.size()) return fail(Str::JsonEnd);
      const auto c = static_cast<unsigned char>(in_[pos_]);
      if (c == '"') break;
      if (c == '\\') {
        if (!escape()) return false;
      } else if (c < 0x20) {
        return fail(Str::JsonControl);
      } else {
        const std::size_t n = decodeUtf8(in_.substr(pos_)).length;
        if (n == 0) return fail(Str::JsonUtf8);
        doc_.text_.append(in_.data() + pos_, n);
        pos_ += n;
      }
    }
    ++pos_;  // the closing quote
    node.extent = static_cast<std::uint32_t>(doc_.text_.size() - node.offset);
    return push(node);
  }

  std::string_view in_;
  const JsonLimits& limits_;
  JsonDocument& doc_;
  std::size_t pos_ = 0;
  std::optional<JsonError> error_;
};

JsonParse parseJson(std::string_view text, const JsonLimits& limits) {
  JsonParse result;
  if (static_cast<std::uint64_t>(text.size()) >= UINT32_MAX) {  // offsets are 32 bits
    result.error = JsonError{0, 1, Str::JsonTooManyValues};
    return result;
  }
  result.error = JsonParser(text, limits, result.document).run();
  if (result.error) result.document = {};
  return result;
}

}  // namespace nwk
