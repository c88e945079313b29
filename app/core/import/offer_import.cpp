#include "core/import/offer_import.hpp"

#include <algorithm>
#include <cmath>

#include "core/geo/polygon.hpp"
#include "core/import/indicator_import.hpp"
#include "core/io/csv.hpp"
#include "core/model/validate.hpp"
#include "core/text/i18n.hpp"
#include "core/text/names.hpp"

namespace nwk {
namespace {

enum class Field : std::uint8_t {
  Name,
  Provider,
  Category,
  AgeGroups,
  Lon,
  Lat,
  District,
  Capacity,
  Contact,
  Description,
  Count
};

// Headers as nameKey() gives them, and the field their column fills.
constexpr struct {
  const char* header;
  Field field;
} kHeaders[] = {
    {"name", Field::Name},
    {"angebot", Field::Name},
    {"bezeichnung", Field::Name},
    {"einrichtung", Field::Name},
    {"offer", Field::Name},
    {"traeger", Field::Provider},
    {"anbieter", Field::Provider},
    {"provider", Field::Provider},
    {"kategorie", Field::Category},
    {"category", Field::Category},
    {"angebotsart", Field::Category},
    {"altersgruppen", Field::AgeGroups},
    {"altersgruppe", Field::AgeGroups},
    {"agegroups", Field::AgeGroups},
    {"agegroup", Field::AgeGroups},
    {"alter", Field::AgeGroups},
    {"lon", Field::Lon},
    {"lng", Field::Lon},
    {"longitude", Field::Lon},
    {"laengengrad", Field::Lon},
    {"x", Field::Lon},
    {"xkoordinate", Field::Lon},
    {"lat", Field::Lat},
    {"latitude", Field::Lat},
    {"breitengrad", Field::Lat},
    {"y", Field::Lat},
    {"ykoordinate", Field::Lat},
    {"stadtteil", Field::District},
    {"bezirk", Field::District},
    {"stadtbezirk", Field::District},
    {"sozialraum", Field::District},
    {"quartier", Field::District},
    {"ortsteil", Field::District},
    {"district", Field::District},
    {"kapazitaet", Field::Capacity},
    {"plaetze", Field::Capacity},
    {"platzzahl", Field::Capacity},
    {"capacity", Field::Capacity},
    {"places", Field::Capacity},
    {"kontakt", Field::Contact},
    {"telefon", Field::Contact},
    {"tel", Field::Contact},
    {"email", Field::Contact},
    {"mail", Field::Contact},
    {"adresse", Field::Contact},
    {"anschrift", Field::Contact},
    {"ansprechpartner", Field::Contact},
    {"ansprechperson", Field::Contact},
    {"contact", Field::Contact},
    {"phone", Field::Contact},
    {"address", Field::Contact},
    {"beschreibung", Field::Description},
    {"bemerkung", Field::Description},
    {"bemerkungen", Field::Description},
    {"description", Field::Description},
    {"notes", Field::Description},
};

// The field of a header: an exact match, else the longest known name of four or more letters
// it starts with ("Name der Einrichtung", "Telefonnummer", "Kapazität (Plätze)"); else Count.
Field fieldOf(const std::string& header) {
  Field field = Field::Count;
  std::size_t longest = 0;
  for (const auto& h : kHeaders) {
    const std::string_view known = h.header;
    if (known == header) return h.field;
    if (known.size() >= 4 && known.size() > longest && header.starts_with(known))
      longest = known.size(), field = h.field;
  }
  return field;
}

// More is surely a column of something else (a description) taken for the category.
constexpr std::size_t kMaxNewCategories = 500;

bool isAll(const std::string& key) {
  return key == "alle" || key == "all" || key == "allealtersgruppen" || key == "allagegroups";
}

using KeyedIds = std::vector<std::pair<std::string, Id>>;  // nameKey of a name, its item

Id idFor(const KeyedIds& keyed, const std::string& key) {
  for (const auto& [k, id] : keyed)
    if (k == key && !key.empty()) return id;
  return kNoId;
}

// Full names first, then the parts of names like "Kita/Krippe" or "Freizeit/Kultur/Sport".
KeyedIds categoryKeys(const Session& s) {
  KeyedIds keyed;
  for (const Category& c : s.categories) keyed.emplace_back(nameKey(c.name), c.id);
  for (const Category& c : s.categories)
    for (std::string_view rest = c.name; !rest.empty();) {
      const std::size_t slash = std::min(rest.find('/'), rest.size());
      keyed.emplace_back(nameKey(rest.substr(0, slash)), c.id);
      rest.remove_prefix(std::min(slash + 1, rest.size()));
    }
  return keyed;
}

KeyedIds ageGroupKeys(const Session& s) {
  KeyedIds keyed;
  for (const AgeGroup& g : s.ageGroups) keyed.emplace_back(nameKey(g.name), g.id);
  return keyed;
}

// Reads the rows of one table into a preview.
class OfferReader {
 public:
  OfferReader(const Session& s, const CsvTable& t, OfferPreview& p)
      : s_(s), t_(t), p_(p), districts_(s), categories_(categoryKeys(s)), ageGroups_(ageGroupKeys(s)) {}
  std::optional<std::string> read();

