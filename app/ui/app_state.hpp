// Everything the UI draws, owned by main.cpp and passed by reference to every panel.
// The workshop itself is `doc` (session + undo history); Settings are per device. Panels
// change the session only through core commands, and ask for file work (open, save, merge,
// ...) by queueing a FileRequest that SessionStore carries out.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/analysis/choropleth.hpp"
#include "core/analysis/compare.hpp"
#include "core/export/export.hpp"
#include "core/geo/level_of_detail.hpp"
#include "core/geo/map_scene.hpp"
#include "core/import/geojson.hpp"
#include "core/import/indicator_import.hpp"
#include "core/import/merge.hpp"
#include "core/import/offer_import.hpp"
#include "core/model/commands.hpp"
#include "core/model/offer_filter.hpp"
#include "core/model/settings.hpp"
#include "core/voting/live.hpp"
#include "core/voting/presentation.hpp"
#include "core/voting/tally.hpp"
#include "platform/platform.hpp"
#include "ui/layer_cache.hpp"
#include "ui/live_request.hpp"
#include "ui/map_texture.hpp"

namespace nwk {

struct AboutDialogState {
  bool open = false;
  enum class Licences { NotLoaded, Loading, Loaded, Failed } licences = Licences::NotLoaded;
  std::string licenceText;
};

struct FileRequest {
  enum class Kind {
    New,
    Demo,
    Open,
    OpenDamagedCopy,
    MergeAnyway,
    TakeOverSession,
    ContinueAsCopy,
    SaveBinary,
    SaveJson,
    Merge,
    OpenStored,
    DeleteStored,
    ListStored,
    ImportDistricts,
    ImportIndicators,
    ImportOffers,
    DemoFollowUp,  // the demo's follow-up conference a year later
    FollowUp,      // a follow-up conference of the open session, dated `argument`
    CompareWith,   // a session file to compare the open one with
    UpdateApp      // the waiting new version: save at once, then reload into it
  } kind;
  std::string argument;  // uid for the stored-session requests; a path natively
};

struct Notice {
  std::string text;
  double untilMs = 0;
};

struct SessionsDialogState {
  bool open = false;
  std::vector<platform::StoredSessionInfo> list;
};

struct MergeDialogState {
  bool open = false;
  std::string fileName;
  MergeReport report;
  std::vector<std::uint8_t> combined;  // per duplicate: 1 once combined
  // A file that looks like another town's or one merged before: asked about first.
  std::optional<Session> pending;
  MergeCaution caution;
};

// A damaged session file (checksum wrong) of which a part still reads: offered as a copy.
struct DamagedFileState {
  std::string fileName;
  std::optional<Session> readable;  // set while the offer is open
};

// Whether this tab may store the open session (one browser tab at a time owns a session).
struct TabOwnershipState {
  enum class Kind {
    Owned,       // this tab stores it
    Claiming,    // asked, answer pending (a moment)
    OtherTab,    // another tab owns it: take over, or continue with a copy
    TakingOver,  // waiting for the other tab's last save
    Lost         // another tab took it over: continue with a copy
  } kind = Kind::Owned;
  std::string uid;  // the session uid claimed, as text
};

struct AutosaveState {
  std::uint64_t savedRevision = 0;  // doc revision + view revision last stored
  double firstUnsavedMs = -1;       // when the oldest unsaved change happened; -1: none
  bool writing = false;             // a save is scheduled or being stored
  int failures = 0;
  double lastDurationMs = 0;  // serialization time of the last autosave (benchmarks)
};

// A file chosen for import, its preview, and what the facilitator picks before applying.
struct ImportDialogState {
  enum class Kind { None, Districts, Indicators, Offers } kind = Kind::None;
  std::string fileName;
  std::string bytes;
  DistrictImport districts;
  std::optional<IndicatorPreview> indicators;
  std::optional<OfferPreview> offers;
  std::string error;   // the file could not be read as this kind
  std::string source;  // indicators: where the numbers come from
};

// Kiosk mode on this device: the ballot being filled in, the thank-you screen, the PIN.
struct KioskState {
  Ballot draft;
  bool thanks = false;
  bool askingPin = false;
  bool wrongPin = false;
  std::string pinEntry;
  Id startFor = kNoId;  // "Jetzt abstimmen" pressed for this round: set the PIN first
};

// Phase 4 and 5: the round being edited, paper dots being typed, results revealed early.
struct RoundsViewState {
  Id editing = kNoId;
  Id paperFor = kNoId;
  Id confirmClose = kNoId;  // the round whose closing waits for the facilitator's yes
  PaperTally paper;
  std::string paperError;
  std::vector<Id> revealed;             // hidden results the facilitator chose to show
  Id ageGroup = kNoId;                  // results of one age group, or all
  std::map<Id, double> timerStartedMs;  // rounds whose timer runs on this device (nowMs)
  double timerWakeMs = 0;               // the idle loop is woken then for the next second
  std::map<Id, RoundResult> results;    // tallies of the session at resultsRevision (roundResult)
  std::uint64_t resultsRevision = ~std::uint64_t{0};
};

// "Exportieren": what to export, for whom, and the preview. A map picture waits for a frame
// drawn without the dialog (mapPictureFrames counts down to the capture after it).
struct ExportDialogState {
  // Widget ids follow the numbers ("export.what.7": the progress report): add at the end.
  enum class What : std::uint8_t { Report, Tables, Map, Summary, MapPicture, Session, SessionJson, Progress, Changes };
  bool open = false;
  What what = What::Report;
  ExportTable table = ExportTable::Offers;
  bool allTables = true;
  bool rfc4180 = false;
  bool workbook = true;  // tables: one .xlsx workbook; false: CSV files
  ExportOptions options;
  ExportFormat progressFormat = ExportFormat::Html;  // the progress report's: Html, Markdown or Csv
  std::string progressSince;                         // its notes since ("YYYY-MM-DD"); empty: every note
  std::string preview;  // the chosen file's preview (export_dialog.cpp) for previewOptions at previewRevision
  std::uint64_t previewRevision = ~std::uint64_t{0};
  ExportOptions previewOptions;
  int mapPictureFrames = 0;
  std::int32_t pictureWidth = 0;  // map picture: 0 as on screen, else this many pixels wide
};

// Presenter mode (the beamer): the running order, the current slide, and how much of a
// result has been revealed so far (places shown from the last one up).
struct PresenterState {
  bool open = false;
  PresentMode mode = PresentMode::AgeGroups;
  std::size_t index = 0;
  Slide slide;               // the slide shown last: kept when slides are added or removed
  std::size_t revealed = 0;  // results: places shown, counted from the last place
};

// How the map colours its offers: by category, or by the answer to one assessment question.
enum class OfferColouring { Category, Known, Used, Transparent, Fitting };

// What a layer's look depends on besides the map: the font atlas it was drawn with.
struct AtlasKey {
  float whiteU = 0, whiteV = 0, fontScale = 0;
  bool operator==(const AtlasKey&) const = default;
};

// The districts as the map last drew them (ui/map_view.cpp), at one zoom: panning only moves
// them. Drawn again when the zoom, the districts, the colours or the hover change.
struct DistrictLayer {
  struct Key {
    std::uint64_t generation = ~std::uint64_t{0};
    double mpp = 0.0;
    Id choropleth = kNoId, focus = kNoId;
    bool change = false;
    int hovered = -2;
    AtlasKey atlas;
    bool operator==(const Key&) const = default;
  } key;
  Vec2 reference;  // the view's centre, drawn at (0, 0)
  ui::LayerCache cache;
};

// The markers as the map last drew them, at one zoom, for the view and a view's size around
// it: panning only moves them. Drawn again when the zoom, the offers, the filter, the
// colouring or the selection change, or when the view leaves the area drawn; the hovered
// marker is drawn again on top.
struct MarkerLayer {
  struct Key {
    std::uint64_t generation = ~std::uint64_t{0}, revision = ~std::uint64_t{0};
    double mpp = 0.0;
    float width = 0, height = 0;
    OfferFilter filter;
    OfferColouring colouring{};
    Id selected = kNoId, linkFrom = kNoId, dragging = kNoId;
    AtlasKey atlas;
    bool operator==(const Key&) const = default;
  } key;
  Vec2 reference;  // the view's centre, drawn at (0, 0)
  Bounds area;     // the plane the clusters were made of, in whole cells
  float radius = 0;
  std::vector<std::uint32_t> alone;  // the offers drawn as themselves, not in a cluster; ascending
  ui::LayerCache cache;
};

// Phase 1's map and its side panel: view, filters, tools, the scene and what is drawn of it.
struct MapViewState {
  Vec2 centre;                  // metres, the scene's projection
  double metresPerPixel = 0.0;  // 0: fit everything on the next frame
  float pinch = 0.0f;           // two-finger zoom since the last frame (SDL multigesture)
  OfferFilter filter;           // shared by the map and the offer list
  OfferColouring colouring = OfferColouring::Category;
  Id choropleth = kNoId;  // indicator column shown as district colours
  bool choroplethChange = false;  // its change since the baseline conference, not its values
  Choropleth classes;     // of that column, recomputed when it or the session changes
  std::uint64_t classesRevision = ~std::uint64_t{0};
  enum class Tool { Browse, PlaceOffer, Link } tool = Tool::Browse;
  LinkType linkType = LinkType::Cooperation;
  Id linkFrom = kNoId;
  Id selectedOffer = kNoId;
  Id panelOffer = kNoId;        // the side panel's last offer: another one starts at the top
  bool focusOfferName = false;  // a new offer's form puts the keyboard into its name
  Id pressedOffer = kNoId;      // under the pointer when the press began
  bool dragged = false;         // the press has moved beyond a click
  Id draggingOffer = kNoId;     // moved with the pointer; committed on release
  Vec2 dragTo;
  enum class Panel { Offers, Coverage } panel = Panel::Offers;
  // The coverage panel's question: gaps per age group, the prevention chain, categories.
  enum class Analysis { Gaps, Chain, Categories } analysis = Analysis::Gaps;
  bool narrowShowsMap = true;  // narrow screens show the map or the panel, not both
  bool filtersOpen = false;    // narrow screens fold the filters away
  // Scene cache: rebuilt when the session's districts or offers change.
  MapScene scene;
  std::uint64_t sceneRevision = ~std::uint64_t{0};
  std::vector<District> sceneDistricts;
  std::uint64_t sceneGeneration = 0;  // counts rebuilds of the districts' shapes
  // Caches of the scene as drawn, each kept until what it was made for changes.
  DetailLevels districtLevels;  // the districts simplified per octave of zoom
  DistrictLayer districtLayer;
  MarkerLayer markerLayer;
  ui::LayerCache textureContent;   // the layers as rendered into the texture, in its coordinates
  ui::MapTexture texture;          // them rendered: drawn moved while the map only pans
  Vec2 textureReference;           // the view's centre when it was rendered, at its (0, 0)
  bool drawDirect = false;         // the layers without the texture (the benchmark's baseline)
  std::uint32_t markersDrawn = 0;  // last frame (benchmarks, tests)
  platform::Rect canvas;           // where the map was drawn last, CSS pixels

