// The participant page's entry point (participant.html on phones, its own small build): the
// join screen and the accessible ballot are the page's HTML (web/participant_page.js, fed by
// participant_page.cpp), the touch ballot is drawn on the canvas (participant.cpp). The
// loop idles like the app's: a frame only after input, an answer or a timer.
#include <SDL.h>
#include <imgui.h>

#include <algorithm>

#include "core/text/i18n.hpp"
#include "platform/platform.hpp"
#include "ui/participant_client.hpp"
#include "ui/participant_page.hpp"
#include "ui/theme.hpp"
#include "ui/widget_registry.hpp"
#include "ui/window.hpp"

extern const unsigned char nwk_font_ui[];
extern const int nwk_font_ui_size;
extern const unsigned char nwk_font_icons[];
extern const int nwk_font_icons_size;

namespace {

constexpr int kSettleFrames = 3;  // after the last input, so hover and click states settle

struct Page {
  nwk::ui::Window window;
  nwk::ui::ParticipantPage page;
  nwk::ui::Theme theme{{{}, {nwk_font_ui, nwk_font_ui_size}, {nwk_font_icons, nwk_font_icons_size}}};
  int framesToDraw = kSettleFrames;
  bool firstFrameDone = false;

  bool frame();
  void drawCanvas();
};

bool Page::frame() {
  bool input = nwk::platform::takeWake();
  SDL_Event event;
  while (SDL_PollEvent(&event)) {
    input = true;
    nwk::ui::processEvent(event);
  }
  nwk::ui::ParticipantState& p = page.participant;
  nwk::ui::syncParticipant(p);
  if (p.round) p.draft.round = p.round->round().id;
  if (p.step == nwk::ui::ParticipantState::Step::Voting) nwk::ui::keepBallotDraft(p);
  if (page.changed) {
    page.changed = false;
    nwk::setLanguage(page.language);
    nwk::ui::savePageChoices(page);
    input = true;
  }
  nwk::ui::publishPage(page);
  if (input) framesToDraw = std::max(framesToDraw, kSettleFrames);
  if (framesToDraw == 0) return false;
  --framesToDraw;
  drawCanvas();
  if (nwk::ui::inputQueued()) framesToDraw = std::max(framesToDraw, 1);
  if (!firstFrameDone) {
    firstFrameDone = true;
    nwk::platform::firstFrameDrawn();
  }
  return true;
}

void Page::drawCanvas() {
  nwk::ui::beginUiFrame(theme, {0.0f, 1.0f, true, false});
  if (nwk::ui::canvasShown(page)) nwk::ui::drawParticipant(page);
  nwk::ui::endUiFrame();
  nwk::ui::renderFrame();
  SDL_GL_SwapWindow(window.sdl);
  nwk::automation::countFrame();
}

}  // namespace

int main() {
  static Page app;  // the main loop outlives main() on the web
  // Keys reach SDL only on the canvas: the page's own fields and Tab stay the browser's.
  SDL_SetHint(SDL_HINT_EMSCRIPTEN_KEYBOARD_ELEMENT, "#canvas");
  if (!nwk::ui::openWindow(app.window, "Netzwerkkarte")) return 1;
  nwk::automation::enableItemHooks();
  nwk::ui::loadPageChoices(app.page);
  nwk::setLanguage(app.page.language);
  nwk::ui::attachPage(&app.page);
  nwk::ui::joinWithCode(app.page.participant, nwk::platform::pageQueryParameter("join"));
  // Asked now, the answer (often already there: participant_page.js asked while the app
  // downloaded) comes before the first frame, which can then draw the ballot.
  nwk::ui::syncParticipant(app.page.participant);
  nwk::platform::runMainLoop([] { return app.frame(); });
  nwk::ui::closeWindow(app.window);
  return 0;
}
