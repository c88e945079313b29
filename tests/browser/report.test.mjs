// The HTML report (issue 6) in the real browser, as its readers get it: the demo workshop plus
// an offer named <script>alert(1)</script>, exported by the native CLI, opened in headless
// Chromium from a static server. Nothing else is requested, nothing is logged as an error,
// the script's name is text and never runs; printed to A4 (page.pdf) the PDF's text holds the
// winning proposal of the closed demo round. The first three PDF pages are rendered to
// build/screenshots/report-page-1.png to -3.png for review.
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, describe, it} from 'node:test';

import {launch} from './lib/browser.mjs';
import {serve} from './lib/server.mjs';

const CLI = process.env.NWK_CLI || new URL('../../build/native/bin/netzwerkkarte-cli', import.meta.url).pathname;
const SHOTS = new URL('../../build/screenshots/', import.meta.url).pathname;
const SCRIPT = '<script>alert(1)</script>';

function cli(...args) {
  return execFileSync(CLI, args, {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});
}

function tool(name, ...args) {
  try {
    return execFileSync(name, args, {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});
  } catch (e) {
    if (e.code === 'ENOENT') throw new Error(`${name} is missing: install Debian's poppler-utils (scripts/lib.sh does)`);
    throw e;
  }
}

// Chromium itself asks a web server for /favicon.ico when a page names no icon (never for a
// file opened from disk) and logs the 404: the browser's request, not the document's. The
// report names no icon on purpose: it holds no link of any kind (tests/unit/export_test.cpp).
const browsersOwn = (url) => new URL(url, 'http://x').pathname === '/favicon.ico';

const words = (text) => text.replace(/\s+/g, ' ').trim();

// The demo workshop with one more offer, a copy of the second one named like a script.
function awkwardSession(dir) {
  cli('demo', '-o', join(dir, 'demo.json'));
  const doc = JSON.parse(readFileSync(join(dir, 'demo.json'), 'utf8'));
  const s = doc.netzwerkkarte.session;
  const {cereal_class_version: _, ...offer} = s.offers[1];
  s.offers.push({...offer, id: s.nextId, name: SCRIPT});
  s.nextId += 1;
  writeFileSync(join(dir, 'awkward.json'), JSON.stringify(doc));
  cli('convert', join(dir, 'awkward.json'), join(dir, 'awkward.nwk'));  // validates it
  return {file: join(dir, 'awkward.nwk'), session: s};
}

const CLOSED = 2;  // RoundState::Closed in the session's JSON

describe('the HTML report', () => {
  const seen = {requests: [], consoleErrors: [], dialogs: []};
  let dir, server, browser, page, session, hiddenRounds, pdf;

  before(async () => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: build it first (cmake --build build/native --target netzwerkkarte-cli)`);
    dir = mkdtempSync(join(tmpdir(), 'nwk-report-'));
    const made = awkwardSession(dir);
    session = made.file;
    hiddenRounds = made.session.rounds.filter((r) => r.state !== CLOSED && !r.liveResults).map((r) => r.name);
    cli('export', session, '--format', 'html', '-o', join(dir, 'bericht.html'));  // hidden rounds left out
    server = await serve(dir);
    browser = await launch();
    const context = await browser.newContext({viewport: {width: 1100, height: 900}});
    page = await context.newPage();
    page.on('request', (r) => seen.requests.push(r.url()));
    page.on('console', (m) => {
      if (m.type() === 'error' && !browsersOwn(m.location().url)) seen.consoleErrors.push(`${m.text()} [${m.location().url}]`);
    });
    page.on('pageerror', (e) => seen.consoleErrors.push(String(e)));
    page.on('dialog', async (d) => { seen.dialogs.push(`${d.type()}: ${d.message()}`); await d.dismiss(); });
    await page.goto(`${server.url}bericht.html`, {waitUntil: 'load'});
    await page.waitForTimeout(300);  // anything the page would still start
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, {recursive: true, force: true});
  });

  it('opens with no request but its own, no console error and no dialog', () => {
    assert.deepEqual(seen.requests, [`${server.url}bericht.html`]);
    assert.deepEqual(server.requests.filter((p) => !browsersOwn(p)), ['/bericht.html'],
                     'the server saw nothing else either');
    assert.deepEqual(seen.consoleErrors, []);
    assert.deepEqual(seen.dialogs, [], 'no script ran');
  });

  it('shows the offer named like a script as text, and the page has no script element', async () => {
    const text = await page.evaluate(() => document.body.innerText);
    assert.ok(text.includes(SCRIPT), 'the name appears literally in the page text');
    assert.equal(await page.locator('script').count(), 0);
    const names = await page.locator('td').allTextContents();
    assert.ok(names.includes(SCRIPT), 'the name is a cell of the offers table');
    assert.ok(await page.locator('svg circle').count() > 40, 'the map shows the offers');
  });

  it('prints to A4 with the closed round\'s winner in the PDF\'s text', async () => {
    const tally = JSON.parse(cli('tally', session));
    const closed = tally.rounds.filter((r) => r.state === 'closed');
    assert.ok(closed.length >= 1, 'the demo has a closed round');
    const winner = closed[0].proposals.find((p) => p.rank === 1);
    assert.ok(winner, `round ${closed[0].name} has a first place`);

    pdf = join(dir, 'bericht.pdf');
    await page.pdf({path: pdf, format: 'A4', printBackground: true});
    const info = tool('pdfinfo', pdf);
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)[1]);
    assert.match(info, /^Page size:.*\(A4\)$/m);
    assert.ok(pages >= 2 && pages <= 30, `${pages} pages`);
    const text = words(tool('pdftotext', '-enc', 'UTF-8', pdf, '-'));
    assert.ok(text.includes(words(winner.text)), `the PDF names the winner "${winner.text}"`);
    assert.ok(text.includes(closed[0].name), `and its round "${closed[0].name}"`);
    assert.ok(text.includes(SCRIPT), 'the script name is text in the PDF too');
    assert.ok(hiddenRounds.length >= 1, 'the demo has a round with hidden results');
    for (const name of hiddenRounds) assert.ok(!text.includes(name), `the hidden round "${name}" is left out`);
  });

  it('renders the first three PDF pages for review', () => {
    assert.ok(pdf && existsSync(pdf), 'the PDF was printed');
    mkdirSync(SHOTS, {recursive: true});
    for (const n of [1, 2, 3]) {  // one file per page: pdftoppm pads page numbers of long documents
      rmSync(join(SHOTS, `report-page-${n}.png`), {force: true});
      tool('pdftoppm', '-png', '-r', '60', '-f', `${n}`, '-l', `${n}`, '-singlefile', pdf, join(SHOTS, `report-page-${n}`));
    }
    copyFileSync(pdf, join(SHOTS, 'report.pdf'));
    for (const n of [1, 2, 3]) {
      const png = readFileSync(join(SHOTS, `report-page-${n}.png`));
      assert.equal(png.subarray(1, 4).toString(), 'PNG');
      const width = png.readUInt32BE(16);
      assert.ok(Math.abs(width - 496) <= 2, `A4 width at 60 dpi: ${width} px`);  // 210 mm
    }
  });
});
