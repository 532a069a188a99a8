// <ev-log live> after its stream dropped and came back without replaying the gap (a server that
// lost its history, or kept too little of it: the reference server keeps the newest 10,000 live
// items): the events created meanwhile are still shown (newest first) or counted in the
// "N new events" button (explicit pages), once each. Reference server over real HTTP; the test's
// fetch cuts the stream and strips Last-Event-ID from the reconnect, as such a server would ignore it.
// The same with the replay kept: what the stream replays and what the catch-up lists count once.
import { expect, fixture, html } from '@open-wc/testing';
import { createAuthentikClient } from '../../../src/client/adapters/authentik.js';
import type { EvLog } from '../../../src/components/log/log.js';
import { cuttable, referenceServer } from '../reference.js';
import { settle, shadow, waitFor } from './helpers.js';
import { copies, emit, gate, shown } from './live-helpers.js';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const status = (el: EvLog) => shadow(el).querySelector('[part="live-status"]')!.textContent;
const banner = (el: EvLog) => shadow(el).querySelector<HTMLButtonElement>('[part="new-events"]');
const bannerCount = (el: EvLog) => Number(/[\d,]+/.exec(banner(el)?.textContent ?? '')?.[0]?.replace(/,/g, '') ?? 0);

/** A client whose stream the test can cut; the reconnect waits for `release()` and (unless `replay`) asks for no replay. */
async function droppingClient(replay: boolean) {
  const { apiUrl, token } = await referenceServer();
  const sent: URL[] = [];
  let cut: (() => void) | undefined;
  let held: ReturnType<typeof gate> | undefined;
  const wrapped: typeof fetch = async (input, init = {}) => {
    const url = new URL(String(input));
    sent.push(url);
    if (!url.pathname.endsWith('/events/stream/')) return fetch(input, init);
    await held?.promise;
    const headers = new Headers(init.headers);
    if (!replay) headers.delete('last-event-id');
    const response = await fetch(input, { ...init, headers });
    const stream = cuttable(response);
    cut = stream.cut;
    return stream.response;
  };
  const client = createAuthentikClient({ baseUrl: apiUrl, token, live: 'sse', shareLive: false, retries: 0, random: () => 0, fetch: wrapped });
  return {
    client,
    lists: () => sent.filter((u) => u.pathname.endsWith('/events/events/')),
    streams: () => sent.filter((u) => u.pathname.endsWith('/events/stream/')),
    /** Cuts the open stream and holds the reconnect. */
    drop: () => {
      held = gate();
      cut!();
    },
    release: () => held!.open(),
  };
}

for (const replay of [false, true]) describe(`<ev-log live> a reconnect that ${replay ? 'replays' : 'does not replay'} the gap`, function () {
  this.timeout(30000);

  it('newest first: the events created while the stream was down are shown at the top, once each', async () => {
    const c = await droppingClient(replay);
    const el = await fixture<EvLog>(html`<ev-log style="height: 520px" live .client=${c.client}></ev-log>`);
    await waitFor(() => el.matches(':state(ready)') && status(el) === 'Live', 'rows and stream', 8000);
    // One event through the stream first: it carries an id, so the reconnect would resume from it.
    const live = await emit();
    await waitFor(() => copies(el, live)[0] === 1, 'the live event shown', 8000);
    c.drop();
    await waitFor(() => c.streams().length === 2, 'the reconnect', 8000);
    const missed = await emit(3);
    c.release();
    await waitFor(() => status(el) === 'Live', 'live again', 8000);
    await waitFor(() => copies(el, missed).every((n) => n > 0), 'the missed events shown', 8000);
    await pause(300);
    await settle(el);
    // Each once (events created in the same instant show the same time).
    const all = [...live, ...missed];
    expect(copies(el, all), 'each once').to.deep.equal(all.map((t) => all.filter((u) => u === t).length));
    expect(shown(el).slice(0, 4).sort()).to.deep.equal([...live, ...missed].sort());
  });

  it('explicit pages (page 2): the button counts the events created while the stream was down, once each', async () => {
    const c = await droppingClient(replay);
    const el = await fixture<EvLog>(html`<ev-log style="height: 520px" live mode="pages" page="2" .client=${c.client}></ev-log>`);
    await waitFor(() => el.matches(':state(ready)') && status(el) === 'Live', 'page 2 and stream', 8000);
    await emit();
    await waitFor(() => bannerCount(el) === 1, 'the live event counted', 8000);
    c.drop();
    await waitFor(() => c.streams().length === 2, 'the reconnect', 8000);
    await emit(3);
    c.release();
    await waitFor(() => status(el) === 'Live' && bannerCount(el) === 4, `the missed events counted (shows ${bannerCount(el)})`, 8000);
    await pause(300);
    expect(bannerCount(el)).to.equal(4);
  });
});
