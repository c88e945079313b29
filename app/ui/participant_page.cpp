#include "ui/participant_page.hpp"

#include <string>

#include "core/io/json_writer.hpp"
#include "core/model/labels.hpp"
#include "core/voting/voting.hpp"
#include "platform/platform.hpp"
#include "ui/participant_client.hpp"

namespace nwk::ui {
namespace {

using Step = ParticipantState::Step;
using CodeProblem = ParticipantState::CodeProblem;

constexpr const char* kChoicesKey = "netzwerkkarte.participant";  // "de\n0": language, accessible view

ParticipantPage* gPage = nullptr;

const char* stepKey(Step step) {
  switch (step) {
    case Step::Entering: return "entering";
    case Step::Connecting: return "connecting";
    case Step::Voting: return "voting";
    case Step::Sent: return "sent";
  }
  return "entering";
}

// The texts the page's HTML shows, by the name its script uses.
void writeTexts(JsonWriter& w) {
  constexpr struct {
    const char* name;
    Str id;
  } kTexts[] = {{"title", Str::PartPageTitle},
                {"app", Str::AppName},
                {"heading", Str::PartJoinHeading},
                {"codeLabel", Str::PartCodeLabel},
                {"codeHint", Str::PartCodeHint},
                {"join", Str::PartJoin},
                {"codeEmpty", Str::PartCodeEmpty},
                {"accessible", Str::PartAccessible},
                {"accessibleHint", Str::PartAccessibleHint},
                {"otherLanguage", Str::PartOtherLanguage},
                {"otherLanguageCode", Str::PartOtherLanguageCode},
                {"noRank", Str::PartNoRank},
                {"noScore", Str::PartNoScore},
                {"otherCode", Str::PartOtherCode},
                {"group", Str::KioskGroup},
                {"name", Str::KioskName},
                {"submit", Str::KioskSubmit},
                {"sent", Str::PartSent},
                {"changeHint", Str::PartChangeHint},
                {"change", Str::PartChange},
                {"privacy", Str::PartPrivacy},
                {"connecting", Str::PartConnecting}};
  w.key("t").beginObject();
  for (const auto& t : kTexts) w.key(t.name).value(tr(t.id));
  w.endObject();
}

std::string codeProblemText(const ParticipantState& p) {
  switch (p.codeProblem) {
    case CodeProblem::None: return {};
    case CodeProblem::Unknown: return trf(Str::PartUnknownCode, p.code.c_str());
    case CodeProblem::Closed: return tr(Str::PartClosed);
  }
  return {};
}

// What is said about the connection and the ballot, as the canvas says it (participant.cpp).
void writeStatus(JsonWriter& w, const ParticipantState& p) {
  const LiveConnection& c = p.connection;
  w.key("status").beginArray();
  if (p.pending && (c.offline || c.busy)) w.value(tr(c.busy ? Str::PartBusy : Str::PartPending));
  else if (c.offline) w.value(tr(Str::LiveOffline));
  else if (p.pending) w.value(tr(Str::PartSending));
  if (p.voided) w.value(tr(Str::PartVoided));
  if (!p.error.empty()) w.value(p.error);
  w.endArray();
}

void writeRound(JsonWriter& w, const LiveRound& live) {
  const VotingRound& r = live.round();
  w.key("round").beginObject().key("id").value(static_cast<std::int64_t>(r.id)).key("title").value(live.title);
  w.key("name").value(r.name).key("method").value(methodKey(r.method)).key("max").value(r.maxPerProposal);
  w.key("named").value(r.named).key("rules").value(ballotRules(r));
  w.key("dotsRange").value(trf(Str::PartDotsRange, r.maxPerProposal));
  w.key("proposals").beginArray();
  for (Id id : r.proposals)
    if (const Proposal* p = findById(live.session.proposals, id))
      w.beginObject().key("id").value(static_cast<std::int64_t>(id)).key("text").value(p->text).endObject();
  w.endArray().key("criteria").beginArray();
  for (const std::string& c : r.criteria) w.value(c);
  w.endArray().key("ranks").beginArray();
  for (std::size_t rank = 1; rank <= r.proposals.size(); ++rank) w.value(trf(Str::KioskRank, static_cast<int>(rank)));
  w.endArray().key("groups").beginArray();
  for (const ParticipantGroup& g : live.session.groups)
    w.beginObject().key("id").value(static_cast<std::int64_t>(g.id)).key("name").value(g.name).endObject();
  w.endArray().endObject();
}

void writeBallot(JsonWriter& w, const ParticipantState& p) {
  const VotingRound& r = p.round->round();
  w.key("ballot").beginObject().key("group").value(static_cast<std::int64_t>(p.draft.group));
  w.key("voter").value(p.draft.voter).key("entries").beginArray();
  for (const BallotEntry& e : p.draft.entries) {
    w.beginObject().key("proposal").value(static_cast<std::int64_t>(e.proposal));
    w.key("criterion").value(e.criterion).key("value").value(e.value).endObject();
  }
  w.endArray().endObject();
  const auto problem = ballotProblem(p.round->session, r, p.draft);
  w.key("problem").value(problem ? *problem : std::string());
  w.key("pointsLeft")
      .value(r.method == VoteMethod::Dots
                 ? trf(Str::KioskPointsLeft, counted(pointsLeft(r, p.draft), Noun::Point).c_str())
                 : std::string());
}

std::string viewJson(const ParticipantPage& page) {
  const ParticipantState& p = page.participant;
  JsonWriter w;
  w.beginObject().key("lang").value(languageCode(page.language)).key("accessible").value(page.accessible);
  w.key("step").value(stepKey(p.step)).key("code").value(p.code).key("codeProblem").value(codeProblemText(p));
  w.key("pending").value(p.pending).key("offline").value(p.connection.offline);
  writeTexts(w);
  writeStatus(w, p);
  if (p.round) {
    writeRound(w, *p.round);
    writeBallot(w, p);
  }
  w.endObject();
  return w.str();
}

// Runs a control's action on the page, then lets the loop draw and send.
template <class Action> void act(Action action) {
  if (!gPage) return;
  action(*gPage);
  platform::wake();
}

bool editable(const ParticipantPage& page) { return page.participant.round && page.participant.step == Step::Voting; }

}  // namespace

void publishPage(const ParticipantPage& page) {
  static std::string shown;
  std::string json = viewJson(page);
  if (json == shown) return;
  shown = std::move(json);
  platform::showPageView(shown);
}

void loadPageChoices(ParticipantPage& page) {
  const std::string text = platform::localText(kChoicesKey);
  page.language = languageFromCode(text.substr(0, 2)).value_or(Lang::De);
  page.accessible = text.size() > 3 && text[3] == '1';
}

void savePageChoices(const ParticipantPage& page) {
  platform::setLocalText(kChoicesKey, std::string(languageCode(page.language)) + "\n" + (page.accessible ? "1" : "0"));
}

void attachPage(ParticipantPage* page) { gPage = page; }

}  // namespace nwk::ui

