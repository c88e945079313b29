// "Exportieren": the results for the council report, at any moment of the event. The
// facilitator picks what (report, tables, map, summary, map picture, the session, the
// progress report on the measures, what changed since the baseline conference), for whom
// (all age groups or one, all votes or one, the report map's colours), reads the preview
// of the chosen file (the report's and the progress report's text as a page shows it, the
// CSV or GeoJSON text as the file has it, the workbook's sheets and the first rows of a
// table, the Markdown summary as written) and downloads a file named from date and title.
// Tables go out as one Excel workbook (.xlsx, a sheet per table) or as CSV files.
// Hidden results are left out unless the facilitator ticks the confirmation; open votes are
// marked as interim results. "Als Text anzeigen" opens the report in a new tab: the
// accessible view of a workshop whose canvas a screen reader cannot see.
#include <imgui.h>

#include <algorithm>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/export/compare_export.hpp"
#include "core/export/export_csv.hpp"
#include "core/export/export_geojson.hpp"
#include "core/export/export_markdown.hpp"
#include "core/export/export_tables.hpp"
#include "core/export/html_text.hpp"
#include "core/export/progress_report.hpp"
#include "core/export/report_html.hpp"
#include "core/io/file_names.hpp"
#include "core/model/followup.hpp"
#include "core/text/utf8.hpp"
#include "core/voting/voting.hpp"
#include "platform/platform.hpp"
#include "ui/map_view.hpp"
#include "ui/panels.hpp"
#include "ui/widgets.hpp"

