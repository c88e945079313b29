// The reports pass an automated accessibility audit (axe-core, pinned in package.json, all its
// default rules: WCAG 2.x A and AA and the best practices such as landmarks and heading
// order) with no violation: the council report of the demo workshop (German and English, hidden
// results included so the interim round is audited too), the report of the follow-up
// conference (measures plan and what changed) and the progress report a year on. Each page is
// written by the native CLI and loaded into headless Chromium as its bytes; axe-core's source
// is injected inline. A failure lists every violation with the elements it concerns.
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, describe, it} from 'node:test';

import {launch} from './lib/browser.mjs';

const CLI = process.env.NWK_CLI || new URL('../../build/native/bin/netzwerkkarte-cli', import.meta.url).pathname;
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

function cli(env, ...args) {
  return execFileSync(CLI, args, {encoding: 'utf8', env: {...process.env, ...env}, stdio: ['ignore', 'pipe', 'pipe']});
}

// "rule (impact): help\n  selector: failure summary" for each violation and node.
function described(violations) {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n` +
    v.nodes.map((n) => `  ${n.target.join(' ')}: ${n.failureSummary.replace(/\s+/g, ' ')}`).join('\n')).join('\n');
}

describe('the reports pass axe-core', () => {
  let dir, browser;
  const reports = {};

  before(async () => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: build it first (cmake --build build/native --target netzwerkkarte-cli)`);
    dir = mkdtempSync(join(tmpdir(), 'nwk-audit-'));
    const file = (name) => join(dir, name);
    cli({}, 'demo', '-o', file('demo.nwk'));
    cli({}, 'demo', '--follow-up', file('followup.nwk'));
    cli({}, 'demo', '--after', file('after.nwk'));
    for (const lang of ['de', 'en'])
      cli({NWK_LANG: lang}, 'export', file('demo.nwk'), '--format', 'html', '--include-hidden', '-o', file(`report-${lang}.html`));
    cli({}, 'export', file('followup.nwk'), '--format', 'html', '-o', file('followup.html'));
    cli({}, 'progress', file('after.nwk'), '--today', '2026-07-01', '-o', file('progress.html'));
    for (const name of ['report-de', 'report-en', 'followup', 'progress'])
      reports[name] = readFileSync(file(`${name}.html`), 'utf8');
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    if (dir) rmSync(dir, {recursive: true, force: true});
  });

  async function audit(html) {
    const page = await browser.newPage({viewport: {width: 1100, height: 900}});
    try {
      await page.setContent(html, {waitUntil: 'load'});
      await page.addScriptTag({content: AXE});
      return await page.evaluate(async () => (await window.axe.run(document, {resultTypes: ['violations']})).violations
        .map(({id, impact, help, nodes}) => ({id, impact, help,
          nodes: nodes.map(({target, failureSummary}) => ({target, failureSummary}))})));
    } finally {
      await page.close();
    }
  }

  for (const name of ['report-de', 'report-en', 'followup', 'progress'])
    it(`${name} has no violation`, async () => {
      const violations = await audit(reports[name]);
      assert.equal(violations.length, 0, `\n${described(violations)}`);
    });
});
