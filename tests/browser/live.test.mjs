// Live voting from phones (issue 7), against the real netzwerkkarte-server serving the real
// web app (phones on its participant page, "/"): the facilitator opens the server's secret
// link (the secret leaves the address bar), starts a live round, and three phones join by its code. They vote by touch; one
// loses the network while sending, its ballot waits on the phone and goes out once the
// network is back; one changes its ballot while the server is out of reach and reloads,
// and the change survives. The facilitator's count rises without a click,
// closing the round takes every ballot in, the ranking is the expected one, a phone that
// votes after the close is told so, and an idle phone learns of the close by itself.
// The facilitator's secret counts only from the link's fragment and once the server confirmed
// it (a link with a wrong one, which any page could send the laptop to, changes nothing), and
// leaves neither address bar nor history. The facilitator's app backs off after any bad
// answer of the feed and takes in every page of it when closing.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';

import {click, openApp, state, tap, waitForFirstFrame, widgets} from './lib/browser.mjs';
import {liveServer} from './lib/live_server.mjs';

const PHONE = {viewport: {width: 390, height: 844}, deviceScaleFactor: 2, isMobile: true, hasTouch: true};
const SHOTS = new URL('../../build/screenshots/', import.meta.url).pathname;
// What a phone's participant page shows (window.nwkPage.view): step, pending, offline, codeProblem.
async function untilPhone(page, predicate, what, timeoutMs = 20000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const view = await page.evaluate(() => window.nwkPage.view);
    if (view && predicate(view)) return view;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(view && {...view, t: undefined})}`);
    await page.waitForTimeout(100);
  }
}
const closedSaid = (v) => v.step === 'entering' && /beendet/.test(v.codeProblem);

async function until(page, predicate, what, timeoutMs = 20000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const s = await state(page);
    if (predicate(s)) return s;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(s.participant ?? s.rounds)}`);
    await page.waitForTimeout(100);
  }
}

// Loads the demo, adds a round in phase 4 and starts it live; its id and join code.
async function startLiveRound(desk) {
  await click(desk, 'menu');
  await click(desk, 'menu.demo');
  await click(desk, 'phase.weighting');
  await click(desk, 'round.new');
  const round = (await state(desk)).rounds.at(-1).id;
  await click(desk, `live.${round}.start`);
  const code = (await until(desk, (s) => s.rounds.find((r) => r.id === round).liveCode, 'the join code'))
    .rounds.find((r) => r.id === round).liveCode;
  return {round, code};
}

// A phone's ballot sent straight to the API (no page): one point on the first proposal.
async function voteByApi(base, code) {
  const post = (path, body, token) => fetch(`${base}${path}`, {
    method: path === '/api/join' ? 'POST' : 'PUT', body: JSON.stringify(body),
    headers: {'Content-Type': 'application/json', ...(token ? {Authorization: `Bearer ${token}`} : {})},
  }).then((r) => r.json());
  const joined = await post('/api/join', {code});
  assert.equal(joined.round?.method, 'dots', JSON.stringify(joined));
  const entries = [{proposal: joined.round.proposals[0].id, value: 1, criterion: 0}];
  const put = await post('/api/ballot', {code, ballot: {group: 0, voter: '', entries}}, joined.token);
  assert.ok(put.ballot, JSON.stringify(put));
}

// Taps plus on the first two proposals a and b times, then submits.
async function vote(page, a, b) {
  const plus = (await widgets(page)).filter((w) => /^kiosk\.dots\.\d+\.plus$/.test(w.id)).map((w) => w.id);
  assert.ok(plus.length >= 2, 'a plus button per proposal on the phone');
  for (let i = 0; i < a; ++i) await tap(page, plus[0]);
  for (let i = 0; i < b; ++i) await tap(page, plus[1]);
  await tap(page, 'kiosk.submit');
}

