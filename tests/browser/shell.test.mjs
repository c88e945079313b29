// The app shell in a real headless Chromium: loading, drawing, phases, text input with
// umlauts, language, idling, touch sizes on a phone and a HiDPI screen, the on-screen
// keyboard input, the about dialog, and the loader's messages when things go wrong.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';

import {click, distinctColours, openApp, servedApp, settle, state, tap, typeText, widget, widgets} from './lib/browser.mjs';

const app = servedApp();


const PHONE = {viewport: {width: 390, height: 844}, deviceScaleFactor: 3, isMobile: true, hasTouch: true};
const HIDPI_TOUCH = {viewport: {width: 1920, height: 1080}, deviceScaleFactor: 2, hasTouch: true};

async function assertAllControlsTouchable(page) {
  const viewport = page.viewportSize();
  const controls = await widgets(page);
  assert.ok(controls.length >= 8, `expected the top bar's controls, found ${controls.length}`);
  for (const w of controls) {
    const v = w.visible;
    assert.ok(v.x >= 0 && v.y >= 0 && v.x + v.w <= viewport.width + 0.5 && v.y + v.h <= viewport.height + 0.5,
              `${w.id} is outside the ${viewport.width}x${viewport.height} screen: ${JSON.stringify(v)}`);
    assert.ok(v.w >= 44 && v.h >= 44, `${w.id} is ${v.w.toFixed(1)}x${v.h.toFixed(1)} CSS px, below 44x44`);
  }
}

describe('loading', () => {
  it('loads with no console error, no request to another origin, and draws a real frame', async () => {
    const page = await openApp(app.browser, app.server.url, {viewport: {width: 1280, height: 800}});
    await settle(page);
    assert.deepEqual(page.consoleErrors, []);
    const foreign = page.requestUrls.filter((u) => !u.startsWith(app.server.url) && !u.startsWith('data:'));
    assert.deepEqual(foreign, []);
    assert.ok(await distinctColours(page) > 20, 'the canvas looks blank');
    const s = await state(page);
    assert.equal(s.language, 'de');
    assert.equal(s.phase, 1);
    assert.equal(await page.isVisible('#loading'), false, 'the loading bar is still shown');
    await page.context().close();
  });

  it('fills the window and follows a resize', async () => {
    const page = await openApp(app.browser, app.server.url, {viewport: {width: 1024, height: 700}});
    const box = await page.locator('#canvas').boundingBox();
    assert.deepEqual([box.width, box.height], [1024, 700]);
    await page.setViewportSize({width: 800, height: 600});
    await settle(page);
    const s = await state(page);
    assert.deepEqual([s.displayWidth, s.displayHeight], [800, 600]);
    const title = await widget(page, 'title');
    assert.ok(title.visible.x + title.visible.w <= 800, 'the title field did not follow the new width');
    await page.context().close();
  });

  it('says in German why it cannot start without WebGL2', async () => {
    const context = await app.browser.newContext();
    await context.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
        return type === 'webgl2' ? null : original.call(this, type, ...rest);
      };
    });
    const page = await context.newPage();
    await page.goto(app.server.url);
    await page.waitForSelector('#failure:not([hidden])');
    assert.match(await page.textContent('#failure'), /WebGL 2 fehlt/);
    await context.close();
  });

  it('says in German that loading failed when the wasm is missing', async () => {
    const context = await app.browser.newContext();
    const page = await context.newPage();
    await page.route('**/netzwerkkarte.*.wasm', (route) => route.fulfill({status: 404, body: 'gone'}));
    await page.goto(app.server.url);
    await page.waitForSelector('#failure:not([hidden])');
    assert.match(await page.textContent('#failure'), /konnte nicht geladen werden/);
    await context.close();
  });
});

