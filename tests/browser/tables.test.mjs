// The tables, the map and the preview in the export dialog (issue 18), in the real app: the
// demo written by the native CLI as JSON, with an offer that reaches two more districts, costs
// a reduced fee, speaks two languages, is low-threshold, takes the BuT voucher and is project-
// funded until 2027, a strength and a district's note, opened through the file picker. The
// tables download as one Excel workbook (read back as a ZIP of SpreadsheetML: a sheet per
// table, the district code "01" as text, numbers as numbers, the new fields) and as CSV; the
// map as GeoJSON with the new fields under their English keys. The preview shows the chosen
// format: the CSV text as the file has it, the workbook's sheets, the report's text without
// markup. Screenshots of the dialog at three sizes in both languages.
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {inflateRawSync} from 'node:zlib';
import {describe, it} from 'node:test';

import {click, openApp, servedApp, state} from './lib/browser.mjs';
import {chooseFile, menu, waitForState} from './lib/session_steps.mjs';

const CLI = new URL('../../build/native/bin/netzwerkkarte-cli', import.meta.url).pathname;
const SHOTS = new URL('../../build/screenshots/', import.meta.url).pathname;
const SIZES = {desktop: [1280, 800], tablet: [1024, 768], phone: [390, 844]};
const HEADING = '\x01';  // html_text.hpp: a heading line of the preview
const app = servedApp();
const work = mkdtempSync(join(tmpdir(), 'nwk-tables-'));

// The demo with the new fields set, as a session file (JSON).
function sessionFile() {
  const path = join(work, 'neu.json');
  execFileSync(CLI, ['demo', '-o', path]);
  const doc = JSON.parse(readFileSync(path, 'utf8'));
  const s = doc.netzwerkkarte.session;
  Object.assign(s.offers[0], {reach: 1, servedDistricts: [s.districts[1].id, s.districts[2].id], cost: 2,
                              languages: 'Türkisch, Arabisch', lowThreshold: true, educationPackage: true,
                              projectFunding: true, fundedUntil: '2027-12-31'});
  s.strengths ??= [];
  s.strengths.push({...(s.strengths.length ? {} : {cereal_class_version: 1}), id: s.nextId++,
                    ageGroup: s.ageGroups[0].id, text: 'Hebammen kennen die Familien'});
  s.districts[0].note = 'Viele Familien ziehen neu zu';
  writeFileSync(path, JSON.stringify(doc));
  return {path, offer: s.offers[0].name, districts: [s.districts[1].name, s.districts[2].name]};
}

async function download(page, id) {
  const [file] = await Promise.all([page.waitForEvent('download'), click(page, id)]);
  return {name: file.suggestedFilename(), bytes: readFileSync(await file.path())};
}

// The entries of a ZIP by its central directory (stored or deflated).
function unzip(bytes) {
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const entries = new Map();
  for (let at = bytes.readUInt32LE(end + 16), i = 0; i < bytes.readUInt16LE(end + 10); ++i) {
    const method = bytes.readUInt16LE(at + 10), size = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28), local = bytes.readUInt32LE(at + 42);
    const name = bytes.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const data = bytes.subarray(start, start + size);
    entries.set(name, (method === 8 ? inflateRawSync(data) : data).toString('utf8'));
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return entries;
}

// A sheet's rows as arrays of {type, value}, by the cells' references.
function rowsOf(xml) {
  return [...xml.matchAll(/<row r="\d+">(.*?)<\/row>/g)].map(([, row]) => {
    const cells = [];
    for (const [, column, attributes, body] of row.matchAll(/<c r="([A-Z]+)\d+"([^>]*)>(.*?)<\/c>/g)) {
      const index = [...column].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
      const text = /t="inlineStr"/.test(attributes);
      cells[index] = {type: text ? 'text' : 'number', value: text ? body.replace(/<[^>]+>/g, '') : Number(body.replace(/<\/?v>/g, ''))};
    }
    return cells;
  });
}

function column(rows, header) {
  const index = rows[0].findIndex((c) => c?.value === header);
  assert.ok(index >= 0, `a column ${header}`);
  return index;
}

async function openWithTheNewFields(page) {
  const file = sessionFile();
  await chooseFile(page, () => menu(page, 'menu.open'), file.path);
  await waitForState(page, (s) => s.counts.offers > 40, 'the opened session');
  await menu(page, 'menu.export');
  return file;
}

