// Nothing a facilitator does loses work, in the real browser: a German date typed into
// Workshop-Daten is stored as a date (and a non-date is said at the field, not stored);
// hostile text in every field still saves a file that opens; an edit followed at once by a
// closed tab survives; two tabs of one session never overwrite each other (take over, or
// continue as a copy); a damaged file is named as such and what still reads is offered as a
// marked copy; a file that breaks a rule opens repaired, saying where.
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, it} from 'node:test';

import {click, openApp, servedApp, settle, state, waitForFirstFrame} from './lib/browser.mjs';
import {addProblem, chooseFile, download, menu, waitForState} from './lib/session_steps.mjs';

const NATIVE_CLI = new URL('../../build/native/bin/netzwerkkarte-cli', import.meta.url).pathname;
const GOLDEN = new URL('../golden', import.meta.url).pathname;
const DESKTOP = {viewport: {width: 1280, height: 800}, acceptDownloads: true};
const app = servedApp();
const work = mkdtempSync(join(tmpdir(), 'nwk-trust-'));


// Another page of the same browser profile: a second tab.
async function openTab(context) {
  const page = await context.newPage();
  await page.goto(app.server.url);
  await waitForFirstFrame(page);
  return page;
}

// Replaces the text of a field as a phone keyboard or a paste would: all at once.
async function fillField(page, id, text) {
  await click(page, id);
  await page.keyboard.press('Control+A', {delay: 40});
  // Keys reach the app through SDL's queue at its next frame, the text below at once: let the
  // app read Ctrl's release first, as it has long before any real paste.
  await settle(page);
  if (text === '') await page.keyboard.press('Delete', {delay: 40});
  else await page.evaluate((t) => Module.ccall('nwk_text_input', null, ['string'], [t]), text);
  await settle(page);
}

