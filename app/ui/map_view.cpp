// The district map of phase 1: districts filled (triangulated in core) or coloured by an
// indicator, outlines, non-overlapping labels, cooperation links, offers as category or
// assessment coloured markers that merge into counted clusters where they would overlap.
// Drag pans (or moves an offer), the wheel and a pinch zoom around the pointer, the buttons
// zoom and fit; "Angebot setzen" places an offer with a click, "Verbindung" links two.
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "core/analysis/choropleth.hpp"
#include "core/geo/cluster.hpp"
#include "core/model/followup.hpp"
#include "core/model/labels.hpp"
#include "platform/platform.hpp"
#include "ui/icons.hpp"
#include "ui/map_view.hpp"
#include "ui/sprites.hpp"
#include "ui/widgets.hpp"

namespace nwk::ui {
namespace {

constexpr float kClickSlop = 4.0f;  // pixels a press may move and still be a click
constexpr double kMinMetresPerPixel = 0.2;
constexpr double kMaxMetresPerPixel = 2000.0;
constexpr ImU32 kOutline = IM_COL32(90, 90, 90, 255);
constexpr ImU32 kDistrictFill = IM_COL32(236, 234, 226, 255);
constexpr ImU32 kDistrictHover = IM_COL32(250, 240, 200, 255);
constexpr ImU32 kMapBackground = IM_COL32(214, 226, 232, 255);

struct View {
  ImVec2 origin, size;
  Vec2 centre;
  double mpp = 1.0;
  ImVec2 toScreen(Vec2 p) const {
    return {origin.x + size.x * 0.5f + static_cast<float>((p.x - centre.x) / mpp),
            origin.y + size.y * 0.5f - static_cast<float>((p.y - centre.y) / mpp)};
  }
  Vec2 toPlane(ImVec2 s) const {
    return {centre.x + static_cast<double>(s.x - origin.x - size.x * 0.5f) * mpp,
            centre.y - static_cast<double>(s.y - origin.y - size.y * 0.5f) * mpp};
  }
  // What the view shows in the plane, scaled about its centre and grown by margin pixels on
  // every side.
  Bounds plane(double scale = 1.0, double margin = 0.0) const {
    const double halfW = (static_cast<double>(size.x) * scale * 0.5 + margin) * mpp;
    const double halfH = (static_cast<double>(size.y) * scale * 0.5 + margin) * mpp;
    return {{centre.x - halfW, centre.y - halfH}, {centre.x + halfW, centre.y + halfH}};
  }
};

// The view of the map as last drawn on its canvas.
View canvasView(const MapViewState& map) {
  return View{{map.canvas.x, map.canvas.y}, {map.canvas.w, map.canvas.h}, map.centre, map.metresPerPixel};
}

void refreshScene(AppState& state) {
  MapViewState& map = state.map;
  const Session& session = state.doc.session;
  const Session* baseline = baselineOf(session);
  if (!baseline) map.choroplethChange = false;
  if (map.classes.column != map.choropleth || map.classes.change != map.choroplethChange ||
      map.classesRevision != state.doc.history.revision()) {
    map.classes = map.choropleth == kNoId ? Choropleth{}
                  : map.choroplethChange  ? classifyChange(session, *baseline, map.choropleth)
                                          : classify(session, map.choropleth);
    map.classesRevision = state.doc.history.revision();
  }
  if (map.sceneRevision == state.doc.history.revision() && map.scene.offers.size() == session.offers.size()) return;
  map.sceneRevision = state.doc.history.revision();
  if (map.sceneDistricts != session.districts || map.scene.districts.size() != session.districts.size()) {
    map.scene = buildMapScene(session);
    map.sceneDistricts = session.districts;
    ++map.sceneGeneration;
    map.metresPerPixel = 0.0;  // another map: show it whole
  } else {
    rebuildOffers(map.scene, session);
  }
}

void fit(MapViewState& map, ImVec2 size) {
  const Bounds& b = map.scene.fitBounds;
  if (b.empty()) {
    map.centre = {};
    map.metresPerPixel = 10.0;
    return;
  }
  map.centre = {(b.min.x + b.max.x) * 0.5, (b.min.y + b.max.y) * 0.5};
  const double w = std::max(b.max.x - b.min.x, 100.0), h = std::max(b.max.y - b.min.y, 100.0);
  map.metresPerPixel = std::clamp(
      std::max(w / static_cast<double>(std::max(size.x, 1.0f)), h / static_cast<double>(std::max(size.y, 1.0f))) * 1.08,
      kMinMetresPerPixel, kMaxMetresPerPixel);
}

void zoomAround(MapViewState& map, const View& view, ImVec2 anchor, double factor) {
  const Vec2 before = view.toPlane(anchor);
  map.metresPerPixel = std::clamp(map.metresPerPixel / factor, kMinMetresPerPixel, kMaxMetresPerPixel);
  View after = view;
  after.mpp = map.metresPerPixel;
  const Vec2 moved = after.toPlane(anchor);
  map.centre.x += before.x - moved.x;
  map.centre.y += before.y - moved.y;
}

// --- districts -----------------------------------------------------------------------------

void fillTriangles(ImDrawList* draw, const View& view, const std::vector<PlaneRing>& rings,
                   const std::vector<std::uint32_t>& triangles, ImU32 colour) {
  std::size_t vertices = 0;
  for (const PlaneRing& r : rings) vertices += r.size();
  if (triangles.empty()) return;
  draw->PrimReserve(static_cast<int>(triangles.size()), static_cast<int>(vertices));
  const ImVec2 uv = ImGui::GetDrawListSharedData()->TexUvWhitePixel;
  const ImDrawIdx base = static_cast<ImDrawIdx>(draw->_VtxCurrentIdx);
  for (const PlaneRing& r : rings)
    for (Vec2 p : r) draw->PrimWriteVtx(view.toScreen(p), uv, colour);
  for (std::uint32_t i : triangles) draw->PrimWriteIdx(static_cast<ImDrawIdx>(base + i));
}

ImU32 districtColour(const Session& session, const Choropleth& classes, const District& d, bool hovered) {
  if (hovered) return kDistrictHover;
  if (classes.column == kNoId || classes.upper.empty()) return kDistrictFill;
  const auto value =
      classes.change ? indicatorChange(d, *baselineOf(session), classes.column) : indicatorValue(d, classes.column);
  if (!value) return IM_COL32(255, 255, 255, 255);
  const int k = classes.classOf(*value), n = static_cast<int>(classes.upper.size());
  return imColour(classes.change ? changeColour(k, n) : classColour(k, n));
}

// Every district filled, then every outline (so no fill covers a neighbour's border), as
// seen at the view's zoom, one span per part and outline.
void recordDistricts(LayerCache& layer, const View& view, const AppState& state, const DistrictDetail& detail,
                     const Choropleth& classes, int hovered) {
  const MapViewState& map = state.map;
  const auto& districts = state.doc.session.districts;
  ImDrawList& draw = layer.record();
  for (std::size_t d = 0; d < detail.size(); ++d) {
    const ImU32 fill = districtColour(state.doc.session, classes, districts[d], static_cast<int>(d) == hovered);
    for (const PartDetail& part : detail[d]) {
      fillTriangles(&draw, view, part.rings, part.triangles, fill);
      layer.endSpan();
    }
  }
  std::vector<ImVec2> points;
  for (std::size_t d = 0; d < detail.size(); ++d) {
    const bool focus = districts[d].id == map.filter.district;
    for (const PartDetail& part : detail[d])
      for (const PlaneRing& ring : part.rings) {
        points.clear();
        for (Vec2 p : ring) points.push_back(view.toScreen(p));
        draw.AddPolyline(points.data(), static_cast<int>(points.size()), focus ? IM_COL32(0, 0, 0, 255) : kOutline,
                         ImDrawFlags_Closed, focus ? 3.0f : 1.0f);
        layer.endSpan();
      }
  }
}

// The view a layer is recorded in: its reference point (the view's centre) at (0, 0).
View recordingView(const View& view) { return View{{0, 0}, {0, 0}, view.centre, view.mpp}; }

// The view's canvas in screen coordinates.
ImRect canvasRect(const View& view) {
  return ImRect(view.origin, ImVec2(view.origin.x + view.size.x, view.origin.y + view.size.y));
}

// area (screen coordinates of view) in the coordinates of a layer recorded around reference.
ImRect recordedArea(const View& view, Vec2 reference, const ImRect& area) {
  const ImVec2 offset = view.toScreen(reference);
  return ImRect(area.Min.x - offset.x, area.Min.y - offset.y, area.Max.x - offset.x, area.Max.y - offset.y);
}

// Replays the spans of a layer recorded around reference that reach into area (screen
// coordinates of view) where the reference now is; returns the spans drawn.
int replay(ImDrawList* draw, const LayerCache& layer, Vec2 reference, const View& view, const ImRect& area) {
  return layer.replay(*draw, view.toScreen(reference), recordedArea(view, reference, area));
}

// What the layers' look depends on now besides the map.
AtlasKey atlasNow() {
  const ImVec2 white = ImGui::GetDrawListSharedData()->TexUvWhitePixel;
  return {white.x, white.y, ImGui::GetIO().FontGlobalScale};
}

// Records the districts again if the zoom, the districts, their colours or the hover changed
// since; returns whether it did.
bool updateDistricts(const View& view, AppState& state, int hovered) {
  MapViewState& map = state.map;
  DistrictLayer& layer = map.districtLayer;
  const DistrictLayer::Key key{map.sceneGeneration,  view.mpp, map.choropleth, map.filter.district,
                               map.choroplethChange, hovered,  atlasNow()};
  if (layer.key == key) return false;
  const DistrictDetail& detail = map.districtLevels.at(map.scene, map.sceneGeneration, view.mpp);
  recordDistricts(layer.cache, recordingView(view), state, detail, map.classes, hovered);
  layer.key = key;
  layer.reference = view.centre;
  return true;
}

using Labels = std::vector<std::pair<ImRect, std::uint32_t>>;  // a name's box and its district

// Where the names go: at their label points, largest districts first; a name that would
// overlap one already placed is left out (hovering the district still names it).
Labels placeLabels(const View& view, const AppState& state) {
  const auto& shapes = state.map.scene.districts;
  std::vector<std::pair<double, std::uint32_t>> order;  // (-area, district): largest first
  for (std::size_t i = 0; i < shapes.size(); ++i) order.emplace_back(-shapes[i].area, static_cast<std::uint32_t>(i));
  std::sort(order.begin(), order.end());
  Labels placed;
  const ImRect canvas(view.origin, ImVec2(view.origin.x + view.size.x, view.origin.y + view.size.y));
  for (const auto& [negativeArea, d] : order) {
    const ImVec2 size = ImGui::CalcTextSize(state.doc.session.districts[d].name.c_str());
    const ImVec2 at = view.toScreen(shapes[d].label);
    const ImRect box(at.x - size.x * 0.5f - 3, at.y - size.y * 0.5f - 1, at.x + size.x * 0.5f + 3,
                     at.y + size.y * 0.5f + 1);
    if (!canvas.Contains(box)) continue;
    if (std::any_of(placed.begin(), placed.end(), [&](const auto& r) { return r.first.Overlaps(box); })) continue;
    placed.emplace_back(box, d);
  }
  return placed;
}

// The placed names, moved by offset.
void drawLabels(ImDrawList* draw, const Labels& labels, ImVec2 offset, const AppState& state) {
  for (const auto& [box, d] : labels) {
    const ImVec2 min(box.Min.x + offset.x, box.Min.y + offset.y), max(box.Max.x + offset.x, box.Max.y + offset.y);
    draw->AddRectFilled(min, max, IM_COL32(255, 255, 255, 200), 3.0f);
    draw->AddText(ImVec2(min.x + 3, min.y + 1), IM_COL32(40, 40, 40, 255), state.doc.session.districts[d].name.c_str());
  }
}

std::vector<std::uint32_t> districtsOf(const Labels& labels) {
  std::vector<std::uint32_t> districts;
  for (const auto& label : labels) districts.push_back(label.second);
  return districts;
}

// --- offers --------------------------------------------------------------------------------

std::uint32_t ratingColour(Rating r) {
  switch (r) {  // Okabe-Ito: vermillion, orange, sky blue, blue; grey for "not rated"
    case Rating::No: return 0xFFD55E00u;
    case Rating::RatherNo: return 0xFFE69F00u;
    case Rating::RatherYes: return 0xFF56B4E9u;
    case Rating::Yes: return 0xFF0072B2u;
    case Rating::Unrated: break;
  }
  return 0xFFBBBBBBu;
}

}  // namespace

std::uint32_t offerColour(const MapViewState& map, const Session& session, const Offer& offer) {
  using C = OfferColouring;
  const Assessment& a = offer.assessment;
  switch (map.colouring) {
    case C::Known: return ratingColour(a.known);
    case C::Used: return ratingColour(a.used);
    case C::Transparent: return ratingColour(a.transparent);
    case C::Fitting: return ratingColour(a.fitting);
    case C::Category: break;
  }
  const Category* c = findById(session.categories, offer.category);
  return c ? c->colour : 0xFF777777u;
}

bool offerShown(const MapViewState& map, const Offer& offer) {
  return (offer.hasLocation || offer.district != kNoId) && map.filter.matches(offer);
}

namespace {

float markerRadius(double mpp) {
  return static_cast<float>(std::clamp(10.5 - std::log2(std::max(mpp, 0.5)) * 1.2, 4.0, 11.0));
}

// The offers with a marker, by index: all but those filtered away and the one being dragged.
std::vector<int> markedOffers(const MapViewState& map, const Session& session) {
  std::vector<int> marked;
  for (std::size_t i = 0; i < session.offers.size(); ++i)
    if (offerShown(map, session.offers[i]) && session.offers[i].id != map.draggingOffer)
      marked.push_back(static_cast<int>(i));
  return marked;
}

// The offers' marker radius in this view: the more there are, the smaller (down to 60 %), so
// a dense map shows many small dots rather than a few clusters.
float markerRadius(const View& view, const MapViewState& map, const std::vector<int>& marked) {
  const Bounds shown = view.plane();
  const auto inView = std::count_if(marked.begin(), marked.end(), [&](int i) {
    return shown.contains(map.scene.offers[static_cast<std::size_t>(i)]);
  });
  const float density = std::sqrt(1500.0f / static_cast<float>(std::max<std::ptrdiff_t>(inView, 1)));
  return markerRadius(view.mpp) * std::clamp(density, 0.6f, 1.0f);
}

void drawCluster(ImDrawList& draw, ImVec2 at, float r, int count) {
  const float cr = r + std::min(6.0f, std::log2(static_cast<float>(count)) * 1.5f);
  drawDisc(&draw, at, cr + 1.5f, IM_COL32(255, 255, 255, 255));
  drawDisc(&draw, at, cr, IM_COL32(60, 60, 70, 255));
  char text[16];
  std::snprintf(text, sizeof text, "%d", count);
  const ImVec2 ts = ImGui::CalcTextSize(text);
  if (ts.x < cr * 2.2f)
    draw.AddText(ImVec2(at.x - ts.x * 0.5f, at.y - ts.y * 0.5f), IM_COL32(255, 255, 255, 255), text);
}

// One offer's marker: a disc in its colour, ringed when it is selected, hovered or outside
// every district, with its category's icon when there is room.
void drawMarker(ImDrawList& draw, ImVec2 at, float r, const AppState& state, int index, bool hovered) {
  const MapViewState& map = state.map;
  const Session& session = state.doc.session;
  const Offer& offer = session.offers[static_cast<std::size_t>(index)];
  const bool selected = offer.id == map.selectedOffer || offer.id == map.linkFrom;
  const bool outside = offer.district == kNoId;  // flagged: placed outside every district
  // A ring as a larger disc behind the marker. Small dots of a dense map go without the white
  // ring; a flagged or selected offer keeps its ring at every size.
  const ImU32 ring = selected || hovered ? IM_COL32(0, 0, 0, 255)
                     : outside           ? IM_COL32(213, 94, 0, 255)
                                         : IM_COL32(255, 255, 255, 255);
  if (r >= 6.0f || selected || outside || hovered) drawDisc(&draw, at, r + (selected || outside ? 3.0f : 1.5f), ring);
  drawDisc(&draw, at, r, imColour(offerColour(map, session, offer)));
  if (r < 9.0f) return;
  const Category* c = findById(session.categories, offer.category);
  const char* glyph = icon::categoryIcon(c ? c->icon : std::string());
  const ImVec2 gs = ImGui::CalcTextSize(glyph);
  const float scale = r * 1.1f / std::max(gs.y, 1.0f);
  draw.AddText(nullptr, ImGui::GetFontSize() * scale, ImVec2(at.x - gs.x * scale * 0.5f, at.y - gs.y * scale * 0.5f),
               IM_COL32(255, 255, 255, 255), glyph);
}

// Whether the layer still covers the view, markers reaching in from outside included.
bool covers(const MarkerLayer& layer, const View& view) {
  const Bounds needed = view.plane(1.0, static_cast<double>(layer.radius) + 12.0);
  return layer.area.contains(needed.min) && layer.area.contains(needed.max);
}

// One marker per cluster of the area around the view, each a span of its own.
void recordMarkers(MarkerLayer& layer, const View& view, const AppState& state) {
  const std::vector<int> marked = markedOffers(state.map, state.doc.session);
  layer.radius = markerRadius(view, state.map, marked);
  const double cell = static_cast<double>(layer.radius) * 2.0 * view.mpp;
  layer.area = snapToCells(view.plane(3.0), cell);
  layer.reference = view.centre;
  const View at = recordingView(view);
  ImDrawList& draw = layer.cache.record();
  layer.alone.clear();
  for (const Cluster& c : clusterPoints(state.map.scene.offers, marked, layer.area, cell)) {
    if (c.count > 1) {
      drawCluster(draw, at.toScreen(c.centre), layer.radius, c.count);
    } else {
      drawMarker(draw, at.toScreen(c.centre), layer.radius, state, c.first, false);
      layer.alone.push_back(static_cast<std::uint32_t>(c.first));
    }
    layer.cache.endSpan();
  }
  std::sort(layer.alone.begin(), layer.alone.end());
}

// Records the markers again if the zoom, the offers, the filter, the colouring or the
// selection changed since, or the view left the area recorded; returns whether it did.
bool updateMarkers(const View& view, AppState& state) {
  MapViewState& map = state.map;
  MarkerLayer& layer = map.markerLayer;
  const MarkerLayer::Key key{map.sceneGeneration,
                             state.doc.history.revision(),
                             view.mpp,
                             view.size.x,
                             view.size.y,
                             map.filter,
                             map.colouring,
                             map.selectedOffer,
                             map.linkFrom,
                             map.draggingOffer,
                             atlasNow()};
  if (layer.key == key && covers(layer, view)) return false;
  recordMarkers(layer, view, state);
  layer.key = key;
  return true;
}

// Over the layers: the hovered marker again (ringed) and the offer being dragged.
void drawOffersOnTop(ImDrawList* draw, const View& view, AppState& state, int hovered) {
  MapViewState& map = state.map;
  const MarkerLayer& layer = map.markerLayer;
  if (hovered >= 0 && std::binary_search(layer.alone.begin(), layer.alone.end(), static_cast<std::uint32_t>(hovered)))
    drawMarker(*draw, view.toScreen(map.scene.offers[static_cast<std::size_t>(hovered)]), layer.radius, state, hovered,
               true);
  if (map.draggingOffer != kNoId) {
    const ImVec2 at = view.toScreen(map.dragTo);
    draw->AddCircleFilled(at, layer.radius + 2, IM_COL32(0, 0, 0, 90), 16);
    draw->AddCircle(at, layer.radius + 2, IM_COL32(0, 0, 0, 255), 16, 2.0f);
    ++map.markersDrawn;
  }
}

// Calls f(link, from, to) for each link with an end on the map: its offers' indices.
template <class F> void forEachShownLink(const AppState& state, F f) {
  const Session& session = state.doc.session;
  const MapViewState& map = state.map;
  for (const Link& link : session.links) {
    const int ia = map.scene.offerAt(link.from), ib = map.scene.offerAt(link.to);
    if (ia < 0 || ib < 0) continue;
    const auto a = static_cast<std::size_t>(ia), b = static_cast<std::size_t>(ib);
    if (!offerShown(map, session.offers[a]) && !offerShown(map, session.offers[b])) continue;
    f(link, a, b);
  }
}

// Links as lines between their offers; a link between offers with no age group in common
// belongs to the prevention chain and is drawn stronger, in the chain's colour.
void drawLinks(ImDrawList* draw, const View& view, const AppState& state) {
  const Session& session = state.doc.session;
  const MapViewState& map = state.map;
  forEachShownLink(state, [&](const Link& link, std::size_t a, std::size_t b) {
    const ImVec2 p = view.toScreen(map.scene.offers[a]), q = view.toScreen(map.scene.offers[b]);
    const bool chain = crossesAgeGroups(session.offers[a], session.offers[b]);
    const ImU32 colour = chain                             ? IM_COL32(136, 34, 85, 230)
                         : link.type == LinkType::Referral ? IM_COL32(0, 114, 178, 200)
                                                           : IM_COL32(80, 80, 80, 180);
    draw->AddLine(p, q, colour, chain ? 3.5f : 2.0f);
    if (link.type == LinkType::Cooperation) return;
    const float len = std::max(std::hypot(q.x - p.x, q.y - p.y), 1.0f);
    const ImVec2 dir((q.x - p.x) / len, (q.y - p.y) / len), tip(q.x - dir.x * 12, q.y - dir.y * 12);
    draw->AddTriangleFilled(tip, ImVec2(tip.x - dir.x * 10 - dir.y * 5, tip.y - dir.y * 10 + dir.x * 5),
                            ImVec2(tip.x - dir.x * 10 + dir.y * 5, tip.y - dir.y * 10 - dir.x * 5), colour);
  });
}

// Districts, links and markers as seen in view, the parts that reach into area (screen
// coordinates of view); returns the markers drawn.
int drawLayers(ImDrawList* draw, const View& view, const AppState& state, const ImRect& area) {
  const MapViewState& map = state.map;
  replay(draw, map.districtLayer.cache, map.districtLayer.reference, view, area);
  drawLinks(draw, view, state);
  return replay(draw, map.markerLayer.cache, map.markerLayer.reference, view, area);
}

// The layers and the district names through the map's texture: rendered again when a layer
// was recorded again, the pixel density changed, the view left the margin rendered around it
// or (not while panning) other names fit in the view; else only moved. While a drag pans the
// map, shown on the page's layer where there is one (not for a frame that rendered it or that
// the map's picture is taken from). Draws them directly when the GPU cannot render into a texture, or when asked to.
void drawLayersCached(ImDrawList* draw, const View& view, AppState& state, bool panning, int hoveredDistrict) {
  MapViewState& map = state.map;
  const bool districts = updateDistricts(view, state, hoveredDistrict);
  const bool recorded = updateMarkers(view, state) || districts;
  const Labels labels = placeLabels(view, state);
  const bool relabel = !panning && districtsOf(labels) != map.textureLabels;
  const float scale = ImGui::GetIO().DisplayFramebufferScale.x;
  const ImRect canvas = canvasRect(view);
  const float margin = std::max(128.0f, 0.25f * std::max(view.size.x, view.size.y));
  const ImVec2 half(view.size.x * 0.5f + margin, view.size.y * 0.5f + margin);
  const ImRect around(-half.x, -half.y, half.x, half.y);  // in the recording view
  const View at = recordingView(view);
  const ImVec2 centre = view.toScreen(view.centre);
  if (map.drawDirect) {
    map.markersDrawn = static_cast<std::uint32_t>(drawLayers(draw, view, state, canvas));
    drawLabels(draw, labels, ImVec2(0, 0), state);
    return;
  }
  const bool render = recorded || relabel || map.texture.scale() != scale ||
                      !map.texture.covers(view.toScreen(map.textureReference), canvas);
  if (render) {
    ImDrawList& content = map.textureContent.record();
    content.PushClipRect(around.Min, around.Max);
    drawLayers(&content, at, state, around);
    drawLabels(&content, labels, ImVec2(-centre.x, -centre.y), state);
    map.texture.render(content, half, scale, kMapBackground);
    map.textureReference = view.centre;
    map.textureLabels = districtsOf(labels);
  }
  if (map.texture.covers(view.toScreen(map.textureReference), canvas)) {
    // Not in a frame that rendered it (a pinch renders every frame): the copy to the page waits.
    const bool dragPan = panning && map.dragged && map.draggingOffer == kNoId && !render;
    if (dragPan && platform::mapLayerAvailable() && state.exports.mapPictureFrames == 0)
      map.texture.showOnPage(*draw, view.toScreen(map.textureReference));
    else map.texture.draw(*draw, view.toScreen(map.textureReference));
    const MarkerLayer& markers = map.markerLayer;
    map.markersDrawn = static_cast<std::uint32_t>(markers.cache.count(recordedArea(view, markers.reference, canvas)));
  } else {
    map.markersDrawn = static_cast<std::uint32_t>(drawLayers(draw, view, state, canvas));
    drawLabels(draw, labels, ImVec2(0, 0), state);
  }
}

// --- interaction ---------------------------------------------------------------------------

int offerUnder(const AppState& state, const View& view, ImVec2 mouse) {
  const MapViewState& map = state.map;
  const double radius = (static_cast<double>(markerRadius(view.mpp)) + 3.0) * view.mpp;
  const auto& offers = state.doc.session.offers;
  return map.scene.grid.nearest(map.scene.offers, view.toPlane(mouse), radius,
                                [&](int i) { return offerShown(map, offers[static_cast<std::size_t>(i)]); });
}

void placeOffer(AppState& state, Vec2 at) {
  MapViewState& map = state.map;
  Offer offer;
  offer.hasLocation = true;
  offer.location = map.scene.projection.toLonLat(at);
  offer.district = districtAt(state.doc.session, offer.location);
  if (map.filter.ageGroup != kNoId) offer.ageGroups.push_back(map.filter.ageGroup);
  if (!state.doc.session.categories.empty()) offer.category = state.doc.session.categories.front().id;
  map.selectedOffer = add(state.doc, offer);
  map.focusOfferName = true;  // type the name at once; the placeholder says "Neues Angebot"
  map.tool = MapViewState::Tool::Browse;
  map.panel = MapViewState::Panel::Offers;
}

void moveOffer(AppState& state, Id id, Vec2 to) {
  const Offer* found = findById(state.doc.session.offers, id);
  if (!found) return;
  Offer offer = *found;
  offer.hasLocation = true;
  offer.location = state.map.scene.projection.toLonLat(to);
  offer.district = districtAt(state.doc.session, offer.location);
  update(state.doc, offer);
}

void linkTo(AppState& state, Id target) {
  MapViewState& map = state.map;
  if (map.linkFrom == kNoId || map.linkFrom == target) {
    map.linkFrom = target;
    return;
  }
  add(state.doc, Link{kNoId, map.linkFrom, target, map.linkType, {}});
  map.linkFrom = kNoId;
}

void clickAt(AppState& state, const View& view, ImVec2 mouse, int offer) {
  MapViewState& map = state.map;
  using T = MapViewState::Tool;
  const auto& offers = state.doc.session.offers;
  if (map.tool == T::PlaceOffer) {
    placeOffer(state, view.toPlane(mouse));
  } else if (map.tool == T::Link) {
    if (offer >= 0) linkTo(state, offers[static_cast<std::size_t>(offer)].id);
  } else {
    map.selectedOffer = offer >= 0 ? offers[static_cast<std::size_t>(offer)].id : kNoId;
    if (offer >= 0) map.panel = MapViewState::Panel::Offers;
  }
}

// Press on an offer and drag: moves it (browse tool). Press elsewhere and drag: pans.
void handlePointer(AppState& state, View& view, int hoveredOffer) {
  MapViewState& map = state.map;
  const ImGuiIO& io = ImGui::GetIO();
  if (ImGui::IsItemActivated()) {
    map.pressedOffer = map.tool == MapViewState::Tool::Browse && hoveredOffer >= 0
                           ? state.doc.session.offers[static_cast<std::size_t>(hoveredOffer)].id
                           : kNoId;
    map.dragged = false;
  }
  if (ImGui::IsItemActive() && ImGui::IsMouseDragging(ImGuiMouseButton_Left, kClickSlop)) {
    map.dragged = true;
    if (map.pressedOffer != kNoId) {
      map.draggingOffer = map.pressedOffer;
      map.dragTo = view.toPlane(io.MousePos);
    } else {
      map.centre.x -= static_cast<double>(io.MouseDelta.x) * map.metresPerPixel;
      map.centre.y += static_cast<double>(io.MouseDelta.y) * map.metresPerPixel;
      view.centre = map.centre;
    }
  }
  if (ImGui::IsItemDeactivated()) {
    if (map.draggingOffer != kNoId) moveOffer(state, map.draggingOffer, map.dragTo);
    else if (!map.dragged) clickAt(state, view, io.MousePos, hoveredOffer);
    map.draggingOffer = kNoId;
    map.pressedOffer = kNoId;
  }
}

void handleZoom(MapViewState& map, View& view, bool hovered) {
  const ImGuiIO& io = ImGui::GetIO();
  double factor = 1.0;
  if (hovered && io.MouseWheel != 0.0f) factor = std::pow(1.2, io.MouseWheel);
  if (map.pinch != 0.0f) factor *= std::clamp(1.0 + static_cast<double>(map.pinch) * 4.0, 0.5, 2.0);
  map.pinch = 0.0f;
  if (ImGui::IsItemFocused() || hovered) {
    if (ImGui::IsKeyPressed(ImGuiKey_Equal) || ImGui::IsKeyPressed(ImGuiKey_KeypadAdd)) factor *= 1.5;
    if (ImGui::IsKeyPressed(ImGuiKey_Minus) || ImGui::IsKeyPressed(ImGuiKey_KeypadSubtract)) factor /= 1.5;
    const double step = 480.0 * map.metresPerPixel * static_cast<double>(io.DeltaTime);
    if (ImGui::IsKeyDown(ImGuiKey_LeftArrow)) map.centre.x -= step;
    if (ImGui::IsKeyDown(ImGuiKey_RightArrow)) map.centre.x += step;
    if (ImGui::IsKeyDown(ImGuiKey_UpArrow)) map.centre.y += step;
    if (ImGui::IsKeyDown(ImGuiKey_DownArrow)) map.centre.y -= step;
    view.centre = map.centre;
  }
  if (factor == 1.0) return;
  const ImVec2 anchor =
      hovered ? io.MousePos : ImVec2(view.origin.x + view.size.x * 0.5f, view.origin.y + view.size.y * 0.5f);
  zoomAround(map, view, anchor, factor);
  view.centre = map.centre;
  view.mpp = map.metresPerPixel;
}

void drawTooltip(const AppState& state, int offer, int district) {
  const Session& session = state.doc.session;
  if (offer >= 0) {
    const Offer& o = session.offers[static_cast<std::size_t>(offer)];
    ImGui::BeginTooltip();
    ImGui::TextUnformatted(offerName(o).c_str());
    if (!o.provider.empty()) ImGui::TextDisabled("%s", o.provider.c_str());
    const Category* c = findById(session.categories, o.category);
    const District* d = findById(session.districts, o.district);
    ImGui::Text("%s · %s", c ? c->name.c_str() : "-", d ? d->name.c_str() : tr(Str::MapOutsideDistricts));
    ImGui::EndTooltip();
    return;
  }
  if (district < 0) return;
  const District& d = session.districts[static_cast<std::size_t>(district)];
  ImGui::BeginTooltip();
  ImGui::TextUnformatted(d.name.c_str());
  for (const IndicatorColumn& column : session.indicatorColumns)
    if (auto v = indicatorValue(d, column.id))
      ImGui::Text("%s: %s %s", column.name.c_str(), displayNumber(*v, 2).c_str(), column.unit.c_str());
  ImGui::EndTooltip();
}

// Zoom in, zoom out, fit: top right, over the map.
void drawZoomButtons(MapViewState& map, View& view) {
  const float side = std::max(ImGui::GetFrameHeight(), minTarget());
  const ImGuiStyle& style = ImGui::GetStyle();
  ImGui::SetCursorScreenPos(
      ImVec2(view.origin.x + view.size.x - side - style.WindowPadding.x, view.origin.y + style.WindowPadding.y));
  ImGui::BeginGroup();
  const ImVec2 centre(view.origin.x + view.size.x * 0.5f, view.origin.y + view.size.y * 0.5f);
  if (button(icon::kPlus, "map.zoomIn", side)) zoomAround(map, view, centre, 1.5);
  tooltip(tr(Str::MapZoomIn));
  if (button(icon::kMinus, "map.zoomOut", side)) zoomAround(map, view, centre, 1 / 1.5);
  tooltip(tr(Str::MapZoomOut));
  if (button(icon::kExpand, "map.fit", side)) map.metresPerPixel = 0.0;
  tooltip(tr(Str::MapFit));
  ImGui::EndGroup();
}

// What the active tool waits for, over the map's top left (so the map does not move when a tool
// starts), and a button that stops it (Esc as well, for a keyboard).
void drawToolHint(AppState& state, const View& view) {
  MapViewState& map = state.map;
  using T = MapViewState::Tool;
  if (map.tool == T::Browse) return;
  if (ImGui::IsKeyPressed(ImGuiKey_Escape)) {
    map.tool = T::Browse;
    return;
  }
  const char* text = tr(map.tool == T::PlaceOffer ? Str::MapPlaceOfferStatus
                        : map.linkFrom == kNoId   ? Str::MapLinkFirst
                                                  : Str::MapLinkSecond);
  const ImGuiStyle& style = ImGui::GetStyle();
  const ImVec2 at(view.origin.x + style.WindowPadding.x, view.origin.y + style.WindowPadding.y);
  const float height = std::max(ImGui::GetFrameHeight(), minTarget());
  const float cancelWidth = buttonWidth(tr(Str::Cancel));
  const float wrap =
      std::max(80.0f, view.size.x - 3 * style.WindowPadding.x - cancelWidth - height - 2 * style.ItemSpacing.x);
  const ImVec2 textSize = ImGui::CalcTextSize(text, nullptr, false, wrap);
  const ImVec2 end(at.x + textSize.x + style.ItemSpacing.x * 2 + cancelWidth + style.FramePadding.x * 2,
                   at.y + std::max(textSize.y, height) + style.FramePadding.y * 2);
  ImGui::GetWindowDrawList()->AddRectFilled(at, end, IM_COL32(255, 255, 255, 235), style.FrameRounding);
  ImGui::SetCursorScreenPos(
      ImVec2(at.x + style.FramePadding.x, at.y + style.FramePadding.y + std::max(0.0f, (height - textSize.y) * 0.5f)));
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + wrap);
  ImGui::TextUnformatted(text);
  ImGui::PopTextWrapPos();
  ImGui::SetCursorScreenPos(ImVec2(at.x + style.FramePadding.x + textSize.x + style.ItemSpacing.x,
                                   at.y + style.FramePadding.y + std::max(0.0f, (textSize.y - height) * 0.5f)));
  if (button(tr(Str::Cancel), "map.toolCancel")) map.tool = T::Browse;
  tooltip(tr(Str::MapToolCancelHint));
}

void drawScaleBar(ImDrawList* draw, const View& view) {
  double metres = view.mpp * 100.0;
  const double magnitude = std::pow(10.0, std::floor(std::log10(metres)));
  metres = metres / magnitude >= 5 ? 5 * magnitude : metres / magnitude >= 2 ? 2 * magnitude : magnitude;
  const float px = static_cast<float>(metres / view.mpp);
  const ImVec2 end(view.origin.x + view.size.x - 12, view.origin.y + view.size.y - 12), start(end.x - px, end.y);
  const std::string label = metres >= 1000 ? displayNumber(metres / 1000, 1) + " km" : displayNumber(metres, 0) + " m";
  const char* text = label.c_str();
  draw->AddLine(start, end, IM_COL32(40, 40, 40, 255), 2.0f);
  draw->AddLine(start, ImVec2(start.x, start.y - 5), IM_COL32(40, 40, 40, 255), 2.0f);
  draw->AddLine(end, ImVec2(end.x, end.y - 5), IM_COL32(40, 40, 40, 255), 2.0f);
  const ImVec2 ts = ImGui::CalcTextSize(text);
  draw->AddText(ImVec2(end.x - px * 0.5f - ts.x * 0.5f, start.y - ts.y - 4), IM_COL32(40, 40, 40, 255), text);
}

}  // namespace

