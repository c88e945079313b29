// The open session's safety net and file work, between AppState and the platform:
// - start(): restores the session stored last on this device (if nothing was typed yet);
// - tick(): autosaves (binary, one atomic store) once changes pause for kQuietMs, and never
//   later than kMaxDelayMs (+ kIdleWaitMs) after the first unsaved change, idle or not; the
//   save itself runs between frames (platform::runWhenIdle), so a frame never waits for it;
//   and carries out the FileRequests panels queued (new, demo, open, save, merge, the
//   stored-session list, a follow-up conference, a file to compare with);
// - files dropped on the window open like "Öffnen";
// - saves at once when the page is hidden or closed (or the desktop window closed);
// - stores the open session only while this tab owns it (platform::claimSession): a second
//   tab with the same session asks to take over (the first saves, stops and says why) or
//   continues with a copy of its own;
// - natively, a session opened from or saved to a path is autosaved beside it as well
//   ("x.nwk" -> "x.autosave.nwk"), and "Speichern" writes back to that path;
// - a new version of the app (UpdateApp) starts only once the open session is stored.
// A file that cannot be opened leaves the open session untouched and sets state.error; one
// that opened repaired says what was repaired; of a damaged one (checksum), what still reads
// is offered as a marked copy (state.damaged; the dialog's "open" asks for OpenDamagedCopy).
#pragma once
#include <string>

#include "core/io/session_io.hpp"
#include "ui/app_state.hpp"

namespace nwk::ui {

class SessionStore {
 public:
  static constexpr double kQuietMs = 600;
  static constexpr double kMaxDelayMs = 1200;
  static constexpr int kIdleWaitMs = 300;

  explicit SessionStore(AppState& state) : s_(state) {}
  void start();
  void tick();

 private:
  void autosaveIfDue(double now);
  void autosaveNow();
  void handle(const FileRequest& request);
  void open(const std::string& name, const std::string& bytes);
  bool openLoaded(const std::string& name, LoadResult loaded, Str failure);
  void openDamagedCopy();
  bool mayStore() const { return s_.tab.kind == TabOwnershipState::Kind::Owned; }
  void claim();
  void takeOver();
  void continueAsCopy();
  void loseToOtherTab(const std::string& uid);
  void merge(const std::string& name, const std::string& bytes);
  void mergeNow(const std::string& name, const Session& other);
  void compareWith(const std::string& name, const std::string& bytes);
  void save(SessionFormat format);
  void pickImport(const char* types, const std::string& path, ImportDialogState::Kind kind);
  void replaceSession(Session session);
  void updateOnceSaved();

  AppState& s_;
  std::string filePath_;  // native: where the open session came from or was saved to
  std::uint64_t seenRevision_ = 0;
  double lastChangeMs_ = 0;
  bool updating_ = false;  // UpdateApp asked: waiting for the save
};

}  // namespace nwk::ui