describe('forms cannot store what a file refuses', () => {
  it('stores a date typed the German way as a date, and says so at the field when it is none', async () => {
    const page = await openApp(app.browser, app.server.url, DESKTOP);
    await menu(page, 'menu.workshop');
    await fillField(page, 'meta.date', '14.03.2027');
    assert.equal((await state(page)).date, '2027-03-14');
    await fillField(page, 'meta.date', '31.02.2027');
    const s = await state(page);
    assert.equal(s.date, '2027-03-14', 'no such day: the stored date stays');
    await page.screenshot({path: join(work, 'date-invalid.png')});
    await click(page, 'workshop.close');
    await waitForState(page, (x) => x.autosaved, 'autosave');
    await page.reload();
    await waitForFirstFrame(page);
    const restored = await waitForState(page, (x) => x.date === '2027-03-14', 'the restored date');
    assert.equal(restored.error, '');
    await page.context().close();
  });

  it('saves a file that opens again after hostile text in every field of the workshop form', async () => {
    const page = await openApp(app.browser, app.server.url, DESKTOP);
    await menu(page, 'menu.workshop');
    const hostile = ['Kita\u0000Sonnenschein', '', 'Grüße 🙂 \u202eأهلا'];
    await fillField(page, 'meta.title', 'x'.repeat(10000));
    for (const id of ['meta.title', 'meta.municipality', 'meta.place', 'meta.facilitator']) {
      for (const text of hostile) await fillField(page, id, text);
    }
    await fillField(page, 'meta.date', '2027-13-45');
    await click(page, 'workshop.close');
    const s = await state(page);
    assert.equal(s.title, 'Grüße 🙂 \u202eأهلا');
    const saved = (await download(page, work, () => page.keyboard.press('Control+S', {delay: 80}))).path;
    if (existsSync(NATIVE_CLI)) {
      const out = execFileSync(NATIVE_CLI, ['validate', saved]).toString();
      assert.match(out, /gültig \(Format 7/);
    }
    await menu(page, 'menu.new');
    await chooseFile(page, () => menu(page, 'menu.open'), saved);
    const reopened = await waitForState(page, (x) => x.title.startsWith('Grüße'), 'the re-opened file');
    assert.equal(reopened.error, '', 'nothing needed repair');
    await page.context().close();
  });
});

describe('nothing is lost when the tab closes', () => {
  it('keeps an edit made 100 ms before the tab was closed', async () => {
    const context = await app.browser.newContext(DESKTOP);
    const page = await openTab(context);
    await addProblem(page, 'Erste Notiz');
    await waitForState(page, (s) => s.autosaved, 'autosave of the first note');
    await addProblem(page, 'Kurz vor dem Schließen');
    await page.waitForTimeout(100);
    await page.close({runBeforeUnload: true});
    const again = await openTab(context);
    const s = await waitForState(again, (x) => x.problems.length === 2, 'both notes after reopening');
    assert.deepEqual(s.problems, ['Erste Notiz', 'Kurz vor dem Schließen']);
    await context.close();
  });
});

describe('two tabs of one session', () => {
  it('lets the second tab take over: the first saves, stops and says why; nothing is overwritten', async () => {
    const context = await app.browser.newContext(DESKTOP);
    const first = await openTab(context);
    await addProblem(first, 'Aus Tab eins');
    await waitForState(first, (s) => s.autosaved && s.tab === 'owned', 'tab one owning and saved');
    const second = await openTab(context);
    await waitForState(second, (s) => s.tab === 'otherTab', 'tab two told that tab one has it');
    await addProblem(first, 'Noch nicht gespeichert');  // typed in tab one while tab two asks
    await click(second, 'tab.takeover');
    const taken = await waitForState(second, (s) => s.tab === 'owned' && s.problems.length === 2, 'the take-over');
    assert.deepEqual(taken.problems, ['Aus Tab eins', 'Noch nicht gespeichert'], 'tab one saved before letting go');
    await waitForState(first, (s) => s.tab === 'lost', 'tab one saying it lost the session');
    await addProblem(second, 'Aus Tab zwei');
    await waitForState(second, (s) => s.autosaved, 'tab two saving');
    await first.close();
    await second.reload();
    await waitForFirstFrame(second);
    const after = await waitForState(second, (s) => s.problems.length === 3, 'everything in the stored session');
    assert.deepEqual(after.problems, ['Aus Tab eins', 'Noch nicht gespeichert', 'Aus Tab zwei']);
    await context.close();
  });

  it('lets the second tab continue with a copy of its own instead', async () => {
    const context = await app.browser.newContext(DESKTOP);
    const first = await openTab(context);
    await addProblem(first, 'Original');
    await waitForState(first, (s) => s.autosaved, 'tab one saved');
    const second = await openTab(context);
    await waitForState(second, (s) => s.tab === 'otherTab', 'tab two asking');
    await click(second, 'tab.copy');
    const copy = await waitForState(second, (s) => s.tab === 'owned' && s.autosaved, 'the copy owned and saved');
    assert.match(copy.title, /\(Kopie\)$/);
    assert.equal((await state(first)).tab, 'owned', 'tab one keeps its session');
    await context.close();
  });
});

describe('damaged and invalid files', () => {
  it('names a damaged file and offers what still reads as a marked copy', async () => {
    const page = await openApp(app.browser, app.server.url, DESKTOP);
    await addProblem(page, 'Bleibt offen');
    const bytes = readFileSync(join(GOLDEN, 'session-v5.nwk'));
    const at = bytes.indexOf(Buffer.from('Musterstadt'));
    bytes[at] ^= 0x01;  // one bit of a name: the archive still parses, the checksum does not
    const damaged = join(work, 'beschaedigt.nwk');
    writeFileSync(damaged, bytes);
    await chooseFile(page, () => menu(page, 'menu.open'), damaged);
    await waitForState(page, (s) => s.damagedOpen, 'the offer for the damaged file');
    assert.deepEqual((await state(page)).problems, ['Bleibt offen'], 'nothing replaced before the choice');
    await click(page, 'damaged.open');
    const s = await waitForState(page, (x) => !x.damagedOpen && x.counts.offers > 0, 'the damaged copy');
    assert.match(s.title, /\(beschädigte Kopie\)$/);
    await page.context().close();
  });

  it('opens a file with a German date in it, repaired, and says what it repaired', async () => {
    const page = await openApp(app.browser, app.server.url, DESKTOP);
    const json = readFileSync(join(GOLDEN, 'session-v5.json'), 'utf8').replace('"date": "2026-01-25"', '"date": "25.01.2026"');
    const path = join(work, 'deutsches-datum.json');
    writeFileSync(path, json);
    await chooseFile(page, () => menu(page, 'menu.open'), path);
    const s = await waitForState(page, (x) => x.error !== '', 'the repair message');
    assert.match(s.error, /ungültige Daten/);
    assert.match(s.error, /date/);
    assert.equal(s.date, '2026-01-25');
    assert.ok(s.counts.offers > 0, 'the session is open');
    await click(page, 'error.ok');
    await page.context().close();
  });
});