ImU32 imColour(std::uint32_t argb) { return (argb & 0xFF00FF00u) | ((argb >> 16) & 0xFFu) | ((argb & 0xFFu) << 16); }

bool crossesAgeGroups(const Offer& a, const Offer& b) {
  if (a.ageGroups.empty() || b.ageGroups.empty()) return false;
  for (Id g : a.ageGroups)
    if (std::find(b.ageGroups.begin(), b.ageGroups.end(), g) != b.ageGroups.end()) return false;
  return true;
}

void drawMap(AppState& state, ImVec2 size) {
  MapViewState& map = state.map;
  refreshScene(state);
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  size.x = std::max(size.x, 50.0f);
  size.y = std::max(size.y, 50.0f);
  if (map.metresPerPixel <= 0.0) fit(map, size);
  View view{origin, size, map.centre, map.metresPerPixel};
  map.canvas = {origin.x, origin.y, size.x, size.y};
  ImGui::SetNextItemAllowOverlap();  // the zoom buttons drawn over it take their clicks
  ImGui::InvisibleButton("###map", size);
  const bool hovered = ImGui::IsItemHovered();
  handleZoom(map, view, hovered);
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  const int offer = hovered ? offerUnder(state, view, mouse) : -1;
  handlePointer(state, view, offer);
  const int district = hovered && offer < 0 ? map.scene.districtAt(view.toPlane(mouse)) : -1;
  if (hovered)
    ImGui::SetMouseCursor(offer >= 0 || map.tool != MapViewState::Tool::Browse ? ImGuiMouseCursor_Hand
                                                                               : ImGuiMouseCursor_Arrow);

  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->PushClipRect(origin, ImVec2(origin.x + size.x, origin.y + size.y), true);
  draw->AddRectFilled(origin, ImVec2(origin.x + size.x, origin.y + size.y), kMapBackground);
  const bool panning = ImGui::IsItemActive();  // no hover while panning: the layers stay as they are
  drawLayersCached(draw, view, state, panning, panning ? -1 : district);
  drawOffersOnTop(draw, view, state, panning ? -1 : offer);
  drawScaleBar(draw, view);
  draw->PopClipRect();
  if (hovered && !panning && map.draggingOffer == kNoId) drawTooltip(state, offer, district);
  const ImVec2 after = ImGui::GetCursorScreenPos();
  if (!mapIsEmpty(state.doc.session)) drawZoomButtons(map, view);
  drawToolHint(state, view);
  ImGui::SetCursorScreenPos(after);
  ImGui::Dummy(ImVec2(0, 0));  // ImGui wants an item after moving the cursor back
}

