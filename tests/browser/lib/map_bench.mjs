// Steps the map benchmarks take in the app (bench.mjs, bench_peers.mjs), each checked: a drag
// must pan the map (the view's centre moves with the pointer, the zoom stays) and a wheel step
// must zoom it, and neither may change the session (its revision, undo). A step that did
// something else throws, so a benchmark never times dragging an offer instead of panning.
import {settle, state} from './browser.mjs';

// Where a press and drag pans the map: no marker, label or link under it (the app's own hit test).
export async function emptyMapPoint(page) {
  const p = JSON.parse(await page.evaluate(() => Module.UTF8ToString(Module._nwk_map_empty_point())));
  if (p.length !== 2) throw new Error('map bench: the map has no point without a marker, label or link under it');
  return {x: p[0], y: p[1]};
}

// The map's view as the state reports it: centre in screen pixels (x east, y south), zoom,
// and what the session was when it was taken.
export function viewOf(s) {
  const mpp = s.map.metresPerPixel;
  return {x: s.map.centre[0] / mpp, y: -s.map.centre[1] / mpp, mpp, revision: s.revision, canUndo: s.canUndo};
}

export function expectSessionUnchanged(before, after, what) {
  if (after.revision !== before.revision || after.canUndo !== before.canUndo)
    throw new Error(`map bench: ${what} changed the session (revision ${before.revision} -> ${after.revision}, ` +
                    `undo ${before.canUndo} -> ${after.canUndo}); it did not only move the view`);
}

// Throws unless the view moved by -moved (pixels; the map follows the pointer) at the same zoom.
export function expectPanned(before, after, moved, what = 'a drag') {
  expectSessionUnchanged(before, after, what);
  if (after.mpp !== before.mpp) throw new Error(`map bench: ${what} changed the zoom (${before.mpp} -> ${after.mpp})`);
  const dx = after.x - before.x + moved.x, dy = after.y - before.y + moved.y;
  if (Math.hypot(moved.x, moved.y) < 1 || Math.hypot(dx, dy) > 2 + 0.02 * Math.hypot(moved.x, moved.y))
    throw new Error(`map bench: ${what} of (${moved.x}, ${moved.y}) px moved the view by ` +
                    `(${before.x - after.x}, ${before.y - after.y}) px`);
}

export function expectZoomed(before, after, what = 'a wheel step') {
  expectSessionUnchanged(before, after, what);
  if (after.mpp === before.mpp) throw new Error(`map bench: ${what} did not change the zoom`);
}

// Drags from an empty point by (dx, dy) in steps moves; checks it panned.
export async function pan(page, dx, dy, steps = 20) {
  const before = viewOf(await state(page));
  const from = await emptyMapPoint(page);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= steps; ++i) await page.mouse.move(from.x + dx * i / steps, from.y + dy * i / steps);
  await page.mouse.up();
  await settle(page);
  expectPanned(before, viewOf(await state(page)), {x: dx, y: dy});
}

// One wheel step at a point; checks it zoomed. Returns the state after it.
export async function wheel(page, at, deltaY) {
  const before = viewOf(await state(page));
  await page.mouse.move(at.x, at.y);
  await page.mouse.wheel(0, deltaY);
  await settle(page);
  const s = await state(page);
  expectZoomed(before, viewOf(s));
  return s;
}

// Brings the synthetic town's grid of districts (west to east and south to north from lon 9,
// lat 50, about 0.1 degrees; synthetic.hpp) to the map's middle, then zooms in there until
// the most markers are drawn (at least minimum, if the map gets there). Returns the markers.
export async function zoomToMostMarkers(page, minimum) {
  const gridCentre = JSON.parse(await page.evaluate(() => Module.UTF8ToString(Module._nwk_map_point(9.05, 50.035))));
  const [cx, cy, cw, ch] = (await state(page)).map.canvas;
  const middle = {x: cx + cw / 2, y: cy + ch / 2};
  const offset = {x: middle.x - gridCentre[0], y: middle.y - gridCentre[1]};
  if (Math.hypot(offset.x, offset.y) >= 2) await pan(page, offset.x, offset.y);
  let markers = (await state(page)).map.markersDrawn;
  for (let i = 0; i < 20 && markers < minimum; ++i) {
    const now = (await wheel(page, middle, -100)).map.markersDrawn;
    if (now < markers) break;  // past the zoom that shows the most
    markers = now;
  }
  return markers;
}
