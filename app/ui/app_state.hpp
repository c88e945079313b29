// Everything the UI draws, owned by main.cpp and passed by reference to every panel.
// The workshop itself is `doc` (session + undo history); Settings are per device. Panels
// change the session only through core commands, and ask for file work (open, save, merge,
// ...) by queueing a FileRequest that SessionStore carries out.
#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/commands.hpp"
#include "core/merge.hpp"
#include "core/settings.hpp"
#include "platform/platform.hpp"

namespace nwk {

struct AboutDialogState {
  bool open = false;
  enum class Licences { NotLoaded, Loading, Loaded, Failed } licences = Licences::NotLoaded;
  std::string licenceText;
};

struct FileRequest {
  enum class Kind { New, Demo, Open, SaveBinary, SaveJson, Merge, OpenStored, DeleteStored, ListStored } kind;
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
};

struct AutosaveState {
  std::uint64_t savedRevision = 0;  // doc revision + view revision last stored
  double firstUnsavedMs = -1;       // when the oldest unsaved change happened; -1: none
  bool writing = false;         // a save is scheduled or being stored
  int failures = 0;
  double lastDurationMs = 0;    // serialization time of the last autosave (benchmarks)
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
  bool workshopDialogOpen = false;
  std::string pathInput;         // native: the path typed for open/save/merge
  std::map<Id, std::string> drafts;  // board: text typed into a column's "new" field
  Id editingEntry = kNoId;           // board: the entry whose text is being edited
  std::string error;             // shown in a modal until dismissed
  std::vector<Notice> notices;   // short confirmations, top right
  std::vector<FileRequest> fileRequests;
  AutosaveState autosave;
  double maxFrameMs = 0;         // longest frame since the last reset (benchmarks)

  std::uint64_t revision() const { return doc.history.revision() + viewRevision; }
  void request(FileRequest::Kind kind, std::string argument = {}) { fileRequests.push_back({kind, std::move(argument)}); }
  void notify(std::string text, double nowMs) { notices.push_back({std::move(text), nowMs + 4000}); }
  void setPhase(Phase p) {
    if (doc.session.meta.phase == p) return;
    doc.session.meta.phase = p;
    ++viewRevision;
  }
};

}  // namespace nwk
