#include "ui/ballot_form.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cfloat>
#include <string>

#include "core/voting/voting.hpp"
#include "ui/icons.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace nwk::ui {
namespace {

void drawDots(Ballot& ballot, const VotingRound& round, Id proposal) {
  const std::int32_t dots = ballotValue(ballot, proposal);
  const std::string id = "kiosk.dots." + std::to_string(proposal);
  ImGui::BeginDisabled(dots == 0);
  if (button(icon::kMinus, (id + ".minus").c_str(), kTouchTarget)) setBallotValue(ballot, proposal, dots - 1);
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  ImGui::Text("%d", dots);
  ImGui::SameLine();
  ImGui::BeginDisabled(dots >= round.maxPerProposal || pointsLeft(round, ballot) <= 0);
  if (button(icon::kPlus, (id + ".plus").c_str(), kTouchTarget)) setBallotValue(ballot, proposal, dots + 1);
  ImGui::EndDisabled();
}

void drawScores(Ballot& ballot, const VotingRound& round, Id proposal) {
  for (std::size_t c = 0; c < round.criteria.size(); ++c) {
    const auto criterion = static_cast<std::int32_t>(c);
    ImGui::TextUnformatted(round.criteria[c].c_str());  // above its scores: they line up, a phone fits them
    const std::int32_t score = ballotValue(ballot, proposal, criterion);
    for (std::int32_t v = 1; v <= 5; ++v) {
      if (v > 1) ImGui::SameLine();
      const std::string id =
          "kiosk.score." + std::to_string(proposal) + "." + std::to_string(c) + "." + std::to_string(v);
      if (toggle(std::to_string(v).c_str(), id.c_str(), score == v))
        setBallotValue(ballot, proposal, score == v ? 0 : v, criterion);
    }
  }
}

// Tap in order of preference: the next free rank; tapping a ranked proposal takes its rank
// back and moves the later ones up.
void drawRank(Ballot& ballot, Id proposal) {
  const std::int32_t rank = ballotValue(ballot, proposal);
  const std::string label = rank > 0 ? trf(Str::KioskRank, rank) : std::string(tr(Str::KioskRankChoose));
  if (!toggle(label.c_str(), ("kiosk.rank." + std::to_string(proposal)).c_str(), rank > 0)) return;
  if (rank == 0) {
    std::int32_t next = 1;
    for (const BallotEntry& e : ballot.entries) next = std::max(next, e.value + 1);
    setBallotValue(ballot, proposal, next);
    return;
  }
  setBallotValue(ballot, proposal, 0);
  for (BallotEntry& e : ballot.entries)
    if (e.value > rank) --e.value;
}

void drawGroupChoice(const Session& session, Ballot& ballot) {
  const auto& groups = session.groups;
  if (groups.empty()) return;
  ImGui::TextUnformatted(tr(Str::KioskGroup));
  bool first = true;
  for (const ParticipantGroup& g : groups) {
    if (!first) flowNext(buttonWidth(g.name.c_str()));
    first = false;
    if (toggle(g.name.c_str(), ("kiosk.group." + std::to_string(g.id)).c_str(), ballot.group == g.id))
      ballot.group = ballot.group == g.id ? kNoId : g.id;
  }
}

}  // namespace

bool drawBallotForm(const Session& session, const VotingRound& round, Ballot& ballot, const char* submitLabel) {
  ballot.round = round.id;
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(ballotRules(round).c_str());  // the rules before the first tap, not after a refusal
  ImGui::PopTextWrapPos();
  drawGroupChoice(session, ballot);
  if (round.named) {
    ImGui::TextUnformatted(tr(Str::KioskName));
    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::InputText("###kiosk.name", &ballot.voter);
  }
  // Below the proposals: points left, the reason the ballot cannot be sent yet (wrapped),
  // the submit button. The reason is the one of the ballot as it was when the frame began.
  const auto problem = ballotProblem(session, round, ballot);
  const float width = ImGui::GetContentRegionAvail().x;
  const float reasonHeight = ImGui::CalcTextSize(problem ? problem->c_str() : "", nullptr, false, width).y;
  const float footer = ImGui::GetFrameHeightWithSpacing() * 2 + reasonHeight + kTouchTarget;
  if (ImGui::BeginChild("###kiosk.proposals", ImVec2(0, -footer), ImGuiChildFlags_None)) {
    for (Id id : round.proposals) {
      const Proposal* p = findById(session.proposals, id);
      if (!p) continue;
      ImGui::Separator();
      ImGui::PushID(static_cast<int>(id));
      ImGui::TextWrapped("%s", p->text.c_str());
      switch (round.method) {
        case VoteMethod::Dots: drawDots(ballot, round, id); break;
        case VoteMethod::Weighting: drawScores(ballot, round, id); break;
        case VoteMethod::Ranking: drawRank(ballot, id); break;
      }
      ImGui::PopID();
    }
  }
  ImGui::EndChild();
  if (round.method == VoteMethod::Dots)
    ImGui::Text("%s", trf(Str::KioskPointsLeft, counted(pointsLeft(round, ballot), Noun::Point).c_str()).c_str());
  const auto now = ballotProblem(session, round, ballot);
  ImGui::PushTextWrapPos(0.0f);
  if (now) warningText(now->c_str());
  else ImGui::TextUnformatted("");
  ImGui::PopTextWrapPos();
  ImGui::BeginDisabled(now.has_value());
  const bool submitted = button(submitLabel, "kiosk.submit", ImGui::GetContentRegionAvail().x);
  ImGui::EndDisabled();
  return submitted && !now;
}

}  // namespace nwk::ui
