// A phone's second visit downloads only what changed (netzwerkkarte-server's ETags and
// Cache-Control, cmake/Fingerprint.cmake's hashed names): the first visit downloads every
// file, compressed; a reload takes the content-hashed .js/.wasm from the browser's cache and
// only revalidates the rest (304, headers only); after a rebuild that changed one
// file (a copy of the site with style.css altered and precompressed again by
// cmake/Precompress.cmake, the server restarted on the same port) a new visit downloads that
// file alone. Runs on a copy of build/web/site.
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {appendFileSync, cpSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, describe, it} from 'node:test';
import {devices} from 'playwright-core';

import {launch} from './lib/browser.mjs';
import {startServer, stopServer} from './lib/live_server.mjs';
import {isHashed, recordWire, wireBytes} from './lib/wire.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const PRECOMPRESS = join(ROOT, 'cmake/Precompress.cmake');

// The web app's files of a visit (the API's answers are never cached: left out).
const files = (record) => record.filter((r) => !new URL(r.url).pathname.startsWith('/api/'));
const path = (r) => new URL(r.url).pathname;

describe('caching', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'nwk-caching-'));
  const site = join(tmp, 'site');
  let server = null;
  let browser = null;
  before(async () => {
    cpSync(join(ROOT, 'build/web/site'), site, {recursive: true});
    server = await startServer(join(tmp, 'data'), {site});
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    if (server) await stopServer(server.child);
    rmSync(tmp, {recursive: true, force: true});
  });

  it('a reload and a rebuild download only what changed', async () => {
    const context = await browser.newContext(devices['Pixel 7']);
    const page = await context.newPage();
    const wire = await recordWire(page);
    const url = `${server.base}/`;
    const visit = async (how) => {
      wire.reset();
      await how();
      return files(await wire.settled());
    };

    const first = await visit(() => page.goto(url, {waitUntil: 'networkidle'}));
    const hashed = first.filter((r) => isHashed(r.url));
    assert.deepEqual(hashed.map((r) => path(r).split('.').pop()).sort(), ['js', 'wasm'], JSON.stringify(first));
    for (const r of first) {
      assert.ok(r.status === 200 && !r.fromCache && r.bytes > 0, `first visit: ${JSON.stringify(r)}`);
      // Chromium asks for br over HTTPS only: over the room's plain http it gets gzip.
      if (/\.(js|wasm|css|html)$|\/$/.test(path(r))) assert.ok(['br', 'gzip'].includes(r.encoding), path(r));
    }

    const reload = await visit(() => page.reload({waitUntil: 'networkidle'}));
    for (const r of reload) assert.ok(r.fromCache || r.status === 304, `reload: ${JSON.stringify(r)}`);
    for (const h of hashed) {
      assert.ok(reload.find((r) => r.url === h.url)?.fromCache, `reload: ${h.url} not from the cache`);
    }
    assert.ok(reload.some((r) => r.status === 304 && path(r) === '/'), 'reload: the page was not revalidated');
    const firstBytes = wireBytes(first);
    const reloadBytes = wireBytes(reload);
    console.log(`first visit ${firstBytes} B, reload ${reloadBytes} B over the wire`);
    assert.ok(reloadBytes < 0.01 * firstBytes, `reload moved ${reloadBytes} of ${firstBytes} B`);

    await stopServer(server.child);
    appendFileSync(join(site, 'style.css'), '\n/* rebuilt */\nbody { outline: none; }\n');
    execFileSync('cmake', [`-DSITE=${site}`, '-P', PRECOMPRESS]);
    server = await startServer(join(tmp, 'data'), {site, port: Number(new URL(server.base).port)});
    const rebuilt = await visit(() => page.goto(url, {waitUntil: 'networkidle'}));
    const downloaded = rebuilt.filter((r) => !r.fromCache && r.status === 200);
    assert.deepEqual(downloaded.map(path), ['/style.css'], JSON.stringify(rebuilt));
    assert.ok(['br', 'gzip'].includes(downloaded[0].encoding));
    for (const r of rebuilt) if (r !== downloaded[0]) assert.ok(r.fromCache || r.status === 304, JSON.stringify(r));
    await context.close();
  });
});
