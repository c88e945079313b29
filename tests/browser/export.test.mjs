// The export dialog in the app (issue 6): the demo workshop's report, a CSV table, the map
// picture and "Als Text anzeigen", as a facilitator gets them: downloads named from date and
// title, the open round's hidden result left out until the facilitator confirms, the report
// opened in a new tab, and a PNG of the map at the screen's resolution or a chosen width.
import assert from 'node:assert/strict';
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {describe, it} from 'node:test';

import {click, openApp, servedApp, state} from './lib/browser.mjs';

const app = servedApp();
const SHOTS = new URL('../../build/screenshots/', import.meta.url).pathname;
const DESKTOP = {viewport: {width: 1280, height: 800}, deviceScaleFactor: 1};

async function download(page, id) {
  const [file] = await Promise.all([page.waitForEvent('download'), click(page, id)]);
  return {name: file.suggestedFilename(), bytes: readFileSync(await file.path())};
}

async function openDemoExport(page) {
  mkdirSync(SHOTS, {recursive: true});
  await click(page, 'menu');
  await click(page, 'menu.demo');
  await click(page, 'menu');
  await click(page, 'menu.export');
  await page.screenshot({path: `${SHOTS}export-dialog.png`});
}

describe('export dialog', () => {
  it('downloads the report and a table named from date and title; hidden results only when confirmed', async () => {
    const page = await openApp(app.browser, app.server.url, DESKTOP);
    await openDemoExport(page);
    const [closed, open] = (await state(page)).rounds;
    const winner = closed.ranking[0].text;
    const hiddenWinner = open.ranking[0].text;

    let report = await download(page, 'export.download');
    assert.match(report.name, /^\d{4}-\d{2}-\d{2}_[^_]+_Bericht\.html$/);
    let html = report.bytes.toString('utf8');
    assert.ok(html.includes(winner), 'the closed round ranks its winner');
    assert.ok(!html.includes('Gewichtung der Favoriten'), 'the hidden round is left out');

    await click(page, 'export.includeHidden');
    report = await download(page, 'export.download');
    html = report.bytes.toString('utf8');
    assert.ok(html.includes('Gewichtung der Favoriten') && html.includes(hiddenWinner), 'confirmed: the hidden round is in');
    assert.ok(html.includes('Zwischenergebnis'), 'marked as an interim result');

    await click(page, 'export.what.1');
    await click(page, 'export.workbook.0');  // CSV instead of the workbook
    await click(page, 'export.table.0');
    const table = await download(page, 'export.download');
    assert.match(table.name, /_Angebote\.csv$/);
    assert.deepEqual([...table.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with BOM for Excel');
    const rows = table.bytes.toString('utf8').trim().split('\r\n');
    assert.equal(rows.length, (await state(page)).counts.offers + 1, 'a header and one row per offer');
    assert.ok(rows[0].includes(';'), 'semicolons');
    assert.deepEqual(page.consoleErrors, []);
    await page.context().close();
  });

  it('"Als Text anzeigen" opens the report in a new tab; the map picture is a PNG of the screen', async () => {
    const page = await openApp(app.browser, app.server.url, DESKTOP);
    await openDemoExport(page);
    const [tab] = await Promise.all([page.context().waitForEvent('page'), click(page, 'export.showText')]);
    await tab.waitForLoadState();
    assert.match(await tab.textContent('h1'), /Musterstadt/, 'the report, readable as text');
    await tab.close();

    await click(page, 'export.what.4');
    const picture = await download(page, 'export.download');
    assert.match(picture.name, /_Kartenbild\.png$/);
    assert.deepEqual([...picture.bytes.subarray(1, 4)], [...Buffer.from('PNG')]);
    const width = picture.bytes.readUInt32BE(16), height = picture.bytes.readUInt32BE(20);
    const canvas = (await state(page)).map.canvas;
    assert.equal(width, Math.round(canvas[2]), 'the map area at the screen resolution');
    assert.equal(height, Math.round(canvas[3]));
    assert.equal((await state(page)).phaseKey, 'inventory', 'the picture shows phase 1');
    assert.ok(picture.bytes.length > 20000, `a picture, not a blank area (${picture.bytes.length} B)`);
    mkdirSync(SHOTS, {recursive: true});
    writeFileSync(`${SHOTS}map-picture.png`, picture.bytes);

    await click(page, 'menu');
    await click(page, 'menu.export');
    await click(page, 'export.picture.width');
    const drawn = await download(page, 'export.download');
    assert.equal(drawn.bytes.readUInt32BE(16), 2400, 'drawn anew at the chosen width');
    const ratio = drawn.bytes.readUInt32BE(20) / 2400;
    assert.ok(Math.abs(ratio - canvas[3] / canvas[2]) < 0.05, `the same view's proportions (${ratio})`);
    writeFileSync(`${SHOTS}map-picture-2400.png`, drawn.bytes);
    await page.context().close();
  });
});
