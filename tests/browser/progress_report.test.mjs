// The progress report (Sachstandsbericht, issue 17) in the real browser: the demo a year after
// the conference, written by the native CLI (`progress --since 2026-05-01 --today 2026-07-01`),
// loaded into headless Chromium as its bytes (no server, no file URL): the page makes no request
// at all and logs no error; it has one main landmark and table headers with their scope;
// printed to A4 (page.pdf) the PDF's text holds every measure's owner, its deadline as a German
// reader writes it and its status, the overdue one marked.
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, describe, it} from 'node:test';

import {launch} from './lib/browser.mjs';

const CLI = process.env.NWK_CLI || new URL('../../build/native/bin/netzwerkkarte-cli', import.meta.url).pathname;

function run(name, ...args) {
  try {
    return execFileSync(name, args, {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});
  } catch (e) {
    if (e.code === 'ENOENT') throw new Error(`${name} is missing: install Debian's poppler-utils (scripts/lib.sh does)`);
    throw e;
  }
}

const words = (text) => text.replace(/\s+/g, ' ').trim();

// The demo's measures as demo_followup.cpp makes them.
const MEASURES = [
  {owner: 'Stadt Musterstadt, Jugendamt', deadline: '30.09.2026', status: 'begonnen'},
  {owner: 'Stadt Musterstadt, Kita-Abteilung', deadline: '30.06.2026', status: 'umgesetzt'},
  {owner: 'Landkreis, Jugendhilfeplanung', deadline: '31.03.2026', status: 'geplant, überfällig'},
];

describe('the progress report', () => {
  const seen = {requests: [], errors: []};
  let dir, browser, page;

  before(async () => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: build it first (or set NWK_CLI)`);
    dir = mkdtempSync(join(tmpdir(), 'nwk-progress-'));
    run(CLI, 'demo', '--after', join(dir, 'after.nwk'));
    run(CLI, 'progress', join(dir, 'after.nwk'), '--since', '2026-05-01', '--today', '2026-07-01',
        '-o', join(dir, 'sachstand.html'));
    browser = await launch();
    page = await (await browser.newContext({viewport: {width: 1100, height: 900}})).newPage();
    page.on('request', (r) => seen.requests.push(r.url()));
    page.on('console', (m) => { if (m.type() === 'error') seen.errors.push(m.text()); });
    page.on('pageerror', (e) => seen.errors.push(String(e)));
    await page.setContent(readFileSync(join(dir, 'sachstand.html'), 'utf8'), {waitUntil: 'load'});
    await page.waitForTimeout(300);  // anything the page would still start
  });

  after(async () => {
    await browser?.close();
    if (dir) rmSync(dir, {recursive: true, force: true});
  });

  it('makes no request and logs no error', () => {
    assert.deepEqual(seen.requests, []);
    assert.deepEqual(seen.errors, []);
  });

  it('has one main landmark, German as its language and headers with their scope', async () => {
    assert.equal(await page.getByRole('main').count(), 1);
    assert.equal(await page.getAttribute('html', 'lang'), 'de');
    assert.equal(await page.locator('th:not([scope])').count(), 0);
    assert.ok(await page.locator('th[scope=row]').count() >= 3);
  });

  it('prints to A4 with every owner, deadline and status in the PDF\'s text', async () => {
    const pdf = join(dir, 'sachstand.pdf');
    await page.pdf({path: pdf, format: 'A4', printBackground: true});
    assert.match(run('pdfinfo', pdf), /^Page size:.*\(A4\)$/m);
    const text = words(run('pdftotext', '-enc', 'UTF-8', pdf, '-'));
    assert.ok(text.includes('Sachstandsbericht'), 'the title');
    assert.ok(text.includes('Stand: 01.07.2026'), 'the day it reports on');
    for (const m of MEASURES)
      for (const part of [m.owner, m.deadline, m.status]) assert.ok(text.includes(part), `the PDF holds "${part}"`);
    assert.ok(text.includes('Überfällige Maßnahmen'), 'the overdue section');
  });
});
