#include "core/import/geojson.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <initializer_list>
#include <iterator>
#include <utility>

#include "core/geo/polygon.hpp"
#include "core/geo/projection.hpp"
#include "core/io/json_value.hpp"
#include "core/model/validate.hpp"
#include "core/text/names.hpp"
#include "core/text/utf8.hpp"

namespace nwk {
namespace {

// --- Names and texts ---------------------------------------------------------------------------

char lowerAscii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Position of key in list (sameName), or -1.
int rankIn(std::string_view key, std::initializer_list<std::string_view> list) {
  int rank = 0;
  for (std::string_view candidate : list) {
    if (sameName(key, candidate)) return rank;
    ++rank;
  }
  return -1;
}

// Property keys that name a district, and that hold the office's key, best first.
const std::initializer_list<std::string_view> kNameKeys = {
    "name",   "bezeichnung", "stadtteil", "stadtbezirk", "ortsteil", "sozialraum", "quartier",
    "bezirk", "gebiet",      "gen",       "bez",         "bez_name", "name_de",    "label"};
const std::initializer_list<std::string_view> kCodeKeys = {"sbz",    "schluessel", "ags",  "ars", "kennziffer",
                                                           "nummer", "nr",         "code", "id",  "key"};

// A property value as a name or code: strings as they are, numbers written out, the rest
// empty. Control characters become spaces, the ends are trimmed, the length is capped.
std::string textOf(JsonValue value) {
  std::string out(value.string());
  if (value.is(JsonType::Number)) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.15g", value.number());
    out = buffer;
  }
  for (char& c : out)
    if (static_cast<unsigned char>(c) < 0x20) c = ' ';
  const std::size_t first = out.find_first_not_of(' ');
  out.erase(0, std::min(first, out.size()));
  out.erase(out.find_last_not_of(' ') + 1);
  out.resize(utf8Prefix(out, kLimits.textBytes));
  return out;
}

bool hasLetter(const std::string& text) {
  return std::any_of(text.begin(), text.end(), [](char c) {
    return static_cast<unsigned char>(c) >= 0x80 || (lowerAscii(c) >= 'a' && lowerAscii(c) <= 'z');
  });
}

struct KeyStats {
  std::string key;
  bool unique = false;  // every feature has a value, no two the same
  bool wordy = false;   // there are values, and each has a letter
  int nameRank = 0;     // position in kNameKeys; past its end for other keys
  int codeRank = 0;     // position in kCodeKeys; past its end for other keys
};

KeyStats statsOf(const std::string& key, const std::vector<JsonValue>& properties) {
  std::vector<std::string> values;
  bool complete = true, wordy = true;
  for (JsonValue p : properties) {
    std::string v = textOf(p[key]);
    if (v.empty()) {
      complete = false;
      continue;
    }
    wordy = wordy && hasLetter(v);
    values.push_back(std::move(v));
  }
  std::sort(values.begin(), values.end());
  const bool distinct = std::adjacent_find(values.begin(), values.end()) == values.end();
  const auto rank = [&](std::initializer_list<std::string_view> list) {
    const int r = rankIn(key, list);
    return r < 0 ? static_cast<int>(list.size()) : r;
  };
  return {key, complete && distinct, wordy && !values.empty(), rank(kNameKeys), rank(kCodeKeys)};
}

// The names' key, among those whose values are words: one with a different value for every
// feature if there is one; name-like keys (in kNameKeys order) before the rest (file order).
const KeyStats* nameKey(const std::vector<KeyStats>& stats) {
  const KeyStats* best = nullptr;
  for (const KeyStats& s : stats)
    if (s.wordy && (!best || std::pair(!s.unique, s.nameRank) < std::pair(!best->unique, best->nameRank))) best = &s;
  return best;
}

// The codes' key: the best-ranked id-like key with a different value for every feature.
const KeyStats* codeKey(const std::vector<KeyStats>& stats, const std::string& nameProperty) {
  const KeyStats* best = nullptr;
  for (const KeyStats& s : stats)
    if (s.unique && s.codeRank < static_cast<int>(kCodeKeys.size()) && s.key != nameProperty &&
        (!best || s.codeRank < best->codeRank))
      best = &s;
  return best;
}

// True when every point lies within a millimetre of the line through the first two: the
// ring encloses nothing. (Any other ring without a crossing encloses an area.)
bool onOneLine(const PlaneRing& ring) {
  const Vec2 a = ring[0], b = ring[1];
  const double length = std::hypot(b.x - a.x, b.y - a.y);
  return std::all_of(ring.begin(), ring.end(), [&](Vec2 p) {
    return std::abs((b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x)) <= 1e-3 * length;
  });
}

// --- Coordinate systems ------------------------------------------------------------------------

struct Crs {
  int epsg;
  int zone;              // UTM zone; 0: longitude/latitude in degrees
  double eastingPrefix;  // the zone written before the easting ("zE-N" variants)
};
constexpr Crs kKnownCrs[] = {{4326, 0, 0.0},   {4258, 0, 0.0},   {25832, 32, 0.0}, {25833, 33, 0.0},
                             {32632, 32, 0.0}, {32633, 33, 0.0}, {4647, 32, 32e6}, {5650, 33, 33e6}};

// The EPSG code a "crs" name ends with ("EPSG:25832", "urn:ogc:def:crs:EPSG::25832",
// ".../EPSG/0/25832"); CRS84 is 4326; 0 for anything else.
int epsgOf(std::string_view name) {
  std::string upper(name);
  for (char& c : upper) c = c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
  if (upper.find("CRS84") != std::string::npos) return 4326;
  if (upper.find("EPSG") == std::string::npos) return 0;
  std::size_t start = upper.size();
  while (start > 0 && upper[start - 1] >= '0' && upper[start - 1] <= '9') --start;
  int code = 0;
  std::from_chars(upper.data() + start, upper.data() + upper.size(), code);
  return code;
}

// --- The import --------------------------------------------------------------------------------

class Importer {
 public:
  explicit Importer(DistrictImport& out) : out_(out) {}

