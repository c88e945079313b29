import {launch, waitForFirstFrame, settle} from './lib/browser.mjs';
import {PARTICIPANT} from './lib/bundle.mjs';
import {openRound} from './lib/live_rounds.mjs';
import {startLiveServer} from './lib/live_server.mjs';
const live = await startLiveServer(PARTICIPANT.dir);
const browser = await launch();
const code = await openRound(live.base, live.facilitator, {groups: [{id: 3, name: 'Kita'}, {id: 4, name: 'Schule'}]});
for (const [name, vp, touch] of [['laptop', {width: 1280, height: 800}, false], ['tablet', {width: 1024, height: 768}, true]]) {
  for (const lang of ['de', 'en']) {
    const ctx = await browser.newContext({viewport: vp, hasTouch: touch, isMobile: false});
    const page = await ctx.newPage();
    await page.goto(`${live.base}/`);
    await waitForFirstFrame(page);
    if (lang === 'en') { await page.click('#language'); await page.waitForTimeout(300); }
    await page.screenshot({path: `/tmp/shots/${name}-${lang}-join.png`});
    await page.fill('#code', code);
    await page.click('#join-button');
    await page.waitForFunction(() => window.nwkPage.view && window.nwkPage.view.step === 'voting');
    await settle(page);
    await page.screenshot({path: `/tmp/shots/${name}-${lang}-ballot.png`});
    await ctx.close();
  }
}
await browser.close(); live.stop();
