#include "ui/session_store.hpp"

#include <algorithm>
#include <optional>

#include "core/io/file_names.hpp"
#include "core/io/session_io.hpp"
#include "core/model/followup.hpp"
#include "core/model/validate.hpp"
#include "core/sample/demo.hpp"
#include "core/sample/demo_followup.hpp"
#include "ui/panels.hpp"

namespace nwk::ui {
namespace {

constexpr const char* kSessionTypes = ".nwk,.json,application/json";
constexpr const char* kGeoJsonTypes = ".geojson,.json,application/geo+json,application/json";
constexpr const char* kCsvTypes = ".csv,.txt,text/csv,text/plain";

// A dropped or chosen file that is not a session: GeoJSON (by name, or a .json file that
// talks of features) or a table.
std::optional<ImportDialogState::Kind> importKindOf(const std::string& name, const std::string& bytes) {
  using K = ImportDialogState::Kind;
  if (hasSuffix(name, ".geojson")) return K::Districts;
  if (hasSuffix(name, ".json") && bytes.find("\"coordinates\"") != std::string::npos) return K::Districts;
  if (hasSuffix(name, ".csv") || hasSuffix(name, ".txt")) return K::Indicators;
  return std::nullopt;
}

std::string uidText(std::uint64_t uid) { return std::to_string(uid); }

// What repair() changed in a file that opened anyway, one bullet per line.
std::string repairReport(const std::string& fileName, const std::vector<std::string>& repairs) {
  std::string lines;
  for (const std::string& line : repairs) lines += "• " + line + "\n";
  return trf(Str::OpenedRepaired, fileName.c_str(), lines.c_str());
}

std::string autosavePathFor(const std::string& path) {
  const std::string suffix = ".nwk";
  const bool nwk = path.size() > suffix.size() && path.compare(path.size() - suffix.size(), suffix.size(), suffix) == 0;
  return (nwk ? path.substr(0, path.size() - suffix.size()) : path) + ".autosave.nwk";
}

}  // namespace

void SessionStore::start() {
  platform::setLeaveHandler([this] {
    if (mayStore() && s_.revision() != s_.autosave.savedRevision) autosaveNow();
  });
  platform::setSessionLostHandler([this](std::string uid) { loseToOtherTab(uid); });
  platform::setDropHandler([this](std::string name, std::string bytes) {
    if (auto kind = importKindOf(name, bytes)) startImport(s_, *kind, std::move(name), std::move(bytes));
    else open(name, bytes);
  });
  platform::loadLastSession([this](bool found, std::string bytes, double savedAtMs) {
    if (!found || s_.revision() != 0) return;  // never replace what was typed meanwhile
    LoadResult r = loadSession(bytes);
    const bool repaired = !r.repairs.empty();
    if (!openLoaded(tr(Str::StoredSessionName), std::move(r), Str::ErrRestoreFailed)) return;
    if (!repaired) s_.autosave.savedRevision = s_.revision();  // else store the repaired one
    seenRevision_ = s_.revision();
    s_.notify(trf(Str::NoticeRestored, platform::localDateTime(savedAtMs).c_str()), platform::nowMs());
  });
}

void SessionStore::tick() {
  const double now = platform::nowMs();
  std::vector<FileRequest> requests;
  requests.swap(s_.fileRequests);
  for (const FileRequest& r : requests) handle(r);
  autosaveIfDue(now);
  if (updating_) updateOnceSaved();
}

// Reloads into the new version once the last save is stored. A failed save (its error is
// shown) or a change typed meanwhile keeps this version: the offer stays for another try.
void SessionStore::updateOnceSaved() {
  if (s_.autosave.writing) return;
  updating_ = false;
  if (!mayStore() || s_.revision() == s_.autosave.savedRevision) platform::applyUpdate();
}

void SessionStore::autosaveIfDue(double now) {
  if (s_.revision() != seenRevision_) {  // a change since the last frame
    seenRevision_ = s_.revision();
    lastChangeMs_ = now;
    if (s_.autosave.firstUnsavedMs < 0) {
      s_.autosave.firstUnsavedMs = now;
      platform::wakeAfter(static_cast<int>(kMaxDelayMs) + 5);
    }
    platform::wakeAfter(static_cast<int>(kQuietMs) + 5);
  }
  const bool unsaved = s_.revision() != s_.autosave.savedRevision;
  if (!unsaved || s_.autosave.writing || !mayStore()) return;
  if (now - lastChangeMs_ < kQuietMs && now - s_.autosave.firstUnsavedMs < kMaxDelayMs) return;
  s_.autosave.writing = true;  // scheduled: no second save until this one is stored
  platform::runWhenIdle([this] { autosaveNow(); }, kIdleWaitMs);
}

void SessionStore::autosaveNow() {
  Session& session = s_.doc.session;
  if (session.uid == 0) {
    session.uid = platform::randomU64();
    claim();  // a new uid: no other tab can hold it
  }
  const std::uint64_t revision = s_.revision();
  s_.autosave.writing = true;
  s_.autosave.firstUnsavedMs = -1;
  const double start = platform::nowMs();
  std::string bytes = saveSession(session, SessionFormat::Binary);
  s_.autosave.lastDurationMs = platform::nowMs() - start;
  if (!filePath_.empty()) platform::offerFile(autosavePathFor(filePath_), bytes, "application/octet-stream");
  const std::string uid = uidText(session.uid);
  platform::storeSession(uid, session.meta.title, bytes, [this, revision, uid](bool ok) {
    s_.autosave.writing = false;
    if (s_.tab.kind == TabOwnershipState::Kind::Lost && s_.tab.uid == uid) platform::releaseSession(uid);
    if (ok) {
      s_.autosave.savedRevision = revision;
      s_.autosave.failures = 0;
    } else if (++s_.autosave.failures == 1) {
      s_.error = tr(Str::ErrAutosaveFailed);
    }
    if (s_.revision() != revision) platform::wakeAfter(static_cast<int>(kQuietMs));
  });
}

void SessionStore::replaceSession(Session session) {
  if (mayStore() && s_.revision() != s_.autosave.savedRevision) autosaveNow();  // keep the old one, now
  if (session.uid == 0) session.uid = platform::randomU64();
  s_.doc.session = std::move(session);
  s_.doc.history.clear();
  s_.merge = {};
  claim();
}

void SessionStore::claim() {
  const std::string uid = uidText(s_.doc.session.uid);
  if (uid == s_.tab.uid) return;
  if (!s_.tab.uid.empty()) platform::releaseSession(s_.tab.uid);
  s_.tab = {TabOwnershipState::Kind::Claiming, uid};
  platform::claimSession(uid, [this, uid](bool owned) {
    if (s_.tab.uid != uid) return;  // another session opened meanwhile
    s_.tab.kind = owned ? TabOwnershipState::Kind::Owned : TabOwnershipState::Kind::OtherTab;
  });
}

// The other tab saves what it has, lets go, and this tab reads that save.
void SessionStore::takeOver() {
  const std::string uid = s_.tab.uid;
  s_.tab.kind = TabOwnershipState::Kind::TakingOver;
  platform::takeOverSession(uid, [this, uid](bool) {
    platform::loadStoredSession(uid, [this, uid](bool found, std::string bytes) {
      if (s_.tab.uid != uid) return;
      LoadResult r = loadSession(bytes);
      if (found && r.session) {
        s_.doc.session = std::move(*r.session);
        s_.doc.history.clear();
      }
      s_.tab.kind = TabOwnershipState::Kind::Owned;
      s_.autosave.savedRevision = s_.revision();
      seenRevision_ = s_.revision();
      s_.notify(tr(Str::TabTakenOver), platform::nowMs());
    });
  });
}

// A copy with a uid of its own, which this tab owns at once; stored like any change.
void SessionStore::continueAsCopy() {
  s_.doc.session.uid = platform::randomU64();
  claim();
  Meta meta = s_.doc.session.meta;
  meta.title += tr(Str::TabCopySuffix);
  setMeta(s_.doc, meta);
}

void SessionStore::loseToOtherTab(const std::string& uid) {
  if (uid != s_.tab.uid || !mayStore()) return;
  const bool unsaved = s_.revision() != s_.autosave.savedRevision;
  s_.tab.kind = TabOwnershipState::Kind::Lost;
  if (unsaved) autosaveNow();  // released once stored
  else if (!s_.autosave.writing) platform::releaseSession(uid);
}

void SessionStore::open(const std::string& name, const std::string& bytes) {
  if (!openLoaded(name, loadSession(bytes), Str::ErrOpenFailed)) return;
  if (platform::filesByPath()) filePath_ = s_.pathInput = name;
  else filePath_.clear();
  s_.notify(trf(Str::NoticeOpened, name.c_str()), platform::nowMs());
}

// True when the session opened (repaired perhaps). failure: the message for a file that did
// not open (the file's name, then the reason).
bool SessionStore::openLoaded(const std::string& name, LoadResult loaded, Str failure) {
  if (loaded.readablePart) {
    s_.damaged = {name, std::move(loaded.readablePart)};
    return false;
  }
  if (!loaded.session) {
    s_.error = trf(failure, name.c_str(), loaded.error.c_str());
    return false;
  }
  replaceSession(std::move(*loaded.session));
  if (!loaded.repairs.empty()) s_.error = repairReport(name, loaded.repairs);
  return true;
}

void SessionStore::openDamagedCopy() {
  if (!s_.damaged.readable) return;
  Session copy = std::move(*s_.damaged.readable);
  s_.damaged = {};
  copy.meta.title = validText(copy.meta.title + tr(Str::DamagedCopySuffix));
  copy.uid = 0;  // a copy of its own: never written over the stored original
  replaceSession(std::move(copy));
  filePath_.clear();
}

void SessionStore::merge(const std::string& name, const std::string& bytes) {
  LoadResult r = loadSession(bytes);
  if (!r.session) {
    s_.error = trf(Str::ErrOpenFailed, name.c_str(), r.error.c_str());
    return;
  }
  if (!r.repairs.empty()) s_.error = repairReport(name, r.repairs);
  const MergeCaution caution = mergeCaution(s_.doc.session, *r.session);
  if (caution.any()) {
    s_.merge = {false, name, {}, {}, std::move(r.session), caution};
    return;
  }
  mergeNow(name, *r.session);
}

void SessionStore::compareWith(const std::string& name, const std::string& bytes) {
  LoadResult r = loadSession(bytes);
  if (!r.session) {
    s_.error = trf(Str::ErrOpenFailed, name.c_str(), r.error.c_str());
    return;
  }
  s_.measures.comparedWith.emplace(std::move(*r.session));
  s_.measures.comparedName = name;
  s_.measures.comparisonRevision = ~std::uint64_t{0};
  s_.measures.tab = MeasuresViewState::Tab::Changes;
}

void SessionStore::mergeNow(const std::string& name, const Session& other) {
  MergeReport report = nwk::merge(s_.doc, other);
  s_.merge = MergeDialogState{};
  s_.merge.open = true;
  s_.merge.fileName = name;
  s_.merge.combined.assign(report.duplicates.size(), 0);
  s_.merge.report = std::move(report);
}

void SessionStore::save(SessionFormat format) {
  const char* suffix = format == SessionFormat::Binary ? ".nwk" : ".json";
  const std::string name =
      s_.pathInput.empty() ? suggestedFileName(s_.doc.session.meta, platform::localDateTime(), suffix) : s_.pathInput;
  if (s_.doc.session.uid == 0) s_.doc.session.uid = platform::randomU64();
  const char* mime = format == SessionFormat::Binary ? "application/octet-stream" : "application/json";
  if (platform::offerFile(name, saveSession(s_.doc.session, format), mime)) {
    if (platform::filesByPath() && format == SessionFormat::Binary) filePath_ = name;
    s_.notify(trf(Str::NoticeSaved, name.c_str()), platform::nowMs());
  } else s_.error = trf(Str::ErrSaveFailed, name.c_str());
}

void SessionStore::pickImport(const char* types, const std::string& path, ImportDialogState::Kind kind) {
  platform::pickFile(types, path, [this, kind](std::string name, std::string bytes) {
    startImport(s_, kind, std::move(name), std::move(bytes));
  });
}

void SessionStore::handle(const FileRequest& request) {
  using K = FileRequest::Kind;
  switch (request.kind) {
    case K::New: {
      Session fresh = makeDefaultSession();
      fresh.uid = platform::randomU64();
      replaceSession(std::move(fresh));
      filePath_.clear();
      s_.notify(tr(Str::NoticeNew), platform::nowMs());
      break;
    }
    case K::Demo:
      replaceSession(makeDemoSession());
      filePath_.clear();
      break;
    case K::DemoFollowUp:
      replaceSession(makeDemoFollowUp());
      filePath_.clear();
      break;
    case K::FollowUp:
      replaceSession(prepareFollowUp(s_.doc.session, request.argument));  // the earlier one stays stored
      filePath_.clear();
      s_.notify(tr(Str::FollowUpDone), platform::nowMs());
      break;
    case K::CompareWith:
      platform::pickFile(kSessionTypes, request.argument,
                         [this](std::string name, std::string bytes) { compareWith(name, bytes); });
      break;
    case K::Open:
      platform::pickFile(kSessionTypes, request.argument,
                         [this](std::string name, std::string bytes) { open(name, bytes); });
      break;
    case K::Merge:
      platform::pickFile(kSessionTypes, request.argument,
                         [this](std::string name, std::string bytes) { merge(name, bytes); });
      break;
    case K::ImportDistricts: pickImport(kGeoJsonTypes, request.argument, ImportDialogState::Kind::Districts); break;
    case K::ImportIndicators: pickImport(kCsvTypes, request.argument, ImportDialogState::Kind::Indicators); break;
    case K::ImportOffers: pickImport(kCsvTypes, request.argument, ImportDialogState::Kind::Offers); break;
    case K::OpenDamagedCopy: openDamagedCopy(); break;
    case K::MergeAnyway:
      if (s_.merge.pending) {
        const MergeDialogState asked = std::move(s_.merge);
        mergeNow(asked.fileName, *asked.pending);
      }
      break;
    case K::TakeOverSession: takeOver(); break;
    case K::ContinueAsCopy: continueAsCopy(); break;
    case K::SaveBinary: save(SessionFormat::Binary); break;
    case K::SaveJson: save(SessionFormat::Json); break;
    case K::OpenStored: {
      std::string title = request.argument;
      for (const auto& info : s_.sessions.list)
        if (info.uid == request.argument) title = info.title;
      platform::loadStoredSession(request.argument, [this, title](bool found, std::string bytes) {
        if (found) open(title, bytes);
      });
      break;
    }
    case K::UpdateApp:
      updating_ = true;
      if (mayStore() && s_.revision() != s_.autosave.savedRevision) autosaveNow();
      break;
    case K::DeleteStored:
      platform::deleteStoredSession(request.argument);
      s_.request(K::ListStored);
      break;
    case K::ListStored:
      if (mayStore() && s_.revision() != s_.autosave.savedRevision) autosaveNow();  // list the open session too
      platform::listStoredSessions([this](std::vector<platform::StoredSessionInfo> list) {
        std::vector<std::pair<double, std::uint32_t>> order;  // (-savedAtMs, index): newest first
        for (std::size_t i = 0; i < list.size(); ++i)
          order.emplace_back(-list[i].savedAtMs, static_cast<std::uint32_t>(i));
        std::sort(order.begin(), order.end());
        s_.sessions.list.clear();
        for (const auto& o : order) s_.sessions.list.push_back(std::move(list[o.second]));
      });
      break;
  }
}

}  // namespace nwk::ui
