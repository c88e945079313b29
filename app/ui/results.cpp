// A round's result: proposals in rank order (ties share a rank) with bars, the number of
// ballots, and the same split by participant group or restricted to one age group. While a
// round's results are hidden (open and not "live"), nothing is shown until the facilitator
// confirms; a closed round always shows its result.
#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <string>

#include "core/tally.hpp"
#include "core/voting.hpp"
#include "ui/panels.hpp"
#include "ui/widgets.hpp"

namespace nwk::ui {
namespace {

void drawBars(const Session& session, const std::vector<ProposalResult>& results, Id ageGroup) {
  double top = 0.0;
  for (const ProposalResult& r : results) top = std::max(top, r.score);
  const float width = ImGui::GetContentRegionAvail().x;
  char value[32];
  for (const ProposalResult& r : results) {
    const Proposal* p = findById(session.proposals, r.proposal);
    if (!p || (ageGroup != kNoId && p->ageGroup != ageGroup)) continue;
    ImGui::TextWrapped("%d. %s", r.rank, p->text.c_str());
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float h = ImGui::GetTextLineHeight();
    const float bar = top > 0 ? static_cast<float>(r.score / top) * width * 0.8f : 0.0f;
    ImGui::GetWindowDrawList()->AddRectFilled(at, ImVec2(at.x + bar, at.y + h), IM_COL32(0, 114, 178, 255), 2.0f);
    std::snprintf(value, sizeof value, "%.4g", r.score);
    ImGui::GetWindowDrawList()->AddText(ImVec2(at.x + bar + 6, at.y), ImGui::GetColorU32(ImGuiCol_Text), value);
    ImGui::Dummy(ImVec2(width, h + 4));
  }
}

}  // namespace

void drawResult(AppState& state, const VotingRound& round) {
  const bool hidden = !resultsVisible(round);
  auto& revealed = state.rounds.revealed;
  if (hidden && std::find(revealed.begin(), revealed.end(), round.id) == revealed.end()) {
    ImGui::TextDisabled("%s", tr(Str::ResultHidden));
    if (button(tr(Str::ResultReveal), ("round." + std::to_string(round.id) + ".reveal").c_str())) revealed.push_back(round.id);
    tooltip(tr(Str::ResultRevealHint));
    return;
  }
  const Session& session = state.doc.session;
  const RoundResult result = tally(session, round);
  ImGui::Text("%s", trf(Str::ResultBallots, static_cast<unsigned>(result.ballots), static_cast<unsigned>(result.paperVoters)).c_str());
  Id& ageGroup = state.rounds.ageGroup;
  if (toggle(tr(Str::AllAgeGroups), "result.age.all", ageGroup == kNoId)) ageGroup = kNoId;
  for (const AgeGroup& g : session.ageGroups) {
    flowNext(buttonWidth(g.name.c_str()));
    if (toggle(g.name.c_str(), ("result.age." + g.name).c_str(), ageGroup == g.id)) ageGroup = g.id;
  }
  drawBars(session, ageGroup == kNoId ? result.proposals : forAgeGroup(session, result.proposals, ageGroup), ageGroup);
  for (const GroupResult& g : result.groups) {
    const ParticipantGroup* group = findById(session.groups, g.group);
    const std::string title = trf(Str::ResultGroup, group ? group->name.c_str() : tr(Str::ResultNoGroup), static_cast<unsigned>(g.ballots));
    if (ImGui::TreeNode(title.c_str())) {
      drawBars(session, g.proposals, kNoId);
      ImGui::TreePop();
    }
  }
}

}  // namespace nwk::ui
