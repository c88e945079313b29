// After the conference (phase 6) and the year after: the voted proposals become measures with
// a tap, a measure gets its status and a dated progress note, a follow-up conference is made
// from the session (its offers "to review", the earlier conference its baseline), an offer is
// confirmed and one closed at the table, and "what changed" lists exactly that. The demo's
// follow-up a year later (3 offers opened, 1 closed, 2 indicator values changed) is listed
// exactly so by the app. Mouse on a laptop, touch on a tablet.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';

import {click, openApp, servedApp, settle, state, tap, typeText, widgets} from './lib/browser.mjs';
import {waitForState, waitForWidget} from './lib/session_steps.mjs';

const app = servedApp();
const LAPTOP = {viewport: {width: 1280, height: 800}};
const TABLET = {viewport: {width: 1024, height: 768}, hasTouch: true};

async function ids(page, pattern) {
  return (await widgets(page)).filter((w) => pattern.test(w.id)).sort((a, b) => a.visible.y - b.visible.y)
      .map((w) => w.id);
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

describe('after the conference', () => {
  it('takes over the top three proposals, records progress and prepares the follow-up conference', async () => {
    const page = await openApp(app.browser, app.server.url, LAPTOP);
    await click(page, 'menu');
    await click(page, 'menu.demo');
    await click(page, 'phase.implementation');
    const takeOver = await ids(page, /^takeover\.\d+$/);
    assert.equal(takeOver.length, 5, 'the demo round ranks five proposals');
    for (const id of takeOver.slice(0, 3)) await click(page, id);
    assert.equal((await state(page)).counts.measures, 3);
    const again = (await widgets(page)).find((w) => w.id === takeOver[0]);
    await click(page, takeOver[0]);
    assert.equal((await state(page)).counts.measures, 3, `a proposal is taken over once: ${JSON.stringify(again)}`);

    const measures = await ids(page, /^measure\.\d+$/);
    assert.equal(measures.length, 3);
    await click(page, measures[0]);
    await click(page, `${measures[0]}.status.1`);  // begonnen
    await scrollTo(page, `${measures[0]}.noteDraft`, 1000, 500);
    await click(page, `${measures[0]}.noteDraft`);
    await typeText(page, 'Stelle besetzt');
    await page.keyboard.press('Enter', {delay: 60});
    await waitForWidget(page, `${measures[0]}.note.0.delete`);
    const undoable = (await state(page)).canUndo;
    assert.ok(undoable);

    await click(page, 'menu');
    await click(page, 'menu.followUp');
    await waitForWidget(page, 'followup.date');
    await click(page, 'followup.date');
    await typeText(page, '28.01.2027');
    await click(page, 'followup.start');
    const next = await waitForState(page, (s) => s.date === '2027-01-28', 'the follow-up conference');
    assert.equal(next.phaseKey, 'inventory');
    assert.equal(next.counts.history, 1, 'the earlier conference is its baseline');
    assert.equal(next.counts.measures, 3, 'the measures come along');
    assert.equal(next.counts.toReview, next.counts.offers, 'every offer is to review');
    assert.equal(next.counts.proposals, 0);

    // At the table: one offer confirmed, one closed.
    const [first, second] = next.offers;
    await click(page, `offer.${first.id}`);
    await click(page, `offer.${first.id}.confirm`);
    assert.equal((await state(page)).counts.toReview, next.counts.offers - 1);
    await click(page, 'offer.back');
    await click(page, `offer.${second.id}`);
    await click(page, 'offer.delete');

    await click(page, 'phase.implementation');
    const plan = await ids(page, /^measure\.\d+$/);
    assert.equal(plan.length, 3);
    await click(page, 'measures.tab.changes');
    const {changes} = await state(page);
    assert.deepEqual(changes, {added: [], closed: [second.name], changed: [], indicators: 0});
    assert.deepEqual(page.consoleErrors, []);
    await page.context().close();
  });

  it('lists exactly what changed in the demo\'s follow-up a year later, by touch', async () => {
    const page = await openApp(app.browser, app.server.url, TABLET);
    await tap(page, 'phase.implementation');
    await tap(page, 'measures.tab.changes');
    await tap(page, 'changes.demo');  // offered where a session has no earlier conference yet
    await waitForState(page, (s) => s.counts.history === 1, 'the demo follow-up');
    await tap(page, 'phase.implementation');
    await tap(page, 'measures.tab.changes');
    const {changes} = await state(page);
    assert.deepEqual(changes.added, ['Krippe Sonnenkinder', 'Lernwerkstatt Westend', 'Jugendtreff Am Rand']);
    assert.equal(changes.closed.length, 1);
    assert.deepEqual(changes.changed, []);
    assert.equal(changes.indicators, 2);
    // The measures plan marks what is overdue and filters by status.
    await tap(page, 'measures.tab.plan');
    assert.equal((await ids(page, /^measure\.\d+$/)).length, 3);
    await tap(page, 'measures.status.2');  // umgesetzt
    assert.equal((await ids(page, /^measure\.\d+$/)).length, 1);
    await tap(page, 'measures.status.-1');  // every status
    assert.equal((await ids(page, /^measure\.\d+$/)).length, 3);
    assert.deepEqual(page.consoleErrors, []);
    await page.context().close();
  });
});
