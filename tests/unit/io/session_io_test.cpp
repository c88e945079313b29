// Session files: exact round trips in both formats, golden files of every format version,
// hostile input (truncation at every byte, bit flips, huge lengths, wrong JSON types, deep
// nesting, future versions, foreign files): each refused with a message; and files that read
// but break a rule (broken text, dangling references, impossible values): opened, repaired.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "core/io/serialize.hpp"
#include "core/io/session_io.hpp"
#include "core/model/validate.hpp"
#include "core/sample/demo.hpp"
#include "core/sample/synthetic.hpp"
#include "core/text/i18n.hpp"

#ifndef NWK_GOLDEN_DIR
#error "NWK_GOLDEN_DIR must name tests/golden"
#endif

namespace nwk {
namespace {

std::string readFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return std::move(ss).str();
}

void expectRoundTrip(const Session& s, SessionFormat format) {
  const std::string bytes = saveSession(s, format);
  const LoadResult r = loadSession(bytes);
  ASSERT_TRUE(r.session) << r.error;
  EXPECT_EQ(r.format, format);
  EXPECT_EQ(r.formatVersion, kSessionFormatVersion);
  EXPECT_EQ(*r.session, s);
  EXPECT_EQ(saveSession(*r.session, format), bytes) << "saving again gives other bytes";
}

TEST(SessionFiles, DemoRoundTripsExactlyInBothFormats) {
  expectRoundTrip(makeDemoSession(), SessionFormat::Binary);
  expectRoundTrip(makeDemoSession(), SessionFormat::Json);
}

TEST(SessionFiles, RandomSessionsRoundTripExactlyInBothFormats) {
  for (std::uint64_t seed = 1; seed <= 40; ++seed) {
    SCOPED_TRACE(seed);
    const auto n = static_cast<std::uint32_t>(seed);
    const Session s = makeSyntheticSession({n % 7, n * 3, n, 5, 5, n % 11}, seed);
    expectRoundTrip(s, SessionFormat::Binary);
    expectRoundTrip(s, SessionFormat::Json);
  }
}

TEST(SessionFiles, TinyAndHugeNumbersSurviveJson) {
  Session s = makeDefaultSession();
  const Id col = s.takeId();
  s.indicatorColumns.push_back({col, "x", "", "", ""});
  s.districts.push_back({s.takeId(), "d", "", {}, {{col, 1.5e-300}}});
  s.districts.push_back({s.takeId(), "e", "", {}, {{col, -8.9884656743115795e307}}});
  s.districts.push_back({s.takeId(), "f", "", {}, {{col, 0.1 + 0.2}}});
  expectRoundTrip(s, SessionFormat::Json);
}

TEST(SessionFiles, UidsAbove2To53SurviveJsonExactly) {
  Session s = makeDemoSession();
  s.uid = 0xFFFF'FFFF'FFFF'FFFFu - 2;  // a double would round it to 2^64
  const LoadResult r = loadSession(saveSession(s, SessionFormat::Json));
  ASSERT_TRUE(r.session) << r.error;
  EXPECT_EQ(r.session->uid, s.uid);
}

// Every format version ever released stays readable: tests/golden/session-vN.{nwk,json}.
// Format 1 is the demo of that time, format 2 the Musterstadt demo (`netzwerkkarte-cli demo`).
LoadResult loadGolden(const std::string& name) {
  const LoadResult r = loadSession(readFile(std::string(NWK_GOLDEN_DIR) + "/" + name));
  EXPECT_TRUE(r.session) << name << ": " << r.error;
  return r;
}

TEST(GoldenFiles, Version1OpensInBothEncodingsWithDefaultsForLaterFields) {
  for (const char* name : {"session-v1.nwk", "session-v1.json"}) {
    SCOPED_TRACE(name);
    const LoadResult r = loadGolden(name);
    ASSERT_TRUE(r.session);
    EXPECT_EQ(r.formatVersion, 1u);
    EXPECT_EQ(r.session->meta.title, "Sozialraumkonferenz Musterstadt");
    EXPECT_EQ(r.session->offers.size(), 12u);
    EXPECT_EQ(r.session->ballots.size(), 5u);
    EXPECT_EQ(r.session->districts[3].name, "Südfeld");
    EXPECT_EQ(r.session->meta.coverage, CoverageRules{});
    for (const AgeGroup& g : r.session->ageGroups) EXPECT_EQ(g.populationColumn, kNoId);
    for (const District& d : r.session->districts) EXPECT_EQ(d.code, "");
  }
  EXPECT_EQ(*loadGolden("session-v1.nwk").session, *loadGolden("session-v1.json").session);
}

TEST(GoldenFiles, Version2OpensWithItsNewFieldsAndItsRoundOpen) {
  for (const char* name : {"session-v2.nwk", "session-v2.json"}) {
    SCOPED_TRACE(name);
    const LoadResult r = loadGolden(name);
    ASSERT_TRUE(r.session);
    const Session& s = *r.session;
    EXPECT_EQ(r.formatVersion, 2u);
    EXPECT_EQ(s.meta.coverage, (CoverageRules{1, 4.0}));
    ASSERT_EQ(s.districts.size(), 12u);
    EXPECT_EQ(s.districts[11].code, "12");
    const IndicatorColumn* column = findById(s.indicatorColumns, s.ageGroups[3].populationColumn);
    ASSERT_NE(column, nullptr);
    EXPECT_EQ(column->name, "Kinder 11-18");
    ASSERT_EQ(s.rounds.size(), 1u);
    EXPECT_EQ(s.rounds[0].state, RoundState::Draft) << "format 2's open = false";
    EXPECT_TRUE(s.rounds[0].criteria.empty());
    EXPECT_EQ(s.rounds[0].points, VotingRound{}.points);
  }
  EXPECT_EQ(*loadGolden("session-v2.nwk").session, *loadGolden("session-v2.json").session);
}

TEST(GoldenFiles, Version3OpensWithItsVotingDetails) {
  for (const char* name : {"session-v3.nwk", "session-v3.json"}) {
    SCOPED_TRACE(name);
    const LoadResult r = loadGolden(name);
    ASSERT_TRUE(r.session);
    const Session& s = *r.session;
    EXPECT_EQ(r.formatVersion, 3u);
    ASSERT_EQ(s.rounds.size(), 2u);
    const VotingRound& dots = s.rounds[0];
    EXPECT_EQ(dots.state, RoundState::Closed);
    EXPECT_EQ(dots.points, 3);
    EXPECT_EQ(dots.maxPerProposal, 2);
    ASSERT_EQ(dots.paper.size(), 1u);
    EXPECT_EQ(dots.paper[0].voters, 4);
    EXPECT_EQ(dots.paper[0].dots[2].dots, 4);
    EXPECT_EQ(s.rounds[1].criteria, (std::vector<std::string>{"Wirkung", "Umsetzbarkeit"}));
    EXPECT_EQ(s.ballots.back().entries[3].criterion, 1);
    for (const VotingRound& round : s.rounds) EXPECT_EQ(round.liveCode, "");
  }
  EXPECT_EQ(*loadGolden("session-v3.nwk").session, *loadGolden("session-v3.json").session);
}

TEST(GoldenFiles, Version4OpensWithItsLiveVote) {
  for (const char* name : {"session-v4.nwk", "session-v4.json"}) {
    SCOPED_TRACE(name);
    const LoadResult r = loadGolden(name);
    ASSERT_TRUE(r.session);
    const Session& s = *r.session;
    EXPECT_EQ(r.formatVersion, 4u);
    EXPECT_EQ(s.rounds[0].liveCode, "");
    EXPECT_EQ(s.rounds[1].liveCode, "K7PX");
    EXPECT_EQ(s.ballots.back().liveId, "3f9c2a7be1d04c55");
    EXPECT_EQ(s.ballots.front().liveId, "");
    EXPECT_TRUE(r.repairs.empty());
  }
  EXPECT_EQ(*loadGolden("session-v4.nwk").session, *loadGolden("session-v4.json").session);
}

// Format 5 is format 4 with a CRC-32 at the end of the binary form.
TEST(GoldenFiles, Version5OpensAsVersion4Did) {
  for (const char* name : {"session-v5.nwk", "session-v5.json"}) {
    SCOPED_TRACE(name);
    const LoadResult r = loadGolden(name);
    ASSERT_TRUE(r.session);
    EXPECT_EQ(r.formatVersion, 5u);
    EXPECT_EQ(*r.session, *loadGolden("session-v4.nwk").session);
    EXPECT_TRUE(r.session->measures.empty());
    EXPECT_TRUE(r.session->history.empty());
    EXPECT_EQ(r.session->meta.vorlageNumber, "");
  }
}

// Format 6 is the demo's follow-up conference (`netzwerkkarte-cli demo --follow-up` of its
// time): its measures, goals and fields of action, and the conference before it as its
// baseline. It opens with format 7's fields at their defaults.
TEST(GoldenFiles, Version6OpensWithItsBaseline) {
  for (const char* name : {"session-v6.nwk", "session-v6.json"}) {
    SCOPED_TRACE(name);
    const LoadResult r = loadGolden(name);
    ASSERT_TRUE(r.session);
    const Session& s = *r.session;
    EXPECT_EQ(r.formatVersion, 6u);
    EXPECT_TRUE(r.repairs.empty());
    ASSERT_EQ(s.history.size(), 1u);
    EXPECT_EQ(s.history[0].meta.vorlageNumber, "V/2026/014");
    EXPECT_EQ(s.history[0].measures.size(), 3u);
    EXPECT_EQ(s.measures.size(), 3u);
    EXPECT_EQ(s.measures[1].status, MeasureStatus::Done);
    EXPECT_EQ(s.measures[0].notes.size(), 1u);
    EXPECT_EQ(s.fields.size(), 2u);
    EXPECT_EQ(s.goals.size(), 2u);
    EXPECT_EQ(s.indicatorColumns[0].asOf, "2026-12-31");
    EXPECT_EQ(s.history[0].indicatorColumns[0].asOf, "2025-12-31");
    EXPECT_EQ(s.history[0].proposals[0].field, s.history[0].fields[1].id);
    EXPECT_TRUE(s.strengths.empty());
    for (const Offer& o : s.offers) EXPECT_EQ(o.reach, Reach::District);
    for (const Proposal& p : s.proposals) EXPECT_EQ(p.tables, 1);
  }
  EXPECT_EQ(*loadGolden("session-v6.nwk").session, *loadGolden("session-v6.json").session);
}

// Format 7 is today's demo follow-up: offers of every reach, with access and funding;
// strengths; district notes; proposals named by several tables, with themes; attendance.
TEST(GoldenFiles, Version7OpensWithTheBestandsanalyseAndSavesToTheSameBytes) {
  for (const char* name : {"session-v7.nwk", "session-v7.json"}) {
    SCOPED_TRACE(name);
    const LoadResult r = loadGolden(name);
    ASSERT_TRUE(r.session);
    const Session& s = *r.session;
    EXPECT_EQ(r.formatVersion, 7u);
    EXPECT_TRUE(r.repairs.empty());
    EXPECT_EQ(s.history.size(), 1u);
    EXPECT_EQ(s.history[0].strengths.size(), 4u);
    EXPECT_TRUE(s.strengths.empty());  // each conference names its own
    EXPECT_EQ(s.history[0].meta.people, 48);
    EXPECT_EQ(s.history[0].meta.institutions, 23);
    EXPECT_EQ(s.districts[1].note, "Viele junge Familien ziehen zu; die Kitas führen Wartelisten.");
    const auto offer = [&](const char* name) {
      return *findById(s.offers, [&] {
        for (const Offer& o : s.offers)
          if (o.name == name) return o.id;
        return kNoId;
      }());
    };
    EXPECT_EQ(offer("Erziehungsberatungsstelle").reach, Reach::Town);
    const Offer mobile = offer("Mobile Jugendarbeit Süd");
    EXPECT_EQ(mobile.reach, Reach::Mobile);
    EXPECT_EQ(mobile.servedDistricts, (std::vector<Id>{s.districts[2].id, s.districts[3].id}));
    const Offer lernhafen = offer("Lernhafen Hausaufgabenhilfe");
    EXPECT_EQ(lernhafen.cost, Cost::Reduced);
    EXPECT_TRUE(lernhafen.educationPackage);
    EXPECT_TRUE(lernhafen.projectFunding);
    EXPECT_EQ(lernhafen.fundedUntil, "2027-07-31");
    EXPECT_EQ(offer("Familienzentrum Nord").languages, "Russisch, Türkisch");
    EXPECT_TRUE(offer("Familienzentrum Nord").lowThreshold);
    const Session& before = s.history[0];  // the board stays with the conference it was made at
    ASSERT_EQ(before.proposals.size(), 5u);
    EXPECT_EQ(before.proposals[0].tables, 3);
    EXPECT_EQ(before.proposals[0].alsoNamedIn, (std::vector<Id>{before.ageGroups[1].id}));
    EXPECT_EQ(before.proposals[0].tags, (std::vector<std::string>{"Information", "Lotsen"}));
    EXPECT_EQ(saveSession(s, r.format), readFile(std::string(NWK_GOLDEN_DIR) + "/" + name))
        << "this version writes format 7 differently than before";
  }
  EXPECT_EQ(*loadGolden("session-v7.nwk").session, *loadGolden("session-v7.json").session);
}

// Small enough to be mangled at every byte: the format-1 golden file with the later fields set.
Session compactSession() {
  Session s = *loadGolden("session-v1.nwk").session;
  s.meta.coverage = {2, 3.5};
  s.ageGroups[0].populationColumn = s.indicatorColumns[0].id;
  for (District& d : s.districts) d.code = std::to_string(d.id);
  return s;
}

void expectRefused(std::string_view bytes, const char* expectedWords = "") {
  const LoadResult r = loadSession(bytes);
  EXPECT_FALSE(r.session.has_value());
  EXPECT_FALSE(r.error.empty());
  EXPECT_NE(r.error.find(expectedWords), std::string::npos) << r.error;
}

TEST(HostileFiles, TruncatedAtEveryByteIsRefused) {
  const std::string full = saveSession(compactSession(), SessionFormat::Binary);
  for (std::size_t n = 0; n < full.size(); ++n) expectRefused(std::string_view(full).substr(0, n));
  const std::string json = saveSession(compactSession(), SessionFormat::Json);
  for (std::size_t n = 0; n < json.size(); n += 7) expectRefused(std::string_view(json).substr(0, n));
}

// CRC-32 catches every single-bit flip by construction; one bit per byte, rotating, shows it.
TEST(HostileFiles, ABitFlipAnywhereInAFormat5FileIsRefusedAsDamaged) {
  const std::string full = saveSession(compactSession(), SessionFormat::Binary);
  std::size_t damaged = 0;
  std::size_t readable = 0;
  for (std::size_t i = 0; i < full.size(); ++i) {
    const int bit = static_cast<int>(i % 8);
    std::string bytes = full;
    bytes[i] = static_cast<char>(bytes[i] ^ (1 << bit));
    const LoadResult r = loadSession(bytes);
    ASSERT_FALSE(r.session.has_value()) << "byte " << i << " bit " << bit;
    EXPECT_FALSE(r.error.empty());
    if (r.error == tr(Str::ErrChecksum)) ++damaged;
    if (r.readablePart) {
      ++readable;
      EXPECT_EQ(validate(*r.readablePart), std::nullopt) << "byte " << i << " bit " << bit;
    }
  }
  EXPECT_GT(damaged, full.size() * 9 / 10) << "nearly all flips are named as damage (the rest hit the header)";
  EXPECT_GT(readable, full.size() / 2) << "where the rest still parses, it is offered";
}

TEST(HostileFiles, ADamagedFileOffersWhatStillReadsAndChangesNothingElse) {
  Session s = makeDemoSession();
  std::string bytes = saveSession(s, SessionFormat::Binary);
  const auto at = bytes.find("Familienzentrum");
  ASSERT_NE(at, std::string::npos);
  bytes[at] = 'X';  // one letter of a name: the archive still parses
  const LoadResult r = loadSession(bytes);
  EXPECT_FALSE(r.session);
  EXPECT_NE(r.error.find("beschädigt"), std::string::npos) << r.error;
  EXPECT_NE(r.error.find("Prüfsumme"), std::string::npos) << r.error;
  ASSERT_TRUE(r.readablePart);
  EXPECT_EQ(r.readablePart->offers.size(), s.offers.size());
  bytes.resize(bytes.size() / 2);  // and one cut in half: nothing to offer
  const LoadResult half = loadSession(bytes);
  EXPECT_FALSE(half.session);
  EXPECT_FALSE(half.readablePart);
}

TEST(HostileFiles, OlderFormatsWithoutChecksumStillLoadEveryBitFlipValidly) {
  std::string v4 = saveSession(compactSession(), SessionFormat::Binary);
  v4.resize(v4.size() - 4);  // format 4 had no checksum
  v4[8] = 4;
  ASSERT_TRUE(loadSession(v4).session) << loadSession(v4).error;
  for (std::size_t i = 12; i < v4.size(); ++i) {
    std::string bytes = v4;
    bytes[i] = static_cast<char>(bytes[i] ^ 0x10);
    const LoadResult r = loadSession(bytes);
    ASSERT_TRUE(r.session.has_value() != !r.error.empty()) << "byte " << i;
    if (r.session) EXPECT_EQ(validate(*r.session), std::nullopt) << "byte " << i;
  }
}

TEST(HostileFiles, AHugeLengthPrefixIsRefusedWithoutAllocating) {
  std::string bytes("NWKARTE\x1A\x01\x00\x00\x00\x01", 13);
  bytes += std::string("\x01\x00\x00\x00", 4);                  // class version of Session
  bytes += std::string("\x01\x00\x00\x00", 4);                  // class version of Meta (format 1)
  bytes += std::string("\x00\x00\x00\x00\x00\x00\x00\x10", 8);  // title length 2^60
  expectRefused(bytes, "Längenangabe");
}

TEST(HostileFiles, ForeignEmptyFutureAndOversizedFilesAreNamedAsSuch) {
  expectRefused("", "leer");
  expectRefused("PK\x03\x04 this is a zip", "keine Netzwerkkarte-Sitzung");
  expectRefused("{\"type\": \"FeatureCollection\", \"features\": []}", "fehlerhaft");
  std::string future = saveSession(makeDemoSession(), SessionFormat::Binary);
  future[8] = 9;
  expectRefused(future, "neueren Version");
  expectRefused(R"({"netzwerkkarte": {"format": 8, "session": {}}})", "neueren Version");
  expectRefused(std::string(kMaxFileBytes + 1, ' '), "zu groß");
}

TEST(HostileFiles, WrongJsonTypesAreRefused) {
  std::string json = saveSession(makeDemoSession(), SessionFormat::Json);
  const auto at = json.find("\"capacity\": 85");
  ASSERT_NE(at, std::string::npos);
  json.replace(at, 14, "\"capacity\": \"viele\"");
  expectRefused(json, "JSON");
}

TEST(HostileFiles, DeepNestingIsRefusedWithoutRecursingDeep) {
  const std::string deep = "{\"netzwerkkarte\":" + std::string(100000, '[') + std::string(100000, ']') + "}";
  expectRefused(deep, "verschachtelt");
}

// A file that reads but breaks a rule opens anyway, repaired, and says where.
LoadResult expectRepaired(const Session& s, SessionFormat format, const char* expectedWords) {
  const LoadResult r = loadSession(saveSession(s, format));
  EXPECT_TRUE(r.session) << r.error;
  EXPECT_FALSE(r.repairs.empty());
  std::string all;
  for (const std::string& line : r.repairs) all += line + "\n";
  EXPECT_NE(all.find(expectedWords), std::string::npos) << all;
  if (r.session) EXPECT_EQ(validate(*r.session), std::nullopt);
  return r;
}

TEST(RepairedFiles, InvalidUtf8IsMendedInASessionFileAndNamedInAJsonCopy) {
  Session s = makeDemoSession();
  s.offers[0].name = "Kita \xC3\x28";  // broken two-byte sequence
  const LoadResult r = expectRepaired(s, SessionFormat::Binary, "UTF-8");
  ASSERT_TRUE(r.session);
  EXPECT_EQ(r.session->offers[0].name, "Kita \xEF\xBF\xBD(");
  EXPECT_EQ(r.session->offers.size(), s.offers.size());
  // A JSON text in another encoding is not JSON: the reader says so (and how to fix it).
  expectRefused(saveSession(s, SessionFormat::Json), "UTF-8");
}

TEST(RepairedFiles, DanglingReferencesAndImpossibleValuesAreClearedAndListed) {
  Session s = makeDemoSession();
  s.links[0].to = 4242;
  EXPECT_EQ(expectRepaired(s, SessionFormat::Binary, "fehlendes Element").session->links.size(), s.links.size() - 1);
  s = makeDemoSession();
  s.offers[1].location.lat = 123.0;
  EXPECT_FALSE(expectRepaired(s, SessionFormat::Json, "Bereich").session->offers[1].hasLocation);
  s = makeDemoSession();
  s.problems[1].id = s.problems[0].id;
  const Session renumbered = *expectRepaired(s, SessionFormat::Binary, "Kennung").session;
  EXPECT_EQ(renumbered.problems.size(), s.problems.size()) << "a repeated id is renumbered, nothing is dropped";
  EXPECT_EQ(renumbered.problems[1].text, s.problems[1].text);
  s = makeDemoSession();
  s.ageGroups[2].populationColumn = 4242;
  EXPECT_EQ(expectRepaired(s, SessionFormat::Json, "fehlendes Element").session->ageGroups[2].populationColumn, kNoId);
  s = makeDemoSession();
  s.meta.coverage.minPer1000 = -1.0;
  expectRepaired(s, SessionFormat::Binary, "coverage.minPer1000");
}

TEST(RepairedFiles, AGermanDateInAFileIsReadAsTheDateItIs) {
  Session s = makeDemoSession();
  s.meta.date = "14.03.2027";  // what older versions let the workshop form store
  EXPECT_EQ(expectRepaired(s, SessionFormat::Binary, "date").session->meta.date, "2027-03-14");
  s.meta.date = "nächste Woche";
  EXPECT_EQ(expectRepaired(s, SessionFormat::Json, "date").session->meta.date, "");
}

TEST(FileNames, FormatFollowsTheExtension) {
  EXPECT_EQ(formatFromFileName("a.nwk"), SessionFormat::Binary);
  EXPECT_EQ(formatFromFileName("B.JSON"), SessionFormat::Json);
  EXPECT_FALSE(formatFromFileName("c.txt").has_value());
}

}  // namespace
}  // namespace nwk
