#include "core/io/json_writer.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <string>

#include "number_text.hpp"

namespace nwk {
namespace {

TEST(JsonWriter, NestedContainersGetCommasInTheRightPlaces) {
  JsonWriter w;
  w.beginObject().key("a").value(1).key("b").beginArray().value(true).value("x").null().endArray();
  w.key("c").beginObject().endObject().endObject();
  EXPECT_EQ(w.str(), R"({"a":1,"b":[true,"x",null],"c":{}})");
}

TEST(JsonWriter, EscapesQuotesBackslashesAndControlCharacters) {
  JsonWriter w;
  w.value(std::string_view("say \"hi\"\\\n\t\x01", 12));
  EXPECT_EQ(w.str(), R"("say \"hi\"\\\n\t\u0001")");
}

TEST(JsonWriter, PassesUtf8ThroughUnchanged) {
  JsonWriter w;
  w.value("Grüße aus Köln");
  EXPECT_EQ(w.str(), "\"Grüße aus Köln\"");
}

TEST(JsonWriter, WritesNonFiniteNumbersAsNull) {
  JsonWriter w;
  w.beginArray().value(std::numeric_limits<double>::quiet_NaN()).value(INFINITY).value(0.5).endArray();
  EXPECT_EQ(w.str(), "[null,null,0.5]");
}

TEST(JsonWriter, DoublesRoundTripExactly) {
  JsonWriter w;
  w.value(0.1);
  EXPECT_EQ(std::stod(w.str()), 0.1);
}

TEST(JsonWriter, WritesTheShortestTextThatReadsBackExactly) {
  JsonWriter w;
  w.beginArray().value(9.967).value(51.9835).value(0.1 + 0.2).value(1e-300).value(-8.98846567431158e307).endArray();
  EXPECT_EQ(w.str(), "[9.967,51.9835,0.30000000000000004,1e-300,-8.98846567431158e+307]");
  std::uint64_t state = 7;
  for (int i = 0; i < 20000; ++i) {
    state = state * 6364136223846793005u + 1442695040888963407u;
    double d = 0;
    std::memcpy(&d, &state, sizeof d);
    if (!std::isfinite(d)) continue;
    std::string text;
    appendJsonNumber(text, d);
    ASSERT_EQ(std::strtod(text.c_str(), nullptr), d) << text;
    ASSERT_EQ(significantDigits(text), significantDigits(shortestText(d))) << text << " vs " << shortestText(d);
  }
}

}  // namespace
}  // namespace nwk
