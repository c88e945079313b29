// The open workshop (Document = Session + undo History) and every change to it. Each
// function below is one undo step; none touches the session except through a Change.
// Removing an item also removes or clears what refers to it (an offer's links, a proposal's
// ballot entries, ...), in the same undo step.
// In core/model (the session, its commands with undo/redo, validation and labels); may use core/text.
#pragma once
#include "core/model/history.hpp"
#include "core/model/model.hpp"
#include "core/text/i18n.hpp"

namespace nwk {

struct Document {
  Session session;
  History history;
};

// The noun for items of type T, for command labels and messages.
template <class T> Str nounOf();
template <> Str nounOf<AgeGroup>();
template <> Str nounOf<Category>();
template <> Str nounOf<IndicatorColumn>();
template <> Str nounOf<District>();
template <> Str nounOf<Offer>();
template <> Str nounOf<Link>();
template <> Str nounOf<Problem>();
template <> Str nounOf<Strength>();
template <> Str nounOf<Proposal>();
template <> Str nounOf<ParticipantGroup>();
template <> Str nounOf<VotingRound>();
template <> Str nounOf<Ballot>();
template <> Str nounOf<FieldOfAction>();
template <> Str nounOf<Goal>();
template <> Str nounOf<Measure>();

// Appends item with a fresh id (item.id is ignored) and returns that id.
template <class T> Id add(Document& doc, T item);

// Replaces the item with item.id by item; false if there is none or nothing changed.
template <class T> bool update(Document& doc, const T& item, const std::string& coalesceKey = {});

// Removes the item with this id and what depends on it; false if there is none.
template <class T> bool remove(Document& doc, Id id);

// coalesceKey: edits of one field in a row are one undo step (see Command).
bool setMeta(Document& doc, const Meta& meta, const std::string& coalesceKey = {});
bool moveAgeGroup(Document& doc, Id id, std::size_t newIndex);

// Index of the item with this id in its collection, or -1.
template <class T> std::ptrdiff_t indexOf(const std::vector<T>& items, Id id) {
  for (std::size_t i = 0; i < items.size(); ++i)
    if (items[i].id == id) return static_cast<std::ptrdiff_t>(i);
  return -1;
}

// Used by remove() and by merging: the references to a removed item, cleared or removed.
void removeReferences(Change& change, const AgeGroup& removed);
void removeReferences(Change& change, const Category& removed);
void removeReferences(Change& change, const IndicatorColumn& removed);
void removeReferences(Change& change, const District& removed);
void removeReferences(Change& change, const Offer& removed);
void removeReferences(Change& change, const Link& removed);
void removeReferences(Change& change, const Problem& removed);
void removeReferences(Change& change, const Strength& removed);
void removeReferences(Change& change, const Proposal& removed);
void removeReferences(Change& change, const ParticipantGroup& removed);
void removeReferences(Change& change, const VotingRound& removed);
void removeReferences(Change& change, const Ballot& removed);
void removeReferences(Change& change, const FieldOfAction& removed);
void removeReferences(Change& change, const Goal& removed);
void removeReferences(Change& change, const Measure& removed);

// Removes the item at index and what refers to it, within a change.
template <class T> void eraseWithReferences(Change& change, std::size_t index) {
  const T removed = itemsOf<T>(change.session())[index];
  change.erase<T>(index);
  removeReferences(change, removed);
}

// Calls fix(copy) on a copy of every item of type T; replaces the item when fix returns true.
template <class T, class Fix> void replaceWhere(Change& change, Fix fix) {
  const auto& items = itemsOf<T>(change.session());
  for (std::size_t i = 0; i < items.size(); ++i) {
    T copy = items[i];
    if (fix(copy)) change.replace<T>(i, std::move(copy));
  }
}

// Removes (with their own references) every item of type T for which pred is true.
template <class T, class Pred> void eraseWhere(Change& change, Pred pred) {
  for (std::size_t i = itemsOf<T>(change.session()).size(); i-- > 0;)
    if (pred(itemsOf<T>(change.session())[i])) eraseWithReferences<T>(change, i);
}

template <class T> Id add(Document& doc, T item) {
  Change change(doc.session, trf(Str::CmdAdd, tr(nounOf<T>())));
  item.id = doc.session.takeId();
  const Id id = item.id;
  change.insert<T>(itemsOf<T>(doc.session).size(), std::move(item));
  doc.history.record(change.finish());
  return id;
}

template <class T> bool update(Document& doc, const T& item, const std::string& coalesceKey) {
  const auto index = indexOf(itemsOf<T>(doc.session), item.id);
  if (index < 0) return false;
  Change change(doc.session, trf(Str::CmdUpdate, tr(nounOf<T>())), coalesceKey);
  change.replace<T>(static_cast<std::size_t>(index), item);
  const bool changed = !change.empty();
  doc.history.record(change.finish());
  return changed;
}

template <class T> bool remove(Document& doc, Id id) {
  const auto index = indexOf(itemsOf<T>(doc.session), id);
  if (index < 0) return false;
  Change change(doc.session, trf(Str::CmdRemove, tr(nounOf<T>())));
  eraseWithReferences<T>(change, static_cast<std::size_t>(index));
  doc.history.record(change.finish());
  return true;
}

}  // namespace nwk
