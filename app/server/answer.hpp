// What an API call answers (status and JSON body) before it becomes an HTTP response, the
// error shape {"error":"German message","code":"snake_case"}, and reading JSON request
// bodies: an object's string members, a member written back as compact JSON text.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "core/io/json_value.hpp"

namespace nwk::server {

struct Answer {
  unsigned status = 200;
  std::string body;
  unsigned retryAfter = 0;  // seconds; 0: none
};

Answer errorAnswer(unsigned status, std::string_view code, std::string_view message);
Answer badJson();                                    // 400 bad_json
Answer tooManyRequests(unsigned retryAfterSeconds);  // 429 too_many_requests

// The body parsed when it is a JSON object; nullopt otherwise.
std::optional<JsonParse> parseObject(std::string_view body);

// A member's text when it is a string; nullopt otherwise.
std::optional<std::string> stringMember(JsonValue object, std::string_view key);

// The value as compact JSON (numbers as JsonWriter writes them).
std::string jsonText(JsonValue value);

}  // namespace nwk::server