  void run(std::string_view bytes, const std::string& nameProperty) {
    if (!readDocument(bytes) || !readCrs() || !readFeatures() || !checkSize()) return;
    setAsideNonAreas();
    if (!chooseProperties(nameProperty)) return;
    for (std::size_t i = 0; i < geometries_.size(); ++i)
      if (!readFeature(i)) return;
    out_.crsNote = crs_->zone == 0 ? trf(Str::GeoCrsLonLat, crs_->epsg) : trf(Str::GeoCrsUtm, crs_->zone, crs_->epsg);
    nameTheUnnamed();
    warnAboutRepeatedNames();
  }

 private:
  bool fail(std::string message) {
    out_.error = std::move(message);
    return false;
  }

  bool readDocument(std::string_view bytes) {
    if (bytes.empty()) return fail(tr(Str::ErrFileEmpty));
    if (bytes.size() > kGeoJsonLimits.bytes)
      return fail(trf(Str::ErrFileTooLarge, static_cast<double>(bytes.size()) / (1024.0 * 1024.0),
                      static_cast<int>(kGeoJsonLimits.bytes / (1024 * 1024))));
    const JsonLimits limits;
    parse_ = parseJson(bytes, limits);
    if (!parse_.error) return true;
    if (parse_.error->reason == Str::JsonTooManyValues)
      return fail(trf(Str::GeoTooComplex, static_cast<unsigned>(limits.values)) + tr(Str::GeoSimplifyHint));
    return fail(trf(Str::GeoNotJson, describe(*parse_.error).c_str()));
  }

  JsonValue root() const { return parse_.document.root(); }

  bool readCrs() {
    const JsonValue crs = root()["crs"];
    if (!crs || crs.is(JsonType::Null)) return true;  // none declared: RFC 7946 lon/lat
    const JsonValue properties = crs["properties"];
    const JsonValue code = properties["code"];
    const int epsg = code.is(JsonType::Number) && std::abs(code.number()) < 1e9 ? static_cast<int>(code.number())
                                                                                : epsgOf(properties["name"].string());
    const auto known =
        std::find_if(std::begin(kKnownCrs), std::end(kKnownCrs), [&](const Crs& c) { return c.epsg == epsg; });
    if (known != std::end(kKnownCrs)) {
      crs_ = known;
      declared_ = true;
      return true;
    }
    std::string shown = epsg > 0 ? "EPSG:" + std::to_string(epsg) : std::string(properties["name"].string());
    if (shown.empty()) shown = "?";
    return fail(trf(Str::GeoUnknownCrs, shown.c_str()) + tr(Str::GeoCrsHowTo));
  }

  bool readFeatures() {
    const std::string_view type = root()["type"].string();
    if (type == "FeatureCollection" && root()["features"].is(JsonType::Array)) {
      for (JsonValue feature : root()["features"])
        if (!addFeature(feature)) return false;
      return true;
    }
    if (type == "Feature") return addFeature(root());
    const std::initializer_list<std::string_view> kGeometries = {
        "Polygon", "MultiPolygon", "Point", "MultiPoint", "LineString", "MultiLineString", "GeometryCollection"};
    if (rankIn(type, kGeometries) < 0) return fail(tr(Str::GeoNotGeoJson));
    geometries_.push_back(root());
    properties_.emplace_back();
    return true;
  }

