#include "core/io/json_archives.hpp"

#include <cstring>

#include "core/io/json_writer.hpp"

namespace nwk {

// --- JsonTreeWriter --------------------------------------------------------------------------

JsonTreeWriter::JsonTreeWriter(std::string& out) : out_(out) { nodes_.push_back({State::StartObject}); }

JsonTreeWriter::~JsonTreeWriter() noexcept {
  if (!finished_) finish();
}

void JsonTreeWriter::finish() {
  while (!nodes_.empty()) finishNode();
  out_ += '\n';
  finished_ = true;
}

void JsonTreeWriter::beginElement() {
  Node& node = nodes_.back();
  if (!node.empty) out_ += ',';
  node.empty = false;
  out_ += '\n';
  out_.append(nodes_.size(), ' ');
}

void JsonTreeWriter::writeName() {
  Node& node = nodes_.back();
  if (node.state == State::StartArray) {
    out_ += '[';
    node.state = State::InArray;
  } else if (node.state == State::StartObject) {
    out_ += '{';
    node.state = State::InObject;
  }
  beginElement();
  if (node.state == State::InArray) return;
  if (nextName_) appendJsonString(out_, nextName_);
  else appendJsonString(out_, "value" + std::to_string(node.unnamed++));
  out_ += ": ";
  nextName_ = nullptr;
}

void JsonTreeWriter::startNode() {
  writeName();
  nodes_.push_back({State::StartObject});
}

void JsonTreeWriter::finishNode() {
  const Node node = nodes_.back();
  nodes_.pop_back();
  switch (node.state) {
    case State::StartArray: out_ += "[]"; return;
    case State::StartObject: out_ += "{}"; return;
    case State::InArray:
    case State::InObject:
      out_ += '\n';
      out_.append(nodes_.size(), ' ');
      out_ += node.state == State::InArray ? ']' : '}';
  }
}

void JsonTreeWriter::saveValue(double d) { appendJsonNumber(out_, d); }

void JsonTreeWriter::saveValue(std::string_view s) { appendJsonString(out_, s); }

// --- JsonCopySource --------------------------------------------------------------------------

namespace {

template <class T> T read(const void* value) {
  T t;
  std::memcpy(&t, value, sizeof t);
  return t;
}

}  // namespace

void JsonCopySource::startNode() {
  out_.setNextName(takeName());
  out_.startNode();
}

std::size_t JsonCopySource::containerSize(std::size_t elementSize) {
  out_.makeArray();
  return in_.containerSize(elementSize);
}

void JsonCopySource::loadNumber(void* value, NumberType type) {
  in_.loadNumber(value, type);
  out_.setNextName(takeName());
  out_.writeName();
  switch (type) {
    case NumberType::Bool: return out_.saveValue(read<bool>(value));
    case NumberType::I8: return out_.saveValue(std::int64_t{read<std::int8_t>(value)});
    case NumberType::I16: return out_.saveValue(std::int64_t{read<std::int16_t>(value)});
    case NumberType::I32: return out_.saveValue(std::int64_t{read<std::int32_t>(value)});
    case NumberType::I64: return out_.saveValue(read<std::int64_t>(value));
    case NumberType::U8: return out_.saveValue(std::uint64_t{read<std::uint8_t>(value)});
    case NumberType::U16: return out_.saveValue(std::uint64_t{read<std::uint16_t>(value)});
    case NumberType::U32: return out_.saveValue(std::uint64_t{read<std::uint32_t>(value)});
    case NumberType::U64: return out_.saveValue(read<std::uint64_t>(value));
    case NumberType::F32: return out_.saveValue(static_cast<double>(read<float>(value)));
    case NumberType::F64: return out_.saveValue(read<double>(value));
  }
}

void JsonCopySource::loadText(std::string& s) {
  in_.loadText(s);
  out_.setNextName(takeName());
  out_.writeName();
  out_.saveValue(std::string_view(s));
}

// --- JsonSource ------------------------------------------------------------------------------

JsonSource::JsonSource(std::string_view text, int maxDepth) {
  // At most one value per byte of text: the limit never refuses a valid file.
  JsonParse parsed = parseJson(text, {maxDepth, text.size() + 1});
  if (parsed.error) throw JsonArchiveError(describe(*parsed.error));
  document_ = std::move(parsed.document);
  const JsonValue root = document_.root();
  if (!root.is(JsonType::Object)) throw JsonArchiveError(tr(Str::JsonErrType));
  cursors_.push_back({root, root.begin()});
}

JsonValue JsonSource::take() {
  Cursor& c = cursors_.back();
  const char* name = takeName();
  if (!name || c.node.is(JsonType::Array)) {
    if (!(c.next != c.node.end())) throw JsonArchiveError(trf(Str::JsonErrMissing, name ? name : "value"));
    const JsonValue v = *c.next;
    ++c.next;
    return v;
  }
  // Files from this archive list members in order: look from the next one on, then wrap.
  const auto find = [&](JsonValue::Iterator from, JsonValue::Iterator to) {
    for (auto it = from; it != to; ++it)
      if ((*it).key() == name) {
        c.next = it;
        ++c.next;
        return *it;
      }
    return JsonValue();
  };
  if (JsonValue v = find(c.next, c.node.end())) return v;
  if (JsonValue v = find(c.node.begin(), c.next)) return v;
  throw JsonArchiveError(trf(Str::JsonErrMissing, name));
}

JsonValue JsonSource::take(JsonType type) {
  const JsonValue v = take();
  if (!v.is(type)) throw JsonArchiveError(tr(Str::JsonErrType));
  return v;
}

void JsonSource::startNode() {
  const JsonValue node = take();
  if (!node.is(JsonType::Object) && !node.is(JsonType::Array)) throw JsonArchiveError(tr(Str::JsonErrType));
  cursors_.push_back({node, node.begin()});
}

void JsonSource::finishNode() { cursors_.pop_back(); }

std::size_t JsonSource::containerSize(std::size_t) {
  const JsonValue node = cursors_.back().node;
  if (!node.is(JsonType::Array)) throw JsonArchiveError(tr(Str::JsonErrType));
  return node.size();
}

void JsonSource::loadText(std::string& s) { s = take(JsonType::String).string(); }

// Bools as true/false; integers exactly, refused beyond the type's range; reals as read.
void JsonSource::loadNumber(void* out, NumberType type) {
  if (type == NumberType::Bool) return storeNumber(out, type, take(JsonType::Bool).boolean() ? 1 : 0);
  const JsonValue v = take(JsonType::Number);
  if (type == NumberType::F64) {
    const double d = v.number();
    std::memcpy(out, &d, sizeof d);
    return;
  }
  if (type == NumberType::F32) {
    const auto f = static_cast<float>(v.number());
    std::memcpy(out, &f, sizeof f);
    return;
  }
  const unsigned bits = 8 * static_cast<unsigned>(numberBytes(type));
  if (type >= NumberType::U8) {
    const std::optional<std::uint64_t> u = v.uint64();
    if (!u) throw JsonArchiveError(tr(Str::JsonErrType));
    if (bits < 64 && *u >> bits != 0) throw JsonArchiveError(tr(Str::JsonErrRange));
    return storeNumber(out, type, *u);
  }
  const std::optional<std::int64_t> i = v.int64();
  if (!i) throw JsonArchiveError(tr(Str::JsonErrType));
  const std::int64_t limit = bits < 64 ? std::int64_t{1} << (bits - 1) : 0;
  if (bits < 64 && (*i < -limit || *i >= limit)) throw JsonArchiveError(tr(Str::JsonErrRange));
  storeNumber(out, type, static_cast<std::uint64_t>(*i));
}

}  // namespace nwk
