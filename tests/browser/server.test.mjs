// The web app served by netzwerkkarte-server (build/native/bin, the native preset) under the
// server's Content-Security-Policy: it starts and draws with no policy violation, no console
// error and no request to anywhere but the server.
import assert from 'node:assert/strict';
import {spawn} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {createInterface} from 'node:readline';
import {after, before, test} from 'node:test';

import {launch, settle, waitForFirstFrame} from './lib/browser.mjs';

const SERVER = new URL('../../build/native/bin/netzwerkkarte-server', import.meta.url).pathname;
const SITE = new URL('../../build/web/site', import.meta.url).pathname;

let server;
let browser;
let data;
let origin;

before(async () => {
  data = mkdtempSync(join(tmpdir(), 'nwk-server-'));
  server = spawn(SERVER, ['--port', '0', '--bind', '127.0.0.1', '--data', data, '--site', SITE],
                 {stdio: ['ignore', 'pipe', 'inherit']});
  const [first] = await createInterface({input: server.stdout})[Symbol.asyncIterator]().next()
    .then(({value}) => [value]);
  origin = `http://${first.split(' ')[1]}`;
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.kill('SIGTERM');
  rmSync(data, {recursive: true, force: true});
});

test('the app starts from netzwerkkarte-server under its Content-Security-Policy', async () => {
  const context = await browser.newContext();
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
  assert.deepEqual(errors, []);
  assert.deepEqual(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:')), []);
  await context.close();
});
