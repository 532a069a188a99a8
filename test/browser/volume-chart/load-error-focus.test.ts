// Chart.js fails to download once (the network drops its files), then comes back: Retry by
// keyboard must leave focus inside the element, like every other state view's action (see
// test/browser/base/state-focus.test.ts). Its own file: a module that loaded stays loaded.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../../src/define.js';
import type { EvVolumeChart } from '../../../src/components/volume-chart/volume-chart.js';

/** Cuts the page off from Chart.js' files (the security plugin's `ev-set-offline` command). */
const chartJsFiles = `${location.origin}/node_modules/chart.js`;
const setChartJsOffline = (offline: boolean) => executeServerCommand('ev-set-offline', { origin: chartJsFiles, offline });

describe('<ev-volume-chart> when Chart.js could not load: Retry', () => {
  afterEach(() => setChartJsOffline(false));

  it('by keyboard leaves focus inside the element once the chart has loaded', async () => {
    await setChartJsOffline(true);
    const el = await fixture<EvVolumeChart>(html`<ev-volume-chart .buckets=${[{ action: 'login', time: '2026-11-01T00:00:00.000Z', count: 3 }]}></ev-volume-chart>`);
    await waitUntil(() => el.matches(':state(error)'), 'the load error', { timeout: 5000 });
    expect(el.shadowRoot!.querySelector('[part=error]')!.textContent).to.contain('could not be loaded');
    await setChartJsOffline(false);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=retry-button]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.matches(':state(ready)'), 'ready after Retry', { timeout: 5000 });
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.activeElement !== null, `focus inside the chart (it is on ${document.activeElement?.tagName})`, { timeout: 3000 });
    expect(el.shadowRoot!.activeElement!.matches('canvas')).to.equal(true, 'the first control: the chart');
    await expect(el).to.be.accessible();
  });
});
