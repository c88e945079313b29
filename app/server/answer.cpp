#include "server/answer.hpp"

#include "core/io/json_writer.hpp"

namespace nwk::server {

Answer errorAnswer(unsigned status, std::string_view code, std::string_view message) {
  JsonWriter w;
  w.beginObject().key("error").value(message).key("code").value(code).endObject();
  return {status, w.str(), 0};
}

Answer badJson() { return errorAnswer(400, "bad_json", "Die Anfrage ist kein gültiges JSON."); }

Answer tooManyRequests(unsigned retryAfterSeconds) {
  Answer a = errorAnswer(429, "too_many_requests", "Zu viele Anfragen. Bitte kurz warten.");
  a.retryAfter = retryAfterSeconds;
  return a;
}

std::optional<JsonParse> parseObject(std::string_view body) {
  JsonParse parse = parseJson(body, JsonLimits{16, 10'000});
  if (parse.error || !parse.document.root().is(JsonType::Object)) return std::nullopt;
  return parse;
}

std::optional<std::string> stringMember(JsonValue object, std::string_view key) {
  const JsonValue v = object[key];
  if (!v.is(JsonType::String)) return std::nullopt;
  return std::string(v.string());
}

namespace {

void write(JsonWriter& w, JsonValue v) {
  switch (v.type()) {
    case JsonType::Null: w.null(); break;
    case JsonType::Bool: w.value(v.boolean()); break;
    case JsonType::Number: w.value(v.number()); break;
    case JsonType::String: w.value(v.string()); break;
    case JsonType::Array:
      w.beginArray();
      for (JsonValue e : v) write(w, e);
      w.endArray();
      break;
    case JsonType::Object:
      w.beginObject();
      for (JsonValue m : v) {
        w.key(m.key());
        write(w, m);
      }
      w.endObject();
      break;
  }
}

}  // namespace

std::string jsonText(JsonValue value) {
  if (!value) return {};
  JsonWriter w;
  write(w, value);
  return w.str();
}

}  // namespace nwk::server
