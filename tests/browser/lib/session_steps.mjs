// Steps the session tests share: waiting for a state, the menu, a note on the board, a
// download kept in a folder, a file given to the file picker.
import {join} from 'node:path';

import {click, settle, state, typeText} from './browser.mjs';

export async function waitForState(page, predicate, what, timeout = 10000) {
  const start = Date.now();
  for (;;) {
    const s = await state(page);
    if (predicate(s)) {
      await settle(page);  // and let the UI draw what the state says
      return s;
    }
    if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(s).slice(0, 600)}`);
    await page.waitForTimeout(50);
  }
}

// Waits until a widget is drawn (and so on screen, a dialog's first frame being hidden).
export async function waitForWidget(page, id, timeout = 10000) {
  await page.waitForFunction((wanted) => JSON.parse(Module.UTF8ToString(Module._nwk_widgets_json())).some((w) => w.id === wanted),
                             id, {timeout, polling: 50});
  await settle(page);
}

export async function menu(page, id) {
  await click(page, 'menu');
  await click(page, id);
}

export async function addProblem(page, text) {
  await click(page, 'phase.problems');
  await click(page, 'problem.new.0');
  await typeText(page, text);
  await page.keyboard.press('Enter', {delay: 80});
  await settle(page);
}

// The file the trigger downloads, saved into dir: {name, path}.
export async function download(page, dir, trigger) {
  const [file] = await Promise.all([page.waitForEvent('download'), trigger()]);
  const path = join(dir, file.suggestedFilename());
  await file.saveAs(path);
  return {name: file.suggestedFilename(), path};
}

export async function chooseFile(page, trigger, path) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), trigger()]);
  await chooser.setFiles(path);
}
