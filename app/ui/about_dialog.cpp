// "Über / Lizenzen": what the app is for, its version, and the full licence texts of every
// included component, fetched on first open from LICENSES.txt beside the app.
#include <imgui.h>

#include <algorithm>

#include "platform/platform.hpp"
#include "ui/panels.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#ifndef NWK_VERSION
#define NWK_VERSION "dev"
#endif

namespace nwk::ui {
namespace {

using Licences = AboutDialogState::Licences;

void requestLicences(AboutDialogState& about) {
  if (about.licences != Licences::NotLoaded) return;
  about.licences = Licences::Loading;
  platform::loadShippedText("LICENSES.txt", [&about](bool ok, std::string text) {
    about.licences = ok ? Licences::Loaded : Licences::Failed;
    about.licenceText = std::move(text);
  });
}

void drawLicenceText(const AboutDialogState& about, float height) {
  ImGui::BeginChild("###licences", ImVec2(0, height), ImGuiChildFlags_Border);
  switch (about.licences) {
    case Licences::Loaded: ImGui::TextUnformatted(about.licenceText.c_str()); break;
    case Licences::Failed: ImGui::TextWrapped("%s", tr(Str::AboutLoadFailed)); break;
    default: ImGui::TextDisabled("%s", tr(Str::AboutLoading)); break;
  }
  ImGui::EndChild();
}

}  // namespace

void drawAboutDialog(AppState& state) {
  AboutDialogState& about = state.about;
  if (about.open) requestLicences(about);  // once: it does nothing after the first call
  if (!beginModal(tr(Str::About), "about", about.open, 760, 640)) {
    about.open = false;
    return;
  }
  pushHeadingFont();
  ImGui::TextUnformatted(tr(Str::AppName));
  popHeadingFont();
  ImGui::TextDisabled(tr(Str::AboutVersion), NWK_VERSION);
  ImGui::TextWrapped("%s", tr(Str::AboutText));
  ImGui::Spacing();
  ImGui::TextUnformatted(tr(Str::AboutComponents));
  ImGui::BulletText("Dear ImGui (MIT), SDL2 (zlib), cereal (BSD-3-Clause)");
  ImGui::BulletText("Inter, Font Awesome 4.7 (SIL Open Font License 1.1)");
  const float closeHeight = std::max(ImGui::GetFrameHeight(), minTarget());
  drawLicenceText(about, ImGui::GetContentRegionAvail().y - closeHeight - ImGui::GetStyle().ItemSpacing.y);
  if (button(tr(Str::Close), "about.close") || ImGui::IsKeyPressed(ImGuiKey_Escape)) {
    about.open = false;
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

}  // namespace nwk::ui
