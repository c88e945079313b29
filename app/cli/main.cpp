// netzwerkkarte-cli: the workshop core on the command line, no UI. Exit code 0 on success,
// 1 with a message (German by default, NWK_LANG=en for English) on stderr otherwise, 2 for
// a wrong command line.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "core/analysis/chain.hpp"
#include "core/analysis/coverage.hpp"
#include "core/export/compare_export.hpp"
#include "core/export/export_csv.hpp"
#include "core/export/export_geojson.hpp"
#include "core/export/export_tables.hpp"
#include "core/export/export_markdown.hpp"
#include "core/export/progress_report.hpp"
#include "core/export/report_html.hpp"
#include "core/geo/polygon.hpp"
#include "core/import/geojson.hpp"
#include "core/import/merge.hpp"
#include "core/io/json_writer.hpp"
#include "core/io/serialize.hpp"
#include "core/io/session_io.hpp"
#include "core/model/validate.hpp"
#include "core/sample/demo.hpp"
#include "core/sample/demo_followup.hpp"
#include "core/sample/synthetic.hpp"
#include "core/text/i18n.hpp"
#include "core/voting/tally.hpp"

#ifndef NWK_VERSION
#define NWK_VERSION "dev"
#endif

namespace {

using nwk::Str;

constexpr const char* kUsage =
    "Usage: netzwerkkarte-cli COMMAND ...\n"
    "  demo -o FILE          write the built-in demo workshop\n"
    "  demo --after FILE | --follow-up FILE\n"
    "                        the demo a year on: its measures plan, or its follow-up conference\n"
    "  info FILE             JSON summary: format version and counts\n"
    "  validate FILE         check a session file\n"
    "  convert IN OUT        binary (.nwk) <-> JSON (.json), by extension\n"
    "  merge A B -o OUT      merge session B into A; duplicates reported on stderr\n"
    "  synth [--districts N] [--vertices N] [--offers N] [--links N] [--proposals N]\n"
    "        [--ballots N] [--seed N] -o FILE\n"
    "                        write a synthetic session of that size (tests, benchmarks)\n"
    "  import-districts GEOJSON (-o FILE | --into FILE) [--name-property P]\n"
    "                        districts from a GeoJSON file: a new session (-o) or in place\n"
    "                        of the districts of FILE (--into); names from property P\n"
    "  district-at FILE LON LAT  name of the district containing the point (exit 1: none)\n"
    "  coverage FILE           the coverage matrix (districts x age groups, gaps) as JSON\n"
    "  coverage FILE --by-category [--age-group ID]\n"
    "                        offers per district and category (for one age group) as JSON\n"
    "  chain FILE              the prevention chain per district as JSON: the transitions\n"
    "                        between neighbouring age groups, covered or not, the links and\n"
    "                        offers carrying them, the offers without any link\n"
    "  tally FILE [--round ID] the results of every voting round (or one) as JSON: scores,\n"
    "                        ranks, ballots, per participant group\n"
    "  export FILE --format html|csv|xlsx|geojson|md [--table offers|links|problems|\n"
    "         strengths|proposals|coverage|districts] [--rfc4180] [--include-hidden] -o OUT\n"
    "                        the report (HTML), a table (CSV, default offers; for German Excel\n"
    "                        unless --rfc4180), every table as sheets of one workbook (XLSX),\n"
    "                        the map (GeoJSON) or a summary (Markdown);\n"
    "                        rounds with hidden results only with --include-hidden\n"
    "  compare OLD NEW [--format json|md|csv]\n"
    "                        what changed from conference OLD to NEW (offers, gaps,\n"
    "                        indicators, goals, measures) on stdout, default JSON\n"
    "  progress FILE [--since DATE] [--today DATE] [--format html|md|csv] [-o OUT]\n"
    "                        the progress report of the measures (Sachstandsbericht): notes\n"
    "                        since DATE, overdue on --today (default: the system date);\n"
    "                        HTML by default, on stdout without -o\n"
    "  --version | --help\n";

struct Failure {
  std::string message;
};

std::string readFile(const std::string& path) {
  std::error_code ec;
  const auto size = std::filesystem::file_size(path, ec);
  if (ec) throw Failure{"Die Datei kann nicht gelesen werden: " + path};
  if (size > nwk::kMaxFileBytes)
    throw Failure{nwk::trf(Str::ErrFileTooLarge, static_cast<double>(size) / (1024.0 * 1024.0),
                           static_cast<int>(nwk::kMaxFileBytes / (1024 * 1024)))};
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  if (!in && !in.eof()) throw Failure{"Die Datei kann nicht gelesen werden: " + path};
  return std::move(ss).str();
}

// Written to a temporary file first, then renamed: a crash never leaves half a file.
void writeFile(const std::string& path, const std::string& bytes) {
  const std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) throw Failure{"Die Datei kann nicht geschrieben werden: " + path};
  }
  std::error_code ec;
  std::filesystem::rename(tmp, path, ec);
  if (ec) throw Failure{"Die Datei kann nicht geschrieben werden: " + path};
}

