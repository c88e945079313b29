#include "core/export/export_tables.hpp"

#include <algorithm>
#include <cmath>
#include <initializer_list>

#include "core/analysis/coverage.hpp"
#include "core/export/xlsx.hpp"
#include "core/io/csv.hpp"
#include "core/text/i18n.hpp"

namespace nwk {
namespace {

constexpr std::size_t kPreviewRows = 8;

TableSink& headers(TableSink& w, std::initializer_list<Str> names) {
  for (Str name : names) w.text(tr(name));
  return w;
}

TableSink& yesNo(TableSink& w, bool yes) { return w.text(tr(yes ? Str::RatingYes : Str::RatingNo)); }

std::string nameOf(const std::vector<Offer>& offers, Id id) {
  const Offer* o = findById(offers, id);
  return o ? o->name : std::string();
}

// "Regelfinanzierung", "Projektförderung bis 31.12.2027"
std::string funding(const Offer& o) {
  if (!o.projectFunding) return tr(Str::MeasureFundingRegular);
  return o.fundedUntil.empty() ? tr(Str::MeasureFundingProject)
                               : trf(Str::ProgressFundingUntil, displayDate(o.fundedUntil).c_str());
}

void offers(TableSink& w, const Session& s) {
  headers(w, {Str::ExportId,
              Str::OfferName,
              Str::OfferProvider,
              Str::OfferCategory,
              Str::OfferAgeGroups,
              Str::NounDistrict,
              Str::ExportLongitude,
              Str::ExportLatitude,
              Str::ExportCapacity,
              Str::OfferContact,
              Str::OfferDescription,
              Str::AssessKnown,
              Str::AssessUsed,
              Str::AssessTransparent,
              Str::AssessFitting,
              Str::TablesReach,
              Str::TablesServedDistricts,
              Str::TablesCost,
              Str::TablesLanguages,
              Str::TablesLowThreshold,
              Str::TablesEducationPackage,
              Str::MeasureFunding})
      .endRow();
  for (const Offer& o : s.offers) {
    const Category* category = findById(s.categories, o.category);
    const District* district = findById(s.districts, o.district);
    w.id(o.id).text(o.name).text(o.provider).text(category ? category->name : "").text(ageGroupList(s, o.ageGroups));
    w.text(district ? district->name : "");
    if (o.hasLocation) w.number(o.location.lon).number(o.location.lat);
    else w.empty().empty();
    if (o.capacity >= 0) w.number(o.capacity);
    else w.empty();
    w.text(o.contact).text(o.description);
    for (Rating r : {o.assessment.known, o.assessment.used, o.assessment.transparent, o.assessment.fitting})
      w.text(ratingName(r));
    w.text(reachName(o.reach)).text(districtList(s, o.servedDistricts)).text(costName(o.cost)).text(o.languages);
    yesNo(yesNo(w, o.lowThreshold), o.educationPackage).text(funding(o)).endRow();
  }
}

void links(TableSink& w, const Session& s) {
  headers(w, {Str::ExportId, Str::ExportFrom, Str::ExportTo, Str::ExportType, Str::ExportNote}).endRow();
  for (const Link& l : s.links) {
    w.id(l.id).text(nameOf(s.offers, l.from)).text(nameOf(s.offers, l.to)).text(linkTypeName(l.type)).text(l.note);
    w.endRow();
  }
}

void problems(TableSink& w, const Session& s) {
  headers(w, {Str::ExportId, Str::NounAgeGroup, Str::NounProblem}).endRow();
  for (const Problem& p : s.problems) w.id(p.id).text(ageGroupName(s, p.ageGroup)).text(p.text).endRow();
}

void strengths(TableSink& w, const Session& s) {
  headers(w, {Str::ExportId, Str::NounAgeGroup, Str::TablesStrength}).endRow();
  for (const Strength& st : s.strengths) w.id(st.id).text(ageGroupName(s, st.ageGroup)).text(st.text).endRow();
}

// Per exported round two columns, rank and score, for the proposals in it.
void proposals(TableSink& w, const Session& s, const ExportOptions& options) {
  const std::vector<ReportRound> rounds = exportedRounds(s, options);
  headers(w, {Str::ExportId, Str::NounAgeGroup, Str::NounProposal, Str::ExportLevel, Str::ExportProblems,
              Str::TablesDistricts, Str::TablesNamedAtTables, Str::TablesAlsoNamedIn, Str::TablesTags});
  for (const ReportRound& r : rounds) {
    const std::string name = r.round->name + (r.interim ? std::string(" (") + tr(Str::ExportInterim) + ")" : "");
    w.text(name + ": " + tr(Str::ExportRank)).text(name + ": " + tr(Str::ExportScore));
  }
  w.endRow();
  for (const Proposal& p : s.proposals) {
    std::string problemTexts;
    for (Id id : p.problems)
      if (const Problem* problem = findById(s.problems, id))
        problemTexts += (problemTexts.empty() ? "" : "; ") + problem->text;
    w.id(p.id).text(ageGroupName(s, p.ageGroup)).text(p.text).text(levelName(p.level)).text(problemTexts);
    w.text(districtList(s, p.districts)).number(p.tables).text(ageGroupList(s, p.alsoNamedIn)).text(commaList(p.tags));
    for (const ReportRound& r : rounds) {
      const ProposalResult* result = nullptr;
      for (const ProposalResult& candidate : r.result.proposals)
        if (candidate.proposal == p.id) result = &candidate;
      if (result) w.number(result->rank).number(result->score);
      else w.empty().empty();
    }
    w.endRow();
  }
}

// As people read it: 28.6 offers per 1,000 children, not 28.5714285714.
std::optional<double> oneDecimal(std::optional<double> value) {
  return value ? std::optional<double>(std::floor(*value * 10.0 + 0.5) / 10.0) : value;  // never negative
}

void coverageTable(TableSink& w, const Session& s) {
  const CoverageMatrix m = coverage(s);
  headers(w, {Str::NounDistrict, Str::ExportCode});
  for (const AgeGroup& g : s.ageGroups)
    for (Str column : {Str::ExportOffers, Str::ExportChildren, Str::ExportPerThousand, Str::ExportGap})
      w.text(g.name + ": " + tr(column));
  headers(w, {Str::ExportOffersTotal, Str::ReportNoOfferColumn}).endRow();
  for (std::size_t r = 0; r < m.rows.size(); ++r) {
    const CoverageRow& row = m.rows[r];
    w.text(s.districts[r].name).text(s.districts[r].code);
    for (const CoverageCell& cell : row.cells)
      yesNo(w.number(cell.offers).number(cell.children).number(oneDecimal(cell.perThousand)), cell.gap);
    yesNo(w.number(row.offers), row.hasGap).endRow();
  }
}

void districts(TableSink& w, const Session& s) {
  const CoverageMatrix m = coverage(s);
  headers(w, {Str::OfferName, Str::ExportCode, Str::ExportOffers, Str::ExportNote});
  for (const IndicatorColumn& column : s.indicatorColumns) w.text(indicatorHeader(column));
  w.endRow();
  for (std::size_t r = 0; r < s.districts.size(); ++r) {
    const District& d = s.districts[r];
    w.text(d.name).text(d.code).number(m.rows[r].offers).text(d.note);
    for (const IndicatorColumn& column : s.indicatorColumns) {
      const auto value = std::find_if(d.indicators.begin(), d.indicators.end(),
                                      [&](const IndicatorValue& v) { return v.column == column.id; });
      if (value != d.indicators.end()) w.number(value->value);
      else w.empty();
    }
    w.endRow();
  }
}

// The cells of the first rows joined by " | ", and how many rows the table has.
class PreviewSink : public TableSink {
 public:
  explicit PreviewSink(std::size_t shownRows) : shown_(shownRows) {}
  std::size_t rows = 0;  // ended so far, header included
  std::string text;

