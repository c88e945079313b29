#include "core/analysis/coverage.hpp"

#include <algorithm>
#include <utility>

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

void countOffers(const Session& s, CoverageMatrix& m) {
  std::vector<std::pair<Id, std::uint32_t>> rowOf;  // district id -> row, sorted by id
  for (std::size_t r = 0; r < s.districts.size(); ++r)
    rowOf.emplace_back(s.districts[r].id, static_cast<std::uint32_t>(r));
  std::sort(rowOf.begin(), rowOf.end());
  for (const Offer& o : s.offers) {
    const auto it = std::lower_bound(rowOf.begin(), rowOf.end(), std::make_pair(o.district, std::uint32_t{0}));
    if (o.district == kNoId || it == rowOf.end() || it->first != o.district) {
      ++m.outside;
      continue;
    }
    CoverageRow& row = m.rows[it->second];
    ++row.offers;
    for (std::size_t a = 0; a < m.ageGroups.size(); ++a) {
      if (!servesAgeGroup(o, m.ageGroups[a])) continue;
      ++row.cells[a].offers;
      ++m.ageGroupOffers[a];
    }
  }
}

void nullable(JsonWriter& w, const std::optional<double>& v) {
  if (v) w.value(*v);
  else w.null();
}

JsonWriter& writeId(JsonWriter& w, Id value) { return w.value(static_cast<std::int64_t>(value)); }

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
      row.brokenChain = row.brokenChain || cell.offers == 0;
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
    writeId(w.beginObject().key("id"), g.id).key("name").value(g.name).key("populationColumn");
    if (g.populationColumn == kNoId) w.null();
    else writeId(w, g.populationColumn);
    w.key("offers").value(m.ageGroupOffers[a]).endObject();
  }
  w.endArray().key("districts").beginArray();
  for (std::size_t r = 0; r < m.rows.size(); ++r) {
    const District& d = s.districts[r];
    const CoverageRow& row = m.rows[r];
    writeId(w.beginObject().key("id"), d.id).key("name").value(d.name).key("code").value(d.code);
    w.key("offers").value(row.offers).key("brokenChain").value(row.brokenChain).key("cells").beginArray();
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

}  // namespace nwk
