// What a browser downloads to start an app built by cmake/WebApp.cmake: NAME.<hash>.js and
// NAME.<hash>.wasm as the folder's index.html names them (fonts are embedded in the wasm),
// raw and gzip -9 bytes. Sizes are deterministic, so the budget test and the benchmark share
// this one measurement.
import {readFileSync, existsSync} from 'node:fs';
import {join} from 'node:path';
import {gzipSync} from 'node:zlib';

function sizes(file) {
  const data = readFileSync(file);
  return {raw: data.length, gzip: gzipSync(data, {level: 9}).length};
}

// "NAME.<hash>": the content-hashed name the page in `dir` loads (its data-app).
export function builtName(dir, name) {
  const page = readFileSync(join(dir, 'index.html'), 'utf8');
  const built = page.match(/data-app="([^"]+)"/)?.[1];
  if (!built?.match(new RegExp(`^${name}\\.[0-9a-f]{12}$`))) {
    throw new Error(`${dir}/index.html loads ${built}, not ${name}.<hash>`);
  }
  return built;
}

export function bundle(dir, name) {
  const built = builtName(dir, name);
  const parts = {js: sizes(join(dir, `${built}.js`)), wasm: sizes(join(dir, `${built}.wasm`))};
  return {
    parts,
    raw: parts.js.raw + parts.wasm.raw,
    gzip: parts.js.gzip + parts.wasm.gzip,
  };
}

// The fonts inside the app's wasm, as prepared by cmake/Assets.cmake.
export function fonts(fontDir) {
  let raw = 0;
  let gzip = 0;
  for (const f of ['ui.otf', 'icons.ttf']) {
    const path = join(fontDir, f);
    if (!existsSync(path)) continue;
    const s = sizes(path);
    raw += s.raw;
    gzip += s.gzip;
  }
  return {raw, gzip};
}

export const BUILD = new URL('../../../build/web/', import.meta.url).pathname;
export const APP = {dir: join(BUILD, 'site'), name: 'netzwerkkarte'};
export const BASELINE = {dir: join(BUILD, 'hello'), name: 'hello'};
