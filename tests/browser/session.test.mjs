// Sessions in the real browser: typed data survives a reload (IndexedDB autosave), a
// corrupt file is refused with a German message and nothing lost, a downloaded session
// re-opens identically (and opens in the native CLI), merging adds items once as one undo
// step and asks before merging the same file twice, a message waits for the dialog before it, drag and drop opens files (.nwk and .json copies alike), and the stored-session list
// can delete entries.
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, it} from 'node:test';

import {click, openApp, servedApp, settle, state, typeText, waitForFirstFrame, widgets} from './lib/browser.mjs';
import {addProblem, chooseFile, download, menu, waitForState, waitForWidget} from './lib/session_steps.mjs';

const NATIVE_CLI = new URL('../../build/native/bin/netzwerkkarte-cli', import.meta.url).pathname;
const DESKTOP = {viewport: {width: 1400, height: 850}, acceptDownloads: true};
const app = servedApp();
const work = mkdtempSync(join(tmpdir(), 'nwk-session-'));

describe('sessions in the browser', () => {
  it('keeps typed data through a reload: autosaved within 2 s and restored with a notice', async () => {
    const page = await openApp(app.browser, app.server.url, DESKTOP);
    await addProblem(page, 'Grüße: zu wenige Kita-Plätze');
    const typedAt = Date.now();
    await waitForState(page, (s) => s.autosaved && s.problems.length === 1, 'autosave', 2000);
    assert.ok(Date.now() - typedAt <= 2000, `autosave took ${Date.now() - typedAt} ms`);
    await page.reload();
    await waitForFirstFrame(page);
    const s = await waitForState(page, (x) => x.problems.length === 1, 'the restored session');
    assert.deepEqual(s.problems, ['Grüße: zu wenige Kita-Plätze']);
    assert.equal(s.phaseKey, 'problems');
    assert.match(s.notices.join(' '), /Letzte Sitzung wiederhergestellt/);
    await page.context().close();
  });

  it('refuses a corrupt file with a German message and keeps the open session intact', async () => {
    const page = await openApp(app.browser, app.server.url, DESKTOP);
    await addProblem(page, 'Bleibt erhalten');
    const corrupt = join(work, 'kaputt.nwk');
    writeFileSync(corrupt, Buffer.concat([Buffer.from('NWKARTE\x1A\x01\x00\x00\x00\x01', 'latin1'), Buffer.alloc(40, 0xff)]));
    await chooseFile(page, () => page.keyboard.press('Control+O', {delay: 80}), corrupt);
    const s = await waitForState(page, (x) => x.error !== '', 'the error message');
    assert.match(s.error, /„kaputt\.nwk“ konnte nicht geöffnet werden/);
    assert.match(s.error, /beschädigt|unvollständig/);
    assert.deepEqual(s.problems, ['Bleibt erhalten']);
    await click(page, 'error.ok');
    assert.equal((await state(page)).error, '');
    await page.context().close();
  });

  it('downloads the session and re-opens it unchanged; the native CLI reads the same file', async () => {
    const page = await openApp(app.browser, app.server.url, DESKTOP);
    await menu(page, 'menu.demo');
    const demo = await state(page);
    const saved = await download(page, work, () => page.keyboard.press('Control+S', {delay: 80}));
    assert.equal(saved.name, '2026-01-25_Sozialraumkonferenz-Musterstadt.nwk');
    await menu(page, 'menu.new');
    assert.equal((await state(page)).counts.offers, 0);
    await chooseFile(page, () => menu(page, 'menu.open'), saved.path);
    const reopened = await waitForState(page, (x) => x.counts.offers === 49, 'the re-opened demo');
    assert.deepEqual(reopened.counts, demo.counts);
    assert.deepEqual(reopened.proposals, demo.proposals);
    assert.equal(reopened.title, demo.title);
    if (existsSync(NATIVE_CLI)) {
      const info = JSON.parse(execFileSync(NATIVE_CLI, ['info', saved.path]).toString());
      assert.equal(info.counts.offers, 49);
      assert.equal(info.title, 'Sozialraumkonferenz Musterstadt');
    }
    const json = await download(page, work, () => menu(page, 'menu.save.json'));
    assert.match(readFileSync(json.path, 'utf8'), /"netzwerkkarte"/);
    await page.context().close();
  });

  it('merges a second table\'s file: its items arrive once, duplicates are listed, one undo step', async () => {
    const page = await openApp(app.browser, app.server.url, DESKTOP);
    await menu(page, 'menu.new');
    await addProblem(page, 'Tisch 2: Wartezeiten beim Jugendamt');
    await addProblem(page, 'Familien kennen die Angebote nicht');
    const table2 = await download(page, work, () => page.keyboard.press('Control+S', {delay: 80}));
    await menu(page, 'menu.demo');
    await chooseFile(page, () => menu(page, 'menu.merge'), table2.path);
    const merged = await waitForState(page, (x) => x.mergeOpen, 'the merge report');
    assert.equal(merged.counts.problems, 5 + 2);
    assert.equal(merged.problems.filter((p) => p === 'Tisch 2: Wartezeiten beim Jugendamt').length, 1);
    assert.equal(merged.mergeDuplicates, 1, 'the shared problem is listed as a likely duplicate');
    await click(page, 'merge.combine.0');
    assert.equal((await state(page)).counts.problems, 6);
    await click(page, 'merge.done');
    await page.keyboard.press('Control+Z', {delay: 80});
    await settle(page);
    await page.keyboard.press('Control+Z', {delay: 80});
    await settle(page);
    assert.equal((await state(page)).counts.problems, 5, 'two undo steps: the combine, then the whole merge');
    await page.keyboard.press('Control+Y', {delay: 80});
    await settle(page);
    assert.equal((await state(page)).counts.problems, 7);

    // The same file again: asked first, since it would double every entry.
    await chooseFile(page, () => menu(page, 'menu.merge'), table2.path);
    await waitForWidget(page, 'merge.anyway');
    assert.equal((await state(page)).counts.problems, 7, 'nothing merged before the answer');
    await click(page, 'merge.cancel');
    assert.equal((await state(page)).counts.problems, 7);
    assert.ok(!(await widgets(page)).some((w) => w.id === 'merge.anyway'), 'the question is gone');
    await chooseFile(page, () => menu(page, 'menu.merge'), table2.path);
    await click(page, 'merge.anyway');
    const again = await waitForState(page, (x) => x.mergeOpen, 'the second merge report');
    assert.equal(again.counts.problems, 9);

    // A second message while the report is shown waits for it, instead of both vanishing.
    await page.evaluate(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(64).fill(255)], 'kaputt.nwk'));
      window.dispatchEvent(new DragEvent('drop', {dataTransfer: transfer, bubbles: true, cancelable: true}));
    });
    await waitForState(page, (x) => x.error !== '', 'the refusal of the dropped file');
    await waitForWidget(page, 'merge.done');
    await click(page, 'merge.done');
    assert.equal((await state(page)).mergeOpen, false, 'the report took the click: it was shown');
    await waitForWidget(page, 'error.ok');
    await click(page, 'error.ok');
    assert.equal((await state(page)).error, '', 'then the message took the click');
    await page.context().close();
  });

  it('opens a session file dropped onto the page', async () => {
    const page = await openApp(app.browser, app.server.url, DESKTOP);
    const bytes = [...readFileSync(join(new URL('../golden', import.meta.url).pathname, 'session-v1.nwk'))];
    await page.evaluate((data) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], 'musterstadt.nwk'));
      window.dispatchEvent(new DragEvent('drop', {dataTransfer: transfer, bubbles: true, cancelable: true}));
    }, bytes);
    const s = await waitForState(page, (x) => x.counts.offers === 12, 'the dropped session (the v1 golden file)');
    assert.match(s.notices.join(' '), /Geöffnet: musterstadt\.nwk/);
    await page.context().close();
  });

  it('opens a .json session copy by the file picker and by drop, as it opens a .nwk', async () => {
    const page = await openApp(app.browser, app.server.url, DESKTOP);
    await menu(page, 'menu.demo');
    const demo = await state(page);
    const copy = await download(page, work, () => menu(page, 'menu.save.json'));
    assert.match(copy.name, /\.json$/);
    await menu(page, 'menu.new');
    await chooseFile(page, () => menu(page, 'menu.open'), copy.path);
    const picked = await waitForState(page, (x) => x.counts.offers === 49, 'the demo from its JSON copy');
    assert.deepEqual(picked.counts, demo.counts);
    assert.deepEqual(picked.proposals, demo.proposals);
    assert.equal(picked.error, '');
    await menu(page, 'menu.new');
    const golden = [...readFileSync(join(new URL('../golden', import.meta.url).pathname, 'session-v4.json'))];
    await page.evaluate((data) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], 'kopie.json', {type: 'application/json'}));
      window.dispatchEvent(new DragEvent('drop', {dataTransfer: transfer, bubbles: true, cancelable: true}));
    }, golden);
    const dropped = await waitForState(page, (x) => x.counts.offers > 0, 'the dropped JSON copy (the v4 golden file)');
    assert.equal(dropped.error, '');
    assert.match(dropped.notices.join(' '), /Geöffnet: kopie\.json/);
    await page.context().close();
  });

  it('lists the sessions stored in this browser and deletes one', async () => {
    const page = await openApp(app.browser, app.server.url, DESKTOP);
    await addProblem(page, 'Erste Sitzung');
    await waitForState(page, (s) => s.autosaved, 'autosave');
    await menu(page, 'menu.new');
    await addProblem(page, 'Zweite Sitzung');
    await waitForState(page, (s) => s.autosaved, 'autosave');
    await menu(page, 'menu.sessions');
    const listed = await waitForState(page, (s) => s.storedSessions >= 2, 'the stored sessions');
    const deleteButton = (await widgets(page)).find((w) => w.id.startsWith('sessions.delete.'));
    assert.ok(deleteButton, 'a delete button for the session that is not open');
    await click(page, deleteButton.id);
    await waitForState(page, (s) => s.storedSessions === listed.storedSessions - 1, 'one session fewer');
    await page.context().close();
  });
});

