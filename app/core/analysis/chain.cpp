#include "core/analysis/chain.hpp"

#include <algorithm>
#include <cstdint>
#include <utility>

#include "core/io/json_writer.hpp"

namespace nwk {
namespace {

// The positions of items in their vector, sorted by id, searched with lower_bound (no hash
// map: little code in the web download).
class Positions {
 public:
  template <class T> explicit Positions(const std::vector<T>& items) {
    for (std::size_t i = 0; i < items.size(); ++i) sorted_.emplace_back(items[i].id, static_cast<std::uint32_t>(i));
    std::sort(sorted_.begin(), sorted_.end());
  }
  static constexpr std::uint32_t kAbsent = ~std::uint32_t{0};
  std::uint32_t of(Id id) const {
    const auto it = std::lower_bound(sorted_.begin(), sorted_.end(), std::make_pair(id, std::uint32_t{0}));
    return it != sorted_.end() && it->first == id ? it->second : kAbsent;
  }

 private:
  std::vector<std::pair<Id, std::uint32_t>> sorted_;
};

// A table of yes/no per offer (rows) and age group or district (columns, by position).
class OfferTable {
 public:
  OfferTable(std::size_t offers, std::size_t columns) : columns_(columns), cells_(offers * columns, 0) {}
  void set(std::size_t offer, std::size_t column) { cells_[offer * columns_ + column] = 1; }
  bool operator()(std::size_t offer, std::size_t column) const { return cells_[offer * columns_ + column] != 0; }

 private:
  std::size_t columns_;
  std::vector<char> cells_;
};

// The age groups each offer names.
OfferTable agesNamed(const Session& s) {
  OfferTable named(s.offers.size(), s.ageGroups.size());
  const Positions position(s.ageGroups);
  for (std::size_t o = 0; o < s.offers.size(); ++o)
    for (Id g : s.offers[o].ageGroups)
      if (const std::uint32_t a = position.of(g); a != Positions::kAbsent) named.set(o, a);
  return named;
}

// The districts each offer serves.
OfferTable districtsServed(const Session& s) {
  OfferTable served(s.offers.size(), s.districts.size());
  for (std::size_t o = 0; o < s.offers.size(); ++o)
    for (std::size_t d = 0; d < s.districts.size(); ++d)
      if (servesDistrict(s.offers[o], s.districts[d].id)) served.set(o, d);
  return served;
}

// Transition t leads from age group t to t + 1: carried by an offer naming both, or by a link
// from an offer naming one to an offer naming the other.
bool bridges(const OfferTable& named, std::size_t offer, std::size_t t) {
  return named(offer, t) && named(offer, t + 1);
}
bool joins(const OfferTable& named, std::size_t a, std::size_t b, std::size_t t) {
  return (named(a, t) && named(b, t + 1)) || (named(a, t + 1) && named(b, t));
}

// A link whose two ends are offers of the session, by their positions.
struct LinkEnds {
  std::size_t link, from, to;
};

struct Network {
  std::vector<LinkEnds> links;
  std::vector<char> linked;  // per offer: at the end of some link
};

Network networkOf(const Session& s) {
  const Positions offer(s.offers);
  Network n{{}, std::vector<char>(s.offers.size(), 0)};
  for (std::size_t l = 0; l < s.links.size(); ++l) {
    const std::uint32_t from = offer.of(s.links[l].from), to = offer.of(s.links[l].to);
    if (from == Positions::kAbsent || to == Positions::kAbsent) continue;
    n.links.push_back({l, from, to});
    n.linked[from] = n.linked[to] = 1;
  }
  return n;
}

PreventionChain emptyChain(const Session& s) {
  std::vector<ChainTransition> transitions;
  for (std::size_t a = 1; a < s.ageGroups.size(); ++a)
    transitions.push_back({s.ageGroups[a - 1].id, s.ageGroups[a].id, {}, {}});
  PreventionChain chain;
  for (const District& d : s.districts) chain.districts.push_back({d.id, transitions, {}});
  return chain;
}

// What the chain is computed from: the age groups each offer names, the districts it
// serves, the links between offers.
struct ChainInputs {
  const OfferTable& named;
  const OfferTable& served;
  const Network& net;
};

std::size_t transitionCount(const Session& s) { return s.ageGroups.empty() ? 0 : s.ageGroups.size() - 1; }

// Each link to the transitions it joins, in every district both its ends serve.
void addLinks(PreventionChain& chain, const Session& s, const ChainInputs& in) {
  for (const LinkEnds& l : in.net.links)
    for (std::size_t t = 0; t < transitionCount(s); ++t) {
      if (!joins(in.named, l.from, l.to, t)) continue;
      for (std::size_t d = 0; d < chain.districts.size(); ++d)
        if (in.served(l.from, d) && in.served(l.to, d))
          chain.districts[d].transitions[t].links.push_back(s.links[l.link].id);
    }
}

// Each offer to the transitions it bridges and, when it has no link, to the unlinked offers,
// in every district it serves and overall.
void addOffers(PreventionChain& chain, const Session& s, const ChainInputs& in) {
  for (std::size_t o = 0; o < s.offers.size(); ++o) {
    const Id id = s.offers[o].id;
    if (!in.net.linked[o]) chain.unlinkedOffers.push_back(id);
    for (std::size_t d = 0; d < chain.districts.size(); ++d) {
      if (!in.served(o, d)) continue;
      if (!in.net.linked[o]) chain.districts[d].unlinkedOffers.push_back(id);
      for (std::size_t t = 0; t < transitionCount(s); ++t)
        if (bridges(in.named, o, t)) chain.districts[d].transitions[t].offers.push_back(id);
    }
  }
}

// --- JSON ----------------------------------------------------------------------------------

const char* linkTypeKey(LinkType type) {
  static constexpr const char* kKeys[] = {"cooperation", "referral", "transition"};
  return kKeys[static_cast<int>(type) % 3];
}

class ChainWriter {
 public:
  explicit ChainWriter(const Session& s) : s_(s), offers_(s.offers), links_(s.links), ages_(s.ageGroups) {}