describe('live voting from phones', () => {
  const server = liveServer();

  it('three phones vote, one offline for a while, one changes its mind; the facilitator sees it all', async () => {
    const desk = await openApp(server.browser, server.facilitator);
    await until(desk, (s) => s.liveSecret, 'the facilitator link recognised');
    assert.ok(!desk.url().includes('facilitator='), 'the secret left the address bar');
    const {round, code} = await startLiveRound(desk);
    assert.match(code, /^[0-9A-Z]{4,8}$/);
    assert.equal((await state(desk)).rounds.find((r) => r.id === round).state, 1, 'the live round is open');

    const phones = [];
    for (let i = 0; i < 3; ++i) {
      const phone = await openApp(server.browser, `${server.base}/?join=${code}`, PHONE);
      await untilPhone(phone, (v) => v.step === 'voting', 'the ballot on the phone');
      phones.push(phone);
    }
    assert.ok(!(await widgets(phones[0])).some((w) => w.id === 'menu'), 'a phone shows the ballot only');
    await phones[0].screenshot({path: `${SHOTS}live-phone.png`});
    await until(desk, (s) => s.rounds.find((r) => r.id === round).liveDevices === 3, 'three devices joined');

    await vote(phones[0], 3, 2);
    await untilPhone(phones[0], (v) => v.step === 'sent', 'the first confirmation');
    await vote(phones[1], 3, 2);
    await untilPhone(phones[1], (v) => v.step === 'sent', 'the second confirmation');
    await until(desk, (s) => s.rounds.find((r) => r.id === round).ballots === 2, 'the count rising to 2');
    await phones[1].screenshot({path: `${SHOTS}live-phone-sent.png`});
    await desk.screenshot({path: `${SHOTS}live-facilitator.png`});
    await click(desk, `live.${round}.join`);
    await desk.screenshot({path: `${SHOTS}live-join-screen.png`});
    await click(desk, 'live.joinScreen.back');

    // The third phone loses the network while it sends: the ballot waits on the phone.
    await phones[2].context().setOffline(true);
    await vote(phones[2], 2, 3);
    const waiting = await untilPhone(phones[2], (v) => v.pending && v.offline, 'the ballot waiting');
    assert.equal(waiting.step, 'voting');
    await phones[2].context().setOffline(false);
    await untilPhone(phones[2], (v) => v.step === 'sent' && !v.pending, 'the late ballot sent');
    await until(desk, (s) => s.rounds.find((r) => r.id === round).ballots === 3, 'the count rising to 3');

    // The first phone changes its ballot while the server cannot be reached, and reloads:
    // the unsent change survives on the phone and goes out once the server answers again.
    // Still three ballots; the new one counts.
    await phones[0].route('**/api/ballot', (route) => route.abort());
    await tap(phones[0], 'participant.change');
    await tap(phones[0], (await widgets(phones[0])).find((w) => /^kiosk\.dots\.\d+\.minus$/.test(w.id)).id);
    const plus = (await widgets(phones[0])).filter((w) => /^kiosk\.dots\.\d+\.plus$/.test(w.id)).map((w) => w.id);
    await tap(phones[0], plus[1]);
    await tap(phones[0], 'kiosk.submit');
    await untilPhone(phones[0], (v) => v.pending && v.offline, 'the change waiting');
    await phones[0].reload();
    await waitForFirstFrame(phones[0]);
    await untilPhone(phones[0], (v) => v.pending && v.step === 'voting', 'the change back after the reload');
    await phones[0].unroute('**/api/ballot');
    await untilPhone(phones[0], (v) => v.step === 'sent' && !v.pending, 'the changed ballot confirmed');

    // One phone cannot ask whether the round is still open (so it learns it only by voting).
    await phones[1].route('**/api/me', (route) => route.abort());
    await click(desk, `round.${round}.close`);
    await click(desk, 'round.closeConfirm');
    const closed = (await until(desk, (s) => s.rounds.find((r) => r.id === round).state === 2, 'the round closed'))
      .rounds.find((r) => r.id === round);
    assert.equal(closed.ballots, 3, 'every ballot is in, the changed one once');
    assert.equal(closed.ranking[0].score, 8, 'second proposal: 2 + 3 + 3 after the change');
    assert.equal(closed.ranking[1].score, 7, 'first proposal: 2 + 3 + 2');

    await tap(phones[1], 'participant.change');
    await tap(phones[1], 'kiosk.submit');
    await untilPhone(phones[1], closedSaid, 'a vote after the close refused');
    await untilPhone(phones[2], closedSaid, 'an idle phone told of the close', 25000);
    for (const page of [desk, ...phones]) {
      assert.deepEqual(page.consoleErrors.filter((e) => !/Failed to load resource|ERR_INTERNET_DISCONNECTED/.test(e)), []);
      await page.context().close();
    }
  });
});