  bool addFeature(JsonValue feature) {
    if (feature["type"].string() != "Feature")
      return fail(trf(Str::GeoNotAFeature, trf(Str::GeoFeature, number(geometries_.size())).c_str()));
    geometries_.push_back(feature["geometry"]);
    properties_.push_back(feature["properties"]);
    return true;
  }

  static unsigned number(std::size_t index) { return static_cast<unsigned>(index + 1); }

  static bool isArea(JsonValue geometry) {
    const std::string_view type = geometry["type"].string();
    return type == "Polygon" || type == "MultiPolygon";
  }
  static bool isPointOrNothing(JsonValue geometry) {
    const std::string_view type = geometry["type"].string();
    return !geometry.is(JsonType::Object) || type == "Point" || type == "MultiPoint";
  }

  // Points and features without geometry beside areas (the offers of an exported map) are
  // set aside with a note; features keep their numbers (numbers_) for the messages. Without
  // areas nothing is set aside, so readFeature refuses the first with the reason.
  void setAsideNonAreas() {
    for (std::size_t i = 0; i < geometries_.size(); ++i) numbers_.push_back(number(i));
    if (std::none_of(geometries_.begin(), geometries_.end(), isArea)) return;
    std::size_t kept = 0;
    for (std::size_t i = 0; i < geometries_.size(); ++i) {
      if (isPointOrNothing(geometries_[i])) continue;
      geometries_[kept] = geometries_[i];
      properties_[kept] = properties_[i];
      numbers_[kept++] = numbers_[i];
    }
    if (kept == geometries_.size()) return;
    out_.warnings.push_back(trf(Str::GeoPointsSetAside, counted(geometries_.size() - kept, Noun::Feature).c_str()));
    geometries_.resize(kept);
    properties_.resize(kept);
    numbers_.resize(kept);
  }

  static std::size_t countPoints(JsonValue coordinates) {
    if (coordinates.size() >= 2 && (*coordinates.begin()).is(JsonType::Number)) return 1;
    std::size_t n = 0;
    for (JsonValue inner : coordinates) n += inner.is(JsonType::Array) ? countPoints(inner) : 0;
    return n;
  }

  bool checkSize() {
    const std::size_t features = geometries_.size();
    if (features == 0) return fail(tr(Str::GeoNoFeatures));
    if (features > kGeoJsonLimits.features)
      return fail(trf(Str::GeoTooManyFeatures, static_cast<unsigned>(features),
                      static_cast<unsigned>(kGeoJsonLimits.features)));
    std::size_t points = 0;
    for (JsonValue g : geometries_) points += countPoints(g["coordinates"]);
    if (points > kGeoJsonLimits.points)
      return fail(
          trf(Str::GeoTooManyPoints, static_cast<unsigned>(points), static_cast<unsigned>(kGeoJsonLimits.points)) +
          tr(Str::GeoSimplifyHint));
    return true;
  }

  // The property keys in order of appearance (at most kMaxKeys), then the name and code
  // properties.
  bool chooseProperties(const std::string& wanted) {
    constexpr std::size_t kMaxKeys = 200;
    std::vector<std::string>& keys = out_.propertyKeys;
    for (JsonValue p : properties_)
      for (auto it = p.begin(); it != p.end() && keys.size() < kMaxKeys; ++it)
        if (std::find(keys.begin(), keys.end(), (*it).key()) == keys.end()) keys.emplace_back((*it).key());
    if (!wanted.empty()) {
      if (std::find(keys.begin(), keys.end(), wanted) == keys.end()) {
        std::string present;
        for (const std::string& k : keys) present += (present.empty() ? "" : ", ") + k;
        return fail(trf(Str::GeoNoSuchProperty, wanted.c_str(), present.empty() ? "-" : present.c_str()));
      }
      out_.nameProperty = wanted;
      out_.nameObvious = true;
    }
    std::vector<KeyStats> stats;
    for (const std::string& k : keys) stats.push_back(statsOf(k, properties_));
    const KeyStats* name = wanted.empty() ? nameKey(stats) : nullptr;
    if (name) {
      out_.nameProperty = name->key;
      out_.nameObvious = name->unique && name->nameRank < static_cast<int>(kNameKeys.size());
    }
    if (const KeyStats* code = codeKey(stats, out_.nameProperty)) out_.codeProperty = code->key;
    return true;
  }

