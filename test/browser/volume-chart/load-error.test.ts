// Chart.js cannot be downloaded (here: a policy blocks every further script, as an offline page
// or a removed chunk would): the element shows its error state with a retry, never a blank box.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define.js';
import type { EvVolumeChart } from '../../../src/components/volume-chart/volume-chart.js';

describe('<ev-volume-chart> when Chart.js cannot load', () => {
  it('shows "could not be loaded" with a retry that tries again', async () => {
    // Load axe before the policy blocks scripts.
    await expect(await fixture(html`<p>warm-up</p>`)).to.be.accessible();
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = "script-src 'none'";
    document.head.append(meta);
    const el = await fixture<EvVolumeChart>(html`<ev-volume-chart .buckets=${[{ action: 'login', time: '2026-11-01T00:00:00.000Z', count: 3 }]}></ev-volume-chart>`);
    await waitUntil(() => el.matches(':state(error)'), 'error state', { timeout: 3000 });
    const alert = el.shadowRoot!.querySelector('[part=error]')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.textContent).to.contain('The chart could not be loaded.');
    await expect(el).to.be.accessible();
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=retry-button]')!.click();
    await el.updateComplete;
    await waitUntil(() => el.matches(':state(error)'), 'error again', { timeout: 3000 });
    expect(el.shadowRoot!.querySelector('[part=error]')!.textContent).to.contain('could not be loaded');
  });
});
