// The app's map against the maps municipal participation portals use instead (bench.mjs
// calls mapPeers): OpenLayers (DIPAS, Masterportal) and Leaflet with leaflet.markercluster,
// from npm (package.json), on the same synthetic town (100 districts of 500 vertices, 10,000
// offers; the peers read the app's GeoJSON export of it), in the same 1280x800 viewport, with
// the map at the app's map's place and size, showing the same area, clustered so each draws
// about as many markers as the app (the peers' cluster distance is searched for), no tiles.
// Measured from outside the page alike for all three: the frames requestAnimationFrame
// delivers during a 3 s continuous mouse drag (count, median and 95th percentile interval)
// and the time from navigation to the first complete map. Runs alternate (app, OpenLayers,
// Leaflet, app, ...), 3 of each; medians. The app runs twice a round: with its map's texture
// (shown on a page layer under the canvas while a drag pans) and with the layers drawn
// directly (map_direct_*, its baseline). Every drag is checked to have panned the view by
// what the pointer moved (and, in the app, not to have changed the session).
import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, symlinkSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';

import {click, settle, state} from './lib/browser.mjs';
import {APP, BUILD} from './lib/bundle.mjs';
import {emptyMapPoint, expectSessionUnchanged, viewOf, zoomToMostMarkers} from './lib/map_bench.mjs';
import {serve} from './lib/server.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const VIEWPORT = {width: 1280, height: 800};
const RUNS = 3;
const DRAG_MS = 3000;
const PEERS = ['ol', 'leaflet'];

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function percentile(values, p) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
}

// A folder to serve: the app's site, the peer pages, node_modules and the town (.nwk and GeoJSON).
function townSite() {
  const root = mkdtempSync(join(tmpdir(), 'nwk-peers-'));
  const cli = (...args) => execFileSync('node', ['--no-experimental-fetch', join(BUILD, 'bin', 'netzwerkkarte-cli.js'), ...args]);
  cli('synth', '--districts', '100', '--vertices', '500', '--offers', '10000', '--links', '0', '--proposals', '0',
      '--ballots', '0', '-o', join(root, 'town.nwk'));
  cli('export', join(root, 'town.nwk'), '--format', 'geojson', '-o', join(root, 'town.geojson'));
  symlinkSync(APP.dir, join(root, 'app'));
  symlinkSync(join(HERE, 'peers'), join(root, 'peers'));
  symlinkSync(join(HERE, 'node_modules'), join(root, 'node_modules'));
  return root;
}

