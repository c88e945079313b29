// The whole workshop day, screen by screen, at three sizes (laptop 1280x800 by mouse, tablet
// 1024x768 and phone 390x844 by touch) in German and in English (switched with the top bar's
// language button): the start screen, the menu, the demo workshop's five phases (each also
// scrolled to its end when it is longer than the window), the coverage matrix, the workshop
// data dialog, presenter mode, the merge report and kiosk voting. Every screen is saved to
// build/screenshots/walk/<lang>-<size>-<n>-<screen>.png for review, and checked for what a
// user would notice: a control running past the right edge of the window or cut by its
// panel, two controls on top of each other, a control too small to tap on a touch screen, a
// text of the other language (from the app's string table, app/core/text), a count with the
// wrong plural, a phase button that did not change the screen. Findings are collected per
// size and language so that every screenshot is still taken, and reported together.
// The merge needs the native CLI (build/native/bin) to write the second table's file.
// NWK_WALK=tablet:de (or just NWK_WALK=phone) walks one size, or one size in one language.
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, describe, it} from 'node:test';

import {click, openApp, servedApp, settle, state, tap, widgets} from './lib/browser.mjs';
import {chooseFile, waitForState, waitForWidget} from './lib/session_steps.mjs';

const SHOTS = new URL('../../build/screenshots/walk/', import.meta.url).pathname;
const CLI = process.env.NWK_CLI || new URL('../../build/native/bin/netzwerkkarte-cli', import.meta.url).pathname;
const TEXTS = new URL('../../app/core/text/', import.meta.url).pathname;

const SIZES = {
  laptop: {viewport: {width: 1280, height: 800}},
  tablet: {viewport: {width: 1024, height: 768}, hasTouch: true},
  phone: {viewport: {width: 390, height: 844}, hasTouch: true, isMobile: true},
};
const PHASES = ['inventory', 'problems', 'solutions', 'weighting', 'results', 'implementation'];
const MIN_TARGET = 44;  // CSS px, the app's own minimum on touch screens (shell.test.mjs)
// ImGui's selectable rows (lists, menus, combo entries) reach half an item spacing past their
// panel's edge by design, invisibly; any other control cut by its panel shows a cut edge.
const SPILL = 6;
const ROW = /^(offer\.\d+$|menu\.|sessions\.|map\.(linkType|colouring|choropleth|importMenu|import)\.|coverage\.population)/;

const app = servedApp();

// ---- the string table: which texts belong to which language ----------------------------

function literals(group) {
  return [...group.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => JSON.parse(`"${m[1]}"`)).join('');
}

