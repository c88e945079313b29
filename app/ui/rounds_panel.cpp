// Phase 4: the voting rounds. A new round takes the proposals of every age group (or one),
// with its method and rules (a weighting round's criteria: added from presets or by name,
// renamed, reordered, removed while in preparation; fixed once opened); a round is opened,
// voted in kiosk mode on this device, given the counted paper dots, and closed; the last
// ballot can be voided (undo brings it back). Each round shows its ballots and, once
// allowed, its result (results.cpp); an open round with a timer counts down. An open round
// nobody has voted in can go back to preparation.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <string>

#include "core/model/catalogue.hpp"
#include "core/model/labels.hpp"
#include "core/voting/voting.hpp"
#include "platform/platform.hpp"
#include "ui/icons.hpp"
#include "ui/live_client.hpp"
#include "ui/panels.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace nwk::ui {
namespace {

void newRound(AppState& state) {
  const Session& s = state.doc.session;
  std::vector<Id> proposals;
  for (const Proposal& p : s.proposals) proposals.push_back(p.id);
  VotingRound round = newVotingRound(VoteMethod::Dots, std::move(proposals));
  round.name = trf(Str::RoundDefaultName, static_cast<unsigned>(s.rounds.size() + 1));
  state.rounds.editing = add(state.doc, round);
}

bool intField(const char* label, const char* id, std::int32_t& value, int lo, int hi) {
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(label);
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7);
  int v = value;
  if (!ImGui::InputInt(id, &v)) return false;
  value = std::clamp(v, lo, hi);
  return true;
}

// An icon button of a row, greyed out when it cannot act.
bool rowButton(const char* glyph, const std::string& id, bool disabled) {
  ImGui::SameLine();
  ImGui::BeginDisabled(disabled);
  const bool pressed = button(glyph, id.c_str());
  ImGui::EndDisabled();
  return pressed;
}

// A weighting round's criteria, while it is a draft: renamed, reordered, removed, added,
// presets switched on and off. Typing a name sets coalesceKey (one undo step per field).
bool drawCriteria(History& history, VotingRound& round, std::string& coalesceKey) {
  std::vector<std::string>& criteria = round.criteria;
  ImGui::SeparatorText(tr(Str::CriteriaHeading));
  const std::string key = "round." + std::to_string(round.id) + ".criterion.";
  const float buttons = buttonWidth(icon::kUp) + buttonWidth(icon::kDown) + buttonWidth(icon::kTrash) +
                        3 * ImGui::GetStyle().ItemSpacing.x;
  bool changed = false;
  for (std::size_t i = 0; i < criteria.size(); ++i) {
    const std::string id = key + std::to_string(i);
    const float width = ImGui::GetContentRegionAvail().x - buttons;
    if (const auto name = uniqueNameInput(history, id, criteria[i], criteriaBut(criteria, i), width)) {
      criteria[i] = *name;
      coalesceKey = id;
      changed = true;
    }
    if (rowButton(icon::kUp, id + ".up", i == 0)) std::swap(criteria[i - 1], criteria[i]), changed = true;
    if (rowButton(icon::kDown, id + ".down", i + 1 == criteria.size()))
      std::swap(criteria[i], criteria[i + 1]), changed = true;
    if (rowButton(icon::kTrash, id + ".remove", false)) {
      criteria.erase(criteria.begin() + static_cast<std::ptrdiff_t>(i));
      return true;
    }
  }
  if (criteria.empty()) ImGui::TextDisabled("%s", tr(Str::CriteriaNone));
  const bool full = criteria.size() >= kLimits.criteria;
  ImGui::BeginDisabled(full);
  if (button(iconText(icon::kPlus, Str::CriterionAdd).c_str(), (key + "add").c_str()))
    changed |= addCriterion(criteria, uniqueName(tr(Str::CriterionNew), criteria));
  ImGui::EndDisabled();
  if (full) ImGui::TextDisabled("%s", trf(Str::CriteriaFull, kLimits.criteria).c_str());
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr(Str::CriteriaPresets));
  const auto presets = criterionPresets();
  for (std::size_t p = 0; p < presets.size(); ++p) {
    const bool on = hasCriterion(criteria, presets[p]);
    flowNext(buttonWidth(presets[p].c_str()));
    ImGui::BeginDisabled(full && !on);
    if (toggle(presets[p].c_str(), (key + "preset." + std::to_string(p)).c_str(), on))
      toggleCriterion(criteria, presets[p]), changed = true;
    ImGui::EndDisabled();
  }
  return changed;
}