nwk::SessionFormat formatFor(const std::string& path) {
  if (auto f = nwk::formatFromFileName(path)) return *f;
  throw Failure{"Unbekannte Dateiendung (erwartet .nwk oder .json): " + path};
}

// A file that broke a rule opens repaired (as in the app); what was repaired goes to stderr.
nwk::LoadResult load(const std::string& path) {
  nwk::LoadResult r = nwk::loadSession(readFile(path));
  if (!r.session) throw Failure{path + ": " + r.error};
  for (const std::string& line : r.repairs) std::fprintf(stderr, "%s: repariert: %s\n", path.c_str(), line.c_str());
  return r;
}

void save(const std::string& path, const nwk::Session& s) { writeFile(path, nwk::saveSession(s, formatFor(path))); }

std::string infoJson(const nwk::LoadResult& r) {
  const nwk::Session& s = *r.session;
  nwk::JsonWriter w;
  w.beginObject();
  w.key("format").value(static_cast<std::int64_t>(r.formatVersion));
  w.key("encoding").value(r.format == nwk::SessionFormat::Binary ? "binary" : "json");
  w.key("title").value(s.meta.title);
  w.key("counts").beginObject();
  const std::pair<const char*, std::size_t> counts[] = {
      {"ageGroups", s.ageGroups.size()}, {"categories", s.categories.size()}, {"districts", s.districts.size()},
      {"offers", s.offers.size()},       {"links", s.links.size()},           {"problems", s.problems.size()},
      {"proposals", s.proposals.size()}, {"groups", s.groups.size()},         {"rounds", s.rounds.size()},
      {"ballots", s.ballots.size()}};
  for (const auto& [name, n] : counts) w.key(name).value(static_cast<std::int64_t>(n));
  w.endObject().endObject();
  return w.str();
}

// What the app asks before such a merge, said on stderr (the merge goes ahead).
void warnBeforeMerge(const std::string& file, const nwk::Session& open, const nwk::Session& incoming) {
  const nwk::MergeCaution c = nwk::mergeCaution(open, incoming);
  std::vector<std::string> lines;
  if (!c.otherTown.empty())
    lines.push_back(nwk::trf(Str::MergeOtherTown, file.c_str(), c.otherTown.c_str(), open.meta.municipality.c_str()));
  if (c.foreignDistricts > 0)
    lines.push_back(
        nwk::trf(Str::MergeForeignDistricts, nwk::counted(c.foreignDistricts, nwk::Noun::District).c_str()));
  if (c.sameSession) lines.push_back(nwk::trf(Str::MergeSameSession, file.c_str()));
  else if (c.mergedBefore()) lines.push_back(nwk::trf(Str::MergeAlreadyHere, file.c_str()));
  for (const std::string& line : lines) std::fprintf(stderr, "Achtung: %s\n", line.c_str());
}

const char* kindName(nwk::Duplicate::Kind k) {
  switch (k) {
    case nwk::Duplicate::Kind::Offer: return "Angebot";
    case nwk::Duplicate::Kind::Problem: return "Problem";
    case nwk::Duplicate::Kind::Proposal: return "Lösungsvorschlag";
  }
  return "";
}

std::uint32_t toCount(const std::string& text) {
  char* end = nullptr;
  const unsigned long n = std::strtoul(text.c_str(), &end, 10);
  if (text.empty() || *end != '\0' || n > 1'000'000) throw Failure{"Ungültige Anzahl: " + text};
  return static_cast<std::uint32_t>(n);
}