  std::string write(const PreventionChain& chain) {
    w_.beginObject().key("districts").beginArray();
    for (std::size_t d = 0; d < chain.districts.size(); ++d) district(s_.districts[d], chain.districts[d]);
    w_.endArray();
    offerList("unlinkedOffers", chain.unlinkedOffers);
    w_.endObject();
    return w_.str();
  }

 private:
  JsonWriter& named(Id id, const std::string& name) {
    return w_.beginObject().key("id").value(static_cast<std::int64_t>(id)).key("name").value(name).endObject();
  }
  template <class T> void named(const std::vector<T>& items, const Positions& positions, Id id) {
    named(id, items[positions.of(id)].name);
  }
  void offerList(const char* key, const std::vector<Id>& offers) {
    w_.key(key).beginArray();
    for (Id o : offers) named(s_.offers, offers_, o);
    w_.endArray();
  }
  void district(const District& d, const DistrictChain& c) {
    const auto covered =
        std::count_if(c.transitions.begin(), c.transitions.end(), [](const ChainTransition& t) { return t.covered(); });
    w_.beginObject().key("id").value(static_cast<std::int64_t>(d.id)).key("name").value(d.name);
    w_.key("code").value(d.code).key("covered").value(static_cast<std::int64_t>(covered));
    w_.key("transitions").beginArray();
    for (const ChainTransition& t : c.transitions) transition(t);
    w_.endArray();
    offerList("unlinkedOffers", c.unlinkedOffers);
    w_.endObject();
  }
  void transition(const ChainTransition& t) {
    w_.beginObject().key("from");
    named(s_.ageGroups, ages_, t.from);
    w_.key("to");
    named(s_.ageGroups, ages_, t.to);
    w_.key("covered").value(t.covered()).key("links").beginArray();
    for (Id id : t.links) link(s_.links[links_.of(id)]);
    w_.endArray();
    offerList("offers", t.offers);
    w_.endObject();
  }
  void link(const Link& l) {
    w_.beginObject().key("id").value(static_cast<std::int64_t>(l.id)).key("type").value(linkTypeKey(l.type));
    w_.key("from");
    named(s_.offers, offers_, l.from);
    w_.key("to");
    named(s_.offers, offers_, l.to);
    w_.endObject();
  }

  const Session& s_;
  Positions offers_, links_, ages_;
  JsonWriter w_;
};

}  // namespace

PreventionChain preventionChain(const Session& s) {
  const OfferTable named = agesNamed(s), served = districtsServed(s);
  const Network net = networkOf(s);
  PreventionChain chain = emptyChain(s);
  addLinks(chain, s, {named, served, net});
  addOffers(chain, s, {named, served, net});
  return chain;
}

std::string chainJson(const Session& s) { return ChainWriter(s).write(preventionChain(s)); }

}  // namespace nwk