describe('desktop', () => {
  it('switches phase when a phase tab is clicked', async () => {
    const page = await openApp(app.browser, app.server.url, {viewport: {width: 1280, height: 800}});
    assert.equal((await state(page)).phase, 1);
    await click(page, 'phase.solutions');
    assert.equal((await state(page)).phaseKey, 'solutions');
    await click(page, 'phase.results');
    assert.equal((await state(page)).phase, 5);
    await page.context().close();
  });

  it('stores exactly the umlauts typed with real key events', async () => {
    const page = await openApp(app.browser, app.server.url, {viewport: {width: 1280, height: 800}});
    await click(page, 'title');
    await page.keyboard.press('Control+A', {delay: 80});
    await page.keyboard.press('Backspace', {delay: 80});
    await typeText(page, 'Grüße aus Köln');
    await page.keyboard.press('Enter', {delay: 80});
    await settle(page);
    assert.equal((await state(page)).title, 'Grüße aus Köln');
    await page.context().close();
  });

  it('switches to English and keeps the choice after a reload', async () => {
    const page = await openApp(app.browser, app.server.url, {viewport: {width: 1280, height: 800}});
    assert.equal((await widget(page, 'phase.inventory')).label, '1. Bestand');
    await click(page, 'language');
    assert.equal((await state(page)).language, 'en');
    assert.equal((await widget(page, 'phase.inventory')).label, '1. Inventory');
    await page.reload();
    await page.waitForFunction(() => window.nwkFirstFrameMs !== undefined);
    await settle(page);
    assert.equal((await state(page)).language, 'en');
    await page.context().close();
  });

  it('changes the text size from the menu, and every text grows with it', async () => {
    const page = await openApp(app.browser, app.server.url, {viewport: {width: 1280, height: 800}});
    const before = await widget(page, 'phase.inventory');
    await click(page, 'menu');
    await click(page, 'menu.scale.up');
    await click(page, 'menu.scale.up');
    assert.equal((await state(page)).uiScale, 110 + 15);
    await page.keyboard.press('Escape', {delay: 80});
    await settle(page);
    const after = await widget(page, 'phase.inventory');
    assert.ok(after.h > before.h * 1.15, `button height ${before.h} -> ${after.h}`);
    await page.context().close();
  });

  it('idles: draws no frame while nothing happens, and wakes on input', async () => {
    const page = await openApp(app.browser, app.server.url, {viewport: {width: 1280, height: 800}});
    await page.waitForTimeout(500);
    const idle = (await state(page)).framesDrawn;
    await page.waitForTimeout(1500);
    assert.equal((await state(page)).framesDrawn, idle, 'frames were drawn while idle');
    await page.mouse.move(300, 300);
    await page.mouse.move(320, 310);
    await settle(page);
    assert.ok((await state(page)).framesDrawn > idle, 'input did not wake the app');
    await page.context().close();
  });

  it('shows the licences in the about dialog, from the shipped LICENSES.txt', async () => {
    const page = await openApp(app.browser, app.server.url, {viewport: {width: 1280, height: 800}});
    await click(page, 'menu');
    await click(page, 'menu.about');
    await page.waitForFunction(() => JSON.parse(Module.UTF8ToString(Module._nwk_state_json())).licences);
    assert.equal((await state(page)).aboutOpen, true);
    const text = await (await page.request.get(`${app.server.url}LICENSES.txt`)).text();
    for (const part of ['Dear ImGui', 'SDL2', 'cereal', 'Inter', 'Font Awesome']) assert.match(text, new RegExp(part));
    await click(page, 'about.close');
    assert.equal((await state(page)).aboutOpen, false);
    await page.context().close();
  });
});

describe('touch', () => {
  it('on a 390x844 phone every control is on screen and at least 44x44', async () => {
    const page = await openApp(app.browser, app.server.url, PHONE);
    assert.equal((await state(page)).touch, true);
    await assertAllControlsTouchable(page);
    await tap(page, 'phase.weighting');
    assert.equal((await state(page)).phaseKey, 'weighting');
    await tap(page, 'menu');
    await assertAllControlsTouchable(page);
    await page.context().close();
  });

  it('at 1920x1080 with pixel ratio 2 text is rasterized for the screen and controls stay touchable', async () => {
    const page = await openApp(app.browser, app.server.url, HIDPI_TOUCH);
    const s = await state(page);
    assert.equal(s.framebufferScale, 2);
    assert.equal(s.fontRasterScale, 2);
    await tap(page, 'phase.problems');  // a touch turns on touch sizes
    await assertAllControlsTouchable(page);
    await tap(page, 'menu');
    await assertAllControlsTouchable(page);
    await page.context().close();
  });

  it('a tap on a text field focuses the input that opens the on-screen keyboard', async () => {
    const page = await openApp(app.browser, app.server.url, PHONE);
    await tap(page, 'title');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'nwk-text-input');
    assert.equal((await state(page)).textEditing, true);
    await page.keyboard.press('End', {delay: 40});
    for (let i = 0; i < 30; ++i) await page.keyboard.press('Backspace', {delay: 20});
    await page.keyboard.type('Kita-Gipfel Nord');
    await settle(page);
    assert.equal((await state(page)).title, 'Kita-Gipfel Nord');
    await tap(page, 'phase.results');
    assert.notEqual(await page.evaluate(() => document.activeElement?.id), 'nwk-text-input');
    await page.context().close();
  });
});
