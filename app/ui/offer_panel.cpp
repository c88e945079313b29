// Beside the map: the offers as a list (the same filters; keyboard users and readers get
// everything the map shows), or the selected offer's form with every field, its assessment
// (the four questions of the Bestandsanalyse), its links and a delete button.
#include <imgui.h>
#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cfloat>
#include <string>

#include "core/model/labels.hpp"
#include "core/model/offer_filter.hpp"
#include "platform/platform.hpp"
#include "ui/icons.hpp"
#include "ui/map_view.hpp"
#include "ui/panels.hpp"
#include "ui/widgets.hpp"

namespace nwk::ui {
namespace {

const char* districtName(const Session& s, const Offer& o) {
  const District* d = findById(s.districts, o.district);
  if (d) return d->name.c_str();
  return tr(o.hasLocation ? Str::MapOutsideDistricts : Str::MapNoPlace);
}

void drawList(AppState& state) {
  MapViewState& map = state.map;
  const Session& session = state.doc.session;
  const std::string today = platform::localDate();
  std::vector<int> shown;
  for (std::size_t i = 0; i < session.offers.size(); ++i)
    if (map.filter.matches(session.offers[i])) shown.push_back(static_cast<int>(i));
  ImGui::TextDisabled(
      "%s", trf(Str::MapOfferCount, static_cast<unsigned>(shown.size()), static_cast<unsigned>(session.offers.size()))
                .c_str());
  if (session.offers.empty()) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(tr(Str::MapNoOffersYet));
    ImGui::PopTextWrapPos();
    return;
  }
  if (!ImGui::BeginChild("###offers.list", ImVec2(0, 0), ImGuiChildFlags_None)) {
    ImGui::EndChild();
    return;
  }
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(shown.size()));
  while (clipper.Step()) {
    for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
      const Offer& o = session.offers[static_cast<std::size_t>(shown[static_cast<std::size_t>(row)])];
      const ImVec2 at = ImGui::GetCursorScreenPos();
      const float dot = ImGui::GetTextLineHeight() * 0.35f;
      ImGui::GetWindowDrawList()->AddCircleFilled(
          ImVec2(at.x + dot, at.y + std::max(ImGui::GetTextLineHeight(), minTarget()) * 0.5f), dot,
          imColour(offerColour(map, session, o)));
      ImGui::Indent(dot * 3);
      std::string label = offerName(o) + "  ·  " + districtName(session, o);
      if (o.toReview) label += std::string("  ·  ") + tr(Str::OfferToReviewShort);
      const bool endsSoon = fundingEndsSoon(o, today);  // marked; the date on hover
      if (endsSoon) label += std::string("  ") + icon::kWarning;
      if (selectable(label.c_str(), ("offer." + std::to_string(o.id)).c_str(), o.id == map.selectedOffer))
        map.selectedOffer = o.id;
      if (endsSoon) tooltip(trf(Str::OfferFundingEnds, displayDate(o.fundedUntil).c_str()).c_str());
      ImGui::Unindent(dot * 3);
    }
  }
  ImGui::EndChild();
}

void drawRating(const char* question, const std::string& id, Rating& rating, bool& changed) {
  ImGui::TextUnformatted(question);
  for (int r = 1; r <= kRatingMax; ++r) {
    if (r > 1) ImGui::SameLine();
    const bool on = static_cast<int>(rating) == r;
    if (toggle(ratingName(static_cast<Rating>(r)), (id + "." + std::to_string(r)).c_str(), on)) {
      rating = on ? Rating::Unrated : static_cast<Rating>(r);
      changed = true;
    }
  }
}

void drawCategoryCombo(const Session& session, Offer& offer, bool& changed) {
  const Category* current = findById(session.categories, offer.category);
  ImGui::TextUnformatted(tr(Str::OfferCategory));
  if (!ImGui::BeginCombo("###offer.category", current ? current->name.c_str() : "-")) return;
  for (const Category& c : session.categories)
    if (selectable((std::string(icon::categoryIcon(c.icon)) + " " + c.name).c_str(),
                   ("offer.category." + std::to_string(c.id)).c_str(), c.id == offer.category)) {
      offer.category = c.id;
      changed = true;
    }
  ImGui::EndCombo();
}