// Holds the mouse down at from and moves it back and forth (300 px legs, 3 px steps) for
// DRAG_MS; the page's requestAnimationFrame timestamps meanwhile. centrePx reads the view's
// centre in pixels; the drag must have moved it by what the pointer moved.
async function drag(page, from, centrePx, what) {
  const frames2 = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  // A first step past every library's click tolerance; OpenLayers pans from the second.
  await page.mouse.move(from.x + 8, from.y + 4);
  await frames2();
  const before = await centrePx();
  let x = 0;
  let y = 0;
  await page.evaluate(() => {
    window.nwkRaf = [];
    const tick = (t) => {
      if (!window.nwkRaf) return;
      window.nwkRaf.push(t);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const start = Date.now();
  for (let step = 0; Date.now() - start < DRAG_MS; ++step) {
    const leg = Math.floor(step / 100) % 2 ? -1 : 1;
    x += 3 * leg;
    y += leg;
    await page.mouse.move(from.x + 8 + x, from.y + 4 + y);
  }
  const frames = await page.evaluate(() => {
    const t = window.nwkRaf;
    window.nwkRaf = null;
    return t;
  });
  await frames2();
  const after = await centrePx();
  await page.mouse.up();
  const mismatch = Math.hypot(after.x - before.x + x, after.y - before.y + y);
  if (Math.hypot(x, y) < 1 || mismatch > 3) {
    throw new Error(`map peers: ${what}'s drag of (${x}, ${y}) px moved its view by ` +
                    `(${before.x - after.x}, ${before.y - after.y}) px`);
  }
  const intervals = frames.slice(1).map((t, i) => t - frames[i]);
  return {frames: frames.length, median: median(intervals), p95: percentile(intervals, 0.95)};
}

// Screenshots of the app's map in the middle of a drag (build/screenshots/pan/), to look at:
// the layers must move whole, with no gap, seam or stale piece.
async function panScreenshots(page) {
  const dir = join(BUILD, '..', 'screenshots', 'pan');
  mkdirSync(dir, {recursive: true});
  const before = viewOf(await state(page));
  const from = await emptyMapPoint(page);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  const path = [[8, 4], [60, 30], [160, 60], [-200, -90]];
  for (const [i, [dx, dy]] of path.entries()) {
    await page.mouse.move(from.x + dx, from.y + dy, {steps: 10});
    await page.waitForTimeout(100);
    await page.screenshot({path: join(dir, `drag-${i}.png`)});
  }
  await page.mouse.move(from.x, from.y, {steps: 10});
  await page.mouse.up();
  await settle(page);
  expectSessionUnchanged(before, viewOf(await state(page)), 'the drag for the screenshots');
}

// The app: opens the town by drop as soon as it runs, shows the map, zooms in on the town's
// middle until the most markers are drawn, then drags. target: the first run's view, which
// later runs must reproduce. direct: the layers drawn directly, not through the map's
// texture (the app's own baseline: how it drew its map before the texture).
async function appRun(browser, url, target, direct = false) {
  const context = await browser.newContext({viewport: VIEWPORT});
  try {
    const page = await context.newPage();
    await page.goto(`${url}app/`);
    await page.waitForFunction(() => window.nwkFirstFrameMs !== undefined, null, {timeout: 60000});
    await page.evaluate(async () => {
      const data = await (await fetch('../town.nwk')).arrayBuffer();
      const transfer = new DataTransfer();
      transfer.items.add(new File([data], 'town.nwk'));
      window.dispatchEvent(new DragEvent('drop', {dataTransfer: transfer, bubbles: true, cancelable: true}));
    });
    await page.waitForFunction(() => JSON.parse(Module.UTF8ToString(Module._nwk_state_json())).counts.offers === 10000,
                               null, {timeout: 60000, polling: 20});
    await click(page, 'phase.inventory');
    await page.waitForFunction(() => JSON.parse(Module.UTF8ToString(Module._nwk_state_json())).map.markersDrawn > 0,
                               null, {timeout: 60000, polling: 20});
    const firstMapMs = await page.evaluate(() => performance.now());
    const markers = await zoomToMostMarkers(page, 5000);
    const s = await state(page);
    const view = {bounds: s.map.bounds, canvas: s.map.canvas, markers};
    if (target && (markers !== target.markers || view.bounds.some((b, i) => Math.abs(b - target.bounds[i]) > 1e-6)))
      throw new Error(`map peers: the app's view differs between runs (${JSON.stringify(view)} vs ${JSON.stringify(target)})`);
    if (!target) await panScreenshots(page);
    await page.evaluate((d) => Module._nwk_map_direct(d), direct ? 1 : 0);
    await page.evaluate(() => Module._nwk_reset_frame_stats());
    const centrePx = async () => viewOf(await state(page));
    const measured = await drag(page, await emptyMapPoint(page), centrePx, 'the app');
    await settle(page);
    const after = await state(page);
    expectSessionUnchanged(viewOf(s), viewOf(after), 'the measured drag');
    return {...measured, firstMapMs, view, frameMs: after.frameMsMedian, framesDrawn: after.framesTimed};
  } finally {
    await context.close();
  }
}

// Cluster distance (pixels) at which the peer draws about as many markers as the app.
async function tuneClusters(page, markers) {
  let lo = 1;
  let hi = 160;
  let best = {distance: hi, drawn: 0};
  for (let i = 0; i < 9; ++i) {
    const distance = (lo + hi) / 2;
    const drawn = await page.evaluate(async (d) => {
      await window.peer.cluster(d);
      return window.peer.markersDrawn();
    }, distance);
    if (Math.abs(drawn - markers) < Math.abs(best.drawn - markers)) best = {distance, drawn};
    if (drawn > markers) lo = distance;
    else hi = distance;
  }
  await page.evaluate((d) => window.peer.cluster(d), best.distance);
  return best;
}

async function peerRun(browser, url, name, view, tuned) {
  const context = await browser.newContext({viewport: VIEWPORT});
  try {
    const page = await context.newPage();
    const [x, y, w, h] = view.canvas;
    await page.goto(`${url}peers/${name}.html?town=../town.geojson&x=${x}&y=${y}&w=${w}&h=${h}`);
    await page.waitForFunction(() => window.firstMapMs !== undefined, null, {timeout: 120000});
    const firstMapMs = await page.evaluate(() => window.firstMapMs);
    await page.evaluate((b) => window.peer.show(b), view.bounds);
    const clusters = tuned ?? await tuneClusters(page, view.markers);
    if (tuned) await page.evaluate((d) => window.peer.cluster(d), tuned.distance);
    const drawn = await page.evaluate(() => window.peer.markersDrawn());
    const centrePx = () => page.evaluate(() => window.peer.centrePx());
    // Where the app's drag started would do; the peers have no marker hit test of their own here,
    // and a press on a marker pans them too.
    const measured = await drag(page, {x: x + w / 2, y: y + h / 2}, centrePx, name);
    return {...measured, firstMapMs, clusters, drawn};
  } finally {
    await context.close();
  }
}

export async function mapPeers(browser) {
  const server = await serve(townSite());
  const runs = {app: [], direct: [], ol: [], leaflet: []};
  try {
    let view = null;
    const tuned = {};
    for (let r = 0; r < RUNS; ++r) {
      const app = await appRun(browser, server.url, view);
      view ??= app.view;
      runs.app.push(app);
      runs.direct.push(await appRun(browser, server.url, view, true));
      for (const name of PEERS) {
        const peer = await peerRun(browser, server.url, name, view, tuned[name]);
        tuned[name] ??= peer.clusters;
        runs[name].push(peer);
      }
    }
    const round = (v) => Math.round(v * 1000) / 1000;
    const result = {
      map_drag_viewport: `${VIEWPORT.width}x${VIEWPORT.height}`,
      map_drag_canvas: view.canvas,
      map_drag_markers_drawn: view.markers,
      map_drag_frame_ms: round(median(runs.app.map((x) => x.frameMs))),
      map_direct_drag_frame_ms: round(median(runs.direct.map((x) => x.frameMs))),
      map_drag_app_frames_drawn: median(runs.app.map((x) => x.framesDrawn)),
    };
    for (const [name, prefix] of [['app', 'map'], ['direct', 'map_direct'], ['ol', 'ol'], ['leaflet', 'leaflet']]) {
      const list = runs[name];
      result[`${prefix}_drag_frames`] = median(list.map((x) => x.frames));
      result[`${prefix}_drag_frames_samples`] = list.map((x) => x.frames);
      result[`${prefix}_drag_interval_median_ms`] = round(median(list.map((x) => x.median)));
      result[`${prefix}_drag_interval_p95_ms`] = round(median(list.map((x) => x.p95)));
      result[`${prefix}_first_map_ms`] = round(median(list.map((x) => x.firstMapMs)));
      if (name === 'ol' || name === 'leaflet') {
        result[`${prefix}_markers_drawn`] = list[0].drawn;
        result[`${prefix}_cluster_distance_px`] = round(tuned[name].distance);
      }
    }
    result.map_drag_frames_vs_ol = round(result.map_drag_frames / result.ol_drag_frames);
    result.map_drag_frames_vs_leaflet = round(result.map_drag_frames / result.leaflet_drag_frames);
    return result;
  } finally {
    await server.close();
  }
}
