// The facilitator's app offline and installable (issue 19), in the real browser with its real
// service worker (web/sw.js):
// - after one visit it starts with no network at all (the browser offline, the server
//   stopped), what is typed offline stays through another offline reload; the participant
//   page's address (/) and the live API are never answered from the app's cache;
// - a new build (new content-named files, as every build has) announces itself in the
//   running app instead of replacing it; its button stores what was just typed, reloads into
//   the new version, and the old version's cache is gone;
// - the manifest names the app and its icons (PNGs drawn at build time), and Chromium finds
//   nothing missing for installing it;
// - a compressed download (Content-Encoding: gzip) shows a busy bar, never a made-up fraction.
// Screenshots of the update offer: build/screenshots/offline/<lang>-<size>.png.
import assert from 'node:assert/strict';
import {cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, describe, it} from 'node:test';

import {click, launch, launchWithProfile, openApp, settle, waitForFirstFrame, widget} from './lib/browser.mjs';
import {serve} from './lib/server.mjs';
import {addProblem, waitForState, waitForWidget} from './lib/session_steps.mjs';

const SITE = new URL('../../build/web/site', import.meta.url).pathname;
const SHOTS = new URL('../../build/screenshots/offline/', import.meta.url).pathname;
const DESKTOP = {viewport: {width: 1280, height: 800}};
const BUILT_APP = /data-app="([^"]+)"/.exec(readFileSync(join(SITE, 'index.html'), 'utf8'))[1];
const work = mkdtempSync(join(tmpdir(), 'nwk-offline-'));

// The built site in a folder of its own; with `app`, as a build whose files are named `app`
// (what a new build with content-hashed names looks like).
function siteAs(folder, app = BUILT_APP) {
  const dir = join(work, folder);
  cpSync(SITE, dir, {recursive: true});
  if (app === BUILT_APP) return dir;
  for (const ext of ['js', 'wasm']) renameSync(join(dir, `${BUILT_APP}.${ext}`), join(dir, `${app}.${ext}`));
  const index = join(dir, 'index.html');
  writeFileSync(index, readFileSync(index, 'utf8').replace(`data-app="${BUILT_APP}"`, `data-app="${app}"`));
  return dir;
}

// The second build, laid over the first as a deployment does (old files stay beside it).
function deploy(from, to, app) {
  for (const ext of ['js', 'wasm']) cpSync(join(from, `${app}.${ext}`), join(to, `${app}.${ext}`));
  cpSync(join(from, 'index.html'), join(to, 'index.html'));
}

async function waitForWorker(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {timeout: 30000});
}

const pageApp = (page) => page.evaluate(() => document.querySelector('script[data-app]').dataset.app);
const workerApp = (page) => page.evaluate(() =>
  new URL(navigator.serviceWorker.controller.scriptURL).searchParams.get('app'));

let browser;
before(async () => { browser = await launch(); });
after(async () => {
  await browser?.close();
  rmSync(work, {recursive: true, force: true});
});

