// Benchmarks for scripts/bench.sh: bundle sizes and the time from navigation to the first
// drawn frame (median of 5 cold loads, each in a fresh browser context) for the app and for
// the bare ImGui page built in the same run. Prints JSON and writes it to build/bench.json.
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';

import {launch} from './lib/browser.mjs';
import {APP, BASELINE, BUILD, bundle, fonts} from './lib/bundle.mjs';
import {serve} from './lib/server.mjs';

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

const app = bundle(APP.dir, APP.name);
const baseline = bundle(BASELINE.dir, BASELINE.name);
const browser = await launch();
let appFrame;
let baseFrame;
try {
  baseFrame = await firstFrameMs(browser, BASELINE.dir);
  appFrame = await firstFrameMs(browser, APP.dir);
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
};
const json = JSON.stringify(result, null, 2);
writeFileSync(join(BUILD, '..', 'bench.json'), `${json}\n`);
console.log(json);
