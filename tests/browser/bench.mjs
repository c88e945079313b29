// Benchmarks for scripts/bench.sh, printed as JSON and written to build/bench.json:
// - bundle sizes and the time from navigation to the first drawn frame (median of 5 cold
//   loads, each in a fresh browser context) for the app and for the bare ImGui page built in
//   the same run;
// - session save + load of 10,000 offers, 2,000 links, 500 proposals, 1,000 ballots in wasm
//   (binary and JSON, medians inside wasm);
// - the longest frame while autosave stores that session (median over 5 edits; the save
//   runs between frames) and the time the save itself takes (median);
// - the map: the wasm frame function's time while panning 100 districts of 500 vertices and
//   10,000 offers at a zoom that draws at least 5,000 markers (median over the pan's frames),
//   and the longest frame of a wheel step there (median over 8 steps),
//   the hover hit test and a ~2 MB GeoJSON import (timed inside wasm); the same pan with the
//   layers drawn directly, not through the map's texture (map_pan_frame_direct_ms); the map
//   against OpenLayers and Leaflet at 1280x800 (bench_peers.mjs);
// - tallying 1,000 ballots over 100 proposals in wasm (the slowest method, median);
// - comparing two conferences of 10,000 offers each in wasm (median; fails when the
//   comparison missed the offers it was made with), and the
//   native figures of build/bench-native.json, build/bench-compare-native.json and the
//   live-voting load test's build/bench-live.json (scripts/bench.sh) where those files exist.
import {execFileSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

import {click, launch, settle, state, typeText} from './lib/browser.mjs';
import {APP, BASELINE, BUILD, bundle, fonts} from './lib/bundle.mjs';
import {phoneVisits} from './bench_phone.mjs';
import {emptyMapPoint, expectPanned, viewOf, wheel, zoomToMostMarkers} from './lib/map_bench.mjs';
import {serve} from './lib/server.mjs';
import {participantBench} from './bench_participant.mjs';
import {mapPeers} from './bench_peers.mjs';

const LOADS = 5;

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

async function firstFrameMs(browser, dir) {
  const server = await serve(dir);
  const times = [];
  try {
    for (let i = 0; i < LOADS; ++i) {
      const context = await browser.newContext({viewport: {width: 1280, height: 800}});
      const page = await context.newPage();
      await page.goto(server.url);
      await page.waitForFunction(() => window.nwkFirstFrameMs !== undefined, null, {timeout: 60000});
      times.push(await page.evaluate(() => window.nwkFirstFrameMs));
      await context.close();
    }
  } finally {
    await server.close();
  }
  return {median: median(times), all: times};
}

async function coreSpeed(browser) {
  const server = await serve(join(BUILD, 'bench'));
  try {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.waitForFunction(() => window.nwkBench !== undefined, null, {timeout: 120000});
    const result = await page.evaluate(() => window.nwkBench);
    await page.close();
    if (!(result.compareMs >= 0)) throw new Error('core bench: the comparison missed the offers it was made with');
    return result;
  } finally {
    await server.close();
  }
}

async function waitFor(page, predicate) {
  for (let i = 0; i < 400; ++i) {
    const s = await state(page);
    if (predicate(s)) return s;
    await page.waitForTimeout(25);
  }
  throw new Error('timed out');
}

function synthFile(args) {
  const file = join(mkdtempSync(join(tmpdir(), 'nwk-bench-')), 'big.nwk');
  execFileSync('node', ['--no-experimental-fetch', join(BUILD, 'bin', 'netzwerkkarte-cli.js'), 'synth', ...args, '-o', file]);
  return file;
}

async function dropFile(page, file) {
  await page.evaluate((data) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(data)], 'big.nwk'));
    window.dispatchEvent(new DragEvent('drop', {dataTransfer: transfer, bubbles: true, cancelable: true}));
  }, [...readFileSync(file)]);
}

// Zooms in on the synthetic town's grid of districts until at least 5,000 markers are drawn,
// then drags the map in small steps from a point with no marker under it. Every drag and
// wheel step is checked: the view moved (or zoomed), the session did not change.
async function mapPanFrame(browser) {
  const file = synthFile(['--districts', '100', '--vertices', '500', '--offers', '10000', '--links', '0',
                          '--proposals', '0', '--ballots', '0']);
  const server = await serve(APP.dir);
  const context = await browser.newContext({viewport: {width: 2560, height: 1440}});
  try {
    const page = await context.newPage();
    await page.goto(server.url);
    await page.waitForFunction(() => window.nwkFirstFrameMs !== undefined);
    await dropFile(page, file);
    await waitFor(page, (x) => x.counts.offers === 10000 && x.counts.districts === 100);
    await click(page, 'phase.inventory');
    const markers = await zoomToMostMarkers(page, 5000);
    // The same drag with the layers drawn directly, not through the map's texture: the baseline.
    const timedDrag = async (direct, sign) => {
      await page.evaluate((d) => Module._nwk_map_direct(d), direct);
      const before = viewOf(await state(page));
      const from = await emptyMapPoint(page);
      await page.evaluate(() => Module._nwk_reset_frame_stats());
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      for (let i = 1; i <= 60; ++i) await page.mouse.move(from.x + sign * i * 4, from.y + sign * i * 2);
      await page.mouse.up();
      await settle(page);
      const after = await state(page);
      expectPanned(before, viewOf(after), {x: sign * 240, y: sign * 120}, 'the timed drag');
      return after;
    };
    const direct = await timedDrag(1, 1);
    const s = await timedDrag(0, -1);
    // Zooming redraws the layers that panning only moves: the longest frame of each wheel step
    // (in, out, in, ...) around the map's middle.
    const [cx, cy, cw, ch] = s.map.canvas;
    const zoomFrames = [];
    for (let i = 0; i < 8; ++i) {
      await page.mouse.move(cx + cw / 2, cy + ch / 2);
      await page.evaluate(() => Module._nwk_reset_frame_stats());
      zoomFrames.push((await wheel(page, {x: cx + cw / 2, y: cy + ch / 2}, i % 2 ? 100 : -100)).maxFrameMs);
    }
    return {median: s.frameMsMedian, directMedian: direct.frameMsMedian, frames: s.framesTimed, markers,
            zoomMedian: median(zoomFrames)};
  } finally {
    await context.close();
    await server.close();
  }
}

