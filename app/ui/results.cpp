// A round's result: proposals in rank order (ties share a rank) with bars, the number of
// ballots, and the same split by participant group or restricted to one age group. While a
// round's results are hidden (open and not "live"), nothing is shown until the facilitator
// confirms; a closed round always shows its result. Several rounds side by side: one table,
// a row per proposal, a column per round, hidden results left out.
#include <imgui.h>

#include <algorithm>
#include <limits>
#include <string>
#include <vector>

#include "core/model/labels.hpp"
#include "core/voting/tally.hpp"
#include "core/voting/voting.hpp"
#include "ui/panels.hpp"
#include "ui/widgets.hpp"

namespace nwk::ui {
namespace {

// "12" points, "Ø 3,8 · n = 9" for weighting, "14" Borda points.
std::string scoreText(VoteMethod method, const ProposalResult& r) {
  if (method != VoteMethod::Weighting) return displayNumber(r.score, 0);
  return "Ø " + displayNumber(r.score, 2) + " · n = " + std::to_string(r.ballots);
}

struct Compared {
  const VotingRound* round;
  bool shown;
  const RoundResult* result;
};

// One cell: the proposal's rank and score in the round, "–" when not in it, or "verborgen".
void drawComparisonCell(const Compared& c, Id proposal) {
  if (!c.shown) {
    ImGui::TextDisabled("%s", tr(Str::CompareHidden));
    return;
  }
  for (const ProposalResult& r : c.result->proposals)
    if (r.proposal == proposal) {
      ImGui::TextUnformatted(trf(Str::CompareCell, r.rank, scoreText(c.round->method, r).c_str()).c_str());
      return;
    }
  ImGui::TextDisabled("–");
}

// The proposals in the order of the first round whose results are shown (the others after),
// as indices into `proposals`; ties keep their order (the index breaks them).
std::vector<std::uint32_t> rankedBy(const std::vector<Compared>& compared, const std::vector<Proposal>& proposals) {
  const auto first = std::find_if(compared.begin(), compared.end(), [](const Compared& c) { return c.shown; });
  std::vector<std::pair<double, std::uint32_t>> order;  // (rank, index)
  for (std::uint32_t i = 0; i < proposals.size(); ++i) {
    double rank = 0;
    if (first != compared.end()) {
      rank = std::numeric_limits<double>::max();
      for (const ProposalResult& r : first->result->proposals)
        if (r.proposal == proposals[i].id) rank = r.rank;
    }
    order.emplace_back(rank, i);
  }
  std::sort(order.begin(), order.end());
  std::vector<std::uint32_t> indices;
  for (const auto& [rank, i] : order) indices.push_back(i);
  return indices;
}

}  // namespace

const RoundResult& roundResult(AppState& state, const VotingRound& round) {
  RoundsViewState& view = state.rounds;
  if (view.resultsRevision != state.doc.history.revision()) {
    view.results.clear();
    view.resultsRevision = state.doc.history.revision();
  }
  auto it = view.results.find(round.id);
  if (it == view.results.end()) it = view.results.emplace(round.id, tally(state.doc.session, round)).first;
  return it->second;
}

bool resultShown(const AppState& state, const VotingRound& round) {
  const auto& revealed = state.rounds.revealed;
  return resultsVisible(round) || std::find(revealed.begin(), revealed.end(), round.id) != revealed.end();
}

void drawResultBars(const Session& session, const VotingRound& round, const std::vector<ProposalResult>& results,
                    std::size_t hiddenTop) {
  double top = 0.0;
  for (const ProposalResult& r : results) top = std::max(top, r.score);
  const float width = ImGui::GetContentRegionAvail().x;
  const float h = ImGui::GetTextLineHeight();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  for (std::size_t i = 0; i < results.size(); ++i) {
    const ProposalResult& r = results[i];
    const Proposal* p = findById(session.proposals, r.proposal);
    if (!p) continue;
    if (i < hiddenTop) {  // presenter mode: revealed from the last place up
      ImGui::TextDisabled("%d. ?", r.rank);
      ImGui::Dummy(ImVec2(width, h + 4));
      continue;
    }
    ImGui::TextWrapped("%d. %s", r.rank, p->text.c_str());
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float bar = top > 0 ? static_cast<float>(r.score / top) * width * 0.75f : 0.0f;
    draw->AddRectFilled(at, ImVec2(at.x + bar, at.y + h), IM_COL32(0, 114, 178, 255), 2.0f);
    draw->AddText(ImVec2(at.x + bar + 6, at.y), ImGui::GetColorU32(ImGuiCol_Text), scoreText(round.method, r).c_str());
    ImGui::Dummy(ImVec2(width, h + 4));
  }
}

void drawResult(AppState& state, const VotingRound& round) {
  if (!resultShown(state, round)) {
    ImGui::TextDisabled("%s", tr(Str::ResultHidden));
    if (button(tr(Str::ResultReveal), ("round." + std::to_string(round.id) + ".reveal").c_str()))
      state.rounds.revealed.push_back(round.id);
    tooltip(tr(Str::ResultRevealHint));
    return;
  }
  const Session& session = state.doc.session;
  const RoundResult& result = roundResult(state, round);
  ImGui::Text("%s", ballotsText(result.ballots, result.paperVoters).c_str());
  Id& ageGroup = state.rounds.ageGroup;
  if (toggle(tr(Str::AllAgeGroups), "result.age.all", ageGroup == kNoId)) ageGroup = kNoId;
  for (const AgeGroup& g : session.ageGroups) {
    flowNext(buttonWidth(g.name.c_str()));
    if (toggle(g.name.c_str(), ("result.age." + g.name).c_str(), ageGroup == g.id)) ageGroup = g.id;
  }
  drawResultBars(session, round,
                 ageGroup == kNoId ? result.proposals : forAgeGroup(session, result.proposals, ageGroup));
  for (const GroupResult& g : result.groups) {
    const ParticipantGroup* group = findById(session.groups, g.group);
    const std::string title = trf(Str::ResultGroup, group ? group->name.c_str() : tr(Str::ResultNoGroup),
                                  counted(g.ballots, Noun::Vote).c_str());
    if (treeNode(title.c_str())) {
      drawResultBars(session, round, g.proposals);
      ImGui::TreePop();
    }
  }
}

void drawComparison(AppState& state) {
  const Session& session = state.doc.session;
  std::vector<Compared> compared;
  for (const VotingRound& r : session.rounds)
    if (r.state != RoundState::Draft) compared.push_back({&r, resultShown(state, r), &roundResult(state, r)});
  if (compared.size() < 2) return;
  ImGui::SeparatorText(tr(Str::CompareHeading));
  // No scrolling flag: a scrolling table takes all the height left and hides the rounds below.
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit;
  if (!ImGui::BeginTable("###compare", static_cast<int>(compared.size()) + 1, kFlags)) return;
  ImGui::TableSetupColumn(tr(Str::CompareProposal), ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 22);
  for (const Compared& c : compared) ImGui::TableSetupColumn(c.round->name.c_str());
  ImGui::TableHeadersRow();
  for (const std::uint32_t i : rankedBy(compared, session.proposals)) {
    const Proposal& p = session.proposals[i];
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextWrapped("%s", p.text.c_str());
    for (const Compared& c : compared) {
      ImGui::TableNextColumn();
      drawComparisonCell(c, p.id);
    }
  }
  ImGui::EndTable();
}

}  // namespace nwk::ui
