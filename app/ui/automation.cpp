#include "ui/automation.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cstdarg>
#include <string_view>
#include <vector>

#include "core/io/json_writer.hpp"
#include "core/voting/tally.hpp"
#include "platform/platform.hpp"
#include "ui/map_view.hpp"
#include "ui/widget_registry.hpp"

namespace nwk::automation {
namespace {

AppState* gState = nullptr;

}  // namespace

void attach(AppState* state) {
  gState = state;
  enableItemHooks();
}

namespace {

// What the changes view shows (phase 6), once it has been drawn: the offers by name.
void writeChanges(JsonWriter& w, const MeasuresViewState& view) {
  if (!view.comparison) return;
  const auto names = [&](const char* key, const std::vector<ComparedOffer>& offers) {
    w.key(key).beginArray();
    for (const ComparedOffer& o : offers) w.value(o.name);
    w.endArray();
  };
  w.key("changes").beginObject();
  names("added", view.comparison->added);
  names("closed", view.comparison->closed);
  names("changed", view.comparison->changed);
  w.key("indicators").value(static_cast<std::int64_t>(view.comparison->indicators.size()));
  w.endObject();
}

}  // namespace

std::string stateJson() {
  JsonWriter w;
  w.beginObject();
  if (gState) {
    const ImGuiIO& io = ImGui::GetIO();
    const Session& session = gState->doc.session;
    w.key("title").value(session.meta.title).key("date").value(session.meta.date);
    w.key("phase").value(static_cast<int>(session.meta.phase));
    w.key("phaseKey").value(phaseInfo(session.meta.phase).key);
    w.key("uid").value(std::to_string(session.uid));
    w.key("counts").beginObject();
    w.key("ageGroups").value(static_cast<std::int64_t>(session.ageGroups.size()));
    w.key("districts").value(static_cast<std::int64_t>(session.districts.size()));
    w.key("offers").value(static_cast<std::int64_t>(session.offers.size()));
    w.key("links").value(static_cast<std::int64_t>(session.links.size()));
    w.key("problems").value(static_cast<std::int64_t>(session.problems.size()));
    w.key("strengths").value(static_cast<std::int64_t>(session.strengths.size()));
    w.key("categories").value(static_cast<std::int64_t>(session.categories.size()));
    w.key("proposals").value(static_cast<std::int64_t>(session.proposals.size()));
    w.key("ballots").value(static_cast<std::int64_t>(session.ballots.size()));
    w.key("measures").value(static_cast<std::int64_t>(session.measures.size()));
    w.key("toReview")
        .value(static_cast<std::int64_t>(
            std::count_if(session.offers.begin(), session.offers.end(), [](const Offer& o) { return o.toReview; })));
    w.key("history").value(static_cast<std::int64_t>(session.history.size()));
    w.endObject();
    writeChanges(w, gState->measures);
    w.key("problems").beginArray();
    for (const Problem& p : session.problems) w.value(p.text);
    w.endArray();
    w.key("strengths").beginArray();
    for (const Strength& s : session.strengths) w.value(s.text);
    w.endArray();
    w.key("proposals").beginArray();
    for (const Proposal& p : session.proposals) w.value(p.text);
    w.endArray();
    const MapViewState& map = gState->map;
    w.key("offers").beginArray();
    for (const Offer& o : session.offers) {
      const District* d = findById(session.districts, o.district);
      w.beginObject().key("id").value(static_cast<std::int64_t>(o.id)).key("name").value(o.name);
      const Category* c = findById(session.categories, o.category);
      w.key("district").value(d ? d->name : std::string()).key("shown").value(ui::offerShown(map, o));
      w.key("category").value(c ? c->name : std::string()).key("reach").value(static_cast<int>(o.reach));
      w.key("ageGroups").beginArray();
      for (Id g : o.ageGroups)
        if (const AgeGroup* group = findById(session.ageGroups, g)) w.value(group->name);
      w.endArray().endObject();
    }
    w.endArray();
    w.key("districtLabels").beginArray();  // screen points inside each district
    for (std::size_t i = 0; i < map.scene.districts.size() && i < session.districts.size(); ++i) {
      const ImVec2 p = ui::screenPoint(map, map.scene.projection.toLonLat(map.scene.districts[i].label));
      w.beginObject().key("name").value(session.districts[i].name).key("x").value(static_cast<double>(p.x));
      w.key("y").value(static_cast<double>(p.y)).endObject();
    }
    w.endArray();
    w.key("kiosk").value(static_cast<std::int64_t>(gState->settings.kioskRound));
    w.key("kioskThanks").value(gState->kiosk.thanks);
    const PresenterState& presenter = gState->presenter;
    w.key("presenter").beginObject().key("open").value(presenter.open);
    w.key("mode")
        .value(static_cast<int>(presenter.mode))
        .key("index")
        .value(static_cast<std::int64_t>(presenter.index));
    w.key("kind")
        .value(static_cast<int>(presenter.slide.kind))
        .key("id")
        .value(static_cast<std::int64_t>(presenter.slide.id));
    w.key("revealed").value(static_cast<std::int64_t>(std::min<std::size_t>(presenter.revealed, 1000000))).endObject();
    w.key("rounds").beginArray();
    for (const VotingRound& r : session.rounds) {
      const RoundResult result = tally(session, r);
      w.beginObject().key("id").value(static_cast<std::int64_t>(r.id)).key("state").value(static_cast<int>(r.state));
      w.key("liveCode").value(r.liveCode);
      const auto link = gState->live.rounds.find(r.id);
      w.key("liveDevices").value(link == gState->live.rounds.end() ? 0 : link->second.devices);
      w.key("ballots").value(result.ballots).key("ranking").beginArray();
      for (const ProposalResult& p : result.proposals) {
        const Proposal* proposal = findById(session.proposals, p.proposal);
        w.beginObject().key("rank").value(p.rank).key("score").value(p.score);
        w.key("text").value(proposal ? proposal->text : std::string()).endObject();
      }
      w.endArray().endObject();
    }
    w.endArray();
    w.key("liveSecret").value(!gState->live.secret.empty());
    w.key("liveError").value(gState->live.error);
    const ImportDialogState& import = gState->import;
    w.key("import").beginObject().key("open").value(import.kind != ImportDialogState::Kind::None);
    w.key("error")
        .value(import.kind == ImportDialogState::Kind::Districts ? import.districts.error : import.error)
        .endObject();
    w.key("map").beginObject();
    w.key("markersDrawn").value(static_cast<std::int64_t>(map.markersDrawn));
    w.key("selectedOffer").value(static_cast<std::int64_t>(map.selectedOffer));
    w.key("tool").value(static_cast<std::int64_t>(map.tool));
    w.key("metresPerPixel").value(map.metresPerPixel);
    w.key("centre").beginArray().value(map.centre.x).value(map.centre.y).endArray();  // metres
    const Bounds shown = ui::visibleBounds(map);
    if (!shown.empty()) {  // what the view shows: west, south, east, north in degrees
      const LonLat sw = map.scene.projection.toLonLat(shown.min), ne = map.scene.projection.toLonLat(shown.max);
      w.key("bounds").beginArray().value(sw.lon).value(sw.lat).value(ne.lon).value(ne.lat).endArray();
    }
    w.key("canvas").beginArray().value(static_cast<double>(map.canvas.x)).value(static_cast<double>(map.canvas.y));
    w.value(static_cast<double>(map.canvas.w)).value(static_cast<double>(map.canvas.h)).endArray();
    w.endObject();
    w.key("canUndo").value(gState->doc.history.canUndo());
    w.key("canRedo").value(gState->doc.history.canRedo());
    w.key("revision").value(static_cast<std::int64_t>(gState->revision()));
    w.key("autosaved").value(gState->revision() == gState->autosave.savedRevision && !gState->autosave.writing);
    w.key("error").value(gState->error);
    w.key("notices").beginArray();
    for (const Notice& n : gState->notices) w.value(n.text);
    w.endArray();
    w.key("mergeOpen").value(gState->merge.open);
    w.key("exportPreview").value(gState->exports.open ? gState->exports.preview : std::string());
    w.key("iconGlyphs").beginArray();  // per font size: how many icons it can draw
    for (const ImFont* font : ImGui::GetIO().Fonts->Fonts)
      w.value(static_cast<std::int64_t>(std::count_if(font->Glyphs.begin(), font->Glyphs.end(),
                                                      [](const ImFontGlyph& g) { return g.Codepoint >= 0xF000; })));
    w.endArray();
    w.key("damagedOpen").value(gState->damaged.readable.has_value());
    static constexpr const char* kTabKinds[] = {"owned", "claiming", "otherTab", "takingOver", "lost"};
    w.key("tab").value(kTabKinds[static_cast<int>(gState->tab.kind)]);
    w.key("mergeDuplicates").value(static_cast<std::int64_t>(gState->merge.report.duplicates.size()));
    w.key("storedSessions").value(static_cast<std::int64_t>(gState->sessions.list.size()));
    w.key("maxFrameMs").value(gState->maxFrameMs);
    std::vector<double> frames(gState->frameMs.begin(), gState->frameMs.end());
    std::sort(frames.begin(), frames.end());
    w.key("framesTimed").value(static_cast<std::int64_t>(frames.size()));
    w.key("frameMsMedian").value(frames.empty() ? 0.0 : frames[frames.size() / 2]);
    w.key("autosaveMs").value(gState->autosave.lastDurationMs);
    w.key("language").value(languageCode(gState->settings.language));
    w.key("uiScale").value(gState->settings.uiScalePercent);
    w.key("touch").value(gState->touch);
    w.key("aboutOpen").value(gState->about.open);
    w.key("licences").value(gState->about.licences == AboutDialogState::Licences::Loaded);
    w.key("framesDrawn").value(framesDrawn());
    w.key("idle").value(platform::isIdle());
    w.key("textEditing").value(io.WantTextInput);
    w.key("displayWidth").value(static_cast<double>(io.DisplaySize.x));
    w.key("displayHeight").value(static_cast<double>(io.DisplaySize.y));
    w.key("framebufferScale").value(static_cast<double>(io.DisplayFramebufferScale.x));
    w.key("fontRasterScale").value(static_cast<double>(1.0f / io.FontGlobalScale));
  }
  w.endObject();
  return w.str();
}

}  // namespace nwk::automation