namespace nwk::ui {
namespace {

using What = ExportDialogState::What;

// A short notice that the file went out, or the reason it did not.
void tellOutcome(AppState& state, bool ok, const std::string& name, std::string failure) {
  if (ok) state.notify(trf(Str::NoticeExported, name.c_str()), platform::nowMs());
  else state.error = std::move(failure);
}

void offer(AppState& state, const std::string& name, const std::string& bytes, const char* mime) {
  tellOutcome(state, platform::offerFile(name, bytes, mime), name, trf(Str::ErrSaveFailed, name.c_str()));
}

CsvDialect dialectOf(const ExportDialogState& e) { return e.rfc4180 ? CsvDialect::Rfc4180 : CsvDialect::ExcelDe; }

void offerTables(AppState& state) {
  const ExportDialogState& e = state.exports;
  const Session& s = state.doc.session;
  if (e.workbook)
    return offer(state, exportFileName(s.meta, platform::localDate(), ExportFormat::Xlsx), exportWorkbook(s, e.options),
                 "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  for (ExportTable t : kTables)
    if (e.allTables || t == e.table)
      offer(state, exportFileName(s.meta, platform::localDate(), ExportFormat::Csv, t),
            exportCsv(s, t, dialectOf(e), e.options), "text/csv");
}

// "<date>_<title>_<what><extension>" (file_names.hpp).
std::string fileName(const AppState& state, Str what, const char* extension) {
  return suggestedFileName(state.doc.session.meta, platform::localDate(), std::string("_") + tr(what) + extension);
}

std::string pictureName(const AppState& state) { return fileName(state, Str::ExportFilePicture, ".png"); }

void offerProgress(AppState& state) {
  const ExportDialogState& e = state.exports;
  const Session& s = state.doc.session;
  if (e.progressFormat == ExportFormat::Csv)
    offer(state, fileName(state, Str::ExportFileProgress, ".csv"), progressCsv(s, platform::localDate()), "text/csv");
  else if (e.progressFormat == ExportFormat::Markdown)
    offer(state, fileName(state, Str::ExportFileProgress, ".md"),
          progressMarkdown(s, e.progressSince, platform::localDate()), "text/markdown");
  else
    offer(state, fileName(state, Str::ExportFileProgress, ".html"),
          progressHtml(s, e.progressSince, platform::localDate()), "text/html");
}

// As on screen: phase 1's map without this dialog over it, captured a few frames on. At a
// chosen width: the same view drawn by the browser from the report's SVG map.
void offerMapPicture(AppState& state) {
  ExportDialogState& e = state.exports;
  if (e.pictureWidth == 0) {
    state.setPhase(Phase::Inventory);
    e.mapPictureFrames = 3;
    e.open = false;
    return;
  }
  const std::string name = pictureName(state);
  const std::string svg = mapSvg(state.doc.session, state.map.choropleth, visibleBounds(state.map), e.pictureWidth);
  tellOutcome(state, platform::offerSvgAsPng(name, svg), name, tr(Str::ExportPictureNative));
}

void drawPictureSize(ExportDialogState& e) {
  if (toggle(tr(Str::ExportPictureScreen), "export.picture.screen", e.pictureWidth == 0)) e.pictureWidth = 0;
  ImGui::SameLine();
  if (toggle(tr(Str::ExportPictureWidth), "export.picture.width", e.pictureWidth > 0) && e.pictureWidth == 0)
    e.pictureWidth = 2400;
  if (e.pictureWidth == 0) return;
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
  int width = e.pictureWidth;
  if (ImGui::InputInt("###export.picture.pixels", &width, 100, 1000)) e.pictureWidth = std::clamp(width, 200, 8000);
}

void download(AppState& state) {
  ExportDialogState& e = state.exports;
  const Session& s = state.doc.session;
  switch (e.what) {
    case What::Report:
      offer(state, exportFileName(s.meta, platform::localDate(), ExportFormat::Html), reportHtml(s, e.options),
            "text/html");
      break;
    case What::Summary:
      offer(state, exportFileName(s.meta, platform::localDate(), ExportFormat::Markdown), exportMarkdown(s, e.options),
            "text/markdown");
      break;
    case What::Map:
      offer(state, exportFileName(s.meta, platform::localDate(), ExportFormat::GeoJson), exportGeoJson(s),
            "application/geo+json");
      break;
    case What::Tables: offerTables(state); break;
    case What::MapPicture: offerMapPicture(state); break;
    case What::Session: state.request(FileRequest::Kind::SaveBinary); break;
    case What::SessionJson: state.request(FileRequest::Kind::SaveJson); break;
    case What::Progress: offerProgress(state); break;
    case What::Changes:
      if (const Session* baseline = baselineOf(s))
        offer(state, fileName(state, Str::ExportFileChanges, ".csv"), comparisonCsv(compareSessions(*baseline, s)),
              "text/csv");
      break;
  }
}

// A row of toggles, one per choice, with ids "<key>.<the choice's number>".
template <class T> void chooseFrom(const std::string& key, std::span<const std::pair<T, Str>> choices, T& chosen) {
  bool first = true;
  for (const auto& [value, name] : choices) {
    if (!first) flowNext(buttonWidth(tr(name)));
    first = false;
    if (toggle(tr(name), (key + "." + std::to_string(static_cast<int>(value))).c_str(), chosen == value))
      chosen = value;
  }
}

// "Veränderungen" (last) only for a session that follows an earlier conference.
void drawWhat(AppState& state) {
  static constexpr std::pair<What, Str> kChoices[] = {
      {What::Report, Str::ExportWhatReport},           {What::Tables, Str::ExportWhatTables},
      {What::Summary, Str::ExportWhatSummary},         {What::Map, Str::ExportWhatMap},
      {What::MapPicture, Str::ExportWhatPicture},      {What::Session, Str::ExportWhatSession},
      {What::SessionJson, Str::ExportWhatSessionJson}, {What::Progress, Str::ExportWhatProgress},
      {What::Changes, Str::ExportWhatChanges}};
  const bool baseline = baselineOf(state.doc.session) != nullptr;
  ExportDialogState& e = state.exports;
  if (!baseline && e.what == What::Changes) e.what = What::Report;
  chooseFrom<What>("export.what", std::span(kChoices).first(std::size(kChoices) - (baseline ? 0 : 1)), e.what);
}

// The progress report's format, and since when its notes count.
void drawProgress(AppState& state) {
  static constexpr std::pair<ExportFormat, Str> kFormats[] = {{ExportFormat::Html, Str::ExportProgressHtml},
                                                              {ExportFormat::Markdown, Str::ExportProgressMarkdown},
                                                              {ExportFormat::Csv, Str::ExportProgressCsv}};
  ExportDialogState& e = state.exports;
  chooseFrom<ExportFormat>("export.progress", kFormats, e.progressFormat);
  ImGui::TextDisabled("%s", tr(Str::ExportProgressSince));
  if (auto since = dateInput(state, "export.progress.since", e.progressSince, ImGui::GetFontSize() * 10)) {
    e.progressSince = *since;
    e.previewRevision = ~std::uint64_t{0};
  }
}

// The workbook or CSV files; the table to download as CSV (or all), or whose first rows the
// workbook's preview shows.
void drawTables(ExportDialogState& e) {
  static constexpr std::pair<bool, Str> kFormats[] = {{true, Str::TablesWorkbook}, {false, Str::TablesCsv}};
  chooseFrom<bool>("export.workbook", kFormats, e.workbook);
  if (!e.workbook && toggle(tr(Str::ExportAllTables), "export.table.all", e.allTables)) e.allTables = true;
  bool first = e.workbook;
  for (ExportTable table : kTables) {
    if (!first) flowNext(buttonWidth(tableName(table)));
    first = false;
    if (toggle(tableName(table), ("export.table." + std::to_string(static_cast<int>(table))).c_str(),
               (e.workbook || !e.allTables) && e.table == table)) {
      e.allTables = false;
      e.table = table;
    }
  }
  if (!e.workbook) ImGui::Checkbox(withId(tr(Str::ExportRfc4180), "export.rfc4180").c_str(), &e.rfc4180);
}

// A row of choices: "all" (no id) or one of the named items.
using Choices = std::vector<std::pair<Id, const char*>>;

void chooseOne(Str heading, const std::string& key, const char* allLabel, const Choices& items,
               std::optional<Id>& chosen) {
  ImGui::TextDisabled("%s", tr(heading));
  if (toggle(allLabel, (key + ".all").c_str(), !chosen)) chosen.reset();
  for (const auto& [id, label] : items) {
    flowNext(buttonWidth(label));
    if (toggle(label, (key + "." + std::to_string(id)).c_str(), chosen == id)) chosen = id;
  }
}

void drawScope(AppState& state) {
  ExportDialogState& e = state.exports;
  const Session& s = state.doc.session;
  Choices choices;
  for (const AgeGroup& g : s.ageGroups) choices.emplace_back(g.id, g.name.c_str());
  chooseOne(Str::ExportScopeAgeGroups, "export.age", tr(Str::AllAgeGroups), choices, e.options.ageGroup);
  choices.clear();
  for (const VotingRound& r : s.rounds)
    if (r.state != RoundState::Draft) choices.emplace_back(r.id, r.name.c_str());
  chooseOne(Str::ExportScopeRounds, "export.round", tr(Str::ExportAllRounds), choices, e.options.round);
  if (e.what != What::Report || s.indicatorColumns.empty()) return;
  choices.clear();
  for (const IndicatorColumn& c : s.indicatorColumns) choices.emplace_back(c.id, c.name.c_str());
  std::optional<Id> indicator;
  if (e.options.indicator != kNoId) indicator = e.options.indicator;
  chooseOne(Str::ExportIndicator, "export.indicator", tr(Str::ExportNoIndicator), choices, indicator);
  e.options.indicator = indicator.value_or(kNoId);
}

// Hidden results in the chosen votes: named, with the facilitator's explicit confirmation.
void drawHiddenAndInterim(AppState& state) {
  ExportDialogState& e = state.exports;
  std::string hidden;
  bool interim = false;
  for (const VotingRound& r : state.doc.session.rounds) {
    if (r.state == RoundState::Draft || (e.options.round && *e.options.round != r.id)) continue;
    if (!resultsVisible(r)) hidden += (hidden.empty() ? "„" : ", „") + r.name + "“";
    interim |= r.state == RoundState::Open && (resultsVisible(r) || e.options.includeHidden);
  }
  if (!hidden.empty()) {
    warningText(trf(Str::ExportHiddenWarning, hidden.c_str()).c_str());
    ImGui::Checkbox(withId(tr(Str::ExportIncludeHidden), "export.includeHidden").c_str(), &e.options.includeHidden);
  }
  if (interim) ImGui::TextDisabled("%s", tr(Str::ExportInterimWarning));
}

// A long text's first few thousand bytes (a whole character last), then "…".
std::string beginning(std::string_view text) {
  constexpr std::size_t kBytes = 4000;
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);  // the BOM is not shown
  return text.size() <= kBytes ? std::string(text) : std::string(text.substr(0, utf8Prefix(text, kBytes))) + "\n…";
}

// Each chosen CSV file's name as a heading, then its text.
std::string csvPreview(const AppState& state) {
  const ExportDialogState& e = state.exports;
  const Session& s = state.doc.session;
  std::string out;
  for (ExportTable t : kTables)
    if (e.allTables || t == e.table)
      out += kHeadingMark + exportFileName(s.meta, platform::localDate(), ExportFormat::Csv, t) + "\n" +
             beginning(exportCsv(s, t, dialectOf(e), e.options)) + "\n";
  return out;
}

std::string progressPreview(const AppState& state) {
  const ExportDialogState& e = state.exports;
  const Session& s = state.doc.session;
  if (e.progressFormat == ExportFormat::Csv) return beginning(progressCsv(s, platform::localDate()));
  if (e.progressFormat == ExportFormat::Markdown) return progressMarkdown(s, e.progressSince, platform::localDate());
  return htmlText(progressHtml(s, e.progressSince, platform::localDate()));
}

// What the chosen file holds, as the preview shows it.
std::string previewOf(const AppState& state) {
  const ExportDialogState& e = state.exports;
  const Session& s = state.doc.session;
  switch (e.what) {
    case What::Report: return htmlText(reportHtml(s, e.options));
    case What::Summary: return exportMarkdown(s, e.options);
    case What::Map: return beginning(exportGeoJson(s));
    case What::Tables: return e.workbook ? workbookPreview(s, e.table, e.options) : csvPreview(state);
    case What::Progress: return progressPreview(state);
    default: return {};
  }
}

// Line by line; a line starting with kHeadingMark is drawn as a heading.
void drawPreviewText(std::string_view text) {
  while (!text.empty()) {
    const std::string_view line = text.substr(0, text.find('\n'));
    if (line.starts_with(kHeadingMark)) ImGui::SeparatorText(std::string(line.substr(1)).c_str());
    else ImGui::TextUnformatted(line.data(), line.data() + line.size());
    text.remove_prefix(std::min(text.size(), line.size() + 1));
  }
}

// The preview fills the rest of the choices' area, at least six lines.
// Made anew when the session, the options or the choice changed (a changed choice sets
// previewRevision aside).
void drawPreview(AppState& state) {
  ExportDialogState& e = state.exports;
  if (e.previewRevision != state.revision() || !(e.previewOptions == e.options)) {
    e.preview = previewOf(state);
    e.previewRevision = state.revision();
    e.previewOptions = e.options;
  }
  ImGui::SeparatorText(tr(Str::ExportPreview));
  const float height = std::max(ImGui::GetFontSize() * 6, ImGui::GetContentRegionAvail().y);
  if (ImGui::BeginChild("###export.preview", ImVec2(0, height), ImGuiChildFlags_Border)) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, 0.0f));  // lines of a text
    drawPreviewText(e.preview);
    ImGui::PopStyleVar();
    ImGui::PopTextWrapPos();
  }
  ImGui::EndChild();
}

