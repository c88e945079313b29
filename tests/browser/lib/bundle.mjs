// What a browser downloads to start an app built by cmake/WebApp.cmake: NAME.<hash>.js and
// NAME.<hash>.wasm as the page names them (fonts are embedded in the wasm), and for a page the
// page's own files, raw and gzip -9 bytes. Sizes are deterministic, so the budget test and the
// benchmark share this one measurement.
import {readFileSync, existsSync} from 'node:fs';
import {join} from 'node:path';
import {gzipSync} from 'node:zlib';

function sizes(file) {
  const data = readFileSync(file);
  return {raw: data.length, gzip: gzipSync(data, {level: 9}).length};
}

// "NAME.<hash>": the content-hashed name `page` in `dir` loads (its data-app).
export function builtName(dir, name, page = 'index.html') {
  const html = readFileSync(join(dir, page), 'utf8');
  const built = html.match(/data-app="([^"]+)"/)?.[1];
  if (!built?.match(new RegExp(`^${name}\\.[0-9a-f]{12}$`))) {
    throw new Error(`${dir}/${page} loads ${built}, not ${name}.<hash>`);
  }
  return built;
}

// pageFiles: the page's own files besides NAME.<hash>.js and .wasm (its HTML first, scripts,
// styles), counted too when given.
export function bundle(dir, name, pageFiles = []) {
  const built = builtName(dir, name, pageFiles[0]?.endsWith('.html') ? pageFiles[0] : 'index.html');
  const parts = {js: sizes(join(dir, `${built}.js`)), wasm: sizes(join(dir, `${built}.wasm`))};
  for (const file of pageFiles) parts[file] = sizes(join(dir, file));
  const all = Object.values(parts);
  return {
    parts,
    raw: all.reduce((sum, p) => sum + p.raw, 0),
    gzip: all.reduce((sum, p) => sum + p.gzip, 0),
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
// The participant page and the bare page with everything a browser downloads to show them.
export const PARTICIPANT = {dir: join(BUILD, 'site'), name: 'participant',
                            files: ['participant.html', 'participant_page.js', 'participant.css', 'loader.js', 'style.css']};
export const BASELINE_PAGE = {...BASELINE, files: ['index.html', 'loader.js', 'style.css']};