describe('tables, map and preview in the export dialog', () => {
  it('downloads every table as one workbook with typed cells and the new fields', async () => {
    const page = await openApp(app.browser, app.server.url, {viewport: {width: 1280, height: 800}});
    const file = await openWithTheNewFields(page);
    await click(page, 'export.what.1');
    const workbook = await download(page, 'export.download');
    assert.match(workbook.name, /^\d{4}-\d{2}-\d{2}_[^_]+_Tabellen\.xlsx$/);
    const parts = unzip(workbook.bytes);
    const sheets = [...parts.get('xl/workbook.xml').matchAll(/<sheet name="([^"]+)"/g)].map((m) => m[1]);
    assert.deepEqual(sheets, ['Angebote', 'Verbindungen', 'Probleme', 'Stärken', 'Lösungsvorschläge', 'Abdeckung', 'Stadtteile']);

    const offers = rowsOf(parts.get('xl/worksheets/sheet1.xml'));
    const offer = offers.find((r) => r[1]?.value === file.offer);
    assert.equal(offer[0].type, 'number', 'an id is a number');
    assert.equal(offer[column(offers, 'Reichweite')].value, 'in mehreren Stadtteilen');
    assert.equal(offer[column(offers, 'Weitere Stadtteile')].value, file.districts.join(', '));
    assert.equal(offer[column(offers, 'Kosten')].value, 'ermäßigt');
    assert.equal(offer[column(offers, 'Sprachen')].value, 'Türkisch, Arabisch');
    assert.equal(offer[column(offers, 'Niedrigschwellig')].value, 'ja');
    assert.equal(offer[column(offers, 'Bildung und Teilhabe')].value, 'ja');
    assert.equal(offer[column(offers, 'Finanzierung')].value, 'Projektförderung bis 31.12.2027');

    const strengths = rowsOf(parts.get('xl/worksheets/sheet4.xml'));
    assert.equal(strengths[strengths.length - 1][2].value, 'Hebammen kennen die Familien');
    const coverage = rowsOf(parts.get('xl/worksheets/sheet6.xml'));
    assert.deepEqual(coverage[1][1], {type: 'text', value: '01'}, 'the district code keeps its zero');
    const perThousand = coverage[1][column(coverage, '0-3: je 1.000 Kinder')];
    assert.equal(perThousand.type, 'number');
    assert.equal(perThousand.value, Math.round(perThousand.value * 10) / 10, 'one decimal');
    const districts = rowsOf(parts.get('xl/worksheets/sheet7.xml'));
    assert.equal(districts[1][column(districts, 'Notiz')].value, 'Viele Familien ziehen neu zu');

    const preview = (await state(page)).exportPreview;
    assert.match(preview, /^Tabellenblätter und ihre Zeilen/);
    assert.match(preview, /\nStärken: 5\n/);
    assert.match(preview, /\nAngebote, die ersten Zeilen:\nID \| Name \| Träger/);
    assert.deepEqual(page.consoleErrors, []);
    await page.context().close();
  });

  it('downloads a table as CSV and the map as GeoJSON with the new fields; the preview shows each as written', async () => {
    const page = await openApp(app.browser, app.server.url, {viewport: {width: 1280, height: 800}});
    const file = await openWithTheNewFields(page);
    await click(page, 'export.what.1');
    await click(page, 'export.workbook.0');
    await click(page, 'export.table.0');
    const csv = await download(page, 'export.download');
    assert.match(csv.name, /_Angebote\.csv$/);
    const text = csv.bytes.toString('utf8').replace(/^\uFEFF/, '');
    const [header, ...rows] = text.trim().split('\r\n');
    assert.match(header, /;Reichweite;Weitere Stadtteile;Kosten;Sprachen;Niedrigschwellig;Bildung und Teilhabe;Finanzierung$/);
    const row = rows.find((r) => r.includes(file.offer));
    assert.ok(row.endsWith(`;in mehreren Stadtteilen;${file.districts.join(', ')};ermäßigt;Türkisch, Arabisch;ja;ja;Projektförderung bis 31.12.2027`), row);
    const preview = (await state(page)).exportPreview.split('\n');
    assert.equal(preview[0], `${HEADING}${csv.name}`, 'the file named');
    assert.equal(preview[1], `${header}\r`, 'then its text as the file has it (ImGui draws no CR)');

    await click(page, 'export.table.5');
    const strengths = await download(page, 'export.download');
    assert.match(strengths.name, /_Stärken\.csv$/);
    assert.match(strengths.bytes.toString('utf8'), /;Hebammen kennen die Familien\r\n$/);

    await click(page, 'export.what.2');
    const geojson = await download(page, 'export.download');
    const features = JSON.parse(geojson.bytes.toString('utf8')).features;
    const offer = features.find((f) => f.properties.Name === file.offer).properties;
    assert.deepEqual({reach: offer.reach, servedDistricts: offer.servedDistricts, cost: offer.cost, languages: offer.languages,
                      lowThreshold: offer.lowThreshold, educationPackage: offer.educationPackage,
                      projectFunding: offer.projectFunding, fundedUntil: offer.fundedUntil},
                     {reach: 'districts', servedDistricts: file.districts, cost: 'reduced', languages: 'Türkisch, Arabisch',
                      lowThreshold: true, educationPackage: true, projectFunding: true, fundedUntil: '2027-12-31'});
    assert.equal(features[0].properties.note, 'Viele Familien ziehen neu zu');
    assert.match((await state(page)).exportPreview, /^\{"type":"FeatureCollection","features":\[/);

    await click(page, 'export.what.0');
    const report = (await state(page)).exportPreview;
    assert.ok(report.startsWith(`${HEADING}Sozialraumkonferenz Musterstadt\n`), report.slice(0, 80));
    assert.ok(!/<[a-z\/]/.test(report) && !report.includes('&amp;'), 'no markup');
    assert.match(report, /\n\x01Netzwerkkarte\n/);
    assert.deepEqual(page.consoleErrors, []);
    await page.context().close();
  });

  for (const lang of ['de', 'en']) {
    it(`shows the dialog at three sizes in ${lang === 'de' ? 'German' : 'English'} (screenshots)`, async () => {
      mkdirSync(SHOTS, {recursive: true});
      for (const [size, [width, height]] of Object.entries(SIZES)) {
        const page = await openApp(app.browser, app.server.url, {viewport: {width, height}});
        if (lang === 'en') await click(page, 'language');
        await openWithTheNewFields(page);
        await click(page, 'export.what.1');
        await page.screenshot({path: `${SHOTS}tables-${lang}-${size}-workbook.png`});
        await click(page, 'export.what.0');
        await page.screenshot({path: `${SHOTS}tables-${lang}-${size}-report.png`});
        assert.ok((await state(page)).exportPreview.length > 1000);
        assert.deepEqual(page.consoleErrors, []);
        await page.context().close();
      }
    });
  }
});