// An opened or closed weighting round's criteria, and why they cannot change any more.
void drawFixedCriteria(const VotingRound& round) {
  std::string names;
  for (const std::string& c : round.criteria) names += (names.empty() ? "" : " · ") + c;
  ImGui::PushTextWrapPos(0.0f);
  if (names.empty()) ImGui::TextUnformatted(tr(Str::CriteriaNone));
  else ImGui::TextUnformatted(trf(Str::CriteriaList, names.c_str()).c_str());
  ImGui::TextDisabled("%s", tr(Str::CriteriaFixed));
  ImGui::PopTextWrapPos();
}

// The round's settings, while it is a draft: method, rules, criteria, proposals.
void drawEditor(AppState& state, VotingRound round) {
  bool changed = false;
  ImGui::TextUnformatted(tr(Str::RoundName));
  ImGui::SetNextItemWidth(-FLT_MIN);
  std::string coalesceKey;
  if (ImGui::InputText("###round.name", &round.name)) coalesceKey = "round.name." + std::to_string(round.id);
  if (ImGui::IsItemDeactivated()) state.doc.history.seal();
  for (VoteMethod m : {VoteMethod::Dots, VoteMethod::Weighting, VoteMethod::Ranking}) {
    if (m != VoteMethod::Dots) ImGui::SameLine();
    if (toggle(methodName(m), ("round.method." + std::to_string(static_cast<int>(m))).c_str(), round.method == m)) {
      round.method = m;
      if (m == VoteMethod::Weighting && round.criteria.empty()) round.criteria = newVotingRound(m, {}).criteria;
      changed = true;
    }
  }
  if (round.method == VoteMethod::Weighting) changed |= drawCriteria(state.doc.history, round, coalesceKey);
  if (round.method == VoteMethod::Dots) {
    changed |= intField(tr(Str::RoundPoints), "###round.points", round.points, 1, 100);
    changed |= intField(tr(Str::RoundMaxPerProposal), "###round.max", round.maxPerProposal, 1, round.points);
    changed |= ImGui::Checkbox(withId(tr(Str::RoundAllPoints), "round.allPoints").c_str(), &round.allPointsRequired);
  }
  std::int32_t minutes = round.timerSeconds / 60;
  if (intField(tr(Str::TimerMinutes), "###round.timer", minutes, 0, 180)) {
    round.timerSeconds = minutes * 60;
    changed = true;
  }
  changed |= ImGui::Checkbox(withId(tr(Str::RoundNamed), "round.named").c_str(), &round.named);
  changed |= ImGui::Checkbox(withId(tr(Str::RoundLive), "round.live").c_str(), &round.liveResults);
  ImGui::SeparatorText(tr(Str::RoundProposals));
  for (const Proposal& p : state.doc.session.proposals) {
    bool in = std::find(round.proposals.begin(), round.proposals.end(), p.id) != round.proposals.end();
    if (ImGui::Checkbox(withId(p.text.c_str(), ("round.proposal." + std::to_string(p.id)).c_str()).c_str(), &in)) {
      if (in) round.proposals.push_back(p.id);
      else
        round.proposals.erase(std::remove(round.proposals.begin(), round.proposals.end(), p.id), round.proposals.end());
      changed = true;
    }
  }
  if (changed || !coalesceKey.empty()) update(state.doc, round, coalesceKey);
}