  // The district names in the texture, as placed when it was rendered.
  std::vector<std::uint32_t> textureLabels;
};

// Live voting (ui/live_client.hpp changes all of it, the panels draw it). One side's link
// to the server: a request under way, what the last answer said, when the next may go out.
using ui::LiveConnection;  // ui/live_request.hpp

// Facilitator side: the server's secret (from the facilitator link, kept on this device)
// and, per live round, what the server said and how far its ballots are in.
struct LiveRoundLink {
  std::string joinUrl;
  std::vector<std::string> qr;  // the join address as QR modules, rows of '0' and '1'
  std::uint64_t since = 0;      // the server's change counter taken in so far
  std::int32_t devices = 0;     // phones that joined
  bool closedOnServer = false;  // all taken in from a round closed there: no more polls
  LiveConnection connection;
};
struct LiveState {
  std::string secret;
  std::string offeredSecret;           // from a facilitator link, until the server confirms it
  LiveConnection secretCheck;          // asking the server about offeredSecret
  std::map<Id, LiveRoundLink> rounds;  // by round id
  Id joinScreen = kNoId;               // the beamer shows how to join this round
  Id closing = kNoId;                  // closing on the server, answer pending
  Id closeFailed = kNoId;              // the server could not be asked to close this round
  std::string error;                   // the server's last refusal, until the next success
};

// Phase 6: the measures plan, the goals and what changed since the earlier conference.
struct MeasuresViewState {
  enum class Tab { Plan, Goals, Changes } tab = Tab::Plan;
  Id selected = kNoId;      // the measure whose form is open
  int statusFilter = -1;    // a MeasureStatus, or -1: every status
  std::string ownerFilter;  // empty: every owner
  Id ageGroupFilter = kNoId;
  bool followUpOpen = false;  // the "Folgekonferenz vorbereiten" dialog
  std::string followUpDate;   // ISO, as typed into it
  std::optional<Session> comparedWith;  // a file chosen to compare with (sessions made independently)
  std::string comparedName;
  std::optional<Comparison> comparison;  // computed at comparisonRevision (changes_panel.cpp)
  std::uint64_t comparisonRevision = ~std::uint64_t{0};
};

struct AppState {
  Document doc;
  std::uint64_t viewRevision = 0;  // phase switches: saved with the session, not undoable
  Settings settings;
  bool touch = false;            // touch-sized controls (coarse pointer or last input a touch)
  bool settingsChanged = false;  // main.cpp saves and re-styles, then clears it
  AboutDialogState about;
  SessionsDialogState sessions;
  MergeDialogState merge;
  DamagedFileState damaged;
  TabOwnershipState tab;
  bool workshopDialogOpen = false;
  // Date fields (dateInput): a date typed that is not (yet) a date, and the stored date it
  // would replace, per field id.
  struct DateDraft {
    std::string typed;
    std::string replaces;
  };
  std::vector<std::pair<std::string, DateDraft>> dateDrafts;  // by field id; few: a vector is less code than a map
  std::string pathInput;             // native: the path typed for open/save/merge
  std::map<std::string, std::string> drafts;  // text typed, not yet added: a board column's, a measure's note
  Id editingEntry = kNoId;           // board: the entry whose text is being edited
  bool boardShowsStrengths = false;  // phase 2: what works well instead of the problems
  std::string error;                 // shown in a modal until dismissed
  std::vector<Notice> notices;       // short confirmations, top right
  std::vector<FileRequest> fileRequests;
  AutosaveState autosave;
  MapViewState map;
  ImportDialogState import;
  KioskState kiosk;
  RoundsViewState rounds;
  PresenterState presenter;
  ExportDialogState exports;
  LiveState live;
  MeasuresViewState measures;
  double maxFrameMs = 0;       // longest frame since the last reset (benchmarks)
  std::vector<float> frameMs;  // every frame's time since the last reset (benchmarks)

  std::uint64_t revision() const { return doc.history.revision() + viewRevision; }
  void request(FileRequest::Kind kind, std::string argument = {}) {
    fileRequests.push_back({kind, std::move(argument)});
  }
  void notify(std::string text, double nowMs) { notices.push_back({std::move(text), nowMs + 4000}); }
  // Undo and redo say what they did ("Rückgängig: Angebot verschoben"): a step taken back by a
  // shortcut is otherwise invisible when its item is off screen.
  void undo() {
    const std::string label = doc.history.undoLabel();
    if (doc.history.undo(doc.session)) notify(trf(Str::UndoDone, label.c_str()), platform::nowMs());
  }
  void redo() {
    const std::string label = doc.history.redoLabel();
    if (doc.history.redo(doc.session)) notify(trf(Str::RedoDone, label.c_str()), platform::nowMs());
  }
  void setPhase(Phase p) {
    if (doc.session.meta.phase == p) return;
    doc.session.meta.phase = p;
    ++viewRevision;
  }
};

}  // namespace nwk