// The value after `flag` in args (removed from args), or nothing.
std::optional<std::string> takeOption(std::vector<std::string>& args, const char* flag) {
  for (std::size_t i = 0; i + 1 < args.size(); ++i) {
    if (args[i] != flag) continue;
    std::string value = args[i + 1];
    args.erase(args.begin() + static_cast<std::ptrdiff_t>(i), args.begin() + static_cast<std::ptrdiff_t>(i) + 2);
    return value;
  }
  return std::nullopt;
}

// Whether `flag` is in args (removed from args).
bool takeFlag(std::vector<std::string>& args, const char* flag) {
  const auto it = std::find(args.begin(), args.end(), flag);
  if (it == args.end()) return false;
  args.erase(it);
  return true;
}

std::optional<nwk::ExportTable> exportTable(const std::string& name) {
  static constexpr std::pair<const char*, nwk::ExportTable> kTables[] = {{"offers", nwk::ExportTable::Offers},
                                                                         {"links", nwk::ExportTable::Links},
                                                                         {"problems", nwk::ExportTable::Problems},
                                                                         {"proposals", nwk::ExportTable::Proposals},
                                                                         {"coverage", nwk::ExportTable::Coverage},
                                                                         {"strengths", nwk::ExportTable::Strengths},
                                                                         {"districts", nwk::ExportTable::Districts}};
  for (const auto& [key, table] : kTables)
    if (name == key) return table;
  return std::nullopt;
}

// export: the session in one of the export formats; nothing for a wrong command line.
std::optional<std::string> exported(std::vector<std::string>& args) {
  const auto format = takeOption(args, "--format");
  const auto table = exportTable(takeOption(args, "--table").value_or("offers"));
  const bool rfc4180 = takeFlag(args, "--rfc4180");
  nwk::ExportOptions options;
  options.includeHidden = takeFlag(args, "--include-hidden");
  if (args.size() != 1 || !format || !table) return std::nullopt;
  const nwk::Session session = *load(args[0]).session;
  if (*format == "html") return nwk::reportHtml(session, options);
  if (*format == "md") return nwk::exportMarkdown(session, options);
  if (*format == "geojson") return nwk::exportGeoJson(session);
  if (*format == "xlsx") return nwk::exportWorkbook(session, options);
  if (*format != "csv") return std::nullopt;
  return nwk::exportCsv(session, *table, rfc4180 ? nwk::CsvDialect::Rfc4180 : nwk::CsvDialect::ExcelDe, options);
}

// coverage: the matrix of age groups, or of categories (for one age group); nothing for a
// wrong command line.
std::optional<std::string> coverageReport(std::vector<std::string>& args) {
  const bool byCategory = takeFlag(args, "--by-category");
  const auto ageGroup = takeOption(args, "--age-group");
  if (args.size() != 1 || (ageGroup && !byCategory)) return std::nullopt;
  const nwk::Session session = *load(args[0]).session;
  if (!byCategory) return nwk::coverageJson(session);
  const nwk::Id id = ageGroup ? toCount(*ageGroup) : nwk::kNoId;
  if (ageGroup && !nwk::findById(session.ageGroups, id)) throw Failure{nwk::trf(Str::CoverageNoAgeGroup, id)};
  return nwk::categoryCoverageJson(session, id);
}

// compare: what changed from the first session to the second; nothing for a wrong command line.
std::optional<std::string> compared(std::vector<std::string>& args) {
  const std::string format = takeOption(args, "--format").value_or("json");
  if (args.size() != 2 || (format != "json" && format != "md" && format != "csv")) return std::nullopt;
  const nwk::Comparison c = nwk::compareSessions(*load(args[0]).session, *load(args[1]).session);
  if (format == "md") return nwk::comparisonMarkdown(c);
  return format == "csv" ? nwk::comparisonCsv(c) : nwk::comparisonJson(c) + "\n";
}

// A date option as "YYYY-MM-DD" (typed so or "TT.MM.JJJJ"), or nothing when not given.
std::optional<std::string> dateOption(std::vector<std::string>& args, const char* flag) {
  const auto typed = takeOption(args, flag);
  if (!typed) return std::nullopt;
  auto iso = nwk::isoDate(*typed);
  if (!iso || iso->empty()) throw Failure{nwk::trf(Str::ProgressBadDate, typed->c_str())};
  return iso;
}

std::string systemDate() {
  const std::time_t now = std::time(nullptr);
  char date[16] = "";
  std::strftime(date, sizeof date, "%Y-%m-%d", std::localtime(&now));
  return date;
}