// Places: a number, or unknown (stored as -1) by a toggle rather than a magic value to type.
// Returns whether a number was typed (one undo step while typing); the toggle is a step of its own.
bool drawCapacity(History& history, Offer& offer, bool& changed) {
  const bool unknown = offer.capacity < 0;
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr(Str::OfferCapacity));
  ImGui::SameLine();
  if (toggle(tr(Str::OfferCapacityUnknown), "offer.capacityUnknown", unknown)) {
    offer.capacity = unknown ? 0 : -1;
    changed = true;
  }
  if (offer.capacity < 0) return false;
  int capacity = offer.capacity;
  bool typed = false;
  if (ImGui::InputInt("###offer.capacity", &capacity)) {
    offer.capacity = std::max(0, capacity);
    typed = true;
  }
  if (ImGui::IsItemDeactivated()) history.seal();
  return typed;
}

void drawAgeGroups(const Session& session, Offer& offer, bool& changed) {
  ImGui::TextUnformatted(tr(Str::OfferAgeGroups));
  bool first = true;
  for (const AgeGroup& g : session.ageGroups) {
    auto it = std::find(offer.ageGroups.begin(), offer.ageGroups.end(), g.id);
    const bool on = it != offer.ageGroups.end();
    if (!first) flowNext(buttonWidth(g.name.c_str()));  // chips wrap: every age group stays reachable
    first = false;
    if (toggle(g.name.c_str(), ("offer.age." + g.name).c_str(), on)) {
      if (on) offer.ageGroups.erase(it);
      else offer.ageGroups.push_back(g.id);
      changed = true;
    }
  }
}

void drawLinks(AppState& state, const Offer& offer) {
  const Session& session = state.doc.session;
  Id removeLink = kNoId;
  for (const Link& link : session.links) {
    if (link.from != offer.id && link.to != offer.id) continue;
    const Offer* other = findById(session.offers, link.from == offer.id ? link.to : link.from);
    if (!other) continue;
    const std::string id = "offer.link." + std::to_string(link.id);
    if (button(icon::kTrash, (id + ".delete").c_str())) removeLink = link.id;
    tooltip(tr(Str::Delete));
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::Text("%s %s %s%s", linkTypeName(link.type), link.from == offer.id ? "→" : "←", offerName(*other).c_str(),
                crossesAgeGroups(offer, *other) ? tr(Str::MapChainSuffix) : "");
  }
  if (removeLink != kNoId) remove<Link>(state.doc, removeLink);
}

// One of `count` choices as chips under a label; true when another was chosen.
template <class E> bool chooseChip(Str label, const char* (*name)(E), int count, E& value, const std::string& id) {
  ImGui::TextUnformatted(tr(label));
  bool changed = false;
  for (int i = 0; i < count; ++i) {
    const E option = static_cast<E>(i);
    if (i > 0) flowNext(buttonWidth(name(option)));
    if (toggle(name(option), (id + "." + std::to_string(i)).c_str(), value == option) && value != option)
      value = option, changed = true;
  }
  return changed;
}

// A yes/no property as a chip with its explanation.
bool flagChip(Str label, Str tip, bool& value, const std::string& id) {
  const bool clicked = toggle(tr(label), id.c_str(), value);
  tooltip(tr(tip));
  if (clicked) value = !value;
  return clicked;
}

// Who the offer reaches (its district, several, the town, mobile) and on what terms: cost,
// languages, low threshold, Bildung und Teilhabe, funding. Returns whether text was typed.
bool drawReachAndAccess(AppState& state, Offer& offer, const std::string& key, bool& changed) {
  const Session& session = state.doc.session;
  ImGui::SeparatorText(tr(Str::OfferReachAccess));
  changed |= chooseChip(Str::OfferReach, reachName, 4, offer.reach, key + ".reach");
  if (offer.reach == Reach::Districts || offer.reach == Reach::Mobile) {
    changed |= chips(Str::OfferServedDistricts, session.districts, offer.servedDistricts, key + ".served");
    if (offer.reach == Reach::Mobile && offer.servedDistricts.empty())
      ImGui::TextDisabled("%s", tr(Str::OfferMobileAll));
  } else if (!offer.servedDistricts.empty()) {
    offer.servedDistricts.clear();  // only several districts or a mobile offer name them
  }
  changed |= chooseChip(Str::OfferCost, costName, 4, offer.cost, key + ".cost");
  changed |= flagChip(Str::OfferLowThreshold, Str::OfferLowThresholdTip, offer.lowThreshold, key + ".lowThreshold");
  flowNext(buttonWidth(tr(Str::OfferEducationPackage)));
  changed |= flagChip(Str::OfferEducationPackage, Str::OfferEducationPackageTip, offer.educationPackage,
                      key + ".educationPackage");
  ImGui::PushItemWidth(-FLT_MIN);
  const bool typed = labelledInput(state.doc.history, tr(Str::OfferLanguages), key + ".languages", offer.languages);
  ImGui::PopItemWidth();
  changed |= fundingField(state, offer.projectFunding, offer.fundedUntil, key + ".funding");
  return typed;
}

