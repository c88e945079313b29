// The participant page for phones (issue 19), against the real netzwerkkarte-server: "/" is
// the participant page (the app is /index.html). The four-character code from the beamer is
// typed into its field; a wrong or closed code is said at the field and corrected there. On
// a phone (390x844, touch) the ballot is tapped on the canvas, the confirmation shows, and a
// reload keeps it and the draft. The accessible view ("Barrierefreie Ansicht") is an HTML
// form: joined and voted with the keyboard alone, every control found by role and name, the
// points left and the reason a ballot cannot be sent in the page's text, and no axe-core
// violation. Screenshots in German and English into build/screenshots/participant/.
import assert from 'node:assert/strict';
import {mkdirSync, readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {describe, it} from 'node:test';

import {tap, settle, waitForFirstFrame, widgets} from './lib/browser.mjs';
import {liveServer} from './lib/live_server.mjs';
import {PROPOSALS, ballotsOf, closeRound, openRound} from './lib/live_rounds.mjs';

const PHONE = {viewport: {width: 390, height: 844}, deviceScaleFactor: 2, isMobile: true, hasTouch: true};
const SHOTS = new URL('../../build/screenshots/participant/', import.meta.url).pathname;
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function openPage(browser, url, options = PHONE) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  page.consoleErrors = [];
  page.on('console', (m) => { if (m.type() === 'error') page.consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => page.consoleErrors.push(String(e)));
  page.apiCalls = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/api/')) page.apiCalls.push(`${r.method()} ${path}`);
  });
  await page.goto(url);
  await waitForFirstFrame(page);
  return page;
}

const viewOf = (page) => page.evaluate(() => window.nwkPage.view);

async function until(page, predicate, what, timeoutMs = 15000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const view = await viewOf(page);
    if (view && predicate(view)) return view;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(view && {...view, t: undefined})}`);
    await page.waitForTimeout(100);
  }
}

// Tab (and only Tab) until the control is focused: it can be reached by keyboard.
async function tabTo(page, locator, maxTabs = 40) {
  for (let i = 0; i < maxTabs; ++i) {
    if (await locator.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${locator} cannot be reached with Tab`);
}

async function audit(page) {
  await page.addScriptTag({content: AXE});
  const violations = await page.evaluate(async () => (await window.axe.run(document.getElementById('page'),
    {resultTypes: ['violations']})).violations.map(({id, help, nodes}) => `${id}: ${help} ${nodes.map((n) => n.target).join(' ')}`));
  assert.deepEqual(violations, []);
}

function noErrors(page) {
  assert.deepEqual(page.consoleErrors.filter((e) => !/Failed to load resource/.test(e)), []);
}

