/**
 * A server answer whose counts are whole numbers too large to add exactly (1e308: two of them
 * sum to Infinity) is an invalid answer, as the same counts in `.buckets` are
 * (invalid-counts.test.ts): the chart shows its unexpected-shape error naming the bucket, never
 * "∞ events". The real authentik client, behind a fake `fetch` that answers with such buckets.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define.js';
import { createAuthentikClient } from '../../../src/client/adapters/authentik.js';
import type { EvVolumeChart } from '../../../src/components/volume-chart/volume-chart.js';
import { text } from './helpers.js';

const H = 3_600_000;

function apiAnswering(counts: number[]): typeof fetch {
  const hour = Math.floor(Date.now() / H) * H;
  return async (input) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const body = url.pathname.endsWith('/events/events/volume/')
      ? counts.map((count, i) => ({ action: 'login', time: new Date(hour - (i + 2) * H).toISOString(), count }))
      : [];
    return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
  };
}

describe('<ev-volume-chart> counts from the server too large to add up', () => {
  it('1e308 twice: the invalid-answer error with the bucket, no "∞ events"', async () => {
    const client = createAuthentikClient({ baseUrl: 'https://authentik.example/api/v3', token: 't', fetch: apiAnswering([1e308, 1e308]) });
    const el = await fixture<EvVolumeChart>(html`<ev-volume-chart .client=${client}></ev-volume-chart>`);
    await waitUntil(() => !el.matches(':state(loading)'), 'loaded', { timeout: 5000 });
    await el.updateComplete;
    expect(el.matches(':state(error)'), 'error state').to.equal(true);
    expect(text(el, '[part=error]')).to.contain('The events server sent data in an unexpected shape.');
    expect(text(el, '[part=error]')).to.contain('Unexpected value at $[0].count');
    expect(el.shadowRoot!.textContent).not.to.contain('∞');
    await expect(el).to.be.accessible();
  });

  it('the largest exact count is still drawn', async () => {
    const client = createAuthentikClient({ baseUrl: 'https://authentik.example/api/v3', token: 't', fetch: apiAnswering([Number.MAX_SAFE_INTEGER]) });
    const el = await fixture<EvVolumeChart>(html`<ev-volume-chart .client=${client}></ev-volume-chart>`);
    await waitUntil(() => el.matches(':state(ready)'), 'ready', { timeout: 5000 });
    await el.updateComplete;
    expect(text(el, '[part=summary]')).to.match(/^9,007,199,254,740,991 events/);
  });
});