// The page's HTML controls (web/participant_page.js), exported to JavaScript.
using nwk::ui::ParticipantPage;

extern "C" void nwk_part_join(const char* code) {
  nwk::ui::act([code](ParticipantPage& page) { nwk::ui::joinWithCode(page.participant, code); });
}

extern "C" void nwk_part_other_code() {
  nwk::ui::act([](ParticipantPage& page) {
    page.participant.step = nwk::ui::ParticipantState::Step::Entering;
    page.participant.codeProblem = nwk::ui::ParticipantState::CodeProblem::None;
  });
}

extern "C" void nwk_part_toggle_language() {
  nwk::ui::act([](ParticipantPage& page) {
    page.language = page.language == nwk::Lang::De ? nwk::Lang::En : nwk::Lang::De;
    page.changed = true;
  });
}

extern "C" void nwk_part_set_accessible(int on) {
  nwk::ui::act([on](ParticipantPage& page) {
    page.accessible = on != 0;
    page.changed = true;
  });
}

extern "C" void nwk_part_set_value(int proposal, int criterion, int value) {
  nwk::ui::act([=](ParticipantPage& page) {
    if (nwk::ui::editable(page))
      nwk::setBallotValue(page.participant.draft, static_cast<nwk::Id>(proposal), value, criterion);
  });
}

extern "C" void nwk_part_set_group(int group) {
  nwk::ui::act([group](ParticipantPage& page) {
    if (nwk::ui::editable(page)) page.participant.draft.group = static_cast<nwk::Id>(group);
  });
}

extern "C" void nwk_part_set_voter(const char* name) {
  nwk::ui::act([name](ParticipantPage& page) {
    if (nwk::ui::editable(page)) page.participant.draft.voter = name;
  });
}

extern "C" void nwk_part_submit() {
  nwk::ui::act([](ParticipantPage& page) {
    if (nwk::ui::editable(page)) nwk::ui::submitBallot(page.participant);
  });
}

extern "C" void nwk_part_revise() {
  nwk::ui::act([](ParticipantPage& page) { nwk::ui::reviseBallot(page.participant); });
}

// For browser tests (settle): 1 while the loop sleeps with nothing to do.
extern "C" int nwk_idle() { return nwk::platform::isIdle() ? 1 : 0; }