// Each on a server of its own: the demo is one session wherever it is opened, so its rounds
// would meet on a shared server under the same key.
describe('the facilitator\'s link', () => {
  const server = liveServer();

  it('counts only from its fragment, with the right secret, and leaves no trace', async () => {
    const secret = new URL(server.facilitator).hash.slice('#facilitator='.length);
    const queried = await openApp(server.browser, `${server.base}/index.html?facilitator=${secret}`);
    await queried.waitForTimeout(1500);
    assert.equal((await state(queried)).liveSecret, false, 'not from the query (it would land in request lines)');
    await queried.context().close();

    const desk = await openApp(server.browser, `${server.base}/index.html?from=elsewhere`);
    await desk.goto(server.facilitator);
    await waitForFirstFrame(desk);
    await until(desk, (s) => s.liveSecret, 'the secret confirmed by the server');
    assert.equal(desk.url(), `${server.base}/index.html`, 'the secret left the address bar');
    await desk.goBack();
    await desk.goForward();
    assert.ok(!desk.url().includes('facilitator'), `the secret left the history: ${desk.url()}`);

    // Any page can send the laptop to a link with another secret: it is refused and the
    // stored one still works.
    const wrong = secret.slice(0, -1) + (secret.endsWith('0') ? '1' : '0');
    const context = desk.context();
    await desk.close();
    const lured = await context.newPage();
    await lured.goto(`${server.base}/index.html#facilitator=${wrong}`);
    await waitForFirstFrame(lured);
    const refused = await until(lured, (s) => s.liveError !== '', 'the wrong link refused');
    assert.match(refused.liveError, /Moderationslink passt nicht/);
    assert.equal(refused.liveSecret, true, 'the stored secret is kept');
    assert.equal(lured.url(), `${server.base}/index.html`);
    assert.match((await startLiveRound(lured)).code, /^[0-9A-Z]{4,8}$/, 'live controls still work');
    await context.close();
  });

});

describe('the facilitator\'s feed', () => {
  const server = liveServer();

  it('is asked again only after a pause when its answer was bad, and read page by page when closing', async () => {
    const desk = await openApp(server.browser, server.facilitator);
    await until(desk, (s) => s.liveSecret, 'the facilitator link recognised');
    let answer = null;  // how the feed is answered: a bad answer, or long polls held like a quiet server
    const feedRequests = [];
    await desk.route('**/api/rounds/*/ballots?*', async (route) => {
      const url = new URL(route.request().url());
      feedRequests.push(url.searchParams);
      if (url.searchParams.get('wait') === '0') {  // closing: the real feed, one ballot a page
        const response = await route.fetch();
        const feed = await response.json();
        if (feed.ballots.length > 1) Object.assign(feed, {ballots: feed.ballots.slice(0, 1), more: true});
        if (feed.more) feed.lastSeq = feed.ballots[0].seq;
        return route.fulfill({response, json: feed});
      }
      if (answer) return route.fulfill(answer);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const since = Number(url.searchParams.get('since'));
      return route.fulfill({json: {state: 'open', devices: 3, lastSeq: since, more: false, ballots: []}});
    });
    const {round, code} = await startLiveRound(desk);

    for (const bad of [{json: {nope: 1}}, {status: 404, json: {error: 'x', code: 'unknown_round'}},
                       {status: 500, body: 'kaputt'}]) {
      answer = bad;
      await desk.waitForTimeout(500);
      const before = feedRequests.length;
      await desk.waitForTimeout(4000);
      assert.ok(feedRequests.length - before <= 3, `${feedRequests.length - before} feed requests in 4 s after ${JSON.stringify(bad)}`);
    }
    answer = null;

    for (let i = 0; i < 3; ++i) await voteByApi(server.base, code);
    await click(desk, `round.${round}.close`);
    await click(desk, 'round.closeConfirm');
    const closed = (await until(desk, (s) => s.rounds.find((r) => r.id === round).state === 2, 'the round closed'))
      .rounds.find((r) => r.id === round);
    assert.equal(closed.ballots, 3, 'every page taken in before closing');
    assert.ok(feedRequests.filter((q) => q.get('wait') === '0').length >= 3, 'one request per page');
    assert.deepEqual(desk.consoleErrors.filter((e) => !/Failed to load resource/.test(e)), []);
    await desk.context().close();
  });
});