  bool readFeature(std::size_t i) {
    District d;
    if (!out_.nameProperty.empty()) d.name = textOf(properties_[i][out_.nameProperty]);
    if (!out_.codeProperty.empty()) d.code = textOf(properties_[i][out_.codeProperty]);
    label_ =
        d.name.empty() ? trf(Str::GeoFeature, numbers_[i]) : trf(Str::GeoFeatureNamed, numbers_[i], d.name.c_str());
    const JsonValue geometry = geometries_[i];
    if (!geometry.is(JsonType::Object)) return fail(trf(Str::GeoNoGeometry, label_.c_str()));
    const std::string type(geometry["type"].string());
    if (type != "Polygon" && type != "MultiPolygon")
      return fail(trf(Str::GeoNotAnArea, label_.c_str(), type.empty() ? "-" : type.c_str()));
    const JsonValue coordinates = geometry["coordinates"];
    if (!coordinates.is(JsonType::Array)) return fail(trf(Str::GeoBadCoordinates, label_.c_str()));
    if (type == "Polygon") {
      if (!readPolygon(coordinates, d)) return false;
    } else {
      for (JsonValue polygon : coordinates)
        if (!readPolygon(polygon, d)) return false;
    }
    if (d.parts.empty()) return fail(trf(Str::GeoEmptyGeometry, label_.c_str()));
    out_.districts.push_back(std::move(d));
    return true;
  }

  bool readPolygon(JsonValue rings, District& d) {
    if (!rings.is(JsonType::Array)) return fail(trf(Str::GeoBadCoordinates, label_.c_str()));
    if (rings.size() == 0) return fail(trf(Str::GeoEmptyGeometry, label_.c_str()));
    Polygon polygon;
    for (JsonValue positions : rings) {
      polygon.rings.emplace_back();
      if (!readRing(positions, polygon.rings.back())) return false;
    }
    d.parts.push_back(std::move(polygon));
    return true;
  }

  // Without the closing point and repeated points; at least 3 points enclosing an area,
  // never crossing itself.
  bool readRing(JsonValue positions, Ring& ring) {
    if (!positions.is(JsonType::Array)) return fail(trf(Str::GeoBadCoordinates, label_.c_str()));
    for (JsonValue position : positions) {
      LonLat p;
      if (!readPosition(position, p)) return false;
      if (ring.empty() || !(ring.back() == p)) ring.push_back(p);
    }
    if (ring.size() > 1 && ring.front() == ring.back()) ring.pop_back();
    if (ring.size() < 3) return fail(trf(Str::GeoRingDegenerate, label_.c_str()));
    const PlaneRing plane = project(ring, projectionAround(ring[0]));
    if (onOneLine(plane)) return fail(trf(Str::GeoRingDegenerate, label_.c_str()));
    if (const auto edge = selfIntersection(plane))
      return fail(trf(Str::GeoSelfIntersection, label_.c_str(), ring[*edge].lon, ring[*edge].lat));
    return true;
  }

  bool readPosition(JsonValue position, LonLat& p) {
    if (position.size() < 2) return fail(trf(Str::GeoBadCoordinates, label_.c_str()));
    auto it = position.begin();
    const JsonValue first = *it, second = *++it;
    if (!first.is(JsonType::Number) || !second.is(JsonType::Number))
      return fail(trf(Str::GeoBadCoordinates, label_.c_str()));
    const double x = first.number(), y = second.number();
    if (crs_->zone == 0) {
      p = {x, y};
    } else {
      const double easting = x - crs_->eastingPrefix;
      const bool inZone = easting >= 1e5 && easting <= 9e5 && y >= 0 && y <= 9.4e6;  // metres, northern hemisphere
      p = inZone ? utmToLonLat(easting, y, crs_->zone) : LonLat{1e9, 1e9};
    }
    if (std::isfinite(p.lon) && std::isfinite(p.lat) && std::abs(p.lon) <= 180 && std::abs(p.lat) <= 90) return true;
    if (!declared_) return fail(trf(Str::GeoNeedsCrs, label_.c_str(), x, y) + tr(Str::GeoCrsHowTo));
    const std::string crs = "EPSG:" + std::to_string(crs_->epsg);
    return fail(trf(Str::GeoOutOfRange, label_.c_str(), x, y, crs.c_str()));
  }

