// The workshop day on a tablet (1024x768, touch): an empty session says what the app is for
// and offers the next steps (a phone too); a new offer is named by typing at once, the
// offer form's age-group chips wrap, places are "unknown" by a toggle, the place tool says what
// it waits for over the map (which does not move) and can be stopped by a tap, undo says what
// it undid, and closing a vote is asked before (kiosk.test.mjs and live.test.mjs confirm it).
// Two tablets that placed the same Kita (real districts, ../shared/data) merge into one offer;
// every icon is in every font size; the coverage matrix keeps five age groups whole; a district
// is renamed; select-all works from a tablet's keyboard.
import assert from 'node:assert/strict';
import {mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, it} from 'node:test';

import {openApp, servedApp, settle, state, tap, typeText, widget, widgets} from './lib/browser.mjs';
import {chooseFile, download, waitForState} from './lib/session_steps.mjs';

const TEST_DATA = process.env.NWK_TEST_DATA || new URL('../../../shared/data', import.meta.url).pathname;

const app = servedApp();
const TABLET = {viewport: {width: 1024, height: 768}, hasTouch: true};

// Ctrl + a letter, as a tablet's keyboard sends it to the focused (hidden) text input.
async function pressCtrl(page, letter) {
  const cdp = await page.context().newCDPSession(page);
  const key = {key: letter, code: `Key${letter.toUpperCase()}`, modifiers: 2,
               windowsVirtualKeyCode: letter.toUpperCase().charCodeAt(0)};
  await cdp.send('Input.dispatchKeyEvent', {type: 'rawKeyDown', ...key});
  await cdp.send('Input.dispatchKeyEvent', {type: 'keyUp', ...key});
  await cdp.detach();
  await settle(page);
}

// Scrolls the dialog under the screen's middle until a widget (by id or pattern) is wholly in
// view; returns it.
async function scrollTo(page, id) {
  await page.mouse.move(512, 384);
  const wanted = (x) => (typeof id === 'string' ? x.id === id : id.test(x.id));
  for (let step = 0; step < 30; ++step) {
    const w = (await widgets(page)).find(wanted);
    if (w && w.visible.h >= w.h - 0.5) return w;
    await page.mouse.wheel(0, 120);
    await settle(page);
  }
  throw new Error(`${id} never came into view`);
}

async function tapMenu(page, id) {
  await tap(page, 'menu');
  await tap(page, id);
}

const PHONE = {viewport: {width: 390, height: 844}, hasTouch: true, isMobile: true};