 private:
  void putText(std::string_view cell) override { put(cell.empty() ? std::string() : cellExcerpt(cell)); }
  void putNumber(double value) override { put(displayNumber(value, 2)); }
  void putEmpty() override { put(""); }
  void putEndRow() override {
    if (rows++ < shown_) text += '\n';
    rowStart_ = true;
  }
  void put(const std::string& cell) {
    if (rows >= shown_) return;
    text += (rowStart_ ? "" : " | ") + cell;
    rowStart_ = false;
  }
  std::size_t shown_;
  bool rowStart_ = true;
};

}  // namespace

std::string indicatorHeader(const IndicatorColumn& column) {
  return column.unit.empty() ? column.name : column.name + " (" + column.unit + ")";
}

const char* tableName(ExportTable table) {
  static constexpr Str kNames[] = {Str::ExportOffers,   Str::ExportLinks,     Str::ExportProblems, Str::ExportProposals,
                                   Str::ExportCoverage, Str::TablesStrengths, Str::TablesDistricts};
  return tr(kNames[static_cast<std::size_t>(table) % std::size(kNames)]);
}

void writeTable(TableSink& sink, const Session& s, ExportTable table, const ExportOptions& options) {
  switch (table) {
    case ExportTable::Offers: offers(sink, s); break;
    case ExportTable::Links: links(sink, s); break;
    case ExportTable::Problems: problems(sink, s); break;
    case ExportTable::Strengths: strengths(sink, s); break;
    case ExportTable::Proposals: proposals(sink, s, options); break;
    case ExportTable::Coverage: coverageTable(sink, s); break;
    case ExportTable::Districts: districts(sink, s); break;
  }
}

std::string exportWorkbook(const Session& s, const ExportOptions& options) {
  std::vector<XlsxSheet> sheets;
  for (ExportTable t : kTables) writeTable(sheets.emplace_back(tableName(t)), s, t, options);
  return xlsxFile(sheets);
}

std::string workbookPreview(const Session& s, ExportTable table, const ExportOptions& options) {
  std::string out = std::string(tr(Str::TablesSheets)) + "\n";
  std::string rows;
  for (ExportTable t : kTables) {
    PreviewSink sink(t == table ? kPreviewRows : 0);
    writeTable(sink, s, t, options);
    out += std::string(tableName(t)) + ": " + std::to_string(sink.rows - 1) + "\n";
    if (t == table) rows = trf(Str::TablesFirstRows, tableName(t)) + "\n" + sink.text;
  }
  return out + "\n" + rows;
}

}  // namespace nwk