void drawActions(AppState& state, const VotingRound& round, std::size_t ballots) {
  const Id id = round.id;
  const std::string key = "round." + std::to_string(id);
  if (round.state == RoundState::Draft && button(tr(Str::RoundOpenAction), (key + ".open").c_str()) &&
      setRoundState(state.doc, id, RoundState::Open))
    state.rounds.timerStartedMs[id] = platform::nowMs();
  if (round.state == RoundState::Open) {
    if (button(tr(Str::KioskStart), (key + ".kiosk").c_str())) state.kiosk.startFor = id;
    flowNext(buttonWidth(tr(Str::RoundCloseAction)));
    ImGui::BeginDisabled(state.live.closing == id);
    if (button(tr(Str::RoundCloseAction), (key + ".close").c_str())) state.rounds.confirmClose = id;
    ImGui::EndDisabled();
    if (round.method == VoteMethod::Dots) {
      flowNext(buttonWidth(tr(Str::PaperAdd)));
      if (button(tr(Str::PaperAdd), (key + ".paper").c_str())) state.rounds.paperFor = id;
    }
    flowNext(buttonWidth(tr(Str::RoundVoidLast)));
    ImGui::BeginDisabled(ballots == 0);
    if (button(tr(Str::RoundVoidLast), (key + ".void").c_str())) {
      voidLastBallotEverywhere(state, round);
      state.notify(tr(Str::RoundVoided), platform::nowMs());
    }
    ImGui::EndDisabled();
    if (!hasVotes(state.doc.session, round) && round.liveCode.empty()) {
      flowNext(buttonWidth(tr(Str::RoundBackToDraft)));
      if (button(tr(Str::RoundBackToDraft), (key + ".draft").c_str())) setRoundState(state.doc, id, RoundState::Draft);
      tooltip(tr(Str::RoundBackToDraftTip));
    }
    drawTimer(state, round, true);
  }
  drawLiveControls(state, round);
  if (round.state == RoundState::Closed && button(tr(Str::RoundReopen), (key + ".reopen").c_str()))
    setRoundState(state.doc, id, RoundState::Open);
}

void drawRound(AppState& state, const VotingRound& round) {
  const Session& s = state.doc.session;
  const std::size_t ballots = static_cast<std::size_t>(std::count_if(
      s.ballots.begin(), s.ballots.end(), [&](const Ballot& b) { return b.round == round.id && !b.voided; }));
  ImGui::PushID(static_cast<int>(round.id));
  pushHeadingFont();
  ImGui::TextUnformatted(round.name.c_str());
  popHeadingFont();
  const RoundResult& result = roundResult(state, round);  // cached per revision
  const std::string votes = ballotsText(result.ballots, result.paperVoters);
  ImGui::TextDisabled("%s · %s · %s", methodName(round.method), roundStateName(round.state), votes.c_str());
  drawActions(state, round, ballots);
  if (round.method == VoteMethod::Weighting && round.state != RoundState::Draft) drawFixedCriteria(round);
  if (round.state == RoundState::Draft) {
    if (state.rounds.editing == round.id) drawEditor(state, round);
    else if (button(tr(Str::RoundEdit), ("round." + std::to_string(round.id) + ".edit").c_str()))
      state.rounds.editing = round.id;
  }
  if (round.state != RoundState::Draft) drawResult(state, round);
  ImGui::PopID();
  ImGui::Separator();
}

// Closing shows the results, on a projected screen too: asked before, with the votes so far.
void drawCloseDialog(AppState& state) {
  RoundsViewState& view = state.rounds;
  const VotingRound* round = findById(state.doc.session.rounds, view.confirmClose);
  const bool open = round && round->state == RoundState::Open;
  if (!beginModal(tr(Str::RoundCloseTitle), "closeRound", open, 520.0f)) return;
  if (open) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(trf(Str::RoundCloseQuestion, round->name.c_str()).c_str());
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    if (button(tr(Str::RoundCloseAction), "round.closeConfirm")) {
      closeRound(state, *round);
      view.confirmClose = kNoId;
    }
    ImGui::SameLine();
  }
  if (button(tr(Str::RoundCloseKeepOpen), "round.closeCancel") || !open) view.confirmClose = kNoId;
  if (view.confirmClose == kNoId) ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
}