describe('the workshop day on a tablet', () => {
  it('starts with what the app is for and the next steps, on a tablet and a phone', async () => {
    for (const size of [TABLET, PHONE]) {
      const page = await openApp(app.browser, app.server.url, size);
      const all = await widgets(page);
      for (const id of ['start.demo', 'start.districts', 'start.open']) {
        const w = all.find((x) => x.id === id);
        assert.ok(w, `${id} on the start screen at ${size.viewport.width}px`);
        assert.ok(w.visible.w >= w.w - 0.5 && w.visible.x + w.visible.w <= size.viewport.width && w.visible.h >= 44,
                  `${id} whole, on screen and tappable: ${JSON.stringify(w)}`);
      }
      await tap(page, 'start.demo');
      assert.ok((await state(page)).counts.offers > 0, 'the demo opened');
      assert.ok(!(await widgets(page)).some((x) => x.id.startsWith('start.')), 'the start card is gone');
      await page.context().close();
    }
  });

  it('two tablets place the same Kita; the merge finds it in its district and combines it in one step', async () => {
    const geojson = join(TEST_DATA, 'regensburg_stadtteile.geojson');
    const work = mkdtempSync(join(tmpdir(), 'nwk-day-'));
    const tablets = [];
    for (const dx of [0, 30]) {  // the second table taps 30 px (some 500 m) beside the first
      const page = await openApp(app.browser, app.server.url, {...TABLET, acceptDownloads: true});
      await chooseFile(page, () => tap(page, 'start.districts'), geojson);
      await tap(page, 'import.apply');
      await tap(page, 'map.place');
      const [x, y, w, h] = (await state(page)).map.canvas;
      await page.touchscreen.tap(x + w / 2 + dx, y + h / 2);
      await settle(page);
      await typeText(page, 'Kita Regenbogen');
      await waitForState(page, (t) => t.offers.length === 1 && t.offers[0].name === 'Kita Regenbogen', 'the named Kita');
      tablets.push(page);
    }
    const second = await download(tablets[1], work, () => tapMenu(tablets[1], 'menu.save'));
    const page = tablets[0];
    await chooseFile(page, () => tapMenu(page, 'menu.merge'), second.path);
    const merged = await waitForState(page, (t) => t.mergeOpen, 'the merge report');
    assert.equal(merged.offers.length, 2);
    assert.equal(merged.mergeDuplicates, 1, 'the Kita of both tables is one likely duplicate');
    assert.ok(merged.offers[0].district, 'placed in a district');
    await tap(page, 'merge.combine.0');
    const combined = await state(page);
    assert.deepEqual(combined.offers.map((o) => [o.name, o.district]), [['Kita Regenbogen', merged.offers[0].district]]);
    for (const t of tablets) await t.context().close();
  });

  it('draws every icon in every font size (the phone\'s check mark is in the heading font)', async () => {
    const source = readFileSync(new URL('../../app/ui/icons.hpp', import.meta.url), 'utf8');
    const icons = new Set(source.match(/\\u[fF][0-9a-fA-F]{3}/g)).size;
    assert.ok(icons > 30, `${icons} icons listed`);
    const page = await openApp(app.browser, app.server.url, PHONE);
    const fonts = (await state(page)).iconGlyphs;
    assert.ok(fonts.length >= 2, 'text and heading fonts');
    assert.deepEqual(fonts, fonts.map(() => icons), 'each font has every icon');
    await page.context().close();
  });

  it('places, names and describes an offer by touch alone', async () => {
    const page = await openApp(app.browser, app.server.url, TABLET);
    await tapMenu(page, 'menu.workshop');
    await page.mouse.move(512, 384);
    await page.mouse.wheel(0, 600);  // the dialog's fields scroll on a tablet
    await settle(page);
    await tap(page, 'agegroup.add');  // five age groups: the chips must wrap
    await tap(page, 'workshop.close');
    await tap(page, 'phase.inventory');
    const before = (await state(page)).map.canvas;
    await tap(page, 'map.place');
    const during = await state(page);
    assert.equal(during.map.tool, 1, 'the place tool is on');
    assert.deepEqual(during.map.canvas, before, 'the map does not move when the tool adds its hint');
    await tap(page, 'map.toolCancel');
    assert.equal((await state(page)).map.tool, 0, 'a tap on Abbrechen stops the tool');

    await tap(page, 'map.place');
    const [x, y, w, h] = before;
    await page.touchscreen.tap(x + w / 2, y + h / 2);
    await settle(page);
    await typeText(page, 'Kita Sonnenschein');
    const s = await waitForState(page, (t) => t.counts.offers === 1 && t.offers[0].name === 'Kita Sonnenschein',
                                 'the typed name');
    assert.equal(s.offers[0].name, 'Kita Sonnenschein', 'no default name to delete first');
    await pressCtrl(page, 'a');  // a tablet's keyboard: select all, then type over it
    await typeText(page, 'Kita Regenbogen');
    await waitForState(page, (t) => t.offers[0].name === 'Kita Regenbogen', 'the name typed over the selection');

    const name = await widget(page, `offer.${s.offers[0].id}.name`);
    await page.mouse.move(name.visible.x + 20, name.visible.y + 20);
    await page.mouse.wheel(0, 250);  // the form scrolls to its age groups
    await settle(page);
    const all = await widgets(page);
    const chips = all.filter((c) => c.id.startsWith('offer.age.'));
    assert.equal(chips.length, 5, chips.map((c) => c.id).join());
    for (const c of chips) {
      assert.ok(c.visible.w >= c.w - 0.5 && c.visible.x + c.visible.w <= 1024,
                `chip ${c.label} is whole and on screen: ${JSON.stringify(c)}`);
    }
    assert.ok(chips[4].visible.y > chips[0].visible.y, 'the fifth chip wrapped to the next row');
    await page.mouse.wheel(0, 150);  // on to the places
    await settle(page);
    const unknown = await widget(page, 'offer.capacityUnknown');
    assert.equal(unknown.label, 'unbekannt');
    assert.ok(!(await widgets(page)).some((c) => c.id === 'offer.capacity'), 'no number field while unknown');
    await tap(page, 'offer.capacityUnknown');
    await widget(page, 'offer.capacity');

    await tap(page, 'undo');
    const undone = await state(page);
    assert.ok(undone.notices.some((n) => n.startsWith('Rückgängig: ')), undone.notices.join(' | '));

    // The coverage matrix of the demo with the fifth age group: every cell whole and apart.
    await tapMenu(page, 'menu.demo');
    await tapMenu(page, 'menu.workshop');
    await scrollTo(page, 'agegroup.add');
    await tap(page, 'agegroup.add');
    await tap(page, 'workshop.close');
    await tap(page, 'panel.coverage');
    const cells = (await widgets(page)).filter((c) => /^coverage\.\d+\./.test(c.id));
    const firstRow = cells.filter((c) => c.y === cells[0].y);
    assert.equal(firstRow.length, 5, firstRow.map((c) => c.id).join());
    for (const [i, c] of firstRow.entries()) {
      assert.ok(c.visible.w >= c.w - 0.5 && c.visible.x + c.visible.w <= 1024, `cell ${c.id} whole: ${JSON.stringify(c)}`);
      if (i > 0) assert.ok(c.x >= firstRow[i - 1].x + firstRow[i - 1].w, `${c.id} does not overlap its neighbour`);
    }

    // A district renamed in Workshop-Daten (an imported "altstadt-sued" made readable).
    await tapMenu(page, 'menu.workshop');
    const field = await scrollTo(page, /^district\.\d+$/);  // a name field per district
    await tap(page, field.id);
    await pressCtrl(page, 'a');
    await typeText(page, 'Altstadt-Süd');
    const renamed = await waitForState(page, (t) => t.offers.some((o) => o.district === 'Altstadt-Süd'), 'the new name');
    assert.ok(!renamed.offers.some((o) => o.district === 'Altstadt'), 'no offer keeps the old name');
    await tap(page, 'workshop.close');
    await page.context().close();
  });
});