 private:
  bool has(Field f) const { return !columns_[static_cast<std::size_t>(f)].empty(); }
  std::string_view cell(std::size_t r, Field f) const;
  std::optional<double> number(std::size_t r, Field f) const;
  std::string joined(std::size_t r, Field f, const char* separator) const;
  void notice(std::size_t r, Str format, std::string_view a = {}, std::string_view b = {});
  void mapColumns();
  void readRow(std::size_t r);
  void readCategory(std::size_t r, ImportedOffer& o);
  void readAgeGroups(std::size_t r, Offer& o);
  void readPlace(std::size_t r, Offer& o);
  void readCapacity(std::size_t r, Offer& o);

  const Session& s_;
  const CsvTable& t_;
  OfferPreview& p_;
  DistrictMatcher districts_;
  KeyedIds categories_, ageGroups_;
  std::vector<std::string> newCategoryKeys_;
  bool tooManyCategories_ = false;
  std::vector<std::size_t> columns_[static_cast<std::size_t>(Field::Count)];
};

std::string_view OfferReader::cell(std::size_t r, Field f) const {
  return has(f) ? t_.cell(r, columns_[static_cast<std::size_t>(f)].front()) : std::string_view{};
}

std::optional<double> OfferReader::number(std::size_t r, Field f) const {
  return has(f) ? t_.number(r, columns_[static_cast<std::size_t>(f)].front()) : std::nullopt;
}

// The filled cells of every column of field f, while they fit one text.
std::string OfferReader::joined(std::size_t r, Field f, const char* separator) const {
  std::string out;
  for (std::size_t c : columns_[static_cast<std::size_t>(f)]) {
    const std::string_view text = t_.cell(r, c);
    if (text.empty() || out.size() + text.size() + 2 > kLimits.textBytes) continue;
    if (!out.empty()) out += separator;
    out += text;
  }
  return out;
}

void OfferReader::notice(std::size_t r, Str format, std::string_view a, std::string_view b) {
  const std::uint32_t row = t_.rowNumber(r);
  const bool skipped = format == Str::ImportOfferNoName;
  p_.notices.push_back({row, trf(format, row, cellExcerpt(a).c_str(), cellExcerpt(b).c_str()), skipped});
}

// The first column of a field wins, except contact and description, which gather all theirs.
void OfferReader::mapColumns() {
  for (std::size_t c = 0; c < t_.columns(); ++c) {
    const Field field = fieldOf(nameKey(t_.header(c)));
    auto* columns = field == Field::Count ? nullptr : &columns_[static_cast<std::size_t>(field)];
    const bool gathers = field == Field::Contact || field == Field::Description;
    if (columns == nullptr || (!columns->empty() && !gathers)) {
      if (!t_.header(c).empty()) p_.ignoredColumns.emplace_back(t_.header(c));
      continue;
    }
    columns->push_back(c);
    p_.recognisedColumns.emplace_back(t_.header(c));
  }
  if (has(Field::Lon) != has(Field::Lat)) {  // half a coordinate is none
    for (Field f : {Field::Lon, Field::Lat}) {
      auto& columns = columns_[static_cast<std::size_t>(f)];
      for (std::size_t c : columns) {
        p_.ignoredColumns.emplace_back(t_.header(c));
        std::erase(p_.recognisedColumns, std::string(t_.header(c)));
      }
      columns.clear();
    }
  }
}

std::optional<std::string> OfferReader::read() {
  if (t_.rows() == 0) return tr(Str::ImportErrNoRows);
  mapColumns();
  if (!has(Field::Name)) {
    std::vector<std::string> headers;
    for (std::size_t c = 0; c < t_.columns(); ++c) headers.emplace_back(t_.header(c));
    return trf(Str::ImportErrNoNameColumn, quotedList(headers).c_str());
  }
  for (std::size_t r = 0; r < t_.rows(); ++r) readRow(r);
  if (tooManyCategories_) {
    const std::size_t column = columns_[static_cast<std::size_t>(Field::Category)].front();
    return trf(Str::ImportErrManyCategories, cellExcerpt(t_.header(column)).c_str(),
               static_cast<unsigned>(kMaxNewCategories));
  }
  if (s_.offers.size() + p_.offers.size() > kLimits.itemsPerKind)
    return trf(Str::ImportErrTooMany, kLimits.itemsPerKind, tr(Str::NounOffer));
  if (s_.categories.size() + p_.newCategories.size() > kLimits.itemsPerKind)
    return trf(Str::ImportErrTooMany, kLimits.itemsPerKind, tr(Str::NounCategory));
  return std::nullopt;
}

void OfferReader::readRow(std::size_t r) {
  ImportedOffer imported{t_.rowNumber(r), {}, -1};
  Offer& o = imported.offer;
  o.name = cell(r, Field::Name);
  if (o.name.empty()) return notice(r, Str::ImportOfferNoName);
  o.provider = cell(r, Field::Provider);
  o.contact = joined(r, Field::Contact, ", ");
  o.description = joined(r, Field::Description, "\n");
  readCategory(r, imported);
  readAgeGroups(r, o);
  readPlace(r, o);
  readCapacity(r, o);
  p_.offers.push_back(std::move(imported));
}

void OfferReader::readCategory(std::size_t r, ImportedOffer& o) {
  const std::string_view text = cell(r, Field::Category);
  if (text.empty()) return;
  const std::string key = nameKey(text);
  if (key.empty()) return;  // "-", "?"
  o.offer.category = idFor(categories_, key);
  if (o.offer.category != kNoId) return;
  const auto known = std::find(newCategoryKeys_.begin(), newCategoryKeys_.end(), key);
  o.newCategory = static_cast<std::int32_t>(known - newCategoryKeys_.begin());
  if (known != newCategoryKeys_.end()) return;
  if (newCategoryKeys_.size() == kMaxNewCategories) {
    tooManyCategories_ = true;
    return void(o.newCategory = -1);
  }
  newCategoryKeys_.push_back(key);
  p_.newCategories.emplace_back(text);
}

// "0–3; 3-6", "0-3 Jahre", "alle": the session's age groups, each once.
void OfferReader::readAgeGroups(std::size_t r, Offer& o) {
  const auto add = [&](Id id) {
    if (std::find(o.ageGroups.begin(), o.ageGroups.end(), id) == o.ageGroups.end()) o.ageGroups.push_back(id);
  };
  const auto find = [&](const std::string& key) {
    for (std::string_view suffix : {"", "jahre", "j", "years"})
      if (key.size() > suffix.size() && key.ends_with(suffix))
        if (const Id id = idFor(ageGroups_, key.substr(0, key.size() - suffix.size()))) return id;
    return kNoId;
  };
  std::string_view text = cell(r, Field::AgeGroups);
  if (const Id whole = find(nameKey(text))) return add(whole);  // a name with a comma in it
  while (!text.empty()) {
    const std::size_t end = std::min(text.find_first_of(",;|\n"), text.size());
    const std::string_view part = text.substr(0, end);
    text.remove_prefix(std::min(end + 1, text.size()));
    const std::string key = nameKey(part);
    if (key.empty()) continue;
    if (isAll(key)) {
      for (const AgeGroup& g : s_.ageGroups) add(g.id);
    } else if (const Id id = find(key)) {
      add(id);
    } else {
      std::string_view trimmed = part;
      while (trimmed.starts_with(' ')) trimmed.remove_prefix(1);
      notice(r, Str::ImportOfferUnknownAgeGroup, trimmed);
    }
  }
}

// Coordinates give the district; without them (or outside every district) the district cell.
void OfferReader::readPlace(std::size_t r, Offer& o) {
  const std::string_view lon = cell(r, Field::Lon), lat = cell(r, Field::Lat), district = cell(r, Field::District);
  if (!lon.empty() || !lat.empty()) {
    const auto x = number(r, Field::Lon), y = number(r, Field::Lat);
    if (x && y && std::fabs(*x) <= 180.0 && std::fabs(*y) <= 90.0) {
      o.hasLocation = true;
      o.location = {*x, *y};
      o.district = districtAt(s_, o.location);
      if (o.district == kNoId) notice(r, Str::ImportOfferOutside);
    } else {
      notice(r, Str::ImportOfferBadCoordinates, lon, lat);
    }
  }
  if (o.district == kNoId && !district.empty()) {
    if (const District* d = districts_.find(district)) o.district = d->id;
    else notice(r, Str::ImportOfferUnknownDistrict, district);
  }
  const bool placeColumns = has(Field::Lon) || has(Field::District);
  if (placeColumns && lon.empty() && lat.empty() && district.empty()) notice(r, Str::ImportOfferNoPlace);
}

void OfferReader::readCapacity(std::size_t r, Offer& o) {
  const std::string_view text = cell(r, Field::Capacity);
  if (text.empty()) return;
  const auto places = number(r, Field::Capacity);
  if (places && *places >= 0.0 && *places <= 1e9 && std::floor(*places) == *places)
    o.capacity = static_cast<std::int32_t>(*places);
  else notice(r, Str::ImportOfferBadCapacity, text);
}

}  // namespace

OfferPreviewResult previewOfferImport(const Session& session, std::string_view csvBytes) {
  OfferPreviewResult result;
  CsvResult csv = parseCsv(csvBytes);
  if (!csv.table) {
    result.error = std::move(csv.error);
    return result;
  }
  OfferPreview preview;
  if (auto error = OfferReader(session, *csv.table, preview).read()) result.error = std::move(*error);
  else result.preview = std::move(preview);
  return result;
}

std::size_t applyOfferImport(Document& doc, const OfferPreview& preview) {
  Session& s = doc.session;
  Change change(s, tr(Str::ImportCmdOffers));
  const std::size_t existing = s.categories.size();
  std::vector<Id> categoryIds;
  for (std::size_t i = 0; i < preview.newCategories.size(); ++i) {
    Category c{s.takeId(), preview.newCategories[i], Category{}.colour, "other"};
    if (existing > 0) c.colour = s.categories[i % existing].colour;
    categoryIds.push_back(c.id);
    change.insert<Category>(s.categories.size(), std::move(c));
  }
  for (const ImportedOffer& imported : preview.offers) {
    Offer o = imported.offer;
    o.id = s.takeId();
    if (imported.newCategory >= 0 && static_cast<std::size_t>(imported.newCategory) < categoryIds.size())
      o.category = categoryIds[static_cast<std::size_t>(imported.newCategory)];
    if (!findById(s.categories, o.category)) o.category = kNoId;
    if (!findById(s.districts, o.district)) o.district = kNoId;
    std::erase_if(o.ageGroups, [&](Id g) { return !findById(s.ageGroups, g); });
    change.insert<Offer>(s.offers.size(), std::move(o));
  }
  doc.history.record(change.finish());
  return preview.offers.size();
}

std::string describe(const OfferPreview& p) {
  std::string out = trf(Str::ImportOfferSummary, counted(p.offers.size(), Noun::Offer).c_str()) + "\n";
  out += trf(Str::ImportOfferColumns, quotedList(p.recognisedColumns).c_str()) + "\n";
  if (!p.ignoredColumns.empty()) out += trf(Str::ImportOfferIgnored, quotedList(p.ignoredColumns).c_str()) + "\n";
  if (!p.newCategories.empty()) out += trf(Str::ImportOfferNewCategories, quotedList(p.newCategories).c_str()) + "\n";
  appendLines(out, p.notices.size(), [&](std::size_t i) { return p.notices[i].message; });
  return out;
}

}  // namespace nwk
