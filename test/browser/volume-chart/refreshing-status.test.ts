/**
 * "Updating…" while another window loads over the chart: its live region (`role="status"`) is in
 * the page, empty, from the first render, and only its text changes, so screen readers that watch
 * a live region only once it exists announce the update.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EventsClient, VolumeResult } from '../../../src/client/types.js';
import type { EvVolumeChart } from '../../../src/components/volume-chart/volume-chart.js';
import { DAY, parts, recentEvents } from './helpers.js';

/** The toolbar's status line: the live region that says "Updating…". */
const statusOf = (el: EvVolumeChart) => el.shadowRoot!.querySelector<HTMLElement>('[part=toolbar] [role=status]');

describe('<ev-volume-chart> "Updating…"', () => {
  it('is said in a live region that exists, empty, before the update starts (the same node gets the text)', async () => {
    const memory = createMemoryClient({ events: recentEvents(40, 2 * DAY, ['login', 'logout']) });
    let hold: Promise<void> = Promise.resolve();
    const client: EventsClient = {
      ...memory,
      volume: async (q, o): Promise<VolumeResult> => {
        await hold;
        return memory.volume(q, o);
      },
    };
    const el = await fixture<EvVolumeChart>(html`<ev-volume-chart .client=${client} range="24h"></ev-volume-chart>`);
    await waitUntil(() => el.matches(':state(ready)'), 'ready');
    await el.updateComplete;
    const region = statusOf(el);
    expect(region, 'the live region is there before any update').to.not.equal(null);
    expect(region!.textContent!.trim()).to.equal('');
    await expect(el).to.be.accessible();

    let release!: () => void;
    hold = new Promise((r) => (release = r));
    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=range] button')].find((b) => b.textContent!.trim() === '30 d')!.click();
    await waitUntil(() => parts(el, 'refreshing').length === 1, 'updating');
    expect(statusOf(el), 'the same node').to.equal(region);
    expect(region!.textContent!.trim()).to.equal('Updating…');
    await expect(el).to.be.accessible();

    release();
    await waitUntil(() => parts(el, 'refreshing').length === 0, 'updated');
    expect(statusOf(el), 'still the same node').to.equal(region);
    expect(region!.textContent!.trim()).to.equal('');
  });
});
