// Dialogs around session files: the error message (a file that cannot be opened, a failed
// autosave, what a repair changed), the offer to open what still reads of a damaged file,
// the sessions stored on this device (open or delete each), and the merge report with its
// likely duplicates (keep both, or combine).
#include <imgui.h>

#include <algorithm>
#include <initializer_list>
#include <string>
#include <utility>

#include "core/model/labels.hpp"
#include "ui/icons.hpp"
#include "ui/panels.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace nwk::ui {
namespace {

bool closeButton(const char* text, const char* id) {
  return button(text, id) || ImGui::IsKeyPressed(ImGuiKey_Escape) ||
         (ImGui::IsKeyPressed(ImGuiKey_Enter) && !ImGui::IsAnyItemActive());
}

void drawError(AppState& state) {
  if (!beginModal(tr(Str::NoticeTitle), "error", !state.error.empty(), 560)) return;
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(state.error.c_str());
  ImGui::PopTextWrapPos();
  ImGui::Spacing();
  if (closeButton(tr(Str::Ok), "error.ok")) {
    state.error.clear();
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

// What still reads of a damaged file, offered as a marked copy; the open session is untouched
// until the facilitator decides.
void drawDamagedFile(AppState& state) {
  DamagedFileState& d = state.damaged;
  if (!beginModal(tr(Str::DamagedTitle), "damaged", d.readable.has_value(), 600)) return;
  if (d.readable) {
    const Session& s = *d.readable;
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(trf(Str::ErrOpenFailed, d.fileName.c_str(), tr(Str::ErrChecksum)).c_str());
    ImGui::Spacing();
    ImGui::TextUnformatted(trf(Str::DamagedReadable, counted(s.offers.size(), Noun::Offer).c_str(),
                               counted(s.problems.size(), Noun::Problem).c_str(),
                               counted(s.proposals.size(), Noun::Proposal).c_str(),
                               counted(s.ballots.size(), Noun::Ballot).c_str())
                               .c_str());
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    if (button(tr(Str::DamagedOpenCopy), "damaged.open")) state.request(FileRequest::Kind::OpenDamagedCopy);
    ImGui::SameLine();
    if (closeButton(tr(Str::DamagedKeep), "damaged.keep")) d = {};
  }
  if (!d.readable || !state.fileRequests.empty()) ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
}

// Another tab owns the open session: take it over, or continue with a copy. Modal, so that
// nothing is typed that could not be stored.
void drawTabOwnership(AppState& state) {
  using K = TabOwnershipState::Kind;
  const K kind = state.tab.kind;
  const bool ask = kind == K::OtherTab || kind == K::TakingOver || kind == K::Lost;
  if (!beginModal(tr(kind == K::Lost ? Str::TabLostTitle : Str::TabOtherTitle), "tab", ask, 600)) return;
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(tr(kind == K::Lost ? Str::TabLostText : Str::TabOtherText));
  ImGui::PopTextWrapPos();
  ImGui::Spacing();
  if (kind == K::TakingOver) {
    ImGui::TextDisabled("%s", tr(Str::TabWaiting));
  } else {
    if (kind == K::OtherTab && button(tr(Str::TabTakeOver), "tab.takeover"))
      state.request(FileRequest::Kind::TakeOverSession);
    if (kind == K::OtherTab) ImGui::SameLine();
    if (button(tr(Str::TabCopy), "tab.copy")) state.request(FileRequest::Kind::ContinueAsCopy);
  }
  if (!ask) ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
}

void drawStoredSessions(AppState& state) {
  if (!beginModal(tr(Str::SessionsTitle), "sessions", state.sessions.open, 640, 560)) return;
  const float footer = std::max(ImGui::GetFrameHeight(), minTarget()) + ImGui::GetStyle().ItemSpacing.y;
  ImGui::BeginChild("###sessions.list", ImVec2(0, -footer));
  if (state.sessions.list.empty()) ImGui::TextDisabled("%s", tr(Str::SessionsEmpty));
  const std::string current = std::to_string(state.doc.session.uid);
  for (const platform::StoredSessionInfo& info : state.sessions.list) {
    ImGui::PushID(info.uid.c_str());
    ImGui::TextUnformatted(info.title.empty() ? "–" : info.title.c_str());
    ImGui::TextDisabled(tr(Str::SessionsSavedAt), platform::localDateTime(info.savedAtMs).c_str());
    if (info.uid == current) {
      ImGui::SameLine();
      ImGui::TextDisabled("(%s)", tr(Str::SessionsCurrent));
    } else {
      if (button(tr(Str::SessionsOpen), ("sessions.open." + info.uid).c_str())) {
        state.request(FileRequest::Kind::OpenStored, info.uid);
        state.sessions.open = false;
      }
      ImGui::SameLine();
      if (button(tr(Str::Delete), ("sessions.delete." + info.uid).c_str()))
        state.request(FileRequest::Kind::DeleteStored, info.uid);
    }
    ImGui::Separator();
    ImGui::PopID();
  }
  ImGui::EndChild();
  if (closeButton(tr(Str::Close), "sessions.close")) state.sessions.open = false;
  if (!state.sessions.open) ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
}

const char* duplicateNoun(Duplicate::Kind k) {
  switch (k) {
    case Duplicate::Kind::Offer: return tr(Str::NounOffer);
    case Duplicate::Kind::Problem: return tr(Str::NounProblem);
    case Duplicate::Kind::Proposal: return tr(Str::NounProposal);
  }
  return "";
}

// Where the two offers are: "Südstadt · 120 m auseinander", so the facilitator can judge.
std::string duplicatePlace(const Duplicate& d) {
  std::string place = d.district.empty() ? tr(Str::MergeNoDistrict) : d.district;
  if (d.metresApart >= 0) place += " · " + trf(Str::MergeApart, displayNumber(d.metresApart, 0).c_str());
  return place;
}

void drawDuplicate(AppState& state, std::size_t i) {
  const Duplicate& d = state.merge.report.duplicates[i];
  ImGui::PushID(static_cast<int>(i));
  ImGui::TextWrapped("%s: %s", duplicateNoun(d.kind), d.name.c_str());
  if (d.kind == Duplicate::Kind::Offer) ImGui::TextDisabled("%s", duplicatePlace(d).c_str());
  if (state.merge.combined[i]) {
    ImGui::TextDisabled("%s  %s", icon::kCheck, tr(Str::MergeCombined));
  } else {
    if (button(tr(Str::MergeCombine), ("merge.combine." + std::to_string(i)).c_str()) && combineDuplicate(state.doc, d))
      state.merge.combined[i] = 1;
    ImGui::SameLine();
    ImGui::TextDisabled("%s", tr(Str::MergeKeep));
  }
  ImGui::Separator();
  ImGui::PopID();
}

// Before merging a file that looks like another town's or like one merged before.
void drawMergeQuestion(AppState& state) {
  MergeDialogState& m = state.merge;
  if (!beginModal(tr(Str::MergeAskTitle), "merge.ask", m.pending.has_value(), 600)) return;
  const MergeCaution& c = m.caution;
  ImGui::PushTextWrapPos(0.0f);
  if (!c.otherTown.empty())
    ImGui::TextUnformatted(
        trf(Str::MergeOtherTown, m.fileName.c_str(), c.otherTown.c_str(), state.doc.session.meta.municipality.c_str())
            .c_str());
  if (c.foreignDistricts > 0)
    ImGui::TextUnformatted(
        trf(Str::MergeForeignDistricts, counted(c.foreignDistricts, Noun::District).c_str()).c_str());
  if (c.sameSession) ImGui::TextUnformatted(trf(Str::MergeSameSession, m.fileName.c_str()).c_str());
  else if (c.mergedBefore()) ImGui::TextUnformatted(trf(Str::MergeAlreadyHere, m.fileName.c_str()).c_str());
  ImGui::PopTextWrapPos();
  ImGui::Spacing();
  if (button(tr(Str::MergeAnyway), "merge.anyway")) state.request(FileRequest::Kind::MergeAnyway);
  ImGui::SameLine();
  if (closeButton(tr(Str::Cancel), "merge.cancel")) m = {};
  if (!m.pending || !state.fileRequests.empty()) ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
}

// "3 Angebote, 1 Problem": the counts that are not zero.
std::string nonZero(std::initializer_list<std::pair<std::size_t, Noun>> counts) {
  std::string out;
  for (const auto& [n, noun] : counts)
    if (n > 0) out += (out.empty() ? "" : ", ") + counted(n, noun);
  return out;
}

void drawMergeReport(AppState& state) {
  MergeDialogState& m = state.merge;
  if (!beginModal(tr(Str::MergeTitle), "merge", m.open, 680, 600)) return;
  const MergeReport& r = m.report;
  const std::string added = nonZero({{r.offers, Noun::Offer},
                                     {r.links, Noun::Link},
                                     {r.problems, Noun::Problem},
                                     {r.strengths, Noun::Strength},
                                     {r.proposals, Noun::SolutionProposal},
                                     {r.rounds, Noun::Round},
                                     {r.goals, Noun::Goal},
                                     {r.measures, Noun::Measure}});
  const std::string created =
      nonZero({{r.newAgeGroups, Noun::AgeGroup}, {r.newCategories, Noun::Category}, {r.newDistricts, Noun::District}});
  std::string summary = trf(Str::MergeAdded, m.fileName.c_str(), added.empty() ? tr(Str::MergeNothing) : added.c_str());
  if (!created.empty()) summary += " " + trf(Str::MergeCreated, created.c_str());
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(summary.c_str());
  ImGui::PopTextWrapPos();
  ImGui::TextDisabled("%s", tr(Str::MergeUndoHint));
  ImGui::Spacing();
  pushHeadingFont();
  ImGui::TextUnformatted(tr(r.duplicates.empty() ? Str::MergeNoDuplicates : Str::MergeDuplicates));
  popHeadingFont();
  const float footer = std::max(ImGui::GetFrameHeight(), minTarget()) + ImGui::GetStyle().ItemSpacing.y;
  ImGui::BeginChild("###merge.duplicates", ImVec2(0, -footer));
  for (std::size_t i = 0; i < r.duplicates.size(); ++i) drawDuplicate(state, i);
  ImGui::EndChild();
  if (closeButton(tr(Str::Done), "merge.done")) {
    m.open = false;
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

}  // namespace

void drawSessionDialogs(AppState& state) {
  drawStoredSessions(state);
  drawMergeQuestion(state);
  drawMergeReport(state);
  drawDamagedFile(state);
  drawTabOwnership(state);
  drawError(state);
}

}  // namespace nwk::ui
