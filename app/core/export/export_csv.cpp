#include "core/export/export_csv.hpp"

#include <string_view>

#include "core/analysis/coverage.hpp"
#include "core/text/i18n.hpp"

namespace nwk {
namespace {

constexpr int kDecimals = 10;  // more than any session value needs, fewer than Excel's 15 digits

// Whether a spreadsheet would run the text as a formula (see the header).
bool runsAsFormula(std::string_view text) {
  if (text.empty()) return false;
  const char first = text[0];
  if (first == '=' || first == '@' || first == '\t' || first == '\r') return true;
  if (first != '+' && first != '-') return false;
  return text.substr(1).find_first_not_of("0123456789 ()/.,-") != std::string_view::npos;
}

CsvWriter& headers(CsvWriter& w, std::initializer_list<Str> names) {
  for (Str name : names) w.text(tr(name));
  return w;
}

std::string nameOf(const std::vector<Offer>& offers, Id id) {
  const Offer* o = findById(offers, id);
  return o ? o->name : std::string();
}

void offers(CsvWriter& w, const Session& s) {
  headers(w, {Str::ExportId, Str::OfferName, Str::OfferProvider, Str::OfferCategory, Str::OfferAgeGroups,
              Str::NounDistrict, Str::ExportLongitude, Str::ExportLatitude, Str::ExportCapacity, Str::OfferContact,
              Str::OfferDescription, Str::AssessKnown, Str::AssessUsed, Str::AssessTransparent, Str::AssessFitting})
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
    w.endRow();
  }
}

void links(CsvWriter& w, const Session& s) {
  headers(w, {Str::ExportId, Str::ExportFrom, Str::ExportTo, Str::ExportType, Str::ExportNote}).endRow();
  for (const Link& l : s.links) {
    w.id(l.id).text(nameOf(s.offers, l.from)).text(nameOf(s.offers, l.to)).text(linkTypeName(l.type)).text(l.note);
    w.endRow();
  }
}

void problems(CsvWriter& w, const Session& s) {
  headers(w, {Str::ExportId, Str::NounAgeGroup, Str::NounProblem}).endRow();
  for (const Problem& p : s.problems) w.id(p.id).text(ageGroupName(s, p.ageGroup)).text(p.text).endRow();
}

// Per exported round two columns, rank and score, for the proposals in it.
void proposals(CsvWriter& w, const Session& s, const ExportOptions& options) {
  const std::vector<ReportRound> rounds = exportedRounds(s, options);
  headers(w, {Str::ExportId, Str::NounAgeGroup, Str::NounProposal, Str::ExportLevel, Str::ExportProblems});
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

void coverageTable(CsvWriter& w, const Session& s) {
  const CoverageMatrix m = coverage(s);
  headers(w, {Str::NounDistrict, Str::ExportCode});
  for (const AgeGroup& g : s.ageGroups)
    for (Str column : {Str::ExportOffers, Str::ExportChildren, Str::ExportPerThousand, Str::ExportGap})
      w.text(g.name + ": " + tr(column));
  headers(w, {Str::ExportOffersTotal, Str::ExportCoverageGap}).endRow();
  for (std::size_t r = 0; r < m.rows.size(); ++r) {
    const CoverageRow& row = m.rows[r];
    w.text(s.districts[r].name).text(s.districts[r].code);
    for (const CoverageCell& cell : row.cells)
      w.number(cell.offers)
          .number(cell.children)
          .number(cell.perThousand)
          .text(tr(cell.gap ? Str::RatingYes : Str::RatingNo));
    w.number(row.offers).text(tr(row.hasGap ? Str::RatingYes : Str::RatingNo)).endRow();
  }
}

}  // namespace

CsvWriter::CsvWriter(CsvDialect dialect)
    : separator_(dialect == CsvDialect::ExcelDe ? ';' : ','), decimalMark_(dialect == CsvDialect::ExcelDe ? ',' : '.') {
  if (dialect == CsvDialect::ExcelDe) out_ = "\xEF\xBB\xBF";
}

CsvWriter& CsvWriter::text(std::string_view cell) {
  separate();
  const std::string neutral = runsAsFormula(cell) ? "'" + std::string(cell) : std::string(cell);
  if (neutral.find_first_of(std::string{separator_, '"', '\n', '\r'}) == std::string::npos) {
    out_ += neutral;
    return *this;
  }
  out_ += '"';
  for (char c : neutral) out_.append(c == '"' ? 2 : 1, c);
  out_ += '"';
  return *this;
}

CsvWriter& CsvWriter::number(double value) {
  separate();
  out_ += formatNumber(value, kDecimals, decimalMark_);
  return *this;
}

CsvWriter& CsvWriter::empty() {
  separate();
  return *this;
}

void CsvWriter::endRow() {
  out_ += "\r\n";
  rowStart_ = true;
}

void CsvWriter::separate() {
  if (!rowStart_) out_ += separator_;
  rowStart_ = false;
}

std::string exportCsv(const Session& s, ExportTable table, CsvDialect dialect, const ExportOptions& options) {
  CsvWriter w(dialect);
  switch (table) {
    case ExportTable::Offers: offers(w, s); break;
    case ExportTable::Links: links(w, s); break;
    case ExportTable::Problems: problems(w, s); break;
    case ExportTable::Proposals: proposals(w, s, options); break;
    case ExportTable::Coverage: coverageTable(w, s); break;
  }
  return w.take();
}

}  // namespace nwk
