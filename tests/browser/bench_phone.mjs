// Benchmark for bench.mjs: what a participant's phone downloads from the release
// netzwerkkarte-server (build/release/bin) at the participants' address "/", in headless
// Chromium as a Pixel 7 (412 x 839 px, touch). Bytes are Chromium's encodedDataLength summed
// over every response that came over the network: response headers plus bodies as sent
// (compressed); the requests' own bytes are not counted. In the room the phones reach the
// laptop over plain http at its LAN address, where Chromium (like Firefox) asks for
// "gzip, deflate" only (br only over HTTPS or from localhost): the visits send that.
// - phone_first_visit_bytes: a fresh browser profile opens "/" and loads all it needs;
// - phone_repeat_visit_bytes: the same phone's second visit, the larger of a reload and a new
//   navigation in another tab (both also given: phone_reload_bytes, phone_renavigation_bytes);
// - phone_first_visit_br_bytes: the first visit over HTTPS (or localhost), brotli;
// - baseline in the same run: phone_first_visit_identity_bytes, the first visit asking for no
//   compression (what the server sent before it precompressed).
// Fails when it did not measure what it names: a first visit that did not download
// everything over the network in the encoding asked for, or a second visit that downloaded a
// content-hashed file again.
import {existsSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {devices} from 'playwright-core';

import {launch} from './lib/browser.mjs';
import {startServer, stopServer} from './lib/live_server.mjs';
import {isHashed, recordWire, wireBytes} from './lib/wire.mjs';

const RELEASE_SERVER = new URL('../../build/release/bin/netzwerkkarte-server', import.meta.url).pathname;

function check(condition, what, record) {
  if (!condition) throw new Error(`bench_phone: ${what}: ${JSON.stringify(record, null, 1)}`);
}

async function visit(page, wire, url, how = (p) => p.goto(url, {waitUntil: 'networkidle'})) {
  wire.reset();
  await how(page);
  return wire.settled();
}

export async function phoneVisits() {
  if (!existsSync(RELEASE_SERVER)) throw new Error(`bench_phone: no release server at ${RELEASE_SERVER}`);
  const dataDir = mkdtempSync(join(tmpdir(), 'nwk-phone-'));
  const server = await startServer(dataDir, {binary: RELEASE_SERVER});
  const browser = await launch();
  try {
    const url = `${server.base}/`;
    const firstVisit = async (acceptEncoding, expected) => {
      const phone = {...devices['Pixel 7'], extraHTTPHeaders: {'Accept-Encoding': acceptEncoding}};
      const context = await browser.newContext(phone);
      const page = await context.newPage();
      const wire = await recordWire(page);
      const record = await visit(page, wire, url);
      check(record.length > 1 && record.every((r) => !r.fromCache && r.status === 200),
            'first visit not all from the network', record);
      check(record.every((r) => [expected, null].includes(r.encoding)) && record.some((r) => r.encoding === expected),
            `first visit not in ${expected}`, record);
      return {context, page, wire, record};
    };
    const firstBytes = async (acceptEncoding, expected) => {
      const {context, record} = await firstVisit(acceptEncoding, expected);
      await context.close();
      return wireBytes(record);
    };
    const identityBytes = await firstBytes('identity', null);
    const brotliBytes = await firstBytes('gzip, deflate, br', 'br');

    const {context, page, wire, record: first} = await firstVisit('gzip, deflate', 'gzip');
    const reload = await visit(page, wire, url, (p) => p.reload({waitUntil: 'networkidle'}));
    const tab = await context.newPage();
    const tabWire = await recordWire(tab);
    const renavigation = await visit(tab, tabWire, url);
    for (const [name, record] of [['reload', reload], ['new navigation', renavigation]]) {
      check(record.some((r) => r.status === 304), `${name}: nothing revalidated`, record);
      check(!record.some((r) => isHashed(r.url) && !r.fromCache), `${name}: a content-hashed file came again`, record);
    }
    await context.close();
    const reloadBytes = wireBytes(reload);
    const renavigationBytes = wireBytes(renavigation);
    return {
      phone_first_visit_bytes: wireBytes(first),
      phone_repeat_visit_bytes: Math.max(reloadBytes, renavigationBytes),
      phone_reload_bytes: reloadBytes,
      phone_renavigation_bytes: renavigationBytes,
      phone_first_visit_br_bytes: brotliBytes,
      phone_first_visit_identity_bytes: identityBytes,
      phone_first_visit_requests: first.length,
    };
  } finally {
    await browser.close();
    await stopServer(server.child);
    rmSync(dataDir, {recursive: true, force: true});
  }
}
