// The one JSON reader (core/io/json_value): every kind of value in file order, numbers as
// strtod reads them and integers exactly to 64 bits, escapes, errors with line and byte,
// limits on depth and size, a byte order mark.
#include "core/io/json_value.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <string>
#include <vector>

namespace nwk {
namespace {

TEST(JsonReader, KeepsIntegersExactlyTo64Bits) {
  const JsonParse p = parseJson("[18446744073709551615, 9007199254740993, -9223372036854775808, 12, -7, 1.5, 1e3]");
  ASSERT_FALSE(p.error);
  const JsonValue a = p.document.root();
  EXPECT_EQ(a.at(0).uint64(), std::numeric_limits<std::uint64_t>::max());
  EXPECT_FALSE(a.at(0).int64()) << "too large for a signed 64-bit integer";
  EXPECT_EQ(a.at(1).uint64(), 9007199254740993u) << "2^53 + 1: a double would read 2^53";
  EXPECT_EQ(a.at(2).int64(), std::numeric_limits<std::int64_t>::min());
  EXPECT_FALSE(a.at(2).uint64());
  EXPECT_EQ(a.at(3).int64(), 12);
  EXPECT_EQ(a.at(4).int64(), -7);
  EXPECT_EQ(a.at(4).number(), -7.0);
  EXPECT_FALSE(a.at(5).int64()) << "a fraction is no integer";
  EXPECT_FALSE(a.at(6).int64()) << "an exponent is no integer literal";
  EXPECT_EQ(a.at(6).number(), 1000.0);
}

TEST(JsonReader, IntegersBeyond64BitsAreReadAsDoubles) {
  const JsonParse p = parseJson("[123456789012345678901234567890, -0, 18446744073709551616, -9223372036854775809]");
  ASSERT_FALSE(p.error);
  const JsonValue a = p.document.root();
  EXPECT_FALSE(a.at(0).uint64());
  EXPECT_EQ(a.at(0).number(), 1.2345678901234568e29);
  EXPECT_TRUE(std::signbit(a.at(1).number())) << "-0 keeps its sign";
  EXPECT_FALSE(a.at(2).uint64()) << "2^64, one past the largest";
  EXPECT_EQ(a.at(2).number(), 18446744073709551616.0);
  EXPECT_FALSE(a.at(3).int64()) << "-2^63 - 1, one past the smallest";
  EXPECT_EQ(a.at(3).number(), -9223372036854775808.0);
}

TEST(JsonReader, ReadsEveryKindOfValueInFileOrder) {
  const JsonParse p = parseJson(R"({"b": [1, -2.5e2, true, false, null], "a": {"x": "y"}, "b": 3})");
  ASSERT_FALSE(p.error) << describe(*p.error);
  const JsonValue root = p.document.root();
  ASSERT_TRUE(root.is(JsonType::Object));
  std::vector<std::string> keys;
  for (JsonValue v : root) keys.emplace_back(v.key());
  EXPECT_EQ(keys, (std::vector<std::string>{"b", "a", "b"}));
  EXPECT_EQ(root["b"].size(), 5u) << "the first member of a name wins";
  std::vector<JsonType> types;
  for (JsonValue v : root["b"]) types.push_back(v.type());
  EXPECT_EQ(types, (std::vector<JsonType>{JsonType::Number, JsonType::Number, JsonType::Bool, JsonType::Bool,
                                          JsonType::Null}));
  auto it = root["b"].begin();
  EXPECT_EQ((*it).number(), 1.0);
  EXPECT_EQ((*++it).number(), -250.0);
  EXPECT_TRUE((*++it).boolean());
  EXPECT_EQ(root["a"]["x"].string(), "y");
  EXPECT_FALSE(root["missing"]) << "absent members are falsy";
  EXPECT_FALSE(root["a"]["x"]["deeper"]);
}

TEST(JsonReader, NumbersAreExactDoubles) {
  const JsonParse p = parseJson("[12.054181, 49.040799, -0.0005, 0, 1E3, 5433571.6345]");
  ASSERT_FALSE(p.error);
  std::vector<double> got;
  for (JsonValue v : p.document.root()) got.push_back(v.number());
  EXPECT_EQ(got, (std::vector<double>{12.054181, 49.040799, -0.0005, 0.0, 1000.0, 5433571.6345}));
}

TEST(JsonReader, NumbersMatchStrtodBitForBit) {
  std::uint64_t state = 42;
  auto next = [&] { return state = state * 6364136223846793005u + 1442695040888963407u; };
  std::string text = "[";
  std::vector<double> expected;
  char buffer[64];
  for (int i = 0; i < 20000; ++i) {
    const double mantissa = static_cast<double>(next() >> 11) / 9007199254740992.0;
    const int exponent = static_cast<int>(next() % 61) - 30;
    const int precision = 1 + static_cast<int>(next() % 18);
    const char* format = i % 3 == 0 ? "%.*e" : i % 3 == 1 ? "%.*f" : "%.*g";
    std::snprintf(buffer, sizeof buffer, format, precision % (i % 3 == 1 ? 10 : 18),
                  (i % 2 ? -1 : 1) * mantissa * std::pow(10.0, exponent));
    text += (i ? "," : "") + std::string(buffer);
    expected.push_back(std::strtod(buffer, nullptr));
  }
  const JsonParse p = parseJson(text + "]");
  ASSERT_FALSE(p.error) << describe(*p.error);
  std::size_t i = 0, mismatches = 0;
  for (JsonValue v : p.document.root()) {
    const double got = v.number();
    mismatches += std::memcmp(&expected[i++], &got, sizeof got) != 0 ? 1u : 0u;
  }
  EXPECT_EQ(i, expected.size());
  EXPECT_EQ(mismatches, 0u);
}

TEST(JsonReader, DecodesEscapesAndSurrogatePairs) {
  const JsonParse p = parseJson(R"(["a\"b\\c\/\n\t", "Gro\u00DFpr\u00fcfening", "\ud83d\ude00", )"
                                "\"Stra\xC3\x9F"
                                "e\"]");
  ASSERT_FALSE(p.error) << describe(*p.error);
  auto it = p.document.root().begin();
  EXPECT_EQ((*it).string(), "a\"b\\c/\n\t");
  EXPECT_EQ((*++it).string(),
            "Gro\xC3\x9Fpr\xC3\xBC"
            "fening");
  EXPECT_EQ((*++it).string(), "\xF0\x9F\x98\x80");
  EXPECT_EQ((*++it).string(),
            "Stra\xC3\x9F"
            "e");
}

TEST(JsonReader, ErrorsGiveLineOffsetAndReason) {
  struct Case {
    const char* text;
    std::size_t line, offset;
    Str reason;
  };
  const Case cases[] = {
      {"{\n  \"a\": tru\n}", 2, 9, Str::JsonUnexpected},
      {"[1, 2", 1, 5, Str::JsonEnd},
      {"[1] x", 1, 4, Str::JsonTrailing},
      {"{\"a\" 1}", 1, 5, Str::JsonUnexpected},
      {"{a: 1}", 1, 1, Str::JsonKey},
      {"[1,]", 1, 3, Str::JsonUnexpected},
      {"[01]", 1, 1, Str::JsonNumber},
      {"[1.]", 1, 1, Str::JsonNumber},
      {"[-]", 1, 1, Str::JsonNumber},
      {"[\n12.1, NaN]", 2, 8, Str::JsonNonFinite},
      {"[-Infinity]", 1, 1, Str::JsonNonFinite},
      {"[1e999]", 1, 1, Str::JsonNumberRange},
      {"[\"a\tb\"]", 1, 3, Str::JsonControl},
      {"[\"\\x\"]", 1, 2, Str::JsonEscape},
      {"[\"\\ud83d\"]", 1, 2, Str::JsonSurrogate},
      {"[\"\\ude00\"]", 1, 2, Str::JsonSurrogate},
      {"[\"\xC3\"]", 1, 2, Str::JsonUtf8},
      {"[\"\xED\xA0\x80\"]", 1, 2, Str::JsonUtf8},
      {"", 1, 0, Str::JsonEnd},
  };
  for (const Case& c : cases) {
    const JsonParse p = parseJson(c.text);
    ASSERT_TRUE(p.error) << c.text;
    EXPECT_EQ(p.error->line, c.line) << c.text;
    EXPECT_EQ(p.error->offset, c.offset) << c.text;
    EXPECT_EQ(p.error->reason, c.reason) << c.text << ": " << describe(*p.error);
    EXPECT_FALSE(p.document.root()) << "no half document after an error";
  }
  EXPECT_EQ(describe(*parseJson("\n\n[x]").error), "Zeile 3 (Byte 3): unerwartetes Zeichen");
}

TEST(JsonReader, LimitsDepthAndValues) {
  const std::string deep64 = std::string(64, '[') + std::string(64, ']');
  EXPECT_FALSE(parseJson(deep64).error);
  const std::string deep65 = std::string(65, '[') + std::string(65, ']');
  ASSERT_TRUE(parseJson(deep65).error);
  EXPECT_EQ(parseJson(deep65).error->reason, Str::JsonDepth);
  JsonLimits few;
  few.values = 3;
  EXPECT_FALSE(parseJson("[1,2]", few).error);
  ASSERT_TRUE(parseJson("[1,2,3]", few).error);
  EXPECT_EQ(parseJson("[1,2,3]", few).error->reason, Str::JsonTooManyValues);
}

TEST(JsonReader, SkipsAByteOrderMark) {
  const JsonParse p = parseJson("\xEF\xBB\xBF {\"a\": 1}");
  ASSERT_FALSE(p.error);
  EXPECT_EQ(p.document.root()["a"].number(), 1.0);
}

}  // namespace
}  // namespace nwk
