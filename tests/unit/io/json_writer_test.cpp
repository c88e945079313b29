#include "core/io/json_writer.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

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

}  // namespace
}  // namespace nwk