const PRINTF = /%(?:%|[-+ #0]*\d*(?:\.\d+)?(?:hh|h|ll|l|z|j|t)?[sdiufgxXc])/g;

// A printf format as a regex for a whole label; null when too little of it is fixed text.
function formatRegex(format) {
  if ((format.replace(PRINTF, '').match(/\p{L}/gu) || []).length < 4) return null;
  const parts = format.split(PRINTF).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('.+?')}$`, 'u');
}

function stringTable() {
  const files = readdirSync(TEXTS).filter((f) => f.endsWith('.inc') || f === 'i18n.hpp');
  const lit = '(?:\\s*"(?:[^"\\\\]|\\\\.)*")+';
  const row = new RegExp(`\\bX\\(\\s*(\\w+)\\s*,(${lit})\\s*,(${lit})\\s*\\)`, 'g');
  const noun = new RegExp(`\\bX\\(\\s*(\\w+)\\s*,(${lit})\\s*,(${lit})\\s*,(${lit})\\s*,(${lit})\\s*\\)`, 'g');
  const rows = [];
  const nouns = [];
  for (const f of files) {
    const text = readFileSync(join(TEXTS, f), 'utf8').replace(/\\\n/g, '\n');
    for (const m of text.matchAll(row)) {
      const de = literals(m[2]);
      const en = literals(m[3]);
      if (de !== en) rows.push({id: m[1], de: formatRegex(de), en: formatRegex(en), text: {de, en}});
    }
    for (const m of text.matchAll(noun)) {
      nouns.push({id: m[1], de: [literals(m[2]), literals(m[3])], en: [literals(m[4]), literals(m[5])]});
    }
  }
  assert.ok(rows.length > 300 && nouns.length > 10, `string table read: ${rows.length} rows, ${nouns.length} nouns`);
  return {rows, nouns};
}

// Labels that show the workshop's own data (names, texts typed in), in whatever language
// it was written: not the app's words.
const DATA_ID = /^(title|offer\.|problem\.\d+$|proposal\.\d+$|map\.category\.|map\.age\.(?!all$)|result\.age\.(?!all$)|coverage\.\d|agegroup\.|group\.|meta\.|kiosk\.(dots|score|rank|group)\.|merge\.dup|sessions\.|round\.\d+\.name)/;

// Language names, which the language menu shows in their own language on purpose.
const ENDONYM_ID = /^menu\.lang\./;

// Key names written into labels outside the string table.
const KEY_NAMES = {de: /(?<![\p{L}])Strg\+/u, en: /(?<![\p{L}])Ctrl\+/u};

const plainLabel = (label) => label.replace(/[\u{E000}-\u{F8FF}]/gu, '').replace(/\s+/g, ' ').trim();
const word = (w) => new RegExp(`(?<![\\p{L}])${w}(?![\\p{L}])`, 'u');

function languageSlips(all, lang, table) {
  const other = lang === 'de' ? 'en' : 'de';
  const slips = [];
  for (const w of all) {
    if (DATA_ID.test(w.id) || ENDONYM_ID.test(w.id)) continue;
    const label = plainLabel(w.label);
    if (!label) continue;
    const hit = table.rows.find((r) => r[other]?.test(label) && !table.rows.some((o) => o[lang]?.test(label)));
    if (hit) slips.push(`${w.id} says "${label}" (${other.toUpperCase()} text ${hit.id}) in ${lang.toUpperCase()} mode`);
    if (KEY_NAMES[other].test(label)) slips.push(`${w.id} says "${label}": a ${other.toUpperCase()} key name in ${lang.toUpperCase()} mode`);
    for (const n of table.nouns) {
      for (const form of n[other]) {
        if (n[lang].includes(form)) continue;
        if (new RegExp(`\\d\\s+${word(form).source}`, 'u').test(label)) {
          slips.push(`${w.id} says "${label}": "${form}" is ${other.toUpperCase()} in ${lang.toUpperCase()} mode`);
        }
      }
      const [one, many] = n[lang];
      if (one === many) continue;
      for (const m of label.matchAll(new RegExp(`(?<![\\d.,])(\\d+)\\s+(${one}|${many})(?![\\p{L}])`, 'gu'))) {
        if ((m[1] === '1') !== (m[2] === one)) slips.push(`${w.id} says "${label}": "${m[0]}" has the wrong plural`);
      }
    }
  }
  return slips;
}

// ---- what a user would notice, from the widget rectangles --------------------------------

function layoutFindings(all, viewport, touch, {overlaps}) {
  const found = [];
  const onScreen = all.filter((w) => w.visible.h > 0.5 && w.w > 0);
  for (const w of onScreen) {
    const name = `${w.id}${w.label && w.label !== w.id ? ` "${plainLabel(w.label)}"` : ''}`;
    if (w.x + w.w > viewport.width + 0.5) {
      found.push(`${name} runs past the right edge: ${Math.round(w.x)}+${Math.round(w.w)} > ${viewport.width}`);
    } else if (w.visible.w < w.w - (ROW.test(w.id) ? SPILL : 0.5)) {
      found.push(`${name} is cut by its panel: ${Math.round(w.visible.w)} of ${Math.round(w.w)} px shown`);
    }
    if (w.x < -0.5) found.push(`${name} starts left of the window at x=${Math.round(w.x)}`);
    const whole = w.visible.h >= w.h - 0.5 && w.visible.w >= w.w - (ROW.test(w.id) ? SPILL : 0.5);
    if (touch && whole && (w.w < MIN_TARGET - 0.5 || w.h < MIN_TARGET - 0.5)) {
      found.push(`${name} is ${Math.round(w.w)}x${Math.round(w.h)} px, too small to tap (${MIN_TARGET})`);
    }
  }
  if (overlaps) {
    const inside = (a, b) => a.x >= b.x - 0.5 && a.y >= b.y - 0.5 && a.x + a.w <= b.x + b.w + 0.5 && a.y + a.h <= b.y + b.h + 0.5;
    for (let i = 0; i < onScreen.length; ++i) {
      for (let j = i + 1; j < onScreen.length; ++j) {
        const a = onScreen[i].visible;
        const b = onScreen[j].visible;
        const dx = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
        const dy = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
        if (dx > 2 && dy > 2 && !inside(a, b) && !inside(b, a)) {
          found.push(`${onScreen[i].id} and ${onScreen[j].id} overlap by ${Math.round(dx)}x${Math.round(dy)} px`);
        }
      }
    }
  }
  return found;
}

// ---- one walk: a fresh app at one size in one language -----------------------------------

const hasWidget = async (page, pattern) => (await widgets(page)).some((w) => pattern.test(w.id));
const findWidget = async (page, pattern) => (await widgets(page)).find((w) => pattern.test(w.id));

async function walk(size, lang, table, table2) {
  const options = SIZES[size];
  const touch = Boolean(options.hasTouch);
  const press = touch ? tap : click;
  const page = await openApp(app.browser, app.server.url, options);
  const viewport = page.viewportSize();
  const findings = new Map();  // what was found -> the first screen it was seen on
  const shots = [];
  for (const old of readdirSync(SHOTS).filter((f) => f.startsWith(`${lang}-${size}-`))) rmSync(join(SHOTS, old));

  // Saves the screen as <lang>-<size>-<name>.png and checks it; resolves to the screenshot.
  async function look(name, {overlaps = true} = {}) {
    await settle(page);
    const png = await page.screenshot();
    const file = `${lang}-${size}-${name}.png`;
    writeFileSync(join(SHOTS, file), png);
    shots.push(file);
    const all = await widgets(page);
    for (const f of [...layoutFindings(all, viewport, touch, {overlaps}), ...languageSlips(all, lang, table)]) {
      if (!findings.has(f)) findings.set(f, name);
    }
    return png;
  }

  // Scrolls the screen's main area (under the widget `over`) to its end and shows it, if it
  // scrolled; then scrolls back. The pointer is parked in the window's corner meanwhile, so
  // no tooltip covers the view. A widget reported below the window must come into view.
  async function lookFurther(name, over) {
    const all = await widgets(page);
    const anchor = all.find((w) => w.id === over);
    assert.ok(anchor, `${name}: no '${over}' to scroll the screen by`);
    const below = all.filter((w) => w.y + w.h > viewport.height + 1);
    const lowest = below.length ? below.reduce((a, b) => (b.y + b.h > a.y + a.h ? b : a)) : null;
    const centre = [anchor.visible.x + anchor.visible.w / 2, anchor.visible.y + anchor.visible.h / 2];
    const wheel = async (dy) => {
      await page.mouse.move(...centre);
      for (let i = 0; i < 6; ++i) await page.mouse.wheel(0, dy);
      await page.mouse.move(1, viewport.height - 1);
      await settle(page);
    };
    // Down in steps until the lowest widget below the window has been in view (a long screen
    // scrolls it past the top again when scrolled to its end at once).
    let seen = false;
    for (let step = 0; step < 8 && !seen; ++step) {
      await wheel(100);
      const again = lowest && (await widgets(page)).find((w) => w.id === lowest.id);
      seen = !lowest || (again && again.visible.h >= 1);
    }
    await wheel(800);
    const after = await widgets(page);
    const moved = after.find((w) => w.id === over);
    const scrolled = !moved || Math.abs(moved.y - anchor.y) > 0.5;
    if (scrolled) await look(`${name}-more`);
    const stuck = `'${lowest?.id}' below the window cannot be scrolled into view`;
    if (lowest && (!scrolled || !seen) && !findings.has(stuck)) findings.set(stuck, name);
    await wheel(-1600);
  }

  // Scrolls the panel under the visible widgets matching `within` until widget `id` is whole.
  async function reach(id, within) {
    for (let i = 0; i < 20; ++i) {
      const all = await widgets(page);
      const w = all.find((x) => x.id === id);
      if (w && w.visible.h >= w.h - 0.5) return w;
      const shown = all.filter((x) => within.test(x.id) && x.visible.h > 0);
      if (!w || shown.length === 0) break;
      const anchor = w.y < shown[0].visible.y ? shown[0] : shown[shown.length - 1];
      await page.mouse.move(anchor.visible.x + anchor.visible.w / 2, anchor.visible.y + anchor.visible.h / 2);
      await page.mouse.wheel(0, w.y < anchor.visible.y ? -150 : 150);
      await settle(page);
    }
    throw new Error(`cannot scroll '${id}' into view`);
  }

  // The start screen: a fresh app, an empty session, in the language of this walk.
  let s = await state(page);
  assert.equal(s.language, 'de', 'German by default');
  assert.equal((await findWidget(page, /^language$/)).label, 'EN', 'the switch offers English');
  if (lang === 'en') {
    await press(page, 'language');
    s = await state(page);
    assert.equal(s.language, 'en', 'the language button switches to English');
    assert.equal((await findWidget(page, /^language$/)).label, 'DE', 'and then offers German');
  }
  assert.deepEqual([s.counts.offers, s.counts.problems, s.counts.proposals], [0, 0, 0], 'a fresh app starts empty');
  assert.equal(s.phaseKey, 'inventory');
  await look('0-start');

  await press(page, 'menu');
  await waitForWidget(page, 'menu.demo');
  await look('0-menu', {overlaps: false});
  await press(page, 'menu.demo');
  s = await waitForState(page, (x) => x.counts.offers > 0, 'the demo workshop');
  assert.ok(s.counts.districts >= 10 && s.counts.problems > 0 && s.rounds.length >= 2, JSON.stringify(s.counts));

  let previous = null;
  for (const [index, key] of PHASES.entries()) {
    await press(page, `phase.${key}`);
    s = await state(page);
    assert.equal(s.phaseKey, key, `the ${key} button opened its phase`);
    const name = `${index + 1}-${key}`;
    const png = await look(name);
    if (previous) assert.ok(!png.equals(previous), `${name}: the screen did not change with the phase`);
    previous = png;

    if (key === 'inventory') {
      const [, y, w, h] = s.map.canvas;
      console.log(`# ${lang}-${size}: map ${Math.round(w)}x${Math.round(h)} px in ${viewport.width}x${viewport.height}`);
      if (h < viewport.height / 3) findings.set(`the map is ${Math.round(h)} px high, under a third of the window`, name);
      if (y + h > viewport.height + 0.5) findings.set(`the map reaches below the window (${Math.round(y + h)} px)`, name);
      assert.ok(s.map.markersDrawn > 0, 'the demo offers are drawn on the map');
      await lookFurther(name, 'map.place');

      await press(page, 'panel.coverage');
      assert.ok(await hasWidget(page, /^coverage\.\d+\./), 'the coverage matrix shows a cell per district and age group');
      await look('1-coverage');
      await press(page, 'coverage.view.1');
      assert.ok(await hasWidget(page, /^chain\.\d+\.\d+$/), 'the chain view shows each district\'s transitions');
      await look('1-chain');
      await press(page, 'coverage.view.2');
      await look('1-categories');
      await press(page, 'coverage.view.0');
      await press(page, touch && (await hasWidget(page, /^panel\.map$/)) ? 'panel.map' : 'panel.offers');

      await press(page, 'menu');
      await press(page, 'menu.workshop');
      await waitForWidget(page, 'workshop.close');
      assert.ok(await hasWidget(page, /^meta\.title$/), 'the workshop dialog shows its fields');
      await look('1-workshop', {overlaps: false});
      await press(page, 'workshop.close');
      assert.ok(!(await hasWidget(page, /^workshop\.close$/)), 'the workshop dialog closed');
    } else {
      await lookFurther(name, 'present');
    }
    if (key === 'problems') {
      await press(page, 'board.strengths');
      assert.ok(await hasWidget(page, /^strength\.\d+$/), 'the strengths board shows the demo\'s strengths');
      await look('2-strengths');
      await press(page, 'board.problems');
    }
  }

  // Presenter mode, from the results phase.
  await press(page, 'present');
  assert.equal((await state(page)).presenter.open, true, 'presenter mode opened');
  await look('5-presenter');
  await press(page, 'present.leave');
  assert.equal((await state(page)).presenter.open, false, 'presenter mode closed');

  // Kiosk voting on the demo's open round: the PIN dialog, the ballot, the thank-you screen.
  await press(page, 'phase.weighting');
  const kioskButton = await findWidget(page, /^round\.\d+\.kiosk$/);
  assert.ok(kioskButton, 'the open round offers kiosk voting');
  const round = Number(kioskButton.id.split('.')[1]);
  await press(page, kioskButton.id);
  await waitForWidget(page, 'kiosk.newPin');
  await look('7-kiosk-pin', {overlaps: false});
  await press(page, 'kiosk.newPin');
  for (const d of '2468') await page.keyboard.press(d, {delay: 40});
  await press(page, 'kiosk.start.ok');
  assert.equal((await state(page)).kiosk, round, 'the device is in kiosk mode');
  await look('7-kiosk');
  // A score for every criterion of every proposal (a weighting round), else a dot or a rank.
  // The ballot is taller than a phone: vote what is in view, scroll on, until nothing new.
  const choice = /^kiosk\.(score\.\d+\.\d+\.4|dots\.\d+\.plus|rank\.\d+)$/;
  const pressed = new Set();
  for (let quiet = 0; quiet < 2;) {
    const shown = (await widgets(page)).filter((w) => choice.test(w.id) && w.visible.h > 0);
    const fresh = shown.filter((w) => !pressed.has(w.id));
    for (const w of fresh) {
      await press(page, (await reach(w.id, /^kiosk\.(score|dots|rank)\./)).id);
      pressed.add(w.id);
    }
    quiet = fresh.length ? 0 : quiet + 1;
    const last = shown[shown.length - 1];
    if (!last) break;
    await page.mouse.move(last.visible.x + last.visible.w / 2, last.visible.y + last.visible.h / 2);
    await page.mouse.wheel(0, 300);
    await settle(page);
  }
  assert.ok(pressed.size > 0, 'the ballot has something to vote with');
  await look('7-kiosk-vote');
  await press(page, 'kiosk.submit');
  assert.equal((await state(page)).kioskThanks, true, 'the vote was taken: the thank-you screen');
  await look('7-kiosk-thanks');
  await press(page, 'kiosk.next');
  await press(page, 'kiosk.leave');
  await press(page, 'kiosk.pin');
  for (const d of '2468') await page.keyboard.press(d, {delay: 40});
  await press(page, 'kiosk.pin.ok');
  assert.equal((await state(page)).kiosk, 0, 'the PIN ended the kiosk');

  // The merge report: a second table's file with two of the demo's problems and a new one.
  const problems = (await state(page)).counts.problems;
  await chooseFile(page, async () => { await press(page, 'menu'); await press(page, 'menu.merge'); }, table2);
  s = await waitForState(page, (x) => x.mergeOpen, 'the merge report');
  await waitForWidget(page, 'merge.done');
  assert.equal(s.counts.problems, problems + 3, 'the three problems arrived');
  assert.equal(s.mergeDuplicates, 2, 'the two shared problems are listed as likely duplicates');
  await look('6-merge', {overlaps: false});
  await press(page, 'merge.done');
  assert.equal((await state(page)).mergeOpen, false, 'the merge report closed');

  assert.deepEqual(page.consoleErrors, [], 'no console error on the way');
  await page.context().close();
  return {shots, findings: [...findings].map(([f, screen]) => `${screen}: ${f}`)};
}