namespace {

bool nearLink(const AppState& state, const View& view, ImVec2 p, float pixels) {
  bool near = false;
  forEachShownLink(state, [&](const Link&, std::size_t a, std::size_t b) {
    const ImVec2 from = view.toScreen(state.map.scene.offers[a]), to = view.toScreen(state.map.scene.offers[b]);
    const ImVec2 closest = ImLineClosestPoint(from, to, p);
    near |= ImLengthSqr(ImVec2(closest.x - p.x, closest.y - p.y)) <= pixels * pixels;
  });
  return near;
}

// Whether a press at p pans the map: on the canvas, clear of its buttons (the top right) and
// its scale bar (the bottom), with no marker, cluster, district name or link under it or
// within a few pixels.
bool mapPointFree(const AppState& state, const View& view, const std::vector<std::pair<ImRect, std::uint32_t>>& labels,
                  ImVec2 p) {
  constexpr float kClear = 6.0f;
  const MapViewState& map = state.map;
  const ImRect inner(view.origin.x + 20, view.origin.y + 20, view.origin.x + view.size.x - 100,
                     view.origin.y + view.size.y - 60);
  if (!inner.Contains(p) || offerUnder(state, view, p) >= 0) return false;
  const ImVec2 offset = view.toScreen(map.markerLayer.reference);
  if (map.markerLayer.cache.hits(ImVec2(p.x - offset.x, p.y - offset.y), kClear)) return false;
  for (const auto& [box, d] : labels)
    if (ImRect(box.Min.x - kClear, box.Min.y - kClear, box.Max.x + kClear, box.Max.y + kClear).Contains(p))
      return false;
  return !nearLink(state, view, p, kClear);
}

}  // namespace