// An offer carried into a follow-up conference: still there? Confirmed in one tap; an edit
// of any field confirms it too; closed by deleting it.
void drawReview(Document& doc, const Offer& offer, const std::string& key) {
  warningText(tr(Str::OfferToReview));
  if (button(iconText(icon::kCheck, Str::OfferConfirm).c_str(), (key + ".confirm").c_str())) {
    Offer confirmed = offer;
    confirmed.toReview = false;
    update(doc, confirmed);
  }
}

void drawForm(AppState& state, const Offer& current) {
  MapViewState& map = state.map;
  const Session& session = state.doc.session;
  Offer offer = current;
  bool changed = false;
  if (button((iconText(icon::kList, Str::OfferBackToList)).c_str(), "offer.back")) map.selectedOffer = kNoId;
  ImGui::SameLine();
  if (button((iconText(icon::kTrash, Str::Delete)).c_str(), "offer.delete")) {
    remove<Offer>(state.doc, offer.id);
    map.selectedOffer = kNoId;
    return;
  }
  const std::string key = "offer." + std::to_string(offer.id);
  if (offer.toReview) drawReview(state.doc, offer, key);
  ImGui::PushItemWidth(-FLT_MIN);
  History& history = state.doc.history;
  ImGui::TextUnformatted(tr(Str::OfferName));
  bool typed = ImGui::InputTextWithHint(("###" + key + ".name").c_str(), tr(Str::MapNewOffer), &offer.name);
  // Once the tap that placed the offer is released (an active item keeps the focus to itself).
  if (state.map.focusOfferName && !ImGui::IsAnyItemActive()) {
    ImGui::ActivateItemByID(ImGui::GetItemID());
    state.map.focusOfferName = false;
  }
  if (ImGui::IsItemDeactivated()) history.seal();
  typed |= labelledInput(history, tr(Str::OfferProvider), key + ".provider", offer.provider);
  drawCategoryCombo(session, offer, changed);
  drawAgeGroups(session, offer, changed);
  ImGui::TextUnformatted(tr(Str::OfferPlace));
  ImGui::SameLine();
  ImGui::TextDisabled("%s", districtName(session, offer));
  typed |= drawCapacity(history, offer, changed);
  typed |= labelledInput(history, tr(Str::OfferContact), key + ".contact", offer.contact);
  typed |= labelledInput(history, tr(Str::OfferDescription), key + ".description", offer.description, 4);
  ImGui::PopItemWidth();
  typed |= drawReachAndAccess(state, offer, key, changed);
  ImGui::SeparatorText(tr(Str::OfferAssessment));
  Assessment& a = offer.assessment;
  drawRating(tr(Str::AssessKnownQuestion), key + ".known", a.known, changed);
  drawRating(tr(Str::AssessUsedQuestion), key + ".used", a.used, changed);
  drawRating(tr(Str::AssessTransparentQuestion), key + ".transparent", a.transparent, changed);
  drawRating(tr(Str::AssessFittingQuestion), key + ".fitting", a.fitting, changed);
  ImGui::SeparatorText(tr(Str::OfferLinks));
  if (typed || changed) offer.toReview = false;
  if (typed) update(state.doc, offer, key + "." + std::to_string(ImGui::GetActiveID()));
  else if (changed) update(state.doc, offer);
  drawLinks(state, current);
}

}  // namespace

bool labelledInput(History& history, const char* label, const std::string& id, std::string& value, int lines) {
  ImGui::TextUnformatted(label);
  const std::string widget = "###" + id;
  const float height = ImGui::GetTextLineHeight() * static_cast<float>(lines);
  const bool edited = lines > 1 ? ImGui::InputTextMultiline(widget.c_str(), &value, ImVec2(-FLT_MIN, height))
                                : ImGui::InputText(widget.c_str(), &value);
  if (ImGui::IsItemDeactivated()) history.seal();
  return edited;
}

void drawOfferPanel(AppState& state) {
  const Offer* selected = findById(state.doc.session.offers, state.map.selectedOffer);
  if (selected) {
    drawForm(state, *selected);
    if (ImGui::IsKeyPressed(ImGuiKey_Delete) && !ImGui::GetIO().WantTextInput) {
      remove<Offer>(state.doc, selected->id);
      state.map.selectedOffer = kNoId;
    }
  } else {
    state.map.selectedOffer = kNoId;
    drawList(state);
  }
}

}  // namespace nwk::ui