describe('the workshop day at three sizes in two languages', {concurrency: 2}, () => {
  let table;
  let work;
  let table2;

  before(() => {
    table = stringTable();
    mkdirSync(SHOTS, {recursive: true});
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: build it first (cmake --build build/native --target netzwerkkarte-cli)`);
    work = mkdtempSync(join(tmpdir(), 'nwk-walk-'));
    execFileSync(CLI, ['demo', '-o', join(work, 'demo.json')]);
    const doc = JSON.parse(readFileSync(join(work, 'demo.json'), 'utf8'));
    const s = doc.netzwerkkarte.session;
    s.uid += 1;  // another table's session, not the same file again
    for (const k of ['offers', 'links', 'rounds', 'ballots', 'districts', 'proposals']) s[k] = [];
    s.problems = [...s.problems.slice(0, 2), {id: s.nextId, ageGroup: s.problems[0].ageGroup, text: 'Tisch 2: Wartezeiten beim Jugendamt'}];
    s.nextId += 1;
    writeFileSync(join(work, 'table2.json'), JSON.stringify(doc));
    table2 = join(work, 'table2.nwk');
    execFileSync(CLI, ['convert', join(work, 'table2.json'), table2]);  // validates it
  });

  after(() => { if (work) rmSync(work, {recursive: true, force: true}); });

  const only = process.env.NWK_WALK?.split(':');
  for (const size of Object.keys(SIZES).filter((k) => !only || only[0] === k)) {
    for (const lang of ['de', 'en'].filter((l) => !only?.[1] || only[1] === l)) {
      it(`${size}, ${lang === 'de' ? 'German' : 'English'}: every screen is whole, tappable and in one language`, async () => {
        const {shots, findings} = await walk(size, lang, table, table2);
        assert.ok(shots.length >= 16, `${shots.length} screenshots`);
        assert.deepEqual(findings, [], `${findings.length} findings at ${size} in ${lang}`);
      });
    }
  }
});