ImVec2 emptyMapPoint(const AppState& state) {
  const View view = canvasView(state.map);
  const ImVec2 middle(view.origin.x + view.size.x * 0.5f, view.origin.y + view.size.y * 0.5f);
  const auto labels = placeLabels(view, state);
  constexpr float kStep = 4.0f;  // a square spiral around the middle, ring by ring
  const int rings = static_cast<int>(std::max(view.size.x, view.size.y) / kStep / 2);
  for (int ring = 0; ring <= rings; ++ring)
    for (int i = -ring; i <= ring; ++i) {
      const float a = static_cast<float>(i) * kStep, r = static_cast<float>(ring) * kStep;
      for (const ImVec2 d : {ImVec2(a, -r), ImVec2(a, r), ImVec2(-r, a), ImVec2(r, a)}) {
        const ImVec2 p(middle.x + d.x, middle.y + d.y);
        if (mapPointFree(state, view, labels, p)) return p;
      }
    }
  return ImVec2(-1, -1);
}

ImVec2 screenPoint(const MapViewState& map, LonLat p) {
  return canvasView(map).toScreen(map.scene.projection.toPlane(p));
}

Bounds visibleBounds(const MapViewState& map) {
  if (map.metresPerPixel <= 0 || map.canvas.w <= 0 || map.canvas.h <= 0) return {};
  return canvasView(map).plane();
}

