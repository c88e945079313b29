#include "core/export/report_html.hpp"

#include <algorithm>
#include <cstdio>

#include "core/analysis/choropleth.hpp"
#include "core/export/compare_export.hpp"
#include "core/export/progress_report.hpp"
#include "core/geo/map_scene.hpp"
#include "core/model/followup.hpp"
#include "core/text/i18n.hpp"

namespace nwk {
namespace {

constexpr double kMapWidth = 800.0, kMapMargin = 12.0;

constexpr const char* kStyle =
    "body{font:15px/1.45 system-ui,-apple-system,'Segoe UI',sans-serif;color:#1b1b1b;max-width:60rem;margin:0 "
    "auto;box-sizing:border-box;"
    "padding:1.5rem}h1{font-size:1.8rem;margin:0 0 .3rem}h2{font-size:1.35rem;margin:2rem 0 .6rem;"
    "border-bottom:2px solid #253494}h3{font-size:1.1rem;margin:1.4rem 0 .4rem}h4{font-size:1rem;margin:1rem 0 .3rem}"
    ".meta{color:#444}table{border-collapse:collapse;width:100%;margin:.4rem 0 1rem}th,td{border:1px solid #bbb;"
    "padding:.25rem .45rem;text-align:left;vertical-align:top}th{background:#eef1f7}thead th{overflow-wrap:anywhere}td.n,th.n{text-align:right}"
    "td.gap{background:#fde0dd;font-weight:600}.bar{background:#e8ecf4;min-width:8rem}.bar span{display:block;"
    "height:.9rem;background:#2c7fb8}.interim{border-left:4px solid #e69f00;padding:.2rem .6rem;background:#fff6e0}"
    "figure{margin:0}svg{width:100%;height:auto;box-sizing:border-box;border:1px solid #ccc}svg text{font:11px "
    "sans-serif;"
    "paint-order:stroke;stroke:#fff;stroke-width:3px}.legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;"
    "gap:.3rem 1.2rem}.sw{display:inline-block;width:.9rem;height:.9rem;margin-right:.35rem;border:1px solid #777;"
    "vertical-align:-.1rem}small{color:#555}svg .un{font-size:9.5px;font-style:italic}tbody "
    "th{background:none}.vorlage{border:1px solid #bbb;padding:0 .8rem}"
    "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}"
    ".pair{display:grid;grid-template-columns:1fr 1fr;gap:0 "
    "1.5rem}@media(max-width:40rem){.pair{display:block}}.legend svg{width:1.8rem;height:.6rem;border:0}"
    "@media print{body{max-width:none;padding:0;font-size:10.5pt}"
    ".major{break-before:page}figure,.keep,tr,li{break-inside:avoid;page-break-inside:avoid}"
    "h2,h3,h4{break-after:avoid;page-break-after:avoid}}";

// The printed page: A4, `footer` at the bottom left, the page number at the bottom right.
std::string pageStyle(std::string_view footer) {
  constexpr const char* kBox = "font:8.5pt sans-serif;color:#444;content:\"";
  std::string css = std::string("@page{size:A4;margin:16mm 16mm 18mm;@bottom-left{") + kBox;
  for (char c : footer) {  // as a CSS string inside <style>
    if (c == '"' || c == '\\') css += '\\';
    css += c == '<' ? std::string("\\3C ") : std::string(1, c == '\n' ? ' ' : c);
  }
  return css + "\"}@bottom-right{" + kBox + trf(Str::ReportPageOf, "\" counter(page) \"", "\" counter(pages) \"") +
         "\"}}";
}

std::string esc(std::string_view text) {
  std::string out;
  appendHtmlText(out, text);
  return out;
}

std::string element(const char* tag, std::string_view text, const char* attributes = "") {
  return std::string("<") + tag + attributes + ">" + esc(text) + "</" + tag + ">";
}

std::string hexColour(std::uint32_t argb) {
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "#%06X", static_cast<unsigned>(argb & 0xFFFFFFu));
  return buffer;
}

std::string swatch(std::uint32_t argb) { return "<span class=sw style=\"background:" + hexColour(argb) + "\"></span>"; }

// --- The map --------------------------------------------------------------------------------

struct MapFrame {
  Bounds bounds;
  double scale = 1.0, height = 0.0;
  std::string x(double metres) const { return formatNumber(kMapMargin + (metres - bounds.min.x) * scale, 1, '.'); }
  std::string y(double metres) const { return formatNumber(kMapMargin + (bounds.max.y - metres) * scale, 1, '.'); }
  Vec2 point(Vec2 metres) const {
    return {kMapMargin + (metres.x - bounds.min.x) * scale, kMapMargin + (bounds.max.y - metres.y) * scale};
  }
};

MapFrame frameFor(const Bounds& bounds) {
  MapFrame f{bounds, 1.0, 0.0};
  const double w = std::max(bounds.max.x - bounds.min.x, 1.0), h = std::max(bounds.max.y - bounds.min.y, 1.0);
  f.scale = (kMapWidth - 2 * kMapMargin) / w;
  f.height = h * f.scale + 2 * kMapMargin;
  return f;
}

std::string pathOf(const DistrictShape& shape, const MapFrame& f) {
  std::string d;
  for (const std::vector<PlaneRing>& part : shape.parts)
    for (const PlaneRing& ring : part) {
      for (std::size_t i = 0; i < ring.size(); ++i) {
        d += i == 0 ? 'M' : 'L';
        d += f.x(ring[i].x);
        d += ',';
        d += f.y(ring[i].y);
      }
      d += 'Z';
    }
  return d;
}

void choroplethLegend(std::string& out, const Session& s, const Choropleth& c) {
  const IndicatorColumn* column = findById(s.indicatorColumns, c.column);
  if (!column || c.upper.empty()) return;
  const int n = static_cast<int>(c.upper.size());
  out += "<p><b>" + esc(column->name) + (column->unit.empty() ? "" : " (" + esc(column->unit) + ")") +
         "</b></p><ul class=legend>";
  for (int k = 0; k < n; ++k) {
    const double from = k == 0 ? c.minimum : c.upper[static_cast<std::size_t>(k - 1)];
    out += "<li>" + swatch(classColour(k, n)) +
           esc(displayNumber(from, 2) + " – " + displayNumber(c.upper[static_cast<std::size_t>(k)], 2)) + "</li>";
  }
  out += "<li>" + swatch(0xFFE0E0E0u) + esc(tr(Str::MapNoValue)) + "</li></ul>";
  if (!column->source.empty()) out += element("p", trf(Str::MapLegendSource, column->source.c_str()), " class=meta");
}

void categoryLegend(std::string& out, const Session& s, const std::vector<Id>& shown) {
  out += "<ul class=legend>";
  for (const Category& c : s.categories)
    if (std::find(shown.begin(), shown.end(), c.id) != shown.end())
      out += "<li>" + swatch(c.colour) + esc(c.name) + "</li>";
  out += "</ul>";
}

// Offers assigned to the district without a place of their own: counted below its name, not
// drawn over it.
int unplacedIn(const Session& s, Id district) {
  return static_cast<int>(std::count_if(s.offers.begin(), s.offers.end(), [district](const Offer& o) {
    return !o.hasLocation && o.district == district && district != kNoId;
  }));
}

void districtShapes(std::string& out, const Session& s, const MapScene& scene, const MapFrame& f, const Choropleth& c) {
  for (std::size_t i = 0; i < s.districts.size(); ++i) {
    const District& d = s.districts[i];
    std::uint32_t fill = c.column == kNoId ? 0xFFF3F3EEu : 0xFFE0E0E0u;
    if (c.column != kNoId && !c.upper.empty())
      if (const auto v = indicatorValue(d, c.column))
        fill = classColour(c.classOf(*v), static_cast<int>(c.upper.size()));
    out += "<path fill-rule=\"evenodd\" stroke=\"#555\" fill=\"" + hexColour(fill) + "\" d=\"" +
           pathOf(scene.districts[i], f) + "\">";
    out += element("title", d.name) + "</path>";
  }
}

// Drawn last, over the links and dots.
void districtLabels(std::string& out, const Session& s, const MapScene& scene, const MapFrame& f) {
  for (std::size_t i = 0; i < s.districts.size(); ++i) {
    const Vec2 label = scene.districts[i].label;
    out += "<text text-anchor=\"middle\" x=\"" + f.x(label.x) + "\" y=\"" + f.y(label.y) + "\">" +
           esc(s.districts[i].name);
    if (const int unplaced = unplacedIn(s, s.districts[i].id))
      out += "<tspan class=\"un\" dy=\"12\" x=\"" + f.x(label.x) + "\">" + esc(trf(Str::ReportUnlocated, unplaced)) +
             "</tspan>";
    out += "</text>";
  }
}

bool drawn(const Offer& o, Vec2 p, const MapFrame& f) { return o.hasLocation && f.bounds.contains(p); }

// Offers with a place of their own inside the map; returns how many are left out (no district
// either, or outside).
unsigned offerDots(std::string& out, const Session& s, const MapScene& scene, const MapFrame& f,
                   std::vector<Id>& categories) {
  unsigned left = 0;
  for (std::size_t i = 0; i < s.offers.size(); ++i) {
    const Offer& o = s.offers[i];
    const Vec2 p = scene.offers[i];
    if (!drawn(o, p, f)) {
      left += o.hasLocation || o.district == kNoId;
      continue;
    }
    const Category* category = findById(s.categories, o.category);
    categories.push_back(o.category);
    out += "<circle r=\"4.5\" stroke=\"#fff\" stroke-width=\"1.2\" cx=\"" + f.x(p.x) + "\" cy=\"" + f.y(p.y) +
           "\" fill=\"" + hexColour(category ? category->colour : 0xFF808080u) + "\">" +
           element("title", offerName(o)) + "</circle>";
  }
  return left;
}

// Per LinkType: cooperation, referral, transition.
constexpr const char* kLinkStyles[] = {"stroke=\"#444\"", "stroke=\"#0868ac\" stroke-dasharray=\"7 4\"",
                                       "stroke=\"#b3006b\" stroke-dasharray=\"2 3\" stroke-width=\"2.2\""};

// SVG numbers with printf (one call instead of a chain of strings: smaller code in the app).
std::string svg(const char* format, double a, double b, double c = 0.0, double d = 0.0) {
  char buffer[160];
  std::snprintf(buffer, sizeof buffer, format, a, b, c, d);
  return buffer;
}

std::string linkLine(LinkType type, Vec2 from, Vec2 to) {
  return "<line stroke-width=\"1.6\" " + std::string(kLinkStyles[static_cast<int>(type) % 3]) +
         svg(" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>", from.x, from.y, to.x, to.y);
}

// The links between two drawn offers; returns which types were drawn.
std::vector<LinkType> offerLinks(std::string& out, const Session& s, const MapScene& scene, const MapFrame& f) {
  std::vector<LinkType> types;
  for (const Link& l : s.links) {
    const int a = scene.offerAt(l.from), b = scene.offerAt(l.to);
    if (a < 0 || b < 0) continue;
    const Vec2 p = scene.offers[static_cast<std::size_t>(a)], q = scene.offers[static_cast<std::size_t>(b)];
    if (!drawn(s.offers[static_cast<std::size_t>(a)], p, f) || !drawn(s.offers[static_cast<std::size_t>(b)], q, f))
      continue;
    out += linkLine(l.type, f.point(p), f.point(q));
    if (std::find(types.begin(), types.end(), l.type) == types.end()) types.push_back(l.type);
  }
  return types;
}

void linkLegend(std::string& out, const std::vector<LinkType>& types) {
  if (types.empty()) return;
  out += "<ul class=legend><li>" + esc(tr(Str::ReportLinksLegend)) + "</li>";
  for (LinkType t : {LinkType::Cooperation, LinkType::Referral, LinkType::Transition})
    if (std::find(types.begin(), types.end(), t) != types.end())
      out += "<li><svg aria-hidden=true viewBox=\"0 0 28 8\">" + linkLine(t, {0, 4}, {28, 4}) + "</svg>" +
             esc(linkTypeName(t)) + "</li>";
  out += "</ul>";
}

constexpr double kMapFooter = 30.0;  // below the districts: the scale bar and the north arrow

// A scale bar of a round length (1, 2 or 5 times a power of ten metres) about a fifth of the
// map wide at the bottom left, the north arrow at the bottom right.
void scaleAndNorth(std::string& out, const MapFrame& f) {
  double metres = 1.0;
  while (metres * 10.0 * f.scale <= kMapWidth / 5.0) metres *= 10.0;
  for (double step : {5.0, 2.0})
    if (metres * step * f.scale <= kMapWidth / 5.0) {
      metres *= step;
      break;
    }
  const double end = kMapMargin + metres * f.scale;
  out += svg("<path fill=\"none\" stroke=\"#222\" stroke-width=\"2\" d=\"M12,%.1fv6H%.1fv-6\"/><text x=\"%.1f\" "
             "y=\"%.1f\">",
             f.height + 8.0, end, end + 6.0, f.height + 14.0) +
         esc(metres >= 1000.0 ? displayNumber(metres / 1000.0, 1) + " km" : displayNumber(metres, 0) + " m") +
         svg("</text><path fill=\"#222\" d=\"M%.1f,%.1fl6,16h-12z\"/><text text-anchor=\"end\" x=\"%.1f\" y=\"%.1f\">",
             kMapWidth - 20.0, f.height + 2.0, kMapWidth - 32.0, f.height + 16.0) +
         esc(tr(Str::ReportNorth)) + "</text>";
}

void map(std::string& out, const Session& s, const ExportOptions& options) {
  out += "<section>" + element("h2", tr(Str::ExportMapHeading));
  const MapScene scene = buildMapScene(s);
  if (scene.fitBounds.empty()) {
    out += element("p", tr(Str::CoverageNoDistricts)) + "</section>";
    return;
  }
  const MapFrame f = frameFor(scene.fitBounds);
  const Choropleth c = classify(s, options.indicator);
  const std::string alt =
      trf(Str::ReportMapAlt, counted(s.districts.size(), Noun::District).c_str(),
          counted(s.offers.size(), Noun::Offer).c_str(), counted(s.links.size(), Noun::Link).c_str());
  out += "<figure><svg role=img viewBox=\"0 0 " + formatNumber(kMapWidth, 0, '.') + " " +
         formatNumber(f.height + kMapFooter, 0, '.') + "\" aria-label=\"" + esc(alt) + "\">";
  districtShapes(out, s, scene, f, c);
  const std::vector<LinkType> links = offerLinks(out, s, scene, f);
  std::vector<Id> categories;
  const unsigned left = offerDots(out, s, scene, f, categories);
  districtLabels(out, s, scene, f);
  scaleAndNorth(out, f);
  out += "</svg>" + element("figcaption", tr(Str::ExportMapCaption), " class=meta") + "</figure>";
  categoryLegend(out, s, categories);
  linkLegend(out, links);
  choroplethLegend(out, s, c);
  if (std::any_of(s.offers.begin(), s.offers.end(), [](const Offer& o) { return !o.hasLocation && o.district; }))
    out += element("p", tr(Str::ReportUnlocatedNote), " class=meta");
  if (left > 0) out += element("p", trf(Str::ExportMapUnplaced, left), " class=meta");
  out += "</section>";
}

// --- Tables ---------------------------------------------------------------------------------

// In a <thead>, so a table that runs over a page break repeats its header on the next page.
std::string headerRow(std::initializer_list<std::string> cells) {
  std::string row = "<thead><tr>";
  for (const std::string& c : cells) row += element("th", c);
  return row + "</tr></thead>";
}

std::string numberCell(double value) { return "<td class=n>" + esc(displayNumber(value, 2)) + "</td>"; }

void coverageTable(std::string& out, const Report& report) {
  const Session& s = *report.session;
  const CoverageMatrix& m = report.coverage;
  out += "<section class=major>" + element("h2", tr(Str::ReportCoverageHeading));
  std::string note = trf(Str::ExportCoverageNote, m.rules.minOffers);
  if (m.rules.minPer1000 > 0.0)
    note += trf(Str::ExportCoverageNotePer1000, displayNumber(m.rules.minPer1000, 2).c_str());
  note += '.';
  out += element("p", note) + "<table><thead><tr>" + element("th", tr(Str::NounDistrict));
  for (const AgeGroup& g : s.ageGroups) out += element("th", g.name, " class=n");
  out += element("th", tr(Str::ExportOffersTotal), " class=n") + element("th", tr(Str::ReportNoOfferColumn)) +
         "</tr></thead>";
  for (std::size_t r = 0; r < m.rows.size(); ++r) {
    const CoverageRow& row = m.rows[r];
    out += "<tr>" + element("td", s.districts[r].name);
    for (const CoverageCell& cell : row.cells) {
      std::string text = std::to_string(cell.offers);
      if (cell.perThousand) text += " (" + displayNumber(*cell.perThousand, 1) + ")";
      out += std::string(cell.gap ? "<td class=\"n gap\">" : "<td class=n>") + esc(text);
      if (cell.gap) out += " <small>" + esc(tr(Str::ExportGap)) + "</small>";
      out += "</td>";
    }
    out += numberCell(row.offers) + element("td", tr(row.hasGap ? Str::RatingYes : Str::RatingNo)) + "</tr>";
  }
  out += "</table>" + element("p", tr(Str::ReportCoverageColumns), " class=meta");
  if (m.outside > 0)
    out += element("p", trf(Str::CoverageOutside, counted(m.outside, Noun::Offer).c_str()), " class=meta");
  out += "</section>";
}

// Its district, and how far it reaches when beyond it: "Altstadt (stadtweit)".
std::string placeOf(const Session& s, const Offer& o) {
  const District* district = findById(s.districts, o.district);
  const std::string place = district ? district->name : std::string();
  if (o.reach == Reach::District) return place;
  return place.empty() ? std::string(reachName(o.reach)) : place + " (" + reachName(o.reach) + ")";
}

void inventory(std::string& out, const Report& report) {
  const Session& s = *report.session;
  out += "<section class=major>" + element("h2", tr(Str::ExportInventoryHeading)) +
         element("p", tr(Str::ExportInventoryNote));
  out += "<table>" + headerRow({tr(Str::NounAgeGroup), tr(Str::ExportOffers), tr(Str::AssessKnown), tr(Str::AssessUsed),
                                tr(Str::AssessTransparent), tr(Str::AssessFitting)});
  for (const Inventory& inv : report.inventory)
    out += "<tr>" + element("td", inv.ageGroup->name) + numberCell(inv.offers) + numberCell(inv.known) +
           numberCell(inv.used) + numberCell(inv.transparent) + numberCell(inv.fitting) + "</tr>";
  out += "</table>" + element("h3", tr(Str::ExportOffers)) + "<table>" +
         headerRow({tr(Str::OfferName), tr(Str::OfferCategory), tr(Str::OfferAgeGroups), tr(Str::NounDistrict),
                    tr(Str::AssessKnown), tr(Str::AssessUsed), tr(Str::AssessTransparent), tr(Str::AssessFitting)});
  for (const Offer* o : report.offers) {
    const Category* category = findById(s.categories, o->category);
    out += "<tr>" + element("td", offerName(*o)) + element("td", category ? category->name : "") +
           element("td", ageGroupList(s, o->ageGroups)) + element("td", placeOf(s, *o));
    for (Rating r : {o->assessment.known, o->assessment.used, o->assessment.transparent, o->assessment.fitting})
      out += element("td", ratingName(r));
    out += "</tr>";
  }
  out += "</table></section>";
}

// --- Proposals and rounds -------------------------------------------------------------------

std::string interimNote(const ReportRound& round) {
  return round.interim ? element("p", tr(Str::ExportInterimNote), " class=interim") : std::string();
}

// Rank, proposal, bar and score, n; bars relative to the best score (weighting: to 5).
void rankedTable(std::string& out, const Session& s, const VotingRound& round,
                 const std::vector<ProposalResult>& results) {
  double top = round.method == VoteMethod::Weighting ? 5.0 : 0.0;
  for (const ProposalResult& r : results) top = std::max(top, r.score);
  out += "<table><thead><tr>" + element("th", tr(Str::ExportRank)) + element("th", tr(Str::NounProposal)) +
         element("th", tr(Str::ExportLevel)) + element("th", tr(Str::ExportScore), " colspan=2") +
         element("th", "n", " class=n") + "</tr></thead>";
  for (const ProposalResult& r : results) {
    const Proposal* p = findById(s.proposals, r.proposal);
    std::string details = p ? districtList(s, p->districts) : std::string();
    for (std::size_t c = 0; c < r.criteria.size() && c < round.criteria.size(); ++c)
      details += (details.empty() ? "" : " · ") + round.criteria[c] + " " + displayNumber(r.criteria[c].mean, 2);
    const std::string width = formatNumber(top > 0.0 ? 100.0 * r.score / top : 0.0, 1, '.');
    out += "<tr><td class=n>" + std::to_string(r.rank) + "</td><td>" + esc(p ? p->text : "");
    if (!details.empty()) out += "<br>" + element("small", details);
    out += "</td>" + element("td", p ? levelName(p->level) : "") + "<td class=bar><span style=\"width:" + width +
           "%\"></span></td><td class=n>" + esc(displayScore(round, r.score)) + "</td>" + numberCell(r.ballots) +
           "</tr>";
  }
  out += "</table>" + element("p", tr(Str::ReportBallotsNote), " class=meta");
}

void sections(std::string& out, const Report& report) {
  const Session& s = *report.session;
  out += "<section class=major>" + element("h2", tr(Str::ExportSectionsHeading));
  for (const ReportSection& section : report.sections) {
    out += "<div class=keep>" + element("h3", section.name);
    appendSectionParts(out, report, section, 4, TextFormat::Html);
    out += "</div>";
    for (std::size_t r = 0; r < report.rounds.size(); ++r) {
      if (section.rankings[r].empty()) continue;
      out += "<div class=keep>" + element("h4", report.rounds[r].round->name) + interimNote(report.rounds[r]);
      rankedTable(out, s, *report.rounds[r].round, section.rankings[r]);
      out += "</div>";
    }
  }
  out += "</section>";
}

void rounds(std::string& out, const Report& report) {
  out += "<section class=major>" + element("h2", tr(Str::ExportRoundsHeading));
  if (report.rounds.empty()) out += element("p", tr(Str::ExportNoRounds));
  for (const ReportRound& round : report.rounds) {
    out += "<div class=keep>" + element("h3", round.round->name) + element("p", roundSummary(round), " class=meta") +
           interimNote(round);
    rankedTable(out, *report.session, *round.round, round.result.proposals);
    out += "</div>";
  }
  out += "</section>";
}

void method(std::string& out, const Report& report) {
  out += "<section class=keep>" + element("h2", tr(Str::ExportMethodHeading)) + "<ul>";
  for (Str line : {Str::ExportMethodDots, Str::ExportMethodWeighting, Str::ExportMethodRanking, Str::ExportMethodTies})
    out += element("li", tr(line));
  if (!report.options.includeHidden) out += element("li", tr(Str::ExportMethodHidden));
  out += "</ul></section>";
}

void header(std::string& out, const Report& report) {
  const Meta& meta = report.session->meta;
  out += "<header>" + element("h1", reportTitle(meta)) + "<p class=meta>";
  const std::pair<Str, std::string> lines[] = {{Str::MetaMunicipality, meta.municipality},
                                               {Str::MetaPlace, meta.place},
                                               {Str::ExportDate, displayDate(meta.date)},
                                               {Str::MetaFacilitator, meta.facilitator}};
  for (const auto& [label, value] : lines)
    if (!value.empty()) out += esc(std::string(tr(label)) + ": " + value) + "<br>";
  out += "</p>" + element("p", whoTookPart(report)) + "</header>";
}

}  // namespace

