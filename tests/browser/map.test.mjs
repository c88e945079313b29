// The district map of phase 1 in the real browser: the demo town in one click, placing an
// offer by clicking into a district (assigned by point-in-polygon), the per-age-group view
// hiding the other offers, dragging an offer into another district with undo, and a
// screenshot of the map for review (build/screenshots/map.png).
import assert from 'node:assert/strict';
import {mkdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, it} from 'node:test';

import {click, openApp, servedApp, settle, state} from './lib/browser.mjs';

const DESKTOP = {viewport: {width: 1400, height: 850}};
const SHOTS = new URL('../../build/screenshots/', import.meta.url).pathname;
const TEST_DATA = process.env.NWK_TEST_DATA || new URL('../../../shared/data', import.meta.url).pathname;
const app = servedApp();

async function drop(page, name, bytes) {
  await page.evaluate(([fileName, data]) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(data)], fileName));
    window.dispatchEvent(new DragEvent('drop', {dataTransfer: transfer, bubbles: true, cancelable: true}));
  }, [name, [...bytes]]);
  await settle(page);
}

async function openDemo(page) {
  await click(page, 'menu');
  await click(page, 'menu.demo');
  const s = await state(page);
  assert.ok(s.counts.districts >= 10, `the demo town has its districts (${s.counts.districts})`);
  return s;
}

// A district whose label point is on screen and no offer sits there.
function labelOf(s, name) {
  const label = s.districtLabels.find((d) => d.name === name);
  assert.ok(label, `district ${name} has a label point`);
  return label;
}

describe('the district map', () => {
  it('places an offer in the district clicked, and undo takes it away', async () => {
    const page = await openApp(app.browser, app.server.url, DESKTOP);
    const before = await openDemo(page);
    const target = before.districtLabels[before.districtLabels.length - 1];
    await click(page, 'map.place');
    assert.equal((await state(page)).map.tool, 1, 'the place tool is on');
    // Just beside the label point: inside the district, away from offers shown at the label.
    await page.mouse.click(target.x + 3, target.y + 18, {delay: 40});
    await settle(page);
    const after = await state(page);
    assert.equal(after.counts.offers, before.counts.offers + 1);
    const placed = after.offers[after.offers.length - 1];
    assert.equal(placed.district, target.name, 'assigned to the district under the click');
    assert.equal(after.map.selectedOffer, placed.id, 'the new offer is open in the form');
    assert.equal(after.map.tool, 0, 'back to browsing');
    await page.keyboard.press('Escape', {delay: 80});
    await page.mouse.click(5, 5);  // focus away from the form's fields
    await page.keyboard.down('Control');
    await page.keyboard.press('z', {delay: 80});
    await page.keyboard.up('Control');
    await settle(page);
    assert.equal((await state(page)).counts.offers, before.counts.offers, 'undo removes it');
    assert.deepEqual(page.consoleErrors, []);
    await page.context().close();
  });

  it('shows one age group at a time: the others are hidden on the map and in the list', async () => {
    const page = await openApp(app.browser, app.server.url, DESKTOP);
    await openDemo(page);
    await click(page, 'map.age.0-3');
    const s = await state(page);
    const shown = s.offers.filter((o) => o.shown);
    const hidden = s.offers.filter((o) => !o.shown);
    assert.ok(shown.length > 0 && hidden.length > 0, `${shown.length} shown, ${hidden.length} hidden`);
    for (const o of shown) assert.ok(o.ageGroups.length === 0 || o.ageGroups.includes('0-3'), `${o.name} serves 0-3`);
    for (const o of hidden) assert.ok(o.ageGroups.length > 0 && !o.ageGroups.includes('0-3'), `${o.name} does not`);
    await click(page, 'map.age.all');
    assert.ok((await state(page)).offers.every((o) => o.shown || o.district === ''));
    mkdirSync(SHOTS, {recursive: true});
    await page.screenshot({path: `${SHOTS}map.png`});
    await page.context().close();
  });

  it('zooms with the buttons and the wheel, and fits everything again', async () => {
    const page = await openApp(app.browser, app.server.url, DESKTOP);
    await openDemo(page);
    const fitted = (await state(page)).map.metresPerPixel;
    await click(page, 'map.zoomIn');
    const zoomed = (await state(page)).map.metresPerPixel;
    assert.ok(zoomed < fitted * 0.8, `zoomed in: ${fitted} -> ${zoomed} m/px`);
    const s = await state(page);
    const label = s.districtLabels[0];
    await page.mouse.move(label.x, label.y);
    await page.mouse.wheel(0, 400);
    await settle(page);
    assert.ok((await state(page)).map.metresPerPixel > zoomed, 'the wheel zooms out');
    await click(page, 'map.fit');
    const back = (await state(page)).map.metresPerPixel;
    assert.ok(Math.abs(back - fitted) / fitted < 0.01, `fit all: ${back} vs ${fitted}`);
    await page.context().close();
  });

  it('imports real districts from a dropped GeoJSON file after a preview, as one undo step', async () => {
    const page = await openApp(app.browser, app.server.url, DESKTOP);
    await openDemo(page);
    // Read from the shared data folder, never from the repository: a missing file fails.
    await drop(page, 'regensburg_stadtteile.geojson', readFileSync(join(TEST_DATA, 'regensburg_stadtteile.geojson')));
    assert.equal((await state(page)).counts.districts, 12, 'nothing changes before "Übernehmen"');
    await click(page, 'import.apply');
    const s = await state(page);
    assert.equal(s.counts.districts, 18);
    assert.ok(s.districtLabels.some((d) => d.name === 'Innenstadt'), 'names from the "name" property');
    assert.ok(s.notices.some((n) => /18 Stadtteile übernommen/.test(n)), s.notices.join(' | '));
    await page.mouse.click(5, 5);
    await page.keyboard.press('Control+Z', {delay: 80});
    await settle(page);
    assert.equal((await state(page)).counts.districts, 12, 'one undo step brings the demo town back');
    await page.context().close();
  });

  it('refuses a broken GeoJSON file with a German message and keeps the districts', async () => {
    const page = await openApp(app.browser, app.server.url, DESKTOP);
    await openDemo(page);
    const bowTie = {type: 'FeatureCollection', features: [{type: 'Feature', properties: {name: 'Schleife'},
      geometry: {type: 'Polygon', coordinates: [[[9, 50], [9.01, 50.01], [9.01, 50], [9, 50.01], [9, 50]]]}}]};
    await drop(page, 'kaputt.geojson', Buffer.from(JSON.stringify(bowTie)));
    const s = await state(page);
    assert.equal(s.import.open, true, 'the import dialog says what is wrong');
    assert.match(s.import.error, /kreuzt sich selbst/);
    assert.match(s.import.error, /Schleife/, 'the message names the feature');
    await click(page, 'import.apply');  // disabled: nothing happens
    assert.equal((await state(page)).counts.districts, 12);
    await click(page, 'import.cancel');
    assert.equal((await state(page)).counts.districts, 12);
    await page.context().close();
  });
});
