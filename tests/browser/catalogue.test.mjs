// The facilitator adapts the catalogue: in Workshop-Daten a category is added, renamed,
// recoloured and given an icon, two categories are combined (their offers follow), one is
// deleted (its offers go to "Sonstiges") and undo brings it back; who took part is entered.
// A weighting round in preparation gets a preset criterion, one renamed and one removed;
// opened, its criteria are fixed. The saved session file says the same. Mouse on a laptop,
// touch on a tablet. Screenshots of both editors at three sizes in German and English
// (build/screenshots/catalogue-*.png) for review.
import assert from 'node:assert/strict';
import {mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, it} from 'node:test';

import {click, openApp, servedApp, settle, state, tap, typeText, widgets} from './lib/browser.mjs';
import {download, menu, waitForWidget} from './lib/session_steps.mjs';

const app = servedApp();
const LAPTOP = {viewport: {width: 1280, height: 800}};
const TABLET = {viewport: {width: 1024, height: 768}, hasTouch: true};
const PHONE = {viewport: {width: 390, height: 844}, hasTouch: true, isMobile: true};
const SHOTS = new URL('../../build/screenshots/', import.meta.url).pathname;

// The category rows: {id, name, offers} from the tree nodes' labels ("Schule  ·  3 Angebote").
async function categories(page) {
  return (await widgets(page)).filter((w) => /^category\.\d+$/.test(w.id)).map((w) => {
    const [name, count] = w.label.split('  ·  ');
    return {id: w.id, name, offers: parseInt(count, 10)};
  });
}

async function category(page, name) {
  const found = (await categories(page)).find((c) => c.name === name);
  assert.ok(found, `no category '${name}' in ${JSON.stringify(await categories(page))}`);
  return found;
}

// Scrolls the dialog (or panel) under the pointer until the widget is wholly in view; its id.
async function scrollTo(page, id, at = {x: 640, y: 400}) {
  await page.mouse.move(at.x, at.y);
  for (let step = 0; step < 60; ++step) {
    const w = (await widgets(page)).find((item) => item.id === id);
    if (w && w.visible.h >= w.h - 0.5) return id;
    const direction = w && w.visible.y < 100 ? -1 : 1;
    await page.mouse.wheel(0, 250 * direction);
    await settle(page);
  }
  throw new Error(`${id} never came into view`);
}

// Replaces the text of a focused ImGui field.
async function retype(page, text) {
  await page.keyboard.press('Control+a', {delay: 80});
  await page.keyboard.press('Backspace', {delay: 80});
  await typeText(page, text);
  await page.keyboard.press('Enter', {delay: 80});
  await settle(page);
}

// The session as saved to a JSON file, and what its offers' categories are called.
async function savedSession(page) {
  const dir = mkdtempSync(join(tmpdir(), 'nwk-catalogue-'));
  const file = await download(page, dir, () => menu(page, 'menu.save.json'));
  const find = (v) => (v && typeof v === 'object' ? (v.categories ? v : Object.values(v).map(find).find(Boolean)) : null);
  const session = find(JSON.parse(readFileSync(file.path, 'utf8')));
  const nameOf = new Map(session.categories.map((c) => [c.id, c.name]));
  session.offersIn = (name) => session.offers.filter((o) => nameOf.get(o.category) === name).length;
  return session;
}

describe('offer categories', () => {
  it('adds, renames, recolours, combines and deletes categories, the offers following', async () => {
    const page = await openApp(app.browser, app.server.url, LAPTOP);
    await menu(page, 'menu.demo');
    const before = await savedSession(page);
    await menu(page, 'menu.workshop');
    await waitForWidget(page, 'meta.title');

    await click(page, await scrollTo(page, 'meta.people'));
    await retype(page, '94');
    await click(page, 'meta.institutions');
    await retype(page, '38');
    await page.screenshot({path: `${SHOTS}catalogue-participation-1280-de.png`});

    await scrollTo(page, 'category.add');
    await click(page, 'category.add');
    const added = await category(page, 'Neue Kategorie');
    await click(page, await scrollTo(page, `${added.id}.name`));
    await retype(page, 'Frühe Hilfen');
    await click(page, await scrollTo(page, `${added.id}.colour.8`));
    await click(page, await scrollTo(page, `${added.id}.icon.health`));
    assert.equal((await category(page, 'Frühe Hilfen')).offers, 0);

    // Combining: the offers of Jugendarbeit go to Freizeit/Kultur/Sport.
    const youth = await category(page, 'Jugendarbeit');
    const leisure = await category(page, 'Freizeit/Kultur/Sport');
    assert.ok(youth.offers > 0, 'the demo has youth work offers');
    await click(page, await scrollTo(page, youth.id));
    await click(page, await scrollTo(page, `${youth.id}.into.${leisure.id.split('.')[1]}`));
    assert.equal((await category(page, 'Freizeit/Kultur/Sport')).offers, leisure.offers + youth.offers);
    assert.ok(!(await categories(page)).some((c) => c.name === 'Jugendarbeit'));

    // Deleting: the offers of Gesundheit go to Sonstiges.
    const health = await category(page, 'Gesundheit');
    const other = await category(page, 'Sonstiges');
    assert.ok(health.offers > 0, 'the demo has health offers');
    await click(page, await scrollTo(page, health.id));
    await click(page, await scrollTo(page, `${health.id}.delete`));
    assert.equal((await category(page, 'Sonstiges')).offers, other.offers + health.offers);

    // Sonstiges holds offers now: it cannot be deleted, only combined away.
    await click(page, await scrollTo(page, other.id));
    assert.ok(!(await widgets(page)).some((w) => w.id === `${other.id}.delete`));

    await click(page, 'workshop.close');
    const after = await savedSession(page);
    const made = after.categories.find((c) => c.name === 'Frühe Hilfen');
    assert.deepEqual([made.colour, made.icon], [0xFF332288, 'health']);
    assert.deepEqual([after.meta.people, after.meta.institutions], [94, 38], 'who took part is saved');
    assert.equal(after.offers.length, before.offers.length, 'no offer is lost');
    assert.equal(after.offersIn('Freizeit/Kultur/Sport'), before.offersIn('Freizeit/Kultur/Sport') + before.offersIn('Jugendarbeit'));
    assert.equal(after.offersIn('Sonstiges'), before.offersIn('Sonstiges') + before.offersIn('Gesundheit'));

    await click(page, 'undo');  // the deletion: Gesundheit and its offers are back
    const undone = await savedSession(page);
    assert.equal(undone.offersIn('Gesundheit'), before.offersIn('Gesundheit'));
    assert.equal(undone.offersIn('Sonstiges'), before.offersIn('Sonstiges'));
    assert.equal(undone.offersIn('Freizeit/Kultur/Sport'), after.offersIn('Freizeit/Kultur/Sport'), 'one undo step, the combination stays');
    assert.deepEqual(page.consoleErrors, []);
    await page.context().close();
  });
});