// A change shows its sign: "+12", "-1,5".
std::string signedNumber(double value, bool change) {
  return (change && value > 0 ? "+" : "") + displayNumber(value, 2);
}

// "Stand 31.12.2025 → 31.12.2026": the reference dates of the two values compared.
std::string changeDates(const Session& session, const IndicatorColumn& column) {
  const IndicatorColumn* then = findById(baselineOf(session)->indicatorColumns, column.id);
  const std::string before = then && !then->asOf.empty() ? germanDate(then->asOf) : baselineOf(session)->meta.date;
  const std::string after = column.asOf.empty() ? session.meta.date : column.asOf;
  return trf(Str::MapLegendChangeDates, germanDate(before).c_str(), germanDate(after).c_str());
}

void drawChoroplethLegend(const AppState& state, ImVec2 mapMin, ImVec2 mapMax) {
  const MapViewState& map = state.map;
  const IndicatorColumn* column = findById(state.doc.session.indicatorColumns, map.choropleth);
  if (!column) return;
  const Choropleth& classes = map.classes;
  const int n = static_cast<int>(classes.upper.size());
  const float line = ImGui::GetTextLineHeight() + 1.0f, pad = 6.0f;  // compact: the map stays visible
  std::string source = column->source.empty() ? std::string() : trf(Str::MapLegendSource, column->source.c_str());
  const std::string title = classes.change ? trf(Str::MapLegendChange, column->name.c_str()) : column->name;
  if (classes.change) source = changeDates(state.doc.session, *column);
  const float height = line * static_cast<float>(n + 2 + (source.empty() ? 0 : 1)) + pad * 2;
  const ImVec2 min(mapMin.x + pad, mapMax.y - height - pad);
  const float width =
      std::max(ImGui::CalcTextSize(source.c_str()).x, ImGui::CalcTextSize(title.c_str()).x) + pad * 2 + 4;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(min, ImVec2(min.x + std::max(width, 170.0f), min.y + height), IM_COL32(255, 255, 255, 225), 4.0f);
  ImVec2 at(min.x + pad, min.y + pad);
  const ImU32 text = IM_COL32(30, 30, 30, 255);
  draw->AddText(at, text, title.c_str());
  for (int k = 0; k < n; ++k) {
    at.y += line;
    draw->AddRectFilled(at, ImVec2(at.x + line * 1.4f, at.y + line * 0.8f),
                        imColour(classes.change ? changeColour(k, n) : classColour(k, n)));
    draw->AddRect(at, ImVec2(at.x + line * 1.4f, at.y + line * 0.8f), IM_COL32(120, 120, 120, 255));
    const auto uk = static_cast<std::size_t>(k);
    const double lo = k == 0 ? classes.minimum : classes.upper[uk - 1];
    const std::string range = (k == 0 ? "" : "> ") + signedNumber(lo, classes.change) + " – " +
                              signedNumber(classes.upper[uk], classes.change) + " " + column->unit;
    draw->AddText(ImVec2(at.x + line * 1.8f, at.y), text, range.c_str());
  }
  at.y += line;
  draw->AddRectFilled(at, ImVec2(at.x + line * 1.4f, at.y + line * 0.8f), IM_COL32(255, 255, 255, 255));
  draw->AddRect(at, ImVec2(at.x + line * 1.4f, at.y + line * 0.8f), IM_COL32(120, 120, 120, 255));
  draw->AddText(ImVec2(at.x + line * 1.8f, at.y), text, tr(Str::MapNoValue));
  if (!source.empty()) draw->AddText(ImVec2(at.x, at.y + line), IM_COL32(90, 90, 90, 255), source.c_str());
}

}  // namespace nwk::ui