describe('the facilitator app offline', () => {
  it('starts with no network after one visit and keeps what is typed offline', async () => {
    const server = await serve(siteAs('offline'));
    const page = await openApp(browser, `${server.url}index.html`, DESKTOP);
    await waitForWorker(page);
    await addProblem(page, 'Vor Ort: kein Internet');
    await waitForState(page, (s) => s.autosaved && s.problems.length === 1, 'autosave');

    await page.context().setOffline(true);
    await server.close();
    const served = server.requests.length;
    await page.reload();
    await waitForFirstFrame(page);
    let s = await waitForState(page, (x) => x.problems.length === 1, 'the session restored offline');
    assert.deepEqual(s.problems, ['Vor Ort: kein Internet']);
    await addProblem(page, 'Offline ergänzt');
    await waitForState(page, (x) => x.autosaved && x.problems.length === 2, 'autosave offline');
    await page.reload();
    await waitForFirstFrame(page);
    s = await waitForState(page, (x) => x.problems.length === 2, 'the offline change after another reload');
    assert.deepEqual(s.problems, ['Vor Ort: kein Internet', 'Offline ergänzt']);
    assert.equal(server.requests.length, served, 'nothing reached the stopped server');
    assert.deepEqual(page.consoleErrors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch/.test(e)), []);

    // Not the app's own files: the live API and the participant page are the network's.
    const api = await page.evaluate(() => fetch('api/rounds').then((r) => r.status, (e) => e.name));
    assert.equal(api, 'TypeError', 'the live API is never answered from the cache');
    const participant = await page.context().newPage();
    await assert.rejects(participant.goto(server.url), /ERR_INTERNET_DISCONNECTED|ERR_CONNECTION_REFUSED/);
    await assert.rejects(participant.goto(`${server.url}index.html?join=K7PX`), /ERR_INTERNET_DISCONNECTED|ERR_CONNECTION_REFUSED/);
    await page.context().close();
  });

  it('offers a new build in the running app; its button saves, then reloads into it', async () => {
    const stem = BUILT_APP.split('.')[0];
    const [v1, v2] = [`${stem}.0ff1a1e1`, `${stem}.0ff1a1e2`];
    const dir = siteAs('update', v1);
    const next = siteAs('update-next', v2);
    const server = await serve(dir);
    const page = await openApp(browser, `${server.url}index.html`, DESKTOP);
    await waitForWorker(page);
    assert.equal(await workerApp(page), v1);

    deploy(next, dir, v2);
    await page.evaluate(() => window.dispatchEvent(new Event('online')));  // the venue's network is back
    await waitForWidget(page, 'update.reload', 30000);
    assert.equal(await pageApp(page), v1, 'the running workshop keeps its version until asked');
    await shootOffer(page);

    // Typed a moment ago (autosave would still wait for a pause), then the button.
    await addProblem(page, 'Kurz vor dem Update');
    await page.evaluate(() => navigator.serviceWorker.addEventListener('controllerchange', () => {
      const saved = JSON.parse(Module.UTF8ToString(Module._nwk_state_json())).autosaved;
      sessionStorage.setItem('savedWhenSwitching', String(saved));  // kept through the reload
    }));
    const button = (await widget(page, 'update.reload')).visible;
    await page.mouse.click(button.x + button.w / 2, button.y + button.h / 2, {delay: 40});  // and the page reloads
    await page.waitForFunction((want) => document.querySelector(`script[data-app="${want}"]`), v2, {timeout: 30000});
    await waitForFirstFrame(page);
    const s = await waitForState(page, (x) => x.problems.length === 1, 'the session in the new version');
    assert.deepEqual(s.problems, ['Kurz vor dem Update']);
    assert.equal(await page.evaluate(() => sessionStorage.getItem('savedWhenSwitching')), 'true',
                 'stored before the new version took over');
    assert.equal(await workerApp(page), v2);
    const caches = await page.evaluate(() => caches.keys());
    assert.deepEqual(caches, [`netzwerkkarte-app:${v2}`], 'the old version\'s cache is deleted');
    await settle(page);
    await assert.rejects(widget(page, 'update.reload'), /no widget/);
    await page.context().close();
    await server.close();
  });

  it('is installable: the manifest names the app, its colour and icons', async () => {
    const server = await serve(siteAs('install'));
    const context = await launchWithProfile(join(work, 'profile'), DESKTOP);
    const page = context.pages()[0] || await context.newPage();
    await page.goto(`${server.url}index.html`);
    await waitForFirstFrame(page);
    await waitForWorker(page);
    const manifest = JSON.parse(readFileSync(join(SITE, 'manifest.webmanifest'), 'utf8'));
    assert.equal(manifest.short_name, 'Netzwerkkarte');
    assert.equal(manifest.lang, 'de');
    assert.equal(manifest.display, 'standalone');
    assert.equal(manifest.theme_color, '#1f4b8a');
    const sizes = await page.evaluate((icons) => Promise.all(icons.map(async (icon) => {
      const image = new Image();
      image.src = icon.src;
      await image.decode();
      return `${icon.src} ${image.naturalWidth}x${image.naturalHeight}`;
    })), manifest.icons.filter((i) => i.type === 'image/png'));
    assert.deepEqual(sizes, ['icon-192.png 192x192', 'icon-512.png 512x512', 'icon-512.png 512x512']);
    const cdp = await page.context().newCDPSession(page);
    const {installabilityErrors} = await cdp.send('Page.getInstallabilityErrors');
    const {url, errors} = await cdp.send('Page.getAppManifest');
    assert.equal(url, `${server.url}manifest.webmanifest`);
    assert.deepEqual(errors, []);
    assert.deepEqual(installabilityErrors, []);
    await context.close();
    await server.close();
  });

  it('shows a busy bar, not a wrong fraction, when the download is compressed', async () => {
    const server = await serve(siteAs('gzip'), {gzip: true});
    const context = await browser.newContext(DESKTOP);
    await context.addInitScript(() => {
      window.nwkBar = {indeterminate: false, widths: []};
      document.addEventListener('DOMContentLoaded', () => {
        const bar = document.getElementById('loading-bar');
        const look = () => {
          if (bar.classList.contains('indeterminate')) window.nwkBar.indeterminate = true;
          if (bar.style.width) window.nwkBar.widths.push(bar.style.width);
        };
        look();  // the download may have answered before this page event
        new MutationObserver(look).observe(bar, {attributes: true});
      });
    });
    const page = await context.newPage();
    await page.goto(`${server.url}index.html`);
    await waitForFirstFrame(page);
    const bar = await page.evaluate(() => window.nwkBar);
    assert.equal(bar.indeterminate, true, 'the bar shows that it is busy');
    assert.deepEqual(bar.widths, [], 'no fraction of a length that counts other bytes');
    assert.ok(server.requests.some((p) => p.endsWith('.wasm')));
    await context.close();
    await server.close();
  });
});

// The update offer at a desktop's and a phone's size, in German and English: its button
// whole and inside the window.
async function shootOffer(page) {
  mkdirSync(SHOTS, {recursive: true});
  for (const lang of ['de', 'en']) {
    if (lang === 'en') await click(page, 'language');
    for (const [name, size] of [['1280x800', {width: 1280, height: 800}], ['390x844', {width: 390, height: 844}]]) {
      await page.setViewportSize(size);
      await settle(page);
      const offer = await widget(page, 'update.reload');
      const r = offer.visible;
      assert.ok(r.x >= 0 && r.y >= 0 && r.x + r.w <= size.width && r.y + r.h <= size.height,
                `${lang} ${name}: the reload button inside the window: ${JSON.stringify(r)}`);
      assert.ok(offer.w === r.w && offer.h === r.h, `${lang} ${name}: the button is not cut`);
      await page.mouse.move(2, size.height - 2);  // no tooltip of the last button clicked
      await settle(page);
      writeFileSync(join(SHOTS, `${lang}-${name}.png`), await page.screenshot());
    }
  }
  await click(page, 'language');  // back to German
  await page.setViewportSize(DESKTOP.viewport);
  await settle(page);
}
