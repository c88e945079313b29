// The web app served by netzwerkkarte-server (build/native/bin, the native preset) under the
// server's Content-Security-Policy: it starts and draws with no policy violation, no console
// error and no request to anywhere but the server.
import assert from 'node:assert/strict';
import {test} from 'node:test';

import {settle, waitForFirstFrame} from './lib/browser.mjs';
import {liveServer} from './lib/live_server.mjs';

const server = liveServer();

test('the app starts from netzwerkkarte-server under its Content-Security-Policy', async () => {
  const context = await server.browser.newContext();
  const origin = server.base;
  const page = await context.newPage();
  const errors = [];
  const requests = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => requests.push(r.url()));
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation',
      (e) => window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
  });
  const response = await page.goto(`${origin}/`);
  assert.match(response.headers()['content-security-policy'], /script-src 'self' 'wasm-unsafe-eval'/);
  await waitForFirstFrame(page);
  await settle(page);
  assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
  // No browser menu over the map on a right click, though nothing inline may run.
  assert.equal(await page.evaluate(() => document.getElementById('canvas').dispatchEvent(
    new MouseEvent('contextmenu', {bubbles: true, cancelable: true}))), false);
  assert.deepEqual(errors, []);
  assert.deepEqual(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:')), []);
  await context.close();
});