// progress: the Sachstandsbericht; nothing for a wrong command line.
std::optional<std::string> progressReport(std::vector<std::string>& args) {
  const std::string format = takeOption(args, "--format").value_or("html");
  const std::string since = dateOption(args, "--since").value_or("");
  const std::string today = dateOption(args, "--today").value_or(systemDate());
  if (args.size() != 1 || (format != "html" && format != "md" && format != "csv")) return std::nullopt;
  const nwk::Session session = *load(args[0]).session;
  if (format == "md") return nwk::progressMarkdown(session, since, today);
  return format == "csv" ? nwk::progressCsv(session, today) : nwk::progressHtml(session, since, today);
}

// import-districts: the file's districts in a new session, or in place of those of `into`.
void importDistricts(const std::string& geojson, const std::string& target, bool into,
                     const std::string& nameProperty) {
  formatFor(target);
  const nwk::DistrictImport r = nwk::importDistricts(readFile(geojson), nameProperty);
  if (!r.error.empty()) throw Failure{geojson + ": " + r.error};
  nwk::Document doc{into ? *load(target).session : nwk::makeDefaultSession(), {}};
  nwk::replaceDistricts(doc, r.districts);
  save(target, doc.session);
  std::printf("%s: %s\n", target.c_str(), nwk::summary(r).c_str());
  for (const std::string& warning : r.warnings)
    std::fprintf(stderr, "%s: %s\n", nwk::tr(Str::NoticeTitle), warning.c_str());
  if (r.nameObvious) return;
  std::string keys;
  for (const std::string& k : r.propertyKeys) keys += (keys.empty() ? "" : ", ") + k;
  std::fprintf(stderr, "%s\n", nwk::trf(Str::GeoCliPropertyKeys, keys.c_str()).c_str());
}

double toDegrees(const std::string& text, double limit) {
  char* end = nullptr;
  const double degrees = std::strtod(text.c_str(), &end);
  if (text.empty() || *end != '\0' || !std::isfinite(degrees) || std::abs(degrees) > limit)
    throw Failure{nwk::trf(Str::GeoBadLonLat, text.c_str())};
  return degrees;
}

int districtAt(const std::string& path, const std::string& lon, const std::string& lat) {
  const auto r = load(path);
  const nwk::LonLat point{toDegrees(lon, 180.0), toDegrees(lat, 90.0)};
  const nwk::District* district = nwk::findById(r.session->districts, nwk::districtAt(*r.session, point));
  if (!district) {
    std::fprintf(stderr, "%s\n", nwk::trf(Str::GeoNoDistrictAt, point.lon, point.lat).c_str());
    return 1;
  }
  std::printf("%s\n", district->name.c_str());
  return 0;
}

