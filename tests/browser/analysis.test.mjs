// The Bestandsanalyse beyond the map (issue 18) in the real app: an offer's reach and access
// set in its form, the reach counted where it serves, the access filter, the prevention
// chain per district (carried and missing transitions), and what works well beside the
// problems. The demo has offers of every reach; Nordstadt's 0-3 → 3-6 is carried by the link
// Krippe Spatzennest → Kita Regenbogen, Eichenhöhe has no carried transition.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';

import {click, openApp, servedApp, settle, state, tap, typeText, widgets} from './lib/browser.mjs';
import {waitForState} from './lib/session_steps.mjs';

const app = servedApp();
const LAPTOP = {viewport: {width: 1280, height: 800}};
const TABLET = {viewport: {width: 1024, height: 768}, hasTouch: true};

async function openDemo(options, press = click) {
  const page = await openApp(app.browser, app.server.url, options);
  await press(page, 'menu');
  await press(page, 'menu.demo');
  await waitForState(page, (s) => s.counts.offers > 0, 'the demo');
  return page;
}

// Scrolls the panel under (x, y) until the widget is wholly in view.
async function scrollTo(page, id, x, y) {
  await page.mouse.move(x, y);
  for (let step = 0; step < 30; ++step) {
    const w = (await widgets(page)).find((item) => item.id === id);
    if (w && w.visible.h >= w.h - 0.5) return;
    await page.mouse.wheel(0, 120);
    await settle(page);
  }
  throw new Error(`${id} never came into view`);
}

const offerNamed = (s, name) => s.offers.find((o) => o.name === name);
const shownNames = (s) => s.offers.filter((o) => o.shown).map((o) => o.name).sort();

describe('the Bestandsanalyse', () => {
  it('sets an offer town-wide in its form, and it then serves every district', async () => {
    const page = await openDemo(LAPTOP);
    let s = await state(page);
    const kita = offerNamed(s, 'Kita Sonnenschein');
    await click(page, `offer.${kita.id}`);
    await scrollTo(page, `offer.${kita.id}.cost.1`, 1100, 500);
    await click(page, `offer.${kita.id}.reach.2`);  // stadtweit
    await click(page, `offer.${kita.id}.cost.1`);   // kostenlos
    s = await state(page);
    assert.equal(offerNamed(s, 'Kita Sonnenschein').reach, 2);
    assert.ok(s.canUndo);
    await page.mouse.wheel(0, -5000);  // back to the panel's switches
    await settle(page);
    await click(page, 'panel.coverage');
    const rows = (await widgets(page)).filter((w) => /^coverage\.\d+\.0-3$/.test(w.id)).sort((a, b) => a.y - b.y);
    assert.equal(s.districtLabels[5].name, 'Westend');
    await click(page, rows[5].id);  // Westend: the Kita lies in the Altstadt
    s = await state(page);
    assert.equal(offerNamed(s, 'Kita Sonnenschein').shown, true, 'a town-wide offer serves the district filtered to');
    const shown = s.offers.filter((o) => o.shown);
    assert.ok(shown.some((o) => o.district === 'Westend'), 'the district\'s own offers');
    assert.ok(shown.every((o) => o.district === 'Westend' || o.reach !== 0), JSON.stringify(shown.map((o) => o.name)));
    assert.equal(offerNamed(s, 'Krippe Spatzennest').shown, false, 'an offer of the Nordstadt does not');
    await page.close();
  });

  it('filters the offers by access: free, low threshold, Bildung und Teilhabe', async () => {
    const page = await openDemo(LAPTOP);
    await click(page, 'map.access');
    await click(page, 'map.access.free');
    assert.deepEqual(shownNames(await state(page)),
                     ['Familienzentrum Nord', 'Frühe Hilfen Lotsendienst', 'Mobile Jugendarbeit Süd']);
    await click(page, 'map.access.free');
    await click(page, 'map.access.educationPackage');
    assert.deepEqual(shownNames(await state(page)), ['Lernhafen Hausaufgabenhilfe', 'Musikschule Musterstadt']);
    await page.close();
  });

  it('shows each district\'s prevention chain, carried and missing transitions, by touch', async () => {
    const page = await openDemo(TABLET, tap);
    await tap(page, 'panel.coverage');
    await tap(page, 'coverage.view.1');
    const chips = (await widgets(page)).filter((w) => /^chain\.\d+\.\d+$/.test(w.id) && w.visible.h > 0);
    assert.ok(chips.length >= 3 && chips.length % 3 === 0, `three transitions per district (${chips.length} shown)`);
    const carried = chips.filter((w) => w.label.startsWith('\uf00c'));
    const missing = chips.filter((w) => w.label.startsWith('\uf127'));
    assert.ok(carried.length > 0 && missing.length > 0, `${carried.length} carried, ${missing.length} missing`);
    assert.equal(carried.length + missing.length, chips.length);
    await page.close();
  });

  it('names what works well beside the problems', async () => {
    const page = await openDemo(LAPTOP);
    await click(page, 'phase.problems');
    await click(page, 'board.strengths');
    assert.equal((await state(page)).counts.strengths, 4);
    await click(page, 'strength.new.0');
    await typeText(page, 'Stadtteilmütter begleiten Familien');
    await page.keyboard.press('Enter', {delay: 60});
    const s = await waitForState(page, (x) => x.counts.strengths === 5, 'the new strength');
    assert.ok(s.strengths.includes('Stadtteilmütter begleiten Familien'));
    assert.equal(s.counts.problems, 5, 'the problems are untouched');
    await page.close();
  });
});
