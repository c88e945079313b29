#include "core/export/compare_export.hpp"

#include <algorithm>
#include <string_view>
#include <vector>

#include "core/export/export_csv.hpp"
#include "core/export/text_writer.hpp"
#include "core/io/json_writer.hpp"
#include "core/model/labels.hpp"
#include "core/text/i18n.hpp"

namespace nwk {
namespace {

constexpr int kShownDecimals = 2;

constexpr const char* kStatusKeys[4] = {"planned", "started", "done", "dropped"};  // by MeasureStatus

const char* statusKey(MeasureStatus status) {
  return kStatusKeys[std::min<std::size_t>(static_cast<std::size_t>(status), 3)];
}
const char* statusLabel(std::optional<MeasureStatus> status) {
  return status ? statusName(*status) : tr(Str::CompareStatusNew);
}

// [section] JSON

void nullable(JsonWriter& w, const std::optional<double>& v) {
  if (v) w.value(*v);
  else w.null();
}

void stringArray(JsonWriter& w, const std::vector<std::string>& items) {
  w.beginArray();
  for (const std::string& s : items) w.value(s);
  w.endArray();
}

void offerNames(JsonWriter& w, const char* key, const std::vector<ComparedOffer>& offers) {
  w.key(key).beginArray();
  for (const ComparedOffer& o : offers) w.value(o.name);
  w.endArray();
}

void offerDetails(JsonWriter& w, const char* key, const std::vector<ComparedOffer>& offers) {
  w.key(key).beginArray();
  for (const ComparedOffer& o : offers) {
    w.beginObject().key("id").value(static_cast<std::int64_t>(o.id)).key("name").value(o.name);
    w.key("district").value(o.district).key("ageGroups");
    stringArray(w, o.ageGroups);
    w.key("changes");
    stringArray(w, o.changes);
    w.endObject();
  }
  w.endArray();
}

void gapArray(JsonWriter& w, const char* key, const std::vector<ComparedGap>& gaps) {
  w.key(key).beginArray();
  for (const ComparedGap& g : gaps)
    w.beginObject().key("district").value(g.district).key("ageGroup").value(g.ageGroup).endObject();
  w.endArray();
}

void statusCounts(JsonWriter& w, const char* key, const std::array<int, 4>& counts) {
  w.key(key).beginObject();
  for (std::size_t i = 0; i < counts.size(); ++i) w.key(kStatusKeys[i]).value(counts[i]);
  w.endObject();
}

void jsonOffers(JsonWriter& w, const Comparison& c) {
  w.key("offers").beginObject();
  offerNames(w, "added", c.added);
  offerNames(w, "closed", c.closed);
  offerNames(w, "changed", c.changed);
  offerDetails(w, "addedDetails", c.added);
  offerDetails(w, "closedDetails", c.closed);
  offerDetails(w, "changedDetails", c.changed);
  w.endObject();
}

void jsonIndicators(JsonWriter& w, const Comparison& c) {
  w.key("indicators").beginArray();
  for (const ComparedIndicator& i : c.indicators) {
    w.beginObject().key("column").value(i.column).key("unit").value(i.unit).key("district").value(i.district);
    w.key("districtId").value(static_cast<std::int64_t>(i.districtAfter));
    w.key("before").value(i.before).key("after").value(i.after);
    w.key("asOfBefore").value(i.asOfBefore).key("asOfAfter").value(i.asOfAfter).endObject();
  }
  w.endArray();
}

void jsonGoals(JsonWriter& w, const Comparison& c) {
  w.key("goals").beginArray();
  for (const ComparedGoal& g : c.goals) {
    w.beginObject().key("text").value(g.text).key("field").value(g.field).key("then");
    nullable(w, g.then);
    w.key("now");
    nullable(w, g.now);
    w.key("valueToday").value(g.valueToday).key("target").value(g.target).key("deadline").value(g.deadline);
    w.endObject();
  }
  w.endArray();
}

void jsonMeasures(JsonWriter& w, const Comparison& c) {
  w.key("measures").beginObject();
  statusCounts(w, "before", c.measuresBefore);
  statusCounts(w, "after", c.measuresAfter);
  w.key("changed").beginArray();
  for (const ComparedMeasure& m : c.measures) {
    w.beginObject().key("name").value(m.name).key("before");
    if (m.before) w.value(statusKey(*m.before));
    else w.null();
    w.key("after").value(statusKey(m.after)).endObject();
  }
  w.endArray().endObject();
}

// [section] HTML and Markdown (text_writer.hpp)

std::string shown(std::optional<double> v) { return v ? displayNumber(*v, kShownDecimals) : std::string("–"); }

std::string withAsOf(double value, const std::string& asOf) {
  const std::string number = displayNumber(value, kShownDecimals);
  return asOf.empty() ? number : number + " (" + trf(Str::CompareAsOf, displayDate(asOf).c_str()) + ")";
}

// "- **name** – district (age groups): changed fields"
void offerList(TextWriter& w, int level, Str title, const std::vector<ComparedOffer>& offers) {
  w.heading(level, tr(title));
  if (offers.empty()) return w.para(tr(Str::CompareNone));
  w.beginList();
  for (const ComparedOffer& o : offers) {
    std::string rest;
    if (!o.district.empty()) rest += " – " + o.district;
    if (!o.ageGroups.empty()) rest += " (" + commaList(o.ageGroups) + ")";
    if (!o.changes.empty()) rest += ": " + trf(Str::CompareChangedFields, commaList(o.changes).c_str());
    w.item(o.name, rest);
  }
  w.endList();
}

void gapList(TextWriter& w, int level, Str title, const std::vector<ComparedGap>& gaps) {
  w.heading(level, tr(title));
  if (gaps.empty()) return w.para(tr(Str::CompareNone));
  w.beginList();
  for (const ComparedGap& g : gaps) w.item({}, g.district + ": " + g.ageGroup);
  w.endList();
}

void indicators(TextWriter& w, int level, const Comparison& c) {
  w.heading(level, tr(Str::CompareIndicators));
  if (c.indicators.empty()) return w.para(tr(Str::CompareNone));
  Table t{{tr(Str::NounIndicator), tr(Str::NounDistrict), tr(Str::CompareBefore), tr(Str::CompareAfter)}, {}};
  for (const ComparedIndicator& i : c.indicators)
    t.rows.push_back({i.unit.empty() ? i.column : i.column + " (" + i.unit + ")", i.district,
                      withAsOf(i.before, i.asOfBefore), withAsOf(i.after, i.asOfAfter)});
  w.table(t);
}

void goals(TextWriter& w, int level, const Comparison& c) {
  w.heading(level, tr(Str::CompareGoals));
  if (c.goals.empty()) return w.para(tr(Str::CompareNone));
  Table t{{tr(Str::NounGoal), tr(Str::NounField), tr(Str::CompareStartValue), tr(Str::CompareBefore),
           tr(Str::CompareAfter), tr(Str::CompareTarget), tr(Str::CompareDeadline)},
          {}};
  for (const ComparedGoal& g : c.goals)
    t.rows.push_back({g.text, g.field, g.valueToday, shown(g.then), shown(g.now), g.target, displayDate(g.deadline)});
  w.table(t);
}

void measures(TextWriter& w, int level, const Comparison& c) {
  w.heading(level, tr(Str::CompareMeasures));
  Table t{{tr(Str::MeasureStatusLabel), tr(Str::CompareBefore), tr(Str::CompareAfter)}, {}};
  for (std::size_t i = 0; i < c.measuresBefore.size(); ++i)
    t.rows.push_back({statusName(static_cast<MeasureStatus>(i)), std::to_string(c.measuresBefore[i]),
                      std::to_string(c.measuresAfter[i])});
  w.table(t);
  if (c.measures.empty()) return;
  w.heading(level + 1, tr(Str::CompareMeasureChanges));
  w.beginList();
  for (const ComparedMeasure& m : c.measures)
    w.item(m.name, std::string(": ") + statusLabel(m.before) + " → " + statusLabel(m.after));
  w.endList();
}

// Every kind of change, each under a heading of `level`.
void changes(TextWriter& w, int level, const Comparison& c) {
  if (!c.byId) w.note(tr(Str::CompareByName));
  offerList(w, level, Str::CompareOffersAdded, c.added);
  offerList(w, level, Str::CompareOffersClosed, c.closed);
  offerList(w, level, Str::CompareOffersChanged, c.changed);
  gapList(w, level, Str::CompareGapsClosed, c.gapsClosed);
  gapList(w, level, Str::CompareGapsNew, c.gapsNew);
  indicators(w, level, c);
  goals(w, level, c);
  measures(w, level, c);
}

// [section] CSV (export_csv.hpp's ExcelDe dialect)

void csvOffers(CsvWriter& w, Str kind, const std::vector<ComparedOffer>& offers) {
  for (const ComparedOffer& o : offers) {
    const std::string changes = o.changes.empty() ? "" : trf(Str::CompareChangedFields, commaList(o.changes).c_str());
    w.text(tr(kind)).text(o.name).text(o.district).text(commaList(o.ageGroups)).empty().text(changes).endRow();
  }
}

void csvGaps(CsvWriter& w, Str kind, const std::vector<ComparedGap>& gaps, bool closed) {
  const std::string gap = tr(Str::ExportGap);
  for (const ComparedGap& g : gaps)
    w.text(tr(kind)).empty().text(g.district).text(g.ageGroup).text(closed ? gap : "").text(closed ? "" : gap).endRow();
}

void csvRest(CsvWriter& w, const Comparison& c) {
  for (const ComparedIndicator& i : c.indicators)
    w.text(tr(Str::CompareKindIndicator))
        .text(i.column)
        .text(i.district)
        .empty()
        .number(i.before)
        .number(i.after)
        .endRow();
  for (const ComparedGoal& g : c.goals)
    w.text(tr(Str::CompareKindGoal)).text(g.text).empty().empty().number(g.then).number(g.now).endRow();
  for (const ComparedMeasure& m : c.measures)
    w.text(tr(Str::CompareKindMeasure))
        .text(m.name)
        .empty()
        .empty()
        .text(m.before ? statusLabel(m.before) : "")
        .text(statusLabel(m.after))
        .endRow();
}

}  // namespace

std::string comparisonJson(const Comparison& c) {
  JsonWriter w;
  w.beginObject().key("beforeDate").value(c.beforeDate).key("afterDate").value(c.afterDate).key("byId").value(c.byId);
  jsonOffers(w, c);
  w.key("gaps").beginObject();
  gapArray(w, "closed", c.gapsClosed);
  gapArray(w, "new", c.gapsNew);
  w.endObject();
  jsonIndicators(w, c);
  jsonGoals(w, c);
  jsonMeasures(w, c);
  w.endObject();
  return w.str();
}

std::string comparisonMarkdown(const Comparison& c) {
  std::string out;
  TextWriter w{out, false};
  w.heading(1, tr(Str::CompareTitle));
  w.para(trf(Str::CompareSpan, displayDate(c.beforeDate).c_str(), displayDate(c.afterDate).c_str()));
  changes(w, 2, c);
  return out;
}

std::string comparisonCsv(const Comparison& c) {
  CsvWriter w(CsvDialect::ExcelDe);
  for (Str name :
       {Str::ExportType, Str::OfferName, Str::NounDistrict, Str::OfferAgeGroups, Str::CompareBefore, Str::CompareAfter})
    w.text(tr(name));
  w.endRow();
  csvOffers(w, Str::CompareKindAdded, c.added);
  csvOffers(w, Str::CompareKindClosed, c.closed);
  csvOffers(w, Str::CompareKindChanged, c.changed);
  csvGaps(w, Str::CompareKindGapClosed, c.gapsClosed, true);
  csvGaps(w, Str::CompareKindGapNew, c.gapsNew, false);
  csvRest(w, c);
  return w.take();
}

void appendComparison(std::string& out, const Comparison& c, TextFormat format) {
  TextWriter w = TextWriter::of(out, format);
  w.open(" class=major");
  w.heading(2, c.beforeDate.empty() ? std::string(tr(Str::CompareTitle))
                                    : trf(Str::ReportChangesSince, displayDate(c.beforeDate).c_str()));
  changes(w, 3, c);
  w.close();
}

}  // namespace nwk
