// The import dialog: what a chosen file would bring (districts from GeoJSON, indicators or
// offers from CSV), with the choices the preview leaves open (the property holding the
// district names, the key column, the data source), before anything changes. Applying is
// one undo step; cancelling changes nothing. A file that cannot be read says why.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <cfloat>

#include "platform/platform.hpp"
#include "ui/panels.hpp"
#include "ui/widgets.hpp"

namespace nwk::ui {
namespace {

using Kind = ImportDialogState::Kind;

void preview(AppState& state, std::optional<std::size_t> keyColumn = std::nullopt) {
  ImportDialogState& d = state.import;
  const Session& session = state.doc.session;
  d.error.clear();
  if (d.kind == Kind::Indicators) {
    IndicatorPreviewResult r = previewIndicatorImport(session, d.bytes, keyColumn);
    d.indicators = std::move(r.preview);
    d.error = std::move(r.error);
  } else if (d.kind == Kind::Offers) {
    OfferPreviewResult r = previewOfferImport(session, d.bytes);
    d.offers = std::move(r.preview);
    d.error = std::move(r.error);
  }
}

void drawFindings(const std::string& text) {
  const float height = std::min(ImGui::CalcTextSize(text.c_str(), nullptr, false, ImGui::GetContentRegionAvail().x).y +
                                    ImGui::GetStyle().WindowPadding.y * 2,
                                ImGui::GetTextLineHeight() * 14);
  if (ImGui::BeginChild("###import.findings", ImVec2(0, height), ImGuiChildFlags_Border)) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
  }
  ImGui::EndChild();
}

void drawDistrictChoices(AppState& state) {
  ImportDialogState& d = state.import;
  const DistrictImport& r = d.districts;
  if (r.propertyKeys.size() > 1) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(Str::ImportNameProperty));
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12);
    if (ImGui::BeginCombo("###import.nameProperty", r.nameProperty.c_str())) {
      for (const std::string& key : r.propertyKeys)
        if (selectable(key.c_str(), ("import.nameProperty." + key).c_str(), key == r.nameProperty)) {
          d.districts = importDistricts(d.bytes, key);
          ImGui::EndCombo();
          return;
        }
      ImGui::EndCombo();
    }
    if (!r.nameObvious) warningText(tr(Str::ImportCheckNames));
  }
  std::string text = summary(r);
  for (const std::string& w : r.warnings) text += "\n" + w;
  text += "\n";
  for (std::size_t i = 0; i < r.districts.size() && i < 40; ++i) text += (i ? ", " : "\n") + r.districts[i].name;
  if (r.districts.size() > 40) text += ", …";
  drawFindings(text);
  if (!state.doc.session.districts.empty())
    ImGui::TextDisabled(
        "%s", trf(Str::ImportReplacesDistricts, static_cast<unsigned>(state.doc.session.districts.size())).c_str());
}

void drawIndicatorChoices(AppState& state) {
  ImportDialogState& d = state.import;
  const IndicatorPreview& p = *d.indicators;
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr(Str::ImportKeyColumn));
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12);
  if (ImGui::BeginCombo("###import.keyColumn", p.keyColumn < p.headers.size() ? p.headers[p.keyColumn].c_str() : "")) {
    for (std::size_t c = 0; c < p.headers.size(); ++c)
      if (selectable(p.headers[c].c_str(), ("import.keyColumn." + std::to_string(c)).c_str(), c == p.keyColumn)) {
        ImGui::EndCombo();
        preview(state, c);
        return;
      }
    ImGui::EndCombo();
  }
  drawFindings(describe(p, state.doc.session));
  ImGui::TextUnformatted(tr(Str::ImportSource));
  ImGui::SetNextItemWidth(-FLT_MIN);
  ImGui::InputTextWithHint("###import.source", tr(Str::ImportSourceHint), &d.source);
}

bool canApply(const ImportDialogState& d) {
  switch (d.kind) {
    case Kind::Districts: return d.districts.error.empty() && !d.districts.districts.empty();
    case Kind::Indicators: return d.indicators && !d.indicators->columns.empty() && !d.indicators->matched.empty();
    case Kind::Offers: return d.offers && !d.offers->offers.empty();
    case Kind::None: break;
  }
  return false;
}

void apply(AppState& state) {
  ImportDialogState& d = state.import;
  const double now = platform::nowMs();
  if (d.kind == Kind::Districts) {
    replaceDistricts(state.doc, d.districts.districts);
    state.map.metresPerPixel = 0.0;  // show the new map whole
    state.map.filter.district = kNoId;
    state.notify(trf(Str::ImportDistrictsDone, counted(d.districts.districts.size(), Noun::District).c_str()), now);
  } else if (d.kind == Kind::Indicators) {
    applyIndicatorImport(state.doc, *d.indicators, d.source);
    state.notify(trf(Str::ImportIndicatorsDone, counted(d.indicators->columns.size(), Noun::Indicator).c_str(),
                     counted(d.indicators->matched.size(), Noun::District).c_str()),
                 now);
  } else if (d.kind == Kind::Offers) {
    const std::size_t added = applyOfferImport(state.doc, *d.offers);
    state.notify(trf(Str::ImportOffersDone, counted(added, Noun::Offer).c_str()), now);
  }
  d = {};
}

const char* error(const ImportDialogState& d) {
  const std::string& e = d.kind == Kind::Districts ? d.districts.error : d.error;
  return e.empty() ? nullptr : e.c_str();
}

}  // namespace

void startImport(AppState& state, ImportDialogState::Kind kind, std::string name, std::string bytes) {
  ImportDialogState& d = state.import;
  d = {};
  d.kind = kind;
  d.fileName = std::move(name);
  d.bytes = std::move(bytes);
  if (kind == Kind::Districts) d.districts = importDistricts(d.bytes);
  else preview(state);
}

void drawImportDialog(AppState& state) {
  ImportDialogState& d = state.import;
  if (!beginModal(tr(Str::ImportTitle), "import", d.kind != Kind::None, 640.0f)) return;
  ImGui::TextDisabled("%s", d.fileName.c_str());
  if (d.kind != Kind::Districts) {  // a CSV file holds indicators or offers: let them switch
    if (toggle(tr(Str::ImportAsIndicators), "import.asIndicators", d.kind == Kind::Indicators) &&
        d.kind != Kind::Indicators) {
      d.kind = Kind::Indicators;
      preview(state);
    }
    ImGui::SameLine();
    if (toggle(tr(Str::ImportAsOffers), "import.asOffers", d.kind == Kind::Offers) && d.kind != Kind::Offers) {
      d.kind = Kind::Offers;
      preview(state);
    }
  }
  if (const char* message = error(d)) {
    fieldError(message);
  } else if (d.kind == Kind::Districts) {
    drawDistrictChoices(state);
  } else if (d.kind == Kind::Indicators && d.indicators) {
    drawIndicatorChoices(state);
  } else if (d.kind == Kind::Offers && d.offers) {
    drawFindings(describe(*d.offers));
  }
  ImGui::Spacing();
  ImGui::BeginDisabled(!canApply(d));
  if (button(tr(Str::ImportApply), "import.apply")) apply(state);
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (button(tr(Str::Cancel), "import.cancel") || ImGui::IsKeyPressed(ImGuiKey_Escape)) d = {};
  if (d.kind == Kind::None) ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
}

}  // namespace nwk::ui