void drawActions(AppState& state) {
  ExportDialogState& e = state.exports;
  if (button(tr(Str::ExportDownload), "export.download")) download(state);
  flowNext(buttonWidth(tr(Str::ExportShowText)));
  if (button(tr(Str::ExportShowText), "export.showText")) {
    const Session& s = state.doc.session;
    if (!platform::showHtml(exportFileName(s.meta, platform::localDate(), ExportFormat::Html),
                            reportHtml(s, e.options)))
      state.error = trf(Str::ErrSaveFailed, exportFileName(s.meta, platform::localDate(), ExportFormat::Html).c_str());
  }
  tooltip(tr(Str::ExportShowTextTip));
  flowNext(buttonWidth(tr(Str::Close)));
  if (button(tr(Str::Close), "export.close") || ImGui::IsKeyPressed(ImGuiKey_Escape)) e.open = false;
}

// What the preview shows besides the options and the session.
struct PreviewedChoice {
  What what;
  bool workbook, allTables;
  ExportTable table;
  bool rfc4180;
  ExportFormat progressFormat;
  bool operator==(const PreviewedChoice&) const = default;
};

PreviewedChoice previewedChoice(const ExportDialogState& e) {
  return {e.what, e.workbook, e.allTables, e.table, e.rfc4180, e.progressFormat};
}