int run(std::vector<std::string> args) {
  if (args.size() == 1 && args[0] == "--version") {
    std::printf("netzwerkkarte-cli %s (Sitzungsformat %u)\n", NWK_VERSION, nwk::kSessionFormatVersion);
    return 0;
  }
  if (args.size() == 1 && (args[0] == "--help" || args[0] == "-h")) {
    std::fputs(kUsage, stdout);
    return 0;
  }
  if (args.empty()) {
    std::fputs(kUsage, stderr);
    return 2;
  }
  const std::string command = args[0];
  args.erase(args.begin());
  const auto out = takeOption(args, "-o");
  if (command == "demo" && out && args.empty()) {
    save(*out, nwk::makeDemoSession());
  } else if (command == "demo" && !out && args.size() == 2 && (args[0] == "--after" || args[0] == "--follow-up")) {
    save(args[1], args[0] == "--after" ? nwk::makeDemoAfterConference() : nwk::makeDemoFollowUp());
  } else if (command == "info" && args.size() == 1 && !out) {
    std::printf("%s\n", infoJson(load(args[0])).c_str());
  } else if (command == "coverage" && !out) {
    const auto text = coverageReport(args);
    if (!text) {
      std::fputs(kUsage, stderr);
      return 2;
    }
    std::printf("%s\n", text->c_str());
  } else if (command == "chain" && args.size() == 1 && !out) {
    std::printf("%s\n", nwk::chainJson(*load(args[0]).session).c_str());
  } else if (command == "tally" && !out) {
    const auto round = takeOption(args, "--round");
    if (args.size() != 1) {
      std::fputs(kUsage, stderr);
      return 2;
    }
    const nwk::Session session = *load(args[0]).session;
    const std::uint32_t id = round ? toCount(*round) : 0;
    if (round && !nwk::findById(session.rounds, id)) throw Failure{nwk::trf(Str::VoteNoRound, id)};
    std::printf("%s\n", nwk::tallyJson(session, round ? std::optional<nwk::Id>(id) : std::nullopt).c_str());
  } else if (command == "validate" && args.size() == 1 && !out) {
    const auto r = load(args[0]);
    if (!r.repairs.empty())
      throw Failure{args[0] + ": ungültig (siehe oben; \"convert\" schreibt eine reparierte Kopie)"};
    std::printf("%s: gültig (Format %u, %s)\n", args[0].c_str(), r.formatVersion,
                nwk::counted(r.session->offers.size(), nwk::Noun::Offer).c_str());
  } else if (command == "convert" && args.size() == 2 && !out) {
    formatFor(args[1]);
    save(args[1], *load(args[0]).session);
  } else if (command == "merge" && args.size() == 2 && out) {
    nwk::Document doc{*load(args[0]).session, {}};
    const nwk::Session incoming = *load(args[1]).session;
    warnBeforeMerge(args[1], doc.session, incoming);
    const nwk::MergeReport report = nwk::merge(doc, incoming);
    for (const nwk::Duplicate& d : report.duplicates) {
      std::string where;  // offers: the district and how far apart the two tables placed them
      if (!d.district.empty()) where += "; " + d.district;
      if (d.metresApart >= 0) where += "; " + std::to_string(std::lround(d.metresApart)) + " m auseinander";
      std::fprintf(stderr, "Mögliches Duplikat (%s): \"%s\" (%u und %u%s)\n", kindName(d.kind), d.name.c_str(),
                   d.existing, d.incoming, where.c_str());
    }
    save(*out, doc.session);
  } else if (command == "synth" && out) {
    nwk::SyntheticSize size;
    std::uint64_t seed = 1;
    if (auto v = takeOption(args, "--districts")) size.districts = toCount(*v);
    if (auto v = takeOption(args, "--vertices")) size.verticesPerDistrict = toCount(*v);
    if (auto v = takeOption(args, "--offers")) size.offers = toCount(*v);
    if (auto v = takeOption(args, "--links")) size.links = toCount(*v);
    if (auto v = takeOption(args, "--proposals")) size.proposals = toCount(*v);
    if (auto v = takeOption(args, "--ballots")) size.ballots = toCount(*v);
    if (auto v = takeOption(args, "--seed")) seed = toCount(*v);
    if (!args.empty()) {
      std::fputs(kUsage, stderr);
      return 2;
    }
    save(*out, nwk::makeSyntheticSession(size, seed));
  } else if (command == "import-districts") {
    const auto into = takeOption(args, "--into");
    const auto nameProperty = takeOption(args, "--name-property");
    if (args.size() != 1 || out.has_value() == into.has_value()) {
      std::fputs(kUsage, stderr);
      return 2;
    }
    importDistricts(args[0], out ? *out : *into, into.has_value(), nameProperty.value_or(""));
  } else if (command == "export" && out) {
    const auto text = exported(args);
    if (!text) {
      std::fputs(kUsage, stderr);
      return 2;
    }
    writeFile(*out, *text);
  } else if (command == "compare" && !out) {
    const auto text = compared(args);
    if (!text) {
      std::fputs(kUsage, stderr);
      return 2;
    }
    std::fputs(text->c_str(), stdout);
  } else if (command == "progress") {
    const auto text = progressReport(args);
    if (!text) {
      std::fputs(kUsage, stderr);
      return 2;
    }
    if (out) writeFile(*out, *text);
    else std::fputs(text->c_str(), stdout);
  } else if (command == "district-at" && args.size() == 3 && !out) {
    return districtAt(args[0], args[1], args[2]);
  } else {
    std::fputs(kUsage, stderr);
    return 2;
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (const char* lang = std::getenv("NWK_LANG"))
    if (auto l = nwk::languageFromCode(lang)) nwk::setLanguage(*l);
  try {
    return run(std::vector<std::string>(argv + 1, argv + argc));
  } catch (const Failure& f) {
    std::fprintf(stderr, "Fehler: %s\n", f.message.c_str());
    return 1;
  }
}
