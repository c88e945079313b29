// Presenter mode on the beamer (issue 5): the facilitator starts it from the results phase,
// reveals the closed round's result place by place with the arrow keys, finds the open
// round's result hidden until confirmed, switches running order, and leaves with Esc; undo
// does nothing meanwhile. A round with a timer counts down once opened. Screenshot of a
// slide for review (build/screenshots/presenter.png).
import assert from 'node:assert/strict';
import {mkdirSync} from 'node:fs';
import {describe, it} from 'node:test';

import {click, openApp, servedApp, settle, state, widgets} from './lib/browser.mjs';

const SHOTS = new URL('../../build/screenshots/', import.meta.url).pathname;
const app = servedApp();

async function press(page, key, times = 1) {
  for (let i = 0; i < times; ++i) await page.keyboard.press(key, {delay: 40});
  await settle(page);
}

const hasWidget = async (page, pattern) => (await widgets(page)).some((w) => pattern.test(w.id));

describe('presenter mode', () => {
  it('steps through results with the keyboard, revealing from the last place, hidden results need confirmation', async () => {
    const page = await openApp(app.browser, app.server.url, {viewport: {width: 1280, height: 800}});
    await click(page, 'menu');
    await click(page, 'menu.demo');
    await click(page, 'phase.results');
    const [closed, open] = (await state(page)).rounds;
    await click(page, 'present');
    let p = (await state(page)).presenter;
    assert.deepEqual([p.open, p.mode, p.index, p.id, p.revealed], [true, 2, 0, closed.id, 0], 'results, first round, nothing revealed');

    const revision = (await state(page)).revision;
    await press(page, 'ArrowRight', 2);
    assert.equal((await state(page)).presenter.revealed, 2, 'two places revealed, from the last one up');
    await press(page, 'Control+Z');
    assert.equal((await state(page)).revision, revision, 'undo does nothing while presenting');
    await press(page, 'ArrowRight', closed.ranking.length - 2);
    assert.equal((await state(page)).presenter.index, 0, 'still the first round until every place is shown');
    mkdirSync(SHOTS, {recursive: true});
    await page.screenshot({path: `${SHOTS}presenter.png`});

    await press(page, 'ArrowRight');
    p = (await state(page)).presenter;
    assert.deepEqual([p.index, p.id], [1, open.id], 'the open round next');
    assert.ok(await hasWidget(page, new RegExp(`^round\\.${open.id}\\.reveal$`)), 'its result hidden behind a confirmation');
    await press(page, 'ArrowRight');
    assert.equal((await state(page)).presenter.revealed, 0, 'Next reveals nothing of a hidden result');
    await click(page, `round.${open.id}.reveal`);
    await press(page, 'ArrowRight');
    assert.equal((await state(page)).presenter.revealed, 1, 'once confirmed, it reveals place by place');

    await press(page, 'ArrowLeft');
    assert.equal((await state(page)).presenter.index, 0, 'back to the first round');
    await click(page, 'present.mode.1');
    p = (await state(page)).presenter;
    assert.deepEqual([p.mode, p.index, p.kind], [1, 0, 1], 'one proposal at a time');
    await press(page, 'PageDown', 2);
    assert.equal((await state(page)).presenter.index, 2, 'a clicker steps with Page Down');
    await press(page, 'Escape');
    assert.equal((await state(page)).presenter.open, false, 'Esc leaves');
    assert.deepEqual(page.consoleErrors, []);
    await page.context().close();
  });

  it('a round with a timer counts down once opened', async () => {
    const page = await openApp(app.browser, app.server.url, {viewport: {width: 1280, height: 800}});
    await click(page, 'menu');
    await click(page, 'menu.demo');
    await click(page, 'phase.weighting');
    await click(page, 'round.new');
    const round = (await state(page)).rounds.at(-1).id;
    await click(page, 'round.timer');
    await press(page, 'Control+A');
    await press(page, '2');
    await press(page, 'Enter');
    await click(page, `round.${round}.open`);
    assert.ok(await hasWidget(page, new RegExp(`^round\\.${round}\\.timer\\.restart$`)), 'the countdown runs');
    assert.ok(await hasWidget(page, new RegExp(`^round\\.${round}\\.draft$`)), 'nobody voted: back to preparation is offered');
    await page.context().close();
  });
});
