// UTF-8 in one place: decoding one character, encoding one, validity, cutting a text without
// splitting a character; and what a user sees of it through the callers (tables read from
// Windows-1252, shortened cells in import messages, suggested file names).
#include <gtest/gtest.h>

#include <string>

#include "core/io/csv.hpp"
#include "core/io/file_names.hpp"
#include "core/text/utf8.hpp"

namespace nwk {
namespace {

TEST(Utf8, DecodesOneCharacterOfEachLength) {
  EXPECT_EQ(decodeUtf8("Görlitz").codePoint, U'G');
  EXPECT_EQ(decodeUtf8("Görlitz").length, 1u);
  EXPECT_EQ(decodeUtf8("ö").codePoint, U'ö');
  EXPECT_EQ(decodeUtf8("ö").length, 2u);
  EXPECT_EQ(decodeUtf8("– Ost").codePoint, U'–');
  EXPECT_EQ(decodeUtf8("– Ost").length, 3u);
  EXPECT_EQ(decodeUtf8("ẞ").codePoint, U'ẞ');
  EXPECT_EQ(decodeUtf8("\xF0\x9F\x8F\xA0").codePoint, U'\U0001F3E0');
  EXPECT_EQ(decodeUtf8("\xF0\x9F\x8F\xA0").length, 4u);
}

TEST(Utf8, RefusesBrokenSequences) {
  for (const char* broken : {"", "\xF6rlitz" /* Windows-1252 ö */, "\xC3" /* cut */, "\xBC" /* a continuation */,
                             "\xC0\xAF" /* overlong '/' */, "\xE0\x80\xAF", "\xED\xA0\x80" /* a surrogate */,
                             "\xF4\x90\x80\x80" /* above U+10FFFF */, "\xC3\x28", "\xF8\x88\x80\x80\x80"})
    EXPECT_EQ(decodeUtf8(broken).length, 0u) << broken;
}

TEST(Utf8, EncodesWhatItDecodesAtEveryLengthsEdge) {
  for (char32_t cp : {U'\x01', U'\x7F', U'\x80', U'ß', U'\x7FF', U'\x800', U'ẞ', U'\xFFFD', U'\xFFFF', U'\U00010000',
                      U'\U0001F3E0', U'\U0010FFFF'}) {
    std::string text;
    appendUtf8(text, cp);
    EXPECT_EQ(decodeUtf8(text).codePoint, cp);
    EXPECT_EQ(decodeUtf8(text).length, text.size());
  }
  std::string name = "Wei";
  appendUtf8(name, U'ß');
  name += "enburg";
  EXPECT_EQ(name, "Weißenburg");
}

TEST(Utf8, ValidityOfRealNames) {
  for (const char* name : {"Görlitz", "Weißenburg i. Bay.", "Straubing-Ost", "Kumpfmühl – Ziegetsdorf – Neuprüll",
                           "Łódź", "", "\xF0\x9F\x8F\xA0 Familienzentrum"})
    EXPECT_TRUE(isValidUtf8(name)) << name;
  EXPECT_FALSE(isValidUtf8("G\xF6rlitz")) << "Windows-1252";
  EXPECT_FALSE(isValidUtf8("Gr\xC3")) << "cut in the middle of a character";
  EXPECT_FALSE(isValidUtf8("Stra\xC3\x9F\xED\xA0\x80")) << "a surrogate";
}

TEST(Utf8, PrefixesNeverEndInsideACharacter) {
  const std::string_view goerlitz = "Görlitz";  // G, ö in bytes 1-2, rlitz
  EXPECT_EQ(utf8Prefix(goerlitz, 0), 0u);
  EXPECT_EQ(utf8Prefix(goerlitz, 1), 1u);
  EXPECT_EQ(utf8Prefix(goerlitz, 2), 1u) << "not half an ö";
  EXPECT_EQ(utf8Prefix(goerlitz, 3), 3u);
  EXPECT_EQ(utf8Prefix(goerlitz, 100), goerlitz.size());
  const std::string_view dash = "Ost–";  // the dash in bytes 3-5
  EXPECT_EQ(utf8Prefix(dash, 4), 3u);
  EXPECT_EQ(utf8Prefix(dash, 5), 3u);
  EXPECT_EQ(utf8Prefix(dash, 6), 6u);
}

// --- Through the callers -------------------------------------------------------------------

TEST(Utf8, AWindows1252TableReadsAsUtf8) {
  const CsvResult r = parseCsv(
      "Stadtteil;Kinder\nG\xF6rlitz-S\xFC"
      "d;12\nWei\xDF"
      "enburg;7\n");
  ASSERT_TRUE(r.table) << r.error;
  EXPECT_EQ(r.table->cell(0, 0), "Görlitz-Süd");
  EXPECT_EQ(r.table->cell(1, 0), "Weißenburg");
}

TEST(Utf8, ShortenedCellsInImportMessagesKeepWholeCharacters) {
  std::string umlauts;
  for (int i = 0; i < 40; ++i) umlauts += "ü";  // 80 bytes, cut near 60
  const std::string excerpt = cellExcerpt(umlauts);
  EXPECT_TRUE(isValidUtf8(excerpt)) << excerpt;
  EXPECT_LT(excerpt.size(), umlauts.size());
  EXPECT_TRUE(excerpt.ends_with("ü…")) << excerpt;
}

TEST(Utf8, SuggestedFileNamesKeepAFinalUmlautAndCutLongTitlesBetweenCharacters) {
  Meta meta;
  meta.date = "2026-11-21";
  meta.title = "Jugend und Spaß";
  EXPECT_EQ(suggestedFileName(meta, "", ".nwk"), "2026-11-21_Jugend-und-Spaß.nwk");
  meta.title = "Görlitz";
  EXPECT_EQ(suggestedFileName(meta, "", ".nwk"), "2026-11-21_Görlitz.nwk");
  meta.title = std::string(79, 'a') + "ßb";  // the 80-byte cut falls inside ß
  EXPECT_EQ(suggestedFileName(meta, "", ".nwk"), "2026-11-21_" + std::string(79, 'a') + ".nwk");
}

}  // namespace
}  // namespace nwk