// The choices and the preview scroll (on a phone they are taller than the screen); the
// buttons stay below them.
void drawChoices(AppState& state) {
  ExportDialogState& e = state.exports;
  const PreviewedChoice before = previewedChoice(e);
  drawWhat(state);
  ImGui::Separator();
  if (e.what == What::Progress) drawProgress(state);
  const bool scoped = e.what == What::Report || e.what == What::Summary || e.what == What::Tables;
  if (e.what == What::Tables) drawTables(e);
  if (scoped) {
    drawScope(state);
    drawHiddenAndInterim(state);
  }
  if (!(previewedChoice(e) == before)) e.previewRevision = ~std::uint64_t{0};
  if (scoped || e.what == What::Progress || e.what == What::Map) drawPreview(state);
  if (e.what == What::MapPicture) {
    ImGui::TextWrapped("%s", tr(platform::filesByPath() ? Str::ExportPictureNative : Str::ExportPictureHint));
    drawPictureSize(e);
  }
}

}  // namespace

void openExportDialog(AppState& state) {
  state.exports.open = true;
  state.exports.options.indicator = state.map.choropleth;  // the map's colours, as on screen
  state.exports.options.includeHidden = false;             // confirmed anew for every export
}

void drawExportDialog(AppState& state) {
  ExportDialogState& e = state.exports;
  if (!beginModal(tr(Str::ExportTitle), "export", e.open, 760, 760)) return;
  const float actions = std::max(ImGui::GetFrameHeight(), minTarget()) + ImGui::GetStyle().ItemSpacing.y;
  if (ImGui::BeginChild("###export.choices", ImVec2(0, -actions))) drawChoices(state);
  ImGui::EndChild();
  drawActions(state);
  if (!e.open) ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
}

void captureMapPicture(AppState& state) {
  int& frames = state.exports.mapPictureFrames;
  if (frames == 0 || --frames > 0) return;
  const std::string name = pictureName(state);
  tellOutcome(state, platform::offerScreenPng(name, state.map.canvas), name, tr(Str::ExportPictureNative));
}

}  // namespace nwk::ui
