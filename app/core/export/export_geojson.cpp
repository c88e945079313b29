#include "core/export/export_geojson.hpp"

#include "core/analysis/coverage.hpp"
#include "core/export/export.hpp"
#include "core/export/export_tables.hpp"
#include "core/geo/polygon.hpp"
#include "core/geo/projection.hpp"
#include "core/io/json_writer.hpp"
#include "core/text/i18n.hpp"

namespace nwk {
namespace {

void position(JsonWriter& w, LonLat p) { w.beginArray().value(p.lon).value(p.lat).endArray(); }

// RFC 7946 3.1.6: closed, outlines counter-clockwise, holes clockwise.
void ring(JsonWriter& w, const Ring& points, bool outline) {
  const bool counterClockwise = signedArea(project(points, projectionAround(points[0]))) > 0.0;
  const bool reverse = counterClockwise != outline;
  w.beginArray();
  for (std::size_t i = 0; i < points.size(); ++i) position(w, points[reverse ? points.size() - 1 - i : i]);
  position(w, points[reverse ? points.size() - 1 : 0]);
  w.endArray();
}

void polygon(JsonWriter& w, const Polygon& p) {
  w.beginArray();
  for (std::size_t r = 0; r < p.rings.size(); ++r) ring(w, p.rings[r], r == 0);
  w.endArray();
}

void districtGeometry(JsonWriter& w, const District& d) {
  if (d.parts.empty()) {
    w.null();
    return;
  }
  const bool multi = d.parts.size() > 1;
  w.beginObject().key("type").value(multi ? "MultiPolygon" : "Polygon").key("coordinates");
  if (multi) w.beginArray();
  for (const Polygon& p : d.parts) polygon(w, p);
  if (multi) w.endArray();
  w.endObject();
}

void district(JsonWriter& w, const Session& s, const District& d, const CoverageRow& row) {
  w.beginObject().key("type").value("Feature").key("geometry");
  districtGeometry(w, d);
  w.key("properties").beginObject().key(tr(Str::ExportType)).value(tr(Str::NounDistrict));
  w.key(tr(Str::ExportId)).value(std::int64_t{d.id}).key(tr(Str::OfferName)).value(d.name);
  w.key(tr(Str::ExportCode)).value(d.code).key(tr(Str::ExportOffers)).value(row.offers);
  for (std::size_t a = 0; a < s.ageGroups.size(); ++a)
    w.key(trf(Str::ExportOffersFor, s.ageGroups[a].name.c_str())).value(row.cells[a].offers);
  for (const IndicatorValue& v : d.indicators) {
    const IndicatorColumn* column = findById(s.indicatorColumns, v.column);
    if (!column) continue;
    w.key(indicatorHeader(*column)).value(v.value);
  }
  w.key("note").value(d.note).endObject().endObject();
}

// Reach, access and funding under stable English keys and values, for GIS tools and scripts.
void access(JsonWriter& w, const Session& s, const Offer& o) {
  static constexpr const char* kReach[] = {"district", "districts", "town", "mobile"};
  static constexpr const char* kCost[] = {"unknown", "free", "reduced", "fee"};
  w.key("reach").value(kReach[static_cast<std::size_t>(o.reach) % std::size(kReach)]);
  w.key("servedDistricts").beginArray();
  for (Id id : o.servedDistricts)
    if (const District* d = findById(s.districts, id)) w.value(d->name);
  w.endArray().key("cost").value(kCost[static_cast<std::size_t>(o.cost) % std::size(kCost)]);
  w.key("languages").value(o.languages).key("lowThreshold").value(o.lowThreshold);
  w.key("educationPackage").value(o.educationPackage).key("projectFunding").value(o.projectFunding);
  w.key("fundedUntil");
  if (o.projectFunding && !o.fundedUntil.empty()) w.value(o.fundedUntil);
  else w.null();
}

void offer(JsonWriter& w, const Session& s, const Offer& o) {
  w.beginObject().key("type").value("Feature").key("geometry");
  if (o.hasLocation) {
    w.beginObject().key("type").value("Point").key("coordinates");
    position(w, o.location);
    w.endObject();
  } else {
    w.null();
  }
  const Category* category = findById(s.categories, o.category);
  const District* in = findById(s.districts, o.district);
  w.key("properties").beginObject().key(tr(Str::ExportType)).value(tr(Str::NounOffer));
  w.key(tr(Str::ExportId)).value(std::int64_t{o.id}).key(tr(Str::OfferName)).value(o.name);
  w.key(tr(Str::OfferProvider)).value(o.provider).key(tr(Str::OfferCategory)).value(category ? category->name : "");
  w.key(tr(Str::OfferAgeGroups))
      .value(ageGroupList(s, o.ageGroups))
      .key(tr(Str::NounDistrict))
      .value(in ? in->name : "");
  w.key(tr(Str::ExportCapacity));
  if (o.capacity >= 0) w.value(o.capacity);
  else w.null();
  w.key(tr(Str::OfferContact)).value(o.contact).key(tr(Str::OfferDescription)).value(o.description);
  w.key(tr(Str::AssessKnown))
      .value(ratingName(o.assessment.known))
      .key(tr(Str::AssessUsed))
      .value(ratingName(o.assessment.used));
  w.key(tr(Str::AssessTransparent)).value(ratingName(o.assessment.transparent));
  w.key(tr(Str::AssessFitting)).value(ratingName(o.assessment.fitting));
  access(w, s, o);
  w.endObject().endObject();
}

}  // namespace

std::string exportGeoJson(const Session& s) {
  const CoverageMatrix m = coverage(s);
  JsonWriter w;
  w.beginObject().key("type").value("FeatureCollection").key("features").beginArray();
  for (std::size_t r = 0; r < s.districts.size(); ++r) district(w, s, s.districts[r], m.rows[r]);
  for (const Offer& o : s.offers) offer(w, s, o);
  w.endArray().endObject();
  return w.str();
}

}  // namespace nwk
