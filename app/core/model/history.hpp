// Undo and redo for every change to a Session.
// A Change records reversible Edits (insert, erase or replace one item of a collection, or
// replace the Meta) and applies each at once, so later edits of the same change see the
// session as it is then. finish() turns it into a Command; History::record() keeps it for
// undo. Undo reverts a command's edits in reverse order, redo applies them again: both
// restore the exact earlier state, ids included. Ids taken from Session::nextId are not
// returned by undo (ids are never reused). What a change inserts or writes obeys the field
// rules of validate.hpp (normalizeFields): no edit can store a value a file would refuse.
// In core/model (the session, its commands with undo/redo, validation and labels); may use core/text.
#pragma once
#include <algorithm>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/model/model.hpp"
#include "core/model/validate.hpp"

namespace nwk {

class Edit {
 public:
  virtual ~Edit() = default;
  virtual void apply(Session& s) const = 0;
  virtual void revert(Session& s) const = 0;
};

// The collection of a Session that holds items of type T.
template <class T> std::vector<T>& itemsOf(Session& s);
template <> inline std::vector<AgeGroup>& itemsOf(Session& s) { return s.ageGroups; }
template <> inline std::vector<Category>& itemsOf(Session& s) { return s.categories; }
template <> inline std::vector<IndicatorColumn>& itemsOf(Session& s) { return s.indicatorColumns; }
template <> inline std::vector<District>& itemsOf(Session& s) { return s.districts; }
template <> inline std::vector<Offer>& itemsOf(Session& s) { return s.offers; }
template <> inline std::vector<Link>& itemsOf(Session& s) { return s.links; }
template <> inline std::vector<Problem>& itemsOf(Session& s) { return s.problems; }
template <> inline std::vector<Strength>& itemsOf(Session& s) { return s.strengths; }
template <> inline std::vector<Proposal>& itemsOf(Session& s) { return s.proposals; }
template <> inline std::vector<ParticipantGroup>& itemsOf(Session& s) { return s.groups; }
template <> inline std::vector<VotingRound>& itemsOf(Session& s) { return s.rounds; }
template <> inline std::vector<Ballot>& itemsOf(Session& s) { return s.ballots; }
template <> inline std::vector<FieldOfAction>& itemsOf(Session& s) { return s.fields; }
template <> inline std::vector<Goal>& itemsOf(Session& s) { return s.goals; }
template <> inline std::vector<Measure>& itemsOf(Session& s) { return s.measures; }

template <class T> const std::vector<T>& itemsOf(const Session& s) { return itemsOf<T>(const_cast<Session&>(s)); }

struct Command {
  std::string label;  // for "Rückgängig: ..." in the current language
  std::vector<std::unique_ptr<Edit>> edits;
  // Commands with the same non-empty key in a row form one undo step (typing into one
  // field), until History::seal() ends the step.
  std::string coalesceKey;
};

class Change {
 public:
  Change(Session& session, std::string label, std::string coalesceKey = {})
      : session_(session), command_{std::move(label), {}, std::move(coalesceKey)} {}

  template <class T> void insert(std::size_t index, T item);
  template <class T> void erase(std::size_t index);
  template <class T> void replace(std::size_t index, T item);
  void setMeta(Meta meta);

  Session& session() { return session_; }
  bool empty() const { return command_.edits.empty(); }
  Command finish() { return std::move(command_); }

 private:
  void add(std::unique_ptr<Edit> edit) {
    edit->apply(session_);
    command_.edits.push_back(std::move(edit));
  }

  Session& session_;
  Command command_;
};

class History {
 public:
  void record(Command command);  // an empty command is dropped
  void seal();                   // the next command starts a new undo step
  bool undo(Session& s);
  bool redo(Session& s);
  bool canUndo() const { return !done_.empty(); }
  bool canRedo() const { return !undone_.empty(); }
  const std::string& undoLabel() const;
  const std::string& redoLabel() const;
  void clear();
  // Changes with every record, undo, redo and clear: "has the session changed since ...".
  std::uint64_t revision() const { return revision_; }

  static constexpr std::size_t kMaxSteps = 1000;

 private:
  std::vector<Command> done_;
  std::vector<Command> undone_;
  std::uint64_t revision_ = 0;
  bool sealed_ = true;
};

// --- Edit implementations ------------------------------------------------------------------

template <class T> class ItemEdit final : public Edit {
 public:
  enum class Kind { Insert, Erase, Replace };
  ItemEdit(Kind kind, std::size_t index, T before, T after)
      : kind_(kind), index_(index), before_(std::move(before)), after_(std::move(after)) {}

  void apply(Session& s) const override { run(s, kind_, after_); }
  void revert(Session& s) const override {
    const Kind inverse = kind_ == Kind::Insert ? Kind::Erase : kind_ == Kind::Erase ? Kind::Insert : Kind::Replace;
    run(s, inverse, before_);
  }

 private:
  // value: what an insert puts in or a replace writes.
  void run(Session& s, Kind kind, const T& value) const {
    auto& items = itemsOf<T>(s);
    const auto offset = static_cast<std::ptrdiff_t>(index_);
    switch (kind) {
      // Insert and erase rotate through the end of the vector: the same complexity as
      // vector::insert/erase, and one piece of code per item type instead of three.
      case Kind::Insert:
        items.push_back(value);
        std::rotate(items.begin() + offset, items.end() - 1, items.end());
        break;
      case Kind::Erase:
        std::rotate(items.begin() + offset, items.begin() + offset + 1, items.end());
        items.pop_back();
        break;
      case Kind::Replace: items[index_] = value; break;
    }
  }

  Kind kind_;
  std::size_t index_;
  T before_;
  T after_;
};

class MetaEdit final : public Edit {
 public:
  MetaEdit(Meta before, Meta after) : before_(std::move(before)), after_(std::move(after)) {}
  void apply(Session& s) const override { s.meta = after_; }
  void revert(Session& s) const override { s.meta = before_; }

 private:
  Meta before_;
  Meta after_;
};

template <class T> void Change::insert(std::size_t index, T item) {
  using E = ItemEdit<T>;
  normalizeFields(item);
  add(std::make_unique<E>(E::Kind::Insert, index, T{}, std::move(item)));
}

template <class T> void Change::erase(std::size_t index) {
  using E = ItemEdit<T>;
  add(std::make_unique<E>(E::Kind::Erase, index, itemsOf<T>(session_)[index], T{}));
}

template <class T> void Change::replace(std::size_t index, T item) {
  using E = ItemEdit<T>;
  normalizeFields(item);
  T before = itemsOf<T>(session_)[index];
  if (before == item) return;
  add(std::make_unique<E>(E::Kind::Replace, index, std::move(before), std::move(item)));
}

inline void Change::setMeta(Meta meta) {
  normalizeFields(meta);
  if (meta == session_.meta) return;
  add(std::make_unique<MetaEdit>(session_.meta, std::move(meta)));
}

}  // namespace nwk
