// Phase 6, "Veränderungen": what changed since the earlier conference (the follow-up's
// baseline) or since a session file chosen to compare with: offers new, closed and changed,
// coverage gaps closed and new, indicator values then and now, goals, measures by status;
// saved as CSV. And the dialog that prepares a follow-up conference from the open session.
#include <imgui.h>

#include <memory>
#include <string>

#include "core/export/compare_export.hpp"
#include "core/model/followup.hpp"
#include "core/model/labels.hpp"
#include "platform/platform.hpp"
#include "ui/icons.hpp"
#include "ui/panels.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace nwk::ui {
namespace {

const Session* earlierSession(const AppState& state) {
  if (state.measures.comparedWith) return &*state.measures.comparedWith;
  return baselineOf(state.doc.session);
}

const Comparison& comparison(AppState& state, const Session& earlier) {
  MeasuresViewState& view = state.measures;
  if (!view.comparison || view.comparisonRevision != state.revision()) {
    view.comparison.emplace(compareSessions(earlier, state.doc.session));  // no move assignment: less code
    view.comparisonRevision = state.revision();
  }
  return *view.comparison;
}

void wrapped(const std::string& text) {
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopTextWrapPos();
}

void offerList(Str heading, const std::vector<ComparedOffer>& offers) {
  ImGui::SeparatorText(trf(heading, static_cast<int>(offers.size())).c_str());
  for (const ComparedOffer& o : offers) {
    std::string line = "•  " + o.name;
    if (!o.district.empty()) line += "  ·  " + o.district;
    if (!o.ageGroups.empty()) line += "  ·  " + commaList(o.ageGroups);
    if (!o.changes.empty()) line += "  (" + commaList(o.changes) + ")";
    wrapped(line);
  }
}

void gapList(Str heading, const std::vector<ComparedGap>& gaps) {
  ImGui::SeparatorText(trf(heading, static_cast<int>(gaps.size())).c_str());
  for (const ComparedGap& g : gaps) wrapped("•  " + g.district + "  ·  " + g.ageGroup);
}

void indicatorList(const std::vector<ComparedIndicator>& values) {
  ImGui::SeparatorText(trf(Str::ChangesIndicators, static_cast<int>(values.size())).c_str());
  for (const ComparedIndicator& v : values) {
    const double diff = v.after - v.before;
    wrapped("•  " + v.column + "  ·  " + v.district + ":  " + displayNumber(v.before, 2) + " → " +
            displayNumber(v.after, 2) + " (" + (diff > 0 ? "+" : "") + displayNumber(diff, 2) +
            (v.unit.empty() ? "" : " " + v.unit) + ")");
  }
}

void goalList(const std::vector<ComparedGoal>& goals) {
  if (goals.empty()) return;
  ImGui::SeparatorText(tr(Str::ChangesGoals));
  for (const ComparedGoal& g : goals) {
    std::string line = "•  " + g.text + ":  ";
    line += g.then ? displayNumber(*g.then, 2) : g.valueToday;
    if (g.now) line += " → " + displayNumber(*g.now, 2);
    if (!g.target.empty()) line += "  " + trf(Str::ChangesGoalTarget, g.target.c_str());
    wrapped(line);
  }
}

void measureList(const Comparison& c) {
  ImGui::SeparatorText(tr(Str::ChangesMeasures));
  std::string counts;
  for (int i = 0; i < 4; ++i)
    counts += std::string(i ? "   " : "") + statusName(static_cast<MeasureStatus>(i)) + ": " +
              std::to_string(c.measuresBefore[static_cast<std::size_t>(i)]) + " → " +
              std::to_string(c.measuresAfter[static_cast<std::size_t>(i)]);
  wrapped(counts);
  for (const ComparedMeasure& m : c.measures)
    wrapped("•  " + m.name + ":  " + (m.before ? std::string(statusName(*m.before)) + " → " : tr(Str::ChangesNew)) +
            statusName(m.after));
}

void drawNoBaseline(AppState& state) {
  wrapped(tr(Str::ChangesNone));
  if (button(iconText(icon::kFolderOpen, Str::ChangesCompareFile).c_str(), "changes.compareFile"))
    state.request(FileRequest::Kind::CompareWith);
  const std::string followUp = iconText(icon::kHistory, Str::FollowUpPrepare);
  flowNext(buttonWidth(followUp.c_str()));
  if (button(followUp.c_str(), "changes.followUp")) state.measures.followUpOpen = true;
  const std::string demo = iconText(icon::kStar, Str::FileDemoFollowUp);
  flowNext(buttonWidth(demo.c_str()));
  if (button(demo.c_str(), "changes.demo")) state.request(FileRequest::Kind::DemoFollowUp);
}

void saveCsv(AppState& state, const Comparison& c) {
  const std::string name = "veraenderungen_" + state.doc.session.meta.date + ".csv";
  if (platform::offerFile(name, comparisonCsv(c), "text/csv")) state.notify(tr(Str::ChangesSaved), platform::nowMs());
}

}  // namespace

void drawChanges(AppState& state) {
  const Session* earlier = earlierSession(state);
  if (!earlier) return drawNoBaseline(state);
  const Comparison& c = comparison(state, *earlier);
  pushHeadingFont();
  wrapped(state.measures.comparedWith ? trf(Str::ChangesSinceFile, state.measures.comparedName.c_str())
                                      : trf(Str::ChangesSince, germanDate(c.beforeDate).c_str()));
  popHeadingFont();
  if (button(iconText(icon::kDown, Str::ChangesCsv).c_str(), "changes.csv")) saveCsv(state, c);
  if (state.measures.comparedWith) {
    ImGui::SameLine();
    if (button(iconText(icon::kClose, Str::ChangesBackToBaseline).c_str(), "changes.clearFile")) {
      state.measures.comparedWith.reset();
      state.measures.comparisonRevision = ~std::uint64_t{0};
    }
  }
  offerList(Str::ChangesOffersAdded, c.added);
  offerList(Str::ChangesOffersClosed, c.closed);
  offerList(Str::ChangesOffersChanged, c.changed);
  gapList(Str::ChangesGapsClosed, c.gapsClosed);
  gapList(Str::ChangesGapsNew, c.gapsNew);
  indicatorList(c.indicators);
  goalList(c.goals);
  measureList(c);
}

void drawFollowUpDialog(AppState& state) {
  MeasuresViewState& view = state.measures;
  if (!beginModal(tr(Str::FollowUpPrepare), "followup", view.followUpOpen, 560)) {
    view.followUpOpen = false;
    return;
  }
  wrapped(tr(Str::FollowUpExplain));
  ImGui::TextUnformatted(tr(Str::FollowUpDate));
  if (const auto date = dateInput(state, "followup.date", view.followUpDate)) view.followUpDate = *date;
  if (button(iconText(icon::kCheck, Str::FollowUpStart).c_str(), "followup.start")) {
    state.request(FileRequest::Kind::FollowUp, view.followUpDate);
    // A fresh view, built in place: assigning one would pull in the move assignments of a
    // whole Session and Comparison (code for the web download only).
    std::destroy_at(&view);
    std::construct_at(&view);
    ImGui::CloseCurrentPopup();
  }
  ImGui::SameLine();
  if (button(tr(Str::Cancel), "followup.cancel") || ImGui::IsKeyPressed(ImGuiKey_Escape)) {
    view.followUpOpen = false;
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

}  // namespace nwk::ui