// Exported to JavaScript (see EXPORTED_FUNCTIONS); the string lives until the next call.
extern "C" void nwk_reset_frame_stats() {
  if (!nwk::automation::gState) return;
  nwk::automation::gState->maxFrameMs = 0;
  nwk::automation::gState->frameMs.clear();
}

extern "C" const char* nwk_state_json() {
  static std::string json;
  json = nwk::automation::stateJson();
  return json.c_str();
}

// Where a lon/lat point is on screen in the map's current view: "[x,y]" in CSS pixels.
extern "C" const char* nwk_map_point(double lon, double lat) {
  static std::string json;
  json = "[]";
  if (nwk::automation::gState) {
    const ImVec2 p = nwk::ui::screenPoint(nwk::automation::gState->map, nwk::LonLat{lon, lat});
    json = "[" + std::to_string(p.x) + "," + std::to_string(p.y) + "]";
  }
  return json.c_str();
}

// Where a press and drag pans the map (no marker, label or link under it): "[x,y]" in CSS
// pixels, "[]" when the map has no such point.
extern "C" const char* nwk_map_empty_point() {
  static std::string json;
  json = "[]";
  if (nwk::automation::gState) {
    const ImVec2 p = nwk::ui::emptyMapPoint(*nwk::automation::gState);
    if (p.x >= 0) json = "[" + std::to_string(p.x) + "," + std::to_string(p.y) + "]";
  }
  return json.c_str();
}

// Benchmarks: draws the map's layers directly (1) or through its texture (0, the default).
extern "C" void nwk_map_direct(int direct) {
  if (nwk::automation::gState) nwk::automation::gState->map.drawDirect = direct != 0;
}
