#include "core/io/json_archives.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "core/io/json_writer.hpp"

namespace nwk {

// --- JsonSaveArchive -------------------------------------------------------------------------

JsonSaveArchive::JsonSaveArchive(std::string& out) : OutputArchive(this), out_(out) {
  nodes_.push_back({State::StartObject});
}

JsonSaveArchive::~JsonSaveArchive() noexcept {
  if (!finished_) finish();
}

void JsonSaveArchive::finish() {
  while (!nodes_.empty()) finishNode();
  out_ += '\n';
  finished_ = true;
}

void JsonSaveArchive::beginElement() {
  Node& node = nodes_.back();
  if (!node.empty) out_ += ',';
  node.empty = false;
  out_ += '\n';
  out_.append(nodes_.size(), ' ');
}

void JsonSaveArchive::writeName() {
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

void JsonSaveArchive::startNode() {
  writeName();
  nodes_.push_back({State::StartObject});
}

void JsonSaveArchive::finishNode() {
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

// The shortest of %.15g / %.17g that reads back as exactly the same double.
void JsonSaveArchive::saveValue(double d) {
  if (!std::isfinite(d)) {
    out_ += "null";
    return;
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.15g", d);
  if (std::strtod(buf, nullptr) != d) std::snprintf(buf, sizeof buf, "%.17g", d);
  out_ += buf;
}

void JsonSaveArchive::saveValue(std::string_view s) { appendJsonString(out_, s); }

// --- JsonLoadArchive -------------------------------------------------------------------------

JsonLoadArchive::JsonLoadArchive(std::string_view text) : InputArchive(this) {
  constexpr unsigned kFlags = rapidjson::kParseFullPrecisionFlag | rapidjson::kParseIterativeFlag;
  document_.Parse<kFlags>(text.data(), text.size());
  if (document_.HasParseError())
    throw JsonArchiveError(trf(Str::JsonErrSyntax, static_cast<unsigned>(document_.GetErrorOffset())));
  if (!document_.IsObject()) throw JsonArchiveError(tr(Str::JsonErrType));
  cursors_.push_back({&document_});
}

const rapidjson::Value& JsonLoadArchive::take() {
  Cursor& c = cursors_.back();
  const char* name = nextName_;
  nextName_ = nullptr;
  if (c.node->IsArray()) {
    if (c.index >= c.node->Size()) throw JsonArchiveError(trf(Str::JsonErrMissing, "[]"));
    return (*c.node)[c.index++];
  }
  const rapidjson::SizeType count = c.node->MemberCount();
  const auto member = [&](rapidjson::SizeType i) -> const auto& {
    return *(c.node->MemberBegin() + static_cast<std::ptrdiff_t>(i));
  };
  if (!name) {
    if (c.index >= count) throw JsonArchiveError(trf(Str::JsonErrMissing, "value"));
    return member(c.index++).value;
  }
  // Files from this archive list members in order: try the next one before searching.
  for (rapidjson::SizeType k = 0; k < count; ++k) {
    const rapidjson::SizeType i = (c.index + k) % count;
    const auto& m = member(i);
    if (std::strlen(name) == m.name.GetStringLength() && std::memcmp(m.name.GetString(), name, m.name.GetStringLength()) == 0) {
      c.index = i + 1;
      return m.value;
    }
  }
  throw JsonArchiveError(trf(Str::JsonErrMissing, name));
}

void JsonLoadArchive::startNode() {
  const rapidjson::Value& node = take();
  if (!node.IsObject() && !node.IsArray()) throw JsonArchiveError(tr(Str::JsonErrType));
  cursors_.push_back({&node});
}

void JsonLoadArchive::finishNode() { cursors_.pop_back(); }

cereal::size_type JsonLoadArchive::arraySize() {
  const rapidjson::Value& node = *cursors_.back().node;
  if (!node.IsArray()) throw JsonArchiveError(tr(Str::JsonErrType));
  return node.Size();
}

const rapidjson::Value& JsonLoadArchive::take(bool (rapidjson::Value::*isType)() const) {
  const rapidjson::Value& v = take();
  if (!(v.*isType)()) throw JsonArchiveError(tr(Str::JsonErrType));
  return v;
}

void JsonLoadArchive::loadValue(bool& b) { b = take(&rapidjson::Value::IsBool).GetBool(); }
void JsonLoadArchive::loadValue(std::int64_t& i) { i = take(&rapidjson::Value::IsInt64).GetInt64(); }
void JsonLoadArchive::loadValue(std::uint64_t& u) { u = take(&rapidjson::Value::IsUint64).GetUint64(); }
void JsonLoadArchive::loadValue(double& d) { d = take(&rapidjson::Value::IsNumber).GetDouble(); }

void JsonLoadArchive::loadValue(std::string& s) {
  const rapidjson::Value& v = take(&rapidjson::Value::IsString);
  s.assign(v.GetString(), v.GetStringLength());
}

}  // namespace nwk
