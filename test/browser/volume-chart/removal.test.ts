import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define.js';
import { createAuthentikClient } from '../../../src/client/adapters/authentik.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import { EventsAbortedError } from '../../../src/client/errors.js';
import type { EventsClient, VolumeResult } from '../../../src/client/types.js';
import type { EvSource } from '../../../src/components/source/source.js';
import type { EvVolumeChart } from '../../../src/components/volume-chart/volume-chart.js';
import { makeEvents } from '../../fixtures/events.js';
import { control, referenceServer, requestLog } from '../reference.js';
import { DAY, HOUR, recentEvents, text } from './helpers.js';

const total = (el: Element) => Number(text(el, '[part=summary]').match(/^([\d,]+) events?/)![1]!.replace(/,/g, ''));

/** A memory client whose volume answers wait for the test, counting sent, aborted and completed requests. */
function heldClient() {
  const memory = createMemoryClient({ events: recentEvents(200, 6 * DAY, ['login', 'logout']), volumeBucketMs: HOUR });
  const counts = { sent: 0, aborted: 0, completed: 0 };
  const waiting: Array<() => void> = [];
  const client: EventsClient = {
    ...memory,
    volume: (query, options) =>
      new Promise<VolumeResult>((resolve, reject) => {
        counts.sent++;
        const signal = options?.signal;
        const onAbort = () => {
          counts.aborted++;
          reject(new EventsAbortedError());
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        waiting.push(() => {
          if (signal?.aborted) return;
          signal?.removeEventListener('abort', onAbort);
          // Computed when released: the answer reflects the data at that moment.
          memory.volume(query).then((answer) => (counts.completed++, resolve(answer)), reject);
        });
      }),
  };
  const releaseAll = () => waiting.splice(0).forEach((release) => release());
  return { memory, client, counts, releaseAll };
}

describe('<ev-volume-chart> removed while loading', () => {
  it('aborts its request; re-attached, it asks again and shows the fresh answer (no error, no stale paint)', async () => {
    const { memory, client, counts, releaseAll } = heldClient();
    const errors: Event[] = [];
    const source = await fixture<EvSource>(html`<ev-source .client=${client} @ev-error=${(e: Event) => errors.push(e)}><ev-volume-chart></ev-volume-chart></ev-source>`);
    const el = source.querySelector<EvVolumeChart>('ev-volume-chart')!;
    releaseAll();
    await waitUntil(() => el.matches(':state(ready)'), 'first answer shown');
    const before = total(el);
    expect(counts).to.deep.equal({ sent: 1, aborted: 0, completed: 1 });

    el.reload();
    await waitUntil(() => counts.sent === 2, 'reload sent');
    el.remove();
    expect(counts.aborted, 'removal aborts the request in flight').to.equal(1);
    // The data changes while the chart is away; the aborted request's answer is never used.
    memory.addEvents(makeEvents({ count: 3, now: Date.now() - 60_000, gapMs: 1000, actions: ['login'] }).map((e, i) => ({ ...e, pk: `away-${i}` })));
    releaseAll();
    await new Promise((r) => setTimeout(r, 20));
    expect(counts.completed).to.equal(1);

    source.append(el);
    await waitUntil(() => counts.sent === 3, 're-attached, it asks again');
    expect(el.matches(':state(error)')).to.equal(false);
    releaseAll();
    await waitUntil(() => el.matches(':state(ready)') && el.shadowRoot!.querySelector('[part=refreshing]') === null, 'fresh answer shown');
    expect(total(el)).to.equal(before + 3);
    expect(counts).to.deep.equal({ sent: 3, aborted: 1, completed: 2 });
    expect(errors).to.have.length(0);
  });

  it('removed before its first answer: re-attached, it loads (one new request, none left running)', async () => {
    const { client, counts, releaseAll } = heldClient();
    const el = await fixture<EvVolumeChart>(html`<ev-volume-chart .client=${client}></ev-volume-chart>`);
    const parent = el.parentElement!;
    expect(counts.sent).to.equal(1);
    el.remove();
    expect(counts.aborted).to.equal(1);
    parent.append(el);
    await waitUntil(() => counts.sent === 2, 'asked again');
    expect(el.matches(':state(loading)')).to.equal(true);
    releaseAll();
    await waitUntil(() => el.matches(':state(ready)'), 'loaded');
    expect(counts).to.deep.equal({ sent: 2, aborted: 1, completed: 1 });
    await expect(el).to.be.accessible();
  });

  it('live and removed while loading: one fresh request on re-attach (the catch-up is that request)', async () => {
    const { client, counts, releaseAll } = heldClient();
    const source = await fixture<EvSource>(html`<ev-source .client=${client}><ev-volume-chart live></ev-volume-chart></ev-source>`);
    const el = source.querySelector<EvVolumeChart>('ev-volume-chart')!;
    el.remove();
    source.append(el);
    await waitUntil(() => counts.sent === 2, 'asked again');
    await new Promise((r) => setTimeout(r, 20));
    expect(counts).to.deep.equal({ sent: 2, aborted: 1, completed: 0 });
    releaseAll();
    await waitUntil(() => el.matches(':state(ready)'), 'loaded');
    expect(counts.sent).to.equal(2);
  });

  it('on the reference server: the removed chart\'s request is cut off (no answer logged), the re-attached one is answered', async () => {
    const { apiUrl, token } = await referenceServer();
    await control('/reset', { method: 'POST' });
    const path = '/api/v3/events/events/volume/';
    await control('/faults', { body: { match: { path }, fault: { delayMs: 1500 }, times: 1 } });
    const client = createAuthentikClient({ baseUrl: apiUrl, token, backoffMs: 10 });
    const el = await fixture<EvVolumeChart>(html`<ev-volume-chart .client=${client}></ev-volume-chart>`);
    const parent = el.parentElement!;
    await new Promise((r) => setTimeout(r, 300));
    el.remove();
    await waitUntil(async () => (await requestLog()).some((r) => r.path === path), 'the cut-off request logged', { timeout: 5000, interval: 100 });
    parent.append(el);
    await waitUntil(() => el.matches(':state(ready)'), 'loaded after re-attach', { timeout: 5000 });
    await new Promise((r) => setTimeout(r, 1500));
    const volume = (await requestLog()).filter((r) => r.path === path);
    expect(volume.map((r) => r.status)).to.deep.equal([0, 200]);
  });
});