describe('the participant page', () => {
  const server = liveServer();
  mkdirSync(SHOTS, {recursive: true});

  it('takes the code from its field: a wrong or closed one is said there and corrected there', async () => {
    const open = await openRound(server.base, server.facilitator);
    const closed = await openRound(server.base, server.facilitator, {name: 'Vorrunde'});
    await closeRound(server.base, server.facilitator, closed);
    const page = await openPage(server.browser, `${server.base}/`);
    assert.match(await page.title(), /Abstimmen/);
    const field = page.getByRole('textbox', {name: 'Code vom Beamer'});
    const join = page.getByRole('button', {name: 'Teilnehmen'});

    await join.click();
    await assert.doesNotReject(page.getByRole('alert').filter({hasText: 'Bitte den Code vom Beamer eingeben.'}).waitFor());

    const wrong = open === 'ZZZZ' ? 'YYYY' : 'ZZZZ';
    await field.fill(wrong);
    await join.click();
    await until(page, (v) => v.codeProblem !== '', 'the wrong code refused');
    assert.match(await page.locator('#code-problem').textContent(), new RegExp(`gibt es nicht \\(Code ${wrong}\\)`));
    assert.equal(await field.getAttribute('aria-invalid'), 'true');
    assert.ok(await field.evaluate((el) => el === document.activeElement), 'the field has the focus again');
    await page.screenshot({path: `${SHOTS}join-wrong-code-de.png`});

    await field.fill(closed.toLowerCase());
    await join.click();
    await until(page, (v) => /beendet/.test(v.codeProblem), 'the closed round said at the field');
    await page.screenshot({path: `${SHOTS}join-closed-de.png`});

    await field.fill(` ${open.slice(0, 2).toLowerCase()} ${open.slice(2)} `);
    await join.click();
    await until(page, (v) => v.step === 'voting', 'the ballot after the right code');
    assert.equal(await page.locator('#page').isHidden(), true, 'the canvas shows the ballot');
    assert.ok((await widgets(page)).some((w) => w.id === 'kiosk.submit'), 'the ballot is drawn');
    assert.match(page.url(), new RegExp(`join=${open}`), 'a reload keeps the code');
    noErrors(page);
    await page.context().close();
  });

  it('is voted by touch on a phone; the confirmation and the draft survive a reload', async () => {
    const code = await openRound(server.base, server.facilitator, {groups: [{id: 3, name: 'Kita'}, {id: 4, name: 'Schule'}]});
    const page = await openPage(server.browser, `${server.base}/?join=${code}`);
    await until(page, (v) => v.step === 'voting', 'the ballot from the QR link');
    await settle(page);
    await page.screenshot({path: `${SHOTS}ballot-de.png`});
    const plus = (await widgets(page)).filter((w) => /^kiosk\.dots\.\d+\.plus$/.test(w.id)).map((w) => w.id);
    assert.equal(plus.length, PROPOSALS.length, 'a plus button per proposal');
    for (const w of (await widgets(page)).filter((x) => /^kiosk\./.test(x.id)))
      assert.ok(w.h >= 44 && w.w >= 44, `${w.id} is a touch target: ${w.w}x${w.h}`);
    await tap(page, plus[0]);
    await tap(page, plus[0]);
    await tap(page, 'kiosk.group.3');
    await page.reload();
    await waitForFirstFrame(page);
    const draft = await until(page, (v) => v.step === 'voting' && v.ballot.entries.length === 1, 'the draft after a reload');
    assert.deepEqual(draft.ballot.entries, [{proposal: PROPOSALS[0].id, criterion: 0, value: 2}]);
    assert.equal(draft.ballot.group, 3);
    await settle(page);
    await tap(page, (await widgets(page)).filter((w) => /^kiosk\.dots\.\d+\.plus$/.test(w.id))[1].id);
    await tap(page, 'kiosk.submit');
    await until(page, (v) => v.step === 'sent', 'the confirmation');
    await settle(page);
    await page.screenshot({path: `${SHOTS}sent-de.png`});
    const [ballot] = await ballotsOf(server.base, server.facilitator, code);
    assert.deepEqual(ballot.entries.map((e) => [e.proposal, e.value]), [[PROPOSALS[0].id, 2], [PROPOSALS[1].id, 1]]);
    assert.equal(ballot.group, 3);

    await page.reload();
    await waitForFirstFrame(page);
    await until(page, (v) => v.step === 'sent', 'the confirmation after a reload');
    // The page asks to join while the app downloads, and the app takes that answer: the
    // phone is registered once, and reloads ask as the phone it is.
    assert.deepEqual(page.apiCalls.filter((c) => c === 'POST /api/join'), ['POST /api/join'], page.apiCalls.join(', '));
    await settle(page);
    await tap(page, 'participant.language');
    await until(page, (v) => v.lang === 'en', 'English');
    await settle(page);
    await page.screenshot({path: `${SHOTS}sent-en.png`});
    await tap(page, 'participant.change');
    await settle(page);
    await page.screenshot({path: `${SHOTS}ballot-en.png`});
    const texts = await page.evaluate(() => JSON.stringify(window.nwkPage.view));
    assert.ok(!texts.includes('[?]'), 'every text of the page is in its part of the string table');
    noErrors(page);

    const english = page;  // the same phone, the join screen without a code
    await english.goto(`${server.base}/`);
    await waitForFirstFrame(english);
    await until(english, (v) => v.lang === 'en' && v.step === 'entering', 'English kept on this device');
    await english.getByRole('textbox', {name: 'Code from the projector'}).fill('QQQQ');
    await english.getByRole('button', {name: 'Join'}).click();
    await until(english, (v) => v.codeProblem !== '', 'the wrong code refused');
    await english.screenshot({path: `${SHOTS}join-wrong-code-en.png`});
    await english.context().close();
  });

  it('offers an accessible ballot, voted with the keyboard alone, without axe-core violations', async () => {
    const code = await openRound(server.base, server.facilitator);
    const page = await openPage(server.browser, `${server.base}/`, {viewport: {width: 390, height: 844}, bypassCSP: true});
    await until(page, (v) => v.step === 'entering', 'the join screen');
    await audit(page);
    const accessible = page.getByRole('checkbox', {name: 'Barrierefreie Ansicht'});
    await tabTo(page, accessible);
    await page.keyboard.press('Space');
    await until(page, (v) => v.accessible, 'the accessible view chosen');
    const field = page.getByRole('textbox', {name: 'Code vom Beamer'});
    await tabTo(page, field);
    await page.keyboard.type(code);
    await page.keyboard.press('Enter');
    await until(page, (v) => v.step === 'voting', 'the accessible ballot');
    assert.equal(await page.locator('#page').isVisible(), true, 'the HTML form, not the canvas');
    await page.getByRole('heading', {name: 'Welche Lösung zuerst?'}).waitFor();
    await audit(page);

    const first = page.getByRole('spinbutton', {name: PROPOSALS[0].text});
    const second = page.getByRole('spinbutton', {name: PROPOSALS[1].text});
    await tabTo(page, first);
    for (let i = 0; i < 3; ++i) await page.keyboard.press('ArrowUp');
    await until(page, (v) => /noch 2 Punkte/.test(v.pointsLeft), 'the points left');
    assert.match(await page.locator('#points-left').textContent(), /noch 2 Punkte/);
    assert.equal(await page.locator('#points-left').getAttribute('aria-live'), 'polite');
    await tabTo(page, second);
    for (let i = 0; i < 3; ++i) await page.keyboard.press('ArrowUp');
    const over = await until(page, (v) => v.problem !== '', 'the reason it cannot be sent');
    assert.match(await page.locator('#problem').textContent(), /Punkte/);
    const submit = page.getByRole('button', {name: 'Stimme abgeben'});
    assert.equal(await submit.getAttribute('aria-describedby'), 'problem', 'the button reads out the reason');
    await tabTo(page, submit);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(500);
    assert.equal((await viewOf(page)).step, 'voting', `not sent: ${over.problem}`);
    await tabTo(page, second);
    await page.keyboard.press('ArrowDown');
    await until(page, (v) => v.problem === '' && /noch 0 Punkte/.test(v.pointsLeft), 'a valid ballot');
    await page.screenshot({path: `${SHOTS}accessible-ballot-de.png`, fullPage: true});
    await tabTo(page, submit);
    await page.keyboard.press('Enter');
    await until(page, (v) => v.step === 'sent', 'the confirmation');
    const sent = page.getByRole('heading', {name: 'Ihre Stimme ist angekommen.'});
    assert.ok(await sent.evaluate((el) => el === document.activeElement), 'the confirmation has the focus');
    await audit(page);
    const [ballot] = await ballotsOf(server.base, server.facilitator, code);
    assert.deepEqual(ballot.entries.map((e) => [e.proposal, e.value]), [[PROPOSALS[0].id, 3], [PROPOSALS[1].id, 2]]);
    await page.screenshot({path: `${SHOTS}accessible-sent-de.png`});
    await tabTo(page, page.getByRole('button', {name: 'Stimme ändern'}));
    await page.keyboard.press('Enter');
    await page.getByRole('spinbutton', {name: PROPOSALS[0].text}).waitFor();
    noErrors(page);
    await page.context().close();
  });

  it('is where the server\'s "/" leads; the facilitator\'s link and index.html open the app', async () => {
    const root = await (await fetch(`${server.base}/`)).text();
    assert.match(root, /participant_page\.js/);
    assert.match(server.facilitator, /\/index\.html#facilitator=/);
    const app = await (await fetch(`${server.base}/index.html`)).text();
    assert.match(app, /data-app="netzwerkkarte\.[0-9a-f]{12}"/);
    // The app opened with a join code (static hosting, an old link) sends the phone on.
    const code = await openRound(server.base, server.facilitator);
    const context = await server.browser.newContext(PHONE);
    const page = await context.newPage();
    await page.goto(`${server.base}/index.html?join=${code}`);
    await page.waitForURL(/participant\.html\?join=/);
    await waitForFirstFrame(page);
    await until(page, (v) => v.step === 'voting', 'the ballot on the participant page');
    await context.close();
  });
});