// Opens a big session by drag and drop, then edits it 5 times and records the longest
// frame from just after each edit until its autosave is stored.
async function autosaveFrameBlock(browser) {
  const file = synthFile(['--offers', '10000', '--links', '2000', '--proposals', '500', '--ballots', '1000']);
  const server = await serve(APP.dir);
  const context = await browser.newContext({viewport: {width: 1280, height: 800}});
  try {
    const page = await context.newPage();
    await page.goto(server.url);
    await page.waitForFunction(() => window.nwkFirstFrameMs !== undefined);
    await dropFile(page, file);
    await waitFor(page, (s) => s.counts.offers === 10000 && s.autosaved);
    await click(page, 'phase.inventory');
    const maxima = [];
    const saves = [];
    for (let i = 0; i < 5; ++i) {
      await click(page, 'title');
      await typeText(page, String(i));
      await page.keyboard.press('Enter', {delay: 40});
      await settle(page);
      await page.evaluate(() => Module._nwk_reset_frame_stats());
      const s = await waitFor(page, (x) => x.autosaved);
      maxima.push(s.maxFrameMs);
      saves.push(s.autosaveMs);
    }
    return {median: median(maxima), all: maxima, saveMedian: median(saves)};
  } finally {
    await context.close();
    await server.close();
  }
}

const app = bundle(APP.dir, APP.name);
const baseline = bundle(BASELINE.dir, BASELINE.name);
const browser = await launch();
let appFrame;
let baseFrame;
let core;
let autosave;
let pan;
const peers = {};
try {
  baseFrame = await firstFrameMs(browser, BASELINE.dir);
  appFrame = await firstFrameMs(browser, APP.dir);
  core = await coreSpeed(browser);
  autosave = await autosaveFrameBlock(browser);
  pan = await mapPanFrame(browser);
  Object.assign(peers, await mapPeers(browser));
} finally {
  await browser.close();
}

const round = (x) => Math.round(x * 1000) / 1000;
const result = {
  bundle_bytes: app.raw,
  bundle_gzip_bytes: app.gzip,
  wasm_bytes: app.parts.wasm.raw,
  wasm_gzip_bytes: app.parts.wasm.gzip,
  js_bytes: app.parts.js.raw,
  js_gzip_bytes: app.parts.js.gzip,
  font_bytes: fonts(join(BUILD, 'assets', 'fonts')).raw,
  font_gzip_bytes: fonts(join(BUILD, 'assets', 'fonts')).gzip,
  baseline_bundle_bytes: baseline.raw,
  baseline_bundle_gzip_bytes: baseline.gzip,
  bundle_gzip_ratio: round(app.gzip / baseline.gzip),
  first_frame_ms: round(appFrame.median),
  baseline_first_frame_ms: round(baseFrame.median),
  first_frame_ratio: round(appFrame.median / baseFrame.median),
  first_frame_samples_ms: appFrame.all.map(round),
  baseline_first_frame_samples_ms: baseFrame.all.map(round),
  loads: LOADS,
  session_binary_save_load_ms: round(core.binaryMs),
  session_json_save_load_ms: round(core.jsonMs),
  session_binary_bytes: core.binaryBytes,
  session_json_bytes: core.jsonBytes,
  autosave_max_frame_block_ms: round(autosave.median),
  autosave_max_frame_block_samples_ms: autosave.all.map(round),
  autosave_serialize_ms: round(autosave.saveMedian),
  map_pan_frame_ms: round(pan.median),
  map_pan_frame_direct_ms: round(pan.directMedian),
  map_pan_frames: pan.frames,
  map_pan_markers_drawn: pan.markers,
  map_zoom_frame_ms: round(pan.zoomMedian),
  map_hit_test_ms: Math.round(core.hitMs * 1e6) / 1e6,
  geojson_import_2mb_ms: round(core.importMs),
  geojson_import_bytes: core.importBytes,
  tally_wasm_ms: Math.round(core.tallyMs * 1e4) / 1e4,
  compare_wasm_ms: round(core.compareMs),
  ...peers,
};
Object.assign(result, await participantBench());
Object.assign(result, await phoneVisits());
for (const name of ['bench-native.json', 'bench-compare-native.json', 'bench-live.json']) {
  const file = join(BUILD, '..', name);
  if (existsSync(file)) Object.assign(result, JSON.parse(readFileSync(file, 'utf8')));
}
const json = JSON.stringify(result, null, 2);
writeFileSync(join(BUILD, '..', 'bench.json'), `${json}\n`);
console.log(json);