// Makes a weighting round in preparation on the demo; returns its id prefix "round.N".
async function weightingDraft(page, press) {
  await menu(page, 'menu.demo');
  await press(page, 'phase.weighting');
  await press(page, 'round.new');
  const round = (await state(page)).rounds.at(-1);
  await press(page, 'round.method.1');
  return `round.${round.id}`;
}

describe('weighting criteria', () => {
  it('takes a preset, renames and removes criteria in preparation; fixed once the round is open (touch)', async () => {
    const page = await openApp(app.browser, app.server.url, TABLET);
    const round = await weightingDraft(page, tap);
    const at = {x: 700, y: 500};
    await tap(page, await scrollTo(page, `${round}.criterion.preset.2`, at));  // Dringlichkeit
    for (const n of [0, 1, 2]) await waitForWidget(page, `${round}.criterion.${n}`);
    await tap(page, await scrollTo(page, `${round}.criterion.0`, at));
    await retype(page, 'Wirkung im Quartier');
    await tap(page, await scrollTo(page, `${round}.criterion.1.remove`, at));  // Umsetzbarkeit
    assert.ok(!(await widgets(page)).some((w) => w.id === `${round}.criterion.2`));

    await tap(page, await scrollTo(page, `${round}.open`, at));
    assert.ok(!(await widgets(page)).some((w) => w.id.startsWith(`${round}.criterion.`)), 'no longer editable');
    await page.screenshot({path: `${SHOTS}catalogue-criteria-fixed-1024-de.png`});
    const saved = await savedSession(page);
    const stored = saved.rounds.find((r) => `round.${r.id}` === round);
    assert.deepEqual(stored.criteria, ['Wirkung im Quartier', 'Dringlichkeit']);
    assert.deepEqual(page.consoleErrors, []);
    await page.context().close();
  });

  it('refuses a second criterion of the same name and keeps the stored one', async () => {
    const page = await openApp(app.browser, app.server.url, LAPTOP);
    const round = await weightingDraft(page, click);
    await click(page, await scrollTo(page, `${round}.criterion.1`));
    await retype(page, 'wirkung');
    const saved = await savedSession(page);
    assert.deepEqual(saved.rounds.find((r) => `round.${r.id}` === round).criteria, ['Wirkung', 'Umsetzbarkeit']);
    await page.context().close();
  });
});

describe('screenshots of the editors', () => {
  for (const [size, options] of [['1280', LAPTOP], ['1024', TABLET], ['390', PHONE]]) {
    it(`at ${size} px, German and English`, async () => {
      const page = await openApp(app.browser, app.server.url, options);
      const press = options.hasTouch ? tap : click;
      const round = await weightingDraft(page, press);
      for (const lang of ['de', 'en']) {
        if (lang === 'en') await press(page, 'language');
        const centre = {x: options.viewport.width / 2, y: options.viewport.height * 0.6};
        await scrollTo(page, `${round}.criterion.preset.0`, centre);
        await page.screenshot({path: `${SHOTS}catalogue-criteria-${size}-${lang}.png`});
        await menu(page, 'menu.workshop');
        await waitForWidget(page, 'workshop.close');  // scrolled as it was left
        const school = (await widgets(page)).find((w) => /^category\.\d+$/.test(w.id) && /Schule|School/.test(w.label));
        if (lang === 'de') await press(page, await scrollTo(page, school.id, centre));  // stays open
        await scrollTo(page, `${school.id}.icon.other`, centre);
        await page.screenshot({path: `${SHOTS}catalogue-categories-${size}-${lang}.png`});
        await press(page, 'workshop.close');
      }
      assert.deepEqual(page.consoleErrors, []);
      await page.context().close();
    });
  }
});