describe('workshop details', () => {
  it('edits the age groups (add, rename, reorder, delete) with every step undoable', async () => {
    const page = await openApp(app.browser, app.server.url, DESKTOP);
    await menu(page, 'menu.workshop');
    await click(page, 'agegroup.add');
    let s = await state(page);
    assert.equal(s.counts.ageGroups, 5);
    const added = (await widgets(page)).filter((w) => /^agegroup\.\d+$/.test(w.id)).pop();
    await click(page, added.id);
    await page.keyboard.press('Control+A', {delay: 80});
    await typeText(page, 'Schwangerschaft');
    await page.keyboard.press('Enter', {delay: 80});
    await click(page, `${added.id}.up`);
    await click(page, `${added.id}.up`);
    await click(page, `${added.id}.up`);
    await click(page, `${added.id}.up`);
    const labels = async () => (await widgets(page)).filter((w) => /^agegroup\.\d+$/.test(w.id)).map((w) => w.id);
    assert.equal((await labels())[0], added.id, 'the new age group moved to the top');
    await click(page, 'workshop.close');
    await click(page, 'phase.problems');
    assert.ok((await widgets(page)).some((w) => w.id === `problem.new.${added.id.split('.')[1]}`), 'the board has its column');
    for (let i = 0; i < 6; ++i) {
      await page.keyboard.press('Control+Z', {delay: 80});
      await settle(page);
    }
    s = await state(page);
    assert.equal(s.counts.ageGroups, 4, 'undone: add, rename and four moves');
    assert.equal(s.canUndo, false);
    await page.context().close();
  });
});