void appendHtmlText(std::string& out, std::string_view text) {
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
}

std::string mapSvg(const Session& s, Id indicator, const Bounds& view, double width) {
  const MapScene scene = buildMapScene(s);
  const MapFrame f = frameFor(view.empty() ? scene.fitBounds : view);
  const std::string w = formatNumber(width, 0, '.'), h = formatNumber(width * f.height / kMapWidth, 0, '.');
  std::string out =
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + w + "\" height=\"" + h + "\" viewBox=\"0 0 " +
      formatNumber(kMapWidth, 0, '.') + " " + formatNumber(f.height, 0, '.') +
      "\"><style>text{font:11px sans-serif;paint-order:stroke;stroke:#fff;stroke-width:3px}.un{font-size:9.5px;"
      "font-style:italic}</style>"
      "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>";
  districtShapes(out, s, scene, f, classify(s, indicator));
  std::vector<Id> categories;
  offerDots(out, s, scene, f, categories);
  districtLabels(out, s, scene, f);
  return out + "</svg>";
}

std::string htmlPageStart(std::string_view title, std::string_view date) {
  const std::string footer = date.empty() ? std::string(title) : std::string(title) + " · " + displayDate(date);
  return "<!doctype html><html lang=" + std::string(languageCode(language())) +
         "><head><meta charset=utf-8><meta name=viewport content=\"width=device-width,initial-scale=1\">" +
         element("title", title) + "<style>" + kStyle + pageStyle(footer) + "</style></head><body>";
}

std::string reportHtml(const Session& s, const ExportOptions& options) {
  const Report report = buildReport(s, options);
  std::string out = htmlPageStart(reportTitle(s.meta), s.meta.date);
  header(out, report);
  out += "<main>";
  appendVorlage(out, s.meta, TextFormat::Html);
  appendMostNamed(out, report, TextFormat::Html);
  map(out, s, options);
  coverageTable(out, report);
  appendDistrictNotes(out, s, TextFormat::Html);
  appendChain(out, s, TextFormat::Html);
  appendCategoryCoverage(out, s, TextFormat::Html);
  inventory(out, report);
  sections(out, report);
  rounds(out, report);
  appendMeasuresPlan(out, s, TextFormat::Html);
  if (const Session* baseline = baselineOf(s)) appendComparison(out, compareSessions(*baseline, s), TextFormat::Html);
  method(out, report);
  return out + "</main></body></html>\n";
}

}  // namespace nwk
