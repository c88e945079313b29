// Kiosk voting on a phone-sized page by touch (issue 5): the facilitator opens a dot-voting
// round and hands the device over with a PIN; three participants vote one after another,
// each seeing a neutral thank-you screen; Ctrl+Z does nothing in the kiosk; the PIN ends
// it; the closed round's ranking is the expected one, ties sharing a rank. On a laptop with a
// mouse the kiosk's controls are as large as on a touch screen (anyone operates it).
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';

import {click, openApp, servedApp, settle, state, tap, widgets} from './lib/browser.mjs';

const PHONE = {viewport: {width: 390, height: 844}, deviceScaleFactor: 2, isMobile: true, hasTouch: true};
const app = servedApp();

async function typeDigits(page, digits) {
  for (const d of digits) await page.keyboard.press(d, {delay: 40});
  await settle(page);
}

// The demo, a new dot-voting round opened and handed over with `pin`, by tap or click: its id.
async function startKiosk(page, press, pin) {
  await press(page, 'menu');
  await press(page, 'menu.demo');
  await press(page, 'phase.weighting');
  await press(page, 'round.new');
  const rounds = (await state(page)).rounds;
  const round = rounds[rounds.length - 1].id;
  await press(page, `round.${round}.open`);
  await press(page, `round.${round}.kiosk`);
  await press(page, 'kiosk.newPin');
  await typeDigits(page, pin);
  await press(page, 'kiosk.start.ok');
  return round;
}

describe('kiosk voting', () => {
  it('three participants vote by touch; undo is off; the PIN ends the kiosk; the ranking is right', async () => {
    const page = await openApp(app.browser, app.server.url, PHONE);
    const round = await startKiosk(page, tap, '2468');
    assert.equal((await state(page)).kiosk, round, 'the device is in kiosk mode');

    const plusIds = (await widgets(page)).filter((w) => /^kiosk\.dots\.\d+\.plus$/.test(w.id)).map((w) => w.id);
    assert.ok(plusIds.length >= 2, 'a plus button per proposal');
    const [first, second] = plusIds;
    // Three ballots: 3+2, 3+2, 2+3 points: the first proposal wins, the second is second.
    for (const [a, b] of [[3, 2], [3, 2], [2, 3]]) {
      for (let i = 0; i < a; ++i) await tap(page, first);
      for (let i = 0; i < b; ++i) await tap(page, second);
      await tap(page, 'kiosk.submit');
      const s = await state(page);
      assert.equal(s.kioskThanks, true, 'a neutral thank-you screen');
      assert.ok(!(await widgets(page)).some((w) => /^kiosk\.dots\./.test(w.id)), 'nothing of the ballot is shown');
      await tap(page, 'kiosk.next');
    }
    const before = (await state(page)).rounds.find((r) => r.id === round).ballots;
    assert.equal(before, 3);
    await page.keyboard.press('Control+Z', {delay: 80});
    await settle(page);
    assert.equal((await state(page)).rounds.find((r) => r.id === round).ballots, 3, 'Ctrl+Z does nothing in the kiosk');

    await tap(page, 'kiosk.leave');
    await tap(page, 'kiosk.pin');
    await typeDigits(page, '1111');
    await tap(page, 'kiosk.pin.ok');
    assert.equal((await state(page)).kiosk, round, 'a wrong PIN keeps the kiosk');
    await tap(page, 'kiosk.pin');
    await typeDigits(page, '2468');
    await tap(page, 'kiosk.pin.ok');
    assert.equal((await state(page)).kiosk, 0, 'the right PIN ends it');

    await tap(page, `round.${round}.close`);
    await tap(page, 'round.closeConfirm');
    const result = (await state(page)).rounds.find((r) => r.id === round);
    assert.equal(result.state, 2, 'closed');
    assert.equal(result.ranking[0].score, 8);
    assert.equal(result.ranking[1].score, 7);
    assert.equal(result.ranking[0].rank, 1);
    assert.equal(result.ranking[1].rank, 2);
    assert.equal(result.ranking[2].rank, 3, 'the proposals without points share rank 3');
    assert.equal(result.ranking[result.ranking.length - 1].rank, 3);
    await page.context().close();
  });

  it('on a laptop with a mouse, every kiosk control is touch-sized', async () => {
    const page = await openApp(app.browser, app.server.url, {viewport: {width: 1280, height: 800}});
    const round = await startKiosk(page, click, '1357');
    assert.equal((await state(page)).kiosk, round);
    const controls = (await widgets(page)).filter((w) => w.id.startsWith('kiosk.'));
    assert.ok(controls.some((w) => w.id.endsWith('.plus')) && controls.some((w) => w.id === 'kiosk.submit'),
              controls.map((w) => w.id).join());
    for (const w of controls) assert.ok(w.h >= 43.5 && w.w >= 43.5, `${w.id} is ${w.w}x${w.h} px`);
    await page.context().close();
  });
});
