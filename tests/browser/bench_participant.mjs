// The participant page's benchmark (issue 19), called by bench.mjs: its download (gzip -9,
// with its HTML, scripts and styles) against the bare ImGui page's, and the time from
// navigation to a usable ballot on a slow conference hotspot: Chromium emulating 1.6 Mbit/s
// down, 0.75 Mbit/s up and 150 ms round trips (CDP Network.emulateNetworkConditions), each
// load cold in a fresh context. The participant page is served by the real
// netzwerkkarte-server with an open round (the QR link, ?join=CODE) and timed until the
// canvas draws the ballot; the bare page, served by a second netzwerkkarte-server the same
// way, until its first frame. Medians of LOADS loads of each, alternating, in the same run. Fails when the
// ballot never appeared.
import {launch, widgets} from './lib/browser.mjs';
import {BASELINE, BASELINE_PAGE, PARTICIPANT, bundle} from './lib/bundle.mjs';
import {openRound} from './lib/live_rounds.mjs';
import {startLiveServer} from './lib/live_server.mjs';

const LOADS = 5;
const SLOW = {offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 0.75e6 / 8};

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

// Milliseconds from navigation until `ready` (a function run in the page; the server's CSP
// allows no strings to be evaluated) gives a number, for one cold load in a fresh context.
async function slowLoad(browser, url, ready, check) {
  const context = await browser.newContext({viewport: {width: 390, height: 844}, isMobile: true, hasTouch: true,
                                            deviceScaleFactor: 2});
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW);
    await page.goto(url);
    await page.waitForFunction(ready, null, {timeout: 120000}).catch((e) => {
      throw new Error(`${url}: nothing usable on the slow network: ${e.message}`);
    });
    const ms = await page.evaluate(ready);
    if (check) await check(page);
    return ms;
  } finally {
    await context.close();
  }
}

async function ballotDrawn(page) {
  if (!(await widgets(page)).some((w) => w.id === 'kiosk.submit'))
    throw new Error('the participant page said it showed the ballot, but no ballot is drawn');
}

export async function participantBench() {
  const participant = bundle(PARTICIPANT.dir, PARTICIPANT.name, PARTICIPANT.files);
  const baseline = bundle(BASELINE_PAGE.dir, BASELINE_PAGE.name, BASELINE_PAGE.files);
  const live = await startLiveServer(PARTICIPANT.dir);
  const bare = await startLiveServer(BASELINE.dir);
  const browser = await launch();
  let ballot;
  let bareFrame;
  try {
    const code = await openRound(live.base, live.facilitator);
    // Alternating, so that a busy moment of the machine hits both pages alike.
    const bareTimes = [];
    const ballotTimes = [];
    for (let i = 0; i < LOADS; ++i) {
      bareTimes.push(await slowLoad(browser, `${bare.base}/`, () => window.nwkFirstFrameMs));
      ballotTimes.push(await slowLoad(browser, `${live.base}/?join=${code}`, () => window.nwkBallotShownMs, ballotDrawn));
    }
    bareFrame = {median: median(bareTimes), all: bareTimes};
    ballot = {median: median(ballotTimes), all: ballotTimes};
  } finally {
    await browser.close();
    live.stop();
    bare.stop();
  }
  const round = (x) => Math.round(x * 1000) / 1000;
  return {
    participant_bundle_gzip_bytes: participant.gzip,
    participant_wasm_gzip_bytes: participant.parts.wasm.gzip,
    participant_baseline_page_gzip_bytes: baseline.gzip,
    participant_bundle_gzip_ratio: round(participant.gzip / baseline.gzip),
    participant_ballot_ms: round(ballot.median),
    baseline_slow_first_frame_ms: round(bareFrame.median),
    participant_ballot_ratio: round(ballot.median / bareFrame.median),
    participant_ballot_samples_ms: ballot.all.map(round),
    baseline_slow_first_frame_samples_ms: bareFrame.all.map(round),
    slow_network: '1.6 Mbit/s down, 0.75 Mbit/s up, 150 ms RTT',
  };
}

// Run alone: node bench_participant.mjs
if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await participantBench(), null, 2));
