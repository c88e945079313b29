// Debian's Chromium, headless, driven by playwright-core; and helpers that talk to the app
// through its automation hook (app/ui/automation.hpp): state and widget rectangles as JSON,
// clicks and taps as real input events at a widget's centre. No pixel positions in tests.
import {after, before} from 'node:test';
import {chromium} from 'playwright-core';

import {serve} from './server.mjs';

export const CHROMIUM = process.env.NWK_CHROMIUM || '/usr/bin/chromium';

const LAUNCH = {
  executablePath: CHROMIUM,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--enable-unsafe-swiftshader', '--disable-quic',
         '--no-first-run', '--disable-background-networking', '--disable-component-update',
         '--disable-sync', '--disable-dev-shm-usage'],
};

export function launch() {
  return chromium.launch(LAUNCH);
}

// A browser with a profile in `dir`, not an incognito context (installing an app needs one).
export function launchWithProfile(dir, contextOptions = {}) {
  return chromium.launchPersistentContext(dir, {...LAUNCH, ...contextOptions});
}

// For a test file: serves the built site and launches Chromium before its tests, closes
// both after them. The returned object's server and browser are set once tests run.
export function servedApp() {
  const shared = {server: null, browser: null};
  before(async () => {
    shared.server = await serve(new URL('../../../build/web/site', import.meta.url).pathname);
    shared.browser = await launch();
  });
  after(async () => {
    await shared.browser?.close();
    await shared.server?.close();
  });
  return shared;
}

// Opens the app in a new context; resolves once the first frame is drawn. Collects console
// errors, page errors and every request URL on the returned page object.
export async function openApp(browser, url, contextOptions = {}) {
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  page.consoleErrors = [];
  page.requestUrls = [];
  page.on('console', (m) => { if (m.type() === 'error') page.consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => page.consoleErrors.push(String(e)));
  page.on('request', (r) => page.requestUrls.push(r.url()));
  await page.goto(url);
  await waitForFirstFrame(page);
  await settle(page);
  return page;
}

export async function waitForFirstFrame(page) {
  await page.waitForFunction(() => window.nwkFirstFrameMs !== undefined, null, {timeout: 30000});
}

export async function state(page) {
  return page.evaluate(() => JSON.parse(Module.UTF8ToString(Module._nwk_state_json())));
}

export async function widgets(page) {
  return page.evaluate(() => JSON.parse(Module.UTF8ToString(Module._nwk_widgets_json())));
}

export async function widget(page, id) {
  const found = (await widgets(page)).find((w) => w.id === id);
  if (!found) throw new Error(`no widget '${id}' on screen`);
  return found;
}

function centre(w) {
  return {x: w.visible.x + w.visible.w / 2, y: w.visible.y + w.visible.h / 2};
}

// Waits until the app has handled all input and gone idle again (its main loop pauses
// once nothing changes; input wakes it at once).
export async function settle(page) {
  await page.waitForTimeout(30);
  // The app tells it in its state, the participant page (no state export) by nwk_idle.
  await page.waitForFunction(() => (Module._nwk_state_json
    ? JSON.parse(Module.UTF8ToString(Module._nwk_state_json())).idle : Module._nwk_idle() === 1),
  null, {timeout: 15000, polling: 20});
}

export async function click(page, id) {
  await settle(page);  // the widget list is the last drawn frame's
  const {x, y} = centre(await widget(page, id));
  await page.mouse.click(x, y, {delay: 40});
  await settle(page);
}

export async function tap(page, id) {
  await settle(page);
  const {x, y} = centre(await widget(page, id));
  await page.touchscreen.tap(x, y);
  await settle(page);
}

// Real key events for any character, umlauts included: Playwright's keyboard.type never
// delivers 'ä' to SDL, a CDP key event with text does (docs/toolchain.md, trap 8).
export async function typeText(page, text) {
  const cdp = await page.context().newCDPSession(page);
  for (const ch of text) {
    await cdp.send('Input.dispatchKeyEvent', {type: 'keyDown', key: ch, text: ch, unmodifiedText: ch});
    await cdp.send('Input.dispatchKeyEvent', {type: 'keyUp', key: ch});
    await page.waitForTimeout(20);
  }
  await cdp.detach();
  await settle(page);
}

// Distinct colours in a screenshot, decoded by the browser itself.
export async function distinctColours(page) {
  const png = (await page.screenshot()).toString('base64');
  return page.evaluate(async (data) => {
    const img = new Image();
    img.src = `data:image/png;base64,${data}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const g = c.getContext('2d');
    g.drawImage(img, 0, 0);
    const px = g.getImageData(0, 0, c.width, c.height).data;
    const seen = new Set();
    for (let i = 0; i < px.length; i += 4) seen.add((px[i] << 16) | (px[i + 1] << 8) | px[i + 2]);
    return seen.size;
  }, png);
}
