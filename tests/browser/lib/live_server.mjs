// For a test file: the real netzwerkkarte-server (build/native/bin, or NWK_SERVER) serving
// the built web app on a free loopback port with a fresh data folder, and Chromium; both
// started before the file's tests and stopped after them. The returned object's base
// (http://127.0.0.1:PORT), facilitator (the secret link) and browser are set once tests run.
// startServer starts one on its own (another binary, site or port) for tests that restart it.
import {spawn} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before} from 'node:test';

import {launch} from './browser.mjs';

const ROOT = new URL('../../../', import.meta.url).pathname;
const SERVER = process.env.NWK_SERVER || join(ROOT, 'build/native/bin/netzwerkkarte-server');

// Resolves once the server printed where it listens and its facilitator link.
export function startServer(dataDir, {binary = SERVER, site = join(ROOT, 'build/web/site'), port = 0} = {}) {
  const child = spawn(binary, ['--port', String(port), '--bind', '127.0.0.1', '--data', dataDir, '--site', site],
                      {stdio: ['ignore', 'pipe', 'inherit']});
  return new Promise((resolve, reject) => {
    let out = '';
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`netzwerkkarte-server exited with ${code}: ${out}`)));
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const listening = out.match(/^listening (\S+)$/m);
      const facilitator = out.match(/^facilitator (\S+)$/m);
      if (listening && facilitator) resolve({child, base: `http://${listening[1]}`, facilitator: facilitator[1]});
    });
  });
}

// Outside a test file (benchmarks): a server on `site` with a fresh data folder; stop() ends
// it and removes the folder.
export async function startLiveServer(site) {
  const dataDir = mkdtempSync(join(tmpdir(), 'nwk-server-'));
  const {child, base, facilitator} = await startServer(dataDir, {site});
  return {base, facilitator, async stop() {
    await stopServer(child);
    rmSync(dataDir, {recursive: true, force: true});
  }};
}

// Stops a server from startServer; resolves once it has exited (its port is free again).
export function stopServer(child) {
  child.removeAllListeners('exit');
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  return exited;
}

export function liveServer() {
  const shared = {base: null, facilitator: null, browser: null};
  const dataDir = mkdtempSync(join(tmpdir(), 'nwk-server-'));
  let child = null;
  before(async () => {
    ({child, base: shared.base, facilitator: shared.facilitator} = await startServer(dataDir));
    shared.browser = await launch();
  });
  after(async () => {
    await shared.browser?.close();
    child?.removeAllListeners('exit');
    child?.kill('SIGTERM');
    rmSync(dataDir, {recursive: true, force: true});
  });
  return shared;
}
