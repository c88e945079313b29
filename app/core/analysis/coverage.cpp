#include "core/analysis/coverage.hpp"

#include <algorithm>

#include "core/io/json_writer.hpp"
#include "core/model/offer_filter.hpp"

namespace nwk {
namespace {

std::optional<double> valueIn(const District& district, Id column) {
  if (column == kNoId) return std::nullopt;
  for (const IndicatorValue& v : district.indicators)
    if (v.column == column) return v.value;
  return std::nullopt;
}

bool isGap(const CoverageCell& cell, const CoverageRules& rules) {
  if (cell.offers < rules.minOffers) return true;
  return cell.perThousand && rules.minPer1000 > 0.0 && *cell.perThousand < rules.minPer1000;
}

// Calls count(row) for every row whose district the offer serves; whether there was one.
template <class Count> bool forServedRows(const Offer& o, const std::vector<Id>& districts, Count count) {
  bool served = false;
  for (std::size_t r = 0; r < districts.size(); ++r) {
    if (!servesDistrict(o, districts[r])) continue;
    served = true;
    count(r);
  }
  return served;
}

std::vector<Id> districtIds(const Session& s) {
  std::vector<Id> ids;
  for (const District& d : s.districts) ids.push_back(d.id);
  return ids;
}

void countOffers(const Session& s, CoverageMatrix& m) {
  const std::vector<Id> districts = districtIds(s);
  std::vector<char> ages(m.ageGroups.size());
  for (const Offer& o : s.offers) {
    for (std::size_t a = 0; a < ages.size(); ++a) ages[a] = servesAgeGroup(o, m.ageGroups[a]);
    const bool served = forServedRows(o, districts, [&](std::size_t r) {
      ++m.rows[r].offers;
      for (std::size_t a = 0; a < ages.size(); ++a) m.rows[r].cells[a].offers += ages[a];
    });
    if (!served) ++m.outside;
    for (std::size_t a = 0; served && a < ages.size(); ++a) m.ageGroupOffers[a] += ages[a];
  }
}

void nullable(JsonWriter& w, const std::optional<double>& v) {
  if (v) w.value(*v);
  else w.null();
}

JsonWriter& writeId(JsonWriter& w, Id value) { return w.value(static_cast<std::int64_t>(value)); }

JsonWriter& beginNamed(JsonWriter& w, Id id, const std::string& name) {
  return writeId(w.beginObject().key("id"), id).key("name").value(name);
}

JsonWriter& beginDistrict(JsonWriter& w, const District& d) {
  return beginNamed(w, d.id, d.name).key("code").value(d.code);
}

// The column of the offer's category, or categories.size() for none.
std::size_t columnOf(const std::vector<Id>& categories, Id category) {
  return static_cast<std::size_t>(std::find(categories.begin(), categories.end(), category) - categories.begin());
}

}  // namespace

CoverageMatrix coverage(const Session& s) {
  CoverageMatrix m;
  m.rules = s.meta.coverage;
  for (const AgeGroup& g : s.ageGroups) m.ageGroups.push_back(g.id);
  m.ageGroupOffers.assign(s.ageGroups.size(), 0);
  for (const District& d : s.districts)
    m.rows.push_back({d.id, std::vector<CoverageCell>(s.ageGroups.size()), 0, false});
  countOffers(s, m);
  for (std::size_t r = 0; r < m.rows.size(); ++r) {
    CoverageRow& row = m.rows[r];
    for (std::size_t a = 0; a < row.cells.size(); ++a) {
      CoverageCell& cell = row.cells[a];
      cell.children = valueIn(s.districts[r], s.ageGroups[a].populationColumn);
      if (cell.children && *cell.children > 0.0) cell.perThousand = cell.offers * 1000.0 / *cell.children;
      cell.gap = isGap(cell, m.rules);
      row.hasGap = row.hasGap || cell.offers == 0;
    }
  }
  return m;
}

std::string coverageJson(const Session& s) {
  const CoverageMatrix m = coverage(s);
  JsonWriter w;
  w.beginObject().key("ageGroups").beginArray();
  for (std::size_t a = 0; a < s.ageGroups.size(); ++a) {
    const AgeGroup& g = s.ageGroups[a];
    beginNamed(w, g.id, g.name).key("populationColumn");
    if (g.populationColumn == kNoId) w.null();
    else writeId(w, g.populationColumn);
    w.key("offers").value(m.ageGroupOffers[a]).endObject();
  }
  w.endArray().key("districts").beginArray();
  for (std::size_t r = 0; r < m.rows.size(); ++r) {
    const District& d = s.districts[r];
    const CoverageRow& row = m.rows[r];
    beginDistrict(w, d).key("offers").value(row.offers).key("gap").value(row.hasGap).key("cells").beginArray();
    for (std::size_t a = 0; a < row.cells.size(); ++a) {
      const CoverageCell& cell = row.cells[a];
      writeId(w.beginObject().key("ageGroup"), m.ageGroups[a]).key("offers").value(cell.offers).key("children");
      nullable(w, cell.children);
      w.key("perThousand");
      nullable(w, cell.perThousand);
      w.key("gap").value(cell.gap).endObject();
    }
    w.endArray().endObject();
  }
  w.endArray().key("rules").beginObject().key("minOffers").value(m.rules.minOffers);
  w.key("minPer1000").value(m.rules.minPer1000).endObject();
  w.key("outside").value(m.outside).endObject();
  return w.str();
}

CategoryCoverage coverageByCategory(const Session& s, Id ageGroup) {
  CategoryCoverage c{ageGroup, {}, {}};
  for (const Category& k : s.categories) c.categories.push_back(k.id);
  for (const District& d : s.districts) c.rows.push_back({d.id, std::vector<std::int32_t>(c.categories.size()), 0});
  const std::vector<Id> districts = districtIds(s);
  for (const Offer& o : s.offers) {
    if (!servesAgeGroup(o, ageGroup)) continue;
    const std::size_t column = columnOf(c.categories, o.category);
    forServedRows(o, districts, [&](std::size_t r) {
      CategoryRow& row = c.rows[r];
      ++(column < row.offers.size() ? row.offers[column] : row.uncategorized);
    });
  }
  return c;
}

std::string categoryCoverageJson(const Session& s, Id ageGroup) {
  const CategoryCoverage c = coverageByCategory(s, ageGroup);
  JsonWriter w;
  w.beginObject().key("ageGroup");
  if (const AgeGroup* g = findById(s.ageGroups, ageGroup)) beginNamed(w, g->id, g->name).endObject();
  else w.null();
  w.key("categories").beginArray();
  for (const Category& k : s.categories) beginNamed(w, k.id, k.name).endObject();
  w.endArray().key("districts").beginArray();
  for (std::size_t r = 0; r < c.rows.size(); ++r) {
    beginDistrict(w, s.districts[r]).key("cells").beginArray();
    for (std::size_t k = 0; k < c.categories.size(); ++k)
      writeId(w.beginObject().key("category"), c.categories[k]).key("offers").value(c.rows[r].offers[k]).endObject();
    w.endArray().key("uncategorized").value(c.rows[r].uncategorized).endObject();
  }
  w.endArray().endObject();
  return w.str();
}

}  // namespace nwk
