// <ev-log live> against the reference server: events created after the rows were listed but
// before the stream opened (a stream without Last-Event-ID replays nothing) are fetched once and
// shown, once each.
import { expect, fixture, html } from '@open-wc/testing';
import { createAuthentikClient } from '../../../src/client/adapters/authentik.js';
import type { EvLog } from '../../../src/components/log/log.js';
import { referenceServer } from '../reference.js';
import { settle, shadow, waitFor } from './helpers.js';
import { copies, emit, gate } from './live-helpers.js';

const status = (el: EvLog) => shadow(el).querySelector('[part="live-status"]')!.textContent;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A client whose fetch holds each stream request until `release()` and records every request
 * (counted here: the server's request log is shared with test files running alongside).
 */
async function heldStreamClient(token?: () => string) {
  const server = await referenceServer();
  const { apiUrl } = server;
  const sent: URL[] = [];
  let held = gate();
  const fetchHolding: typeof fetch = async (input, init) => {
    const url = new URL(String(input));
    sent.push(url);
    if (url.pathname.endsWith('/events/stream/')) await held.promise;
    return fetch(input, init);
  };
  const client = createAuthentikClient({ baseUrl: apiUrl, token: token ?? server.token, live: 'auto', retries: 0, fetch: fetchHolding });
  return {
    client,
    lists: () => sent.filter((u) => u.pathname.endsWith('/events/events/')),
    streams: () => sent.filter((u) => u.pathname.endsWith('/events/stream/')),
    /** Lets the held stream requests (and later ones) through. */
    release: () => held.open(),
    /** Holds the next stream requests again. */
    hold: () => (held = gate()),
  };
}

describe('<ev-log live> catch-up when the stream opens', () => {
  it('an event created between the first page and the stream opening is shown once, after one catch-up request', async () => {
    const c = await heldStreamClient();
    const el = await fixture<EvLog>(html`<ev-log style="height: 520px" live .client=${c.client}></ev-log>`);
    await waitFor(() => el.matches(':state(ready)') && c.streams().length === 1, 'rows listed, stream held', 8000);
    expect(status(el)).to.equal('Connecting…');
    const gap = await emit();
    c.release();
    await waitFor(() => status(el) === 'Live', 'stream open', 8000);
    await waitFor(() => copies(el, gap)[0]! > 0, 'the gap event shown', 8000);
    await pause(300);
    await settle(el);
    expect(copies(el, gap), 'the gap event, once').to.deep.equal([1]);
    // The first page, then one catch-up from the newest row on (`created__gte`).
    expect(c.lists()).to.have.length(2);
    expect(c.lists()[0]!.searchParams.has('created__gte')).to.equal(false);
    expect(c.lists()[1]!.searchParams.get('created__gte')).to.be.a('string');
    expect(c.streams()).to.have.length(1);

    // Events after the stream opened come on the stream, once each, with no further list request.
    // One at a time: events of one request can share a millisecond, hence a `datetime`.
    const later = [...(await emit()), ...(await pause(5), await emit())];
    expect(new Set([...gap, ...later]).size).to.equal(3);
    await waitFor(() => copies(el, later).every((n) => n > 0), 'two live rows', 8000);
    await pause(300);
    await settle(el);
    expect(copies(el, [...gap, ...later]), 'each once').to.deep.equal([1, 1, 1]);
    expect(c.lists()).to.have.length(2);
    await expect(el).to.be.accessible();
  });

  it('removed from the page and put back: events created meanwhile are shown once, after one catch-up request', async () => {
    const c = await heldStreamClient();
    c.release();
    const el = await fixture<EvLog>(html`<ev-log style="height: 520px" live .client=${c.client}></ev-log>`);
    await waitFor(() => el.matches(':state(ready)') && status(el) === 'Live', 'rows and stream', 8000);
    await pause(200);
    const listsBefore = c.lists().length;
    const parent = el.parentElement!;
    el.remove();
    await pause(100);
    const missed = await emit();
    c.hold();
    parent.append(el);
    await waitFor(() => c.streams().length === 2, 'a new stream requested', 8000);
    // Created while the new stream is still opening: caught up as well.
    await pause(5);
    const opening = await emit();
    expect(opening[0]).not.to.equal(missed[0]);
    c.release();
    await waitFor(() => status(el) === 'Live', 'live again', 8000);
    await waitFor(() => copies(el, [...missed, ...opening]).every((n) => n > 0), 'both events shown', 8000);
    await pause(300);
    await settle(el);
    expect(copies(el, [...missed, ...opening]), 'each once').to.deep.equal([1, 1]);
    // The rows were not reloaded: one catch-up request.
    expect(c.lists().length - listsBefore).to.equal(1);
    expect(c.lists().at(-1)!.searchParams.get('created__gte')).to.be.a('string');
  });

  it('after a 401, a working token and Retry: an event created before the resumed stream opens is shown once', async () => {
    const { token } = await referenceServer();
    let current = 'not-the-token';
    const c = await heldStreamClient(() => current);
    c.release();
    const el = await fixture<EvLog>(html`<ev-log style="height: 520px" live .client=${c.client}></ev-log>`);
    await waitFor(() => el.matches(':state(error)') && status(el) === 'Live updates stopped', 'the auth error, live stopped', 8000);
    current = token;
    c.hold();
    const listsBefore = c.lists().length;
    shadow(el).querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
    await waitFor(() => el.matches(':state(ready)') && c.streams().length === 2, 'rows listed, stream held', 8000);
    const gap = await emit();
    c.release();
    await waitFor(() => status(el) === 'Live' && copies(el, gap)[0]! > 0, 'live, the gap event shown', 8000);
    await pause(300);
    await settle(el);
    expect(copies(el, gap), 'the gap event, once').to.deep.equal([1]);
    // The page of the Retry and one catch-up.
    expect(c.lists().length - listsBefore).to.equal(2);
  });
});

/**
 * A polling client (`live: 'poll'`, not shared across tabs) whose fetch holds the poller's first
 * (baseline) tick until `release()` and records every request. The log lists pages of 50, a tick 100.
 */
async function heldBaselineClient() {
  const { apiUrl, token } = await referenceServer();
  const sent: URL[] = [];
  const held = gate();
  let baseline = true;
  const fetchHolding: typeof fetch = async (input, init) => {
    const url = new URL(String(input));
    sent.push(url);
    const tick = url.pathname.endsWith('/events/events/') && url.searchParams.get('page_size') === '100';
    if (tick && baseline && !url.searchParams.has('created__gte')) {
      baseline = false;
      await held.promise;
    }
    return fetch(input, init);
  };
  const client = createAuthentikClient({ baseUrl: apiUrl, token, live: 'poll', pollIntervalMs: 1500, shareLive: false, retries: 0, fetch: fetchHolding });
  const lists = () => sent.filter((u) => u.pathname.endsWith('/events/events/'));
  return { client, lists, release: () => held.open() };
}

describe('<ev-log live> catch-up when polling starts', () => {
  it("an event created between the first page and the poller's first tick is shown once, after one catch-up request", async () => {
    const c = await heldBaselineClient();
    const el = await fixture<EvLog>(html`<ev-log style="height: 520px" live page-size="50" .client=${c.client}></ev-log>`);
    await waitFor(() => el.matches(':state(ready)') && c.lists().length === 2, 'rows listed, first tick held', 8000);
    expect(status(el)).to.equal('Live (polling)');
    const gap = await emit();
    c.release();
    await waitFor(() => copies(el, gap)[0]! > 0, 'the gap event shown', 8000);
    await pause(300);
    await settle(el);
    expect(copies(el, gap), 'the gap event, once').to.deep.equal([1]);
    // The first page, the baseline tick, one catch-up from the newest row on (before the next tick).
    const [page, baseline, catchUp, ...rest] = c.lists();
    expect(page!.searchParams.get('page_size')).to.equal('50');
    expect(baseline!.searchParams.has('created__gte')).to.equal(false);
    expect(catchUp!.searchParams.get('created__gte')).to.be.a('string');
    expect(catchUp!.searchParams.get('page')).to.equal('1');
    expect(rest.every((u) => !u.searchParams.has('page')), 'later requests are ticks').to.equal(true);

    // Later events come with the ticks, once each, and no further catch-up.
    const later = await emit();
    await waitFor(() => copies(el, later)[0]! > 0, 'a polled event shown', 8000);
    await pause(1800);
    await settle(el);
    expect(copies(el, [...gap, ...later]), 'each once').to.deep.equal([1, 1]);
    expect(c.lists().filter((u) => u.searchParams.has('page') && u.searchParams.has('created__gte'))).to.have.length(1);
  });
});