// The counted sticky dots of a poster: per proposal, with how many people voted on paper.
void drawPaperDialog(AppState& state) {
  RoundsViewState& view = state.rounds;
  const VotingRound* round = findById(state.doc.session.rounds, view.paperFor);
  if (!beginModal(tr(Str::PaperAdd), "paper", round != nullptr, 560.0f)) return;
  if (round) {
    PaperTally& paper = view.paper;
    ImGui::PushItemWidth(ImGui::GetFontSize() * 7);
    int voters = paper.voters;
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(Str::PaperVoters));
    ImGui::SameLine();
    if (ImGui::InputInt("###paper.voters", &voters)) paper.voters = std::max(0, voters);
    for (Id id : round->proposals) {
      const Proposal* p = findById(state.doc.session.proposals, id);
      if (!p) continue;
      auto it =
          std::find_if(paper.dots.begin(), paper.dots.end(), [&](const PaperDots& d) { return d.proposal == id; });
      if (it == paper.dots.end()) it = paper.dots.insert(paper.dots.end(), PaperDots{id, 0});
      int dots = it->dots;
      if (ImGui::InputInt(withId("", ("paper.dots." + std::to_string(id)).c_str()).c_str(), &dots))
        it->dots = std::max(0, dots);
      ImGui::SameLine();
      ImGui::TextWrapped("%s", p->text.c_str());
    }
    ImGui::PopItemWidth();
    if (!view.paperError.empty()) warningText(view.paperError.c_str());
    if (button(tr(Str::PaperSave), "paper.save")) {
      const VoteResult r = addPaperTally(state.doc, round->id, paper);
      view.paperError = r.problem;
      if (r.id != kNoId) {
        long long dots = 0;
        for (const PaperDots& d : paper.dots) dots += d.dots;
        state.notify(
            trf(Str::PaperAdded, counted(paper.voters, Noun::Person).c_str(), counted(dots, Noun::PaperDot).c_str()),
            platform::nowMs());
        view.paperFor = kNoId;
      }
    }
    ImGui::SameLine();
  }
  if (button(tr(Str::Cancel), "paper.cancel") || !round) view.paperFor = kNoId;
  if (view.paperFor == kNoId) {
    view.paper = {};
    view.paperError.clear();
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

}  // namespace

void drawTimer(AppState& state, const VotingRound& round, bool facilitator) {
  if (round.timerSeconds <= 0 || round.state != RoundState::Open) return;
  RoundsViewState& view = state.rounds;
  const std::string key = "round." + std::to_string(round.id) + ".timer";
  const double now = platform::nowMs();
  const auto started = view.timerStartedMs.find(round.id);
  if (started == view.timerStartedMs.end()) {  // opened on another device or before a reload
    if (facilitator && button(tr(Str::TimerStart), key.c_str())) view.timerStartedMs[round.id] = now;
    return;
  }
  const double leftMs = round.timerSeconds * 1000.0 - (now - started->second);
  if (leftMs <= 0) {
    warningText(tr(Str::TimerOver));
  } else {
    const int left = static_cast<int>(std::ceil(leftMs / 1000.0));
    ImGui::TextUnformatted(trf(Str::TimerLeft, left / 60, left % 60).c_str());
    if (view.timerWakeMs <= now) {  // the idle loop sleeps: wake it when the display changes
      const double untilNextSecond = std::fmod(leftMs, 1000.0) + 5.0;
      view.timerWakeMs = now + untilNextSecond;
      platform::wakeAfter(static_cast<int>(untilNextSecond));
    }
  }
  if (!facilitator) return;
  ImGui::SameLine();
  if (button(tr(Str::TimerRestart), (key + ".restart").c_str())) view.timerStartedMs[round.id] = now;
}

void drawRounds(AppState& state) {
  drawPaperDialog(state);
  drawCloseDialog(state);
  drawKioskStart(state);
  if (button((iconText(icon::kPlus, Str::RoundNew)).c_str(), "round.new")) newRound(state);
  if (state.doc.session.meta.phase == Phase::Results) drawComparison(state);
  if (state.doc.session.proposals.empty()) ImGui::TextDisabled("%s", tr(Str::RoundNoProposals));
  const auto rounds = state.doc.session.rounds;  // a copy: drawing may change them
  for (auto it = rounds.rbegin(); it != rounds.rend(); ++it) drawRound(state, *it);
}

}  // namespace nwk::ui
