#include "core/model/history.hpp"

namespace nwk {
namespace {
const std::string kNoLabel;
}

void History::record(Command command) {
  if (command.edits.empty()) return;
  ++revision_;
  undone_.clear();
  const bool coalesce =
      !sealed_ && !command.coalesceKey.empty() && !done_.empty() && done_.back().coalesceKey == command.coalesceKey;
  sealed_ = command.coalesceKey.empty();
  if (coalesce) {
    for (auto& edit : command.edits) done_.back().edits.push_back(std::move(edit));
    return;
  }
  done_.push_back(std::move(command));
  if (done_.size() > kMaxSteps) done_.erase(done_.begin());
}

void History::seal() { sealed_ = true; }

bool History::undo(Session& s) {
  sealed_ = true;
  if (done_.empty()) return false;
  Command command = std::move(done_.back());
  done_.pop_back();
  for (auto it = command.edits.rbegin(); it != command.edits.rend(); ++it) (*it)->revert(s);
  undone_.push_back(std::move(command));
  ++revision_;
  return true;
}

bool History::redo(Session& s) {
  sealed_ = true;
  if (undone_.empty()) return false;
  Command command = std::move(undone_.back());
  undone_.pop_back();
  for (const auto& edit : command.edits) edit->apply(s);
  done_.push_back(std::move(command));
  ++revision_;
  return true;
}

const std::string& History::undoLabel() const { return done_.empty() ? kNoLabel : done_.back().label; }
const std::string& History::redoLabel() const { return undone_.empty() ? kNoLabel : undone_.back().label; }

void History::clear() {
  sealed_ = true;
  done_.clear();
  undone_.clear();
  ++revision_;
}

}  // namespace nwk