  void nameTheUnnamed() {
    std::vector<District>& ds = out_.districts;
    if (out_.nameProperty.empty()) {
      for (std::size_t i = 0; i < ds.size(); ++i) ds[i].name = trf(Str::GeoUnnamed, number(i));
      out_.warnings.push_back(trf(Str::GeoWarnNoNames, ds.front().name.c_str(), ds.back().name.c_str()));
      return;
    }
    for (std::size_t i = 0; i < ds.size(); ++i) {
      if (!ds[i].name.empty()) continue;
      ds[i].name = trf(Str::GeoUnnamed, numbers_[i]);
      out_.warnings.push_back(trf(Str::GeoWarnUnnamed, numbers_[i], out_.nameProperty.c_str(), ds[i].name.c_str()));
    }
  }

  void warnAboutRepeatedNames() {
    const std::vector<District>& ds = out_.districts;
    for (std::size_t i = 1; i < ds.size(); ++i) {
      const auto earlier = std::find_if(ds.begin(), ds.begin() + static_cast<std::ptrdiff_t>(i),
                                        [&](const District& e) { return sameName(e.name, ds[i].name); });
      if (earlier != ds.begin() + static_cast<std::ptrdiff_t>(i))
        out_.warnings.push_back(trf(Str::GeoWarnDuplicate, ds[i].name.c_str(),
                                    numbers_[static_cast<std::size_t>(earlier - ds.begin())], numbers_[i]));
    }
  }

  DistrictImport& out_;
  JsonParse parse_;
  const Crs* crs_ = &kKnownCrs[0];
  bool declared_ = false;
  std::vector<JsonValue> geometries_, properties_;  // one each per feature
  std::vector<unsigned> numbers_;                   // each feature's number in the file (from 1)
  std::string label_;                               // the feature being read, for messages
};

}  // namespace

DistrictImport importDistricts(std::string_view bytes, const std::string& nameProperty) {
  DistrictImport result;
  Importer(result).run(bytes, nameProperty);
  if (result.error.empty()) return result;
  DistrictImport failed;
  failed.error = std::move(result.error);
  return failed;
}

std::string summary(const DistrictImport& r) {
  std::string names = r.nameProperty.empty()
                          ? tr(Str::GeoNoNames)
                          : trf(r.nameObvious ? Str::GeoNamesFrom : Str::GeoNamesGuessed, r.nameProperty.c_str());
  if (!r.codeProperty.empty()) names = trf(Str::GeoCodesFrom, names.c_str(), r.codeProperty.c_str());
  return trf(Str::GeoSummary, counted(r.districts.size(), Noun::District).c_str(), names.c_str(), r.crsNote.c_str(),
             counted(r.warnings.size(), Noun::Warning).c_str());
}

void replaceDistricts(Document& doc, std::vector<District> districts) {
  Session& s = doc.session;
  const std::vector<District> old = s.districts;
  const auto oldName = [&](Id id) {
    const District* d = findById(old, id);
    return d ? d->name : std::string();
  };
  std::vector<std::string> offerWas;
  for (const Offer& o : s.offers) offerWas.push_back(oldName(o.district));
  std::vector<std::vector<std::string>> proposalWas;
  for (const Proposal& p : s.proposals) {
    proposalWas.emplace_back();
    for (Id id : p.districts) proposalWas.back().push_back(oldName(id));
  }

  Change change(s, tr(Str::GeoCmdReplace));
  for (std::size_t i = s.districts.size(); i-- > 0;) eraseWithReferences<District>(change, i);
  for (District& d : districts) {
    d.id = s.takeId();
    const auto same = std::find_if(old.begin(), old.end(), [&](const District& o) { return sameName(o.name, d.name); });
    if (same != old.end() && d.indicators.empty()) d.indicators = same->indicators;
    if (same != old.end() && d.code.empty()) d.code = same->code;
    change.insert<District>(s.districts.size(), std::move(d));
  }
  const auto named = [&](const std::string& name) {
    const auto it =
        std::find_if(s.districts.begin(), s.districts.end(), [&](const District& d) { return sameName(d.name, name); });
    return name.empty() || it == s.districts.end() ? kNoId : it->id;
  };
  for (std::size_t i = 0; i < s.offers.size(); ++i) {
    Offer o = s.offers[i];
    o.district = o.hasLocation ? districtAt(s, o.location) : kNoId;
    if (o.district == kNoId) o.district = named(offerWas[i]);
    change.replace<Offer>(i, std::move(o));
  }
  for (std::size_t i = 0; i < s.proposals.size(); ++i) {
    Proposal p = s.proposals[i];
    for (const std::string& name : proposalWas[i])
      if (const Id id = named(name);
          id != kNoId && std::find(p.districts.begin(), p.districts.end(), id) == p.districts.end())
        p.districts.push_back(id);
    change.replace<Proposal>(i, std::move(p));
  }
  doc.history.record(change.finish());
}

}  // namespace nwk
