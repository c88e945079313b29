#include "core/export/progress_report.hpp"

#include <algorithm>
#include <span>
#include <vector>

#include "core/export/export_csv.hpp"
#include "core/export/report_html.hpp"
#include "core/export/text_writer.hpp"
#include "core/model/labels.hpp"
#include "core/model/validate.hpp"
#include "core/text/i18n.hpp"

namespace nwk {
namespace {

constexpr std::size_t kLatestNotes = 2;  // per measure in the tables

// --- Measures -------------------------------------------------------------------------------

enum class Col : std::uint8_t { Name, Owner, Deadline, Status, Resources, Funding, Notes };
constexpr Col kPlanColumns[] = {Col::Name, Col::Owner, Col::Deadline, Col::Status};
constexpr Col kFullColumns[] = {Col::Name,      Col::Owner,   Col::Deadline, Col::Status,
                                Col::Resources, Col::Funding, Col::Notes};
constexpr Str kColumnNames[] = {Str::NounMeasure,        Str::MeasureOwner,      Str::ProgressDeadline,
                                Str::MeasureStatusLabel, Str::ProgressResources, Str::MeasureFunding,
                                Str::MeasureNotes};

std::string statusText(const Measure& m, std::string_view today) {
  std::string t = statusName(m.status);
  if (isOverdue(m, today)) t += std::string(", ") + tr(Str::StatusOverdue);
  if (m.status == MeasureStatus::Dropped && !m.reason.empty()) t += ": " + m.reason;
  return t;
}

std::string fundingText(const Measure& m, std::string_view today) {
  if (!m.projectFunding) return tr(Str::MeasureFundingRegular);
  std::string t = m.fundedUntil.empty() ? std::string(tr(Str::MeasureFundingProject))
                                        : trf(Str::ProgressFundingUntil, displayDate(m.fundedUntil).c_str());
  if (fundingEndsSoon(m, today))
    t += std::string(" (") + tr(m.fundedUntil < today ? Str::ProgressFundingEnded : Str::ProgressFundingEnding) + ")";
  return t;
}

std::string cellOf(const Measure& m, Col column, std::string_view today) {
  std::string t;
  switch (column) {
    case Col::Name: return m.name;
    case Col::Owner:
      return m.partners.empty() ? m.owner : m.owner + "\n" + tr(Str::MeasurePartners) + ": " + m.partners;
    case Col::Deadline: return displayDate(m.deadline);
    case Col::Status: return statusText(m, today);
    case Col::Funding: return fundingText(m, today);
    case Col::Resources:
      if (m.staffHours > 0) t = trf(Str::ProgressHoursPerYear, displayNumber(m.staffHours, 1).c_str());
      if (m.money > 0) t += (t.empty() ? "" : "\n") + trf(Str::ProgressEuros, displayNumber(m.money, 2).c_str());
      return t;
    case Col::Notes:  // the latest first
      for (std::size_t i = m.notes.size(); i > 0 && i + kLatestNotes > m.notes.size(); --i)
        t += (t.empty() ? "" : "\n") + displayDate(m.notes[i - 1].date) + ": " + m.notes[i - 1].text;
      return t;
  }
  return t;
}

Table measuresTable(const std::vector<const Measure*>& measures, std::span<const Col> columns, std::string_view today) {
  Table t;
  for (Col c : columns) t.header.push_back(tr(kColumnNames[static_cast<std::size_t>(c)]));
  for (const Measure* m : measures) {
    t.rows.emplace_back();
    for (Col c : columns) t.rows.back().push_back(cellOf(*m, c, today));
  }
  return t;
}

// The fields of action in session order, then "ohne Handlungsfeld" (also for an unknown
// field); those with neither goals nor measures left out.
struct FieldGroup {
  std::string name;
  std::vector<const Goal*> goals;
  std::vector<const Measure*> measures;
};

std::vector<FieldGroup> byField(const Session& s) {
  std::vector<FieldGroup> groups;
  for (const FieldOfAction& f : s.fields) groups.push_back({f.name, {}, {}});
  groups.push_back({tr(Str::MeasuresNoField), {}, {}});
  auto group = [&](Id field) -> FieldGroup& {
    std::size_t i = 0;
    while (i < s.fields.size() && s.fields[i].id != field) ++i;
    return groups[i];
  };
  for (const Goal& g : s.goals) group(g.field).goals.push_back(&g);
  for (const Measure& m : s.measures) group(m.field).measures.push_back(&m);
  std::erase_if(groups, [](const FieldGroup& g) { return g.goals.empty() && g.measures.empty(); });
  return groups;
}

void measuresPlan(TextWriter& w, const Session& s) {
  if (s.measures.empty()) return;
  w.open(" class=major");
  w.heading(2, tr(Str::MeasuresPlan));
  for (const FieldGroup& g : byField(s)) {
    if (g.measures.empty()) continue;
    w.heading(3, g.name);
    w.table(measuresTable(g.measures, kPlanColumns, {}));
  }
  w.close();
}

// --- The progress report --------------------------------------------------------------------

void header(TextWriter& w, const Session& s, std::string_view today) {
  const Meta& meta = s.meta;
  const std::string title = std::string(tr(Str::ProgressTitle)) + ": " + reportTitle(meta);
  if (w.html) w.out += "<header>";
  w.heading(1, title);
  std::string line = meta.municipality;
  const std::pair<Str, std::string> labelled[] = {{Str::MetaVorlageNumber, meta.vorlageNumber},
                                                  {Str::ProgressConference, displayDate(meta.date)},
                                                  {Str::ProgressAsOf, displayDate(today)}};
  for (const auto& [label, value] : labelled)
    if (!value.empty()) line += (line.empty() ? "" : "\n") + std::string(tr(label)) + ": " + value;
  if (w.html) w.out += "<p class=meta>";
  w.lines(line, w.html ? "<br>" : " · ");
  w.out += w.html ? "</p></header><main>" : "\n\n";
}

void overview(TextWriter& w, const Session& s) {
  Table t{{tr(Str::MeasureStatusLabel), tr(Str::ProgressMeasures)}, {}};
  const std::array<int, 4> counts = statusCounts(s);
  for (std::size_t i = 0; i < counts.size(); ++i)
    t.rows.push_back({statusName(static_cast<MeasureStatus>(i)), std::to_string(counts[i])});
  t.rows.push_back({tr(Str::ProgressInAll), std::to_string(s.measures.size())});
  w.open();
  w.heading(2, tr(Str::ProgressOverview));
  w.table(t);
  w.close();
}

// The notes dated on or after `since`, oldest first.
void changes(TextWriter& w, const Session& s, std::string_view since) {
  std::vector<std::vector<std::string>> rows;                // in plan order
  std::vector<std::pair<std::string, std::uint32_t>> order;  // (date, row): sorted, stable by the row
  for (const Measure& m : s.measures)
    for (const ProgressNote& n : m.notes)
      if (n.date >= since) {
        order.emplace_back(n.date, static_cast<std::uint32_t>(rows.size()));
        rows.push_back({{}, m.name, n.text});
      }
  // std::sort of these pairs is in the app already; a stable_sort of the rows was 1.7 KB gzip.
  std::sort(order.begin(), order.end());
  Table t{{tr(Str::ExportDate), tr(Str::NounMeasure), tr(Str::MeasureNotes)}, {}};
  for (const auto& [date, row] : order) {
    t.rows.push_back(std::move(rows[row]));
    t.rows.back()[0] = displayDate(date);
  }
  w.open();
  w.heading(2, since.empty() ? std::string(tr(Str::ProgressChangesAll))
                             : trf(Str::ProgressChangesSince, displayDate(since).c_str()));
  if (t.rows.empty()) w.para(tr(Str::ProgressNoChanges));
  else w.table(t);
  w.close();
}

void overdue(TextWriter& w, const Session& s, std::string_view today) {
  std::vector<const Measure*> late;
  for (const Measure& m : s.measures)
    if (isOverdue(m, today)) late.push_back(&m);
  w.open();
  w.heading(2, tr(Str::ProgressOverdueHeading));
  if (late.empty()) w.para(tr(Str::ProgressNoOverdue));
  else w.table(measuresTable(late, kPlanColumns, today));
  w.close();
}

std::string measuredBy(const Session& s, const Goal& g) {
  const IndicatorColumn* column = findById(s.indicatorColumns, g.indicator);
  if (!column) return g.measuredBy;
  const District* district = findById(s.districts, g.district);
  return column->name + " (" + (district ? district->name : std::string(tr(Str::GoalWholeTown))) + ")";
}

void fields(TextWriter& w, const Session& s, std::string_view today) {
  const std::vector<FieldGroup> groups = byField(s);
  w.open(" class=major");
  w.heading(2, tr(Str::ProgressByField));
  if (groups.empty()) w.para(tr(Str::ProgressNoMeasures));
  for (const FieldGroup& g : groups) {
    w.heading(3, g.name);
    if (!g.goals.empty()) {
      Table t{{tr(Str::NounGoal), tr(Str::GoalMeasuredBy), tr(Str::GoalValueToday), tr(Str::GoalTarget),
               tr(Str::ProgressDeadline)},
              {}};
      for (const Goal* goal : g.goals)
        t.rows.push_back({goal->text, measuredBy(s, *goal), goal->valueToday, goal->target, displayDate(goal->deadline)});
      w.heading(4, tr(Str::ProgressGoals));
      w.table(t);
    }
    if (g.measures.empty()) continue;
    w.heading(4, tr(Str::ProgressMeasures));
    w.table(measuresTable(g.measures, kFullColumns, today));
  }
  w.close();
}

void progress(TextWriter& w, const Session& s, std::string_view since, std::string_view today) {
  header(w, s, today);
  overview(w, s);
  changes(w, s, since);
  overdue(w, s, today);
  fields(w, s, today);
}

}  // namespace

bool isOverdue(const Measure& m, std::string_view today) {
  const bool open = m.status == MeasureStatus::Planned || m.status == MeasureStatus::Started;
  return open && !today.empty() && !m.deadline.empty() && m.deadline < today;
}

bool fundingEndsSoon(const Measure& m, std::string_view today) {
  return projectEndsSoon(m.projectFunding, m.fundedUntil, today);
}

std::array<int, 4> statusCounts(const Session& s) {
  std::array<int, 4> counts{};
  for (const Measure& m : s.measures)
    if (static_cast<std::size_t>(m.status) < counts.size()) ++counts[static_cast<std::size_t>(m.status)];
  return counts;
}

std::string progressHtml(const Session& s, std::string_view since, std::string_view today) {
  std::string out = htmlPageStart(std::string(tr(Str::ProgressTitle)) + ": " + reportTitle(s.meta));
  TextWriter w{out, true};
  progress(w, s, since, today);
  return out + "</main></body></html>\n";
}

std::string progressMarkdown(const Session& s, std::string_view since, std::string_view today) {
  std::string out;
  TextWriter w{out, false};
  progress(w, s, since, today);
  return out;
}

std::string progressCsv(const Session& s, std::string_view today) {
  CsvWriter w(CsvDialect::ExcelDe);
  for (Str name : {Str::NounField, Str::NounMeasure, Str::MeasureOwner, Str::MeasurePartners, Str::ProgressDeadline,
                   Str::MeasureStatusLabel, Str::MeasureReason, Str::ProgressOverdue, Str::MeasureStaffHours,
                   Str::MeasureMoney, Str::MeasureFunding, Str::ProgressNoteDate, Str::ProgressNote})
    w.text(tr(name));
  w.endRow();
  for (const FieldGroup& g : byField(s))
    for (const Measure* m : g.measures) {
      const ProgressNote last = m->notes.empty() ? ProgressNote{} : m->notes.back();
      w.text(g.name).text(m->name).text(m->owner).text(m->partners).text(m->deadline).text(statusName(m->status));
      w.text(m->reason).text(tr(isOverdue(*m, today) ? Str::RatingYes : Str::RatingNo));
      w.number(m->staffHours).number(m->money).text(fundingText(*m, today)).text(last.date).text(last.text).endRow();
    }
  return w.take();
}

void appendVorlage(std::string& out, const Meta& meta, TextFormat format) {
  if (meta.vorlageNumber.empty() && meta.committees.empty() && meta.resolution.empty()) return;
  TextWriter w = TextWriter::of(out, format);
  w.open(" class=vorlage");
  w.heading(2, tr(Str::MetaVorlageHeading));
  if (!meta.vorlageNumber.empty()) w.para(std::string(tr(Str::MetaVorlageNumber)) + " " + meta.vorlageNumber);
  if (!meta.committees.empty()) {
    w.heading(3, tr(Str::ReportCommittees));
    w.list(meta.committees);
  }
  if (!meta.resolution.empty()) {
    w.heading(3, tr(Str::MetaVorlageResolution));
    w.para(meta.resolution);
  }
  w.close();
}

void appendMeasuresPlan(std::string& out, const Session& s, TextFormat format) {
  TextWriter w = TextWriter::of(out, format);
  measuresPlan(w, s);
}

}  // namespace nwk
